"""A directory whose prompt lists its entries with what each has ("Taco Loco (mexican,
mon+wed, takes cards), …", "Hof Brinkmann: Eier, Kartoffeln. Imkerei Sommer: Honig.") holds
them, each with those words as tags, and filters by any tag: "filter by day and veg" was said
as not built because filters existed only for choice fields. Every prompt here is this
file's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import listed
from devora_desktop.agents.templates.dataapp import config
from devora_desktop.core.preview import PreviewServer
from tests.agents.chromium import CHROMIUM, Browser
from tests.agents.interactions import filter_rows, js, write_web_app

STALLS = ("the saturday market has stalls on different weeks, make a list: Green Acre (veg, "
          "eggs, week 1+3), Hive Mind (honey, week 2), Old Mill (bread, cakes, week 1), "
          "Field Fresh (veg, flowers, week 2+4). search by name, filter by week and product")


@pytest.mark.parametrize("prompt,first", [
    (STALLS, ("Green Acre", ["veg", "eggs", "week 1", "3"])),
    ("Un répertoire des producteurs du marché : La Ferme Haute (fromages, œufs, samedi), "
     "Les Ruches d'Anne (miel, dimanche), Moulin Vert (pain, samedi et dimanche). Filtrer par "
     "jour et par produit.", ("La Ferme Haute", ["fromages", "œufs", "samedi"])),
    ("Verzeichnis der Werkstätten im Viertel. Rad Meier: Fahrräder, E-Bikes, Mo–Fr. "
     "Schuh Kaya: Schuhe, Taschen, Di–Sa. Filter nach Leistung.",
     ("Rad Meier", ["Fahrräder", "E-Bikes", "Mo–Fr"])),
])
def test_entries_listed_with_what_they_have_are_rows_with_tags_to_filter_by(
        prompt: str, first: tuple[str, list[str]]) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "directory" and spec.fits, spec.unfit
    assert listed.entries(prompt)[0] == first
    cfg = config(spec)
    assert "filters" in spec.features and cfg["seed"][0]["name"] == first[0]


def test_a_field_with_its_choices_is_not_a_list_of_entries() -> None:
    assert listed.entries("Verzeichnis der Handwerker – Name, Gewerk (Elektriker, Maler, "
                          "Schreiner), Telefonnummer. Filter nach Gewerk") == []
    # named lists of people and things stay theirs (dataapp._groups)
    assert listed.entries("book club: members Anna, Ben and Carla; books Dune, Emma",
                          sentences=False) == []


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_filter_offers_every_tag_and_keeps_the_rows_that_have_it(
        browser: Browser, tmp_path: Path) -> None:
    options, shown = _filtered(browser, tmp_path, templates.read(STALLS), "veg")
    assert {"veg", "honey", "week 2", "bread"} <= set(options), options
    assert shown == ["Green Acre", "Field Fresh"], shown


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_difficulty_from_1_to_5_filters_by_at_least(browser: Browser, tmp_path: Path) -> None:
    # "difficulty 1-5" was dropped from the fields, so "filter difficulty 3+" was said as not
    # built (round 20's geocaches); it is a 1-5 rating now, and the list keeps those rated 3+
    prompt = ("list of the climbing routes at our gym: name, difficulty 1-5, wall, setter. "
              "search by name and filter difficulty 3+")
    spec = templates.read(prompt)
    assert spec.kind == "directory" and spec.fits and spec.has("filters"), spec.unfit
    assert ("Difficulty 1-5", "rating") in spec.named_fields
    rows = [{"id": f"r{n}", "name": name, "difficulty_1_5": n}
            for n, name in enumerate(["Slab", "Crimp", "Roof", "Arete", "Dyno"], start=1)]
    options, shown = _filtered(browser, tmp_path, spec, "3", rows)
    assert options == ["", "1", "2", "3", "4", "5"], options
    assert sorted(shown) == ["Arete", "Dyno", "Roof"], shown


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.parametrize("prompt,rows,offered,kept", [
    # a number held ("filter by number of bells" was said as not built: round 24's towers)
    ("Our ringing guild wants a list of the towers: tower name, village, number of bells. "
     "Search by village and filter by number of bells.",
     [{"name": "St Mary", "number_of_bells": 8}, {"name": "All Saints", "number_of_bells": 6},
      {"name": "St Giles", "number_of_bells": 8}], ["", "6", "8"], ["St Mary", "St Giles"]),
    # a yes/no said as a clause, filtered by its thing
    ("Liste des salles des fêtes du canton : nom, village, nombre de places, et si elle a une "
     "cuisine. Filtrer par cuisine et chercher par village.",
     [{"name": "Salle Haute", "elle_a_une_cuisine": True},
      {"name": "Foyer rural", "elle_a_une_cuisine": False}], ["", "1"], ["Salle Haute"]),
])
def test_a_number_or_a_yes_no_asked_to_filter_by_is_the_filter(
        browser: Browser, tmp_path: Path, prompt: str, rows: list[dict], offered: list[str],
        kept: list[str]) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "directory" and spec.fits and spec.has("filters"), spec.unfit
    rows = [{"id": f"r{n}", **row} for n, row in enumerate(rows)]
    options, shown = _filtered(browser, tmp_path, spec, offered[-1], rows)
    assert options == offered, options
    assert shown == kept, shown


def _filtered(browser: Browser, tmp_path: Path, spec: templates.Spec, value: str,
              rows: list[dict] | None = None) -> tuple[list[str], list[str]]:
    """The built list's filter options, and the names it shows once ``value`` is picked;
    ``rows``: the list's rows instead of its examples."""
    server = PreviewServer(write_web_app(tmp_path, spec))
    try:
        page = browser.page()
        page.open(server.url + "index.html", settle=0.3)
        if rows is not None:
            js(page, f"localStorage.setItem(window.APP.key + '.rows', {json.dumps(json.dumps(rows))})")
            page.open(server.url + "index.html", settle=0.3)
        options, shown = filter_rows(page, value, 0)
        assert page.errors == []
        page.close()
    finally:
        server.stop()
    return options, shown
