"""A menu keeps the dishes its prompt names at their prices (walk16 #5): "cardápio da minha
pastelaria com pastel de carne R$ 8, …" named its first dish "Cardápio da minha pastelaria",
"piadina crudo e squacquerone 7€" became "Squacquerone", "mac and cheese 9 dollars" "Cheese",
"Currywurst mit Pommes" "Currywurst"."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config
from devora_desktop.agents.validators import validate
from tests.agents.chromium import CHROMIUM
from tests.agents.interactions import js
from tests.agents.test_prompt_seeds import opened

PASTELARIA = ("cardápio da minha pastelaria com pastel de carne R$ 8, pastel de queijo R$ 7, "
              "caldo de cana R$ 6 e pedidos para retirar")


@pytest.mark.parametrize("prompt,dishes", [
    (PASTELARIA, [("Pastel de carne", 8.0, "pratos"), ("Pastel de queijo", 7.0, "pratos"),
                  ("Caldo de cana", 6.0, "bebidas")]),
    ("menu della mia piadineria: piadina crudo e squacquerone 7€, piadina cotto e fontina "
     "6,50€, cassone 6€", [("Piadina crudo e squacquerone", 7.0, "piatti"),
                          ("Piadina cotto e fontina", 6.5, "piatti"), ("Cassone", 6.0, "piatti")]),
    ("our food truck menu with fish and chips 12 dollars, mac and cheese 9 dollars and "
     "lemonade 3 dollars", [("Fish and chips", 12.0, "mains"), ("Mac and cheese", 9.0, "mains"),
                            ("Lemonade", 3.0, "drinks")]),
    ("Speisekarte für unseren Imbiss: Kaffee und Kuchen 5 €, Currywurst mit Pommes 7 €, heiße "
     "Schokolade 3 €", [("Kaffee und Kuchen", 5.0, "Getränke"),
                        ("Currywurst mit Pommes", 7.0, "Hauptgerichte"),
                        ("Heiße Schokolade", 3.0, "Getränke")]),
    ("carta de mi bar: tostada con tomate 2,50, café con leche 1,80 y chocolate caliente 3",
     [("Tostada con tomate", 2.5, "principales"), ("Café con leche", 1.8, "bebidas"),
      ("Chocolate caliente", 3.0, "bebidas")]),
    # walk17 #43: whole prices with no sign were the template's sample menu
    ("menù della nostra trattoria: carbonara 12, amatriciana 11, tiramisù 6, ordini per asporto",
     [("Carbonara", 12.0, "piatti"), ("Amatriciana", 11.0, "piatti"), ("Tiramisù", 6.0, "dolci")]),
    ("menu de mon café avec croque-monsieur 6,50 €, quiche et salade 9 €, chocolat chaud 3 €",
     [("Croque-monsieur", 6.5, "plats"), ("Quiche et salade", 9.0, "plats"),
      ("Chocolat chaud", 3.0, "boissons")]),
])
def test_each_dish_named_is_on_the_menu_at_its_price(prompt: str, dishes: list) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "menu" and spec.fits, spec.unfit
    assert [(r["name"], r["price"], r["category"]) for r in config(spec)["seed"]] == dishes


@pytest.mark.parametrize("prompt,options", [
    # a service with "e" in its name is one service, not the last word of it
    ("Sou manicure. As clientes escolhem o serviço (mão R$ 35, pé R$ 40, mão e pé R$ 70) e "
     "marcam um horário", ["Mão · R$ 35", "Pé · R$ 40", "Mão e pé · R$ 70"]),
    ("booking page for my barber shop with haircut and beard trim £25, kids cut £12",
     ["Haircut and beard trim · £25", "Kids cut · £12"]),
])
def test_a_booking_service_named_with_and_is_one_service(prompt: str, options: list) -> None:
    fields = config(templates.read(prompt))["fields"]
    assert [label for _, label in next(x for x in fields if x["key"] == "service")[
        "options"]] == options


def test_the_full_stack_menu_has_the_named_dishes_and_passes_the_validators() -> None:
    spec = templates.read(PASTELARIA + ", os clientes fazem login", "fullstack")
    files = templates.all_files(spec.kind, "fullstack", spec.name, spec)
    sql = files["supabase/seed.sql"]  # its rows on real PostgreSQL: test_template_rls_pg.py
    assert "('Pastel de carne', '', 8.0, 'pratos'" in sql and "'Cardápio da minha" not in sql
    assert validate(files) == []


@pytest.mark.skipif(not CHROMIUM, reason="needs headless Chromium")
def test_the_built_menu_shows_each_dish_at_its_price(tmp_path: Path) -> None:
    with opened(tmp_path, templates.read(PASTELARIA)) as page:
        items = js(page, "[...document.querySelectorAll('.item')].map((x) => "
                         "x.textContent.replace(/\\s+/g, ' '))")
        # walk21 #23: a browser without a colour emoji font drew an empty box before each dish
        drawn = js(page, "!document.documentElement.classList.contains('no-emoji')")
        shown = js(page, "[...document.querySelectorAll('.item .emoji')].filter((e) => "
                         "getComputedStyle(e).display !== 'none').length")
    assert [x.split("R$")[0].strip("🥟🥤 ") for x in items] == [
        "Pastel de carne", "Pastel de queijo", "Caldo de cana"]
    assert all(p in x for p, x in zip(("8,00", "7,00", "6,00"), items, strict=True))
    assert shown == (3 if drawn else 0)
    if fonts := shutil.which("fc-list"):  # what fontconfig gives Chromium for 😀, in colour
        colour = subprocess.run([fonts, ":charset=1f600:color=True", "family"],
                                capture_output=True, text=True, check=False).stdout.strip()
        assert drawn == bool(colour), colour


@pytest.mark.parametrize("prompt,names", [
    # walk20 #39: every drink under 'Mains'; walk19 #4: a coffee shop's cold brew a main
    ("drinks menu for our bar: margarita $9, old fashioned $11, house red $8/glass, IPA $7",
     ["Margarita", "Old fashioned", "House red", "IPA"]),
    ("Getränkekarte für unsere Kneipe: Hausmarke 4 €, Kellerbier 4,50 €, Apfel 3 €",
     ["Hausmarke", "Kellerbier", "Apfel"]),
    ("menu for our coffee shop: latte $4.50, cappuccino $4, cold brew $5", ["Latte",
                                                                           "Cappuccino",
                                                                           "Cold brew"]),
    ("carta de cócteles: mojito 8 €, piña colada 9 €, caipiroska 8 €",
     ["Mojito", "Piña colada", "Caipiroska"]),
])
def test_a_drinks_menus_drinks_are_drinks(prompt: str, names: list) -> None:
    cfg = config(templates.read(prompt))
    drinks = cfg["fields"][3]["options"][3][0]  # the menu's fourth course: its drinks
    assert [(r["name"], r["category"]) for r in cfg["seed"]] == [(n, drinks) for n in names]
