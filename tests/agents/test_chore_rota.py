"""A chore rota lists its chores, each with whose turn it is (walk15 #29: "ein Putzplan für
unsere WG: Küche, Bad, Flur, Müll, jede Woche rotierend zwischen Anna, Ben, Cem und Dora" built
a to-do "Müll · To-do-Liste" with one row "Rotierend zwischen Anna": the sentence after the
chores made the whole list unread, and "jede Woche rotierend …" read as a thing done weekly).
Every prompt here is this file's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import carried, listed
from devora_desktop.agents.templates.dataapp import config
from devora_desktop.core.preview import PreviewServer
from tests.agents.chromium import CHROMIUM, Browser
from tests.agents.interactions import js, reload, write_web_app

ROTAS = [
    ("Putzplan für die Wohnung: Küche, Bad, Treppenhaus, Altglas, jede Woche reihum zwischen "
     "Jana, Olli und Piet", "de", ["Küche", "Bad", "Treppenhaus", "Altglas"],
     ["Jana", "Olli", "Piet", "Jana"], "Wohnung"),
    ("a cleaning rota for our flat: kitchen, bathroom, hallway, bins, rotating weekly between "
     "Maya, Tom and Lou", "en", ["Kitchen", "Bathroom", "Hallway", "Bins"],
     ["Maya", "Tom", "Lou", "Maya"], "flat"),
    ("planning de ménage pour la coloc : cuisine, salle de bain, aspirateur, à tour de rôle "
     "entre Inès, Hugo et Zoé", "fr", ["Cuisine", "Salle de bain", "Aspirateur"],
     ["Inès", "Hugo", "Zoé"], "coloc"),
    ("turnos de limpieza del piso: cocina, baño, basura, rotando cada semana entre Lucía, "
     "Pablo y Marta", "es", ["Cocina", "Baño", "Basura"], ["Lucía", "Pablo", "Marta"], "piso"),
    ("escala de limpeza da república: cozinha, banheiro, lixo, quintal, revezando toda semana "
     "entre Caio e Bia", "pt", ["Cozinha", "Banheiro", "Lixo", "Quintal"],
     ["Caio", "Bia", "Caio", "Bia"], "república"),
    ("turni delle pulizie per l'appartamento: cucina, bagno, spazzatura, a rotazione ogni "
     "settimana tra Giulia, Marco e Sara", "it", ["Cucina", "Bagno", "Spazzatura"],
     ["Giulia", "Marco", "Sara"], "appartamento"),
]


@pytest.mark.parametrize("prompt,lang,chores,who,subject", ROTAS)
def test_a_chore_rota_lists_its_chores_each_with_whose_turn_it_is(
        prompt: str, lang: str, chores: list[str], who: list[str], subject: str) -> None:
    spec = templates.read(prompt)
    cfg = config(spec)
    assert spec.kind == "todo" and spec.lang == lang and spec.fits, spec.unfit
    assert spec.subject == subject and not spec.left, (spec.name, spec.left)
    rows = [r for r in cfg["seed"] if not r.get("_example")]
    assert [r["title"] for r in rows] == chores and [r["who"] for r in rows] == who, rows
    assert {r["every"] for r in rows} == {7} and cfg["opts"]["rotate"] == "who"


def test_the_list_ends_where_a_sentence_about_it_starts() -> None:
    assert carried.colon_lists("Putzplan für unsere WG: Küche, Bad, Flur, Müll, jede Woche "
                               "rotierend zwischen Anna, Ben, Cem und Dora") == [
        ["Küche", "Bad", "Flur", "Müll"]]
    # a rotation said as the list's last item is how it goes round, not a chore
    assert carried.colon_lists("house chores: dishes, laundry, hoovering, swapping every "
                               "Sunday") == [["dishes", "laundry", "hoovering"]]
    # a list's kind before its first item ("Aufgaben wie Bad, …") is no item
    assert carried.colon_lists("Putzplan: Aufgaben wie Bad, Küche, Müll, jeder hakt ab") == [
        ["Bad", "Küche", "Müll"]]
    # a verb further on is the list's use, still unread as items
    assert carried.colon_lists("Kassenbuch: Ausgaben erfassen, Kategorien wie Znüni, Velo, "
                               "und pro Monat das Total sehen") == []
    # one item before the sentence is no list
    assert carried.colon_lists("plan: kitchen, each of us logs in and ticks it") == []


def test_a_rotation_is_no_thing_done_every_so_often() -> None:
    assert listed.intervals("Küche, Bad, jede Woche rotierend zwischen Anna und Ben") == []
    assert listed.intervals("bins every week, water the plants every 3 days") == [
        listed.Every("Bins", 7), listed.Every("Water the plants", 3)]


def test_a_rota_whose_people_are_unnamed_has_a_who_column_to_fill() -> None:
    spec = templates.read("planning de ménage pour l'appart : cuisine, salle de bain, "
                          "poubelles, à tour de rôle")
    cfg = config(spec)
    who = next(x for x in cfg["fields"] if x["key"] == "who")
    assert who["type"] == "text" and not cfg["opts"]["rotate"]
    assert [r["title"] for r in cfg["seed"]] == ["Cuisine", "Salle de bain", "Poubelles"]


@pytest.mark.parametrize("prompt", [
    "a cleaning rota for our house share: hoovering, bins, bathroom",
    "a chore chart for the house share, swapping every week",
])
def test_a_house_share_is_a_home_not_sharing_between_users(prompt: str) -> None:
    assert "sharing between users" not in templates.read(prompt).unsupported


def test_the_rota_is_named_for_whose_it_is() -> None:
    spec = templates.read("ein Putzplan für unsere WG: Küche, Bad, Flur, Müll, jede Woche "
                          "rotierend zwischen Anna, Ben, Cem und Dora")
    assert spec.name == "WG · Putzplan" and spec.fits


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_ticking_a_chore_off_moves_it_a_week_on_to_the_next_person(
        browser: Browser, tmp_path: Path) -> None:
    spec = templates.read(ROTAS[0][0])
    server = PreviewServer(write_web_app(tmp_path, spec))
    try:
        page = browser.page()
        url = server.url + "index.html"
        page.open(url, settle=0.3)
        js(page, "document.querySelector('#rows tr input[type=checkbox]').click()")
        reload(page, url)
        rows = js(page, "[...document.querySelectorAll('#rows tr')].map((r) => "
                        "[...r.querySelectorAll('td')].slice(1, 3).map((d) => "
                        "d.textContent))")
        assert page.errors == []
        page.close()
    finally:
        server.stop()
    kitchen = next(r for r in rows if r[0] == "Küche")
    assert kitchen[1] == "Olli", rows  # Jana's turn done: the next one's
    assert ["Bad", "Olli"] in rows, rows
