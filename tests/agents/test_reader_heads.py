"""What a prompt asks for, read from how the request is built rather than from the loudest word
in it (agents/templates/reader.py): casual English, numbers typed in and a result given back,
a device to control, what is put off to later, a page's own navigation menu. Every prompt here
is this file's own; each rule has prompts in the six languages and one it must leave alone."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import reader, shapes


def test_casual_english_is_read_as_english_with_its_apostrophes() -> None:
    assert shapes.mend("can u make me a thing, i dont need a blog. Im new") == (
        "can you make me a thing, i don't need a blog. I'm new")
    # "im" is German, "its" and "lets" are words of their own: left alone
    assert shapes.mend("Ich bin im Garten, dont") == "Ich bin im Garten, dont"
    assert shapes.mend("it lets me see its total") == "it lets me see its total"
    found = reader.read("site for my band pls, dont need a shop or anything, just who we are "
                        "and our gigs")
    assert "store" in found.removed and found.shape != "store"


@pytest.mark.parametrize("prompt", [
    "lunch with coworkers friday: want a little thing where i type the total, the tip % and "
    "how many we are and it tells me what each one pays",
    "Pour les courses à plusieurs : je tape le total et le nombre de personnes et ça me donne "
    "la part de chacun.",
    "Algo rápido para la cena de amigos: escribo el total y cuántos somos y me dice cuánto "
    "pone cada uno.",
    "Für den Grillabend: ich tippe die Summe und die Anzahl der Leute und es sagt mir, was "
    "jeder zahlt.",
    "Pro churrasco da galera: digito o total e quantas pessoas e me dá quanto cada um paga.",
    "Per la cena di classe: inserisco il conto e quanti siamo e mi dice quanto paga ognuno.",
])
def test_numbers_typed_in_and_a_result_given_back_is_a_calculator(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "calculator" and found.candidates[0].tier == "feature", found


def test_entries_shown_back_are_not_a_calculator() -> None:
    found = reader.read("I want to log my swims each morning and it shows me the weekly total")
    assert found.shape == "tracker"


@pytest.mark.parametrize("prompt", [
    "I have an Arduino with a relay on the porch light. Make me a web page to switch it on "
    "and off from my phone, plus a dashboard of when it was on.",
    "J'ai un ruban LED sur un ESP32 : je voudrais une page pour changer la couleur et "
    "allumer ou éteindre depuis le wifi.",
    "Tengo un Raspberry Pi con una tira LED y quiero una web para encender y apagar las luces "
    "y elegir el color.",
    "Wir haben smarte Steckdosen von Shelly. Ich hätte gern eine Seite, mit der wir sie übers "
    "WLAN ein- und ausschalten, mit einer Übersicht im Dashboard.",
    "Tenho um ESP8266 com uma fita de LED e queria uma página pra ligar a luz e mudar o "
    "brilho pelo wifi.",
    "Ho un Arduino con una striscia LED: vorrei una pagina per accendere, spegnere e "
    "cambiare la luminosità dal telefono.",
])
def test_an_app_that_controls_a_device_is_said_as_not_built(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.beyond.startswith("an app that controls a device"), found
    spec = templates.read(prompt, "web")
    assert not spec.fits and "controls a device" in spec.beyond


def test_a_device_only_kept_in_a_list_is_not_controlled() -> None:
    found = reader.read("Our robotics club lends Arduino kits and LED strips: a tracker of "
                        "who borrowed which kit and when it comes back")
    assert found.beyond == "" and found.shape == "tracker"


@pytest.mark.parametrize("prompt,shape,later", [
    ("A to-do list for the move. A leaderboard of who packed most would be fun later, but "
     "not now.", "todo", "leaderboard"),
    ("Une liste de tâches pour le déménagement. Un tableau de bord, peut-être plus tard.",
     "todo", "dashboard"),
    ("Una lista de tareas para la mudanza. Un blog para contarlo, quizás más adelante.",
     "todo", "blog"),
    ("Eine Aufgabenliste für den Umzug. Ein Blog dazu wäre schön, aber nicht jetzt.",
     "todo", "blog"),
    ("Uma lista de tarefas pra mudança. Uma loja online talvez mais tarde.", "todo", "store"),
    ("Una lista delle cose da fare per il trasloco. Un blog magari più avanti.", "todo",
     "blog"),
])
def test_what_is_put_off_to_later_is_not_asked_for_now(prompt: str, shape: str,
                                                         later: str) -> None:
    found = reader.read(prompt)
    assert found.shape == shape and later in found.removed, found


@pytest.mark.parametrize("prompt", [
    "A little shop for my pottery, with a cart; in the top menu put 'About me' too.",
    "Une petite boutique pour mes bougies avec un panier ; dans le menu de navigation, une "
    "page « Qui suis-je ».",
    "Una tiendita para mis velas con carrito, y en el menú superior un enlace a 'Sobre mí'.",
    "Ein Lädchen für meine Kerzen mit Warenkorb; in der Menüleiste auch 'Über mich'.",
    "Uma lojinha pras minhas velas com carrinho, e no menu de navegação um link 'Sobre mim'.",
    "Un negozietto per le mie candele con il carrello; nel menu principale anche 'Chi sono'.",
])
def test_a_pages_own_navigation_menu_is_not_food_to_order(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "store" and "menu" not in [c.shape for c in found.candidates], found


def test_a_menu_of_dishes_is_still_a_menu() -> None:
    found = reader.read("A menu for my taco truck where people build their order")
    assert found.shape == "menu"


@pytest.mark.parametrize("prompt", [
    "Un panel para la peluquería que enseñe las citas de hoy y lo facturado esta semana",
    "An admin panel for my bakery: today's orders and this week's takings",
])
def test_a_panel_is_a_dashboard_and_the_place_after_it_its_subject(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "dashboard" and found.named, found


def test_a_solar_panel_is_not_a_dashboard() -> None:
    found = reader.read("A tracker for what our solar panels produce each day")
    assert found.shape == "tracker"


@pytest.mark.parametrize("prompt,shape,part", [
    ("i want to log my bike rides, date and km. would be nice to have a little dashboard "
     "strip at the top with the month's total", "tracker", "dashboard"),
    ("Je veux noter mes lectures, titre et pages. Ce serait sympa d'avoir un petit tableau "
     "de bord en haut avec le total du mois", "tracker", "dashboard"),
    ("Quiero apuntar mis gastos del súper. Sería genial tener un pequeño panel arriba con el "
     "total del mes", "tracker", "dashboard"),
    ("Ich will meine Läufe eintragen. Ein kleines Dashboard oben mit der Monatssumme wäre "
     "schön", "tracker", "dashboard"),
    ("Quero anotar os meus treinos. Seria legal ter um painel pequeno no topo com o total do "
     "mês", "tracker", "dashboard"),
    ("Voglio segnare le ore di studio. Sarebbe bello avere un cruscotto in alto con il totale "
     "del mese", "tracker", "dashboard"),
])
def test_a_nice_to_have_after_the_request_is_a_part(prompt: str, shape: str,
                                                      part: str) -> None:
    found = reader.read(prompt)
    assert found.shape == shape, found
    assert not any(c.named for c in found.candidates if c.shape == part)


def test_a_nice_to_have_that_is_the_whole_request_is_the_app() -> None:
    found = reader.read("It would be great to have a booking page for my nail salon")
    assert found.shape == "booking" and found.named


@pytest.mark.parametrize("prompt", [
    "For my little soap shop I want one page that shows the numbers at a glance and a chart "
    "by week",
    "Pour ma boutique de bougies, je voudrais une page avec les chiffres d'un coup d'œil et un "
    "graphique par semaine",
    "Para mi tienda de cerámica quiero una página con las cifras de un vistazo y un gráfico "
    "por semana",
    "Für meinen Laden möchte ich eine Seite mit allen Zahlen auf einen Blick und einer Grafik "
    "pro Woche",
    "Pra minha loja de velas quero uma página com os números de relance e um gráfico por semana",
    "Per il mio negozio di saponi vorrei una pagina con i numeri a colpo d'occhio e un grafico "
    "per settimana",
])
def test_the_place_a_request_is_for_is_its_subject(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "dashboard", found
    assert not any(c.named for c in found.candidates if c.shape == "store")


@pytest.mark.parametrize("prompt", [
    "a page for our club's game server that shows whether it is online, with a bar per day",
    "une page d'état pour le serveur du club : on veut voir s'il est en ligne",
    "una página para ver si el servidor del club está en línea, con una barra por día",
    "eine Seite für unseren Spielserver, die zeigt, ob er online ist",
    "uma página pra ver se o servidor do clube está fora do ar",
    "una pagina per vedere se il server del circolo è raggiungibile",
])
def test_whether_a_thing_is_online_is_a_status_page(prompt: str) -> None:
    assert reader.read(prompt).shape == "status"


def test_people_who_sign_up_online_are_not_a_status_page() -> None:
    assert reader.read("os alunos se inscrevem online para a oficina").shape != "status"


@pytest.mark.parametrize("prompt", [
    "An order page for the school fair's food stall: hot dog 3.00, lemonade 1.50. No online "
    "payment, they pay at the counter.",
    "Une page de commande pour la buvette de la fête : crêpe 3,00, jus 1,50. Pas de paiement "
    "en ligne.",
    "Una página de pedidos para la barra de la fiesta: bocadillo 3,00, refresco 1,50. Sin "
    "pagos online.",
    "Eine Bestellseite für den Grillstand beim Schulfest: Wurst 3,00, Limo 1,50. Keine "
    "Online-Zahlung.",
    "Uma página de encomendas pra barraca da festa: bifana 3,00, sumo 1,50. Sem pagamentos "
    "online.",
    "Una pagina per gli ordini dello stand della sagra: panino 3,00, bibita 1,50. Senza "
    "pagamenti online.",
])
def test_no_online_payment_still_takes_orders(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "menu" and "menu" not in found.removed, found


@pytest.mark.parametrize("prompt", [
    "Bake sale list for the school fair: parents write down what they bring, so we don't get "
    "ten brownies.",
    "Liste pour la kermesse : chaque parent note ce qu'il apporte, pour éviter dix quiches.",
    "Lista para la fiesta del cole: cada familia apunta qué trae, para no tener diez "
    "tortillas.",
    "Liste fürs Schulfest: Eltern schreiben auf, welchen Salat sie mitbringen.",
    "Lista pra festa da escola: cada família diz o que vai levar, pra não vir dez bolos.",
    "Lista per la festa della scuola: ogni famiglia scrive cosa porta, così non arrivano dieci "
    "torte.",
])
def test_what_each_one_brings_is_a_sign_up_sheet(prompt: str) -> None:
    assert reader.read(prompt).shape == "signup"


@pytest.mark.parametrize("prompt", [
    "Cards to revise the bones of the hand: the name on one side, a hint on the other",
    "Des cartes pour réviser le tableau des verbes : l'infinitif d'un côté, le passé de "
    "l'autre",
    "Tarjetas para repasar la tabla de elementos: el símbolo por un lado y el nombre por el "
    "otro",
    "Karten zum Wiederholen der Tabelle der Hauptstädte: vorne das Land, hinten die Stadt",
    "Cartões pra rever o quadro de verbos: o infinitivo de um lado, o passado do outro",
    "Schede per ripassare la tabella dei verbi: davanti l'infinito, dietro il passato",
])
def test_cards_to_revise_are_flashcards_and_what_is_revised_their_subject(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "flashcards" and found.named, found
    assert "board" not in [c.shape for c in found.candidates if c.named]


@pytest.mark.parametrize("prompt,gone", [
    ("A menu for our taco stand where people order ahead. A blog isn't needed.", "blog"),
    ("Une carte pour notre crêperie où l'on commande à l'avance. Un blog n'est pas "
     "nécessaire.", "blog"),
    ("Una carta para nuestra churrería donde se pide por adelantado. Reservar mesa no hace "
     "falta.", "booking"),
    ("Eine Speisekarte für unseren Imbiss zum Vorbestellen. Einen Blog brauchen wir nicht.",
     "blog"),
    ("Um cardápio pra nossa lanchonete pra pedir antes. Reservar mesa não é preciso.",
     "booking"),
    ("Un menù per la nostra rosticceria per ordinare prima. Prenotare i tavoli non serve.",
     "booking"),
])
def test_not_needed_said_after_the_thing_removes_it(prompt: str, gone: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "menu" and gone in found.removed, found


def test_not_needed_said_before_a_wanted_thing_leaves_it() -> None:
    found = reader.read("Quiero una tienda online y no hace falta login para comprar")
    assert found.shape == "store"


@pytest.mark.parametrize("prompt", [
    "we're a dumpling bar: customers order on their phone and then come pick it up",
    "On est une crêperie : les clients commandent sur le téléphone et passent retirer",
    "Somos una churrería: los clientes piden desde el móvil y luego pasan a recoger",
    "Wir sind ein Imbiss: die Leute bestellen am Handy und holen es dann ab",
    "Somos uma pastelaria: os clientes encomendam pelo telemóvel e depois vêm buscar",
    "Siamo una friggitoria: i clienti ordinano dal telefono e poi passano a ritirare",
])
def test_ordering_then_picking_up_is_a_menu(prompt: str) -> None:
    assert reader.read(prompt).shape == "menu"


def test_where_the_entries_come_from_is_not_the_app() -> None:
    found = reader.read("Spelling bee for my class: a leaderboard so they see who's on top. "
                        "I'll type the scores in from their practice logs.")
    assert found.shape == "leaderboard" and found.sure, found


@pytest.mark.parametrize("prompt,name", [
    # greetings and please are not what the app is about
    ("simple shopping list pls. add, tick off, delete", "Shopping list"),
    ("hey can u make me a habit tracker pls", "Habit tracker"),
    # who speaks and what they are or have: the thing itself is the subject
    ("We're a small choir in Leeds and need a sign-up sheet for the bake sale", "Choir"),
    ("Je suis fleuriste à Nantes. J'aimerais une page où les clients réservent un créneau",
     "Fleuriste à Nantes"),
    ("Somos una panadería en Cádiz y queremos la carta con pedidos para recoger",
     "Panadería"),
    ("Wir sind ein kleiner Chor und brauchen eine Anmeldeliste für das Sommerfest", "Chor"),
    ("Tenho uma horta comunitária e quero um quadro kanban pras tarefas", "Horta comunitária"),
    ("Ho una piccola libreria e vorrei un negozio online", "Libreria"),
])
def test_a_title_names_the_thing_not_the_speaker_or_the_please(prompt: str, name: str) -> None:
    assert templates.read(prompt).name.startswith(name), templates.read(prompt).name


@pytest.mark.parametrize("prompt,name", [
    # the sentence's verb ends the subject: "brauchen wir", "voudrait", "quer", "gets"
    ("Für unseren Flohmarkt brauchen wir eine Anmeldeliste für die Stände", "Flohmarkt"),
    ("Notre chorale voudrait un classement des lectures", "Chorale"),
    ("A associação de moradores quer um painel com as contas do condomínio",
     "Moradores ·"),
    ("our climbing gym gets new routes every week: a directory of them", "Climbing gym"),
])
def test_a_title_stops_at_the_sentences_verb(prompt: str, name: str) -> None:
    assert templates.read(prompt).name.startswith(name), templates.read(prompt).name


@pytest.mark.parametrize("prompt", [
    "A dashboard of my shop's sales; I'll upload my orders as a CSV export every month",
    "Un tableau de bord de mes ventes ; j'importe le fichier CSV de la caisse",
    "Un panel de las ventas de la tienda; subo cada mes el Excel de la caja",
    "Ein Dashboard für die Verkäufe; ich lade jeden Monat die CSV hoch",
    "Um painel das vendas da loja; carrego a planilha do caixa todo mês",
    "Un cruscotto delle vendite; carico ogni mese il CSV della cassa",
])
def test_a_spreadsheet_brought_in_is_the_csv_import_every_data_app_has(prompt: str) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "dashboard" and "file uploads" not in spec.unsupported, spec.unsupported


def test_other_files_uploaded_are_still_said_as_not_built() -> None:
    spec = templates.read("a directory of our volunteers where they upload their CV")
    assert "file uploads" in spec.unsupported


@pytest.mark.parametrize("prompt", [
    "Menu for our juice bar: people scan a QR code, see the menu and order. Orange juice $4",
    "La carte du bar : les clients scannent un QR code pour voir la carte et commander",
    "La carta del chiringuito: la gente escanea un código QR para ver la carta y pedir",
    "Speisekarte für unser Café mit einem QR-Code auf jedem Tisch zum Bestellen",
    "Cardápio da lanchonete: o cliente lê o QR code pra ver o cardápio e pedir",
    "Il menù del bar: i clienti scansionano un codice QR per vedere il menù e ordinare",
])
def test_a_qr_code_people_scan_to_open_the_page_is_not_a_feature(prompt: str) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "menu" and not spec.unsupported, spec.unsupported


@pytest.mark.parametrize("prompt", [
    "a board for my youtube videos: idea, scripting, filming, editing, published",
    "tableau kanban pour mes vidéos youtube : idée, tournage, montage, publié",
    "tablero kanban para los videos del canal: guion, grabación, edición, publicado",
])
def test_videos_a_data_app_lists_by_title_are_no_video_feature(prompt: str) -> None:
    """walk24 #4: the board was built and then "can't build video": its cards are videos."""
    spec = templates.read(prompt)
    assert spec.kind == "board" and "video" not in spec.unsupported, spec.unsupported


@pytest.mark.parametrize("prompt", [
    "a directory of our club's training videos so members can watch them",
    "a tracker of my dives where I upload a video of each dive",
])
def test_videos_people_watch_or_upload_are_still_said_as_not_built(prompt: str) -> None:
    assert "video" in " ".join(templates.read(prompt).unsupported)


def test_an_app_that_scans_codes_itself_is_said_as_not_built() -> None:
    spec = templates.read("an inventory where i scan the QR code on each box with my phone "
                          "camera")
    assert "camera, scanning or recognition" in spec.unsupported


@pytest.mark.parametrize("prompt,name", [
    ("Yoga classes at 18:30 and 19:45, people pick one and sign up, max 12 each",
     "Yoga classes · "),
    ("Cours de yoga à 18h30 et 19h45, chacun choisit et s'inscrit, 12 places",
     "Cours de yoga · "),
    ("Clases de spinning a las 18:30 y a las 19:45, cada uno se apunta", "Spinning · "),
    ("Yogakurse um 18:30 und 19:45, jeder trägt sich ein, max 12 Plätze", "Yogakurse · "),
    ("Aulas de pilates às 18h30 e 19h45, cada um se inscreve, 12 vagas", "Aulas de pilates · "),
    ("Lezioni di yoga alle 18:30 e alle 19:45, ognuno si iscrive, massimo 12 posti",
     "Lezioni di yoga · "),
])
def test_times_of_day_are_when_not_what_and_people_signing_up_is_no_status(
        prompt: str, name: str) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "signup" and spec.name.startswith(name), spec.name


@pytest.mark.parametrize("prompt", [
    "My houseplants: when did I last water which one?",
    "Mes plantes : quand est-ce que je les ai arrosées pour la dernière fois ?",
    "Mis plantas: cuándo fue el último riego de cada una",
    "Meine Zimmerpflanzen: wann habe ich welche zuletzt gegossen?",
    "As minhas plantas: quando foi a última rega de cada uma",
    "Le mie piante: quando le ho innaffiate l'ultima volta",
])
def test_watering_in_any_form_is_kept_in_a_tracker(prompt: str) -> None:
    assert reader.read(prompt).shape == "tracker"


def test_an_english_verb_before_its_object_is_not_the_title() -> None:
    assert templates.read("I want to keep track of when I water my plants: monstera every "
                          "7 days").name == "Plants · Tracker"


@pytest.mark.parametrize("prompt", [
    "can u build me a discord bot that posts a meme every hour",
    "je veux un bot telegram qui prévient quand il pleut",
    "quiero un bot de telegram que avise cuando llueva",
    "Ich möchte einen Discord-Bot, der jeden Morgen das Wetter postet",
    "quero um bot do whatsapp que responda os clientes",
    "vorrei un bot per telegram che ricordi le scadenze",
])
def test_a_bot_asked_for_as_the_app_is_said_as_not_built(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.beyond.startswith("a bot"), found
    assert not templates.read(prompt).fits


def test_a_bot_the_page_is_about_is_its_subject() -> None:
    found = reader.read("je gère le bot discord de notre bande. je voudrais une page d'état "
                        "qui montre s'il est en ligne")
    assert found.beyond == "" and found.shape == "status"


def test_casual_fillers_are_not_the_title() -> None:
    assert templates.read("need a lil trello thing for my thesis, columns todo / writing / "
                          "done").name == "Thesis · Board"


def test_casual_with_and_dont_want_are_read() -> None:
    assert shapes.mend("books w/ rating, w/o login, and/or w/e") == (
        "books with rating, without login, and/or w/e")
    spec = templates.read("dont want an app with accounts, just log my blood pressure "
                          "morning and evening")
    assert spec.kind == "tracker" and spec.fits and not spec.unsupported, spec.unsupported
    assert not spec.name.lower().startswith("don")


@pytest.mark.parametrize("prompt,shape", [
    ("i'm a piano teacher, students should be able to pick a free lesson time on weds or sat",
     "booking"),
    ("is the office wifi down again?? want a page my coworkers can check before they call me",
     "status"),
])
def test_casual_english_says_what_the_app_does(prompt: str, shape: str) -> None:
    assert reader.read(prompt).shape == shape


@pytest.mark.parametrize("prompt", [
    "wine log with name, price and rating",
    "un carnet de dégustation avec nom, prix et étoiles",
    "un registro de vinos con nombre, precio y valoración",
])
def test_a_price_and_a_rating_listed_as_fields_are_fields(prompt: str) -> None:
    spec = templates.read(prompt)
    types = {label.lower(): t for label, t in spec.named_fields}
    assert "money" in types.values() and "rating" in types.values(), spec.named_fields
    assert spec.kind == "tracker" and spec.fits, spec.unsupported


def test_an_elo_rating_stays_a_number() -> None:
    assert shapes.named_fields("chess ladder with name, club and elo rating")[-1] == (
        "Elo rating", "number")


@pytest.mark.parametrize("prompt,label,options", [
    ("A directory of the farms near us: name, town, what they sell there (eggs, milk, honey) "
     "and opening hours. Filter by product.", "What they sell there", ["eggs", "milk", "honey"]),
    ("Un annuaire des fermes du coin : nom, village, ce qu'elle vend (œufs, lait, miel) "
     "et horaires. Filtrer par produit.", "Ce qu'elle vend", ["œufs", "lait", "miel"]),
    ("Ein Verzeichnis der Höfe bei uns: Name, Ort, was es dort gibt (Eier, Milch, Honig) und "
     "Öffnungszeiten. Filter nach Produkt.", "Was es dort gibt", ["Eier", "Milch", "Honig"]),
])
def test_a_longer_field_with_its_choices_is_a_choice_and_can_be_filtered(
        prompt: str, label: str, options: list[str]) -> None:
    assert (label, "select:" + "|".join(options)) in shapes.named_fields(prompt)
    spec = templates.read(prompt)
    assert spec.kind == "directory" and "filters" in spec.features and spec.fits, spec
