"""The offline verdict says what was built and only what can't be: a capability the prompt asks
for (reading e-mail, AI, posting for you, a game) is named; a word that only sounds like one
(a map website, a town in Iowa, a programme on Facebook, a chess tournament's ranking) invents
nothing; a reading with nothing else to choose is not hedged, and a can't-build verdict offers
no other app that can't build it either. Prompts of my own, in the six languages."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from devora_desktop.agents import shape_question, templates
from devora_desktop.agents.templates import learned, reader
from devora_desktop.agents.templates.spec import READS_MAIL


def built(prompt: str) -> templates.Spec:
    """The spec of the app a run builds when nobody answers the shape question."""
    found = reader.read(prompt)
    return templates.read(prompt, shape=None if found.sure else found.offered[0])


@pytest.mark.parametrize("prompt", [
    # a map word that names another thing: a site or a server of maps, maps the person makes,
    # "on the map" said of being known, a menu's "carte"
    "status page for the Minecraft server + the Discord bot + the map website, with uptime bars",
    "página de estado para el servidor de Minecraft + el bot de Discord + la web del mapa",
    "página de status do servidor de Minecraft + o bot do Discord + o site do mapa",
    "pagina di stato per il server di Minecraft + il bot Discord + il sito della mappa",
    "website to put my pottery studio on the map, with my prices and opening hours",
    "a to-do list for my D&D campaign: finish the maps I'm drawing, write the villains, buy dice",
    "la carte de ma crêperie : les galettes sur la carte changent chaque semaine, complète 9 €, "
    "jambon fromage 7,50 €",
    "Wochenkarte unseres Imbisses: was auf der Karte steht, Currywurst 4,50 €, Pommes 3 €",
    # a US state after a town is no AI
    "landing page for my bakery in Ames, IA with our hours and a contact form",
    "a directory of farms around Des Moines, IA with phone numbers",
    # a programme or a share button on a social service is no posting for you
    "page d'accueil pour mon cabinet, avec le programme des ateliers sur Facebook",
    "página para mi estudio de yoga con el horario de clases y el programa en Instagram",
    "a recipe blog with buttons to share each recipe on Facebook",
    # a chess tournament's ranking or log is no game to play
    "ranking do nosso torneio de xadrez online do clube",
    "classement de notre tournoi d'échecs en ligne entre collègues",
    "clasificación del torneo de ajedrez en línea del club",
    "a leaderboard for our club's chess online league",
    "a tracker of the games I play on my chess board against my dad, wins and losses",
    "Rangliste für unser Turnier im Verein, Schach online, mit Punkten",
    "classifica del torneo di scacchi online del circolo",
    # a volunteers' rota with places per time and each putting a name down is a sign-up sheet
    "planning des bénévoles pour la brocante du 3 mai : 8h-10h accueil (2 pers.), 10h-12h "
    "buvette (3 pers.), chacun met son prénom",
    "aiutanti per il mercatino della scuola il 9 maggio: 8-10 allestimento (3 persone), 10-12 "
    "cassa (2 persone), ognuno scrive il nome",
    "ajudantes para a quermesse de 14 de junho: 9h-11h montagem (3 pessoas), 11h-13h bar "
    "(2 pessoas), cada um coloca o nome",
])
def test_an_incidental_word_invents_no_missing_capability(prompt: str) -> None:
    spec = built(prompt)
    assert spec.fits, spec.unfit


@pytest.mark.parametrize("prompt,shape", [
    ("planning des bénévoles pour la brocante du 3 mai : 8h-10h accueil (2 pers.), 10h-12h "
     "buvette (3 pers.), chacun met son prénom", "signup"),
    ("helpers for the church jumble sale on 12 October: 9-11 tea urn (2 people), 11-1 book "
     "table (3 people), everyone puts their name", "signup"),
    ("ayudantes para el mercadillo del cole el 5 de junio: 9-11 montaje (3 personas), 11-13 "
     "barra (2 personas), cada uno pone su nombre", "signup"),
    # nothing else to choose: the list or the log built is not hedged
    ("Elternliste der Kita-Gruppe Sonnenblume mit Name des Kindes, Eltern, Telefon und "
     "Allergien", "directory"),
    ("planilha de gastos do mês com categoria: mercado, aluguel, transporte, lazer", "tracker"),
    ("i want smth to keep track of my cats vet visits and meds", "tracker"),
    ("sito per il mio B&B sul lago di Como, 3 camere, colazione inclusa, da 90 € a notte",
     "landing"),
    # the learned reader leans, short of sure, to an app no word points to: no choice either
    ("lista de diaristas de confiança do condomínio com nome, telefone, dias livres e valor "
     "da diária", "directory"),
    ("lista de presença pro chá de bebê da Júlia no sábado 14 de junho, cada um diz o que "
     "vai levar", "signup"),
    ("lista de asistencia para la comunión de Lucía el sábado 5 de junio, cada uno dice qué "
     "trae", "signup"),
    ("brauch ne liste wer im verein welche schlüssel hat", "directory"),
    ("list of babysitters in the neighbourhood with name, phone and hourly rate", "directory"),
    ("liste des baby-sitters du quartier avec nom, téléphone et tarif horaire", "directory"),
    ("jveux une liste pour les cadeaux de noel: pour qui, idée, prix, acheté ou pas",
     "directory"),
    # a site for one's own place, its hours and town its content, names no other app: the
    # learned reader's lean from the place's words (a bakery's menu, hours read as a booking
    # page's) is no choice (walk25 #9)
    ("Site pour mon garage Auto Lefèvre à Rennes, ouvert du lundi au samedi de 8h à 18h",
     "landing"),
    ("Website for our bakery Rye & Co in York, open Wednesday to Sunday 8am to 4pm", "landing"),
    ("Sitio web para mi panadería El Trigal en Granada, abierta de lunes a sábado de 8 a 14",
     "landing"),
    ("Webseite für unsere Bäckerei Kornblume in Ulm, geöffnet Montag bis Samstag 6 bis 18 Uhr",
     "landing"),
    ("Site para a nossa padaria Trigo Bom em Coimbra, aberta de segunda a sábado das 6h às 20h",
     "landing"),
    ("Sito per la mia panetteria Spiga d'Oro a Lecce, aperta dal lunedì al sabato dalle 7 "
     "alle 13", "landing"),
    # … and who comes to a family's occasion, each saying what they bring, is a sign-up sheet
    ("Attendance list for Mia's baby shower on 14 June, everyone says what they'll bring",
     "signup"),
    # a home sold is no shop: the to-do list alone is named
    ("todo list for getting my house ready to sell w/ deadline and who does it (me or the "
     "realtor)", "todo"),
])
def test_a_reading_with_nothing_else_to_choose_is_sure(prompt: str, shape: str) -> None:
    found = reader.read(prompt)
    assert found.sure and found.shape == shape, (found.offered, found.learned)


@pytest.mark.parametrize("prompt", [
    # a site for one's place where people are to do something, in words no cue knows: not sure
    # of the page alone
    "Site para a minha padaria Trigo Bom, aberta das 6h às 20h, os clientes encomendam o pão",
    "Sito per la mia pizzeria a Lecce, aperta dalle 18 alle 23, si prenota il tavolo",
])
def test_a_site_where_people_do_something_is_no_page_alone(prompt: str) -> None:
    assert not reader.read(prompt).site_alone


def test_a_shape_the_learned_reader_leans_to_is_still_offered() -> None:
    # "lista de alumnos …": a list; the learned reader's lean to a to-do list that no word
    # points to is offered when it is strong (p >= UNPOINTED), never the log the rules add
    found = reader.read("lista de alumnos del taller de cerámica con nombre, teléfono y "
                        "alergias")
    leaning = dataclasses.replace(found, learned=learned.Guess(
        (("todo", reader.UNPOINTED), ("directory", 0.3), ("tracker", 0.1)), words=12))
    assert not leaning.sure and leaning.offered == ("directory", "todo"), leaning.offered
    # … and at p 0.32 it is no reading of the prompt: the list is sure, nothing hedged
    weak = dataclasses.replace(found, learned=learned.Guess(
        (("todo", 0.33), ("directory", 0.32), ("tracker", 0.1)), words=12))
    assert weak.sure and weak.shape == "directory", weak.offered


@pytest.mark.parametrize("prompt", [
    "an app that reads my emails and automatically replies to customers",
    "une appli qui lit mes mails et répond automatiquement aux clients",
    "una app que lea mis correos y responda sola a los clientes",
    "eine App, die meine E-Mails liest und automatisch antwortet",
    "um app que lê meus e-mails e responde sozinho aos clientes",
    "un'app che legge le mie email e risponde automaticamente ai clienti",
])
def test_reading_and_answering_mail_is_named(prompt: str) -> None:
    spec = built(prompt)
    assert READS_MAIL in spec.wanting and "what was asked" not in spec.wanting, spec.unfit


@pytest.mark.parametrize("prompt", [
    "an app that tracks my location and shares it with my family in real time",
    "une appli qui partage ma position avec mes amis",
    "una app que comparte mi ubicación con mi familia",
    "eine App, die meinen Standort mit der Familie teilt",
    "um app que compartilha minha localização com a família",
    "un'app che condivide la mia posizione con la famiglia",
])
def test_a_position_shared_is_named_as_live_location(prompt: str) -> None:
    spec = built(prompt)
    assert spec.wanting == "live location (GPS)", spec.unfit


@pytest.mark.parametrize("prompt,said", [
    ("une appli qui traduit automatiquement mes appels en direct",
     "translating calls or conversations"),
    ("voglio giocare a scacchi online con mio nonno", "a game ("),
    ("I want to play chess online with my dad", "a game ("),
    ("eine App mit KI, die meine Notizen zusammenfasst", "AI features"),
    ("une appli pour la programmation de mes posts sur Instagram",
     "posting to social media for you"),
    ("a directory of the dog-friendly cafés in town with a map", "a map drawn in the page"),
    ("un annuaire des boulangeries de Lyon sur une carte", "maps"),
])
def test_what_is_asked_in_so_many_words_is_still_said(prompt: str, said: str) -> None:
    assert said in built(prompt).unfit


@pytest.mark.parametrize("prompt", [
    "un gioco multiplayer online tipo fortnite",
    "une appli de rencontres pour les gens de mon village",
    "an app that reads my emails and automatically replies to customers",
    "an app that tracks my location and shares it with my family in real time",
    "una app para hacer videollamadas con mis alumnos",
])
def test_a_cant_build_verdict_offers_no_app_that_cant_build_it_either(prompt: str) -> None:
    guessed = asyncio.run(shape_question.settle(prompt, None, None, lambda _: None))
    if guessed is None:  # the reader is sure: no other app is offered, and the verdict says so
        assert "can't build" in templates.read(prompt).unfit
        return
    assert guessed.how == "guessed"
    unfit = templates.read(prompt, shape=guessed.shape.shape).unfit
    assert "can't build" in unfit
    assert shape_question.hedge(prompt, guessed, "web", unfit) == ""


@pytest.mark.parametrize("prompt,blank", [
    ("quiz de 6 preguntas sobre la historia de México", "its 6 questions to write"),
    ("a trivia quiz about dinosaurs for my son's party", "its 5 questions to write"),
    ("a quiz about european capitals", ""),
    # cards whose answers are left to write say so too
    ("mon fils (CM2) doit apprendre les verbes irréguliers anglais : be, have, go, see, take",
     "The 5 cards are built with their answers to write"),
    ("Vokabelkarten Spanisch: hablar, comer, vivir", "The 3 cards are built with their answers"),
    ("flashcards for my exam", ""),
])
def test_a_quiz_left_to_write_says_so(prompt: str, blank: str) -> None:
    note = templates.to_write_note(templates.read(prompt))
    assert (blank in note and "add a model" in note) if blank else note == ""


@pytest.mark.parametrize("prompt", [
    "eine App, die meine Strava-Läufe automatisch synchronisiert und die Wochenkilometer zeigt",
    "an app that syncs my runs from Strava and shows my weekly km",
    "une appli qui importe mes sorties depuis Strava et montre les km de la semaine",
    "una app que sincroniza mis carreras con Garmin y muestra los km semanales",
    "um app que sincroniza minhas corridas do Strava e mostra os km da semana",
    "un'app che importa le mie corse da Strava e mostra i km della settimana",
])
def test_runs_synced_from_another_service_are_said_as_not_built(prompt: str) -> None:
    assert "data that arrives or is checked by itself" in built(prompt).unfit


@pytest.mark.parametrize("prompt,blank", [
    # nobody wrote any question: not the quiz asked for, and the verdict says so
    ("quiz sur les vins de Bordeaux, 5 questions", "the quiz's 5 questions"),
    ("Quiz über die Planeten des Sonnensystems mit 8 Fragen", "the quiz's 8 questions"),
    ("quiz de 5 preguntas sobre la Segunda Guerra Mundial", "the quiz's 5 questions"),
    ("quiz de futebol com 5 perguntas sobre as copas do mundo", "the quiz's 5 questions"),
    ("quiz sulla storia di Venezia con 6 domande", "the quiz's 6 questions"),
    ("a trivia quiz about dinosaurs for my son's party", "the quiz's 5 questions"),
    # the person writes them, or some are written: what was asked, with the note
    ("Quiz di anatomia per i miei studenti: io creo le domande, loro rispondono", ""),
    ("a quiz for new hires at our roastery, the manager writes the questions", ""),
    ("un quiz sur le code de la route, je crée mes propres fiches", ""),
    ("Karteikarten für die Jägerprüfung, die Fragen schreibe ich selbst", ""),
    ("tarjetas para repasar biología, escribo las preguntas yo", ""),
    ("quiz de capitais pro meu filho: 10 perguntas (país -> capital)", ""),
    ("quiz de capitais da Europa pra minha sobrinha, 10 perguntas", ""),
    # a card's two sides laid out: cards to fill in
    ("tarjetas para repasar historia: la pregunta por un lado y la respuesta por el otro", ""),
    ("quiz per ripassare anatomia, domanda davanti e risposta dietro", ""),
    ("quiz pra estudar farmacologia: na frente o remédio, atrás a dose", ""),
    ("révisions code de la route : une question sur la carte, la réponse derrière, environ "
     "40 questions", ""),
    # a quiz said by its questions, not by the word: the same
    ("preguntas tipo test para el examen teórico de conducir, 6 preguntas", "the quiz's 6 questions"),
    ("QCM pour réviser le code de la route", "the quiz's 5 questions"),
    ("Karteikarten mit Prüfungsfragen für den Jagdschein", "the quiz's 5 questions"),
])
def test_a_quiz_nobody_wrote_is_not_approved(prompt: str, blank: str) -> None:
    spec = built(prompt)
    assert spec.kind == "flashcards"
    if blank:
        assert blank in spec.unfit and "left blank for you to write" in spec.unfit, spec.unfit
    else:
        assert spec.fits, spec.unfit


@pytest.mark.parametrize("prompt", [
    "an app that translates my phone calls in real time",
    "une appli qui traduit automatiquement mes appels en direct",
    "una app que traduce mis llamadas en tiempo real",
    "eine App, die meine Anrufe live übersetzt",
    "um app que traduz minhas chamadas ao vivo",
    "un'app che traduce le mie telefonate in diretta",
])
def test_calls_translated_live_are_named_as_asked(prompt: str) -> None:
    unfit = built(prompt).unfit
    assert "can't build translating calls or conversations as they are said:" in unfit, unfit
    assert "chat" not in unfit and "video or voice" not in unfit


@pytest.mark.parametrize("prompt", [
    "need a page where ppl can book my photo booth for partys, fri sat sun, 4hr slots, $300",
    "une page où les clients réservent un créneau pour une séance photo, le samedi",
])
def test_a_page_where_people_book_is_a_booking_page(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.sure and found.shape == "booking", (found.offered, found.learned)
    assert built(prompt).fits


@pytest.mark.parametrize("prompt,said", [
    # a sync said of a service or as automatic is data that arrives by itself; synced lyrics
    # or synchronised swimming are not, and a sync from a service shares nothing between users
    ("an app that syncs my runs from Strava and shows my weekly km",
     "they can't build data that arrives or is checked by itself (a bank, a server, "
     "monitoring): "),
    ("a leaderboard for our synchronised swimming club, points per routine", ""),
    ("classement de notre club de natation synchronisée, points par ballet", ""),
])
def test_a_sync_is_said_only_of_data_that_arrives(prompt: str, said: str) -> None:
    spec = built(prompt)
    assert (said in spec.unfit) if said else spec.fits, spec.unfit
