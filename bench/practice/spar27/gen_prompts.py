#!/usr/bin/python3
"""Generate quality_prompts_spar27.toml (held-out practice set spar27).

Every total / average / ranking / places-left / cart total / percentage written by
hand in an interaction is recomputed here and asserted; every date is asserted to be
in 2027 with the right weekday.  Run:  /usr/bin/python3 gen_prompts.py
"""
import datetime
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "quality_prompts_spar27.toml")

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
LANGNAME = {"en": "English", "fr": "French", "es": "Spanish", "de": "German",
            "pt": "Portuguese", "it": "Italian"}


def D(y, m, d, weekday):
    """English date string, asserting year 2027 and the weekday."""
    assert y == 2027, (y, m, d)
    dt = datetime.date(y, m, d)
    assert dt.strftime("%A") == weekday, (dt, dt.strftime("%A"), weekday)
    return f"{weekday} {d} {MONTHS[m - 1]} {y}"


def wd(y, m, d, weekday):
    """Assert a date written (in another language) inside a prompt text."""
    D(y, m, d, weekday)


def eq(computed, hand):
    assert round(computed, 2) == round(hand, 2), (computed, hand)


def ranking(scores):
    return [name for name, _ in sorted(scores.items(), key=lambda kv: -kv[1])]


P = []


def add(key, lang, shape, mode, subject, text, interaction, trap=None, long=False,
        asks_landing=False):
    P.append(dict(key=key, lang=lang, shape=shape, mode=mode, subject=subject,
                  text=" ".join(text.split()), interaction=" ".join(interaction.split()),
                  trap=trap, long=long, asks_landing=asks_landing))


# ---------------------------------------------------------------- tracker
eq(4.5 + 3, 7.5); eq((4.5 + 3) / 2, 3.75)
add("T1", "en", "tracker", "web", "honey harvest log for a hillside beekeeper",
    """I keep 9 hives on a hillside above our village and I'm the only one in our little
    beekeeping group who writes anything down. Every time I do a harvest I scribble the weight
    on the lid of the hive with a marker, and by autumn half of it has worn off. I need a simple
    page where I log each harvest: date, hive name, kg of honey. Show me the total for the season
    and the average per harvest. I don't want a calendar view or anything fancy, just the
    entries in a list and the numbers on top. Our group sells some jars at the market but
    that's not what this is for.""",
    f"""Log harvests on {D(2027, 6, 12, 'Saturday')} (hive Bramble, 4.5 kg) and
    {D(2027, 6, 20, 'Sunday')} (hive Oak, 3 kg); the list shows 2 entries, the season total
    reads 7.5 kg and the average per harvest 3.75 kg; after a reload both are still there""",
    trap="negation 'no calendar view'; selling jars at the market points to a store", long=True)

eq((132 + 126) / 2, 129); eq((80 + 78) / 2, 79)
add("T2", "fr", "tracker", "web", "blood pressure log for an elderly mother",
    """slt, je voudrais une appli pr noter la tension de ma mère matin et soir (systolique /
    diastolique), avec la moyenne de la semaine. elle a 84 ans et le médecin veut voir les
    chiffres. merci""",
    f"""Add a morning reading on {D(2027, 3, 8, 'Monday')} (132/80) and an evening reading the
    same day (126/78); the list shows 2 readings and the average reads 129/79; after a reload
    both are still there""")

eq(2.5 + 3, 5.5); eq(40 - (2.5 + 3), 34.5)
add("T3", "de", "tracker", "fullstack", "training hours log for a village youth fire brigade",
    """Ich bin Jugendwart bei der Freiwilligen Feuerwehr in einem Dorf mit 900 Einwohnern.
    Unsere 14 Jugendlichen müssen im Jahr 40 Übungsstunden nachweisen, und bisher sammeln wir
    die Zettel in einer Schuhschachtel im Gerätehaus. Jede und jeder soll sich mit eigenem Konto
    anmelden und die eigenen Übungsstunden pro Tag eintragen (Datum, Stunden, was geübt wurde),
    mit Summe und wie viel noch bis 40 fehlt. Ich als Jugendwart muss alle sehen können, die
    Jugendlichen nur ihre eigenen. Bitte keine Rangliste, wir wollen keinen Wettbewerb daraus
    machen. Den Einsatzplan der Aktiven machen wir woanders.""",
    f"""Account Jonas logs 2.5 h on {D(2027, 3, 6, 'Saturday')} (Knoten und Stiche) and 3 h on
    {D(2027, 3, 13, 'Saturday')} (Schlauchkupplung); his total reads 5.5 h and 34.5 h remain to
    40; a second youth account Lea cannot see Jonas's entries; the Jugendwart account sees the
    entries of both; no ranking is shown; after a reload the entries are still there""",
    trap="negation 'keine Rangliste' (leaderboard); 'Einsatzplan' (rota) in passing; roles",
    long=True)

eq(120 + 80 + 100, 300); eq((120 + 80 + 100) / 3, 100)
add("T4", "pt", "tracker", "web", "garden watering log from a well that runs dry",
    """Preciso de uma app simples pra anotar quantos litros de água gasto na rega da horta por
    dia. Tenho um poço e no verão ele seca, quero ver o total do mês, a média por dia e quantos
    dias seguidos reguei. só a lista msm, nada complicado""",
    f"""Add waterings on {D(2027, 7, 1, 'Thursday')} (120 L), {D(2027, 7, 2, 'Friday')} (80 L)
    and {D(2027, 7, 3, 'Saturday')} (100 L); the list shows 3 entries, the month total reads
    300 L, the daily average 100 L and the streak 3 days; after a reload all three are still
    there""")

# ---------------------------------------------------------------- board
add("B1", "es", "board", "fullstack", "job board for a three-person antique furniture restoration workshop",
    """Tenemos un pequeño taller de restauración de muebles antiguos en Teruel, somos tres: mi
    socio, una aprendiz y yo. Los clientes nos traen sillas, cómodas y baúles, y nunca sabemos en
    qué punto está cada pieza; a veces un cliente llama para pedir cita de recogida y nadie sabe
    si el barniz ya está seco. Quiero un tablero con columnas: Recibido, Decapado, Lijado,
    Barnizado, Listo para entregar. Cada pieza es una tarjeta con el nombre del cliente y lo que
    hay que hacer, y la movemos de columna cuando avanza. Cada uno con su cuenta, y que los tres
    veamos lo mismo.""",
    """Account Marta adds the card "Cómoda isabelina - Sra. Lozano" in Recibido and moves it to
    Lijado; account Dani signs in, sees the card in Lijado and moves it to Barnizado; after a
    reload it stays in Barnizado for both accounts; the five columns read Recibido, Decapado,
    Lijado, Barnizado, Listo para entregar; a signed-out visitor sees no cards""",
    trap="'cita de recogida' (booking) and 'clientes' in passing", long=True)

add("B2", "it", "board", "web", "repair board for a violin maker",
    """sono liutaio, mi serve una bacheca tipo kanban per gli strumenti in riparazione: colonne
    Da valutare / In lavorazione / In attesa pezzi / Pronto. ogni violino una scheda col nome
    del proprietario. grazie""",
    """Add the card "Violino 3/4 - Giulia Ferri" in Da valutare and move it to In attesa pezzi;
    after a reload it stays in In attesa pezzi; the four columns read Da valutare, In
    lavorazione, In attesa pezzi, Pronto""")

add("B3", "en", "board", "web", "job pipeline for a travelling sheep shearer",
    """need something like trello but for my shearing jobs. farms come in as Enquiry, then
    Booked, then Sheared, then Paid. drag the farm from one to the next. 1 card per farm with
    number of sheep""",
    """Add the card "Hillcrest Farm - 340 sheep" under Enquiry and move it to Booked, then to
    Sheared; after a reload it is still in Sheared; the columns read Enquiry, Booked, Sheared,
    Paid; no booking grid or checkout""",
    trap="shape named only indirectly ('like trello'); columns 'Booked' and 'Paid' point to booking/store")

add("B4", "de", "board", "web", "build board for a retirees' model railway club",
    """Unser Modelleisenbahnclub baut seit zwei Jahren an einer Anlage in H0 im Keller des
    Gemeindehauses. Wir sind acht Rentner und jeder macht irgendwas, aber keiner weiß, wer woran
    sitzt. Ich hätte gern eine Tafel mit drei Spalten – Geplant, In Arbeit, Fertig – und für
    jede Aufgabe ein Kärtchen, das man von Spalte zu Spalte schiebt. Auf dem Kärtchen soll
    stehen, wer dran ist. Der Fahrplan für den Tag der offenen Tür kommt später, darum geht es
    jetzt nicht.""",
    """Add the card "Brücke Bahnhof Süd einschottern - Horst" under Geplant and move it to In
    Arbeit; after a reload it stays in In Arbeit; the columns read Geplant, In Arbeit, Fertig""",
    trap="'Aufgabe' (to-do) and 'Fahrplan' (timetable) nouns; board named only as 'Tafel mit Spalten'",
    long=True)

# ---------------------------------------------------------------- booking
add("K1", "fr", "booking", "fullstack", "parish hall booking for village associations",
    """Bonjour, je suis secrétaire bénévole de la paroisse Saint-Martin, dans un petit village
    de Lozère. Notre salle paroissiale est prêtée aux associations (catéchisme, club des aînés,
    chorale) et tout se fait encore sur un cahier à l'accueil, qui est fermé la moitié du temps,
    si bien qu'on a eu deux réservations le même samedi. Je voudrais une page où chaque
    responsable d'association a son compte et réserve un créneau de 2 heures (de 9h à 19h), et
    qu'un créneau réservé apparaisse pris pour tout le monde. Pas besoin de paiement, la salle
    est gratuite. Merci d'avance pour votre aide.""",
    f"""Account Chorale books {D(2027, 3, 13, 'Saturday')} 11:00-13:00; account Club des aînés
    sees that slot taken and cannot book it, and books 15:00-17:00 the same day instead; the day
    shows 5 two-hour slots with 3 left; after a reload both bookings are still there""",
    trap="negation 'pas besoin de paiement'; association names (chorale, catéchisme) in passing",
    long=True)

slots = len(range(8, 16)); eq(slots, 8); eq(slots - 2, 6)
eq(len(range(9, 19, 2)), 5); eq(5 - 2, 3)
add("K2", "en", "booking", "fullstack", "appointment slots for a farrier",
    """Farrier here. Want customers to log in and book a shoeing slot, 1 hour each, Mon-Fri
    8am-4pm, so I stop getting double booked. I'll put my price list on it later, not now.""",
    f"""Account Sarah (Ivy Lane Stables) books {D(2027, 2, 9, 'Tuesday')} 10:00-11:00; account
    Tom sees 10:00 taken that day, cannot book it, and books 11:00-12:00; the day shows 8
    one-hour slots with 6 left; after a reload both slots are still taken""")

add("K3", "pt", "booking", "web", "telescope night booking for an amateur astronomy club",
    """Sou do clube de astronomia amadora de Alvito, no Alentejo. Temos um único telescópio bom,
    um Dobson de 10 polegadas guardado na junta de freguesia, e os 20 sócios brigam para ver quem
    o usa nas noites sem lua. Queria uma página onde cada um marca um turno de observação: 21h-23h
    ou 23h-01h, de quinta a sábado. Quando alguém marca, o turno fica ocupado para os outros. Não
    quero lista de espera nem nada, quem marca primeiro leva.""",
    f"""Book {D(2027, 3, 5, 'Friday')} 21:00-23:00 for Rui Campos; that slot shows as taken and
    cannot be booked again; 23:00-01:00 the same night is still free; after a reload the booking
    is still there""",
    trap="the word 'lista de espera' (waitlist), negated", long=True)

eq(3 - 1, 2)
add("K4", "it", "booking", "web", "village wood-fired communal oven booking",
    """Buongiorno, nel nostro paese sull'Appennino c'è ancora il forno comunitario a legna, e le
    famiglie lo usano a turno per cuocere il pane e le crostate. Da quando è morto il signor
    Bruno, che teneva il quaderno dei turni, nessuno sa più chi lo accende e quando. Vorrei una
    pagina dove si prenota il forno a fasce di tre ore (7-10, 10-13, 15-18), dal venerdì alla
    domenica, e una fascia prenotata risulta occupata per tutti gli altri. Alla sagra di
    settembre facciamo anche un menù con le nostre focacce, ma quello è un'altra storia.""",
    f"""Book {D(2027, 4, 17, 'Saturday')} 7:00-10:00 for Famiglia Rinaldi; the slot shows taken
    and cannot be booked again; 10:00-13:00 is still free; the day shows 3 slots with 2 left;
    after a reload the booking is still there""",
    long=True)

# ---------------------------------------------------------------- directory
add("D1", "de", "directory", "web", "directory of farm shops in a rural district",
    """Ich möchte ein Verzeichnis der Hofläden im Landkreis: Name, Ort, was es gibt (Eier, Milch,
    Honig, Kartoffeln), Öffnungszeiten. Suchen und nach Produkt filtern. Kein Shop, man kann
    nichts bestellen, nur finden.""",
    """Add Hof Brenneke (Wietze; Eier, Kartoffeln) and Imkerei Sonnenwiese (Hambühren; Honig);
    filtering by Honig shows only Imkerei Sonnenwiese; searching "Wietze" shows only Hof
    Brenneke; after a reload both are still there; no cart or prices""",
    trap="negation 'kein Shop'; product words (Eier, Honig) point to a store")

add("D2", "es", "directory", "fullstack", "sign language interpreter directory for a deaf association",
    """Soy voluntaria en una asociación de personas sordas en Valladolid. Tenemos unos 30
    intérpretes de lengua de signos que trabajan por su cuenta, y la gente nos llama todos los
    días preguntando quién interpreta en el médico, en juzgados o en bodas, y en qué provincias.
    Quiero un directorio: nombre, provincias, especialidades y teléfono, y que se pueda buscar y
    filtrar por provincia y por especialidad. Los socios entran con su cuenta para consultar;
    sólo la junta puede añadir o cambiar intérpretes. Las citas las cierra cada uno con el
    intérprete, no hace falta reservar nada en la web.""",
    """The junta account adds Lucía Herrero (Valladolid, Palencia; médico, juzgados) and Andrés
    Gil (Burgos; bodas); a member account filters by Palencia and sees only Lucía Herrero, and
    cannot add, edit or delete interpreters; after a reload both entries are still there""",
    long=True)

add("D3", "en", "directory", "web", "species guide for a mushroom foraging club",
    """Our mushroom foraging club meets once a month in the woods outside Ludlow. Every autumn
    someone brings something deadly to the table thinking it's a chanterelle, so we want one
    place where members can look species up. Each species has a common name, Latin name,
    season, habitat and whether it's edible, poisonous or 'don't bother'. Please make it
    searchable and filterable by edibility and by month. We used to run a little quiz at the
    end of meetings but that's not what this is.""",
    """Add Chanterelle (Cantharellus cibarius, edible, July-November) and Death cap (Amanita
    phalloides, poisonous, August-October); filtering by poisonous shows only Death cap;
    searching "Cantharellus" shows only Chanterelle; after a reload both are still there""",
    trap="'quiz' in passing (flashcards)", long=True)

add("D4", "it", "directory", "web", "listing of mountain huts in the valleys",
    """ciao! vorrei un elenco dei rifugi delle nostre valli con altitudine, telefono e se è
    aperto d'inverno. cerca per nome e filtro aperto/chiuso. non serve prenotare niente dal
    sito""",
    """Add Rifugio Brentei (2182 m, open in winter: no) and Rifugio Pradidali (2278 m, open in
    winter: yes); filtering on open in winter shows only Rifugio Pradidali; searching "Brentei"
    shows only Rifugio Brentei; after a reload both are still there; no booking grid""",
    trap="negation 'non serve prenotare' (booking)")

# ---------------------------------------------------------------- leaderboard
ze, beto, toni = 3.2 + 4.1, 5.0 + 1.9, 2.5 + 2.0
eq(ze, 7.3); eq(beto, 6.9); eq(toni, 4.5)
assert ranking({"Zé Carlos": ze, "Beto": beto, "Toninho": toni}) == ["Zé Carlos", "Beto", "Toninho"]
add("L1", "pt", "leaderboard", "web", "river fishing championship standings",
    """quero uma tabela de classificação do nosso campeonato de pesca no rio: cada pescador e o
    peso total pescado (kg), do maior pro menor. 3 provas no ano.""",
    """Enter two rounds: Zé Carlos 3.2 kg and 4.1 kg, Beto 5.0 kg and 1.9 kg, Toninho 2.5 kg and
    2.0 kg; the ranking reads 1. Zé Carlos 7.3 kg, 2. Beto 6.9 kg, 3. Toninho 4.5 kg; after a
    reload the order is the same""")

g, j, m = 48 + 50, 55 + 41, 39 + 47
eq(g, 98); eq(j, 96); eq(m, 86)
assert ranking({"G": g, "J": j, "M": m}) == ["G", "J", "M"]
add("L2", "fr", "leaderboard", "fullstack", "pigeon racing society standings",
    """Je préside une petite société colombophile dans le Nord, 17 membres, presque tous de plus
    de 65 ans. Chaque dimanche de concours, les points sont calculés à la main et affichés sur
    une feuille au café du coin, et chaque semaine quelqu'un conteste une erreur d'addition. Je
    voudrais un classement en ligne : chaque colombophile avec ses points par concours et le
    total, trié du premier au dernier. Seul le secrétaire saisit les points avec son compte ; les
    membres se connectent et voient le classement, sans pouvoir le modifier. On a aussi un
    calendrier des lâchers, mais ça reste sur papier.""",
    f"""The secretary account enters for the race of {D(2027, 4, 18, 'Sunday')}: Gérard Lemaire
    48 points, Josiane Caron 55, Marcel Dufour 39, and for {D(2027, 4, 25, 'Sunday')}: Gérard
    Lemaire 50, Josiane Caron 41, Marcel Dufour 47; the ranking reads 1. Gérard Lemaire 98,
    2. Josiane Caron 96, 3. Marcel Dufour 86; a member account sees the same ranking and cannot
    change any points; after a reload the ranking is the same""",
    long=True)

st, qr, da = 41 + 39, 37 + 46, 44 + 33
eq(st, 80); eq(qr, 83); eq(da, 77)
assert ranking({"Quizzy Rascals": qr, "Sheep Thrills": st, "The Dale Ales": da}) == \
    ["Quizzy Rascals", "Sheep Thrills", "The Dale Ales"]
add("L3", "en", "leaderboard", "fullstack", "winter pub quiz league table across six villages",
    """I run the winter pub quiz league for six villages in the Yorkshire Dales, and the
    standings live in a spreadsheet that only I can open. Every Thursday there's a quiz in a
    different pub and each team scores points out of 50. I'd love a league table online: teams,
    points each week, total, sorted top to bottom. Each pub's quizmaster should log in and enter
    their night's scores; everyone else can just look. I do NOT need the quiz questions in the
    app, just the table.""",
    f"""Quizmaster account The Black Bull enters {D(2027, 1, 14, 'Thursday')}: Sheep Thrills 41,
    Quizzy Rascals 37, The Dale Ales 44; quizmaster account The Fox enters
    {D(2027, 1, 21, 'Thursday')}: Sheep Thrills 39, Quizzy Rascals 46, The Dale Ales 33; the
    table reads 1. Quizzy Rascals 83, 2. Sheep Thrills 80, 3. The Dale Ales 77; a viewer
    account sees the table but cannot enter or change scores; no quiz questions or flashcards""",
    trap="'quiz' everywhere (flashcards) but the app is a league table; negation of quiz questions",
    long=True)

pl, lp, tr = 3 + 1, 2 + 3, 1 + 2
eq(lp, 5); eq(pl, 4); eq(tr, 3)
assert ranking({"Las Primas": lp, "Paco y Luis": pl, "Tito y Ramón": tr}) == \
    ["Las Primas", "Paco y Luis", "Tito y Ramón"]
add("L4", "es", "leaderboard", "web", "standings of the Friday mus card nights at a village bar",
    """Hola, somos del bar de la plaza y jugamos al mus los viernes. Necesito una tabla con las
    parejas y los puntos de cada noche, y que salga quién va primero. No quiero el juego en el
    móvil eh, solo la clasificación""",
    f"""Enter {D(2027, 2, 5, 'Friday')}: Paco y Luis 3 points, Las Primas 2, Tito y Ramón 1, and
    {D(2027, 2, 12, 'Friday')}: Paco y Luis 1, Las Primas 3, Tito y Ramón 2; the ranking reads
    1. Las Primas 5, 2. Paco y Luis 4, 3. Tito y Ramón 3; after a reload the order is the same""",
    trap="'jugamos al mus' points to a game (none); only the ranking is wanted")

# ---------------------------------------------------------------- flashcards
eq(round(100 * 2 / 3), 67)
add("F1", "de", "flashcards", "web", "Morse code flashcards for a new radio amateur",
    """Bin neu beim Amateurfunk und lern grad Morsezeichen. Hätte gern Karteikarten: vorne der
    Buchstabe, hinten der Morsecode, umdrehen und ich sag ob ich's wusste, am Ende meine
    Punktzahl. Mit dem Funkgerät verbinden muss sich nix.""",
    """Add cards K → -.-, R → .-. and S → ...; flip the first card and read -.-; mark 2 known
    and 1 not known; the score reads 2 of 3 (67 %); after a reload the three cards are still
    there""",
    trap="'Funkgerät' (hardware control, none) negated")

eq(round(100 * 1 / 2), 50)
wd(2027, 5, 23, "Sunday")
add("F2", "it", "flashcards", "web", "confirmation class review cards for a parish catechist",
    """Sono catechista in una parrocchia di Reggio Calabria e preparo dodici ragazzi di seconda
    media alla Cresima, che sarà domenica 23 maggio 2027. Ogni anno, all'incontro del giovedì,
    mi accorgo che le domande base (i sette doni dello Spirito Santo, i sacramenti) non sono
    entrate in testa. Vorrei delle schede da ripassare: da un lato la domanda, dall'altro la
    risposta; si gira la scheda, il ragazzo dice se l'ha indovinata e alla fine vede il suo
    punteggio. Il calendario degli incontri ce l'ho già sul foglio della parrocchia, non
    serve.""",
    """Add cards "Quanti sono i sacramenti?" → "Sette" and "Chi amministra di solito la
    Cresima?" → "Il vescovo"; flip the first card and read "Sette"; mark the first right and the
    second wrong; the score reads 1 of 2 (50 %); after a reload both cards are still there""",
    long=True)

eq(round(100 * 1 / 3), 33)
add("F3", "es", "flashcards", "web", "knot review cards for a scout group before summer camp",
    """Soy monitora de un grupo scout en Vigo y este verano vamos de campamento a la sierra con
    veinte chavales de 11 a 14 años. Antes de salir tienen que saberse los nudos básicos, y con
    las fichas de papel siempre se pierden la mitad. Me gustaría tener tarjetas para repasar: en
    una cara la pregunta (por ejemplo «¿qué nudo hace un lazo fijo?») y en la otra la respuesta
    («as de guía»), que se puedan girar y que cuente los aciertos. No hace falta ranking entre
    ellos, cada uno ve su propia puntuación.""",
    """Add cards "¿Qué nudo hace un lazo fijo?" → "As de guía", "¿Qué nudo une dos cuerdas del
    mismo grosor?" → "Nudo llano" and "¿Qué nudo sirve para amarrar a un poste?" →
    "Ballestrinque"; flip the first card and read "As de guía"; mark 1 right and 2 wrong; the
    score reads 1 of 3 (33 %); no ranking table; after a reload the three cards are still
    there""",
    trap="negation 'no hace falta ranking' (leaderboard)", long=True)

eq(round(100 * 3 / 4), 75)
add("F4", "fr", "flashcards", "web", "medicinal plant flashcards for a herbalism student",
    """Bonjour, je suis une formation d'herboriste et j'aimerais des flashcards pour réviser les
    plantes : au recto le nom commun, au verso le nom latin et l'usage. Je retourne la carte, je
    dis si je savais, et j'ai mon score à la fin. Merci !""",
    """Add cards Achillée millefeuille → Achillea millefolium (cicatrisante), Mélisse → Melissa
    officinalis (calmante), Souci → Calendula officinalis (peau) and Plantain → Plantago major
    (piqûres); flip the first card and read Achillea millefolium; mark 3 known and 1 not known;
    the score reads 3 of 4 (75 %); after a reload the four cards are still there""")

# ---------------------------------------------------------------- calculator
eq(50 * 4, 200); eq(50 / 2, 25); eq(50 * 3, 150)
add("C1", "es", "calculator", "web", "mortar mix calculator for a bricklayer",
    """necesito una calculadora de mortero: meto los kilos de cemento y la proporción (1:3,
    1:4...) y me dice cuánta arena y cuántos litros de agua, el agua es la mitad del peso del
    cemento""",
    """Enter 50 kg of cement at 1:4; the result reads 200 kg of sand and 25 L of water; change
    the ratio to 1:3 and it reads 150 kg of sand and 25 L of water""")

for pct, grams in ((40, 200), (30, 150), (20, 100), (10, 50)):
    eq(500 * pct / 100, grams)
eq(40 + 35 + 20 + 10, 105)
add("C2", "pt", "calculator", "web", "glaze recipe batch calculator for a pottery class",
    """Tenho um ateliê de cerâmica em Caldas da Rainha e dou aulas a um grupo de oito alunos aos
    sábados. Os vidrados são receitas em percentagem (feldspato 40%, sílica 30%, caulino 20%,
    carbonato de cálcio 10%) e os alunos erram sempre a conta quando querem fazer 500 g ou 2 kg.
    Quero uma calculadora: pões os ingredientes com as percentagens e o peso total da fornada, e
    ela dá os gramas de cada um. Se as percentagens não somarem 100 tem de avisar. A loja do
    ateliê já existe noutro sítio, não é isso.""",
    """Enter feldspato 40 %, sílica 30 %, caulino 20 %, carbonato de cálcio 10 % and a batch of
    500 g; the results read 200 g, 150 g, 100 g and 50 g; change sílica to 35 % and it warns that
    the percentages add up to 105 %""",
    trap="'loja' (store) and 'receitas' (recipes, blog/menu) in passing", long=True)

eq(22 * 50 / 10, 110); eq(30 * 60 / 10, 180)
add("C3", "en", "calculator", "web", "knitting gauge cast-on calculator",
    """knitting gauge calculator pls. I put stitches and rows per 10cm from my swatch and the
    width + length I want in cm, it tells me how many stitches to cast on and how many rows. (I
    track my projects in a notebook, don't need that)""",
    """Enter 22 stitches and 30 rows per 10 cm, width 50 cm and length 60 cm; it reads 110
    stitches to cast on and 180 rows""")

eq(100 * 0.01 * 1000, 1000); eq(60 * 0.005 * 1000, 300)
add("C4", "it", "calculator", "web", "Bordeaux mixture dose calculator for a vine grower",
    """Salve, mi servirebbe un calcolatore per la poltiglia bordolese: inserisco i litri d'acqua
    e la percentuale (0,5%, 1%) e mi dice quanti grammi di solfato di rame e di calce servono
    (stessa quantità). Non voglio un negozio di prodotti, solo il calcolo. Grazie mille""",
    """Enter 100 litres at 1 %; the results read 1000 g of copper sulphate and 1000 g of lime;
    change to 60 litres at 0.5 % and they read 300 g each; no products or cart""",
    trap="negation 'non voglio un negozio' (store)")

# ---------------------------------------------------------------- status
eq(round(100 * 28 / 30, 1), 93.3)
add("S1", "en", "status", "web", "public status page for a rural community broadband co-op",
    """I volunteer for a community broadband co-op that serves 240 farms in the hills of mid
    Wales. When the radio link goes down, the phone at my kitchen table doesn't stop ringing.
    I'd like a public status page that lists our services (Hill Mast North, Hill Mast South,
    Fibre Backhaul, Email), each marked up or down, with a bar of the last 30 days of uptime and
    short incident notes like 'Mast South down, storm damage, engineer on the way'. It's not a
    dashboard with charts I want, just a plain status page people can check before they ring
    me.""",
    f"""Mark Hill Mast South down with the incident note "Storm damage, engineer on the way"
    dated {D(2027, 2, 16, 'Tuesday')}; the page shows Hill Mast North, Fibre Backhaul and Email
    up and Hill Mast South down with the note, and a 30-day uptime bar per service; with Hill
    Mast South down on 2 of the last 30 days its uptime reads 93.3 %; after a reload the
    incident is still shown""",
    trap="negation 'not a dashboard with charts'", long=True)

eq(round(100 * 13 / 14, 1), 92.9)
add("S2", "de", "status", "web", "lift status page for a small village ski area",
    """Status-Seite für die Lifte in unserem kleinen Skigebiet: Schlepplift Moosalm, Tellerlift
    Kinderland, Sessellift Hochkopf. Jeweils in Betrieb / außer Betrieb, Verfügbarkeit der
    letzten 14 Tage als Balken und kurze Meldungen bei Störungen.""",
    f"""Mark Sessellift Hochkopf außer Betrieb with the note "Sturm, Wiederöffnung morgen" on
    {D(2027, 1, 23, 'Saturday')}; the page shows Schlepplift Moosalm and Tellerlift Kinderland
    in Betrieb, a 14-day bar per lift, and with 1 day out of 14 down Hochkopf's availability
    reads 92.9 %; after a reload the note is still there""")

eq(round(100 * 27 / 30), 90)
add("S3", "fr", "status", "web", "repeater status page for a radio amateur club",
    """Salut, dans notre club de radioamateurs on a 4 relais (Aigoual, Mende, Florac et la
    passerelle APRS) et on voudrait une page d'état : chaque relais en service ou en panne,
    l'historique sur 30 jours en barres, et des notes d'incident. Pas besoin de piloter les
    relais à distance hein, juste afficher l'état.""",
    f"""Mark Relais Florac en panne with the note "Antenne arrachée par le vent" on
    {D(2027, 3, 3, 'Wednesday')}; the page shows Aigoual, Mende and the APRS gateway en service
    and Florac en panne with the note; with Florac down 3 of the last 30 days its uptime reads
    90 %; after a reload the note is still there""")

# ---------------------------------------------------------------- menu
eq(2 * 9 + 3 * 3.5, 28.5); eq(2 * 9 + 2 * 3.5, 25.0)
add("M1", "it", "menu", "web", "village food festival menu with order total",
    """Menù per la sagra del nostro paese con i prezzi: polenta e spezzatino 9€, salsiccia alla
    griglia 6€, frittelle 3,50€, vino della casa 2€ al bicchiere. la gente sceglie e vede il
    totale dell'ordine prima di andare in cassa""",
    """Add 2 × polenta e spezzatino and 3 × frittelle to the order; the total reads €28.50;
    remove one frittella and it reads €25.00; after a reload the menu still shows the four
    items and prices""")

eq(2 * 3.5 + 9.8 + 2 * 2.2, 21.2)
add("M2", "de", "menu", "fullstack", "kitchen ordering for a shooting club's clubhouse",
    """Ich bin Kassenwart im Schützenverein, und samstags betreiben wir im Vereinsheim eine
    kleine Küche. Die Bestellungen werden auf Bierdeckel geschrieben und in der Küche verloren,
    und am Ende stimmt die Kasse nie. Ich möchte eine Speisekarte mit Preisen (Bratwurst mit Brot
    3,50 €, Schnitzel mit Pommes 9,80 €, Kartoffelsalat 2,50 €, Spezi 2,20 €): die Mitglieder
    wählen mit ihrem Konto aus, legen es in den Warenkorb und bestellen, und die Küche sieht mit
    ihrem eigenen Konto alle offenen Bestellungen. Die Standbelegung fürs Training planen wir
    nicht hier.""",
    """Member account Uwe orders 2 × Bratwurst mit Brot, 1 × Schnitzel mit Pommes and 2 × Spezi;
    the cart total reads 21,20 €; the kitchen account sees Uwe's order with that total; a second
    member account cannot see Uwe's order; after a reload the order is still listed""",
    trap="'Standbelegung' (range booking) in passing; 'Warenkorb' points to a store",
    long=True)

eq(22 + 2 * 14 + 2 * 9, 68)
add("M3", "pt", "menu", "web", "tapioca food truck menu with order",
    """oi! tenho um food truck de tapioca em Floripa e queria um cardápio online com preço:
    tapioca de frango com catupiry R$ 18, carne seca R$ 22, banana com canela R$ 14, suco de
    cupuaçu R$ 9. cliente monta o pedido e vê o total. não é loja virtual com entrega, o pedido é
    retirado no truck""",
    """Add 1 × carne seca, 2 × banana com canela and 2 × suco de cupuaçu; the order total reads
    R$ 68,00; after a reload the four items and prices are still shown""",
    trap="negation 'não é loja virtual' (store)")

eq(2 * 1.2 + 1.0 + 2 * 1.8, 7.0)
add("M4", "es", "menu", "web", "cafeteria menu at a care home for visiting families",
    """Trabajo de animadora en una residencia de mayores en Logroño. En la planta baja tenemos una
    cafetería pequeña que atienden voluntarios, y los familiares que vienen de visita nunca saben
    qué hay ni cuánto cuesta, así que lo preguntan todo y se forman colas. Quisiera una carta en
    la web con los precios (café con leche 1,20 €, infusión 1,00 €, bizcocho casero 1,80 €,
    tostada con tomate 2,10 €) en la que se pueda elegir y ver el total del pedido antes de
    pedir en la barra. Las visitas ya se reservan por teléfono, eso no hay que tocarlo.""",
    """Add 2 × café con leche, 1 × infusión and 2 × bizcocho casero; the order total reads
    7,00 €; after a reload the four items and prices are still shown""",
    long=True)

# ---------------------------------------------------------------- signup
eq(3 - 1, 2); eq(2 - 2, 0)
add("U1", "en", "signup", "fullstack", "volunteer driver rota for an elder-care charity",
    """I coordinate volunteer drivers for an elder-care charity in rural Norfolk. Our older
    members need lifts to the hospital in Norwich and to the GP surgery, and at the moment I
    phone round twenty drivers every week to fill the rota. I want a sign-up sheet: each day has
    a number of driving places (Tuesday needs 3 drivers, Thursday 2) and drivers log in with
    their own account to put their name down until it's full. Patients don't book anything
    themselves, that stays with me on the phone. As coordinator I need to see who signed up for
    what.""",
    f"""The coordinator account creates {D(2027, 3, 2, 'Tuesday')} with 3 places and
    {D(2027, 3, 4, 'Thursday')} with 2 places; driver account Pam signs up for Tuesday and it
    reads 2 of 3 places left; driver accounts Geoff and Ann sign up for Thursday, which then
    reads full (0 places left), and Pam cannot sign up for it; the coordinator account sees
    Pam, Geoff and Ann; after a reload the sign-ups remain""",
    trap="hospital/GP appointments point to booking; negation 'patients don't book'", long=True)

wd(2027, 6, 19, "Saturday")
eq(4 - 1, 3); eq(3 - 1, 2)
add("U2", "fr", "signup", "web", "who-brings-what sheet for a street potluck",
    """Pour le repas de quartier de la rue des Tanneurs le samedi 19 juin 2027, je voudrais une
    feuille d'inscription : qui apporte quoi. Entrées (4 places), plats (3), desserts (4),
    boissons (2). Le menu se fera tout seul comme ça 😄 on met son nom et ça affiche combien de
    places restent""",
    """Sign up "Nadia - taboulé" for Entrées and "Luc - quiche" for Plats; Entrées reads 3
    places left and Plats 2 places left, Desserts 4 and Boissons 2; the date Saturday 19 June
    2027 is shown; after a reload both names stay""",
    trap="'repas' and 'menu' point to the menu shape; the date must be carried")

eq(2 - 2, 0); eq(3 - 1, 2)
add("U3", "it", "signup", "fullstack", "altar flowers and church cleaning rota for a country parish",
    """Nella nostra parrocchia di campagna, vicino a Cremona, le signore del gruppo liturgico si
    alternano per i fiori dell'altare e per le pulizie della chiesa il sabato mattina. Finora
    c'era un foglio attaccato in sacrestia, ma adesso che molte non abitano più in paese nessuno
    lo vede. Vorrei un foglio di iscrizione online: per ogni sabato due posti per i fiori e tre
    per le pulizie; ognuna entra con il suo account e si segna, e quando i posti sono finiti non
    ci si può più iscrivere. Il parroco deve vedere chi si è segnato, le altre possono solo
    segnare o togliere il proprio nome.""",
    f"""Accounts Rosanna and Teresa sign up for fiori on {D(2027, 5, 8, 'Saturday')}, which then
    reads full (0 places left); account Gina cannot sign up for fiori that day and signs up for
    pulizie instead (2 of 3 places left); Rosanna cannot remove Teresa's name; the parroco
    account sees all three names; after a reload the sign-ups remain""",
    long=True)

wd(2027, 6, 26, "Saturday")
eq(4 - 1, 3); eq(6 - 1, 5)
add("U4", "pt", "signup", "fullstack", "volunteer sign-up for a neighbourhood June festival",
    """Sou da associação de moradores de um bairro em Campina Grande, e todo ano organizamos a
    festa junina na praça, que este ano é no sábado 26 de junho de 2027. O trabalho fica sempre
    com os mesmos cinco, porque a lista de voluntários está num caderno que ninguém lê. Queria
    uma lista de inscrição online: cada barraca ou tarefa com um número de vagas (barraca de
    milho 4 vagas, quadrilha 8, montagem 6, limpeza 5), e cada morador entra com a sua conta e
    se inscreve até lotar. O cardápio das barracas a gente decide depois, não precisa agora. A
    diretoria precisa ver quem se inscreveu.""",
    """Account Dona Lúcia signs up for barraca de milho (3 of 4 places left); account Júnior signs
    up for montagem (5 of 6 left); Júnior cannot remove Dona Lúcia's name; the diretoria account
    sees both names; after a reload the sign-ups remain""",
    long=True)

# ---------------------------------------------------------------- landing
add("LA1", "en", "landing", "web", "landing page for a mobile bike repair van, with prices",
    """Can you make a landing page for my mobile bike repair van, 'Spoke & Spanner', covering the
    villages around Hexham. Prices: puncture fix £12, brake tune £20, full service £45. Phone
    number and a contact form. No online booking, I'll ring people back.""",
    """The page shows Spoke & Spanner, the villages around Hexham, the three prices (puncture fix
    £12, brake tune £20, full service £45), a phone number and a contact form; no booking grid,
    cart or monthly plans""",
    trap="prices listed (store/menu) on a landing page; negation 'no online booking'",
    asks_landing=True)

wd(2027, 8, 6, "Friday"); wd(2027, 8, 8, "Sunday")
add("LA2", "it", "landing", "web", "landing page for a free folk music festival",
    """Organizziamo da sei anni un piccolo festival di musica popolare in un borgo dell'Irpinia,
    con organetti, zampogne e tammorre. Quest'anno si tiene da venerdì 6 a domenica 8 agosto
    2027 e l'ingresso è libero. Ci serve una landing page per il festival: il nome («Tammorra
    d'Agosto»), le date, il luogo, due righe di storia e il programma delle tre serate, più i
    contatti. Niente biglietti né iscrizioni, e niente prezzi.""",
    f"""The page shows Tammorra d'Agosto, {D(2027, 8, 6, 'Friday')} to {D(2027, 8, 8, 'Sunday')},
    the village in Irpinia, free entry and the programme of the three evenings; no tickets, cart
    or sign-up form""",
    trap="'programma' of evenings (booking/blog); negation 'niente biglietti né iscrizioni'",
    long=True, asks_landing=True)

add("LA3", "pt", "landing", "web", "landing page for a hand bookbinding workshop",
    """Preciso de uma landing page pra minha oficina de encadernação artesanal em Ouro Preto:
    cadernos costurados à mão, restauro de livros antigos e oficinas aos sábados. Quero foto,
    texto curto, e-mail e WhatsApp pra contato.""",
    """The page shows the bookbinding workshop in Ouro Preto with its three offers (cadernos
    costurados à mão, restauro de livros antigos, oficinas aos sábados), an e-mail address and a
    WhatsApp contact; no booking grid""",
    asks_landing=True)

# ---------------------------------------------------------------- todo
wd(2027, 4, 1, "Thursday")
add("TD1", "de", "todo", "web", "to-do list for moving a grandmother into a care home",
    """Oma zieht am 1. April 2027 ins Pflegeheim und ich brauch eine To-do-Liste für den ganzen
    Kram: Rente ummelden, Wohnung kündigen, Telefon abmelden, Möbel verschenken. Mit
    Fälligkeitsdatum und abhaken. Termine beim Heim hab ich schon.""",
    f"""Add "Wohnung kündigen" due {D(2027, 3, 1, 'Monday')} and "Telefon abmelden" due
    {D(2027, 3, 31, 'Wednesday')}; tick "Wohnung kündigen" done; the list shows 1 of 2 done;
    after a reload the tick stays""")

wd(2027, 3, 25, "Thursday")
add("TD2", "es", "todo", "fullstack", "shared task list for a Holy Week brotherhood",
    """Soy secretario de una cofradía en un pueblo de Jaén. Para la Semana Santa hay mil cosas
    que hacer (limpiar la plata del paso, encargar las flores, revisar las túnicas, pedir permiso
    al ayuntamiento) y siempre llegamos con prisas al Jueves Santo, que este año es el 25 de
    marzo de 2027. Me gustaría una lista de tareas compartida: cada miembro de la junta entra
    con su cuenta, añade tareas con fecha límite y las marca como hechas, y todos vemos la misma
    lista. El horario de la procesión ya está publicado, no hace falta.""",
    f"""Account Antonio adds "Encargar las flores" due {D(2027, 3, 15, 'Monday')} and "Limpiar la
    plata del paso" due {D(2027, 3, 22, 'Monday')}; account Mari Carmen sees both and marks
    "Encargar las flores" done; after a reload Antonio sees it done; a signed-out visitor sees
    no tasks""",
    long=True)

add("TD3", "fr", "todo", "web", "winterising checklist for a shared old sailboat",
    """On a un vieux voilier de 8 mètres au port de Camaret, qu'on partage à trois copains, et
    c'est moi qui m'occupe de l'entretien. Chaque automne il faut le préparer pour l'hiver :
    vidanger le moteur, rincer le circuit d'eau douce, sortir les voiles, mettre l'antigel… et
    chaque année on oublie un truc. Je voudrais juste une liste de tâches avec une date limite,
    qu'on coche quand c'est fait. Pas un tableau kanban avec des colonnes, une simple liste
    suffit. Le carnet de bord, on le tient ailleurs.""",
    f"""Add "Vidanger le moteur" due {D(2027, 10, 16, 'Saturday')} and "Sortir les voiles" due
    {D(2027, 10, 23, 'Saturday')}; tick the first done; the list shows 1 done and 1 to do; no
    kanban columns; after a reload the tick stays""",
    trap="negation 'pas un tableau kanban' (board); 'carnet de bord' (log) points to tracker",
    long=True)

# ---------------------------------------------------------------- blog
add("BL1", "it", "blog", "fullstack", "trip reports blog for a caving club",
    """Faccio parte di un gruppo speleologico in Friuli, siamo una quarantina di soci. Dopo ogni
    uscita qualcuno scrive un resoconto (la grotta, chi c'era, cosa abbiamo trovato) e finora lo
    mandavamo per email, così si perdono. Vorrei un blog: articoli con titolo, data e testo, il
    più recente in cima. Possono pubblicare solo i soci che il direttivo ha indicato come autori;
    gli altri soci entrano con il loro account e leggono. Il catasto delle grotte con le
    coordinate GPS lo teniamo in un altro programma.""",
    f"""Author account Marco publishes "Abisso Michele Gortani" dated {D(2027, 1, 9, 'Saturday')}
    and "Grotta di Villanova" dated {D(2027, 1, 24, 'Sunday')}; a member account without author
    rights sees both, "Grotta di Villanova" first, and cannot publish; after a reload both posts
    are still there""",
    trap="'GPS' (none) and 'catasto delle grotte' (directory) in passing; author role",
    long=True)

add("BL2", "pt", "blog", "web", "farm diary blog for grandchildren in the city",
    """Moro num sítio no interior de Minas com a minha mulher e doze vacas leiteiras, e os netos
    vivem todos em São Paulo. Eles vivem pedindo notícias e eu não sou de ficar no telefone.
    Queria um diário do sítio na internet, tipo blog: cada texto com título, data e a história
    (o bezerro que nasceu, a chuva que não veio), o mais novo primeiro, pra eles lerem. Não quero
    contar litros de leite nem nada disso, é só pra contar as coisas.""",
    f"""Publish "Nasceu a Estrelinha" dated {D(2027, 3, 7, 'Sunday')} and "Enfim choveu" dated
    {D(2027, 3, 20, 'Saturday')}; the blog lists "Enfim choveu" first; opening it shows its full
    text; after a reload both posts are still there""",
    trap="'diário' and negated 'litros de leite' point to a tracker", long=True)

wd(2027, 5, 13, "Thursday")
add("BL3", "de", "blog", "web", "travel blog for a choir's trip to Kraków",
    """Blog für unsere Chorreise nach Krakau: Beiträge mit Titel, Datum und Text, neuster oben,
    damit die Daheimgebliebenen mitlesen können. Die Anmeldung zur Reise ist schon gelaufen.""",
    f"""Publish "Ankunft in Krakau" dated {D(2027, 5, 13, 'Thursday')} and "Konzert in der
    Marienkirche" dated {D(2027, 5, 15, 'Saturday')}; the blog lists "Konzert in der
    Marienkirche" first; after a reload both posts are still there""")

# ---------------------------------------------------------------- dashboard
jan, feb = 12 + 8 + 10, 10 + 9 + 14
eq(jan, 30); eq(feb, 33); eq(feb / 3, 11)
add("DB1", "pt", "dashboard", "web", "water consumption dashboard for a village water association",
    """Sou tesoureiro de uma pequena associação que gere o abastecimento de água de uma aldeia de
    Trás-os-Montes, com 85 casas ligadas ao mesmo furo. Todos os meses o leitor dos contadores
    entrega-me uma folha de cálculo (CSV) com a leitura de cada casa, e eu passo horas a fazer
    contas para a assembleia. Queria um painel: importo o CSV e ele mostra o consumo total do
    mês, a média por casa e um gráfico por mês. Não é preciso cobrar nada pela app, as faturas
    continuam em papel.""",
    """Import a CSV with casa 1 (January 12 m³, February 10 m³), casa 2 (January 8 m³, February
    9 m³) and casa 3 (January 10 m³, February 14 m³); the dashboard shows a January total of
    30 m³, a February total of 33 m³, an average per house in February of 11 m³, and a chart
    of the two months; after a reload the figures are still there""",
    long=True)

cats = {"épicerie": 1200, "frais": 600, "fruits et légumes": 900, "hygiène": 300}
eq(sum(cats.values()), 3000)
for k, pct in zip(cats, (40, 20, 30, 10)):
    eq(100 * cats[k] / 3000, pct)
add("DB2", "fr", "dashboard", "web", "monthly distribution dashboard for a food bank branch",
    """Je suis bénévole à l'antenne d'une banque alimentaire dans l'Aveyron. Chaque mois on
    exporte du logiciel de stock un fichier CSV avec les kilos distribués par catégorie
    (épicerie, frais, fruits et légumes, hygiène), et le conseil d'administration veut des
    chiffres et des graphiques. Je voudrais un tableau de bord : j'importe le CSV, et il affiche
    le total de kilos du mois, la part de chaque catégorie en pourcentage et un graphique en
    barres. Pas de tableau avec des colonnes qu'on déplace, des chiffres !""",
    """Import a CSV for March 2027 with épicerie 1200 kg, frais 600 kg, fruits et légumes 900 kg
    and hygiène 300 kg; the dashboard shows a total of 3000 kg, shares of 40 %, 20 %, 30 % and
    10 %, and a bar chart; after a reload the figures are still there""",
    trap="'tableau' (board) in 'tableau de bord', with a negated board", long=True)

temps, rain = (8.5, 10, 11.5), (2, 0, 6)
eq(sum(temps) / 3, 10); eq(sum(rain), 8)
add("DB3", "es", "dashboard", "web", "weather station dashboard for a school science club",
    """Club de ciencias del instituto: tenemos una estación meteorológica que saca un CSV con
    fecha, temperatura y lluvia. Quiero un panel con la temperatura media, la lluvia total y
    gráficas. Nada de avisos en tiempo real.""",
    f"""Import a CSV with {D(2027, 2, 1, 'Monday')} (8.5 °C, 2 mm), {D(2027, 2, 2, 'Tuesday')}
    (10 °C, 0 mm) and {D(2027, 2, 3, 'Wednesday')} (11.5 °C, 6 mm); the dashboard shows an
    average temperature of 10 °C, a total rain of 8 mm and a chart over the three days""")

# ---------------------------------------------------------------- store
eq(4 * 3.5 + 6.2, 20.2)
add("ST1", "fr", "store", "fullstack", "online shop for a goat cheese farm",
    """Avec mon mari, on élève une soixantaine de chèvres dans le Haut-Jura et on fait des
    fromages. Jusqu'ici on vendait au marché de Saint-Claude le jeudi, mais beaucoup de clients
    voudraient commander avant. Je voudrais une petite boutique en ligne : nos fromages avec
    leur prix (crottin frais 3,50 €, tomme de chèvre 500 g 9 €, bûche cendrée 6,20 €), un panier
    et une commande. Seuls nous deux pouvons ajouter ou modifier les produits et les prix ; les
    clients créent un compte, commandent et voient leurs commandes. Le paiement se fait au
    retrait.""",
    """The owner account adds the three cheeses; customer account Hélène puts 4 × crottin frais
    and 1 × bûche cendrée in the cart and orders; the total reads 20,20 €; Hélène cannot add a
    product or change a price; the owner account sees Hélène's order; after a reload the order
    is still listed""",
    long=True)

eq(2 * 2.5 + 3 * 2, 11)
add("ST2", "es", "store", "web", "heirloom seed shop from a home garden",
    """tienda online de semillas antiguas de mi huerto: tomate rosa de Barbastro 2,50€ el sobre,
    judía de El Barco 3€, pimiento de Padrón 2€. carrito y pedido, sin más""",
    """Add 2 sobres of tomate rosa de Barbastro and 3 of pimiento de Padrón to the cart; the cart
    total reads 11,00 €; checkout shows the order with that total; after a reload the cart or
    order is still there""")

eq(3 * 95 + 2 * 6, 297)
add("ST3", "de", "store", "fullstack", "firewood shop for a small forestry business",
    """Wir sind ein kleiner Forstbetrieb im Bayerischen Wald und verkaufen Brennholz an Leute aus
    der Gegend. Bisher läuft alles per Telefon und Zettel, und im Oktober, wenn alle gleichzeitig
    bestellen, geht immer etwas verloren. Ich hätte gern einen Online-Shop: Buche 1 Raummeter
    95 €, Fichte 1 Raummeter 70 €, Anzündholz Sack 6 €. Kunden legen sich ein Konto an, packen
    in den Warenkorb und bestellen; nur mein Sohn und ich dürfen Produkte und Preise ändern. Den
    Liefertermin machen wir danach telefonisch aus.""",
    """Customer account Familie Huber orders 3 × Buche and 2 × Anzündholz; the total reads 297 €;
    the customer cannot add a product or change the Buche price; the owner account sees the
    order; after a reload it is still listed""",
    long=True)

eq(25 + 2 * 28, 81)
add("ST4", "pt", "store", "web", "shop for PDF crochet patterns",
    """Faço moldes de crochê em PDF e quero uma loja mesmo, não uma landing page: cada molde com
    foto, preço (Polvo amigurumi R$ 25, Tapete mandala R$ 32, Bolsa praia R$ 28), carrinho e
    finalizar compra.""",
    """Add Polvo amigurumi and 2 × Bolsa praia to the cart; the total reads R$ 81,00; checkout
    shows the order summary; after a reload the cart is kept""",
    trap="negation 'não uma landing page' (landing)")

# ---------------------------------------------------------------- none
add("N1", "en", "none", "web", "phone camera app that recognises birds at a feeder",
    """I want an app for my phone that uses the camera to identify which bird is at my feeder
    and counts how many visit each day. Should work offline in the garden.""",
    """The run says it can't build camera bird recognition (a native phone app with a trained
    model) and does not claim to have built it; if it builds a visit log instead, it says so""",
    trap="'counts how many visit each day' points to a tracker; the core is camera + model")

add("N2", "de", "none", "web", "greenhouse valve and soil sensor control on a Raspberry Pi",
    """Ich habe ein Gewächshaus mit Tomaten und Gurken hinter der Scheune und drei Magnetventile
    an einem Raspberry Pi. Im Sommer bin ich oft auf dem Feld und vergesse das Gießen. Ich
    möchte eine App, mit der ich die Ventile vom Handy aus auf- und zumache, die die
    Bodenfeuchtesensoren ausliest und bei trockenem Boden automatisch bewässert. Eine Liste,
    wann gegossen wurde, wäre nett, ist aber Nebensache.""",
    """The run says it can't build control of the Raspberry Pi valves and soil sensors (hardware
    control) and does not claim to have built it; if it builds a watering log instead, it says
    so""",
    trap="the incidental watering list points to a tracker; the core is hardware control",
    long=True)

add("N3", "fr", "none", "web", "online four-player belote card game",
    """un jeu de belote en ligne pour jouer à 4 avec mes cousins le dimanche soir, avec le
    tableau des scores""",
    """The run says it can't build a multiplayer belote card game and does not claim to have
    built it; if it builds a score table instead, it says so""",
    trap="'tableau des scores' points to a leaderboard; the core is a multiplayer game")

add("N4", "es", "none", "web", "live video stream of Sunday Mass for housebound parishioners",
    """Quiero emitir en directo la misa del domingo de nuestra parroquia para los mayores que no
    pueden venir, con vídeo y sonido, y que puedan dejar intenciones en un formulario.""",
    """The run says it can't build live video streaming of the Mass and does not claim to have
    built it; if it builds only the intentions form, it says so""")

add("N5", "it", "none", "web", "real-time GPS collar tracking of a flock during transhumance",
    """App per seguire in tempo reale sulla mappa le pecore durante la transumanza, con i collari
    GPS, e avviso se una si allontana dal gregge""",
    """The run says it can't build real-time GPS tracking of the flock with collars and alerts,
    and does not claim to have built it""")


# ---------------------------------------------------------------- output
def interaction_full(p):
    ending = f"; page text in {LANGNAME[p['lang']]}"
    if p["key"] not in PRICED_LANDING:
        ending += "; no waitlist or pricing"
    return p["interaction"] + ending


PRICED_LANDING = {"LA1"}   # the one landing page that asks for prices


def q(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    assert len(P) == 60, len(P)
    assert len({p["key"] for p in P}) == 60
    priced = [p["key"] for p in P if p["asks_landing"] and p["shape"] == "landing"
              and any(c in p["text"] for c in "£€$")]
    assert priced == sorted(PRICED_LANDING), priced
    rnd = random.Random(2727)
    order = P[:]
    rnd.shuffle(order)
    lines = ["# Held-out quality prompts, spar27 (practice set). Generated by gen_prompts.py.", ""]
    for n, p in enumerate(order, 1):
        lines.append(f"# {n}")
        if p["trap"]:
            lines.append(f"# trap: {p['trap']}")
        lines.append("[[prompt]]")
        lines.append(f"text = {q(p['text'])}")
        lines.append(f"mode = {q(p['mode'])}")
        lines.append(f"shape = {q(p['shape'])}")
        lines.append(f"lang = {q(p['lang'])}")
        lines.append(f"subject = {q(p['subject'])}")
        lines.append(f"interaction = {q(interaction_full(p))}")
        lines.append(f"asks_landing = {'true' if p['asks_landing'] else 'false'}")
        lines.append("")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    longs = sum(p["long"] for p in P)
    traps = sum(bool(p["trap"]) for p in P)
    print(f"wrote {OUT}: {len(P)} prompts, {longs} long stories, {traps} traps")


if __name__ == "__main__":
    main()
