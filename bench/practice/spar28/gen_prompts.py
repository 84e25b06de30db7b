#!/usr/bin/python3
"""Generate quality_prompts_spar28.toml (held-out practice set spar28).

The prompts are written by hand below as Python data. Every number the
interaction depends on (totals, averages, rankings, places left, cart totals,
percentages) is computed here and asserted against the value written by hand,
and every date is built with D()/DL(), which assert the year 2027 and the
weekday written by hand.

Run:  /usr/bin/python3 gen_prompts.py   (writes the TOML next to this file)
"""
import datetime
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "quality_prompts_spar28.toml")

LANG_NAME = {"en": "English", "fr": "French", "es": "Spanish",
             "de": "German", "pt": "Portuguese", "it": "Italian"}
SHAPES = ["tracker", "board", "booking", "directory", "leaderboard",
          "flashcards", "calculator", "status", "menu", "signup", "landing",
          "todo", "blog", "dashboard", "store", "none"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
# weekday names as natives write them, Monday first (for dates inside prompt texts)
LOCAL_WD = {
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "en_abbr": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
}


def D(y, m, d, weekday):
    """English date 'Weekday D Month 2027'; asserts year and hand-written weekday."""
    assert y == 2027, y
    day = datetime.date(y, m, d)
    assert WEEKDAYS[day.weekday()] == weekday, (day, weekday)
    return f"{weekday} {d} {MONTHS[m - 1]} {y}"


def DL(lang, y, m, d, weekday_local):
    """Assert that a date written in a prompt text falls on the weekday written by hand."""
    assert y == 2027, y
    day = datetime.date(y, m, d)
    assert LOCAL_WD[lang][day.weekday()] == weekday_local.lower(), (day, weekday_local)
    return weekday_local


def eq(computed, hand, places=2):
    """Assert a computed value equals the value written by hand."""
    assert round(computed, places) == round(hand, places), (computed, hand)
    return hand


PROMPTS = []


def P(*, lang, shape, mode, style, subject, text, interaction, must=(),
      trap=None, asks_landing=False, landing_prices=False):
    assert lang in LANG_NAME and shape in SHAPES and mode in ("web", "fullstack")
    assert style in ("hurried", "story")
    if style == "hurried":
        assert text == text.lower(), ("hurried prompts are all lower case", text[:60])
    else:
        n = text.count(". ") + text.count("! ") + text.count("? ") + 1
        assert 4 <= n <= 9, ("story prompts have 4-8 sentences", n, text[:60])
    for m in must:  # hand-written values that must be carried into the interaction
        assert m in interaction, (m, interaction)
    ending = f"; page text in {LANG_NAME[lang]}"
    if not landing_prices:
        ending += "; no waitlist or pricing"
    PROMPTS.append(dict(text=text, mode=mode, shape=shape, lang=lang,
                        subject=subject, interaction=interaction + ending,
                        asks_landing=asks_landing, trap=trap, style=style))


# ----------------------------------------------------------------- tracker
w = [41.2, 42.0, 43.1]
avg = eq(sum(w) / 3, 42.1)
gain = eq(w[-1] - w[0], 1.9)
P(lang="en", shape="tracker", mode="web", style="hurried",
  trap="negation 'no calendar view' and 'just a list' while weights are logged daily",
  subject="daily weight log of a beehive with average and weekly gain",
  text="i keep 6 hives behind the barn and weigh hive 3 on a scale every evening so i can see when the "
       "nectar flow starts. right now its scribbled on the shed wall lol. need something where i type "
       "the date and the kg and it shows the average and how much the hive gained this week. no calendar "
       "view pls, just a list",
  interaction=f"Add weighings on {D(2027, 6, 7, 'Monday')} (41.2 kg), {D(2027, 6, 8, 'Tuesday')} (42.0 kg) "
              f"and {D(2027, 6, 9, 'Wednesday')} (43.1 kg); the list shows 3 entries, the average reads "
              f"42.1 kg and the gain this week reads 1.9 kg; after a reload all 3 are still there; no calendar view",
  must=["42.1 kg", "1.9 kg"])

reps = [20, 25, 30]
P(lang="de", shape="tracker", mode="web", style="story",
  trap="'Termine' (appointments) with the physiotherapist are named but not wanted; shape named as 'Tage am Stück'",
  subject="daily knee-rehab exercise log with streak and total repetitions",
  text="Hallo! Ich hatte im Februar eine Knie-OP und mache jetzt jeden Tag meine Übungen aus der Reha. "
       "Meine Physiotherapeutin will bei jedem Termin wissen, an wie vielen Tagen am Stück ich geübt habe "
       "und wie viele Kniebeugen es insgesamt waren, und ich vergesse das ständig. Ich bräuchte eine kleine "
       "Seite, auf der ich pro Tag eintrage, wie viele Wiederholungen ich geschafft habe. Sie soll mir die "
       "Serie (Tage am Stück) und die Summe anzeigen. Termine muss ich darin nicht verwalten, die habe ich "
       "im Handy. Vielen Dank!",
  interaction=f"Log 20 repetitions on {D(2027, 3, 1, 'Monday')}, 25 on {D(2027, 3, 2, 'Tuesday')} and 30 on "
              f"{D(2027, 3, 3, 'Wednesday')}; the streak reads 3 days and the total reads 75 repetitions; "
              f"after a reload the 3 entries are still there",
  must=[f"{eq(sum(reps), 75, 0)} repetitions", f"{eq(len(reps), 3, 0)} days"])

maria = [3.5, 4]
joaquim = [2.5]
P(lang="pt", shape="tracker", mode="fullstack", style="hurried",
  subject="walking group of retirees: each logs own daily km, the nurse sees everyone's totals",
  text="somos um grupo de caminhada de reformados da junta de freguesia, uns 12, e a enfermeira do centro "
       "de saude quer que cada um registe os km que anda por dia. cada um tem de entrar com a sua conta e so "
       "ver/editar os seus registos, a enfermeira ve os totais de todos. algo assim simples pf",
  interaction=f"Account maria@example.com logs 3.5 km on {D(2027, 4, 5, 'Monday')} and 4 km on "
              f"{D(2027, 4, 6, 'Tuesday')} and sees her total of 7.5 km; account joaquim@example.com logs 2.5 km "
              f"on {D(2027, 4, 5, 'Monday')} and cannot see or edit Maria's entries; the nurse account sees both "
              f"members with totals 7.5 km and 2.5 km",
  must=[f"{eq(sum(maria), 7.5)} km", f"{eq(sum(joaquim), 2.5)} km"])

milk = [14.5, 15, 13]
P(lang="it", shape="tracker", mode="web", style="story",
  subject="daily goat-milk log of a small mountain farm with weekly total and daily average",
  text="Buongiorno, ho una piccola azienda agricola in Val d'Ossola con 9 capre da latte e faccio formaggio "
       "che poi vendo al mercato del sabato. Ogni mattina e sera mungo e segno i litri su un quaderno che "
       "finisce sempre sporco di latte. Mi servirebbe una paginetta dove inserisco la data e i litri munti. "
       "Dovrebbe calcolarmi la media giornaliera e il totale della settimana. Grazie mille!",
  interaction=f"Enter 14.5 litres on {D(2027, 5, 10, 'Monday')}, 15 litres on {D(2027, 5, 11, 'Tuesday')} and "
              f"13 litres on {D(2027, 5, 12, 'Wednesday')}; the weekly total reads 42.5 litres and the daily "
              f"average 14.17 litres; after a reload all 3 entries remain",
  must=[f"{eq(sum(milk), 42.5)} litres", f"{eq(sum(milk) / 3, 14.17)} litres"])

# ------------------------------------------------------------------- board
P(lang="fr", shape="board", mode="web", style="hurried",
  trap="board named only by its columns, never 'kanban' or 'tableau'; 'livrer' hints at orders",
  subject="furniture restorer's workshop board: pieces move between stage columns",
  text="je restaure des meubles anciens dans mon atelier et j'ai toujours une quinzaine de pièces en même "
       "temps, je sais plus laquelle attend le décapage, laquelle sèche, laquelle est prête à livrer. "
       "faudrait un truc avec des colonnes genre 'à décaper' 'en séchage' 'à livrer' et je glisse chaque "
       "meuble de l'une à l'autre",
  interaction="Add cards 'Commode Louis-Philippe' and 'Chaise paillée' in 'À décaper'; move 'Commode "
              "Louis-Philippe' to 'En séchage'; after a reload it is still in 'En séchage' and 'À décaper' "
              f"holds {eq(2 - 1, 1, 0)} card")

P(lang="es", shape="board", mode="web", style="story",
  subject="small print shop: each job is a card moving through design, proof, printing, delivered",
  text="Hola, buenas tardes. Tengo una imprenta pequeña en Cuenca con dos empleados y hacemos sobre todo "
       "invitaciones de boda, esquelas y carteles de fiestas patronales. Cada encargo pasa por diseño, prueba "
       "al cliente, impresión y entregado, y ahora lo apuntamos en una pizarra que se borra cada dos por tres. "
       "Quisiera un tablero con esas cuatro columnas donde cada encargo sea una tarjeta que movemos de una a "
       "otra. Muchas gracias de antemano.",
  interaction="Add cards 'Boda Lucía y Andrés' and 'Carteles San Mateo' in 'Diseño'; move 'Boda Lucía y "
              "Andrés' to 'Prueba al cliente' and then to 'Impresión'; after a reload it stays in 'Impresión' "
              f"and 'Diseño' holds {eq(2 - 1, 1, 0)} card")

P(lang="de", shape="board", mode="fullstack", style="hurried",
  trap="roles: only the master creates or deletes jobs; licence plates must be carried",
  subject="car repair garage job board: mechanics move their cars, only the master creates jobs",
  text="kleine kfz werkstatt, 3 gesellen + ich als meister. aufträge hängen als zettel an der wand und "
       "keiner weiß was wo steht. brauche ein board mit spalten angenommen / in arbeit / wartet auf teile / "
       "fertig, jeder geselle mit eigenem login verschiebt seine autos, nur ich darf aufträge anlegen oder "
       "löschen",
  interaction="Account meister@example.com creates card 'VW Golf HN-KL 204' in 'Angenommen'; account "
              "geselle@example.com moves it to 'Wartet auf Teile' but has no button to create or delete cards; "
              "after a reload both accounts see the card in 'Wartet auf Teile'")

P(lang="it", shape="board", mode="fullstack", style="story",
  trap="library and 'catalogo con la ricerca' point to a directory, which is explicitly not wanted",
  subject="village library volunteers: donated books move between columns, each volunteer signs in",
  text="Buonasera, sono la referente dei volontari della biblioteca comunale di un paesino in provincia di "
       "Rovigo. Ci arrivano ogni mese scatoloni di libri donati e ognuno passa per 'da catalogare', 'da "
       "riparare' e 'sullo scaffale', ma tra cinque volontari con turni diversi nessuno sa a che punto è un "
       "libro. Vorrei una bacheca a colonne dove ogni libro è una scheda che spostiamo da una colonna "
       "all'altra, e ognuno di noi entra con il suo account. Non serve un catalogo con la ricerca per i "
       "lettori, quello ce l'ha già la provincia. Grazie!",
  interaction="Account anna@example.com adds card 'Il Gattopardo' in 'Da catalogare' and moves it to 'Da "
              "riparare'; account marco@example.com signs in, sees it in 'Da riparare' and moves it to 'Sullo "
              "scaffale'; after a reload both accounts see it in 'Sullo scaffale'; signed out, the board is "
              "not visible")

# ----------------------------------------------------------------- booking
slots = list(range(8, 18, 2))
P(lang="en", shape="booking", mode="web", style="story",
  subject="orchard co-op's shared cider press: 2-hour slots on October Saturdays",
  text="Hi there, I help run a small orchard co-op in Herefordshire and we own a single hydraulic cider press "
       "that members borrow in October. Every autumn the group chat turns into chaos because two families "
       "turn up with their apples at the same time. What I'd like is a page showing each Saturday in October "
       "split into 2-hour slots from 8am to 6pm, where I put a family's name on a free slot and then nobody "
       "else can take it. I'm the one who takes the calls, so only I need to fill it in. Thanks so much!",
  interaction=f"{D(2027, 10, 2, 'Saturday')} shows 5 slots from 08:00 to 18:00; book 10:00-12:00 for 'Hughes "
              f"family'; the slot then shows as taken and cannot be booked again for 'Morgan family'; 4 slots "
              f"remain free that day; after a reload the booking is still there",
  must=[f"{eq(len(slots), 5, 0)} slots", f"{eq(len(slots) - 1, 4, 0)} slots remain"])

P(lang="fr", shape="booking", mode="fullstack", style="hurried",
  trap="choir, catechism and knitting club look like a directory of groups; admin role cancels any booking",
  subject="parish hall booking: group leaders book morning/afternoon/evening slots, admin cancels",
  text="je m'occupe de la salle paroissiale de saint-julien, la chorale, le caté et le club de tricot se la "
       "disputent tout le temps et le cahier à la sacristie est illisible. il faudrait que chaque responsable "
       "ait un compte et réserve un créneau (matin, après-midi, soir) sur un jour, et qu'une fois pris "
       "personne d'autre puisse le prendre. moi je dois pouvoir annuler n'importe quelle résa",
  interaction=f"Account chorale@example.com books the evening slot on {D(2027, 1, 14, 'Thursday')}; account "
              f"tricot@example.com sees that slot as taken and cannot book it, but books the afternoon slot the "
              f"same day; the admin account cancels the choir's booking and the evening slot becomes free again")

lab_slots = list(range(8, 17))
P(lang="pt", shape="booking", mode="fullstack", style="story",
  trap="negation 'não quero lista de espera'; 'planilha' hints at a dashboard or import",
  subject="university confocal microscope: researchers sign in and book 1-hour slots",
  text="Olá! Sou técnica do laboratório de microscopia de uma universidade federal em Minas e temos um único "
       "microscópio confocal para uns 30 pesquisadores. Hoje as reservas são feitas numa planilha "
       "compartilhada e toda semana alguém apaga a reserva do outro sem querer. Preciso de um sistema onde "
       "cada pesquisador entra com login e reserva horários de 1 hora entre 8h e 17h, de segunda a sexta. "
       "Um horário reservado tem que aparecer como ocupado para todos, e só quem reservou (ou eu) pode "
       "cancelar. Não quero lista de espera, se está ocupado, escolhe outro. Obrigada!",
  interaction=f"Account pesquisador1@example.com books 14:00-15:00 on {D(2027, 3, 3, 'Wednesday')}; account "
              f"pesquisador2@example.com sees 14:00-15:00 as taken and cannot book or cancel it, and 8 of the "
              f"9 slots that day remain free; the lab technician account can cancel it",
  must=[f"{eq(len(lab_slots) - 1, 8, 0)} of the {eq(len(lab_slots), 9, 0)} slots"])

visits = ["9:00", "12:00", "16:00"]
P(lang="es", shape="booking", mode="web", style="hurried",
  trap="booking named only as 'huecos' in an 'agenda'; customer name and address fields must be carried",
  subject="piano tuner's home visits: three fixed slots per weekday with name and address",
  text="soy afinador de pianos en sevilla y voy a domicilio, hago 3 visitas al dia (9:00, 12:00 y 16:00) de "
       "lunes a viernes. la gente me llama y lo apunto en la agenda de papel y ya me he presentado dos veces a "
       "la misma hora en dos casas. quiero una pagina con los huecos de cada dia donde apunto nombre y "
       "direccion y si esta cogido no me deje meter otro",
  interaction=f"On {D(2027, 2, 9, 'Tuesday')} book 12:00 for 'Carmen Vidal, Calle Feria 12'; the 12:00 slot "
              f"shows as taken and a second booking at 12:00 that day is refused; 2 slots remain free that "
              f"Tuesday; after a reload the booking is still there",
  must=[f"{eq(len(visits) - 1, 2, 0)} slots remain"])

# --------------------------------------------------------------- directory
P(lang="de", shape="directory", mode="web", style="story",
  subject="fruit-growers' club register of old orchard trees, searchable by variety, filtered by meadow",
  text="Guten Tag, ich bin Schriftführer im Obst- und Gartenbauverein unseres Dorfes im Hohenlohekreis. Auf "
       "unseren drei Streuobstwiesen stehen etwa 140 alte Hochstammbäume, und niemand weiß mehr genau, welche "
       "Sorte wo steht. Ich hätte gerne ein Verzeichnis aller Bäume mit Sorte, Wiese, Stammumfang und "
       "Reifezeit. Man sollte nach der Sorte suchen und nach Wiese oder Reifezeit filtern können. Herzlichen "
       "Dank!",
  interaction="Add 'Gewürzluiken' (meadow Am Kirchberg, trunk 140 cm, ripe in October) and 'Jakob Fischer' "
              "(meadow Lindenhof, trunk 95 cm, ripe in August); searching 'Luiken' shows 1 tree; filtering by "
              "meadow 'Lindenhof' shows only 'Jakob Fischer'; after a reload both are still there")

P(lang="it", shape="directory", mode="web", style="hurried",
  trap="negation 'niente prenotazioni' (booking noun); altitude, beds and phone fields must be carried",
  subject="alpine club's list of mountain huts with search by name and filter by valley",
  text="sono nella sezione cai del paese e ogni volta ci chiedono quali rifugi sono aperti e dove. vorrei un "
       "elenco dei rifugi con nome, valle, quota, posti letto e telefono, con ricerca x nome e filtro per "
       "valle. niente prenotazioni, quelle le fanno i gestori",
  interaction="Add 'Rifugio Bozzi' (Val di Viso, 2478 m, 30 beds, phone 0364 910000) and 'Rifugio Garibaldi' "
              "(Val d'Avio, 2553 m, 90 beds); filtering by valley 'Val d'Avio' shows only Rifugio Garibaldi; "
              "searching 'bozzi' finds Rifugio Bozzi; after a reload both remain")

P(lang="en", shape="directory", mode="fullstack", style="story",
  subject="dry-stone walling association's members directory: each member edits only their own entry",
  text="Hello! I'm the volunteer secretary of a regional dry stone walling association in the Yorkshire Dales, "
       "about 60 members, most of them self-employed wallers. People ring me weekly asking for a waller near "
       "them who does field walls or garden work, and I dig through an old spreadsheet. I'd love a members' "
       "directory that anyone can search by name or village and filter by skill (field walls, retaining "
       "walls, hedge laying). Each member should log in and keep their own entry up to date, but not be able "
       "to touch anyone else's. Many thanks!",
  interaction="Account tom@example.com creates his entry 'Tom Metcalfe, Hawes, field walls'; account "
              "ruth@example.com creates 'Ruth Kirkby, Grassington, hedge laying' and cannot edit Tom's entry; "
              "a signed-out visitor filters by skill 'hedge laying' and sees only Ruth Kirkby")

P(lang="fr", shape="directory", mode="web", style="hurried",
  trap="negation 'pas de quiz ni de cartes à retourner' names flashcards; 'fichier excel' hints at a dashboard",
  subject="mycological society's list of regional mushrooms, filter edible/toxic",
  text="notre société mycologique a un fichier excel de 200 champignons de la région, avec nom latin, nom "
       "commun, comestible ou toxique, et le mois où on les trouve. les membres veulent chercher par nom et "
       "filtrer toxique / comestible sur le terrain. pas de quiz ni de cartes à retourner, juste la liste",
  interaction="Add 'Amanita phalloides' (Amanite phalloïde, toxic, September) and 'Cantharellus cibarius' "
              "(Girolle, edible, July); filtering 'toxique' shows only Amanita phalloides; searching 'girolle' "
              "finds Cantharellus cibarius; after a reload both are still there")

# ------------------------------------------------------------- leaderboard
pig = {"Paco Ruiz": [10, 6], "Julián Mora": [8, 10], "Rosa Gil": [6, 8]}
rank = sorted(pig, key=lambda k: -sum(pig[k]))
assert rank == ["Julián Mora", "Paco Ruiz", "Rosa Gil"]
P(lang="es", shape="leaderboard", mode="web", style="hurried",
  subject="village pigeon-racing club: points per release, ranked standings",
  text="llevo la clasificacion de la peña colombofila del pueblo, somos 8 socios y en cada suelta se dan "
       "puntos al 1º, 2º y 3º palomo que llega. lo hago en una libreta y siempre hay lio. necesito algo donde "
       "meta los puntos de cada suelta y salga la clasificacion ordenada",
  interaction="Add release results: Paco Ruiz 10 and 6 points, Julián Mora 8 and 10 points, Rosa Gil 6 and 8 "
              "points; the ranking shows Julián Mora first with 18, Paco Ruiz second with 16, Rosa Gil third "
              "with 14; after a reload the order is the same",
  must=[f"first with {eq(sum(pig['Julián Mora']), 18, 0)}", f"second with {eq(sum(pig['Paco Ruiz']), 16, 0)}",
        f"third with {eq(sum(pig['Rosa Gil']), 14, 0)}"])

pat = {"Lobo": [12, 9], "Águia": [10, 14], "Raposa": [7, 8]}
assert sorted(pat, key=lambda k: -sum(pat[k])) == ["Águia", "Lobo", "Raposa"]
P(lang="pt", shape="leaderboard", mode="web", style="story",
  trap="'inscrições' and 'horários das provas' negated (signup/booking); 'quadro de cortiça' could read as a board",
  subject="scout summer camp: patrols earn points per challenge, ranked",
  text="Bom dia! Sou chefe de um agrupamento de escuteiros em Viseu e no acampamento de verão as quatro "
       "patrulhas ganham pontos em provas como montar tendas, cozinha ao ar livre e orientação. Todos os anos "
       "o quadro de cortiça com os pontos cai com o vento e há discussões no último dia. Queria uma página "
       "onde eu registo os pontos de cada prova por patrulha e que mostre a classificação das patrulhas, da "
       "primeira à última. Não precisa de inscrições nem de horários das provas, isso já temos em papel. "
       "Obrigado e boa continuação!",
  interaction="Add points: Patrulha Lobo 12 (tents) and 9 (cooking), Patrulha Águia 10 and 14, Patrulha Raposa "
              "7 and 8; the ranking shows Águia first with 24, Lobo second with 21, Raposa third with 15; after "
              "a reload the order stays",
  must=[f"Águia first with {eq(sum(pat['Águia']), 24, 0)}", f"Lobo second with {eq(sum(pat['Lobo']), 21, 0)}",
        f"Raposa third with {eq(sum(pat['Raposa']), 15, 0)}"])

gwen, yann = [542, 561], [580, 549]
assert sum(yann) > sum(gwen)
gwen_fixed = [552, 561]
assert sum(yann) > sum(gwen_fixed)
P(lang="fr", shape="leaderboard", mode="fullstack", style="story",
  subject="archery club winter challenge: each archer enters own scores, shared ranking, officers correct",
  text="Bonjour, je suis trésorière d'un petit club de tir à l'arc en Bretagne, une quarantaine d'archers. "
       "Pendant l'hiver on fait un challenge interne en salle : chaque archer tire ses séries à 18 m et note "
       "son score. Aujourd'hui tout passe par des SMS que je recopie dans un tableur le dimanche soir. "
       "J'aimerais que chacun se connecte avec son compte, saisisse ses propres scores (jamais ceux des "
       "autres), et que tout le monde voie le classement général par total de points. Seul le bureau doit "
       "pouvoir corriger un score erroné. Merci beaucoup !",
  interaction="Account gwen@example.com enters scores 542 and 561; account yann@example.com enters 580 and 549 "
              "and cannot enter or edit Gwen's scores; both see the ranking Yann 1129, Gwen 1103; the club "
              "officer account corrects Gwen's 542 to 552 and the ranking shows Yann 1129, Gwen 1113",
  must=[f"Yann {eq(sum(yann), 1129, 0)}", f"Gwen {eq(sum(gwen), 1103, 0)}", f"Gwen {eq(sum(gwen_fixed), 1113, 0)}"])

adler, pudel = [1712, 1688], [1745, 1630]
assert sum(adler) > sum(pudel)
P(lang="de", shape="leaderboard", mode="fullstack", style="hurried",
  subject="ninepin bowling club: each team captain enters own team's pins, shared table by total",
  text="unser kegelverein hat 6 mannschaften, jeder kapitän soll nach dem spieltag die holz seiner mannschaft "
       "eintragen (nur die eigene!), und alle sehen dann die tabelle sortiert nach gesamtholz. bisher macht "
       "das einer per whatsapp und verrechnet sich ständig",
  interaction="Account kapitaen.adler@example.com enters 1712 and 1688 pins for 'Die Adler'; account "
              "kapitaen.pudel@example.com enters 1745 and 1630 for 'Pudelkönige' and cannot enter pins for "
              "'Die Adler'; the table shows 'Die Adler' first with 3400 and 'Pudelkönige' second with 3375",
  must=[f"first with {eq(sum(adler), 3400, 0)}", f"second with {eq(sum(pudel), 3375, 0)}"])

# -------------------------------------------------------------------- menu
sagra = {"agnolotti al plin": 8, "tajarin al tartufo": 14, "vitello tonnato": 9, "bunet": 4}
order = {"agnolotti al plin": 2, "tajarin al tartufo": 1, "bunet": 2}
tot = sum(sagra[k] * n for k, n in order.items())
P(lang="it", shape="menu", mode="web", style="story",
  subject="village truffle festival menu with prices; visitors build their order before the till",
  text="Buongiorno, faccio parte della Pro Loco di un paese del Monferrato e ogni settembre organizziamo la "
       "sagra del tartufo. Alla cassa si forma sempre una coda infinita perché la gente non sa cosa c'è e "
       "quanto costa. Vorremmo una pagina con il menù della sagra (agnolotti al plin 8 €, tajarin al tartufo "
       "14 €, vitello tonnato 9 €, bunet 4 €). Ognuno dovrebbe comporsi l'ordine e vedere il totale prima di "
       "arrivare in cassa. Grazie!",
  interaction="Add 2 × agnolotti al plin (8 €), 1 × tajarin al tartufo (14 €) and 2 × bunet (4 €) to the "
              "order; the total reads 38.00 €; remove one bunet and it reads 34.00 €",
  must=[f"{eq(tot, 38):.2f} €", f"{eq(tot - sagra['bunet'], 34):.2f} €"])

tea = {"tea": 1.20, "coffee": 1.80, "bacon roll": 3.50, "flapjack": 1.50}
order = {"tea": 2, "bacon roll": 1, "flapjack": 3}
tot = sum(tea[k] * n for k, n in order.items())
P(lang="en", shape="menu", mode="web", style="hurried",
  trap="prices in pounds must be carried; 'no card payments' negation; 'railway' and 'open weekend' hint at booking/landing",
  subject="model railway club's tea hut menu with tap-to-order and running total",
  text="our model railway club runs a tea hut at the open weekend and the volunteers can never add up orders "
       "in their heads. need a menu page on the tablet with tea £1.20, coffee £1.80, bacon roll £3.50 and "
       "flapjack £1.50, tap to add to the order and it shows the total. no card payments or anything, cash "
       "tin only",
  interaction="Tap 2 × tea (£1.20), 1 × bacon roll (£3.50) and 3 × flapjack (£1.50); the order lists 3 lines "
              "and the total reads £10.40; clear the order and the total reads £0.00",
  must=[f"£{eq(tot, 10.40):.2f}", f"{eq(len(order), 3, 0)} lines"])

besen = {"Zwiebelkuchen": 5.50, "Maultaschen mit Kartoffelsalat": 9.80, "Viertele Trollinger": 3.90,
         "Traubensaft": 2.50}
order = {"Zwiebelkuchen": 2, "Maultaschen mit Kartoffelsalat": 1, "Viertele Trollinger": 3}
tot = sum(besen[k] * n for k, n in order.items())
P(lang="de", shape="menu", mode="web", style="story",
  trap="negation 'Onlineshop ... ausdrücklich nicht' (store); the table number must be carried",
  subject="seasonal wine tavern's tap menu, one order per table with total",
  text="Grüß Gott! Meine Frau und ich betreiben im Frühjahr und Herbst eine kleine Besenwirtschaft auf "
       "unserem Weingut in der Nähe von Heilbronn. Die Gäste sitzen an langen Tischen und wir schreiben die "
       "Bestellungen bisher auf Bierdeckel, was bei vollem Haus schiefgeht. Wir bräuchten eine Speisekarte "
       "zum Antippen: Zwiebelkuchen 5,50 €, Maultaschen mit Kartoffelsalat 9,80 €, Viertele Trollinger "
       "3,90 €, Traubensaft 2,50 €, und daraus eine Bestellung pro Tisch mit Summe. Einen Onlineshop für "
       "unseren Wein wollen wir ausdrücklich nicht. Vielen Dank im Voraus!",
  interaction="For table 4 add 2 × Zwiebelkuchen (5.50 €), 1 × Maultaschen mit Kartoffelsalat (9.80 €) and "
              "3 × Viertele Trollinger (3.90 €); the order total for table 4 reads 32.50 €",
  must=[f"{eq(tot, 32.50):.2f} €"])

marm = {"feijoada": 18, "frango com quiabo": 16, "suco": 5}
joao = marm["feijoada"] + 2 * marm["suco"]
pedro = marm["frango com quiabo"]
P(lang="pt", shape="menu", mode="fullstack", style="hurried",
  subject="community kitchen lunchbox menu: workers sign in and order, the kitchen sees the day's orders",
  text="a gente faz marmita na cozinha da associação de moradores e vende pros trabalhadores da obra aqui do "
       "lado. queria que cada um fizesse login, escolhesse no cardápio (feijoada r$ 18, frango com quiabo "
       "r$ 16, suco r$ 5) e mandasse o pedido, e na cozinha a gente visse todos os pedidos do dia. cliente "
       "nao pode ver pedido dos outros",
  interaction="Account joao@example.com orders 1 × feijoada (R$ 18) and 2 × suco (R$ 5), total R$ 28.00; "
              "account pedro@example.com orders 1 × frango com quiabo (R$ 16) and cannot see João's order; "
              "the kitchen account sees both orders for the day, R$ 44.00 in total",
  must=[f"R$ {eq(joao, 28):.2f}", f"R$ {eq(joao + pedro, 44):.2f}"])

# ------------------------------------------------------------------ signup
posts = {"couture": 2, "électronique": 3, "vélo": 2}
P(lang="fr", shape="signup", mode="web", style="story",
  subject="repair cafe volunteer sheet: stations with limited places, on the front-desk tablet",
  text="Bonjour à tous, je coordonne un Repair Café à Besançon qui a lieu une fois par mois à la MJC. Pour "
       "chaque séance il nous faut 2 bénévoles à la couture, 3 à l'électronique et 2 au vélo, et j'en ai "
       "marre de courir après les gens par mail. Je voudrais une feuille d'inscription sur la tablette de "
       "l'accueil, où chacun met son prénom sur un poste. Elle doit afficher le nombre de places restantes et "
       "refuser quand c'est complet. Merci !",
  interaction="Sign up 'Odile' and 'Karim' for couture (2 places) and 'Lucas' for électronique (3 places); "
              "couture shows full and a third name is refused; électronique shows 2 places left; after a "
              "reload the names are still there",
  must=[f"{eq(posts['électronique'] - 1, 2, 0)} places left"])

P(lang="es", shape="signup", mode="fullstack", style="hurried",
  subject="holy-week brotherhood: members sign in and sign up for procession sections of 12 bearers",
  text="soy el capataz de una cofradia pequeña y para la procesion del jueves santo necesito costaleros por "
       "tramos: salida 12, carrera oficial 12, recogida 12. que cada hermano entre con su usuario y se apunte "
       "a un tramo, que se vean las plazas que quedan y que no se pueda pasar de 12. yo tengo que ver la "
       "lista completa de todos",
  interaction=f"For the procession on {D(2027, 3, 25, 'Thursday')}, account hermano1@example.com signs up for "
              f"'Salida', which then shows 11 places left; account hermano2@example.com signs up for 'Salida' "
              f"too and sees 10 left, but cannot remove hermano1's name; the capataz account sees both names "
              f"in the full list",
  must=[f"{eq(12 - 1, 11, 0)} places left", f"{eq(12 - 2, 10, 0)} left"])

P(lang="it", shape="signup", mode="fullstack", style="story",
  trap="'gruppo di acquisto', 'ordini' and vegetable boxes point to a store or menu; 'niente negozio'",
  subject="solidarity buying group: members sign in and sign up for Thursday distribution shifts of 3",
  text="Ciao a tutti, faccio parte di un GAS (gruppo di acquisto solidale) a Bologna con una cinquantina di "
       "famiglie. Ogni giovedì sera distribuiamo le cassette di verdura del produttore e servono 3 volontari "
       "per turno, ma la tabella condivisa su Google è sempre un disastro. Vorrei che ogni socio entrasse con "
       "il proprio account e si segnasse su un giovedì, vedendo quanti posti restano, senza poter cancellare "
       "gli altri. I coordinatori devono poter togliere un nome se serve. Gli ordini della verdura li "
       "facciamo già altrove, quindi niente negozio. Grazie!",
  interaction=f"Account giulia@example.com signs up for {D(2027, 10, 7, 'Thursday')}, which then shows 2 places "
              f"left; account paolo@example.com signs up for the same evening (1 place left) and cannot remove "
              f"Giulia; after a third sign-up the evening is full and a fourth is refused; the coordinator "
              f"account removes Paolo and 1 place is free again",
  must=[f"{eq(3 - 1, 2, 0)} places left", f"({eq(3 - 2, 1, 0)} place left)"])

squares = {"mill lane": 2, "reservoir north": 2, "reservoir south": 2, "gravel pits": 2}
taken = 3
P(lang="en", shape="signup", mode="web", style="hurried",
  trap="negation 'dont need a leaderboard'; 'bird count' hints at a tracker; the count date must be carried",
  subject="bird club winter count: survey squares with 2 spots each, laptop passed round at club night",
  text=f"every january our bird club does a winter count and each survey square needs 2 people, count day is "
       f"{DL('en_abbr', 2027, 1, 16, 'sat')} 16th jan. at the club night we just pass my laptop round the room. "
       f"want a sign up sheet with the squares (mill lane, reservoir north, reservoir south, gravel pits), 2 "
       f"spots each, shows whos on which and refuses when its full. dont need a leaderboard of who saw most "
       f"birds lol",
  interaction=f"For the count on {D(2027, 1, 16, 'Saturday')}, sign up 'Bev' and 'Dan' for Reservoir North and "
              f"'Priya' for Gravel Pits; Reservoir North shows full and refuses 'Sam'; Gravel Pits shows 1 spot "
              f"left; 5 of 8 spots are free in total; after a reload the names are still there",
  must=[f"{eq(sum(squares.values()) - taken, 5, 0)} of {eq(sum(squares.values()), 8, 0)} spots"])

# -------------------------------------------------------------------- todo
P(lang="pt", shape="todo", mode="web", style="hurried",
  trap="negation 'nada de gps nem rastreamento' (a can't-build feature); due dates must be carried",
  subject="self-employed truck driver's to-do list of vehicle deadlines",
  text="sou caminhoneiro autonomo e vivo esquecendo as coisas do caminhao: aferição do tacografo, troca de "
       "oleo, renovar o seguro, pagar o ipva. queria uma lista de tarefas com data limite, marcar como feito e "
       "ver o que ta atrasado. nada de gps nem rastreamento, só a lista mesmo",
  interaction=f"Add 'Aferição do tacógrafo' due {D(2027, 4, 30, 'Friday')} and 'Troca de óleo' due "
              f"{D(2027, 3, 15, 'Monday')}; the list shows 2 open tasks; mark 'Troca de óleo' done and 1 open "
              f"task remains; after a reload the done mark is still there",
  must=[f"{eq(2 - 1, 1, 0)} open task remains"])

P(lang="de", shape="todo", mode="fullstack", style="story",
  subject="volunteer fire brigade's shared task list: members tick tasks, only two roles create them",
  text="Hallo zusammen, ich bin Gerätewart bei einer kleinen Freiwilligen Feuerwehr im Allgäu. Bei uns fallen "
       "ständig Aufgaben an – Atemschutzgeräte prüfen lassen, Schläuche waschen, Batterie der Tragkraftspritze "
       "laden – und die Zettel am Schwarzen Brett gehen verloren. Ich möchte eine gemeinsame Aufgabenliste, in "
       "die sich jeder Kamerad mit eigenem Zugang einloggt. Dort sieht er die Aufgaben mit Fälligkeitsdatum und "
       "hakt ab, was er erledigt hat. Nur der Kommandant und ich sollen Aufgaben anlegen oder löschen dürfen. "
       "Danke!",
  interaction=f"Account geraetewart@example.com creates 'Schläuche waschen' due {D(2027, 3, 6, 'Saturday')} and "
              f"'Atemschutz prüfen lassen' due {D(2027, 3, 26, 'Friday')}; account kamerad@example.com sees both, "
              f"ticks 'Schläuche waschen' done and has no button to create or delete tasks; after a reload both "
              f"accounts see 1 open task",
  must=[f"{eq(2 - 1, 1, 0)} open task"])

P(lang="es", shape="todo", mode="web", style="story",
  subject="daughter's to-do list for moving her elderly father into a care home",
  text="Buenas, les escribo porque mi padre, de 84 años, se muda a una residencia en Zaragoza el mes que viene "
       "y yo llevo todos los trámites sola. Tengo mil cosas: pedir el informe médico, dar de baja la luz del "
       "piso, llevar la ropa marcada con su nombre, hablar con el banco... y las voy apuntando en papelitos que "
       "pierdo. Necesito una lista de tareas sencilla donde añada cada cosa con una fecha límite. Cuando la "
       "termine, la marco como hecha. Gracias de corazón.",
  interaction=f"Add 'Pedir el informe médico' due {D(2027, 2, 10, 'Wednesday')} and 'Marcar la ropa con su "
              f"nombre' due {D(2027, 2, 15, 'Monday')}; mark the first done; the list shows 1 of 2 tasks done; "
              f"after a reload it is still done")

P(lang="fr", shape="todo", mode="web", style="hurried",
  trap="negation 'pas de tableau avec des colonnes' (board); one task has no date",
  subject="sailor's spring to-do list for preparing an old sailing boat",
  text="j'ai un vieux voilier de 7 m au port de lorient et chaque printemps j'oublie la moitié: antifouling, "
       "changer les anodes, vérifier la vhf, réviser le moteur. je veux juste une liste de choses à faire avec "
       "une date, je coche quand c'est fait. pas de tableau avec des colonnes, une liste ça suffit",
  interaction=f"Add 'Antifouling' due {D(2027, 4, 3, 'Saturday')}, 'Changer les anodes' due "
              f"{D(2027, 4, 4, 'Sunday')} and 'Vérifier la VHF' with no date; tick 'Antifouling'; the list shows "
              f"2 of 3 tasks open; after a reload 'Antifouling' is still ticked",
  must=[f"{eq(3 - 1, 2, 0)} of 3 tasks open"])

# -------------------------------------------------------------------- blog
P(lang="en", shape="blog", mode="web", style="story",
  subject="retired hill farmer's blog of stories about the old ways, newest first",
  text="Good evening. I'm a retired hill farmer in mid-Wales and my granddaughter says I should write down the "
       "old ways before they're forgotten: dipping pens, hay meadows, the sheepdog trials we used to run. I'd "
       "like a simple website where I write stories, each with a title and the date. Visitors should read them "
       "with the newest at the top. Nothing fancy, my eyes aren't what they were, so big text if possible.",
  interaction=f"Publish 'The hay meadow at Cwm Hir' dated {D(2027, 3, 8, 'Monday')} and 'Dipping day' dated "
              f"{D(2027, 3, 12, 'Friday')}; the home page lists 'Dipping day' first; opening it shows its full "
              f"text; after a reload both posts are still there")

P(lang="it", shape="blog", mode="fullstack", style="hurried",
  subject="parish weekly newsletter as a blog: three authors publish, everyone reads without signing in",
  text="in parrocchia facciamo ancora il foglietto settimanale di carta, vorremmo metterlo online come blog: "
       "articoli con titolo data e testo, i piu recenti in cima. possono scrivere solo il parroco e due "
       "catechiste con il loro account, tutti gli altri leggono senza registrarsi",
  interaction=f"Account parroco@example.com publishes 'Orari delle messe di Pasqua' dated "
              f"{D(2027, 3, 22, 'Monday')}; a signed-out visitor reads it at the top of the list but has no button "
              f"to write or edit; account lettore@example.com, who is not an author, cannot publish")

P(lang="pt", shape="blog", mode="web", style="hurried",
  trap="negation 'nada de loja nem de inscrições' (store, signup)",
  subject="amateur astronomy club's blog of observation reports",
  text="o nosso clube de astronomia amadora em évora quer um blog para publicar os relatos das sessões de "
       "observação, cada um com titulo, data e texto, o mais novo primeiro. nada de loja nem de inscrições "
       "para as sessões por agora",
  interaction=f"Publish 'Conjunção Vénus-Júpiter' dated {D(2027, 7, 20, 'Tuesday')} and 'Noite das Perseidas' "
              f"dated {D(2027, 8, 12, 'Thursday')}; the list shows 'Noite das Perseidas' first; after a reload "
              f"both are still there")

P(lang="es", shape="blog", mode="web", style="story",
  subject="retired intercity bus driver's blog of route stories, newest first",
  text="Hola, me llamo Ramón y fui conductor de autobús interurbano en Asturias durante 38 años. Ahora, ya "
       "jubilado, quiero contar las historias de las líneas que hice: la nieve en el puerto de Pajares, los "
       "viajeros de siempre, los autobuses Pegaso. Me gustaría una página tipo blog donde cada entrada tenga "
       "título, fecha y texto. La más nueva tiene que salir arriba. Un saludo y gracias.",
  interaction=f"Publish 'Nieve en Pajares' dated {D(2027, 1, 17, 'Sunday')} and 'Los Pegaso de la línea 12' "
              f"dated {D(2027, 1, 24, 'Sunday')}; the list shows 'Los Pegaso de la línea 12' first; opening it "
              f"shows the full text; after a reload both remain")

# ------------------------------------------------------------------- store
wood = {"Obstschale Kirsche": 45, "Kerzenständer Eiche": 28, "Salatbesteck Ahorn": 19}
tot = wood["Obstschale Kirsche"] + 2 * wood["Salatbesteck Ahorn"]
P(lang="de", shape="store", mode="web", style="hurried",
  subject="woodturner's small online shop: bowls and candlesticks with wood type, cart, order",
  text="ich drechsle schalen und kerzenständer aus heimischem holz und verkaufe bisher nur auf märkten. will "
       "einen kleinen shop: produkte mit foto, holzart und preis, warenkorb, bestellung abschicken. z.b. "
       "obstschale kirsche 45 €, kerzenständer eiche 28 €, salatbesteck ahorn 19 €",
  interaction="Add 1 × Obstschale Kirsche (45 €) and 2 × Salatbesteck Ahorn (19 €) to the cart; the cart total "
              "reads 83.00 €; check out and an order summary with 83.00 € is shown without claiming an email "
              "was sent",
  must=[f"{eq(tot, 83):.2f} €"])

pots = {"Bol en grès": 24, "Théière émaillée": 68, "Plat à tarte": 39}
tot = 2 * pots["Bol en grès"] + pots["Plat à tarte"]
P(lang="fr", shape="store", mode="fullstack", style="story",
  trap="'stages de tournage' in passing (signup/booking); only the admin sets prices",
  subject="potters' cooperative shop: customers sign in and order, only the admin adds products and prices",
  text="Bonjour, nous sommes une petite coopérative de cinq potiers dans la Drôme et nous aimerions vendre nos "
       "pièces en ligne. Les clients doivent pouvoir créer un compte, mettre des pièces dans un panier et passer "
       "commande, puis retrouver leurs commandes. Seule l'administratrice de la coopérative ajoute les produits "
       "et fixe les prix (par exemple bol en grès 24 €, théière émaillée 68 €, plat à tarte 39 €). Les clients "
       "ne doivent en aucun cas pouvoir modifier un prix ou voir les commandes des autres. Nous faisons aussi "
       "des stages de tournage, mais ça viendra plus tard.",
  interaction="The admin account adds 'Bol en grès' (24 €), 'Théière émaillée' (68 €) and 'Plat à tarte' "
              "(39 €); account client@example.com puts 2 × Bol en grès and 1 × Plat à tarte in the cart, total "
              "87.00 €, places the order and sees it in their orders, and has no way to add products or change "
              "a price; account client2@example.com cannot see that order",
  must=[f"{eq(tot, 87):.2f} €"])

tack = {"Headcollar cob size": 38, "Lead rope": 12.50, "Bridle": 85}
tot = tack["Headcollar cob size"] + 2 * tack["Lead rope"]
P(lang="en", shape="store", mode="fullstack", style="hurried",
  subject="leather tack maker's shop: customers sign up and order, only the owner adds products",
  text="i make leather tack (headcollars, lead ropes, bridles) in my workshop and want to sell online. "
       "customers sign up, add to basket, check out and see their past orders. only me as the owner can add "
       "products and set prices, customers cant. headcollar cob size £38, lead rope £12.50, bridle £85. they "
       "shouldnt see each others orders obviously",
  interaction="The owner account adds Headcollar cob size (£38), Lead rope (£12.50) and Bridle (£85); account "
              "rider@example.com adds 1 × Headcollar cob size and 2 × Lead rope, the basket total reads £63.00, "
              "checks out and sees the order in their past orders, and cannot add a product or edit a price; "
              "account rider2@example.com does not see that order",
  must=[f"£{eq(tot, 63):.2f}"])

monks = {"Liquore alle erbe": 18, "Marmellata di fichi": 6.50, "Sapone alla lavanda": 4}
tot = monks["Liquore alle erbe"] + 2 * monks["Marmellata di fichi"] + 3 * monks["Sapone alla lavanda"]
P(lang="it", shape="store", mode="web", style="story",
  subject="Benedictine nuns' online shop for herbal liqueur, jams and soaps",
  text="Buongiorno, scrivo per conto delle monache benedettine di un piccolo monastero in Umbria. Produciamo "
       "liquore alle erbe, marmellate e saponi, e finora li vendiamo solo nella bottega accanto alla chiesa. "
       "Vorremmo un piccolo negozio online con i prodotti, i prezzi, il carrello e la conferma dell'ordine (ad "
       "esempio liquore alle erbe 18 €, marmellata di fichi 6,50 €, sapone alla lavanda 4 €). Vi ringraziamo "
       "e vi ricordiamo nelle nostre preghiere.",
  interaction="Add 1 × Liquore alle erbe (18 €), 2 × Marmellata di fichi (6.50 €) and 3 × Sapone alla lavanda "
              "(4 €) to the cart; the cart total reads 43.00 €; confirm the order and a summary with 43.00 € is "
              "shown without claiming an email was sent",
  must=[f"{eq(tot, 43):.2f} €"])

# ----------------------------------------------------------------- landing
assert 1.80 > 1.50
P(lang="es", shape="landing", mode="web", style="hurried", asks_landing=True, landing_prices=True,
  trap="per-sheep prices and head counts look like a calculator; it is a landing page that shows prices",
  subject="landing page for a sheep-shearing crew's service in Extremadura, with prices",
  text="soy esquilador y este año me establezco por mi cuenta en extremadura con una cuadrilla de 3. quiero "
       "una landing page para mi servicio de esquileo con los precios: 1,80 € por oveja hasta 200 cabezas y "
       "1,50 € por oveja a partir de 200, desplazamiento incluido a menos de 50 km. que ponga mi telefono "
       "612 345 678 y la temporada de abril a junio",
  interaction="The page presents the sheep-shearing service in Extremadura with its prices (1.80 € per sheep up "
              "to 200 head, 1.50 € per sheep from 200, travel included within 50 km), the phone 612 345 678 "
              "and the April to June season; no subscription plans")

P(lang="pt", shape="landing", mode="web", style="story", asks_landing=True,
  trap="'15 lugares', 'marcar uma visita' and opening hours hint at signup/booking; prices and sign-up form negated",
  subject="landing page for a small day centre for the elderly opening in September",
  text="Boa tarde. Eu e o meu marido somos enfermeiros reformados e vamos abrir em setembro um pequeno centro "
       "de dia para idosos em Mirandela, com 15 lugares. Precisamos de uma landing page simples que apresente "
       "o centro: as atividades (fisioterapia ligeira, hortas, música), o horário das 8h30 às 18h, a morada e "
       "o telefone. Não queremos pôr preços nem formulário de inscrição online. As famílias devem "
       "telefonar-nos para marcar uma visita. Muito obrigada pela ajuda!",
  interaction="The page presents the day centre in Mirandela opening in September 2027: 15 places, light "
              "physiotherapy, vegetable gardens and music, open 08:30 to 18:00, address and phone; it shows no "
              "prices and no sign-up form")

P(lang="fr", shape="landing", mode="web", style="hurried", asks_landing=True,
  trap="'marché de producteurs' hints at a store and the date at booking; negation 'pas de billetterie'",
  subject="landing page for a village's first transhumance festival",
  text=f"on organise la 1re fête de la transhumance au village le {DL('fr', 2027, 6, 5, 'samedi')} 5 juin, "
       f"montée des brebis, marché de producteurs, bal le soir. il nous faut une landing page pour l'événement "
       f"avec le programme et l'accès, pas de billetterie c'est gratuit",
  interaction=f"The page presents the transhumance festival on {D(2027, 6, 5, 'Saturday')} with its programme "
              f"(sheep going up to the pastures, producers' market, evening dance) and how to get there; it is "
              f"free, with no ticketing")

# ------------------------------------------------------------------ status
uptime = round(27 / 30 * 100)
P(lang="en", shape="status", mode="web", style="story",
  subject="community broadband scheme's public status page for its radio relays",
  text="Hi, I volunteer for a community broadband scheme that serves 70 houses in a Highland glen over radio "
       "links. When a mast goes down in a storm, everyone phones me at once asking whether it's just them. I'd "
       "like a public status page listing our three relays (Carn Dearg mast, Schoolhouse relay, Village hall "
       "relay) as up or down, with a bar for each of the last 30 days. It should also carry short incident "
       "notes like 'Carn Dearg down, ice on the dish, engineer on the way'. No logins, no billing, we sort "
       "subscriptions by direct debit.",
  interaction=f"Set 'Carn Dearg mast' down with the note 'Ice on the dish, engineer on the way' on "
              f"{D(2027, 1, 19, 'Tuesday')}, the other two up; the page shows 1 of 3 relays down; with 27 of the "
              f"last 30 days up, Carn Dearg's uptime reads 90%; after a reload the incident note is still there",
  must=[f"{eq(uptime, 90, 0)}%"])

uptime = round(11 / 14 * 100)
P(lang="de", shape="status", mode="web", style="hurried",
  trap="negation 'keine webcam!' (live video is a can't-build feature); lift names must be carried",
  subject="village ski club's status page for three drag lifts",
  text="wir betreiben als verein 3 kleine schlepplifte am dorfhang (idealhang, kinderlift, gipfellift). leute "
       "rufen dauernd an ob heute was läuft. bräuchte eine statusseite: jeder lift in betrieb oder außer "
       "betrieb, balken für die letzten 14 tage und kurze meldungen wie 'gipfellift wegen sturm zu'. keine "
       "webcam!",
  interaction=f"Set 'Gipfellift' out of service with the note 'wegen Sturm zu' on {D(2027, 1, 30, 'Saturday')}, "
              f"'Idealhang' and 'Kinderlift' running; the page shows 2 of 3 lifts running; with 11 of the last 14 "
              f"days running, Gipfellift's uptime reads 79%; after a reload the note is still there",
  must=[f"{eq(uptime, 79, 0)}%"])

uptime = round(28 / 30 * 100)
P(lang="it", shape="status", mode="web", style="story",
  subject="mountain water consortium's public status page for its well, reservoir and pump",
  text="Salve, sono il tecnico di un piccolo consorzio acquedottistico di montagna in Carnia che serve quattro "
       "frazioni. Quando manca l'acqua, il telefono del consorzio squilla per ore e non riusciamo a lavorare. "
       "Vorremmo una pagina di stato pubblica con i nostri impianti (pozzo Fontanone, serbatoio Alto, pompa di "
       "rilancio Sud) che dica se funzionano o sono fermi. Servirebbe anche una barra di disponibilità degli "
       "ultimi 30 giorni e delle note sui guasti in corso. Grazie in anticipo.",
  interaction=f"Mark 'Pompa di rilancio Sud' down with the note 'Guasto elettrico, squadra sul posto' on "
              f"{D(2027, 2, 17, 'Wednesday')}; the page shows 2 of 3 plants working; with 28 of the last 30 days "
              f"working, its availability reads 93%; after a reload the note remains",
  must=[f"{eq(uptime, 93, 0)}%"])

# -------------------------------------------------------------- calculator
area = 8.5 * 6
tiles = math.ceil(area * 13 * 1.10)
P(lang="fr", shape="calculator", mode="web", style="story",
  trap="'devis', 'clients' and 'chantiers' (directory/board nouns) are named and negated",
  subject="roofer's calculator: roof area and number of tiles with 10% waste",
  text="Bonjour, je suis couvreur à mon compte dans le Limousin et je passe mes soirées à refaire les mêmes "
       "calculs pour mes devis. J'aimerais un petit outil où je rentre la longueur et la largeur d'un pan de "
       "toit et le nombre de tuiles au mètre carré. Il me donnerait la surface et le nombre de tuiles à "
       "commander avec 10 % de chute en plus. Pas besoin de gérer mes clients ni mes chantiers, juste le "
       "calcul. Merci d'avance !",
  interaction="Enter length 8.5 m, width 6 m and 13 tiles per m²; the result shows an area of 51 m² and 730 "
              "tiles to order including 10% waste",
  must=[f"{eq(area, 51, 0)} m²", f"{eq(tiles, 730, 0)} tiles"])

ha = 25 * 6440 / 10000
seed = ha * 180
P(lang="es", shape="calculator", mode="web", style="hurried",
  subject="farmer's converter from local fanegas to hectares and wheat seed kilos",
  text="en el pueblo todos hablan en fanegas y el de la cooperativa me pide hectareas para la pac. en mi zona "
       "1 fanega son 6.440 m2. quiero una calculadora que meta fanegas y me de hectareas, y los kilos de trigo "
       "para sembrar a 180 kg por hectarea",
  interaction="Enter 25 fanegas; the result reads 16.1 ha and 2898 kg of wheat seed at 180 kg/ha",
  must=[f"{eq(ha, 16.1)} ha", f"{eq(seed, 2898, 0)} kg"])

balls = math.ceil(1250 / 180)
cost = balls * 4.90
P(lang="pt", shape="calculator", mode="web", style="story",
  subject="knitter's yarn calculator: balls to buy (rounded up) and cost",
  text="Olá! Faço casacos de tricô por encomenda e vendo pelo Instagram, e a parte que mais me custa é "
       "calcular quantos novelos comprar. Para cada peça sei mais ou menos quantos metros de fio vai levar, e "
       "cada novelo tem uma metragem diferente conforme a marca. Queria uma calculadora onde ponho os metros "
       "necessários, os metros por novelo e o preço de um novelo. Ela diz-me quantos novelos comprar (sempre "
       "arredondando para cima) e quanto vou gastar. Beijinhos e obrigada!",
  interaction="Enter 1250 m needed, 180 m per ball and 4.90 € per ball; the result reads 7 balls and 34.30 € in "
              "total",
  must=[f"{eq(balls, 7, 0)} balls", f"{eq(cost, 34.30):.2f} €"])

# -------------------------------------------------------------- flashcards
score = round(2 / 3 * 100)
P(lang="it", shape="flashcards", mode="web", style="hurried",
  subject="flashcards of Q codes for the amateur radio licence exam",
  text="sto preparando l'esame da radioamatore e nn mi entrano in testa i codici q. voglio delle flashcard: "
       "davanti il codice (qth, qrz, qsl...) dietro il significato, le giro, dico se la sapevo o no e alla "
       "fine vedo il punteggio",
  interaction="Create cards QTH → 'posizione della stazione', QRZ → 'chi mi chiama?' and QSL → 'conferma di "
              "ricezione'; flip QTH to see its answer; mark 2 known and 1 not known; the score reads 2/3 (67%)",
  must=[f"({eq(score, 67, 0)}%)"])

score = round(3 / 4 * 100)
P(lang="en", shape="flashcards", mode="web", style="story",
  trap="'plant catalogue' (a directory) is named and declined",
  subject="garden guide's flashcards: common plant name to Latin name, with score",
  text="Hello, I've just started volunteering as a guide at our local botanic garden, and visitors expect me "
       "to know the Latin names of everything. The garden already has a plant catalogue, so I don't need "
       "another list of plants. What I'd like is a set of flashcards: the common name on the front, the Latin "
       "name on the back, a way to flip them and tick whether I got it right. A score at the end of each round "
       "would keep me going. Ideally I could add my own cards as I learn each bed. Thank you kindly!",
  interaction="Create cards 'Foxglove' → 'Digitalis purpurea', 'Monkey puzzle' → 'Araucaria araucana', "
              "'Lady's mantle' → 'Alchemilla mollis' and 'Snowdrop' → 'Galanthus nivalis'; flip each, mark 3 "
              "right and 1 wrong; the round score reads 3/4 (75%); after a reload the 4 cards are still there",
  must=[f"({eq(score, 75, 0)}%)"])

score = round(1 / 2 * 100)
P(lang="de", shape="flashcards", mode="web", style="story",
  trap="exam date given while 'Countdown oder Kalender' is negated",
  subject="hunting licence exam flashcards: question front, answer back, hit rate",
  text=f"Guten Abend, ich bereite mich gerade auf die Jägerprüfung vor und muss hunderte Fragen zu "
       f"Wildbiologie, Waffenrecht und Jagdrecht lernen. Die Prüfung ist am {DL('de', 2027, 5, 14, 'Freitag')}, "
       f"den 14. Mai. Ich wünsche mir Lernkarten, bei denen vorne die Frage steht und hinten die Antwort, die "
       f"ich umdrehen kann. Danach klicke ich auf gewusst oder nicht gewusst, und am Ende sehe ich meine "
       f"Trefferquote. Einen Countdown oder Kalender brauche ich nicht, nur die Karten.",
  interaction=f"Create cards 'Wie nennt man den Schwanz beim Rotwild?' → 'Wedel' and 'Wie heißt das "
              f"männliche Rehwild?' → 'Bock'; flip both, mark 1 known and 1 not known; the hit rate reads 1/2 "
              f"(50%); after a reload the cards remain; no countdown to the exam on {D(2027, 5, 14, 'Friday')}",
  must=[f"({eq(score, 50, 0)}%)"])

# --------------------------------------------------------------- dashboard
tmax, rain = [14.2, 12.8, 15.6], [3.4, 11.0, 0]
P(lang="pt", shape="dashboard", mode="web", style="story",
  subject="school weather station dashboard from a CSV: rain total, average max temperature, charts",
  text="Bom dia! Sou professor de ciências numa escola do Alentejo e temos uma pequena estação meteorológica "
       "no telhado que exporta um ficheiro CSV com a data, a temperatura máxima, a mínima e a chuva de cada "
       "dia. Os alunos do clube de ciências querem ver isto de forma bonita: gráficos da temperatura ao longo "
       "do mês, o total de chuva e a média das máximas. A ideia é importar o CSV e ver logo os números e os "
       "gráficos. Obrigado!",
  interaction=f"Import a CSV with 3 days: {D(2027, 2, 1, 'Monday')} (max 14.2 °C, min 5.1 °C, rain 3.4 mm), "
              f"{D(2027, 2, 2, 'Tuesday')} (max 12.8 °C, min 6.0 °C, rain 11.0 mm), "
              f"{D(2027, 2, 3, 'Wednesday')} (max 15.6 °C, min 4.3 °C, rain 0 mm); the dashboard shows total "
              f"rain 14.4 mm, average max 14.2 °C and a temperature chart with 3 points",
  must=[f"total rain {eq(sum(rain), 14.4)} mm", f"average max {eq(sum(tmax) / 3, 14.2)} °C"])

svc = [("emergenza", 18), ("dialisi", 42), ("dialisi", 40), ("trasporto sociale", 25)]
km = sum(k for _, k in svc)
P(lang="it", shape="dashboard", mode="web", style="hurried",
  trap="'trasporto' and 'dialisi' hint at booking; negation 'niente da prenotare'",
  subject="volunteer ambulance association's dashboard of services from a CSV",
  text="sono il segretario della misericordia del paese, ogni mese esportiamo dal gestionale un csv con i "
       "servizi (data, tipo: emergenza / trasporto sociale / dialisi, km). il consiglio vuole vedere grafici: "
       "servizi per tipo, km totali, media km per servizio. niente da prenotare, solo numeri e grafici",
  interaction="Import a CSV with 4 services: emergenza 18 km, dialisi 42 km, dialisi 40 km, trasporto sociale "
              "25 km; the dashboard shows 4 services (2 dialisi, 1 emergenza, 1 trasporto sociale), 125 km in "
              "total, an average of 31.25 km per service and a chart by type",
  must=[f"{eq(len(svc), 4, 0)} services", f"{eq(sum(1 for t, _ in svc if t == 'dialisi'), 2, 0)} dialisi",
        f"{eq(km, 125, 0)} km in total", f"{eq(km / len(svc), 31.25)} km per service"])

dl = [((2027, 12, 6, "Monday"), 1800, 396), ((2027, 12, 7, "Tuesday"), 1500, 300),
      ((2027, 12, 13, "Monday"), 2600, 572)]
weeks = {datetime.date(*d[:3]).isocalendar()[1] for d, _, _ in dl}
olives, oil = sum(o for _, o, _ in dl), sum(x for _, _, x in dl)
P(lang="es", shape="dashboard", mode="web", style="story",
  trap="negations 'ni una tienda de aceite ni una clasificación de socios' (store, leaderboard); per-member rows",
  subject="olive-oil cooperative mill's season dashboard from a CSV: totals, yield, weekly chart",
  text="Buenos días. Llevo las cuentas de una almazara cooperativa pequeña en Jaén y al final de cada campaña "
       "exportamos del programa un CSV con cada entrega: fecha, socio, kilos de aceituna y kilos de aceite. La "
       "junta rectora quiere ver de un vistazo los kilos totales, el rendimiento (aceite entre aceituna) y un "
       "gráfico por semanas. No quiero que sea una tienda de aceite ni una clasificación de socios, solo el "
       "resumen con gráficos. Muchas gracias.",
  interaction=f"Import a CSV with 3 deliveries: {D(*dl[0][0])}, 1800 kg of olives and 396 kg of oil; "
              f"{D(*dl[1][0])}, 1500 kg and 300 kg; {D(*dl[2][0])}, 2600 kg and 572 kg; the dashboard shows "
              f"5900 kg of olives, 1268 kg of oil, an overall yield of 21.5% (total oil / total olives) and a "
              f"weekly chart with 2 bars",
  must=[f"{eq(olives, 5900, 0)} kg of olives", f"{eq(oil, 1268, 0)} kg of oil",
        f"{eq(oil / olives * 100, 21.5, 1)}%", f"{eq(len(weeks), 2, 0)} bars"])

# -------------------------------------------------------------------- none
P(lang="en", shape="none", mode="web", style="hurried",
  trap="'logs which tunnel' hints at a tracker; the core is the camera and a trained model",
  subject="phone app that recognises tomato blight from a camera photo of a leaf",
  text="i grow tomatoes in 3 polytunnels and blight always catches me out. want an app on my phone where i "
       "point the camera at a leaf and it tells me if its blight or just a nutrient thing, and logs which "
       "tunnel. would be amazing",
  interaction="The honest result: the run says it can't build a phone app that recognises blight from a camera "
              "photo (it needs the camera and a trained model) and does not pass off a tracker or a landing "
              "page as that")

P(lang="fr", shape="none", mode="web", style="story",
  trap="'liste des brebis' hints at a directory; the core is live GPS tracking with alerts",
  subject="live GPS map of collared sheep on summer pasture with out-of-zone alarm",
  text="Bonjour, je suis berger dans les Hautes-Alpes et l'été je garde environ 800 brebis en estive. "
       "Quelques-unes portent des colliers GPS. J'aimerais une application sur mon téléphone qui affiche en "
       "direct leur position sur une carte et qui sonne quand une bête sort de la zone autorisée, surtout à "
       "cause du loup. J'ai aussi une liste des brebis avec leur numéro de boucle, mais ça c'est secondaire. "
       "Est-ce que c'est possible ?",
  interaction="The honest result: the run says it can't build live GPS tracking of collared sheep on a map "
              "with an out-of-zone alarm, and does not present a directory of ewes as if it were that")

P(lang="de", shape="none", mode="web", style="hurried",
  trap="'zeitplan' hints at booking and sensor values at a dashboard; the core is hardware control",
  subject="greenhouse irrigation valves switched through Raspberry Pi relays with live soil moisture",
  text="hab im gewächshaus einen raspberry pi mit 4 relais für die bewässerungsventile. will eine app mit der "
       "ich die ventile per knopfdruck auf und zu mache und die bodenfeuchte vom sensor live sehe. zeitplan "
       "wäre nice to have",
  interaction="The honest result: the run says it can't build control of the Raspberry Pi relays and live "
              "soil-moisture readings (hardware control), and does not pass off a booking grid or a dashboard "
              "as that")

P(lang="es", shape="none", mode="web", style="story",
  trap="'clasificación de las parejas' points to a leaderboard; the core is a real-time card game",
  subject="online mus card game for four players in pairs for a retirees' club",
  text="Hola, buenas. Soy de un hogar del jubilado en un pueblo de Soria y los inviernos son muy largos. "
       "Muchos de los socios juegan al mus cada tarde, pero con la nieve a veces no pueden bajar al local. Me "
       "gustaría un juego de mus en el ordenador para que jueguen desde casa, cuatro jugadores en parejas, con "
       "las cartas, los envites y todo. Al final habría una clasificación de las parejas. ¿Se puede hacer algo "
       "así?",
  interaction="The honest result: the run says it can't build a playable online mus card game for four "
              "players, and does not present a leaderboard of pairs as if it were the game")

P(lang="pt", shape="none", mode="web", style="hurried",
  trap="'horário das missas' in passing hints at booking or a blog; the core is live video",
  subject="live video broadcast of Sunday mass for bedridden parishioners",
  text="na nossa paróquia há muitos idosos acamados que já não vêm à missa. queríamos transmitir a missa de "
       "domingo em direto com vídeo e som para eles verem no tablet, e ter o horário das missas ao lado",
  interaction="The honest result: the run says it can't build live video and sound streaming of Sunday mass, "
              "and does not present a mass timetable or a blog as if it were that")


# ------------------------------------------------------------------ checks
assert len(PROMPTS) == 60, len(PROMPTS)
for lang in LANG_NAME:
    assert sum(p["lang"] == lang for p in PROMPTS) == 10, lang
for shape in SHAPES:
    n = sum(p["shape"] == shape for p in PROMPTS)
    assert (n == 5) if shape == "none" else (n in (3, 4)), (shape, n)
assert sum(p["mode"] == "fullstack" for p in PROMPTS) == 15
assert sum(p["asks_landing"] for p in PROMPTS) == 3
assert all(p["asks_landing"] == (p["shape"] == "landing") for p in PROMPTS)
assert 27 <= sum(p["trap"] is not None for p in PROMPTS) <= 33
assert 27 <= sum(p["style"] == "hurried" for p in PROMPTS) <= 33
for p in PROMPTS:
    assert "landing page" not in p["text"].lower() or p["asks_landing"], p["text"][:50]

# shuffle so that the numbering does not follow shape or language
random.Random(2828).shuffle(PROMPTS)


def q(s):
    assert "\n" not in s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


out = ["# Held-out quality prompts, spar28 (practice set). Generated by gen_prompts.py.", ""]
for i, p in enumerate(PROMPTS, 1):
    out.append(f"# {i}")
    if p["trap"]:
        out.append(f"# trap: {p['trap']}")
    out += ["[[prompt]]",
            f"text = {q(p['text'])}",
            f"mode = {q(p['mode'])}",
            f"shape = {q(p['shape'])}",
            f"lang = {q(p['lang'])}",
            f"subject = {q(p['subject'])}",
            f"interaction = {q(p['interaction'])}",
            f"asks_landing = {'true' if p['asks_landing'] else 'false'}",
            ""]
with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(out))
print(f"wrote {OUT}: {len(PROMPTS)} prompts")
