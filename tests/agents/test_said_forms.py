"""A booking form or a menu's dishes carry what the prompt lists, in the template's place when
it is one (walk16 #14): "Name, E-Mail, Telefonnummer und Anliegen" had the template's Telefon
and Notiz beside Telefonnummer and Anliegen; "nom, nombre de personnes, date, heure et
allergies" lost its number of people (read as a name); a menu "with name, price, ingredients
and spicy (yes/no)" dropped both and said nothing."""

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


@pytest.mark.parametrize("prompt,form", [
    ("Buchungsseite für meine Massagepraxis mit Name, E-Mail, Telefonnummer und Anliegen",
     [("date", "Datum"), ("time", "Uhrzeit"), ("name", "Name"), ("email", "E-Mail"),
      ("phone", "Telefonnummer"), ("note", "Anliegen")]),
    ("réservations pour mon restaurant : nom, nombre de personnes, date, heure et allergies",
     [("date", "Date"), ("time", "Heure"), ("name", "Nom"),
      ("nombre_de_personnes", "Nombre de personnes"), ("allergies", "Allergies")]),
    ("página de reservas para mi peluquería con nombre, teléfono, servicio y notas",
     [("date", "Fecha"), ("time", "Hora"), ("name", "Nombre"), ("phone", "Teléfono"),
      ("servicio", "Servicio"), ("note", "Notas")]),
    ("prenotazioni per il mio studio di tatuaggi: nome, telefono, zona del corpo e dimensione",
     [("date", "Data"), ("time", "Ora"), ("name", "Nome"), ("phone", "Telefono"),
      ("zona_del_corpo", "Zona del corpo"), ("dimensione", "Dimensione")]),
    ("booking page for my studio with name and email",
     [("date", "Date"), ("time", "Time"), ("name", "Name"), ("email", "Email")]),
])
def test_a_booking_form_is_the_fields_its_prompt_lists(prompt: str, form: list) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "booking" and spec.fits, spec.unfit
    assert [(x["key"], x["label"]) for x in config(spec)["fields"]] == form


PIZZERIA = "menu for my pizzeria with name, price, ingredients and spicy (yes/no)"


@pytest.mark.parametrize("prompt,fields", [
    (PIZZERIA, [("name", "text"), ("price", "money"), ("category", "select"),
                ("ingredients", "text"), ("spicy", "bool")]),
    ("carta de mi bar con nombre, precio, alérgenos y si es vegano",
     [("name", "text"), ("price", "money"), ("category", "select"), ("alergenos", "text"),
      ("vegano", "bool")]),
    ("cardápio da lanchonete com nome do prato, preço, descrição e foto",
     [("name", "text"), ("photo", "image"), ("description", "text"), ("price", "money"),
      ("category", "select")]),
])
def test_a_menus_dishes_carry_what_its_prompt_lists(prompt: str, fields: list) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "menu" and spec.fits, spec.unfit
    assert [(x["key"], x["type"]) for x in config(spec)["fields"]] == fields


def test_the_full_stack_menu_keeps_them_and_passes_the_validators() -> None:
    """Their columns on real PostgreSQL: tests/agents/test_template_rls_pg.py."""
    spec = templates.read(PIZZERIA + ", customers sign in", "fullstack")
    files = templates.all_files(spec.kind, "fullstack", spec.name, spec)
    cfg = json.loads(files["public/config.js"].split("window.APP = ", 1)[1].rstrip(";\n"))
    assert cfg["opts"]["extra"] == ["ingredients", "spicy"]
    assert '"spicy" boolean' in files["supabase/migrations/001_menu.sql"]
    assert validate(files) == []


@pytest.mark.skipif(not CHROMIUM, reason="needs headless Chromium")
def test_each_dish_shows_what_it_carries(tmp_path: Path) -> None:
    with opened(tmp_path, templates.read(PIZZERIA)) as page:
        js(page, "localStorage.setItem(window.APP.key + '.rows', JSON.stringify([{id: 'd', name: "
                 "'Diavola', price: 9, category: window.APP.seed[0].category, ingredients: "
                 "'salame piccante', spicy: true}]))")
        reload(page, js(page, "location.href"))
        shown = js(page, "[...document.querySelectorAll('.item .extra')].map((x) => "
                         "x.textContent)")
    assert shown == ["Ingredients: salame piccante", "Spicy"]
