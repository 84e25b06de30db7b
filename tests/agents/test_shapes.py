"""Offline apps for the shapes people ask for: every prompt of the everyday corpus
(bench/quality_prompts.toml) gets its shape, its language and a data app about its subject; a
prompt the templates can't fully build is said so in the verdict, and the run is not approved."""

from __future__ import annotations

import functools
import html
import json
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import calcs, dataapp, i18n, reader, shapes, titles
from devora_desktop.agents.validators import validate

CORPUS = tomllib.loads((Path(__file__).parents[2] / "bench" / "quality_prompts.toml")
                       .read_text())["prompt"]


# The legacy English blog template takes its words from a domain pack (travel): the subject
# word the corpus expects is missing. (The Etsy dashboard's "sales" is found since the subject
# comes from the prompt's words, not the pack's noun.)
KNOWN_MISSES = {"a travel blog about hiking in Scotland"}


@functools.cache
def _built(prompt: str) -> tuple[templates.Spec, dict[str, str]]:
    """A corpus prompt's reading and its web app's files, made once for every test here that
    looks at the whole corpus (each read every prompt again: 4 reads and 3 builds a prompt)."""
    spec = templates.read(prompt)
    return spec, templates.all_files(spec.kind, "web", spec.name, spec)


def app_config(files: dict[str, str]) -> dict:
    text = files["config.js"]
    return json.loads(text[text.index("=") + 1:].rstrip().rstrip(";"))


@pytest.mark.parametrize("item", CORPUS, ids=[c["text"][:40] for c in CORPUS])
def test_corpus_prompt_gets_its_shape_language_and_subject(item: dict) -> None:
    spec, files = _built(item["text"])
    assert (spec.kind, spec.lang, spec.fits) == (item["shape"], item["lang"],
                                                 item.get("fits", True)), spec
    assert validate(files) == []
    # the app itself, not its README (which quotes the prompt)
    text = "\n".join(t for p, t in files.items() if p != "README.md").lower()
    assert (item["subject"].lower() in text) != (item["text"] in KNOWN_MISSES)
    for word in item.get("says", []):
        assert word in spec.unfit
    if spec.kind in shapes.ENGINE:
        cfg = app_config(files)
        assert cfg["shape"] == spec.kind and cfg["lang"] == spec.lang
        words = i18n.words(spec.lang)  # the interface speaks the prompt's language
        assert cfg["t"]["search"] == words["search"] and cfg["t"]["add"] == words["add"]
        assert set(cfg["t"].values()) <= set(words.values())
        assert f'<html lang="{spec.lang}">' in files["index.html"]
    if spec.kind in shapes.ENGINE or spec.kind == "landing":
        # no waitlist or pricing that nobody asked for
        assert ("waitlist" in text) == ("waitlist" in item.get("asked", []))
        # prices: monthly plans, or the prompt's own prices in a price section
        per_month = i18n.pick(i18n.LANDING["month"], spec.lang).lower()
        shown = per_month in text or 'id="pricing"' in text
        assert shown == ("pricing" in item.get("asked", []))


def test_each_readme_describes_the_app_that_was_built() -> None:
    """Not a template's tagline: the app's name, its subject, what its view does, where its
    data lives, and what was not built."""
    for item in CORPUS:
        spec, files = _built(item["text"])
        text = files["README.md"]
        assert text.startswith(f"# {spec.name}\n") and item["text"] in text
        if spec.subject:
            assert spec.subject in text
        if spec.kind in shapes.ENGINE:
            assert "localStorage" in text and "made simple" not in text
        # what was not built, said in the app's language (the verdict's words in English)
        said = spec.unfit if spec.lang == "en" else templates.web.not_built(spec)
        assert (said and said in text) if not spec.fits else "can't build" not in text


def test_every_shape_is_in_the_corpus_in_every_language() -> None:
    assert {c["shape"] for c in CORPUS} == set(shapes.SHAPES)
    assert {c["lang"] for c in CORPUS} == set(i18n.LANGS)
    assert len(CORPUS) >= 60


@pytest.mark.parametrize("prompt,name", [
    ("an internal IT status page for the office network and printers", "IT · Status"),
    ("a status page for our SaaS API", "SaaS API · Status"),
    ("un calculateur d'IMC", "Calcul de l'IMC"),
    ("a tip calculator", "Tip calculator"),
    ("un suivi de mes dépenses mensuelles par catégorie", "Dépenses mensuelles"),
    ("ein Mitgliederverzeichnis für unseren Sportverein mit Name, E-Mail und Telefon",
     "Sportverein · Mitgliederverzeichnis"),
    ("a habit tracker with streaks", "Habit tracker"),
    ("un blog de recettes françaises", "Recettes françaises · Blog"),
])
def test_names_keep_acronyms_and_the_prompts_words(prompt: str, name: str) -> None:
    assert templates.read(prompt).name == name


def test_fields_the_prompt_names_drive_the_form() -> None:
    spec = templates.read("ein Mitgliederverzeichnis für unseren Sportverein mit Name, E-Mail "
                          "und Telefon")
    fields = app_config(templates.all_files(spec.kind, "web", spec.name, spec))["fields"]
    assert [(f["label"], f["type"]) for f in fields] == [
        ("Name", "text"), ("E-Mail", "email"), ("Telefon", "tel")]
    assert spec.fits  # the field list is fields, not an e-mail feature it lacks
    spec = templates.read("una app para registrar mis entrenamientos con ejercicio, series, "
                          "repeticiones y peso")
    labels = {f["label"]: f["type"] for f in app_config(templates.all_files(
        spec.kind, "web", spec.name, spec))["fields"]}
    assert labels == {"Fecha": "date", "Ejercicio": "text", "Series": "number",
                      "Repeticiones": "number", "Peso": "number"}


def test_each_engine_shape_draws_its_own_view() -> None:
    views = {}
    for item in CORPUS:
        spec = _built(item["text"])[0]
        if spec.kind in shapes.ENGINE:
            views.setdefault(spec.kind, set()).add(dataapp.config(spec)["view"])
    assert views["board"] == {"board"} and views["booking"] == {"booking"}
    assert views["tracker"] == {"habits", "list"} and views["calculator"] == {"calculator"}
    assert views["blog"] == {"posts"} and views["dashboard"] == {"dashboard"}
    assert views["store"] == views["menu"] == {"menu"} and views["todo"] == {"list"}
    engine = dataapp.ENGINE_JS.read_text()
    for view in set().union(*views.values()):
        assert re.search(rf"^  {view}\(\) {{", engine, re.M), view
    assert "innerHTML" not in engine  # text only: nothing typed or imported becomes markup


def test_no_generated_app_claims_what_it_does_not_do() -> None:
    for item in CORPUS:
        text = "\n".join(_built(item["text"])[1].values())
        assert not re.search(r"confirmation sent|we(?:'ll| will) email|sent to your", text, re.I)


def test_unfit_prompts_are_said_plainly() -> None:
    spec = templates.read("an expense splitter for my roommates")
    assert spec.unfit == ("Offline templates built a tracker for roommates; they can't build an "
                          "expense splitter (who owes whom): add a model in Settings")
    spec = templates.read("eine Terminbuchung für die Praxis mit E-Mail-Bestätigung")
    assert spec.kind == "booking" and "email or push notifications" in spec.unfit
    assert templates.read("a tip calculator").unfit == ""
    # a calculator the templates don't compute says so instead of passing off another one
    odd = templates.read("a carbon footprint calculator")
    assert odd.kind == "calculator" and "carbon footprint calculator" in odd.unfit
    assert calcs.kind(odd.prompt) is None


def test_a_prompt_that_names_no_app_gets_a_data_app_not_a_waitlist_page() -> None:
    spec = templates.read("an app for my choir")
    assert spec.kind == "directory" and not spec.fits
    assert 'they can\'t build what was asked ("an app for my choir")' in spec.unfit
    text = "\n".join(templates.all_files(spec.kind, "web", spec.name, spec).values()).lower()
    assert "waitlist" not in text and "choir" in text


# Everyday words the reader used to miss (compounds, regional words, plurals, accents), and
# language guesses it used to get wrong: each of these built the wrong shape or spoke the
# wrong language before.
EVERYDAY = [
    ("en", "tracker", "a reading log for the books I finish this year"),
    ("en", "tracker", "food diary where I write what I ate and the calories"),
    ("en", "signup", "an RSVP page for our garden party"),
    ("en", "signup", "a duty roster for the cleaning of the shared kitchen"),
    ("en", "leaderboard", "darts league standings for the pub"),
    ("en", "directory", "the roster of our five-a-side football club"),
    ("en", "todo", "a grocery list my partner and I can both tick off"),
    ("en", "flashcards", "help me memorize the periodic table"),
    ("fr", "tracker", "un carnet pour noter mes séances de course à pied"),
    ("fr", "todo", "une liste de courses pour la maison"),
    ("fr", "signup", "la liste des invités de notre mariage"),
    ("fr", "flashcards", "une appli pour réviser mon vocabulaire d'anglais"),
    ("es", "menu", "la carta de nuestro bar de tapas con precios"),
    ("es", "todo", "la lista de la compra de la semana para la familia"),
    ("es", "directory", "una libreta de direcciones de los vecinos del edificio"),
    ("es", "leaderboard", "la tabla de posiciones de nuestro torneo de pádel"),
    ("de", "tracker", "ein Haushaltsbuch für unsere Familie mit Betrag und Kategorie"),
    ("de", "board", "ein Projektboard für unser Umzugsteam"),
    ("de", "signup", "eine Helferliste für das Sommerfest im Kindergarten"),
    ("de", "todo", "eine Einkaufsliste für die WG"),
    ("de", "directory", "ein Adressbuch für die Nachbarn in unserem Haus"),
    ("pt", "todo", "uma lista de compras para o mercado da semana"),
    ("pt", "signup", "a escala de plantão dos voluntários da igreja"),
    ("pt", "tracker", "app pra controlar meus gastos do mês"),
    ("pt", "menu", "a ementa do nosso restaurante com preços"),
    ("it", "todo", "la lista della spesa per la settimana"),
    ("it", "signup", "la lista degli ospiti per la festa di compleanno"),
    ("it", "board", "una bacheca per i compiti del gruppo di lavoro"),
    ("it", "tracker", "un contatore dei bicchieri d'acqua che bevo ogni giorno"),
    ("it", "flashcards", "un'app per imparare il vocabolario di tedesco"),
]


@pytest.mark.parametrize("lang,shape,prompt", [
    ("es", "todo", "una lista de cosas por hacer para la fiesta: comprar hielo, reservar el "
                   "local, llamar al DJ"),
    ("fr", "todo", "les choses à faire avant les vacances, que je coche au fur et à mesure"),
    ("pt", "booking", "quero que meus alunos possam marcar aula de inglês comigo"),
    ("es", "dashboard", "un tablero de control con las ventas del mes de la tienda"),
])
def test_everyday_phrases_name_their_shape(lang: str, shape: str, prompt: str) -> None:
    """A to-do list that says 'reservar' built a booking page, students who 'marcar aula'
    got a directory, and 'un tablero de control' a kanban board."""
    spec = templates.read(prompt)
    assert (spec.kind, spec.lang) == (shape, lang), spec


@pytest.mark.parametrize("lang,prompt", [
    ("it", "una pagina di presentazione per la mia pasticceria a Torino"),
    ("fr", "une page de présentation pour mon atelier de poterie"),
    ("de", "eine Vorstellungsseite für unsere Tanzschule in Kiel"),
    ("es", "una página de presentación para mi taller de bicis"),
])
def test_a_presentation_page_is_a_landing_in_its_language(lang: str, prompt: str) -> None:
    """'Una pagina di presentazione' for a gelateria built a weekly tracker."""
    spec = templates.read(prompt)
    assert (spec.kind, spec.lang, spec.fits) == ("landing", lang, True), spec.unfit


@pytest.mark.parametrize("lang,shape,prompt", EVERYDAY, ids=[p[:40] for _, _, p in EVERYDAY])
def test_everyday_words_get_their_shape_and_language(lang: str, shape: str, prompt: str) -> None:
    spec = templates.read(prompt)
    assert (spec.kind, spec.lang, spec.fits) == (shape, lang, True), spec.unfit
    files = templates.all_files(spec.kind, "web", spec.name, spec)
    assert validate(files) == []
    assert app_config(files)["lang"] == lang


def test_everyday_words_cover_every_language() -> None:
    for lang in i18n.LANGS:
        assert sum(1 for lg, _, _ in EVERYDAY if lg == lang) >= 3, lang


# Prompts that built the wrong shape: a shape word that is a function word in the prompt's own
# language ("todo dia" is "every day" in Portuguese), typos of shape words, and the everyday
# words of run logs, car pools, tutoring, league tables and chores moved along columns.
MISREAD = [
    # accounts the prompt does not want, and a salon's menu of services, name no shape
    ("de", "tracker", "ein Trainingslog für meine Radtouren: Datum, Kilometer, Dauer. Ohne Anmeldung bitte"),
    ("en", "tracker", "a habit tracker, no login needed"),
    ("en", "booking", "a page for my spa: a treatment menu and guests book a free time slot"),
    ("fr", "booking", "un site pour mon institut : menu des soins et les clientes réservent un créneau"),
    ("it", "booking", "una pagina per il mio centro estetico: menù dei trattamenti e prenotazione di "
                      "un orario libero"),
    ("fr", "menu", "une carte pour ma pizzeria avec commande à emporter"),
    ("fr", "menu", "la carte de notre petit bistrot, avec les plats du jour"),
    ("pt", "tracker", "Um app simples onde eu escolho meu humor todos os dias"),
    ("pt", "tracker", "quero marcar toda noite quantas horas dormi"),
    ("es", "tracker", "una app para apuntar cómo me siento todos los días"),
    ("es", "tracker", "apuntar todas mis carreras con distancia y tiempo"),
    ("pt", "todo", "lista de compras com tudo que falta em casa toda semana"),
    ("pt", "todo", "uma todo list para a casa nova"),
    ("es", "booking", "quiero reservar hora para clases particulares de guitarra"),
    ("fr", "tracker", "Mes séances de course à pied : date, distance, durée, allure"),
    ("it", "tracker", "le mie corse: data, chilometri, tempo e passo medio"),
    ("en", "tracker", "my bike rides with distance and time, and the month's total"),
    ("de", "signup", "Fahrgemeinschaft für den Elternabend: wer fährt, wie viele Plätze frei"),
    ("fr", "signup", "covoiturage pour le match de dimanche : qui conduit, combien de places"),
    ("en", "signup", "a carpool sheet for the away games: drivers, seats and riders"),
    ("en", "dashboard", "a simple dashbord for my shop's sales"),
    ("en", "leaderboard", "a leaderbord for our office darts"),
    ("en", "calculator", "a calcualtor for splitting the restaurant bill"),
    ("en", "flashcards", "flashcrads for my biology exam"),
    ("it", "tracker", "app per la palestra dove segno esercizi, serie e pesi"),
    ("en", "booking", "tutoring sessions: students pick an hour with me"),
    ("de", "booking", "Nachhilfe in Mathe: Schüler wählen einen freien Termin"),
    ("de", "board", "WG-Aufgaben: wer putzt was, in Spalten verschieben"),
    ("pt", "leaderboard", "tabela da liga de FIFA com os amigos: vitórias, empates, derrotas"),
    ("es", "leaderboard", "la tabla de la liga de FIFA: victorias, empates y derrotas"),
    ("it", "menu", "la carta dei vini del nostro bar"),
    ("de", "tracker", "Stimmungstracker: jeden Tag ein Smiley auswählen"),  # Tag: a day
    ("fr", "tracker", "un journal de mes émotions chaque soir"),
    ("fr", "tracker", "une appli pour suivre les repas de mon chat"),  # chat: a cat
    ("en", "tracker", "I want to log my mood every day and see a calendar colored by it"),
    ("pt", "booking", "aulas de inglês: alunos escolhem um horário"),
    ("it", "booking", "lezioni di chitarra: gli studenti scelgono un orario libero"),
    ("it", "signup", "passaggi in auto per la gita: chi guida, posti liberi, chi sale"),
    ("en", "booking", "a bookng page for my barbershop"),
    # no app word: what the prompt asks still names it
    ("es", "tracker", "quiero llevar la cuenta de cuánta agua tomo al día"),
    ("en", "flashcards", "an app where my students can practice spanish verbs"),
    ("pt", "booking", "página para os pais escolherem o horário da reunião com a professora"),
    ("en", "menu", "a site where my customers can order cakes for pickup"),
    ("it", "menu", "un sito per la mia pizzeria dove si ordina da asporto"),
    ("en", "status", "a page showing if our servers are up"),
    ("es", "status", "página que muestre si nuestros servicios funcionan"),
    ("en", "directory", "a list of all the restaurants in our town with ratings"),
    ("pt", "leaderboard", "quem fez mais gols no futebol de quinta"),
    ("en", "calculator", "how much is 20% off 85 dollars"),
    ("en", "todo", "a list of things to do before the move"),
    ("fr", "tracker", "une appli où je note tous mes films vus"),
    ("de", "tracker", "Haustier-Impfungen im Blick behalten"),
    ("de", "directory", "ein Rezeptbuch für die Familie"),
    ("fr", "directory", "un carnet de recettes de ma grand-mère"),
    ("pt", "status", "painel de status dos servidores"),
    ("en", "leaderboard", "the fastest lap times at our karting club"),
    ("it", "flashcards", "quiz sui verbi irregolari inglesi"),
    ("es", "tracker", "quiero saber cuánto gasto en café al mes"),
    ("de", "tracker", "Ich möchte wissen, wie viele Stunden ich pro Woche arbeite"),
    ("en", "tracker", "an app to see which of my plants need water today"),
    ("fr", "directory", "liste de mes séries à regarder"),
    ("de", "directory", "Leseliste mit Autor und Bewertung"),
    ("pt", "directory", "todos os alunos da turma e suas notas"),
    ("de", "tracker", "Anwesenheitsliste für das Training"),
    ("es", "signup", "quien viene a la cena y que trae cada uno"),
    ("it", "signup", "chi porta cosa alla cena di classe"),
    ("pt", "store", "vendo bolos caseiros pelo instagram"),
    ("en", "todo", "who takes out the trash and does the dishes this week"),
    ("de", "signup", "eine Seite, wo Eltern sich für Fahrdienste zum Auswärtsspiel eintragen"),
    ("it", "leaderboard", "tenere il conto dei punti a burraco tra amici, e chi è in testa"),
    ("en", "booking", "a page for my dog grooming business where clients pick a day and time"),
    ("pt", "landing", "página inicial para minha confeitaria com bolos de pote e brigadeiros"),
    ("fr", "calculator", "moyenne de mes notes du trimestre avec coefficients"),
    ("es", "flashcards", "app para aprender las tablas de multiplicar"),
    ("en", "flashcards", "an app to learn guitar chords"),
    ("fr", "landing", "Un petit site pour ma boulangerie avec les horaires et nos spécialités"),
    ("pt", "landing", "site para o meu salão de beleza com os serviços"),
    ("pt", "todo", "um app onde todo mundo da família coloca o que precisa do mercado"),
    ("pt", "leaderboard", "toda semana a gente faz bolão do futebol, quero uma tabela de pontos"),
    ("es", "todo", "Quiero una app para saber qué le toca limpiar a cada uno en el piso"),
    ("de", "directory", "meine Bücherliste: gelesen, lese gerade, will lesen"),
    ("es", "menu", "la carta de nuestro restaurante con precios"),
    # a catalogue people browse is a directory, one that sells is a shop; adoption in six
    # languages; a barber shop whose clients book is a booking page; board games are no board
    ("pt", "directory", "Catálogo de animais para adoção com foto, idade e porte"),
    ("es", "directory", "catálogo de los perros en adopción de la protectora"),
    ("it", "directory", "catalogo dei gatti da adottare del nostro rifugio"),
    ("de", "directory", "Katalog unserer Tiere zur Vermittlung mit Foto und Alter"),
    ("fr", "directory", "un catalogue des vinyles de notre association"),
    ("pt", "store", "catálogo dos meus produtos artesanais para vender"),
    # … and one whose selling is said as not done is not
    ("pt", "directory", "catálogo das sementes crioulas que a gente guarda: nome, tipo e quem "
                        "guardou. NÃO é pra vender, é troca, nada de carrinho nem preço"),
    ("en", "directory", "a catalogue of our seed library: seeds are lent, not sold, no cart"),
    ("de", "directory", "Katalog unserer Saatgutbibliothek: nichts wird verkauft, kein Warenkorb"),
    ("it", "directory", "catalogo dei semi della nostra banca dei semi, niente da vendere, "
                        "nessun carrello, solo scambio"),
    ("es", "directory", "catálogo de las semillas que guardamos en el pueblo, sin carrito, no se "
                        "venden"),
    ("pt", "store", "catálogo da minha loja: o cliente põe no carrinho e paga"),
    # (Portuguese "no"/"na" is "in the", never a no: review25 #14)
    ("pt", "store", "catálogo das roupas da nossa loja: o cliente vê no app e compra"),
    ("pt", "store", "um catálogo das bicicletas usadas que temos no galpão para vender, com foto "
                    "e preço"),
    # the English verb borrowed: a log
    ("de", "tracker", "Ich möchte meine Medikamente tracken: Name, Dosis, Uhrzeit, genommen "
                      "ja/nein"),
    ("es", "tracker", "quiero trackear mis gastos del mes"),
    ("en", "booking", "my barber shop: a service menu and clients book a time slot"),
    ("en", "booking", "tattoo shop where people book an appointment with an artist"),
    ("en", "store", "an online shop for my barber supplies"),
    ("en", "booking", "barber shop where customers book appointments online"),
    ("pt", "booking", "barbearia: clientes marcam horário pelo site"),
    ("fr", "landing", "une page pour mon cabinet d'ostéopathie à Bordeaux avec les tarifs : "
                      "séance 60 €, bébé 45 €"),
    ("fr", "calculator", "calcul du coût de ma consommation d'électricité par appareil"),
    ("es", "calculator", "calculadora de cuánto gasta mi nevera al mes en luz"),
    ("pt", "calculator", "quanto custa deixar o ar-condicionado ligado 8 horas por dia"),
    ("es", "directory", "préstamo de herramientas entre vecinos"),
    ("es", "leaderboard", "una app para llevar la cuenta de los puntos del mus entre amigos"),
    ("de", "signup", "ich brauche eine Liste, wer beim Sommerfest welchen Kuchen mitbringt"),
    ("pt", "leaderboard", "aplicativo para organizar o campeonato de futebol do bairro com tabela "
                          "e artilheiros"),
    ("es", "signup", "necesito una web para que mis alumnos se apunten a las tutorías"),
    ("fr", "menu", "la carte du restaurant"),  # its own carte, not a map of restaurants
    ("it", "tracker", "un tracker di abitudini per noi due"),  # "due" is two, not due dates
    ("de", "calculator", "Rechner: wie lange muss ich für ein neues Fahrrad sparen"),
    ("en", "directory", "a tool library for our neighbourhood: who borrowed the ladder"),
    ("en", "directory", "a lending library for our book club: who borrowed which book and when "
                        "it is due back"),
    ("fr", "directory", "bibliothèque de prêt pour notre club de lecture, qui a emprunté quel "
                        "livre"),
    ("de", "directory", "Leihbibliothek für unseren Buchclub: wer hat welches Buch ausgeliehen"),
    ("en", "directory", "tool library for our street: lend and borrow drills and ladders"),
    ("en", "directory", "a shared library of board games in our office: who borrowed what"),
]


def test_a_function_word_of_the_prompts_language_names_no_shape() -> None:
    """Each of these words is a shape word in another of the six languages."""
    for prompt, not_shape in (("un'app per la carta fedeltà dei clienti", "menu"),
                              ("app de rotas de corrida com distância e tempo", "signup"),
                              ("quiero ver todo lo que gasto cada mes", "todo")):
        assert templates.read(prompt).kind != not_shape, prompt
    # in its own language it is one
    assert templates.read("a rota for the team's weekend shifts").kind == "signup"
    assert templates.read("sono stanco: voglio segnare le ore di sonno").kind == "tracker"


@pytest.mark.parametrize("lang,shape,prompt", MISREAD, ids=[p[:40] for _, _, p in MISREAD])
def test_shape_words_are_read_in_the_prompts_language(lang: str, shape: str,
                                                      prompt: str) -> None:
    spec = templates.read(prompt)
    assert (spec.kind, spec.lang, spec.fits) == (shape, lang, True), spec.unfit


def test_a_map_of_a_towns_places_is_a_directory_that_says_the_map_is_not_built() -> None:
    for prompt in ("une carte des restaurants de Lyon", "uma lista dos bares de Lisboa num mapa"):
        spec = templates.read(prompt)
        assert spec.kind == "directory" and "maps" in spec.unfit, (spec.kind, spec.unfit)
    assert templates.read("une carte des restaurants de Lyon").name == \
        "Restaurants de Lyon · Annuaire"
    # a restaurant's own carte stays a menu
    assert templates.read("la carte des vins de notre restaurant").kind == "menu"
    assert "maps" in templates.read("Karte der Restaurants in Wien").unfit
    # a landing page whose clients "book online" says the booking is not built
    salon = templates.read("a landing page for my hair salon where clients can book online")
    assert "bookings" in salon.unfit and salon.name == "Hair salon"  # not a bookshop's pack


def test_holiday_photos_are_read_in_their_language() -> None:
    assert templates.read("un album photo de nos vacances").lang == "fr"  # was Portuguese
    assert templates.read("photo album of our holidays").lang == "en"


@pytest.mark.parametrize("prompt,name", [
    ("a lending library for our book club", "Book club · Lending library"),
    ("bibliothèque de prêt pour notre club de lecture", "Club de lecture · Prêts"),
    ("une carte pour ma pizzeria", "Pizzeria · Carte"),
    ("habit tracker for both of us: each of us logs daily", "Habit tracker"),
    ("a shared habit tracker for the two of us", "Habit tracker"),
    ("un blog de voyage pour raconter notre tour du monde", "Voyage · Blog"),
    ("an app to track my period", "Period · Tracker"),
    ("menú del día de nuestro bar", "Bar · Menú"),
    ("un tracker di abitudini per noi due", "Abitudini"),
    ("registro de hábitos para mí", "Hábitos"),
    ("fais-moi un classement des meilleurs buteurs de notre équipe",
     "Meilleurs buteurs de notre équipe · Classement"),
    ("página para vender entradas para el concierto del colegio",
     "Entradas para el concierto del colegio · Tienda"),
])
def test_titles_read_as_a_person_would_name_the_app(prompt: str, name: str) -> None:
    assert templates.read(prompt).name == name


def test_a_lending_library_keeps_who_has_each_thing_and_when_it_is_due_back() -> None:
    spec = templates.read("a lending library for our book club: who borrowed which book and "
                          "when it is due back, and a filter for what is available")
    assert spec.fits and {"due_dates", "filters"} <= spec.features, spec.unfit
    cfg = app_config(templates.all_files(spec.kind, "web", spec.name, spec))
    keys = [f["key"] for f in cfg["fields"]]
    assert keys[:5] == ["name", "status", "holder", "since", "due"]
    on_loan = [r for r in cfg["seed"] if r["status"] == "on loan"]
    assert on_loan and all(r["holder"] and r["due"] for r in on_loan)


def test_a_typo_is_put_right_only_for_long_shape_words() -> None:
    assert shapes.mend("a dashbord and a leaderbord") == "a dashboard and a leaderboard"
    assert shapes.mend("a calcualtor") == "a calculator"  # two letters swapped: one edit
    # real words next to a shape word stay as they are
    for prompt in ("a cooking blog", "a trucker's log", "a lending library", "film directors",
                   "a tractor inventory", "fila de atendimento da loja",
                   "registro dos atendimentos do dia"):
        assert shapes.mend(prompt) == prompt
    assert reader.detect("a blog for film directors").shape == "blog"


def test_accounts_asked_in_web_mode_keep_the_shape_and_say_they_are_not_built() -> None:
    """A login word does not change what the app is; a web app says accounts need full-stack."""
    for prompt, lang in (("app per la palestra con login dove segno esercizi, serie e pesi", "it"),
                         ("un'app per i miei allenamenti in palestra con accesso utente", "it"),
                         ("un suivi de mes entraînements avec un mot de passe", "fr"),
                         ("registro de treinos com senha para cada um", "pt"),
                         ("a workout log with accounts", "en")):
        spec = templates.read(prompt)
        assert (spec.kind, spec.lang) == ("tracker", lang), prompt
        assert not spec.fits and "sign-in" in spec.unfit and "full-stack" in spec.unfit
        assert templates.read(prompt, mode="fullstack").fits, prompt


def test_accents_and_compounds_are_read_as_their_words() -> None:
    assert reader.detect("un menu per la pizzeria").shape == "menu"
    assert reader.detect("un menù per la pizzeria").shape == "menu"
    assert reader.detect("una pagina de reservacion sin acentos").shape == "booking"
    assert reader.detect("Kassenbuch für den Verein").shape == "tracker"
    assert reader.detect("Rezeptbuch für die Familie").shape != "tracker"  # a cookbook
    assert reader.detect("a workshop sign-up sheet").shape == "signup"  # not a shop
    assert reader.detect("un carnet d'adresses pour le club").shape == "directory"
    assert reader.detect("a page where people sign up for our newsletter").shape != "signup"


@pytest.mark.parametrize("prompt,lang,product", [
    ("an app like Airbnb for renting out garden sheds", "en", "Airbnb"),
    ("a TikTok-style feed for our school", "en", "TikTok"),
    ("an Airbnb for dog sitters", "en", "Airbnb"),
    ("App wie Uber für unser Dorf: Fahrer und Mitfahrer", "de", "Uber"),
    ("une appli comme Instagram pour les photos de notre club", "fr", "Instagram"),
    ("une appli à la Uber pour le village", "fr", "Uber"),
    ("una app como Spotify para la música de mi banda", "es", "Spotify"),
    ("un clone de Netflix para mi familia", "es", "Netflix"),
    ("um app tipo Netflix para os filmes da família", "pt", "Netflix"),
    ("un'app come TikTok per i video della scuola", "it", "TikTok"),
])
def test_copies_of_known_products_are_not_a_fit(prompt: str, lang: str, product: str) -> None:
    spec = templates.read(prompt)
    assert spec.lang == lang and not spec.fits
    assert spec.unfit.startswith(f"Offline templates built {spec_built(spec)}")
    assert f"they can't build an app like {product}: add a model in Settings" in spec.unfit
    assert product.lower() not in spec.subject.lower()  # the subject is the prompt's own


def spec_built(spec) -> str:
    from devora_desktop.agents.templates.spec import BUILT

    return BUILT[spec.kind]


@pytest.mark.parametrize("prompt", ["a sales dashboard for my Etsy shop",
                                    "a kanban board like Trello",
                                    "a leaderboard for my YouTube channel subscribers"])
def test_naming_a_product_is_not_asking_for_a_copy(prompt: str) -> None:
    assert templates.read(prompt).fits


def test_a_landing_pages_hero_says_what_the_prompt_is_about() -> None:
    """Its own description when the prompt gives one, else its subject: never a headline any
    product could have ("X, made simple")."""
    from tests.agents.interactions import GENERIC_HERO

    for item in [c for c in CORPUS if c["shape"] == "landing"]:
        page = _built(item["text"])[1]["index.html"]
        hero = re.search(r"<h2>(.*?)</h2>", page).group(1)
        assert not GENERIC_HERO.search(hero), (item["text"], hero)
    spec = templates.read("landing page for my app FocusFox (a pomodoro timer that blocks "
                          "distracting sites)")
    page = templates.all_files(spec.kind, "web", spec.name, spec)["index.html"]
    assert spec.name == "FocusFox"  # the product's own spelling
    assert "<h2>A pomodoro timer that blocks distracting sites.</h2>" in page


@pytest.mark.parametrize("prompt,score,order,match", [
    ("a chess club leaderboard", "points", "desc", "points"),
    ("a ladder for our squash club where the ratings update", "rating", "desc", "elo"),
    ("fastest 5k times leaderboard for the running group", "time", "asc", ""),
    ("classifica dei marcatori del torneo di calcetto", "goals", "desc", ""),
    ("Rangliste für unser Dart-Turnier mit Siegen", "wins", "desc", "win"),
    ("a step-count leaderboard for our team at work", "steps", "desc", ""),
])
def test_a_leaderboard_ranks_what_the_prompt_counts(prompt: str, score: str, order: str,
                                                    match: str) -> None:
    """Ratings move by Elo after a game, times rank the lowest first, a league's games are
    recorded two players at a time."""
    opts = dataapp.config(templates.read(prompt))["opts"]
    assert (opts["score"], opts["order"], opts["match"]) == (score, order, match)


def test_a_blog_asked_for_categories_files_each_post_under_one() -> None:
    spec = templates.read("a blog for my pottery studio with categories for glazes and events")
    assert spec.fits, spec.unfit
    cfg = dataapp.config(spec)
    assert "category" in [f["key"] for f in cfg["fields"]]
    assert all(row.get("category") for row in cfg["seed"])
    assert "category" not in [f["key"] for f in dataapp.config(
        templates.read("a blog about bread"))["fields"]]


def test_photos_are_built_where_entries_are_shown_and_said_where_they_are_not() -> None:
    spec = templates.read("a directory of the dogs at our shelter with photos")
    assert spec.fits and spec.has("images")
    fields = dataapp.config(spec)["fields"]
    assert fields[1] == {"key": "photo", "label": "Photo", "type": "image"}
    status = templates.read("a status page for our API with pictures")
    assert not status.fits and "image uploads" in status.unfit
    # a full-stack blog's posts show photos by their https link (Markdown.tsx)
    full = templates.read("a travel blog with photos from each trip", "fullstack")
    assert full.fits and full.has("images"), full.unfit


def test_a_tracker_asked_for_a_chart_draws_its_monthly_totals() -> None:
    asked = dataapp.config(templates.read("un suivi de mes dépenses avec des graphiques"))
    assert asked["view"] == "list" and asked["opts"].get("chart") is True
    assert not dataapp.config(templates.read("a reading log"))["opts"].get("chart")


@pytest.mark.parametrize("prompt", [
    "ein Protokoll für den Schachverein, jeder Eintrag hat Name, Name, NAME und Name, ein "
    "Diagramm pro Monat",
    "a log for the chess club, each entry has name, Name and NAME, a chart per month",
])
def test_a_log_with_no_number_claims_no_chart(prompt: str) -> None:
    # found by bench/fuzz_pages.py: the chart sums a number each entry holds; a log of words
    # alone drew none on the page, and its config and claims said it had one
    spec = templates.read(prompt)
    cfg = dataapp.config(spec)
    assert cfg["view"] == "list"
    assert not any(x["type"] in ("number", "money") for x in cfg["fields"]), cfg["fields"]
    assert not cfg["opts"].get("chart") and "charts" not in templates.contains(spec, "web")


def test_what_a_tracker_claims_it_has() -> None:
    """Categories asked for are a field; a habit tracker (a week of ticks) has no chart and
    says so instead of being approved without one."""
    spec = templates.read("a reading tracker with categories")
    assert spec.fits and "category" in [f["key"] for f in dataapp.config(spec)["fields"]]
    habits = templates.read("a habit tracker with charts")
    assert not habits.fits and "charts on a habit tracker" in habits.unfit


@pytest.mark.parametrize("prompt,name,keys", [
    ("Um app simples onde eu escolho meu humor todos os dias", "Humor diário",
     ["date", "mood", "note"]),
    ("una app para apuntar cómo me siento todos los días", "Diario de ánimo",
     ["date", "mood", "note"]),
    ("Mes séances de course à pied : date, distance, durée, allure et total du mois",
     "Mes courses", ["date", "distance", "minutes", "pace", "note"]),
    ("le mie corse: data, chilometri, tempo e passo medio", "Le mie corse",
     ["date", "distance", "minutes", "pace", "note"]),
    # a ride's is its speed, not a running pace (walk14 #32; changed on purpose)
    ("log my bike rides", "My rides", ["date", "distance", "minutes", "speed", "note"]),
    ("ein Trainingstagebuch fürs Fitnessstudio", "Trainingstagebuch",
     ["date", "exercise", "sets", "reps", "weight", "note"]),
    ("quero marcar toda noite quantas horas dormi", "Registro de sono",
     ["date", "hours", "note"]),
])
def test_a_tracker_keeps_what_its_prompt_counts_and_is_named_for_it(prompt: str, name: str,
                                                                   keys: list[str]) -> None:
    """Named in the prompt's language for what it keeps, never a verb phrase of the prompt."""
    spec = templates.read(prompt)
    cfg = app_config(templates.all_files(spec.kind, "web", spec.name, spec))
    assert (spec.kind, spec.name) == ("tracker", name)
    assert [f["key"] for f in cfg["fields"]] == keys
    assert all(set(row) <= set(keys) | {"id", "_example"} for row in cfg["seed"])


@pytest.mark.parametrize("prompt,sleep", [
    # an evening said with hours of something else is when they are logged (review26 #38)
    ("Every evening I log my hours of piano practice", False),
    ("Je note chaque soir mes heures de bénévolat à la banque alimentaire", False),
    ("Ogni sera segno le ore di volontariato al banco alimentare", False),
    ("every night I log how many hours I slept", True),
    ("jeden Abend trage ich ein, wie viele Stunden ich geschlafen habe", True),
])
def test_an_evening_with_hours_of_a_thing_is_no_sleep_log(prompt: str, sleep: bool) -> None:
    assert (titles.tracker_kind(prompt) == "sleep") == sleep


@pytest.mark.parametrize("prompt,name", [
    ("Queria um app pra marcar quanta água eu bebo", "Água"),
    ("Fai una landing per il mio studio di yoga", "Studio di yoga"),
    ("je veux noter mes lectures du mois", "Lectures du mois"),
    ("Landing page for my B&B in Puglia with sea-view rooms", "B&B"),
    # a greeting opens the prompt, it names nothing (round 23's "Huhu · Maschenrechner")
    ("Huhu! Ich stricke viel und hätte gern einen Maschenrechner: Maschen und Reihen auf 10 "
     "cm, Breite und Länge", "Maschenrechner"),
    ("oi, quero uma lista das sementes da comunidade", "Sementes da comunidade"),
    ("salut ! je voudrais un suivi de mes plantes avec arrosage", "Plantes"),
    ("ciao, un elenco dei nostri vini con annata e cantina", "Vini"),
    # nor does a salutation of several words, whomever it greets (round 24's "There ·
    # Calculator", "Zusammen · Verzeichnis", "Bom dia · Calculadora")
    ("Hi there! Our choir needs a sign-up sheet for the Christmas concert refreshments",
     "Christmas concert refreshments"),
    ("Hallo zusammen, wir brauchen eine Rangliste vom Eisstockschießen", "Eisstockschießen"),
    ("Bom dia. Queria uma calculadora de rega para a minha horta", "Rega"),
    ("Buonasera, vorremmo un elenco dei volontari della Misericordia", "Volontari"),
    ("¡Buenas tardes a todos! Quiero un registro de las colmenas", "Colmenas"),
    ("Bonsoir à tous, il nous faut un tableau de bord des dons", "Dons"),
    ("Assalamu alaikum! We need a rota for the iftar cooking", "Iftar cooking"),
    ("Oi gente, bom dia! Quero uma lista de tarefas da festa junina", "Festa junina"),
    # nor an asking verb in the third person ("on voudrait …" was "Voudrait · …", spar27 #50)
    ("Pour notre club de radioamateurs, on voudrait une page de statut des 4 relais", "4 relais"),
    ("Au village on voudrait un classement de la course en sac", "Course"),
])
def test_titles_name_the_subject_not_the_asking(prompt: str, name: str) -> None:
    assert templates.read(prompt).name.startswith(name)


@pytest.mark.parametrize("prompt,shape,name", [
    # a pronoun or a question word opens no subject (round 25's "What · Directory", "It ·
    # Sign-up sheet"): the group the story names is
    ("What we need is a list of the allotment holders with their plot", "directory",
     "Directory"),
    ("It would be great to have a sign-up sheet for the litter pick", "signup", "Sign-up sheet"),
    ("Our stargazing club wants a place where what we observed gets written up for members "
     "to read", "blog", "Stargazing club ·"),
    ("Our choir keeps its sheet music in boxes marked 'to copy', 'copied', 'handed out'. Could "
     "you make a page where we add a piece and move it along", "board", "Choir ·"),
    # nor a wish, nor a verb alone after what governs it ("Servirebbe", "Ripassare")
    ("quiero una lista de tareas para organizarlo", "todo", "Lista de tareas"),
    ("vorrei delle flashcard per ripassare", "flashcards", "Flashcard"),
    ("je voudrais un classement pour jouer", "leaderboard", "Classement"),
    # the sentence's verb ends the subject ("… club meets once", "… tem 60 sócios")
    ("Our quilting circle meets every Thursday and wants a sign-up sheet for the Christmas fair",
     "signup", "Quilting circle ·"),
    ("a nossa cooperativa tem 60 sócios e queria uma lista dos sócios com telefone",
     "directory", "Cooperativa ·"),
    ("nuestra peña de mus jugamos los viernes y queremos una clasificación", "leaderboard",
     "Mus ·"),
    # who may see it is no subject either ("Apiculteurs réservé aux adhérents connectés")
    ("annuaire des apiculteurs réservé aux adhérents connectés : nom, commune, ruches",
     "directory", "Apiculteurs ·"),
])
def test_titles_open_with_no_pronoun_wish_or_verb(prompt: str, shape: str, name: str) -> None:
    """A subject is a noun phrase of what the app is about, in any of the six languages; with
    none, the app is named by its kind alone."""
    got = templates.read(prompt, shape=shape).name
    assert got.startswith(name) if name.endswith("·") else got == name


def _computed_the_same_in_the_page(how: str, want: list[str]) -> None:
    """``dataapp.<how>`` (a sample row, Python) and the engine's ``<how>(row)`` (a row typed
    in the page) give ``want`` for the same distances and times."""
    assert [getattr(dataapp, how)(5.2, 29), getattr(dataapp, how)(10, 50)] == want[:2]
    node = shutil.which("node")
    if not node:
        pytest.skip("node is not installed")
    text = dataapp.ENGINE_JS.read_text(encoding="utf-8")
    start = text.index(f"function {how}(row)")
    fn = text[start:text.index("\n}\n", start) + 3]
    script = (f"const A = {{ opts: {{ pace: ['d', 't'] }} }};\n{fn}\nconsole.log(JSON.stringify("
              f"[{how}({{ d: 5.2, t: 29 }}), {how}({{ d: 10, t: 50 }}), {how}({{ d: 0, t: 5 }}), "
              f"{how}({{ d: 3, t: '' }})]));")
    out = subprocess.run([node, "-e", script], capture_output=True, text=True, timeout=30)
    assert json.loads(out.stdout) == want, out.stderr


@pytest.mark.parametrize("how,want", [("pace", ["5:35", "5:00", "", ""]),
                                      ("speed", ["10.8", "12.0", "", ""])])
def test_a_runs_pace_and_a_rides_speed_are_computed_the_same_in_the_page(
        how: str, want: list[str]) -> None:
    """The pace of a sample row (Python) and of a row typed in the page (dataapp.js); a ride's
    speed in km/h the same way (walk14 #32: a ride had a running pace)."""
    _computed_the_same_in_the_page(how, want)


def test_a_league_table_counts_wins_draws_and_losses() -> None:
    spec = templates.read("tabela da liga de FIFA com os amigos: vitórias, empates, derrotas "
                          "e pontos")
    cfg = app_config(templates.all_files(spec.kind, "web", spec.name, spec))
    assert cfg["opts"]["score"] == "points" and cfg["opts"]["match"] == "points"
    assert [f["label"] for f in cfg["fields"]] == ["Nome", "Pontos", "Jogos", "Vitórias",
                                                   "Empates", "Derrotas"]
    for row in cfg["seed"]:  # 3 a win, 1 a draw
        assert row["points"] == 3 * row["won"] + row["drawn"]
        assert row["played"] == row["won"] + row["drawn"] + row["lost"]


def test_a_local_business_hero_says_what_it_offers_in_the_prompts_words() -> None:
    for prompt, offer in (
            ("Landing page for my B&B in Puglia with sea-view rooms and breakfast on the "
             "terrace", "sea-view rooms and breakfast on the terrace"),
            ("une page d'accueil pour ma boulangerie avec pain au levain et viennoiseries",
             "pain au levain et viennoiseries"),
            ("a landing page for my pottery studio that offers weekend wheel classes",
             "weekend wheel classes")):
        spec = templates.read(prompt)
        page = templates.all_files(spec.kind, "web", spec.name, spec)["index.html"]
        hero = re.search(r"<h2>(.*?)</h2>", page).group(1)
        assert offer in html.unescape(hero), hero
    # page parts asked for are not what the place offers
    spec = templates.read("a landing page for my bakery with a contact form and a waitlist")
    page = templates.all_files(spec.kind, "web", spec.name, spec)["index.html"]
    assert "contact form" not in re.search(r"<h2>(.*?)</h2>", page).group(1)


def test_a_local_business_page_lists_what_it_offers() -> None:
    spec = templates.read("une page d'accueil pour ma boulangerie avec pain au levain, "
                          "viennoiseries et café")
    page = templates.all_files(spec.kind, "web", spec.name, spec)["index.html"]
    features = re.search(r'<section id="features".*?</section>', page, re.S).group()
    assert re.findall(r"<h3>(.*?)</h3>", features) == ["Pain au levain", "Viennoiseries", "Café"]
    assert "minutes" not in features and "data" not in features  # no software copy


def test_a_mood_tracker_asked_for_a_calendar_colours_a_month_by_mood() -> None:
    spec = templates.read("Quero registrar meu humor diário com um calendário do mês")
    assert spec.fits
    cfg = app_config(templates.all_files(spec.kind, "web", spec.name, spec))
    assert cfg["opts"]["calendar"] == "mood"
    assert "calendar" not in app_config(templates.all_files(
        "tracker", "web", "x", templates.read("um app onde eu escolho meu humor")))["opts"]
    # other trackers have no calendar and say so
    assert "a calendar view" in templates.read("a habit tracker with a calendar").unfit


def test_a_car_pool_is_drivers_with_seats_that_riders_take() -> None:
    for prompt, driver, seats in (
            ("Fahrgemeinschaft für den Elternabend: wer fährt, wie viele Plätze frei",
             "Fahrer", "Sitzplätze"),
            ("covoiturage pour le match de dimanche : qui conduit, combien de places",
             "Conducteur", "Places"),
            ("a carpool sheet for the away games: drivers, seats and riders", "Driver", "Seats")):
        spec = templates.read(prompt)
        cfg = app_config(templates.all_files(spec.kind, "web", spec.name, spec))
        assert spec.kind == "signup" and [f["label"] for f in cfg["fields"]][::3] == [driver,
                                                                                      seats]
        for i, row in enumerate(cfg["seed"]):  # riders never exceed a car's seats
            assert len(cfg["opts"]["signups"].get(f"s{i}", [])) < row["capacity"]


@pytest.mark.parametrize("prompt", [
    "Quero um app pra anotar meu humor todo dia e receber um lembrete à noite",
    "a water tracker that reminds me every hour to drink",
    "un suivi d'habitudes qui m'envoie un rappel chaque soir",
    "Gewohnheitstracker mit Erinnerung aufs Handy",
    "un tracker di abitudini che mi manda un promemoria",
    "una app de hábitos que me mande un recordatorio",
    "voglio un tracker per ricordarmi quando innaffiare le piante",
])
def test_a_reminder_sent_to_someone_is_said_as_not_built(prompt: str) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "tracker" and "can't build email or push notifications" in spec.unfit


def test_a_list_of_reminders_is_a_to_do_list() -> None:
    assert templates.read("a reminders app for my errands").fits


def test_fields_listed_after_a_colon_with_their_choices_in_brackets() -> None:
    """'… – Name, Gewerk (Elektriker, Maler, Schreiner…), Telefonnummer. Man soll nach Gewerk
    filtern können': a choice field to filter by, so the directory has the filter asked for."""
    spec = templates.read("Verzeichnis der Handwerker in unserem Dorf – Name, Gewerk "
                          "(Elektriker, Maler, Schreiner…), Telefonnummer. Man soll nach Gewerk "
                          "filtern können")
    cfg = app_config(templates.all_files(spec.kind, "web", spec.name, spec))
    trade = next(f for f in cfg["fields"] if f["label"] == "Gewerk")
    assert spec.fits and trade["type"] == "select"
    assert [o[1] for o in trade["options"]] == ["Elektriker", "Maler", "Schreiner"]
    assert {row["gewerk"] for row in cfg["seed"]} <= {o[0] for o in trade["options"]}
    assert shapes.named_fields("annuaire : nom, type (sport, culture), contact") == [
        ("Nom", "text"), ("Type", "select:sport|culture"), ("Contact", "text")]
    assert shapes.named_fields("WG-Aufgaben: wer putzt was, in Spalten verschieben") == []


def test_a_timer_or_a_rent_splitter_is_said_as_not_built() -> None:
    for prompt, said in (("cronômetro para meus treinos de corrida", "a timer or stopwatch"),
                         ("un minuteur pomodoro pour travailler", "they can't build"),
                         ("app to split rent between flatmates", "an expense splitter")):
        assert said in templates.read(prompt).unfit, prompt
    # a landing page for a timer app is a landing page
    assert templates.read("landing page for my app FocusFox (a pomodoro timer)").fits


def test_days_since_the_last_time_is_built_in_a_log_of_items() -> None:
    """walk9: 'a tracker for my plant watering with how many days since last watered' built a
    log of dates and amounts and ended 'finished · validators passed'. A plain log now shows
    each item's last date and the days since (dataapp's per-item table: shape10, on purpose;
    tests/agents/test_tracker_since.py uses it); a log with no item to count by still says it
    can't (and is then not approved)."""
    for prompt in ("a tracker for my plant watering with how many days since last watered",
                   "suivi de l'arrosage : combien de jours depuis le dernier arrosage",
                   "registro de riego con los días desde el último riego",
                   "Gießprotokoll: wie viele Tage seit dem letzten Gießen"):
        spec = templates.read(prompt)
        assert spec.fits and "days_since" in spec.features, prompt
    for prompt in ("a log of my runs with distance and time, and the days since my last run",
                   "a habit tracker with streaks and days since I last skipped"):
        spec = templates.read(prompt)
        assert not spec.fits and "a count of days since the last time" in spec.unfit, prompt
    # the date calculator counts days between dates: that is its job
    assert "days since" not in templates.read("calculator: how many days since a date").unfit
    # a tracker that does not ask for it is not told it lacks it
    assert "days since" not in templates.read("a tracker for my plant watering").unfit


@pytest.mark.parametrize("prompt,said", [
    # a map beside a directory is a link per address (tests/agents/test_list_maps.py);
    # a map of things is the app, and not built
    ("une appli avec la carte des pistes cyclables", "maps"),
    ("ein Shop mit Bezahlung per PayPal", "online payments"),
    ("uma loja com pagamento por Pix", "online payments"),
    ("un menu con pagamento online", "online payments"),
    ("a sign-up sheet that sends a QR code ticket", "QR codes"),
    ("un blog multilingue en français et anglais", "translations"),
    ("a leaderboard that updates live during the game", "real-time"),
    ("quadro kanban com anexos de arquivos", "file uploads"),
    ("Terminbuchung mit SMS-Erinnerung", "SMS or WhatsApp messages"),
    ("an expense tracker that reads the amount off a photo from my camera", "camera"),
    ("an expense tracker that scans my receipts", "scanning"),
    ("un registro de gastos que escanea mis facturas", "scanning"),
    ("un suivi de mes plantes qui reconnaît chaque plante en photo", "recognition"),
    ("ein Vogel-Tagebuch, das Vogelstimmen erkennt", "recognition"),
    ("um diário de músicas que reconhece a música pelo som", "recognition"),
    ("un diario dei funghi che riconosce i funghi dalla foto", "recognition"),
    # approved before, though the page does none of it
    ("a booking page for my salon that sends a confirmation text to the client", "SMS"),
    ("une boutique en ligne avec paiement par carte", "online payments"),
    ("a menu where customers pay at the table with their phone", "online payments"),
    ("a habit tracker with a weekly report emailed to me", "notifications"),
    ("a landing page with a contact form that sends me an email", "notifications"),
    ("un blog avec newsletter pour les abonnés", "newsletter"),
    ("a leaderboard that updates automatically from our game server", "by itself"),
    ("a budget tracker that imports my bank transactions automatically", "by itself"),
    ("una pagina di stato che controlla automaticamente se il sito è online", "by itself"),
    ("a flashcards app with spoken pronunciation", "audio or speech"),
    ("a kanban board with time tracking per card", "time tracking"),
    ("ein Vereinsverzeichnis mit Karte der Standorte", "maps"),
    ("page de réservation pour mon salon qui envoie un texto de confirmation au client",
     "notifications"),
    ("pagina di prenotazione per il mio salone che manda un messaggio di conferma",
     "notifications"),
    ("um cardápio onde os clientes pagam pelo celular na mesa", "online payments"),
    ("un registro de gastos que importa los movimientos del banco automáticamente",
     "by itself"),
    ("uma página de status que verifica sozinha se o site está no ar", "by itself"),
    ("un suivi d'habitudes avec un rapport envoyé par e-mail chaque semaine", "notifications"),
])
def test_what_no_offline_app_does_is_said_in_six_languages(prompt: str, said: str) -> None:
    spec = templates.read(prompt)
    assert said in spec.unfit, spec.unfit
    assert spec.name != "PayPal"  # a payment provider is never the app's name


def test_reviews_asked_in_french_are_built_and_a_newsletter_board_is_a_board() -> None:
    spec = templates.read("un annuaire des artisans avec avis et notes des clients")
    assert spec.fits and spec.has("ratings")
    assert templates.read("a kanban board for our newsletter with ideas, drafting and "
                          "published columns").fits
    assert templates.read("a time tracker for my freelance projects").fits
    assert templates.read("gestionar los turnos de voluntarios del banco de alimentos").fits


def test_a_list_scanned_by_eye_is_no_scanner() -> None:
    assert templates.read("a to-do list I can scan quickly").fits
    assert templates.read("prenotazioni per la mia pensione: 4 camere, scegli la camera").fits


def test_a_runs_pace_is_computed_the_same_in_the_page() -> None:
    """The pace of a sample row (Python) and of a row typed in the page (dataapp.js)."""
    _computed_the_same_in_the_page("pace", ["5:35", "5:00", "", ""])


def test_a_rides_speed_is_computed_the_same_in_the_page() -> None:
    """A ride's speed (km/h), as its pace above (walk14 #32: a ride had a running pace)."""
    _computed_the_same_in_the_page("speed", ["10.8", "12.0", "", ""])
