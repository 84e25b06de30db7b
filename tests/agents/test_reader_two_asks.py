"""Two things asked, one built (agents/templates/reader.py ``unbuilt_head``, spec.py): when the
first thing a prompt asks for is no app the templates build and the app built is named as a
second thing joined to it ("a weekly meal plan for my family with a shopping list"), the
verdict says the first was not built, in the prompt's own words. Every prompt here is this
file's own; each language has prompts the rule must leave alone."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import reader


@pytest.mark.parametrize("prompt,head", [
    ("a weekly meal plan for my family with a shopping list", "a weekly meal plan"),
    ("I want a weekly meal plan for my family with a shopping list", "a weekly meal plan"),
    ("un planning des repas de la semaine pour la famille, avec la liste de courses",
     "un planning des repas de la semaine"),
    ("quiero un plan de comidas semanal para la familia con la lista de la compra",
     "un plan de comidas semanal"),
    ("Ich hätte gern einen Wochenplan fürs Essen mit Einkaufsliste", "einen Wochenplan"),
    ("um plano de refeições da semana para a família, com lista de compras",
     "um plano de refeições da semana"),
    ("vorrei un piano dei pasti settimanale per la famiglia con la lista della spesa",
     "un piano dei pasti settimanale"),
    ("a seating chart for the wedding with a guest list", "a seating chart"),
])
def test_the_first_thing_asked_is_said_as_not_built(prompt: str, head: str) -> None:
    spec = templates.read(prompt)
    assert reader.unbuilt_head(prompt, spec.kind) == head
    assert not spec.fits and f"they can't build {head}" in spec.unfit, spec.unfit


@pytest.mark.parametrize("prompt", [
    # the first thing asked is the app built, or names it
    "a shopping list for my family with a weekly meal plan",
    "une liste de courses pour la famille avec les quantités",
    "a habit tracker for my family with streaks",
    "ein Kanban-Board für die Band mit Spalten Idee, Probe, fertig",
    # a word for any app, a list, or a thing said as not wanted
    "a simple web app for my family with a shopping list",
    "una app para la familia con la lista de la compra",
    "un'applicazione per la famiglia con la lista della spesa",
    "uma lista para a família com as compras da semana",
    "no meal plan for us, just a shopping list",
    # the second thing is a field or a feature of the app built, not another app
    "a running log with distance and a chart of my monthly kilometres",
    "a to-do list with due dates",
])
def test_what_names_the_app_or_any_app_is_left_alone(prompt: str) -> None:
    spec = templates.read(prompt)
    assert reader.unbuilt_head(prompt, spec.kind) == "", spec.unfit


def test_an_app_said_as_not_wanted_is_no_first_thing() -> None:
    prompt = "keine Landingpage mit Warteliste, sondern ein Shop für gebrauchte Bücher"
    assert reader.unbuilt_head(prompt, templates.read(prompt).kind) == ""


@pytest.mark.parametrize("prompt,other", [
    ("my wife and I want to plan our wedding: guest list, budget and a to-do list",
     "a to-do list"),
    ("Je veux organiser le mariage : liste des invités, budget et une liste de tâches",
     "une liste de tâches"),
    ("Für die Hochzeit brauchen wir: eine Gästeliste, das Budget und eine Aufgabenliste",
     "eine Aufgabenliste"),
    ("I need for the trip: a packing list, a budget tracker and a map", "a budget tracker"),
])
def test_another_app_listed_beside_the_one_built_is_said(prompt: str, other: str) -> None:
    spec = templates.read(prompt)
    assert reader.also_asked(prompt, spec.kind) == [other]
    assert f"they can't build {other}" in spec.unfit or f" or {other}" in spec.unfit, spec.unfit


@pytest.mark.parametrize("prompt", [
    # a status page's services, a list's fields, a list with no request before it
    "a status page for our SaaS. components: API, Dashboard, Payments",
    "I want a directory of our members: name, phone, and the list they are on",
    "wedding: guest list, budget and a to-do list",
])
def test_what_a_list_holds_is_left_alone(prompt: str) -> None:
    assert reader.also_asked(prompt, templates.read(prompt).kind) == []
