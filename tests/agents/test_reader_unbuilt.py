"""What a prompt asks that the app built does not do is said in its verdict (spec.py), not
approved (walk12 #1, #6, #9, #13): how often each thing is due on a log, points on a chore
list, one grid for several courts; and a sign-up sheet's spots are the places booked. Every
prompt here is this file's own; each rule has prompts it must leave alone."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import spec as spec_
from devora_desktop.agents.templates.dataapp import config


@pytest.mark.parametrize("prompt", [
    "a tracker for my house plants: each plant, how often it needs water, and when I last "
    "watered it",
    "un suivi de mes plantes : à quelle fréquence il faut arroser chacune",
    "un registro de mis plantas y cada cuánto hay que regarlas",
    "ein Log für meine Pflanzen: wie oft muss jede gegossen werden",
    "um registo das plantas e de quanto em quanto tempo rego cada uma",
    "un registro delle piante e ogni quanto va annaffiata ciascuna",
])
def test_how_often_each_is_due_is_built_or_said(prompt: str) -> None:
    # a log builds each one's interval and next date now (fs12, 3b84fd5); a list to search
    # has none, and says so
    spec = templates.read(prompt, shape="tracker")
    assert "intervals" in spec.features and spec_.INTERVALS not in spec.unsupported, spec.unfit
    spec = templates.read(prompt, shape="directory")
    assert spec_.INTERVALS in spec.unsupported, spec.unfit


def test_a_to_do_list_repeats_tasks() -> None:
    spec = templates.read("a to-do list for the house: how often each chore has to be done",
                          shape="todo")
    assert spec_.INTERVALS not in spec.unsupported


@pytest.mark.parametrize("prompt,said", [
    ("a chore chart for my kids with points", True),
    ("une liste de tâches pour les enfants, ils gagnent des points", True),
    ("una lista de tareas de casa con puntos por tarea", True),
    ("Aufgabenliste für die Kinder, sie sammeln Punkte pro Aufgabe", True),
    # points are what a leaderboard counts, and a to-do list's bullet points are text
    ("a leaderboard for our darts league, 3 points for a win", False),
    ("a to-do list with the key points of each meeting", False),
])
def test_points_are_said_where_nothing_counts_them(prompt: str, said: bool) -> None:
    spec = templates.read(prompt)
    assert (spec_.POINTS in spec.unsupported) is said, (spec.kind, spec.unfit)


@pytest.mark.parametrize("prompt,things", [
    ("a booking page for our tennis club's two courts, one hour slots from 8 to 20",
     ["Court 1", "Court 2"]),
    ("Buchungsseite für unsere drei Tennisplätze, Stunden von 8 bis 20 Uhr",
     ["Tennisplatz 1", "Tennisplatz 2", "Tennisplatz 3"]),
    ("página de reservas para las dos pistas de pádel del club", ["Pista 1", "Pista 2"]),
    ("prenotazione delle 3 sale prove della scuola di musica", ["Sala 1", "Sala 2", "Sala 3"]),
])
def test_one_grid_for_several_courts_is_said(prompt: str, things: list[str]) -> None:
    # each court is booked on its own now (opts.resources): nothing left to say as unbuilt
    spec = templates.read(prompt)
    assert spec.kind == "booking", spec
    assert "a separate booking for each of the" not in spec.unfit, spec.unfit
    assert config(spec)["opts"]["resources"] == things


def test_one_court_or_a_two_hour_slot_books_as_built() -> None:
    for prompt in ("a booking page for our tennis court, slots of two hours",
                   "réservation de la salle de réunion, créneaux de 2 heures"):
        assert templates.read(prompt).fits, prompt


@pytest.mark.parametrize("prompt", [
    "a website for my yoga studio with the class timetable: Mon 18:00 Vinyasa, Wed 07:00 "
    "Hatha, 12 spots each, people can book a place",
    "les cours de la semaine au studio, 10 places chacun, on réserve sa place en ligne",
])
def test_a_sign_up_sheets_spots_are_its_bookings(prompt: str) -> None:
    spec = templates.read(prompt, shape="signup")
    assert "bookings" not in spec.unsupported, spec.unfit


@pytest.mark.parametrize("prompt,said", [
    ("a board for our book club to vote on the next book", True),
    ("un sondage pour choisir la date du repas de l'équipe", True),
    ("una encuesta para que los vecinos voten el color de la fachada", True),
    ("Abstimmung im Verein über das Sommerfest-Motto, mit einer Liste der Vorschläge", True),
    ("uma votação para escolher o tema da festa da turma", True),
    # a chicken on a menu, a devoted team: no vote
    ("il menù della mia piadineria: piadina al pollo 7 €, patatine 3 €", False),
    ("a to-do list for our devoted volunteers", False),
])
def test_votes_and_polls_are_said_as_not_built(prompt: str, said: bool) -> None:
    spec = templates.read(prompt)
    assert (spec_.VOTES in spec.unsupported or "what was asked" in spec.beyond) is said, (
        spec.kind, spec.unfit)
