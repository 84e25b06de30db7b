"""A shape's noun used in another sense (agents/templates/reader.py, shapes.py): a table of the
scores is a leaderboard, a board that is a thing or a style is no board, "how much … I need"
is the sum asked and not a request, and a noun nothing else backs is not sure when the prompt
says the app does another shape's work. Every prompt here is this file's own; each rule has
prompts it must leave alone."""

from __future__ import annotations

import asyncio

import pytest

from devora_desktop.agents import shape_question, templates
from devora_desktop.agents.templates import reader


@pytest.mark.parametrize("prompt", [
    "Un tableau des points pour notre club de belote, classement après chaque soirée",
    "Un tablero de puntuaciones para la liga de pádel del barrio",
    "um quadro de pontuação para o campeonato de sueca da família",
    "a score board for the office darts league",
    "un tabellone dei punteggi per il torneo di briscola",
])
def test_a_table_of_the_scores_is_a_leaderboard(prompt: str) -> None:
    assert reader.read(prompt).shape == "leaderboard"


@pytest.mark.parametrize("prompt", [
    "un tableau pour suivre nos tâches avec des colonnes à faire, en cours, fait",
    "ein Board für unsere Aufgaben mit Spalten",
    "I need a board for my team's tasks",
    "un tablero para las tareas de casa con columnas",
])
def test_a_board_of_work_is_still_a_board(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "board" and found.rules_sure, found


@pytest.mark.parametrize("prompt,shape", [
    ("calculator for how much epoxy I need to pour a river table board - length, width and "
     "depth in cm", "calculator"),
    ("portfolio for my pottery - a gallery of pieces with a mood board feel", "directory"),
    ("a list of our board members with their phone numbers", "directory"),
    ("a tracker for my vision board goals", "tracker"),
    ("a shop for my cutting boards where people add boards to the cart", "store"),
])
def test_a_board_that_is_a_thing_or_a_style_is_no_board(prompt: str, shape: str) -> None:
    found = reader.read(prompt)
    assert found.shape == shape and "board" not in [c.shape for c in found.candidates[:1]], found


@pytest.mark.parametrize("prompt", [
    "a calculator for how much paint I need for the bedroom walls",
    "un calculateur pour savoir combien de peinture il me faut pour ma chambre",
    "ein Rechner, wie viel Farbe ich brauche für mein Wohnzimmer",
    "una calculadora de cuánta pintura necesito para mi salón",
])
def test_asking_words_in_how_much_are_the_sum_not_a_request(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "calculator" and found.named and found.rules_sure, found


@pytest.mark.parametrize("prompt,other", [
    # a board named as a thing, and what the app does is a sum
    ("for my surf board I type the length and width and it works out how much wax I need",
     "calculator"),
    ("Pour encadrer un tableau, je tape la largeur et la hauteur et ça calcule la baguette",
     "calculator"),
    # a word of several senses at the head, and beyond its phrase the app is another's
    ("Un tableau pour notre ligue de pétanque du jeudi : à chaque partie on note les deux "
     "équipes et le score, et le classement se met à jour tout seul.", "leaderboard"),
    ("Un tablero para la liga de pádel: después de cada partido apunto el resultado y la "
     "clasificación se actualiza", "leaderboard"),
    ("a board for our darts league - after each game I add the scores and it ranks the "
     "players", "leaderboard"),
])
def test_a_noun_is_not_sure_when_the_app_does_another_shapes_work(prompt: str,
                                                                 other: str) -> None:
    found = reader.read(prompt)
    assert not found.rules_sure and other in found.rules_offered, found


def test_an_unsure_noun_is_hedged_where_nobody_can_answer() -> None:
    prompt = "for my surf board I type the length and width and it works out how much wax I need"
    read = asyncio.run(shape_question.settle(prompt, None, None, lambda _e: None))
    assert read is not None and read.how == "guessed"
    assert "calculator" in [o.shape for o in read.others] + [read.shape.shape]


@pytest.mark.parametrize("prompt", [
    # named at the request's head: the noun is the app, whatever else it does
    "a kanban board for our newsletter with ideas, drafting and published columns",
    "una calculadora de gasolina para saber cuánto cuesta un viaje en coche",
    "Buchungsseite für unseren Tennisplatz, 1-Stunden-Slots, man trägt sich mit Namen ein",
    # a word of several senses whose own phrase says what it holds
    "un tablero de tareas con columnas para mi tesis",
    "Ein Board für die Band: Spalten Idee, Probe, fertig",
])
def test_a_noun_at_the_requests_head_stays_sure(prompt: str) -> None:
    assert reader.read(prompt).sure


@pytest.mark.parametrize("prompt,shape", [
    # a log said in Portugal's spelling, or as "festhalten"
    ("quero um registo dos meus treinos de corrida com distância e tempo", "tracker"),
    ("Ich will festhalten, welche Weine ich probiert habe: Name, Jahrgang, Note", "tracker"),
    ("Ich halte meine Läufe fest: Datum, Strecke, Zeit", "tracker"),
    # columns, then what each card holds
    ("Für unser Team: Spalten Offen, In Arbeit, Fertig. Jede Karte hat einen Titel und wer "
     "dran ist.", "board"),
    ("our studio's jobs: columns Quote, Doing, Delivered. Each card has the client and a due "
     "date.", "board"),
    ("Pour l'atelier : colonnes À faire, En cours, Livré. Chaque carte a le nom du client.",
     "board"),
    # entries sorted or grouped by what they have
    ("my vinyl records, sorted by artist", "directory"),
    ("mis recetas agrupadas por temporada", "directory"),
    ("meine Fotos, sortiert nach Jahr", "directory"),
    # a site of one page is a page about the place
    ("Need a one-page site for my bakery with opening hours", "landing"),
    ("je veux un site d'une seule page pour mon cabinet d'ostéopathe", "landing"),
    ("quiero un sitio de una sola página para mi estudio de yoga", "landing"),
])
def test_what_the_app_is_said_in_other_words(prompt: str, shape: str) -> None:
    assert reader.read(prompt).shape == shape


def test_columns_of_a_table_without_cards_are_no_board() -> None:
    assert reader.read("a table with columns name, email and phone for our members").shape \
        != "board"


@pytest.mark.parametrize("prompt,shape", [
    # volunteers are who uses the app: their hours are a log
    ("an app where each volunteer signs in and logs their hours, and the committee sees "
     "everyone's total", "tracker"),
    ("Je voudrais suivre les heures de nos bénévoles : chacun saisit ses heures et on voit "
     "le total", "tracker"),
    ("quero acompanhar as horas dos voluntários da associação, cada um regista as suas horas",
     "tracker"),
    # volunteers and the shifts or stands they take are a sign-up sheet
    ("a volunteer sign-up sheet for the bake sale, 3 people max per slot", "signup"),
    ("On cherche des bénévoles pour la fête : 3 stands, 4 personnes max par stand, chacun "
     "s'inscrit", "signup"),
    ("Cerchiamo volontari per la sagra: ognuno si iscrive a un turno", "signup"),
    ("Buscamos voluntarios para el banco de alimentos, turnos de 2 horas, 5 personas máximo",
     "signup"),
])
def test_volunteers_are_who_uses_the_app_and_their_shifts_a_sign_up(prompt: str,
                                                                    shape: str) -> None:
    assert reader.read(prompt).shape == shape


def test_a_word_of_several_senses_does_not_beat_two_things_said() -> None:
    found = reader.read("Pour la fête de l'école : 3 personnes max par atelier, chacun "
                        "s'inscrit en ligne ; on affiche le tableau de qui fait quoi")
    assert found.shape == "signup" and not found.rules_sure, found


@pytest.mark.parametrize("prompt,shape", [
    # a list's entries and a link's target are what the list holds
    ("a list of the coffee shops near campus with opening hours and a link to their menu",
     "directory"),
    ("une liste des boulangeries du quartier avec les horaires et un lien vers leur carte",
     "directory"),
    ("elenco delle pizzerie della zona, con giorno di chiusura e link al menù", "directory"),
    ("lista de los restaurantes veganos de la ciudad, con barrio y un enlace a su menú",
     "directory"),
    # a menu that links elsewhere, and a list of tasks, are still what they name
    ("a menu for my café with a link to our instagram", "menu"),
    ("una lista de tareas para la mudanza", "todo"),
])
def test_what_a_list_holds_is_not_the_app(prompt: str, shape: str) -> None:
    assert reader.read(prompt).shape == shape


@pytest.mark.parametrize("prompt,shape", [
    # a gallery of the works themselves is a list to browse
    ("portfolio for my ceramics - a gallery of pieces and a contact form", "directory"),
    ("un portfolio d'illustratrice : une galerie de mes réalisations et un formulaire de "
     "contact", "directory"),
    ("portafolio de mi taller de carpintería con una galería de trabajos", "directory"),
    ("Portfolio als Tischlerin: eine Galerie meiner Arbeiten", "directory"),
    # a photo gallery on a page about a place leaves it a page
    ("a website for my restaurant with a photo gallery and opening hours", "landing"),
])
def test_a_gallery_of_works_is_a_list_to_browse(prompt: str, shape: str) -> None:
    assert reader.read(prompt).shape == shape


@pytest.mark.parametrize("prompt", [
    "Need a one-page site for my new massage studio with a waitlist sign-up for the first "
    "appointments",
    "un site d'une seule page pour mon salon qui ouvre, avec une liste d'attente pour les "
    "premiers rendez-vous",
    "una página de lanzamiento para mi peluquería con lista de espera para las primeras citas",
])
def test_what_a_waitlist_is_for_is_promised_not_built(prompt: str) -> None:
    spec = templates.read(prompt, "web")
    assert spec.kind == "landing" and "bookings" not in spec.unsupported, spec


def test_bookings_asked_beside_a_waitlist_are_still_said() -> None:
    spec = templates.read("a landing page with a waitlist, and clients book appointments "
                          "online", "web")
    assert "bookings" in spec.unsupported, spec


@pytest.mark.parametrize("prompt", [
    "Ich bin Schreinerin und brauche was, wo ich meine Arbeiten zeigen kann, mit Holzart",
    "I make furniture and want somewhere to show my pieces, each with the wood and a photo",
    "je suis céramiste et je veux montrer mes réalisations avec le prix et une photo",
    "soy ebanista y quiero mostrar mis trabajos con el tipo de madera y fotos",
])
def test_showing_ones_works_is_a_list_to_browse_said_as_asked(prompt: str) -> None:
    found = reader.read(prompt)
    spec = templates.read(prompt, "web")
    assert found.shape == "directory" and found.asked_for and not spec.beyond, (found, spec)


@pytest.mark.parametrize("prompt,shape", [
    # a board or a table whose own phrase says what it holds by what another app does
    ("keep a board of who's on top in our squash club, 3 points a win", "leaderboard"),
    ("un tableau de qui gagne le plus pour notre club de belote", "leaderboard"),
    ("un tablero de quién va ganando en la liga de pádel", "leaderboard"),
    ("um quadro de quem está ganhando no bolão", "leaderboard"),
    ("una lavagna di chi vince di più al circolo", "leaderboard"),
    ("a board of who's coming to the barbecue and what they bring", "signup"),
])
def test_what_a_board_holds_by_what_an_app_does_is_that_app(prompt: str, shape: str) -> None:
    found = reader.read(prompt)
    assert found.shape == shape and not found.rules_sure and "board" in found.rules_offered, found


def test_a_board_of_things_stays_a_board() -> None:
    found = reader.read("un tablero de tareas con columnas")
    assert found.shape == "board" and found.sure, found
