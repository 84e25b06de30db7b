"""Lists asked for categories or a calendar have them (dataapp._sorted_by): a category per
entry (a choice of those the prompt lists, else typed) that the table filters by, and a month
of the entries on their dates. Both were said as not built ("can't build categories to a todo
list", "a calendar view"). Every prompt here is this file's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config
from devora_desktop.core.preview import PreviewServer
from tests.agents.chromium import CHROMIUM, Browser
from tests.agents.interactions import filter_rows, js, reload, write_web_app


@pytest.mark.parametrize("prompt,choices", [
    ("a to-do list with categories (work, home, errands)", ["work", "home", "errands"]),
    ("une liste de tâches rangées par catégorie : maison, jardin, voiture",
     ["maison", "jardin", "voiture"]),
    ("una lista de tareas con categorías", []),
    ("Aufgabenliste nach Kategorie sortiert", []),
    ("um registo dos meus treinos por categoria", []),
    ("un diario delle spese per categoria (casa, auto, svago)", None),  # has its own
])
def test_a_list_asked_for_categories_files_each_entry_under_one(
        prompt: str, choices: list[str] | None) -> None:
    spec = templates.read(prompt)
    assert spec.fits and "categories" in spec.features, spec.unfit
    category = next(f for f in config(spec)["fields"] if f["key"] == "category")
    if choices is not None:  # listed: a choice of them; else typed, filtered by each typed
        assert category["type"] == ("select" if choices else "tags"), category
        assert [o[0] for o in category.get("options", [])] == choices


@pytest.mark.parametrize("prompt", [
    "a to-do list with a calendar view of due dates",
    "un suivi de mes lectures avec un calendrier",
    "una lista de tareas con calendario",
])
def test_a_list_with_dates_asked_for_a_calendar_has_its_month(prompt: str) -> None:
    spec = templates.read(prompt)
    assert spec.fits and "calendar" in spec.features, spec.unfit
    assert config(spec)["opts"]["month"]


def test_a_calendar_where_nothing_has_a_date_is_still_said_as_not_built() -> None:
    # (flashcards have one now: the days studied; a leaderboard has no dates)
    spec = templates.read("a chess club leaderboard with a calendar view")
    assert not spec.fits and "a calendar view" in spec.unfit


@pytest.mark.parametrize("prompt,kind", [
    ("a sign-up sheet for volunteers at the school fair with a calendar", "signup"),
    ("une feuille d'inscription pour les bénévoles de la kermesse avec un calendrier",
     "signup"),
    ("a status page for our office services with a calendar of incidents", "status"),
    ("flashcards for Spanish verbs with a calendar of the days I studied", "flashcards"),
    ("Lernkarten für Englisch-Vokabeln mit Kalender", "flashcards"),
])
def test_sign_ups_status_pages_and_flashcards_asked_for_a_calendar_have_a_month(
        prompt: str, kind: str) -> None:
    """They were said as not built ("can't build a calendar view"): the month lists a
    sheet's slots on their days, a status page's incidents on theirs with each day's worst
    state, and the days cards were studied."""
    spec = templates.read(prompt)
    assert spec.kind == kind and spec.fits and "calendar" in spec.features, spec.unfit
    assert config(spec)["opts"]["month"] == {"date": "date", "title": "title"}
    assert "month" not in config(templates.read({"signup": "a sign-up sheet for the bake sale",
                                                 "status": "a status page for our servers",
                                                 "flashcards": "flashcards for Spanish verbs"}
                                                [kind]))["opts"]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_month_shows_slots_bad_days_and_days_studied(browser: Browser, tmp_path: Path) -> None:
    """Driven as a person does: the sheet's slots are on their days, a day a service was
    degraded is coloured with the incident posted that day, and answering cards marks today."""
    month_of = "[...document.querySelectorAll('#month .cal-day.busy')].map((d) => " \
               "[d.dataset.date, [...d.querySelectorAll('.cal-item')].map((x) => x.textContent)])"
    got = {}
    for kind, prompt in (
            ("signup", "a sign-up sheet for volunteers at the school fair on Saturday with a "
                       "calendar"),
            ("status", "a status page for our office services with a calendar of incidents"),
            ("flashcards", "flashcards for Spanish verbs with a calendar of the days I "
                           "studied")):
        spec = templates.read(prompt)
        server = PreviewServer(write_web_app(tmp_path / kind, spec))
        url = server.url + "index.html"
        try:
            page = browser.page()
            page.open(url, settle=0.3)
            if kind == "status":  # the first service degraded today, an incident posted
                js(page, "(() => { const s = document.querySelector('.set-state');"
                         " s.value = 'degraded'; s.dispatchEvent(new Event('change'));"
                         " const f = [...document.querySelectorAll('form.editor')].find((x) => x.elements.body);"
                         " f.elements.title.value = 'Printer jam'; f.requestSubmit(); })()")
            if kind == "flashcards":
                for button in ("#card", "#right", "#card", "#wrong"):
                    page.click(button)
            reload(page, url)
            today = js(page, "new Date().toLocaleDateString('sv')")
            got[kind] = (today, js(page, month_of), js(
                page, f"document.querySelector('#month [data-date=\"{today}\"]')"
                      ".className"))
            assert page.errors == []
            page.close()
        finally:
            server.stop()
    slots = config(templates.read("a sign-up sheet for volunteers at the school fair on "
                                  "Saturday with a calendar"))["seed"]
    busy = dict(got["signup"][1])
    assert sorted(t for titles in busy.values() for t in titles) == sorted(
        r["title"] for r in slots), busy
    today, busy, today_class = got["status"]
    assert busy == [[today, ["Printer jam"]]] and "level-1" in today_class
    today, busy, _ = got["flashcards"]
    assert busy == [[today, ["2 cards"]]]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_typed_categories_filter_and_the_month_shows_each_task_on_its_day(
        browser: Browser, tmp_path: Path) -> None:
    spec = templates.read("a to-do list with categories and a calendar of due dates")
    server = PreviewServer(write_web_app(tmp_path, spec))
    url = server.url + "index.html"
    add = """((title, category, due) => {
      const form = document.querySelector('form.editor');
      form.elements.title.value = title; form.elements.category.value = category;
      form.elements.due.value = due; form.requestSubmit();
    })"""
    try:
        page = browser.page()
        page.open(url, settle=0.3)
        js(page, "localStorage.setItem(window.APP.key + '.rows', '[]')")
        reload(page, url)
        month = js(page, "new Date().toISOString().slice(0, 7)")
        for title, category, day in (("Pay rent", "home", "03"), ("Send report", "work",
                                                                 "03"),
                                     ("Fix bike", "home", "17")):
            js(page, f"({add})({json.dumps(title)}, {json.dumps(category)}, "
                     f"'{month}-{day}')")
        reload(page, url)
        options, shown = filter_rows(page, "home", 1)
        third = js(page, f"[...document.querySelectorAll('#month [data-date=\"{month}-03\"]"
                         f" .cal-item')].map((x) => x.textContent)")
        assert page.errors == []
        page.close()
    finally:
        server.stop()
    assert options == ["", "home", "work"], options
    assert sorted(shown) == ["Fix bike", "Pay rent"], shown
    assert sorted(third) == ["Pay rent", "Send report"], third


@pytest.mark.parametrize("prompt,money,categories", [
    ("an expense tracker for our trip to Japan in yen, with categories food, transport and "
     "hotels, and a total per category", "JPY", ["food", "transport", "hotels"]),
    ("un suivi des dépenses du voyage avec les catégories nourriture, transport et hôtels, "
     "total par catégorie", "EUR", ["nourriture", "transport", "hôtels"]),
])
def test_an_expense_log_keeps_the_money_and_categories_it_is_told(
        prompt: str, money: str, categories: list[str]) -> None:
    """walk12 #4: the trip in yen was kept in dollars under Food/Transport/Home/Leisure/Other
    with no total per category, and the run said finished."""
    cfg = config(templates.read(prompt))
    category = next(f for f in cfg["fields"] if f["key"] == "category")
    assert cfg["currency"] == money
    assert [o[0] for o in category["options"]] == categories
    assert cfg["opts"]["byCategory"] == "category"
    assert all(r["amount"] >= 3000 for r in cfg["seed"]) == (money == "JPY")  # ¥5,420


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_each_category_has_its_total(browser: Browser, tmp_path: Path) -> None:
    spec = templates.read("an expense tracker for our trip to Japan in yen, with categories "
                          "food, transport and hotels, and a total per category")
    server = PreviewServer(write_web_app(tmp_path, spec))
    try:
        page = browser.page()
        page.open(server.url + "index.html", settle=0.3)
        cards = js(page, "[...document.querySelectorAll('#totals .kpi')].map((k) => "
                         "k.textContent)")
        assert page.errors == []
        page.close()
    finally:
        server.stop()
    assert {"Total · Food¥5,420", "Total · Transport¥3,000", "Total · Hotels¥6,150",
            "Total · Amount¥14,570"} <= set(cards), cards
