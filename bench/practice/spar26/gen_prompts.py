#!/usr/bin/python3
"""Generate quality_prompts_spar26.toml (spar26 practice set). Standard library only.

Every number in an interaction is computed here and asserted against the value written
by hand (num); every date is asserted to be in 2027 with the weekday written (day).
"""
import datetime
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "quality_prompts_spar26.toml")
LANGNAME = {"en": "English", "fr": "French", "es": "Spanish", "de": "German",
            "pt": "Portuguese", "it": "Italian"}
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August",
       "September", "October", "November", "December"]


def day(m, d, wd, y=2027):
    """Assert the weekday of a 2027 date; return it in English, e.g. 'Monday 5 April 2027'."""
    assert y == 2027
    dt = datetime.date(y, m, d)
    assert WD[dt.weekday()] == wd, (dt, wd, WD[dt.weekday()])
    return f"{wd} {d} {MON[m - 1]} {y}"


def num(computed, shown):
    """Assert a hand-written figure equals the computed one to its shown precision."""
    dec = len(shown.split(".")[1]) if "." in shown else 0
    assert abs(computed - float(shown)) <= 0.5 * 10 ** -dec + 1e-9, (computed, shown)
    return shown


P = []  # filled below, one dict per prompt


def add(lang, shape, mode, subject, text, interaction, nums=(), dates=(), trap=None,
        asks_landing=False):
    for shown in nums:
        assert shown in interaction, (shown, interaction)
    for d in dates:
        assert d in interaction or d is None, (d, interaction)
    end = f"; page text in {LANGNAME[lang]}"
    if not (shape == "landing" and "£" in text):
        end += "; no waitlist or pricing"
    interaction = interaction + end
    P.append(dict(lang=lang, shape=shape, mode=mode, subject=subject, text=text,
                  interaction=interaction, trap=trap, asks_landing=asks_landing))


# ---------------------------------------------------------------- en
a1, a2 = day(4, 5, "Monday"), day(4, 6, "Tuesday")
streak = (datetime.date(2027, 4, 6) - datetime.date(2027, 4, 5)).days + 1
add("en", "tracker", "web", "beekeeper's daily hive-weight log",
    "i keep 3 hives behind the barn and weigh them every evening (hive scale). need a simple "
    "thing to log date, hive name and weight in kg, and show me the avg per hive + a streak of "
    "how many days in a row i remembered. no calendar view pls, just a list",
    f"Log Hive A 41.2 kg on {a1}, Hive A 42.0 kg on {a2} and Hive B 38.5 kg on {a2}; the list "
    f"shows 3 entries, Hive A's average reads {num((41.2 + 42.0) / 2, '41.6')} kg and the streak "
    f"reads {num(streak, '2')} days; after a reload all 3 are still there",
    nums=["41.6"], trap="negation 'no calendar view' while entries are dated daily; 'hive scale' "
    "hints at hardware")

slots = len([s for s in range(0, 240, 45) if s + 45 <= 240])
add("en", "booking", "fullstack", "farrier's Saturday appointment slots at a livery yard",
    "Our farrier, Tom Hadley, comes out to the livery yard every Saturday morning. Could you "
    "make a booking app where the horse owners log in and pick a 45-minute slot between 8:00 "
    "and 12:00? Once a slot is booked nobody else should be able to take it, and Tom needs his "
    "own login to see all bookings with each horse's name. Thank you!",
    f"Owner account A signs in and books the 8:45 slot on {day(3, 6, 'Saturday')} for the horse "
    f"Biscuit; owner account B signs in, sees 8:45 taken and {num(slots - 1, '4')} of "
    f"{num(slots, '5')} slots left that day and cannot book 8:45; Tom's account sees the 8:45 "
    "booking with Biscuit")

pts = {1: 10, 2: 8, 3: 6}
r = {"Hughes": pts[1] + pts[3], "Patel": pts[2] + pts[1], "Okafor": pts[3] + pts[2]}
assert sorted(r, key=r.get, reverse=True) == ["Patel", "Hughes", "Okafor"]
add("en", "leaderboard", "web", "pigeon racing club season table",
    "Can you do a season table for the Millbrook Pigeon Racing Club? After each race I enter "
    "who came 1st, 2nd and 3rd - 1st gets 10 pts, 2nd 8, 3rd 6 - and it ranks the lofts by "
    "total points. Race dates and distances are on the club sheet already so don't worry about "
    "those.",
    "Enter race 1: Hughes 1st, Patel 2nd, Okafor 3rd; race 2: Patel 1st, Okafor 2nd, Hughes "
    f"3rd; the ranking reads Patel {num(r['Patel'], '18')}, Hughes {num(r['Hughes'], '16')}, "
    f"Okafor {num(r['Okafor'], '14')} in that order; after a reload it is unchanged",
    trap="incidental 'race dates and distances' point to a tracker or calendar; the shape is a "
    "ranking")

f1 = 40 * 0.5 + 55 * 0.25
f2 = 80 * 0.5 + 55 * 0.25
add("en", "calculator", "web", "ewe and lamb feed calculator for lambing season",
    "lambing's coming up. want a quick calc for the ewe nuts: number of ewes x 0.5 kg + number "
    "of lambs x 0.25 kg per day, and how many 25kg bags that is (round up). I already write the "
    "feeding in my notebook every day so I DON'T need a diary or log, just the sum",
    f"Enter 40 ewes and 55 lambs; the result reads {num(f1, '33.75')} kg per day and "
    f"{num(math.ceil(f1 / 25), '2')} bags of 25 kg; change the ewes to 80 and it reads "
    f"{num(f2, '53.75')} kg and {num(math.ceil(f2 / 25), '3')} bags",
    nums=["33.75", "53.75"], trap="negation: a daily feeding log is mentioned and refused; "
    "'per day' points to a tracker")

add("en", "none", "web", "phone camera mushroom identification for foragers",
    "I want an app for my phone that uses the camera to identify mushrooms when I'm out "
    "foraging - point it at a mushroom and it tells me the species and whether it's edible. "
    "Offline in the woods would be ideal.",
    "The honest result: the run says it can't build camera-based mushroom identification (it "
    "needs a phone camera and a trained model); no page claims to identify species")

sundays = [d for d in range(1, 32) if datetime.date(2027, 5, d).weekday() == 6]
add("en", "signup", "fullstack", "church altar-flower rota for the Sundays of May",
    "Hello, I look after the flower rota at St Aidan's. Each Sunday in May we need two people "
    "to do the altar arrangements. I'd love a sheet where our volunteers log in with their own "
    "account and put their name against a Sunday; once two have signed up that Sunday should "
    "show as full. Only I (the coordinator) should be able to take someone off. No need for a "
    "calendar, a simple list of the Sundays is fine.",
    f"Volunteer Margaret signs in and takes {day(5, 2, 'Sunday')}, which then shows "
    f"{num(2 - 1, '1')} of 2 places left; volunteer Ruth takes the same Sunday and it shows "
    f"full; a third volunteer, Joan, cannot sign up for 2 May but can for {day(5, 9, 'Sunday')}; "
    "Ruth cannot remove Margaret's name, the coordinator account can; the list shows the "
    f"{num(len(sundays), '5')} Sundays of May",
    trap="'rota' and 'Sunday' point to booking or a calendar, with the negation 'no need for a "
    "calendar'; it is a sign-up sheet with 2 places per date")

rows = [("A", 12), ("A", 9), ("B", 7)]
tot = sum(n for _, n in rows)
add("en", "dashboard", "web", "village volunteer minibus ridership charts from CSV",
    "We run a volunteer minibus for the villages around Ashby. I export a CSV every month "
    "(date, route, passengers). Could I get a page where I upload it and see charts - "
    "passengers per route, per weekday, and the average per day? Not looking to log trips by "
    "hand.",
    f"Import a CSV with rows {day(2, 1, 'Monday')} Route A 12, {day(2, 2, 'Tuesday')} Route A 9 "
    f"and {day(2, 2, 'Tuesday')} Route B 7; the figures read {num(tot, '28')} passengers in "
    f"total, Route A {num(12 + 9, '21')}, Route B 7 and {num(tot / 2, '14')} per day on average, "
    "with a chart per route",
    trap="'passengers per day' points to a tracker and the minibus to booking; negation 'not "
    "looking to log trips by hand'")

add("en", "landing", "web", "landing page for a mobile knife-sharpening van",
    "Need a landing page for my mobile knife sharpening van, Keen Edge. I park at farmers' "
    "markets around Shropshire. Show my prices: kitchen knife £4, scissors £5, garden shears "
    "£8, and my phone 07700 900123. Friendly, simple, one page.",
    "The page shows the name Keen Edge, the three prices kitchen knife £4, scissors £5 and "
    "garden shears £8, and the phone number 07700 900123; there is no sign-up form and no "
    "monthly plan", asks_landing=True)

add("en", "flashcards", "web", "Morse code flashcards for a radio club",
    "morse code flashcards for our radio club's beginners? letter on the front, dots and dashes "
    "on the back, tap to flip, and keep a score of right/wrong",
    f"The card A flips to show .- and the card B to -...; mark A right and B wrong; the score "
    f"reads 1 / 2 ({num(1 / 2 * 100, '50')}%)")

add("en", "status", "web", "makerspace equipment status page",
    "Could you build a status page for the Riverside Makerspace? Members keep asking whether "
    "things work before they drive in. Services: laser cutter, 3D printers, wifi, door keypad. "
    "Show up/down for each, a bar of the last 30 days, and a short incident note. (Booking the "
    "machines happens somewhere else, don't add that.)",
    f"Mark the laser cutter down with the note 'tube replaced on {day(3, 10, 'Wednesday')}' and "
    "the other three up; the page shows the laser cutter down with its note and the others up; "
    f"with 3 down days out of the last 30 the laser cutter's bar reads "
    f"{num((30 - 3) / 30 * 100, '90')}% uptime; after a reload the note is still there",
    trap="negation: machine booking is refused; 'members' hints at accounts but it is a web "
    "status page")

# ---------------------------------------------------------------- fr
add("fr", "board", "fullstack", "community bike-repair workshop kanban",
    "Bonjour, on est un atelier vélo associatif (la Roue Libre, à Tours). On voudrait un "
    "tableau type kanban avec les colonnes Réception, En réparation, Prêt à récupérer. Chaque "
    "bénévole a son compte, on crée une carte par vélo (nom du proprio, ce qui cloche, date "
    "d'arrivée) et on la fait glisser d'une colonne à l'autre. Les gens sans compte ne doivent "
    "rien voir. Merci d'avance !",
    f"Volunteer account A adds the card 'Vélo de Mme Roux - freins' (arrival "
    f"{day(3, 1, 'Monday')}) in Réception and moves it to En réparation; after a reload it is "
    "still in En réparation; volunteer account B sees it there and moves it to Prêt à "
    "récupérer; a visitor who is not signed in sees no cards",
    trap="incidental date field 'date d'arrivée' points to a tracker or calendar")

mins, pain = [20, 25, 30], [6, 4, 5]
add("fr", "tracker", "web", "knee rehabilitation exercise log",
    "salut ! je fais ma rééduc du genou, mon kiné m'a donné une liste d'exos. je voudrais noter "
    "chaque jour combien de minutes j'ai fait et ma douleur de 0 à 10, et voir le total de la "
    "semaine, la moyenne de douleur et ma série de jours d'affilée. pas besoin de cocher les "
    "exos un par un",
    f"Log {day(1, 11, 'Monday')} 20 min pain 6, {day(1, 12, 'Tuesday')} 25 min pain 4 and "
    f"{day(1, 13, 'Wednesday')} 30 min pain 5; the week total reads {num(sum(mins), '75')} min, "
    f"the average pain {num(sum(pain) / 3, '5')} and the streak {num(3, '3')} days; after a "
    "reload the 3 entries are still there",
    trap="'liste d'exos' and 'cocher' point to a to-do list; it is a daily log with totals and "
    "a streak")

add("fr", "directory", "web", "directory of a rural market's producers",
    "Je voudrais un annuaire des producteurs du marché de Saint-Flour : nom, ce qu'ils font "
    "(fromage, miel, légumes...), la commune, les jours où ils sont là. Avec une recherche et "
    "un filtre par produit. On ne vend rien en ligne, c'est juste pour que les gens sachent qui "
    "trouver.",
    "Add 'Ferme du Lac' (fromage, Allanche) and 'Les Ruchers d'Anna' (miel, Murat); filtering "
    "on miel shows only Les Ruchers d'Anna; searching 'Allanche' shows only Ferme du Lac; after "
    "a reload both are listed",
    trap="'producteurs', 'marché' and products point to a store; negation 'on ne vend rien en "
    "ligne'")

c1 = 2 * 8.50 + 4.00
add("fr", "menu", "web", "crêpe food-truck menu with a cart",
    "Menu pour mon food truck de crêpes « La Bigoudène » : galette complète 8,50 €, galette "
    "saucisse 6,90 €, crêpe beurre-sucre 3,20 €, bolée de cidre 4,00 €. Les clients "
    "choisissent, ça fait un panier avec le total, et ils passent commande au camion.",
    f"Add 2 galettes complètes and 1 bolée de cidre; the cart reads {num(3, '3')} items and a "
    f"total of {num(c1, '21.00')} €; add a crêpe beurre-sucre and the total reads "
    f"{num(c1 + 3.20, '24.20')} €")

add("fr", "calculator", "web", "potter's clay shrinkage calculator",
    "Bonjour, je suis potière. J'aimerais un petit calculateur pour le retrait de l'argile : je "
    "rentre la taille en cru et le pourcentage de retrait (ça dépend de la terre), et ça me "
    "donne la taille après cuisson. Et l'inverse si possible : quelle taille tourner pour "
    "obtenir une taille finale. Merci beaucoup",
    f"Enter 30 cm with 12% shrinkage; the result reads {num(30 * (1 - 0.12), '26.4')} cm; in "
    f"the reverse direction, a final size of 22 cm at 12% reads {num(22 / 0.88, '25')} cm to "
    "throw", nums=["26.4"])

add("fr", "blog", "web", "parish choir news blog",
    "Un petit blog pour la chorale de la paroisse Saint-Martin : des articles avec un titre, "
    "une date et le texte (comptes rendus des concerts, nouvelles), le plus récent en haut. Les "
    "dates des répétitions, on les met dans les articles, pas besoin d'un agenda.",
    f"Publish 'Reprise des répétitions' dated {day(9, 8, 'Wednesday')} and 'Concert de Noël' "
    f"dated {day(12, 18, 'Saturday')}; the list shows 'Concert de Noël' first; opening it shows "
    "its text; after a reload both posts are there",
    trap="'dates des répétitions' points to a calendar or booking; negation 'pas besoin d'un "
    "agenda'")

add("fr", "none", "web", "Raspberry Pi motor control of a chicken-coop door",
    "je voudrais une appli qui ouvre et ferme toute seule la porte de mon poulailler au "
    "lever/coucher du soleil, branchée sur un raspberry pi avec un moteur. et qui m'envoie une "
    "notif si la porte reste coincée",
    "The honest result: the run says it can't build control of the coop door motor through a "
    "Raspberry Pi (hardware control); no page pretends to open the door")

add("fr", "store", "fullstack", "bookbinding workshop online shop",
    "Bonjour ! Je tiens un atelier de reliure à Lyon et je voudrais une boutique en ligne : mes "
    "carnets et papiers avec photo et prix, un panier et une commande. Moi seule (la "
    "propriétaire) peux ajouter ou modifier les produits ; les clients créent un compte pour "
    "commander et retrouver leurs commandes.",
    "The owner account adds 'Carnet cuir A5' at 32.00 € and 'Papier marbré (lot de 5)' at "
    "12.50 €; a customer account adds 1 carnet and 2 lots to the cart, which reads "
    f"{num(32.00 + 2 * 12.50, '57.00')} €, and places the order, which appears in its orders; "
    "the customer cannot add a product or change a price")

add("fr", "signup", "web", "village fête volunteer shift sign-up sheet",
    "Pour la fête du village (samedi 3 juillet) il nous faut des bénévoles. Je voudrais une "
    "feuille d'inscription : buvette 14h-16h (3 places), buvette 16h-18h (3 places), rangement "
    "18h-20h (4 places). Les gens mettent leur prénom sur un créneau et on voit combien de "
    "places il reste.",
    f"Sign Lucie and Marc up for buvette 14h-16h on {day(7, 3, 'Saturday')}; it shows "
    f"{num(3 - 2, '1')} place left; rangement 18h-20h still shows 4 places; add Julie and "
    "buvette 14h-16h shows full and refuses a 4th name; after a reload the names are still "
    "there",
    trap="'créneau' points to booking; it is a sign-up sheet with a number of places per shift")

bel = {"Dupont": 1200 + 980, "Martin": 1100 + 1150, "Leroy": 870 + 1010}
assert sorted(bel, key=bel.get, reverse=True) == ["Martin", "Dupont", "Leroy"]
add("fr", "leaderboard", "web", "seniors' club belote contest ranking",
    "coucou, au club des aînés on fait un concours de belote tous les jeudis. je voudrais un "
    "classement des équipes avec le total des points de toutes les parties, la meilleure en "
    "haut. equipes : Dupont, Martin, Leroy",
    "Enter the games Dupont 1200 and 980, Martin 1100 and 1150, Leroy 870 and 1010; the "
    f"ranking reads Martin {num(bel['Martin'], '2250')}, Dupont {num(bel['Dupont'], '2180')}, "
    f"Leroy {num(bel['Leroy'], '1880')} in that order; after a reload it is unchanged",
    trap="'tous les jeudis' is an incidental weekly date and a card-game contest points to a "
    "game; it is a ranking")

# ---------------------------------------------------------------- es
add("es", "booking", "web", "motorcycle workshop pre-inspection appointments",
    "Hola! tengo un taller de motos en Albacete y quiero q los clientes reserven cita para la "
    "revisión pre-ITV. Citas de 30 min de lunes a viernes de 9:00 a 13:00. Cuando alguien coge "
    "una hora ya no puede cogerla nadie mas. Q ponga el modelo de la moto y el nombre.",
    f"Book 10:30 on {day(1, 14, 'Thursday')} for 'Honda CB500 - Javier'; that slot shows taken "
    f"and the day shows {num(240 / 30 - 1, '7')} of {num(240 / 30, '8')} slots left; after a "
    "reload it is still taken and cannot be booked again")

add("es", "todo", "web", "religious brotherhood pilgrimage preparation to-do list",
    "Necesito una lista de tareas para preparar la romería de nuestra hermandad: encargar las "
    "flores, revisar la carreta, pedir permiso al ayuntamiento... con fecha límite y poder "
    "marcarlas como hechas. No necesito calendario ni nada, solo la lista.",
    f"Add 'Encargar las flores' due {day(5, 21, 'Friday')}, 'Revisar la carreta' and 'Pedir "
    f"permiso al ayuntamiento'; mark 'Revisar la carreta' done; the list shows "
    f"{num(3 - 1, '2')} pending; after a reload it is still done",
    trap="negation 'no necesito calendario' while tasks have due dates")

add("es", "directory", "fullstack", "directory of home caregivers for elderly people",
    "Buenas tardes. Coordino un grupo de cuidadoras de personas mayores en Villarrobledo y me "
    "gustaría un directorio: nombre, zona, idiomas y disponibilidad (mañanas, tardes, noches). "
    "Las familias se registran y pueden buscar y filtrar; solo yo, como coordinadora, puedo "
    "añadir o cambiar fichas.",
    "The coordinator account adds 'Rosa Medina' (Zona Norte, noches) and 'Pilar Ortega' "
    "(Centro, mañanas); a family account filters on noches and sees only Rosa Medina; the "
    "family account cannot edit or delete a card")

add("es", "flashcards", "web", "anatomy flashcards for a nursing-assistant exam",
    "hola, estudio para el examen de auxiliar de enfermería y quiero tarjetas de anatomía: "
    "pregunta delante, respuesta detrás, le doy la vuelta y digo si acerté. q me diga el "
    "porcentaje al final porfa",
    "The card '¿Cuál es el hueso más largo del cuerpo?' flips to 'El fémur'; answer 3 cards, 2 "
    f"right and 1 wrong; the score reads 2 / 3 ({num(2 / 3 * 100, '67')}%)")

kg = {"García": 1200 + 400, "López": 850}
add("es", "dashboard", "web", "olive cooperative deliveries dashboard from CSV",
    "En la cooperativa de aceite cada socio entrega aceituna y yo tengo un CSV con fecha, socio "
    "y kilos. Quiero un panel con gráficos: kilos por socio, kilos por semana y la media por "
    "entrega. No es un concurso, no hace falta ranking.",
    f"Import a CSV with rows {day(11, 8, 'Monday')} García 1200 kg, {day(11, 9, 'Tuesday')} "
    f"López 850 kg and {day(11, 12, 'Friday')} García 400 kg; the figures read "
    f"{num(sum(kg.values()), '2450')} kg in total, García {num(kg['García'], '1600')} kg, López "
    f"850 kg and {num(sum(kg.values()) / 3, '816.7')} kg per delivery on average, with a chart "
    "per member", nums=["816.7"],
    trap="'kilos por socio' invites a leaderboard; negation 'no hace falta ranking'")

add("es", "calculator", "web", "old land-measure (fanega) to hectare converter",
    "Quiero una calculadora para pasar fanegas a hectáreas y al revés, que mi padre sigue "
    "hablando en fanegas. Usar 1 fanega = 0,644 ha (la de Castilla).",
    f"Enter 12 fanegas; the result reads {num(12 * 0.644, '7.728')} ha; enter 5 ha in the other "
    f"direction and it reads {num(5 / 0.644, '7.76')} fanegas", nums=["7.728", "7.76"])

add("es", "store", "web", "Talavera ceramics workshop online shop",
    "Tengo un taller de cerámica en Talavera y quiero una tienda online sencilla: catálogo con "
    "fotos y precios, carrito y pagar. Plato azul 24 cm 18 €, jarra de agua 27,50 €, azulejo "
    "suelto 6 €.",
    "Add 2 'Plato azul 24 cm' at 18.00 € and 1 'Jarra de agua' at 27.50 €; the cart reads "
    f"{num(2 * 18 + 27.50, '63.50')} €; remove one plate and it reads "
    f"{num(18 + 27.50, '45.50')} €; the checkout shows the same total",
    trap="'catálogo' points to a directory; it is a shop with cart and checkout")

add("es", "status", "web", "elderly day-centre facilities status page",
    "Para el centro de día de mayores 'Los Almendros' queremos una página de estado que vean "
    "las familias: ascensor, calefacción, furgoneta adaptada y teléfono. Cada uno funcionando o "
    "averiado, barras de los últimos 28 días y una nota de incidencia. Las plazas de la "
    "furgoneta NO se reservan aquí.",
    "Mark 'Furgoneta adaptada' down with the note 'averiada desde el lunes 8 de febrero de "
    f"2027' ({day(2, 8, 'Monday')}) and the rest up; the page shows the van down with its note; "
    f"with 2 down days out of 28 its bar reads {num(26 / 28 * 100, '92.9')}% uptime",
    nums=["92.9"], trap="negation: van seats are not booked here; families hint at accounts but "
    "it is a web status page")

add("es", "none", "web", "live GPS tracking of shepherds and flock",
    "Quiero una app para el móvil que use el GPS para seguir en directo dónde están los "
    "pastores y el rebaño en el monte, con mapa y alertas si se salen de la finca.",
    "The honest result: the run says it can't build live GPS tracking of shepherds and the "
    "flock on a phone; no page shows invented positions")

add("es", "signup", "fullstack", "astronomy club observation-outing sign-up sheet",
    "Hola! En la agrupación astronómica organizamos salidas de observación y la furgo tiene 8 "
    "plazas. Quiero una hoja de inscripción: cada socio con su cuenta se apunta a una salida y "
    "se ve cuántas plazas quedan. Nadie puede borrar a otro, solo la junta.",
    f"Member A signs up for 'Perseidas' on {day(8, 12, 'Thursday')} (8 places) and it shows "
    f"{num(8 - 1, '7')} left; member B sees 7 left, signs up and it shows {num(8 - 2, '6')}; "
    "member B cannot remove member A, the board (junta) account can",
    trap="'furgo' and outings point to booking; it is a sign-up sheet with places per outing "
    "and a board role")

# ---------------------------------------------------------------- de
add("de", "board", "web", "joinery workshop order kanban",
    "Hallo, für meine Schreinerei hätte ich gern ein Kanban-Board: Spalten Angefragt, "
    "Zuschnitt, Oberfläche, Fertig. Jeder Auftrag eine Karte mit Kunde und Liefertermin, und "
    "ich schieb sie rüber wenn's weitergeht.",
    f"Add the card 'Eichentisch Familie Berger' (delivery {day(1, 22, 'Friday')}) in Angefragt "
    "and move it to Zuschnitt; after a reload it is still in Zuschnitt; move it on to "
    "Oberfläche and it stays there",
    trap="'Liefertermin' points to booking or a calendar; the shape is a board")

add("de", "tracker", "fullstack", "rowing club members' daily distance log",
    "Moin! Für unseren Ruderverein: jedes Mitglied soll mit eigenem Konto seine geruderten "
    "Kilometer pro Tag eintragen und die Wochensumme sehen. Jeder sieht nur seins, der Trainer "
    "alles.",
    f"Member A logs 12 km on {day(6, 7, 'Monday')} and 9.5 km on {day(6, 9, 'Wednesday')} and "
    f"the week total reads {num(12 + 9.5, '21.5')} km; member B logs 15 km on "
    f"{day(6, 8, 'Tuesday')}, sees only their own 15 km and cannot edit A's entries; the coach "
    "account sees all three entries; after a reload A still reads 21.5 km", nums=["21.5"])

add("de", "directory", "web", "vintage tractor club spare-parts directory",
    "Wir sind ein Oldtimer-Traktor-Club (Lanz, Fendt, Hanomag). Ich möchte ein Verzeichnis, "
    "wer welches Ersatzteil im Schuppen hat: Teil, Modell, bei wem. Mit Suche und Filter nach "
    "Marke. Verkauft wird nichts, man leiht sich das untereinander.",
    "Add 'Zylinderkopfdichtung' (Lanz Bulldog, bei Karl) and 'Kühlerschlauch' (Fendt "
    "Dieselross, bei Anni); filtering on Fendt shows only Kühlerschlauch; searching 'Karl' "
    "shows only Zylinderkopfdichtung; after a reload both are listed",
    trap="'Ersatzteil' points to a shop; negation 'verkauft wird nichts'")

keg = {"Jürgen": 412 + 398, "Heike": 405 + 420}
assert keg["Heike"] > keg["Jürgen"]
add("de", "leaderboard", "fullstack", "skittles club season ranking",
    "Für unseren Kegelclub 'Alle Neune' bräuchten wir eine Rangliste: jeder Kegler meldet sich "
    "an und trägt seine Holz pro Abend ein, die Rangliste zählt alles zusammen. Nur der "
    "Vorstand darf Ergebnisse von anderen korrigieren.",
    "Jürgen's account enters 412 and 398, Heike's account enters 405 and 420; the ranking "
    f"reads Heike {num(keg['Heike'], '825')}, Jürgen {num(keg['Jürgen'], '810')} in that "
    "order; Jürgen cannot change Heike's scores, the Vorstand account can")

add("de", "flashcards", "fullstack", "hunting-licence exam flashcards for a hunters' association",
    "Guten Tag, wir bereiten im Hegering Leute auf die Jägerprüfung vor. Ich hätte gern "
    "Lernkarten: Frage vorne, Antwort hinten, umdrehen, Punkte zählen. Die Ausbilder legen "
    "Karten an, jeder Prüfling hat ein eigenes Konto mit eigenem Punktestand.",
    "The trainer account adds the card 'Was bedeutet Losung?' / 'Kot des Wildes'; student A "
    f"flips it, answers 2 cards with 1 right and sees 1 / 2 ({num(50, '50')}%); student B's "
    "score is separate and starts at 0; students cannot add or edit cards")

area = 4.2 * 3.5
t1, t2 = area * 1.10, area * 1.20
add("de", "calculator", "web", "tiler's tile and pack calculator",
    "rechner für fliesen bitte: länge x breite vom raum, plus verschnitt in %, und wie viele "
    "pakete à 1,44 m² ich brauch (aufrunden). bin fliesenleger",
    f"Enter 4.2 m by 3.5 m with 10% waste; the result reads {num(t1, '16.17')} m² and "
    f"{num(math.ceil(t1 / 1.44), '12')} packs; with 20% waste it reads {num(t2, '17.64')} m² "
    f"and {num(math.ceil(t2 / 1.44), '13')} packs", nums=["16.17", "17.64"])

add("de", "todo", "web", "farm handover to-do list",
    "Ich übergebe nächstes Jahr den Hof an meinen Sohn und verliere den Überblick. Eine "
    "einfache To-do-Liste mit Fälligkeit, abhaken, fertig. Z.B. Notartermin vorbereiten (bis "
    "Fr. 15.10.), Tierseuchenkasse ummelden, mit der Bank sprechen.",
    f"Add 'Notartermin vorbereiten' due {day(10, 15, 'Friday')}, 'Tierseuchenkasse ummelden' "
    "and 'Mit der Bank sprechen'; tick 'Tierseuchenkasse ummelden' off; the list shows "
    f"{num(2, '2')} open; after a reload it is still ticked",
    trap="'Notartermin' points to booking; it is a to-do list")

add("de", "menu", "fullstack", "sports-ground kiosk ordering for club members",
    "Hallo! Unser Sportverein möchte für den Kiosk am Sportplatz ein Bestellsystem: "
    "Speisekarte mit Preisen (Bratwurst 3,50 €, Pommes 2,80 €, Spezi 2,20 €), Warenkorb, "
    "bestellen. Mitglieder haben ein Konto und sehen nur ihre eigenen Bestellungen, der "
    "Kioskdienst sieht alle.",
    f"Member A orders 2 Bratwurst and 1 Spezi and the cart reads {num(2 * 3.50 + 2.20, '9.20')} "
    "€; the kiosk account sees that order; member B cannot see A's order")

add("de", "landing", "web", "landing page for a village repair café",
    "Wir brauchen eine Landingpage für unser Repair-Café im Gemeindehaus Oberweiler: Samstag, "
    "6. November 2027, 14–17 Uhr. Man bringt kaputte Toaster, Lampen, Fahrräder mit und wir "
    "reparieren zusammen. Kostenlos, Spende erwünscht. Anmeldung ist nicht nötig!",
    f"The page shows Repair-Café, Gemeindehaus Oberweiler, {day(11, 6, 'Saturday')} from 14 to "
    "17 Uhr and that it is free with donations welcome; there is no sign-up form",
    asks_landing=True, trap="negation 'Anmeldung ist nicht nötig' (no sign-up sheet); date and "
    "hours must be carried")

add("de", "none", "web", "live stork-nest webcam stream with hatch detection",
    "Wir haben eine Webcam am Storchennest auf dem Kirchturm. Ich möchte eine Seite, die den "
    "Livestream zeigt und automatisch erkennt, wann die Küken schlüpfen.",
    "The honest result: the run says it can't build a live video stream from the nest webcam "
    "with hatch detection; no page fakes a stream")

# ---------------------------------------------------------------- pt
blocks = (15 - 7) // 2
add("pt", "booking", "fullstack", "village communal bread-oven booking",
    "Olá! Na nossa aldeia temos um forno comunitário e queremos uma app para marcar o forno ao "
    "sábado: blocos de 2 horas das 7h às 15h. Cada vizinho entra com a sua conta e marca; "
    "quando um bloco está marcado mais ninguém o pode ocupar. Não é para vender pão, é só para "
    "organizar.",
    f"Dona Fátima's account books 9h-11h on {day(4, 24, 'Saturday')}; neighbour Manuel's "
    f"account sees it taken and {num(blocks - 1, '3')} of {num(blocks, '4')} blocks left and "
    "cannot book it, then books 11h-13h; after a reload both bookings are there",
    trap="'pão' points to a menu or shop; negation 'não é para vender pão'")

add("pt", "tracker", "web", "club swimming-pool daily water-test log",
    "preciso de registar todos os dias o cloro e o pH da piscina do clube e ver a média da "
    "semana. Coisa simples, sff",
    f"Log {day(5, 3, 'Monday')} chlorine 1.2 and pH 7.4 and {day(5, 4, 'Tuesday')} chlorine 1.6 "
    f"and pH 7.2; the averages read chlorine {num((1.2 + 1.6) / 2, '1.4')} and pH "
    f"{num((7.4 + 7.2) / 2, '7.3')}; after a reload both entries are there",
    nums=["1.4", "7.3"])

add("pt", "blog", "fullstack", "parish news bulletin",
    "Boa tarde. Gostaria de um boletim online da paróquia de São Pedro: notícias com título, "
    "data e texto, as mais recentes primeiro. Só o padre e a secretária podem publicar (com "
    "conta); os paroquianos leem.",
    f"The author account publishes 'Obras no telhado' dated {day(6, 6, 'Sunday')} and 'Festa "
    f"de Santo António' dated {day(6, 13, 'Sunday')}; the list shows 'Festa de Santo António' "
    "first; a parishioner account can read both but cannot publish or edit")

add("pt", "store", "web", "farm honey and jam online shop",
    "Quero uma loja online para o mel e as compotas da nossa quinta no Minho: produtos com "
    "preço, carrinho e finalizar encomenda. No menu do site põe também 'Quem somos'. Mel de "
    "urze 500 g 7,50 €, compota de abóbora 4,20 €.",
    "Add 3 'Mel de urze 500 g' at 7.50 € and 2 'Compota de abóbora' at 4.20 €; the cart reads "
    f"{num(3 * 7.50 + 2 * 4.20, '30.90')} €; the checkout shows the same total",
    trap="'menu' means site navigation, not a food menu; prices must be carried")

add("pt", "todo", "fullstack", "family carers' shared to-do list for a grandmother",
    "A minha avó vive sozinha e somos vários a ajudar. Queria uma lista de tarefas partilhada: "
    "cada um entra com a sua conta, acrescenta coisas (comprar fraldas, levar à consulta, "
    "pagar a luz) com data, e marca quando faz. A medicação das 20h não é para registar aqui, "
    "isso é com a enfermeira.",
    f"Rui's account adds 'Comprar fraldas' due {day(2, 17, 'Wednesday')}; his sister Ana's "
    "account sees it and marks it done; after a reload Rui sees it done; an account outside "
    "the family group cannot see the list",
    trap="'medicação das 20h' points to a daily tracker (negated) and 'consulta' to booking")

sue = {"Os Malandros": 3 * 2 + 1, "Os Trunfos": 2 * 2 + 2, "Os Reformados": 1 * 2}
assert sorted(sue, key=sue.get, reverse=True) == ["Os Malandros", "Os Trunfos", "Os Reformados"]
add("pt", "leaderboard", "web", "recreational association card-game championship table",
    "Na associação recreativa fazemos um campeonato de sueca. Não quero jogar no computador, "
    "quero só a classificação: vitória 2 pontos, empate 1, derrota 0. Equipas: Os Malandros, "
    "Os Trunfos, Os Reformados.",
    "Enter Os Malandros 3 wins 1 draw, Os Trunfos 2 wins 2 draws and Os Reformados 1 win 0 "
    f"draws; the ranking reads Os Malandros {num(sue['Os Malandros'], '7')}, Os Trunfos "
    f"{num(sue['Os Trunfos'], '6')}, Os Reformados {num(sue['Os Reformados'], '2')} in that "
    "order",
    trap="a card game is named but negated ('não quero jogar no computador'): a ranking, not a "
    "game")

add("pt", "board", "web", "fishing-boat repair yard board",
    "Oficina de barcos de pesca em Peniche. Queria um quadro com colunas: Em terra, Em "
    "reparação, Pronto a lançar, e um cartão por barco que eu arrasto de coluna.",
    "Add the card 'Traineira Maria do Mar - casco' in Em terra and drag it to Em reparação; "
    "after a reload it is still in Em reparação; drag it to Pronto a lançar and it stays there")

add("pt", "directory", "web", "directory of old fountains and wash-houses in a municipality",
    "Diretório das fontes e lavadouros antigos do concelho de Tomar: nome, freguesia, se a "
    "água é potável, estado. Pesquisa e filtros. Não preciso de mapa nem de GPS.",
    "Add 'Fonte da Moura' (freguesia Serra, potável: não) and 'Lavadouro do Rio' (freguesia "
    "Asseiceira, potável: sim); filtering on potável sim shows only Lavadouro do Rio; "
    "searching 'Moura' shows only Fonte da Moura",
    trap="negation 'não preciso de mapa nem de GPS' (not a can't-build GPS app)")

add("pt", "none", "web", "birdsong species recognition from the phone microphone",
    "Quero uma aplicação que ouve os pássaros pelo microfone do telemóvel e diz a espécie pelo "
    "canto, com um modelo treinado com os pássaros de Portugal.",
    "The honest result: the run says it can't build birdsong recognition with a trained model "
    "from the phone microphone; no page invents species")

fb = [("janeiro", "arroz", 120), ("janeiro", "leite", 80), ("fevereiro", "arroz", 95)]
add("pt", "dashboard", "web", "parish food bank donations dashboard from CSV",
    "Para o banco alimentar da freguesia: carrego um CSV (mês, categoria, kg) e quero um "
    "painel com o total, gráfico por categoria e por mês.",
    "Import a CSV with rows janeiro arroz 120, janeiro leite 80 and fevereiro arroz 95; the "
    f"figures read {num(sum(k for *_, k in fb), '295')} kg in total, arroz "
    f"{num(sum(k for _, c, k in fb if c == 'arroz'), '215')} kg, leite 80 kg, January "
    f"{num(sum(k for m, _, k in fb if m == 'janeiro'), '200')} kg and February 95 kg, with a "
    "chart per category")

# ---------------------------------------------------------------- it
add("it", "board", "fullstack", "alpine club trail-maintenance kanban",
    "Ciao! Nella sezione CAI ci occupiamo della manutenzione dei sentieri. Vorremmo una "
    "bacheca kanban con le colonne Segnalato, In lavorazione, Sistemato: ogni socio volontario "
    "ha il suo account, crea una scheda con numero del sentiero e data della segnalazione e la "
    "sposta. Chi non è socio non deve poter modificare.",
    f"Volunteer account A adds 'Frana sul sentiero 412' (reported {day(4, 12, 'Monday')}) in "
    "Segnalato and moves it to In lavorazione; volunteer account B sees it there after a "
    "reload and moves it to Sistemato; a visitor who is not signed in cannot move cards")

add("it", "booking", "web", "village band rehearsal-room evening booking",
    "buongiorno, la banda musicale del paese ha una sala prove e vorremmo che i gruppi "
    "prenotassero le ore la sera, dalle 18 alle 22, un'ora a testa. se un'ora è presa non la "
    "può prendere nessun altro. c'è anche la lista dei musicisti ma quella non serve qui",
    f"Book 20:00-21:00 on {day(2, 19, 'Friday')} for 'Quartetto ottoni'; that hour shows taken "
    f"and {num(22 - 18 - 1, '3')} of {num(22 - 18, '4')} hours left that evening; after a "
    "reload it is still taken",
    trap="'lista dei musicisti' points to a directory (negated)")

add("it", "signup", "web", "volunteer escorts for elderly people's medical visits, shift sheet",
    "Gentili, per la nostra associazione di volontariato che accompagna gli anziani alle "
    "visite mediche, servirebbe un foglio di iscrizione per i turni: per ogni turno un numero "
    "di posti (di solito 2). Chi vuole si segna col nome e si vede quanti posti restano.",
    f"Sign Giulia and Franco up for the shift on {day(3, 9, 'Tuesday')}, 9:00-11:00 (2 "
    f"places); it shows {num(2 - 2, '0')} places left and refuses a third name; the shift on "
    f"{day(3, 11, 'Thursday')} still shows 2 places; after a reload the names are still there",
    trap="'turni' and 'visite mediche' point to booking; it is a sign-up sheet with places per "
    "shift")

add("it", "flashcards", "web", "scout troop knots quiz",
    "Per il reparto scout vorrei un quiz sui nodi: davanti la descrizione, dietro il nome del "
    "nodo, si gira la carta e si segna giusto/sbagliato con il punteggio. Non è un videogioco, "
    "serve per studiare!",
    "The card 'Cappio fisso che non scorre' flips to 'Gassa d'amante'; answer 4 cards with 3 "
    f"right; the score reads 3 / 4 ({num(3 / 4 * 100, '75')}%)",
    trap="negation 'non è un videogioco' (not a can't-build game)")

add("it", "store", "fullstack", "violin-maker's strings and accessories shop",
    "Buongiorno, ho una bottega di liuteria a Cremona e vorrei un negozio online per corde e "
    "accessori: prodotti con prezzo, carrello, ordine. Solo io posso inserire prodotti e "
    "prezzi; i clienti si registrano per ordinare. Es. muta corde violino 4/4 38,00 €, "
    "colofonia 8,50 €.",
    "The owner account adds 'Muta corde violino 4/4' at 38.00 € and 'Colofonia' at 8.50 €; a "
    f"customer account puts 1 muta and 2 colofonia in the cart, which reads "
    f"{num(38 + 2 * 8.50, '55.00')} €, and places the order; the customer cannot add a product "
    "or change a price")

add("it", "status", "web", "mountain hut services status page",
    "Pagina di stato per il rifugio Valtorta: teleferica merci, acqua, corrente (pannelli "
    "solari) e ponte radio, ognuno su/giù, barre degli ultimi 20 giorni e note sui guasti.",
    "Mark 'Teleferica merci' down with the note 'fune in revisione da lunedì 14 giugno 2027' "
    f"({day(6, 14, 'Monday')}) and the others up; the page shows it down with the note; with 2 "
    f"down days out of 20 its bar reads {num(18 / 20 * 100, '90')}% uptime")

add("it", "menu", "web", "village polenta festival menu with a cart",
    "Alla sagra della polenta della Pro Loco vogliamo il menù online con carrello per ordinare "
    "alla cassa: polenta e spezzatino 9 €, polenta e funghi 8 €, quartino di rosso 3,50 €.",
    "Add 2 polenta e spezzatino, 1 polenta e funghi and 2 quartini di rosso; the cart reads "
    f"{num(2 + 1 + 2, '5')} items and {num(2 * 9 + 8 + 2 * 3.50, '33.00')} €")

add("it", "blog", "web", "vintage scooter restoration group blog",
    "Siamo un gruppetto che restaura Vespe d'epoca. Vorrei un blog/diario dei lavori: ogni "
    "articolo con titolo, data e testo, il più recente in cima. Tipo 'Telaio sabbiato', "
    "'Motore rimontato'...",
    f"Publish 'Telaio sabbiato' dated {day(4, 10, 'Saturday')} and 'Motore rimontato' dated "
    f"{day(4, 24, 'Saturday')}; the list shows 'Motore rimontato' first; opening it shows its "
    "text; after a reload both are there",
    trap="'diario' points to a daily tracker; it is a blog")

add("it", "todo", "web", "shepherd's transhumance preparation to-do list",
    "mi serve una lista delle cose da fare prima della transumanza (si parte domenica 30 "
    "maggio): cose tipo controllare zoccoli, rinnovare i campanacci, avvisare il comune. spunta "
    "fatto/non fatto. non serve tracciare le pecore col gps eh",
    "Add 'Controllare gli zoccoli', 'Rinnovare i campanacci' and 'Avvisare il comune' due "
    f"{day(5, 30, 'Sunday')}; tick 'Controllare gli zoccoli'; the list shows {num(2, '2')} to "
    "do; after a reload it is still ticked",
    trap="negation 'non serve tracciare le pecore col gps'; 'tracciare' is a tracker word")

add("it", "landing", "web", "landing page for a chair-caning course",
    "Mi servirebbe una landing page per il corso di impagliatura delle sedie che tengo nel mio "
    "laboratorio a Chiavari, sabato 16 ottobre 2027 dalle 9 alle 13. Ci si iscrive per telefono "
    "al 0185 000000.",
    f"The page shows the chair-caning course (impagliatura), {day(10, 16, 'Saturday')} from 9 "
    "to 13 in Chiavari and the phone 0185 000000; there is no sign-up form",
    asks_landing=True)

# ---------------------------------------------------------------- dates written in prompt texts
for m, d, wd in [(7, 3, "Saturday"), (11, 6, "Saturday"), (10, 15, "Friday"),
                 (10, 16, "Saturday"), (5, 30, "Sunday")]:
    day(m, d, wd)

# ---------------------------------------------------------------- distribution and output
assert len(P) == 60
order = list(range(60))
random.Random(2626).shuffle(order)
P = [P[i] for i in order]


def q(s):
    return json.dumps(s, ensure_ascii=False)


lines = ["# Held-out quality prompts, spar26 (practice set). Generated by gen_prompts.py.", ""]
for n, p in enumerate(P, 1):
    lines.append(f"# {n}")
    if p["trap"]:
        lines.append(f"# trap: {p['trap']}")
    lines += ["[[prompt]]",
              f"text = {q(p['text'])}",
              f"mode = {q(p['mode'])}",
              f"shape = {q(p['shape'])}",
              f"lang = {q(p['lang'])}",
              f"subject = {q(p['subject'])}",
              f"interaction = {q(p['interaction'])}",
              f"asks_landing = {'true' if p['asks_landing'] else 'false'}",
              ""]
with open(OUT, "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
print(f"wrote {OUT}: {len(P)} prompts")
