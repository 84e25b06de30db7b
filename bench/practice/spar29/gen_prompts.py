#!/usr/bin/python3
"""Generate quality_prompts_spar29.toml (held-out practice set, spar29).

The prompts are Python data below. Every number an interaction expects to see
(totals, averages, rankings, places left, cart totals, percentages) is computed
here and asserted against the value written by hand in the interaction text;
every date is in 2027 and its weekday is asserted with datetime.
The order of the prompts is shuffled with random.Random(2929).

Run:  /usr/bin/python3 gen_prompts.py   (writes quality_prompts_spar29.toml next to it)
"""
import datetime
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "quality_prompts_spar29.toml")

LANG_NAME = {"en": "English", "fr": "French", "es": "Spanish",
             "de": "German", "pt": "Portuguese", "it": "Italian"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]

PROMPTS = []


def add(lang, shape, mode, text, subject, interaction, trap=None,
        story=False, landing=False):
    p = dict(lang=lang, shape=shape, mode=mode, text=text, subject=subject,
             interaction=interaction, trap=trap, story=story,
             asks_landing=landing)
    PROMPTS.append(p)
    return p


def wd(y, m, d, name):
    """Assert the weekday of a date and that it is in 2027."""
    assert y == 2027, (y, m, d)
    real = WEEKDAYS[datetime.date(y, m, d).weekday()]
    assert real == name, f"{y}-{m}-{d} is a {real}, not a {name}"
    return f"{name} {d} {MONTHS[m - 1]} {y}"


def num(x, nd, lang):
    s = f"{x:.{nd}f}"
    return s if lang == "en" else s.replace(".", ",")


def shows(p, s):
    assert s in p["interaction"], f"expected {s!r} in: {p['interaction']}"


def ranking(scores):
    """Names, best first (no ties allowed)."""
    vals = list(scores.values())
    assert len(set(vals)) == len(vals), "tie in ranking"
    return [k for k, _ in sorted(scores.items(), key=lambda kv: -kv[1])]


END = "; page text in {L}; no waitlist or pricing"

# --------------------------------------------------------------------------
# tracker
# --------------------------------------------------------------------------
p = add("en", "tracker", "web",
        "I keep six hives at the bottom of my uncle's orchard near Leominster. Every evening I put "
        "Hive 3 on a hanging scale and write the weight on the back of an envelope, and the "
        "envelopes always go missing. We sell a few jars of honey at the farm gate but I don't need "
        "a shop or prices or anything like that. What I want is to log the weight in kg for each "
        "day, see the average over the week, and see how much the hive has gained since the first "
        "entry. It has to work in my phone's browser standing in the field.",
        "daily weight log for a beehive, with weekly average and gain",
        "Log Hive 3 at 41.2 kg on Monday 7 June 2027, 41.9 kg on Tuesday 8 June 2027 and 42.6 kg "
        "on Wednesday 9 June 2027; the list shows 3 entries, the average reads 41.9 kg and the gain "
        "since the first entry reads 1.4 kg; after a reload all 3 entries are still there"
        + END.format(L="English"),
        trap="honey jars sold at the farm gate point to a store; negation 'I don't need a shop or prices'",
        story=True)
w = [41.2, 41.9, 42.6]
wd(2027, 6, 7, "Monday"); wd(2027, 6, 8, "Tuesday"); wd(2027, 6, 9, "Wednesday")
assert round(sum(w) / 3, 1) == 41.9; shows(p, "average reads 41.9 kg")
assert round(w[-1] - w[0], 1) == 1.4; shows(p, "reads 1.4 kg")
assert len(w) == 3; shows(p, "shows 3 entries")

p = add("de", "tracker", "fullstack",
        "Hallo zusammen! Ich bin Trainerin im Ruderclub Wanne-Eickel, wir sind so um die 25 "
        "Aktiven. Bisher schreibt jeder seine Kilometer auf einen Zettel im Bootshaus, und am "
        "Monatsende fehlt die Hälfte. Jedes Mitglied soll sich einloggen und pro Tag seine "
        "geruderten Kilometer eintragen können, mit Wochensumme und einer Serie (wie viele Tage am "
        "Stück er auf dem Wasser war). Ich als Trainerin will die Einträge von allen sehen, die "
        "Mitglieder nur ihre eigenen. Eine Rangliste wollen wir ausdrücklich nicht, das soll kein "
        "Wettkampf werden.",
        "rowing club members logging kilometres per day, with weekly total and streak; coach sees all",
        "Member account 'Jonas' logs 12 km on Monday 3 May 2027, 8,5 km on Tuesday 4 May 2027 and "
        "10 km on Wednesday 5 May 2027; his weekly total reads 30,5 km and his streak reads 3 days; "
        "member account 'Lea' signs in and cannot see Jonas's entries; the coach account sees the "
        "entries of both members; no ranking of members is shown" + END.format(L="German"),
        trap="negation 'Eine Rangliste wollen wir ausdrücklich nicht' names the leaderboard shape; coach/member roles",
        story=True)
km = [12, 8.5, 10]
wd(2027, 5, 3, "Monday"); wd(2027, 5, 4, "Tuesday"); wd(2027, 5, 5, "Wednesday")
shows(p, "weekly total reads " + num(sum(km), 1, "de") + " km")
assert sum(km) == 30.5
days = [datetime.date(2027, 5, 3), datetime.date(2027, 5, 4), datetime.date(2027, 5, 5)]
streak = 1 + sum(1 for a, b in zip(days, days[1:]) if (b - a).days == 1)
assert streak == 3; shows(p, "streak reads 3 days")

p = add("pt", "tracker", "web",
        "oi! preciso de um app pra anotar a pressão da minha mãe (82 anos) todo dia de manhã, tipo "
        "13 por 8, e ver a média da semana pra levar no cardiologista. nada de marcar consulta nem "
        "agenda, só anotar msm e ver a média",
        "daily blood pressure log for an elderly mother, with weekly average",
        "Log 130/80 on Monday 1 March 2027, 140/90 on Tuesday 2 March 2027 and 126/82 on Wednesday "
        "3 March 2027; the list shows 3 readings and the weekly average reads 132/84; after a reload "
        "all 3 readings are still there" + END.format(L="Portuguese"),
        trap="negation 'nada de marcar consulta nem agenda' points at booking; readings written '13 por 8'")
wd(2027, 3, 1, "Monday"); wd(2027, 3, 2, "Tuesday"); wd(2027, 3, 3, "Wednesday")
sy, di = [130, 140, 126], [80, 90, 82]
assert sum(sy) % 3 == 0 and sum(di) % 3 == 0
shows(p, f"average reads {sum(sy) // 3}/{sum(di) // 3}")
assert (sum(sy) // 3, sum(di) // 3) == (132, 84)

p = add("it", "tracker", "web",
        "Buongiorno, ho un piccolo uliveto in Sabina e da tre anni segno la pioggia del pluviometro "
        "su un quaderno che ormai cade a pezzi. Vorrei una paginetta dove inserire ogni giorno i "
        "millimetri caduti, con il totale del mese e la media giornaliera. La molitura al frantoio "
        "la prenotiamo per telefono e va bene così, non mi serve prenotare niente. Mi basta che i "
        "dati restino salvati anche se chiudo il browser. Grazie mille a chi mi aiuta!",
        "daily rainfall log for an olive grove, with monthly total and daily average",
        "Enter 12 mm on Monday 4 October 2027, 0 mm on Tuesday 5 October 2027 and 7,5 mm on "
        "Wednesday 6 October 2027; the list shows 3 days, the month total reads 19,5 mm and the "
        "daily average reads 6,5 mm; after a reload the 3 entries are still there"
        + END.format(L="Italian"),
        trap="booking the olive mill ('la prenotiamo') in passing, then 'non mi serve prenotare niente'; a 0 mm day must count",
        story=True)
wd(2027, 10, 4, "Monday"); wd(2027, 10, 5, "Tuesday"); wd(2027, 10, 6, "Wednesday")
mm = [12, 0, 7.5]
shows(p, "total reads " + num(sum(mm), 1, "it") + " mm")
shows(p, "average reads " + num(sum(mm) / len(mm), 1, "it") + " mm")
assert (sum(mm), sum(mm) / 3) == (19.5, 6.5)

# --------------------------------------------------------------------------
# board
# --------------------------------------------------------------------------
p = add("fr", "board", "web",
        "Bonjour, je suis bénévole dans un atelier vélo associatif à Roubaix. Les gens nous "
        "déposent leur vélo et on perd la trace de qui en est où : le carnet papier est illisible. "
        "Je voudrais un tableau avec les colonnes Déposé, En réparation, Prêt et Rendu, où chaque "
        "vélo est une carte (nom du propriétaire + panne) qu'on fait glisser d'une colonne à "
        "l'autre. On ne vend rien ici ; les pièces ont un prix mais ça, on le note ailleurs. "
        "Merci d'avance !",
        "repair board for a community bike workshop (Déposé, En réparation, Prêt, Rendu)",
        "Add the cards 'Vélo de Mme Lefebvre - chaîne cassée' and 'VTT de Karim - freins' in "
        "Déposé; move Karim's card to En réparation; after a reload it is still in En réparation "
        "and Déposé holds 1 card" + END.format(L="French"),
        trap="'les pièces ont un prix' and 'on ne vend rien' point to a store; 'tableau' means a board here",
        story=True)
cols = {"Déposé": ["Lefebvre", "Karim"], "En réparation": []}
cols["Déposé"].remove("Karim"); cols["En réparation"].append("Karim")
assert len(cols["Déposé"]) == 1; shows(p, "Déposé holds 1 card")

p = add("es", "board", "fullstack",
        "Somos 4 en un taller de cerámica en Talavera y necesitamos un tablero tipo kanban con "
        "columnas Torno, Secado, Horno, Esmaltado y Listo. Cada uno con su usuario, que todos "
        "veamos las mismas piezas y cualquiera pueda moverlas de columna. Que no lo vea nadie de fuera.",
        "shared kanban board for a pottery workshop's pieces (Torno to Listo)",
        "Account 'Maribel' adds the card 'Jarra azul 30 cm' in Torno and moves it to Secado; "
        "account 'Tomás' signs in, sees the card in Secado and moves it to Horno; after a reload "
        "both accounts see it in Horno; a signed-out visitor sees no cards" + END.format(L="Spanish"))

p = add("de", "board", "web",
        "Kanban-Board für unsere Modellbahn-Anlage im Keller bitte: Spalten Geplant / Im Bau / "
        "Fertig, jede Karte ein Bauabschnitt (Bahnhof, Tunnel, Brücke usw). Karten verschieben, und "
        "nach dem Neuladen sollen sie da bleiben wo sie waren",
        "kanban board for building a model railway layout",
        "Add the cards Bahnhof, Tunnel and Brücke in Geplant; move Tunnel to Im Bau and Brücke to "
        "Fertig; after a reload Geplant, Im Bau and Fertig hold 1 card each" + END.format(L="German"))
cols = {"Geplant": ["Bahnhof", "Tunnel", "Brücke"], "Im Bau": [], "Fertig": []}
cols["Geplant"].remove("Tunnel"); cols["Im Bau"].append("Tunnel")
cols["Geplant"].remove("Brücke"); cols["Fertig"].append("Brücke")
assert [len(v) for v in cols.values()] == [1, 1, 1]; shows(p, "hold 1 card each")

p = add("it", "board", "web",
        "Sono il segretario della confraternita di San Rocco a Scanno, in Abruzzo. Ogni agosto "
        "organizziamo la festa patronale e ogni anno ci dimentichiamo metà delle cose, perché sta "
        "tutto nella testa del priore. Quest'anno vorrei una bacheca a colonne, Da fare, In corso e "
        "Fatto, come quelle di Trello, dove ogni incarico (luminarie, banda, permesso del Comune) è "
        "un cartellino che si sposta da una colonna all'altra. Non una semplice lista di cose da "
        "fare con le spunte: ci servono proprio le colonne. Vi ringrazio di cuore.",
        "column board for a confraternity organising its patron saint's feast",
        "Add the cards 'Luminarie', 'Banda musicale' and 'Permesso del Comune' in Da fare; move "
        "'Banda musicale' to In corso and 'Permesso del Comune' to Fatto; after a reload Da fare, "
        "In corso and Fatto hold 1 card each" + END.format(L="Italian"),
        trap="a to-do list with ticks is named only to be rejected; the 'festa' and 'banda' are not an event landing page",
        story=True)
cols = {"Da fare": ["Luminarie", "Banda musicale", "Permesso del Comune"], "In corso": [], "Fatto": []}
cols["Da fare"].remove("Banda musicale"); cols["In corso"].append("Banda musicale")
cols["Da fare"].remove("Permesso del Comune"); cols["Fatto"].append("Permesso del Comune")
assert [len(v) for v in cols.values()] == [1, 1, 1]; shows(p, "hold 1 card each")

# --------------------------------------------------------------------------
# booking
# --------------------------------------------------------------------------
p = add("en", "booking", "web",
        "need a simple booking page for my farrier rounds. clients pick a 1 hour slot, tuesdays and "
        "thursdays 8am till 12. once a slot's booked nobody else can take it. put the yard name + "
        "how many horses on each booking",
        "booking page for a farrier's one-hour morning slots",
        "Book the 9:00 slot on Tuesday 6 April 2027 for 'Hollybrook Stables - 2 horses'; that slot "
        "shows as taken and 3 of 4 morning slots are left on that day; after a reload it is still "
        "taken" + END.format(L="English"))
wd(2027, 4, 6, "Tuesday")
slots = list(range(8, 12)); slots.remove(9)
assert len(range(8, 12)) == 4 and len(slots) == 3; shows(p, "3 of 4 morning slots are left")

p = add("fr", "booking", "fullstack",
        "Dans notre village du Tarn, on a restauré le vieux four à pain communal. Les habitants "
        "veulent le réserver pour cuire leur pain ou des pizzas, par créneaux de 2 heures le samedi "
        "et le dimanche (8h-10h, 10h-12h, 14h-16h, 16h-18h). Aujourd'hui c'est une feuille scotchée "
        "sur la porte de la mairie, et on a déjà eu deux doubles réservations. Chaque foyer aurait "
        "un compte, et quand un créneau est pris les autres le voient pris. Le maire doit pouvoir "
        "annuler une réservation. Pas besoin d'une carte des pizzas, hein !",
        "booking of two-hour slots at a village's communal bread oven, mayor can cancel",
        "Account 'Famille Vidal' books 10:00-12:00 on Saturday 8 May 2027; account 'Paul Bonnet' "
        "sees that slot taken, cannot book it and books 14:00-16:00 instead; Saturday 8 May 2027 "
        "then shows 2 of 4 slots left; Paul cannot cancel the Vidal booking; the mayor's account "
        "cancels it and the slot is free again (3 of 4 left)" + END.format(L="French"),
        trap="negation 'Pas besoin d'une carte des pizzas' points to a menu; a mayor role can cancel",
        story=True)
wd(2027, 5, 8, "Saturday")
free = {"8-10", "10-12", "14-16", "16-18"}; n = len(free)
free -= {"10-12"}; free -= {"14-16"}
assert (len(free), n) == (2, 4); shows(p, "2 of 4 slots left")
free |= {"10-12"}
assert len(free) == 3; shows(p, "(3 of 4 left)")

p = add("pt", "booking", "fullstack",
        "Tenho um haras pequeno perto de Atibaia e dou aulas de equitação para crianças às quartas "
        "e sábados, das 14h às 18h, uma aula por hora. Hoje os pais marcam pelo WhatsApp e eu vivo "
        "confundindo quem vem em qual horário. Queria que cada pai ou mãe tivesse login, escolhesse "
        "um horário livre e colocasse o nome da criança. Horário marcado tem que aparecer ocupado "
        "pra todo mundo, mas os pais não podem ver os dados das outras famílias. Eu, como "
        "instrutora, vejo tudo.",
        "booking of hourly riding lessons for children; parents have accounts, instructor sees all",
        "Account 'Renata' books the 15:00 slot on Wednesday 14 April 2027 for her son Pedro; "
        "account 'Carlos' sees 15:00 taken on that day and books 16:00 for Beatriz; that Wednesday "
        "shows 2 of 4 slots left; Carlos does not see Pedro's name, only that 15:00 is taken; the "
        "instructor account sees both bookings with the children's names" + END.format(L="Portuguese"),
        story=True)
wd(2027, 4, 14, "Wednesday")
slots = list(range(14, 18)); n = len(slots); slots.remove(15); slots.remove(16)
assert (len(slots), n) == (2, 4); shows(p, "2 of 4 slots left")

p = add("es", "booking", "web",
        "En el club de astronomía tenemos un solo telescopio bueno y nos peleamos por él 😅. Quiero "
        "que cada socio pueda apartar su hora de telescopio las noches de viernes (21, 22 y 23 h) y "
        "que una vez apartada nadie más la pueda coger.",
        "reserving one-hour telescope slots on Friday nights at an astronomy club",
        "Reserve the 22:00 slot on Friday 9 July 2027 as 'Inés'; the 22:00 slot shows taken and 2 "
        "of 3 slots are left that night; trying to reserve 22:00 again is refused; after a reload "
        "it is still taken" + END.format(L="Spanish"),
        trap="booking named only indirectly ('apartar su hora', 'nadie más la pueda coger'); no word 'reserva'")
wd(2027, 7, 9, "Friday")
slots = [21, 22, 23]; slots.remove(22)
assert len(slots) == 2; shows(p, "2 of 3 slots are left")

# --------------------------------------------------------------------------
# directory
# --------------------------------------------------------------------------
p = add("es", "directory", "web",
        "Soy del grupo de senderismo Los Pies Cansados, de Arenas de San Pedro. Llevamos años "
        "apuntando las fuentes y manantiales de la Sierra de Gredos en una libreta, y cada socio "
        "tiene una versión distinta. Necesito un listado con el nombre de la fuente, el valle, si "
        "el agua es potable o no y una nota. Quiero poder buscar por nombre y filtrar por valle o "
        "por potable. No necesito GPS ni mapa ni nada de eso, solo el listado bien ordenado.",
        "listing of mountain springs for a hiking group, with search and filters",
        "Add 'Fuente del Cura' (valle del Tiétar, potable), 'Fuente de la Mora' (valle del "
        "Alberche, no potable) and 'Fuente Fría' (valle del Tiétar, potable); filtering by valle "
        "del Tiétar shows 2 springs; searching 'Mora' shows 1; after a reload all 3 are listed"
        + END.format(L="Spanish"),
        trap="negation 'No necesito GPS ni mapa' (GPS would be a can't-build); springs are places, not products",
        story=True)
rows = [("Fuente del Cura", "Tiétar"), ("Fuente de la Mora", "Alberche"), ("Fuente Fría", "Tiétar")]
assert sum(1 for r in rows if r[1] == "Tiétar") == 2; shows(p, "shows 2 springs")
assert sum(1 for r in rows if "Mora" in r[0]) == 1; shows(p, "searching 'Mora' shows 1")

p = add("de", "directory", "web",
        "Sortenverzeichnis für unseren Obst- und Gartenbauverein: alte Apfelsorten mit Name, "
        "Reifezeit (Monat), Geschmack und Standort auf der Streuobstwiese. Suche nach Name und "
        "Filter nach Reifezeit wär super.",
        "directory of old apple varieties for a fruit growers' association",
        "Add 'Gravensteiner' (Reifezeit August), 'Jakob Lebel' (September) and 'Schöner aus "
        "Boskoop' (Oktober); filtering by Oktober shows 1 variety; searching 'stein' shows "
        "Gravensteiner only; after a reload all 3 are listed" + END.format(L="German"))
rows = {"Gravensteiner": "August", "Jakob Lebel": "September", "Schöner aus Boskoop": "Oktober"}
assert sum(1 for v in rows.values() if v == "Oktober") == 1; shows(p, "Oktober shows 1 variety")
assert [k for k in rows if "stein" in k.lower()] == ["Gravensteiner"]

p = add("it", "directory", "fullstack",
        "Sono il coordinatore dei volontari della Misericordia di un paese vicino a Lucca, e siamo "
        "una sessantina. Quando serve un autista per un trasporto in dialisi passo mezz'ora al "
        "telefono a cercare chi ha il brevetto giusto. Vorrei un elenco dei volontari con nome, "
        "telefono, qualifica (autista, soccorritore, centralinista) e disponibilità (giorno, "
        "notte), con ricerca e filtri. I turni li gestiamo già con un altro foglio, qui serve solo "
        "l'elenco. Solo io e il vice dobbiamo poter aggiungere o togliere persone; i volontari "
        "possono solo consultare, e da fuori non si deve vedere niente.",
        "members-only directory of ambulance volunteers with qualifications; coordinators edit",
        "The coordinator account adds 'Giulia Ferri' (autista, notte) and 'Marco Bini' "
        "(soccorritore, giorno); the list shows 2 volunteers and filtering by autista shows 1 "
        "(Giulia Ferri); volunteer account 'Sara' can search and see both but has no add, edit "
        "or delete controls; a signed-out visitor sees no names" + END.format(L="Italian"),
        trap="'i turni' points to a sign-up sheet and 'trasporto in dialisi' to booking; only the listing is asked, with roles",
        story=True)
rows = {"Giulia Ferri": "autista", "Marco Bini": "soccorritore"}
assert len(rows) == 2; shows(p, "list shows 2 volunteers")
assert [k for k, v in rows.items() if v == "autista"] == ["Giulia Ferri"]; shows(p, "autista shows 1 (Giulia Ferri)")

p = add("fr", "directory", "web",
        "Bonjour, je voudrais un petit répertoire des plantes du jardin des simples de notre "
        "abbaye : nom, nom latin, usage, et carré où elle pousse (de 1 à 6). Avec une recherche et "
        "un filtre par carré. Merci beaucoup.",
        "directory of the plants in an abbey's herb garden",
        "Add 'Sauge officinale' (Salvia officinalis, carré 2), 'Mélisse' (Melissa officinalis, "
        "carré 2) and 'Consoude' (Symphytum officinale, carré 5); filtering by carré 2 shows 2 "
        "plants; searching 'Symphytum' shows Consoude only; after a reload all 3 are listed"
        + END.format(L="French"))
rows = {"Sauge officinale": 2, "Mélisse": 2, "Consoude": 5}
assert sum(1 for v in rows.values() if v == 2) == 2; shows(p, "carré 2 shows 2 plants")

# --------------------------------------------------------------------------
# leaderboard
# --------------------------------------------------------------------------
p = add("pt", "leaderboard", "web",
        "fazer um ranking da liga de truco do bairro, cada dupla com seus pontos, quem tem mais "
        "fica em cima. da pra editar os pontos dps de cada rodada?",
        "ranking of pairs in a neighbourhood truco card league",
        "Add the pairs 'Zeca e Tonho' with 9 points, 'Dona Cida e Neide' with 15 and 'Baiano e Lu' "
        "with 12; the ranking reads Dona Cida e Neide first, Baiano e Lu second, Zeca e Tonho "
        "third; after changing Zeca e Tonho to 18 points they move to first; after a reload the "
        "order is unchanged" + END.format(L="Portuguese"))
sc = {"Zeca e Tonho": 9, "Dona Cida e Neide": 15, "Baiano e Lu": 12}
assert ranking(sc) == ["Dona Cida e Neide", "Baiano e Lu", "Zeca e Tonho"]
sc["Zeca e Tonho"] = 18
assert ranking(sc)[0] == "Zeca e Tonho"

p = add("en", "leaderboard", "web",
        "I run the giant vegetable classes at our allotment society's autumn show in Barnsley. "
        "Every September we weigh the marrows, onions and leeks on the big scale and write the "
        "results on a chalkboard, which somebody always rubs out before the photos. I'd like a page "
        "where I enter each grower and the weight, and it ranks them heaviest first, one ranking "
        "per class. We already sell the raffle tickets on paper and we don't want a web page "
        "advertising the show, just the results. It needs to cope with decimals because 0.1 kg can "
        "decide it.",
        "ranking of growers by vegetable weight, one ranking per class, at an allotment show",
        "In the marrow class enter Derek Hollis 28.4 kg, Sue Parkin 31.0 kg and Arun Mehta 26.9 kg; "
        "the ranking lists Sue Parkin first, Derek Hollis second and Arun Mehta third; the onion "
        "class is a separate ranking; after a reload the order is unchanged" + END.format(L="English"),
        trap="'show', 'raffle tickets' and 'a web page advertising the show' point to landing/store; the score is a weight",
        story=True)
assert ranking({"Derek Hollis": 28.4, "Sue Parkin": 31.0, "Arun Mehta": 26.9}) == \
    ["Sue Parkin", "Derek Hollis", "Arun Mehta"]

p = add("fr", "leaderboard", "web",
        "Au club des aînés on fait un concours de belote chaque jeudi, en 2 manches. Je voudrais "
        "noter les points de chaque équipe par manche et que ça fasse le total et montre qui est "
        "devant qui.",
        "ranking of teams at a seniors' club belote contest, totals over two rounds",
        "Enter Roger/Lucienne 1620 and 1480, Marcel/Odette 1710 and 1250, Jeannot/Paulette 1390 and "
        "1800; the totals read 3100, 2960 and 3190 and the ranking lists Jeannot/Paulette first, "
        "Roger/Lucienne second, Marcel/Odette third; after a reload the order is unchanged"
        + END.format(L="French"),
        trap="ranking named only indirectly ('qui est devant qui'); two rounds must be summed, which also looks like a calculator")
tot = {"Roger/Lucienne": 1620 + 1480, "Marcel/Odette": 1710 + 1250, "Jeannot/Paulette": 1390 + 1800}
assert list(tot.values()) == [3100, 2960, 3190]; shows(p, "totals read 3100, 2960 and 3190")
assert ranking(tot) == ["Jeannot/Paulette", "Roger/Lucienne", "Marcel/Odette"]

p = add("de", "leaderboard", "fullstack",
        "Ich bin Sportleiter in einem kleinen Schützenverein im Sauerland. Für die Jahreswertung "
        "Luftgewehr tragen wir bisher alle Ergebnisse in eine Excel-Tabelle ein, die nur ich "
        "pflegen kann. Jeder Schütze soll ein Konto haben und seine Serien selbst eintragen, die "
        "Ringe werden zusammengezählt und die Rangliste zeigt den Besten oben. Niemand darf die "
        "Ergebnisse anderer ändern, nur ich als Sportleiter darf falsche Einträge löschen.",
        "shooting club annual ranking; shooters enter their own series, sports leader moderates",
        "Account 'Heinz' enters 371 and 368 rings (total 739); account 'Birgit' enters 380 and 375 "
        "rings (total 755); the ranking shows Birgit first with 755 and Heinz second with 739; "
        "Heinz cannot edit or delete Birgit's entries; the Sportleiter account deletes Heinz's 368 "
        "entry and Heinz's total reads 371" + END.format(L="German"),
        story=True)
h, b = [371, 368], [380, 375]
assert (sum(h), sum(b)) == (739, 755); shows(p, "(total 739)"); shows(p, "(total 755)")
assert ranking({"Heinz": sum(h), "Birgit": sum(b)}) == ["Birgit", "Heinz"]
h.remove(368); assert sum(h) == 371; shows(p, "total reads 371")

# --------------------------------------------------------------------------
# flashcards
# --------------------------------------------------------------------------
p = add("it", "flashcards", "web",
        "Ciao! A maggio ho l'esame per la patente nautica entro le 12 miglia e i segnali mi entrano "
        "da un orecchio ed escono dall'altro. Vorrei delle flashcard: davanti la domanda (per "
        "esempio una bandiera o un fanale), dietro la risposta, le giro con un clic e segno se "
        "l'ho indovinata. Alla fine voglio vedere il punteggio, tipo 7 su 10. Studio da sola, "
        "quindi non mi serve nessuna classifica con altre persone. Se riesco a importare le "
        "domande da un file CSV ancora meglio.",
        "flashcards for the signals of a boating licence exam, with score",
        "Add the cards 'Bandiera A' → 'Ho un sommozzatore in immersione', 'Fanale rosso' → 'Lato "
        "sinistro (babordo)' and 'Tre suoni brevi' → 'Sto andando indietro'; flipping the first "
        "card shows 'Ho un sommozzatore in immersione'; marking 2 right and 1 wrong shows a score "
        "of 2/3" + END.format(L="Italian"),
        trap="negation 'non mi serve nessuna classifica' points to a leaderboard; CSV import is an incidental feature word",
        story=True)
right, wrong = 2, 1
assert right + wrong == 3; shows(p, f"score of {right}/{right + wrong}")

p = add("es", "flashcards", "web",
        "Hola, soy catequista. Quisiera unas fichas para que los chavales de confirmación estudien: "
        "la pregunta delante, la respuesta detrás, darle la vuelta y que cuente los aciertos. Gracias!!",
        "flashcards for confirmation class with a count of right answers",
        "Add '¿Cuántos sacramentos hay?' → 'Siete', '¿Quién escribió la carta a los Corintios?' → "
        "'San Pablo' and '¿Qué se celebra en Pentecostés?' → 'La venida del Espíritu Santo'; flip "
        "the second card to see 'San Pablo'; marking 2 right and 1 wrong shows 2/3 (67%)"
        + END.format(L="Spanish"))
assert round(2 / 3 * 100) == 67; shows(p, "2/3 (67%)")

p = add("en", "flashcards", "web",
        "morse code flashcards for my ham radio exam pls. letter/number on the front, dots & dashes "
        "on the back, click to flip, keep score",
        "Morse code flashcards with score",
        "Add cards 'A' → '.-', 'Q' → '--.-', '7' → '--...' and 'K' → '-.-'; flipping 'Q' shows "
        "'--.-'; marking 3 right and 1 wrong shows a score of 3/4 (75%)" + END.format(L="English"))
assert round(3 / 4 * 100) == 75; shows(p, "3/4 (75%)")

p = add("pt", "flashcards", "fullstack",
        "Sou enfermeira e dou formação às auxiliares de um lar de idosos em Viseu. Queria que elas "
        "estudassem os sinais de alerta (desidratação, AVC, quedas) em cartões: pergunta de um "
        "lado, resposta do outro. Eu crio e edito os cartões; cada auxiliar entra com a sua conta, "
        "estuda e vê só a sua pontuação. Eu preciso de ver a pontuação de cada uma para saber quem "
        "precisa de reforço.",
        "flashcards on warning signs for care home aides; trainer writes cards and sees scores",
        "The trainer account adds 'Sinais de desidratação?' → 'Boca seca e urina escura', 'Sinais "
        "de AVC?' → 'Boca ao lado, fraqueza num braço, fala arrastada' and 'Depois de uma queda, o "
        "que fazer primeiro?' → 'Não levantar, avaliar e chamar a enfermeira'; account 'Fátima' "
        "flips the cards and marks 2 right and 1 wrong, her score reads 2/3; Fátima has no add or "
        "edit controls and cannot see other aides' scores; the trainer account sees Fátima's score "
        "2/3" + END.format(L="Portuguese"),
        story=True)
assert 2 + 1 == 3; shows(p, "score reads 2/3")

# --------------------------------------------------------------------------
# calculator
# --------------------------------------------------------------------------
p = add("de", "calculator", "web",
        "Ich verkaufe nebenbei Brennholz aus unserem Bauernwald im Allgäu. Die Kunden fragen "
        "ständig in Raummeter, Schüttraummeter oder Festmeter, und ich rechne jedes Mal am "
        "Küchentisch herum. Ich hätte gern ein Rechner-Formular: Festmeter eingeben, und es zeigt "
        "Raummeter (mal 1,4), Schüttraummeter (mal 2,0) und den Preis bei 85 € pro Raummeter. "
        "Einen Online-Shop oder Warenkorb brauche ich nicht, bestellt wird am Telefon.",
        "firewood volume converter (Festmeter to Raummeter and Schüttraummeter) with price",
        "Enter 3 Festmeter; the form shows 4,2 Raummeter, 6,0 Schüttraummeter and a price of "
        "357,00 €; changing it to 1 Festmeter shows 1,4 Raummeter and 119,00 €" + END.format(L="German"),
        trap="'verkaufe' and a price point to a store; negation 'Einen Online-Shop oder Warenkorb brauche ich nicht'",
        story=True)
for fm in (3, 1):
    rm, srm = round(fm * 1.4, 2), round(fm * 2.0, 2)
    shows(p, num(rm, 1, "de") + " Raummeter")
    shows(p, num(round(rm * 85, 2), 2, "de") + " €")
shows(p, num(3 * 2.0, 1, "de") + " Schüttraummeter")
assert round(3 * 1.4 * 85, 2) == 357.0 and round(1.4 * 85, 2) == 119.0

p = add("fr", "calculator", "web",
        "slt, il me faudrait un calculateur pour la bouillie bordelaise de la vigne : je rentre la "
        "surface en ha, la dose en kg/ha et le volume d'eau en L/ha, et ça me sort combien de "
        "produit et combien d'eau il faut au total",
        "spray mix calculator for a vineyard (product and water for a surface)",
        "Enter 2,5 ha, a dose of 3 kg/ha and 200 L/ha; the result reads 7,5 kg of product and 500 L "
        "of water; changing the surface to 1,2 ha gives 3,6 kg and 240 L" + END.format(L="French"))
for ha, kg, water in ((2.5, "7,5 kg", "500 L"), (1.2, "3,6 kg", "240 L")):
    assert num(round(ha * 3, 2), 1, "fr") + " kg" == kg and f"{round(ha * 200):d} L" == water
    shows(p, kg); shows(p, water)

p = add("it", "calculator", "web",
        "mi serve un calcolatore per la maglia: metto il campione (quante maglie in 10 cm) e la "
        "larghezza che voglio in cm, e mi dice quante maglie avviare, arrotondate",
        "knitting calculator: stitches to cast on from gauge and width",
        "Enter a gauge of 22 stitches per 10 cm and a width of 54 cm; the result reads 119 stitches "
        "(118,8 rounded); with 18 stitches and 50 cm it reads 90" + END.format(L="Italian"))
assert round(22 / 10 * 54, 1) == 118.8 and round(22 / 10 * 54) == 119
shows(p, "(" + num(22 / 10 * 54, 1, "it") + " rounded)")
assert round(18 / 10 * 50) == 90; shows(p, "reads 90")

p = add("es", "calculator", "web",
        "Soy el secretario de la comunidad de regantes de un pueblo de la Vega del Segura. Cada año "
        "calculamos a mano la cuota de cada comunero y siempre hay alguien que dice que está mal. "
        "La regla es sencilla: 42 € por hectárea, y además 1,5 horas de agua por hectárea a 3 € la "
        "hora. Quiero un formulario donde pongo las hectáreas y me sale las horas de agua y la "
        "cuota total. Los turnos de riego ya los reparte el acequiero, eso no hace falta. Tampoco "
        "quiero una lista de comuneros, solo la cuenta.",
        "irrigation association fee calculator from hectares",
        "Enter 4 hectares; the form shows 6 hours of water and a fee of 186,00 €; entering 2,5 "
        "hectares shows 3,75 hours and 116,25 €" + END.format(L="Spanish"),
        trap="'turnos de riego' points to sign-up/booking and 'lista de comuneros' to a directory, both negated; formula must be carried",
        story=True)
for ha in (4, 2.5):
    hours = ha * 1.5
    fee = round(ha * 42 + hours * 3, 2)
    if ha == 4:
        assert (hours, fee) == (6, 186.0); shows(p, "6 hours"); shows(p, num(fee, 2, "es") + " €")
    else:
        assert (hours, fee) == (3.75, 116.25)
        shows(p, num(hours, 2, "es") + " hours"); shows(p, num(fee, 2, "es") + " €")

# --------------------------------------------------------------------------
# signup
# --------------------------------------------------------------------------
p = add("en", "signup", "fullstack",
        "I'm the warden at a small Quaker meeting house in Lancaster. Every Thursday we serve a hot "
        "lunch for people sleeping rough, and we need three volunteers each week to make and bring "
        "soup. At the moment it's a clipboard in the kitchen and twice this winter nobody turned "
        "up. I'd like people to have a login, see the Thursdays with how many places are left, and "
        "put their own name down. It isn't a menu and nobody orders anything, it's just who's "
        "bringing soup. Volunteers should only be able to take their own name off; I need to be "
        "able to remove anyone.",
        "sign-up sheet for volunteers bringing soup to a weekly lunch, 3 places per Thursday",
        "Thursday 7 January 2027 has 3 places; account 'Ruth' signs up, then account 'Geoffrey' "
        "signs up; the date shows 1 place left and both names; Geoffrey cannot remove Ruth's name; "
        "the warden account removes Ruth and the date shows 2 places left" + END.format(L="English"),
        trap="soup and a hot lunch point to a menu (negated: 'It isn't a menu'); weekly Thursdays look like booking",
        story=True)
wd(2027, 1, 7, "Thursday")
names = ["Ruth", "Geoffrey"]
assert 3 - len(names) == 1; shows(p, "1 place left")
names.remove("Ruth"); assert 3 - len(names) == 2; shows(p, "2 places left")

p = add("pt", "signup", "web",
        "Preciso de uma folha de inscrição pras oficinas da associação de moradores: cada oficina "
        "tem data e 8 vagas, a pessoa coloca o nome e a vaga some. Quando lotar, fecha.",
        "sign-up sheet for a residents' association's workshops, 8 places each",
        "The workshop 'Crochê de tapete' on Saturday 13 March 2027 has 8 places; sign up 'Dona "
        "Lurdes' and 'Valéria'; it shows 6 places left and both names; after a reload it still "
        "shows 6 places left" + END.format(L="Portuguese"))
wd(2027, 3, 13, "Saturday")
assert 8 - 2 == 6; shows(p, "6 places left")

p = add("de", "signup", "fullstack",
        "Ich koordiniere die Helferinnen und Helfer bei unserer Tafel in Bad Hersfeld. "
        "Lebensmittelausgabe ist dienstags und freitags, und pro Ausgabe brauchen wir genau 4 "
        "Leute. Einen Kalender haben wir schon im Gemeindehaus hängen, es geht nur darum, dass sich "
        "jeder selbst für eine Ausgabe einträgt und man sieht, wie viele Plätze noch frei sind. "
        "Jeder soll ein eigenes Konto haben und nur sich selbst austragen können. Ich muss alle "
        "Einträge sehen und notfalls jemanden austragen können.",
        "sign-up for food bank distribution shifts, 4 helpers each; coordinator manages",
        "The distribution on Tuesday 2 February 2027 has 4 places; accounts 'Ute' and 'Hakan' sign "
        "up and it shows 2 places left; Ute can remove her own name but not Hakan's; the "
        "coordinator account sees both names and can remove Hakan; after a reload the counts are "
        "kept" + END.format(L="German"),
        trap="'Einen Kalender haben wir schon' and food distribution point to booking/menu; it is a sign-up with 4 places",
        story=True)
wd(2027, 2, 2, "Tuesday")
assert 4 - 2 == 2; shows(p, "2 places left")

p = add("it", "signup", "web",
        "ciao, foglio per iscriversi a portare i dolci alla sagra: crostata max 2, tiramisù max 2, "
        "ciambellone max 3. ognuno mette il nome sul dolce che porta, quando è pieno basta",
        "sign-up sheet for cakes to bring to a village fair, limited places per cake",
        "Sign 'Nonna Pina' and 'Lucia' up for Crostata; Crostata shows 0 places left and refuses a "
        "third name; Tiramisù still shows 2 places and Ciambellone 3; after a reload both names are "
        "still under Crostata" + END.format(L="Italian"))
cap = {"Crostata": 2, "Tiramisù": 2, "Ciambellone": 3}
taken = {"Crostata": 2, "Tiramisù": 0, "Ciambellone": 0}
left = {k: cap[k] - taken[k] for k in cap}
assert left == {"Crostata": 0, "Tiramisù": 2, "Ciambellone": 3}
shows(p, "Crostata shows 0 places left"); shows(p, "Tiramisù still shows 2 places and Ciambellone 3")

# --------------------------------------------------------------------------
# todo
# --------------------------------------------------------------------------
p = add("fr", "todo", "web",
        "Bonjour, il me faudrait une liste de choses à faire pour l'entrée de mon père en EHPAD le "
        "mois prochain, avec des dates limites et qu'on puisse cocher ce qui est fait. Rien de "
        "compliqué svp",
        "to-do list for moving a father into a care home, with due dates",
        "Add 'Résilier le contrat EDF' due Friday 15 January 2027, 'Trier les photos' and "
        "'Prévenir la banque' due Monday 18 January 2027; tick 'Trier les photos'; 2 tasks remain; "
        "after a reload the tick is still there" + END.format(L="French"))
wd(2027, 1, 15, "Friday"); wd(2027, 1, 18, "Monday")
assert 3 - 1 == 2; shows(p, "2 tasks remain")

p = add("es", "todo", "web",
        "Tengo un taller de tapicería y quiero una lista de tareas sencilla: cada tarea con el "
        "nombre del cliente y la fecha de entrega, marcar como hecha y que se queden guardadas.",
        "to-do list for an upholstery workshop with client and delivery date",
        "Add 'Butaca orejera - Sra. Gil' due Monday 31 May 2027 and 'Sofá 3 plazas - Bar Manolo' "
        "due Friday 4 June 2027; mark the first as done; 1 task remains; after a reload the done "
        "mark stays" + END.format(L="Spanish"))
wd(2027, 5, 31, "Monday"); wd(2027, 6, 4, "Friday")
assert 2 - 1 == 1; shows(p, "1 task remains")

p = add("pt", "todo", "fullstack",
        "Somos três irmãos cuidando da nossa avó em Campinas, cada um mora num canto. A gente se "
        "perde: ninguém sabe se alguém já comprou as fraldas ou levou ela no podólogo. Queria uma "
        "lista de tarefas compartilhada, cada irmão com seu login, onde qualquer um adiciona tarefa "
        "com prazo e marca quando fez. Os horários dos remédios a cuidadora já controla, não "
        "precisa de agenda nem de nada disso. Ninguém de fora pode ver.",
        "shared to-do list for siblings caring for their grandmother",
        "Account 'Luciana' adds 'Comprar fraldas geriátricas' and 'Levar a vó no podólogo' due "
        "Thursday 11 February 2027; account 'Rodrigo' ticks 'Comprar fraldas geriátricas'; Luciana "
        "sees it ticked after a reload and 1 task remains; a signed-out visitor sees no tasks"
        + END.format(L="Portuguese"),
        trap="'horários dos remédios' and 'agenda' point to booking/tracker (negated); the podiatrist visit is just a task",
        story=True)
wd(2027, 2, 11, "Thursday")
assert 2 - 1 == 1; shows(p, "1 task remains")

p = add("en", "todo", "web",
        "todo list for restoring my 1972 narrowboat. tasks, a due date on some, tick them off, keep "
        "the ticked ones at the bottom",
        "to-do list for restoring a narrowboat",
        "Add 'Blacking the hull' due Saturday 20 March 2027, 'Rewire the cabin lights' and 'Replace "
        "the tiller pin'; tick 'Replace the tiller pin'; 2 tasks remain and the ticked one is "
        "listed last; after a reload the tick stays" + END.format(L="English"))
wd(2027, 3, 20, "Saturday")
assert 3 - 1 == 2; shows(p, "2 tasks remain")

# --------------------------------------------------------------------------
# dashboard
# --------------------------------------------------------------------------
p = add("it", "dashboard", "web",
        "Gestisco il piccolo caseificio sociale di un paese della Val di Non: ogni mattina i soci "
        "conferiscono il latte e il sistema della cisterna mi esporta un file CSV. Il consiglio di "
        "amministrazione vuole vedere i numeri a colpo d'occhio: totale dei litri, media per socio "
        "e un grafico a barre per socio. Non voglio che i soci inseriscano niente a mano né una "
        "classifica di chi porta più latte, sono tutti parenti e finirebbe male. Voglio solo "
        "caricare il CSV e vedere cifre e grafico.",
        "dashboard of milk delivered per member at a cooperative dairy, from CSV",
        "Import a CSV with the rows 'Dallapiccola,420', 'Zanon,380' and 'Pancheri,500' (litres); "
        "the total reads 1300 L, the average per member reads 433,3 L and a bar chart shows 3 bars"
        + END.format(L="Italian"),
        trap="negation 'né una classifica' points to a leaderboard; daily deliveries look like a tracker but the data is a CSV",
        story=True)
milk = [420, 380, 500]
assert sum(milk) == 1300; shows(p, "total reads 1300 L")
shows(p, "average per member reads " + num(round(sum(milk) / 3, 1), 1, "it") + " L")

p = add("de", "dashboard", "web",
        "Dashboard für die Daten der Wetterstation unserer Schul-AG. Ich lade den CSV-Export hoch "
        "(Datum, Temperatur), und es soll Durchschnitt, Maximum, Minimum und ein Liniendiagramm zeigen.",
        "dashboard of a school club's weather station temperatures, from CSV",
        "Upload a CSV with Monday 1 February 2027 3,5 °C, Tuesday 2 February 2027 5,0 °C, Wednesday "
        "3 February 2027 -1,5 °C and Thursday 4 February 2027 2,0 °C; the page shows an average of "
        "2,25 °C, a maximum of 5,0 °C, a minimum of -1,5 °C and a line chart with 4 points"
        + END.format(L="German"))
for d, n_ in ((1, "Monday"), (2, "Tuesday"), (3, "Wednesday"), (4, "Thursday")):
    wd(2027, 2, d, n_)
t = [3.5, 5.0, -1.5, 2.0]
shows(p, "average of " + num(sum(t) / 4, 2, "de") + " °C")
shows(p, "maximum of " + num(max(t), 1, "de") + " °C")
shows(p, "minimum of " + num(min(t), 1, "de") + " °C")
assert sum(t) / 4 == 2.25

p = add("en", "dashboard", "fullstack",
        "We're a volunteer community minibus scheme covering a dozen villages in north Norfolk. "
        "Passengers book their rides by phone with Maureen and that stays as it is. What we need is "
        "a place where the drivers upload the monthly passenger counts as a CSV, and the trustees "
        "see the totals and a chart at the quarterly meeting. Drivers need a login to upload; "
        "trustees need a login to look but mustn't be able to change or delete anything. The "
        "public shouldn't see any of it.",
        "dashboard of monthly passenger counts for a community minibus; drivers upload, trustees view",
        "Driver account 'Pat' imports a CSV with January 412, February 388 and March 455 "
        "passengers; the total reads 1255 and the monthly average 418.3, with a chart of 3 months; "
        "trustee account 'Graham' sees the same figures and chart but has no import or delete "
        "controls; a signed-out visitor sees nothing" + END.format(L="English"),
        trap="'book their rides' points to booking, which stays on the phone; driver/trustee roles",
        story=True)
pax = [412, 388, 455]
assert sum(pax) == 1255; shows(p, "total reads 1255")
shows(p, "average " + num(sum(pax) / 3, 1, "en"))

p = add("fr", "dashboard", "web",
        "Je voudrais un tableau de bord pour la conso d'eau des jardins familiaux : j'importe un "
        "CSV (parcelle, m³) et ça affiche le total, la moyenne par parcelle et un graphique.",
        "dashboard of water use per allotment plot, from CSV",
        "Import a CSV with Parcelle 1 12,4 m³, Parcelle 2 8,1 m³, Parcelle 3 15,0 m³ and Parcelle 4 "
        "9,5 m³; the page shows a total of 45,0 m³, an average of 11,25 m³ per parcelle and a chart "
        "with 4 bars" + END.format(L="French"),
        trap="'tableau de bord' contains 'tableau', which elsewhere means a kanban board")
water = [12.4, 8.1, 15.0, 9.5]
shows(p, "total of " + num(round(sum(water), 2), 1, "fr") + " m³")
shows(p, "average of " + num(round(sum(water) / 4, 2), 2, "fr") + " m³")
assert round(sum(water), 2) == 45.0 and round(sum(water) / 4, 2) == 11.25

# --------------------------------------------------------------------------
# status
# --------------------------------------------------------------------------
p = add("es", "status", "web",
        "Somos una radio comunitaria en la sierra de Oaxaca y mucha gente nos escucha por internet "
        "desde Estados Unidos. Cuando se cae algo nos llaman por teléfono a preguntar, y no damos "
        "abasto. Quiero una página de estado con nuestros servicios (Transmisión FM, Streaming web, "
        "Línea de WhatsApp de avisos), que diga si cada uno funciona o está caído, con una barrita "
        "de los últimos 30 días y notas de incidentes. No quiero transmitir nada desde la página ni "
        "poner un reproductor, solo informar.",
        "status page for a community radio's services",
        "Services 'Transmisión FM', 'Streaming web' and 'Línea de WhatsApp de avisos' are listed; "
        "mark 'Streaming web' down on Tuesday 16 March 2027 with the note 'Corte de luz en el "
        "cerro'; the page shows it down with the note; with 1 day down out of the last 30 its "
        "uptime reads 96,7%" + END.format(L="Spanish"),
        trap="'Streaming' and 'transmitir' point to live audio/video (a can't-build), negated: only a status page is asked",
        story=True)
wd(2027, 3, 16, "Tuesday")
shows(p, "uptime reads " + num(round(29 / 30 * 100, 1), 1, "es") + "%")
assert round(29 / 30 * 100, 1) == 96.7

p = add("pt", "status", "web",
        "página de status do condomínio: elevador social, elevador de serviço e portão da garagem, "
        "se tá funcionando ou parado, com histórico de dias e um aviso do síndico",
        "status page for a building's lifts and garage gate",
        "List 'Elevador social', 'Elevador de serviço' and 'Portão da garagem'; mark 'Portão da "
        "garagem' down on Monday 15 March 2027 with the note 'Motor queimado, técnico vem amanhã'; "
        "with 2 days down out of 14 its uptime reads 85,7%; the other two read 100%"
        + END.format(L="Portuguese"))
wd(2027, 3, 15, "Monday")
shows(p, "uptime reads " + num(round(12 / 14 * 100, 1), 1, "pt") + "%")
assert round(12 / 14 * 100, 1) == 85.7

p = add("de", "status", "fullstack",
        "Wir betreiben ehrenamtlich einen kleinen Dorfskilift im Bayerischen Wald: zwei Schlepplifte "
        "und die Flutlichtanlage für den Nachtskilauf. Jeden Morgen rufen Dutzende Leute an und "
        "fragen, was läuft. Ich möchte eine Statusseite, auf der jeder Lift mit 'in Betrieb' oder "
        "'außer Betrieb', einem Balken über die letzten Tage und einer Notiz steht. Ändern darf das "
        "nur der Liftwart mit seinem Login, alle anderen sehen es nur. Tickets verkaufen wir an der "
        "Kasse, nicht online.",
        "status page for a village ski lift; only the lift attendant edits",
        "The Liftwart account sets 'Schlepplift Hörnle' down on Saturday 16 January 2027 with the "
        "note 'Seil wird geprüft'; a signed-out visitor sees it down with the note but has no edit "
        "controls; with 2 days down out of 10 its bar reads 80% uptime" + END.format(L="German"),
        trap="negation 'Tickets verkaufen wir ... nicht online' points to a store; lifts are the 'services' only indirectly",
        story=True)
wd(2027, 1, 16, "Saturday")
assert round(8 / 10 * 100) == 80; shows(p, "reads 80% uptime")

# --------------------------------------------------------------------------
# menu
# --------------------------------------------------------------------------
p = add("it", "menu", "fullstack",
        "Sono nel direttivo della Pro Loco di un paesino del Monferrato e a settembre facciamo la "
        "sagra della polenta. I camerieri volontari prendono le comande su foglietti che in cucina "
        "non riesce a leggere nessuno. Vorrei un menù con i piatti e i prezzi, dove il cameriere "
        "aggiunge i piatti per il tavolo, vede il totale e manda l'ordine in cucina. Ogni cameriere "
        "ha il suo accesso, la cucina vede tutti gli ordini, e i prezzi li può cambiare solo "
        "l'amministratore. I turni dei volontari li facciamo già su WhatsApp, quelli non c'entrano.",
        "menu and table orders for a village food fair; waiters order, kitchen sees, admin sets prices",
        "Waiter account 'Enzo' adds 2 × 'Polenta e funghi' (7,50 €) and 1 × 'Salsiccia alla "
        "brace' (6,00 €) for tavolo 12; the order total reads 21,00 €; the kitchen account sees the "
        "order for tavolo 12; Enzo cannot change dish prices; the admin account changes 'Salsiccia "
        "alla brace' to 6,50 €" + END.format(L="Italian"),
        trap="'I turni dei volontari' points to a sign-up sheet (negated); the 'sagra' is not an event landing page; three roles",
        story=True)
assert round(2 * 7.50 + 6.00, 2) == 21.0; shows(p, "total reads " + num(2 * 7.5 + 6, 2, "it") + " €")

p = add("fr", "menu", "web",
        "Je voudrais la carte de la buvette du club de rugby avec les prix, et qu'on puisse faire "
        "une commande (panier) : sandwichs, frites, boissons.",
        "menu of a rugby club's snack bar with an order basket",
        "Add 2 × 'Sandwich merguez' (4,50 €) and 3 × 'Bière pression' (3,00 €) to the order; the "
        "total reads 18,00 €; removing one beer brings it to 15,00 €" + END.format(L="French"))
assert 2 * 4.5 + 3 * 3.0 == 18.0 and 2 * 4.5 + 2 * 3.0 == 15.0
shows(p, "total reads " + num(18, 2, "fr") + " €"); shows(p, "brings it to " + num(15, 2, "fr") + " €")

p = add("en", "menu", "web",
        "Menu for the café on our island ferry so people can pre-order before boarding: bacon "
        "rolls, teas, soup etc with prices and a basket that adds up the total",
        "pre-order menu for an island ferry café with a basket",
        "Add 2 × 'Bacon roll' (£3.20) and 1 × 'Pot of tea' (£1.60); the basket total reads £8.00; "
        "adding 1 × 'Lentil soup' (£4.50) brings it to £12.50" + END.format(L="English"))
t1 = round(2 * 3.20 + 1.60, 2); t2 = round(t1 + 4.50, 2)
assert (t1, t2) == (8.0, 12.5); shows(p, f"£{t1:.2f}"); shows(p, f"£{t2:.2f}")

# --------------------------------------------------------------------------
# blog
# --------------------------------------------------------------------------
p = add("pt", "blog", "web",
        "Sou da comissão da capela de São Sebastião, numa comunidade rural perto de Garanhuns. "
        "Estamos reformando a capela com mutirão e doações, e o pessoal que mora fora quer "
        "acompanhar. Queria um blog simples: cada postagem com título, data e texto, a mais nova "
        "em cima. Não precisa de botão de doação nem de lista de tarefas da obra, isso a gente faz "
        "no caderno. Só quero contar as novidades.",
        "blog about the renovation of a rural chapel",
        "Publish 'Telhado trocado' dated Friday 5 March 2027 and 'Começou a pintura' dated Monday 15 "
        "March 2027; the list shows 'Começou a pintura' first; opening it shows its text; after a "
        "reload both posts are there" + END.format(L="Portuguese"),
        trap="'doações' points to a store and 'lista de tarefas da obra' to a to-do, both negated",
        story=True)
wd(2027, 3, 5, "Friday"); wd(2027, 3, 15, "Monday")
posts = {"Telhado trocado": datetime.date(2027, 3, 5), "Começou a pintura": datetime.date(2027, 3, 15)}
assert max(posts, key=posts.get) == "Começou a pintura"

p = add("es", "blog", "fullstack",
        "Somos la Asociación de Amigos del Ferrocarril de Zaragoza y restauramos material histórico "
        "los sábados. Varios socios quieren escribir crónicas de las restauraciones y de los "
        "viajes, pero no queremos que cualquiera pueda publicar. Necesito un blog donde solo los "
        "autores que yo autorice puedan escribir, y los demás socios entren con su cuenta para "
        "leer. Las entradas más recientes arriba, con título, fecha y texto.",
        "blog of a railway heritage association; only authorised authors publish, members read",
        "Author account 'Jaime' publishes 'Restauración de la locomotora Mikado' dated Saturday 20 "
        "February 2027; author account 'Nuria' publishes 'Viaje a Canfranc' dated Sunday 7 March "
        "2027, which is listed first; reader account 'Elena' reads both but has no publish or edit "
        "controls" + END.format(L="Spanish"),
        story=True)
wd(2027, 2, 20, "Saturday"); wd(2027, 3, 7, "Sunday")
assert datetime.date(2027, 3, 7) > datetime.date(2027, 2, 20)

p = add("it", "blog", "web",
        "blog per il gruppo speleo: resoconti delle uscite con titolo, data e testo, dal più "
        "recente. niente di più",
        "blog of a caving group's trip reports",
        "Publish 'Grotta del Cervo, ramo nuovo' dated Sunday 7 March 2027 and 'Corso di "
        "progressione su corda' dated Saturday 13 March 2027; the list shows the 13 March post "
        "first; opening it shows its text; after a reload both are there" + END.format(L="Italian"))
wd(2027, 3, 7, "Sunday"); wd(2027, 3, 13, "Saturday")
assert datetime.date(2027, 3, 13) > datetime.date(2027, 3, 7)

# --------------------------------------------------------------------------
# store
# --------------------------------------------------------------------------
p = add("de", "store", "web",
        "Ich mache seit acht Jahren Seife von Hand, mit der Milch von unseren eigenen Ziegen auf der "
        "Schwäbischen Alb. Bisher verkaufe ich nur auf Märkten, jetzt möchten Stammkunden auch "
        "online bestellen. Ich brauche einen kleinen Shop mit Produkten, Preisen, Warenkorb und "
        "einer Kasse, wo man Name und Adresse angibt. Die Ziegen haben zwar alle Namen, aber ein "
        "Verzeichnis der Tiere will ich nicht. Und bitte keine Startseite mit Werbesprüchen, die "
        "Kunden kennen mich schon.",
        "web shop for handmade goat-milk soap with cart and checkout",
        "Add 2 × 'Ziegenmilchseife Lavendel' (6,90 €) and 1 × 'Rasierseife Sandelholz' (9,50 €) to "
        "the cart; the cart total reads 23,30 €; the checkout form asks for name and address and "
        "shows 23,30 €; after a reload the cart still holds 3 items" + END.format(L="German"),
        trap="negation 'ein Verzeichnis der Tiere will ich nicht' points to a directory; 'keine Startseite mit Werbesprüchen' to a landing page",
        story=True)
tot = round(2 * 6.90 + 9.50, 2)
assert tot == 23.3; shows(p, "cart total reads " + num(tot, 2, "de") + " €")
assert 2 + 1 == 3; shows(p, "holds 3 items")

p = add("en", "store", "web",
        "online shop for my forge - hooks, pokers, bottle openers. product list with prices, cart, "
        "checkout. thats it",
        "web shop for a blacksmith's forge",
        "Add 3 × 'S-hook' (£4.50) and 1 × 'Fire poker' (£38.00) to the cart; the cart total reads "
        "£51.50; the checkout shows £51.50" + END.format(L="English"))
tot = round(3 * 4.50 + 38.00, 2)
assert tot == 51.5; shows(p, f"cart total reads £{tot:.2f}")

p = add("fr", "store", "fullstack",
        "Je suis relieuse à Besançon et je fabrique des carnets cousus main. Je voudrais une petite "
        "boutique en ligne : les clients créent un compte, ajoutent des carnets au panier et "
        "passent commande, et retrouvent leurs commandes dans leur compte. Moi seule dois pouvoir "
        "ajouter des produits et changer les prix. Un client ne doit jamais voir les commandes des "
        "autres.",
        "web shop for a bookbinder; only the owner adds products, customers see their own orders",
        "The owner account adds 'Carnet cousu main A5' at 24,00 € and 'Reliure japonaise' at "
        "18,50 €; customer account 'Hélène' adds 2 carnets and 1 reliure, the cart total reads "
        "66,50 € and she places the order; Hélène cannot add products or change prices; customer "
        "account 'Didier' does not see Hélène's order" + END.format(L="French"),
        story=True)
tot = round(2 * 24.00 + 18.50, 2)
assert tot == 66.5; shows(p, "cart total reads " + num(tot, 2, "fr") + " €")

# --------------------------------------------------------------------------
# landing (exactly 3, each asks for a landing page in so many words)
# --------------------------------------------------------------------------
p = add("es", "landing", "web",
        "Quiero una landing page para mi negocio de afilador ambulante: Afilados Ramón, voy por los "
        "pueblos de la comarca de la Vera con la furgoneta. Que salgan los servicios (cuchillos, "
        "tijeras, herramientas de campo) y mi teléfono 600 123 456.",
        "landing page for a travelling knife sharpener",
        "The page is a landing page titled 'Afilados Ramón' with the services cuchillos, tijeras "
        "and herramientas de campo, the area comarca de la Vera and the phone 600 123 456"
        + END.format(L="Spanish"),
        landing=True)

p = add("it", "landing", "web",
        "Ci serve una landing page per il concerto del nostro coro gospel, sabato 11 dicembre 2027 "
        "alle 21 nella chiesa di San Francesco a Lecce. Ingresso libero, con una sezione sul coro e "
        "il programma.",
        "landing page for a gospel choir's concert",
        "The landing page shows the gospel choir's concert on Saturday 11 December 2027 at 21:00 in "
        "the chiesa di San Francesco in Lecce, 'Ingresso libero', a section about the choir and the "
        "programme" + END.format(L="Italian"),
        landing=True)
wd(2027, 12, 11, "Saturday")

p = add("pt", "landing", "web",
        "Sou motorista aposentado e comecei um serviço de transporte de idosos em Ribeirão Preto: "
        "levo e busco em consultas, exames e na fisioterapia, com calma e ajudando a subir e descer "
        "do carro. Meus clientes são os filhos, que moram longe e procuram na internet. Quero uma "
        "landing page bonita que explique o serviço, passe confiança e mostre os preços: corrida "
        "na cidade R$ 35, ida e volta com espera R$ 60 e pacote mensal de 8 corridas R$ 250. O "
        "agendamento é pelo WhatsApp (16) 99123-4567, não precisa agendar pelo site. Nada de "
        "cadastro nem login.",
        "landing page with prices for an elderly transport service",
        "The landing page explains the elderly transport service in Ribeirão Preto and shows the "
        "prices R$ 35 (corrida na cidade), R$ 60 (ida e volta com espera) and R$ 250 (pacote mensal "
        "de 8 corridas, R$ 30 less than 8 single rides) and the WhatsApp number (16) 99123-4567; "
        "there is no booking form and no sign-in; page text in Portuguese",
        trap="'consultas' and 'agendamento' point to booking (negated: 'não precisa agendar pelo site'); the three prices must appear",
        story=True, landing=True)
assert 8 * 35 - 250 == 30; shows(p, "R$ 30 less than 8 single rides")

# --------------------------------------------------------------------------
# none (the honest outcome is to say it can't be built)
# --------------------------------------------------------------------------
p = add("en", "none", "web",
        "Can you build me an app that uses my phone camera to spot which of my ewes has foot rot "
        "from a photo of her feet? I've got 140 Texel crosses and I already keep a list of them "
        "with ear tag numbers.",
        "phone-camera app recognising foot rot in sheep from photos",
        "The honest result: the run says it can't build recognition of foot rot from phone-camera "
        "photos (a trained model on camera input) and does not present a flock list as if it were "
        "that" + END.format(L="English"),
        trap="'a list of them with ear tag numbers' points to a directory; the ask is camera plus a trained model")

p = add("fr", "none", "web",
        "Bonjour ! Je suis dans l'association des parents d'élèves d'une école de la Creuse et on "
        "organise la kermesse de juin. On voudrait un vrai jeu vidéo de plateforme, avec un petit "
        "personnage qui saute, des niveaux, des ennemis et de la musique, pour que les enfants "
        "jouent sur la tablette au stand. On avait pensé afficher les meilleurs scores, mais le "
        "cœur c'est le jeu. Les inscriptions des bénévoles pour tenir les stands, on les fait déjà "
        "sur papier.",
        "platform video game for a school fair",
        "The honest result: the run says it can't build a platform video game (jumping character, "
        "levels, enemies, music), instead of presenting a score leaderboard or a sign-up sheet as "
        "the game" + END.format(L="French"),
        trap="'meilleurs scores' points to a leaderboard and 'inscriptions des bénévoles' to a sign-up sheet; the ask is a game",
        story=True)

p = add("es", "none", "web",
        "necesito una app que encienda y apague los aspersores del invernadero por bluetooth según "
        "un horario, desde el móvil",
        "phone app switching greenhouse sprinklers over Bluetooth on a schedule",
        "The honest result: the run says it can't build control of the greenhouse sprinklers over "
        "Bluetooth from the phone (hardware control), instead of presenting a schedule or to-do "
        "list as if it did" + END.format(L="Spanish"),
        trap="'según un horario' points to booking/calendar; the ask is hardware control over Bluetooth")

p = add("de", "none", "web",
        "Unsere evangelische Kirchengemeinde in der Uckermark hat viele ältere Mitglieder, die "
        "sonntags nicht mehr in die Kirche kommen können. Wir möchten den Gottesdienst live mit "
        "Kamera und Ton übertragen, damit sie zu Hause am Tablet zuschauen können. Die "
        "Predigttexte stellen wir danach sowieso schon auf unsere Website. Es soll so einfach sein, "
        "dass der Küster die Übertragung mit einem Knopf startet.",
        "live video and audio stream of church services",
        "The honest result: the run says it can't build a live video and audio broadcast of the "
        "service from a camera, instead of presenting a blog of sermons as the stream"
        + END.format(L="German"),
        trap="'Predigttexte ... auf unsere Website' points to a blog; the ask is a live video stream",
        story=True)

p = add("pt", "none", "web",
        "app nativo pra cooperativa de caminhoneiros que mostre no mapa, em tempo real, onde está "
        "cada caminhão pelo GPS do celular do motorista",
        "native app with live GPS tracking of a truckers' cooperative's trucks",
        "The honest result: the run says it can't build a native app with live GPS tracking of the "
        "trucks on a map" + END.format(L="Portuguese"))

# --------------------------------------------------------------------------
# whole-set asserts
# --------------------------------------------------------------------------
SHAPES = ["tracker", "board", "booking", "directory", "leaderboard", "flashcards", "calculator",
          "status", "menu", "signup", "landing", "todo", "blog", "dashboard", "store"]
DATE_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r") (\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
SENT_RE = re.compile(r"[.!?]+(?=\s|$)")


def sentences(text):
    return len(SENT_RE.findall(text.strip()))


assert len(PROMPTS) == 60
for lang in LANG_NAME:
    assert sum(p["lang"] == lang for p in PROMPTS) == 10, lang
for s in SHAPES:
    assert sum(p["shape"] == s for p in PROMPTS) in (3, 4), s
assert sum(p["shape"] == "none" for p in PROMPTS) == 5
assert sum(p["mode"] == "fullstack" for p in PROMPTS) == 15
assert sum(p["asks_landing"] for p in PROMPTS) == 3
assert all(p["asks_landing"] == (p["shape"] == "landing") for p in PROMPTS)
assert 28 <= sum(p["trap"] is not None for p in PROMPTS) <= 32
assert sum(p["story"] for p in PROMPTS) == 30
for p in PROMPTS:
    n_s = sentences(p["text"])
    if p["story"]:
        assert 4 <= n_s <= 8, (n_s, p["text"][:60])
    else:
        assert n_s <= 3, (n_s, p["text"][:60])
    for m in DATE_RE.finditer(p["interaction"]):
        wdn, d, mon, y = m.group(1), int(m.group(2)), MONTHS.index(m.group(3)) + 1, int(m.group(4))
        wd(y, mon, d, wdn)
    for y in re.findall(r"\b(?:19|20)\d\d\b", p["interaction"]):
        assert y == "2027", (y, p["interaction"][:60])
    L = LANG_NAME[p["lang"]]
    if p["asks_landing"] and "R$" in p["interaction"]:
        assert p["interaction"].endswith(f"; page text in {L}")
    else:
        assert p["interaction"].endswith(f"; page text in {L}; no waitlist or pricing")

# --------------------------------------------------------------------------
# order (shuffled with random.Random(2929)) and TOML output
# --------------------------------------------------------------------------
order = list(PROMPTS)
random.Random(2929).shuffle(order)


def q(s):
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    assert all(ord(c) >= 0x20 for c in out)
    return '"' + out + '"'


lines = ["# Held-out quality prompts, spar29 (practice set). Generated by gen_prompts.py.", ""]
for i, p in enumerate(order, 1):
    lines.append(f"# {i}")
    if p["trap"]:
        lines.append(f"# trap: {p['trap']}")
    lines.append("[[prompt]]")
    lines.append(f"text = {q(p['text'])}")
    lines.append(f"mode = {q(p['mode'])}")
    lines.append(f"shape = {q(p['shape'])}")
    lines.append(f"lang = {q(p['lang'])}")
    lines.append(f"subject = {q(p['subject'])}")
    lines.append(f"interaction = {q(p['interaction'])}")
    lines.append(f"asks_landing = {'true' if p['asks_landing'] else 'false'}")
    lines.append("")

with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
print(f"wrote {OUT}: {len(order)} prompts")
