"""A sign-up sheet asks what its prompt asks each person (walk16 #3): said in a sentence
("everyone puts their name, the dish they're bringing and if it's vegetarian"), as questions
("what dish you're bringing, and vegetarian? yes/no") or in a list with a question in it
("vegetarisch ja/nein"), each is a field of the form in the type its answer takes, and what
one brings, a yes/no and how many come are on the list beside the name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config
from devora_desktop.agents.validators import validate
from tests.agents.chromium import CHROMIUM
from tests.agents.interactions import js, reload
from tests.agents.test_prompt_seeds import opened


def _asked(prompt: str, mode: str = "web") -> list[tuple[str, str, bool]]:
    spec = templates.read(prompt, mode)
    assert spec.kind == "signup" and spec.fits, spec.unfit
    return [(x["label"], x["type"], bool(x.get("shown")))
            for x in config(spec)["opts"].get("ask", [])]


@pytest.mark.parametrize("prompt,asked", [
    ("a sign-up sheet for our office potluck on Friday: name, what dish you're bringing, and "
     "vegetarian? yes/no", [("Dish", "text", True), ("Vegetarian", "bool", True)]),
    ("sign-up sheet for the Thanksgiving potluck where everyone puts their name, the dish "
     "they're bringing and if it's vegetarian", [("Dish", "text", True),
                                                 ("Vegetarian", "bool", True)]),
    ("quero uma lista de inscrição pro churrasco da turma, cada um coloca o nome e o valor que "
     "vai pagar", [("Valor", "money", False)]),
    ("voglio un foglio per iscriversi alla cena di Natale dove ognuno mette nome e numero di "
     "persone", [("Numero di persone", "number", True)]),
    ("iscrizioni alla gita in montagna: nome, numero di persone, se serve il pullman (sì/no)",
     [("Numero di persone", "number", True), ("Serve il pullman", "bool", True)]),
    ("une feuille d'inscription pour le pique-nique du quartier où chacun note son nom, ce "
     "qu'il apporte et le nombre de personnes",
     [("Ce que vous apportez", "text", True), ("Nombre de personnes", "number", True)]),
    ("feuille d'inscription pour le repas partagé de l'immeuble : nom, plat apporté, "
     "végétarien ou non", [("Plat apporté", "text", True), ("Végétarien", "bool", True)]),
    ("hoja de inscripción para la comida compartida: nombre, qué plato traes y si es "
     "vegetariano", [("Plato", "text", True), ("Vegetariano", "bool", True)]),
    ("Anmeldeliste für das Grillfest: Name, Anzahl Personen, was bringst du mit, vegetarisch "
     "ja/nein", [("Anzahl Personen", "number", True), ("Was bringst du mit", "text", True),
                 ("Vegetarisch", "bool", True)]),
    # walk17 #42: the sentence after a colon ("for saturday: everyone writes …")
    ("potluck sign up for saturday: everyone writes their name, what dish they bring and if "
     "it's vegetarian, max 12 people", [("Dish", "text", True), ("Vegetarian", "bool", True)]),
    # what a person gives about themselves stays in their details
    ("lista de inscrição para o almoço da associação: nome, telefone e valor pago",
     [("Telefone", "tel", False), ("Valor pago", "money", False)]),
])
def test_each_question_a_sheet_asks_is_a_field_in_the_type_of_its_answer(
        prompt: str, asked: list) -> None:
    assert _asked(prompt) == asked


@pytest.mark.parametrize("prompt,asked", [
    ("sign-up sheet for the Thanksgiving potluck where everyone puts their name, the dish "
     "they're bringing and if it's vegetarian, people sign in",
     [("Dish", "text", True), ("Vegetarian", "bool", True)]),
    ("lista de inscrição pro mutirão de limpeza da praia no sábado: nome, whatsapp e tamanho "
     "da camiseta (P, M, G)", [("Whatsapp", "tel", False), ("Tamanho da camiseta", "select",
                                                            True)]),
])
def test_the_full_stack_sheet_asks_the_same_and_passes_the_validators(
        prompt: str, asked: list) -> None:
    """Its page runs the same engine: what is shown goes into the sign-up's name, what is
    private into signup_details (its SQL unchanged, tests/agents/test_template_rls_pg.py)."""
    assert _asked(prompt, "fullstack") == asked
    spec = templates.read(prompt, "fullstack")
    files = templates.all_files(spec.kind, "fullstack", spec.name, spec)
    cfg = json.loads(files["public/config.js"].split("window.APP = ", 1)[1].rstrip(";\n"))
    assert [x["label"] for x in cfg["opts"]["ask"]] == [label for label, _, _ in asked]
    assert validate(files) == []


@pytest.mark.skipif(not CHROMIUM, reason="needs headless Chromium")
@pytest.mark.parametrize("prompt,fill,listed", [
    ("sign-up sheet for the Thanksgiving potluck where everyone puts their name, the dish "
     "they're bringing and if it's vegetarian",
     "f.elements.dish.value = 'Lasagne'; f.elements.vegetarian.checked = true;",
     "Mia · Lasagne · Vegetarian×"),
    ("voglio un foglio per iscriversi alla cena di Natale dove ognuno mette nome e numero di "
     "persone", "f.elements.numero_di_persone.value = '3';", "Mia · Numero di persone: 3×"),
])
def test_the_answers_are_on_the_list_beside_the_name_after_a_reload(
        tmp_path: Path, prompt: str, fill: str, listed: str) -> None:
    spec = templates.read(prompt)
    with opened(tmp_path, spec) as page:
        box = js(page, "(() => { const b = document.querySelector('.slot-card form "
                       "input[type=checkbox]'); return b ? b.closest('label').textContent : ''"
                       "})()")
        js(page, f"""(() => {{ const f = document.querySelector('.slot-card form');
          f.elements.who.value = 'Mia'; {fill} f.querySelector('button').click(); }})()""")
        names = "[...document.querySelectorAll('.slot-card .names li')].map((x) => x.textContent)"
        shown = js(page, names)
        reload(page, js(page, "location.href"))
        after = js(page, names)
    assert shown == after == [listed]
    assert box == ("Vegetarian" if "vegetarian" in prompt else "")


@pytest.mark.parametrize("prompt,spots", [
    ("potluck sign up for saturday: everyone writes their name, what dish they bring and if "
     "it's vegetarian, max 12 people", 12),
    # walk17 #35: the year of "12 avril 2027 place de la mairie" was 2027 places
    ("page pour notre vide-grenier du 12 avril 2027 place de la mairie, inscription des "
     "exposants 10 € l'emplacement", None),
    ("lista de inscrição para o mutirão de limpeza da praia no sábado, 20 vagas, nome e "
     "telefone", 20),
])
def test_a_sheets_places_are_the_ones_said_and_never_a_year(prompt: str, spots) -> None:
    seed = config(templates.read(prompt, shape="signup"))["seed"]
    assert [r["capacity"] for r in seed] == [spots]


@pytest.mark.parametrize("prompt", [
    # walk17 #9: one row on the next Saturday with no limit
    "I need a simple page where parents sign up to bring snacks for soccer games, Saturdays in "
    "March (7, 14, 21, 28), 2 families per game",
    "sign-up sheet for snacks at the soccer games on March 7, 14, 21 and 28, 2 families per game",
    "feuille d'inscription pour le goûter des matchs, les 7, 14, 21 et 28 mars, 2 familles par "
    "match",
])
def test_so_many_per_game_on_the_dates_listed_is_a_row_for_each_date(prompt: str) -> None:
    seed = config(templates.read(prompt, shape="signup"))["seed"]
    assert [(r["date"][5:], r["capacity"]) for r in seed] == [
        ("03-07", 2), ("03-14", 2), ("03-21", 2), ("03-28", 2)]
