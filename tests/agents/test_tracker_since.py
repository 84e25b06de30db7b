"""A log of things done asks when each was last done ("days since the last watering per plant"):
the tracker shows each item's last date, the days since and its total; a log of rides or
spending is a log, not a list of chores done again when due (walk10 #1), and its week's
total is shown. Every prompt here is this file's own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config
from devora_desktop.core.preview import PreviewServer
from tests.agents.chromium import CHROMIUM, Page, shared
from tests.agents.interactions import js, reload, write_web_app


@contextmanager
def opened(folder: Path, spec: templates.Spec) -> Iterator[tuple[Page, str]]:
    """The web app built for ``spec``, open in headless Chromium, and its address; it must
    log no error."""
    server = PreviewServer(write_web_app(folder, spec))
    try:
        page = shared().page()
        url = server.url + "index.html"
        page.open(url, settle=0.3)
        yield page, url
        assert page.errors == []
        page.close()
    finally:
        server.stop()


def add(page: Page, values: dict[str, object]) -> None:
    """Fill the entry form as a person does and save it (dates as offsets from today)."""
    js(page, f"""(() => {{
      const form = document.querySelector('form.editor');
      for (const [k, v] of Object.entries({json.dumps(values)})) {{
        const input = form.elements[k];
        if (typeof v === 'string' && v.startsWith('@day')) {{
          const d = new Date(); d.setDate(d.getDate() + Number(v.slice(4)));
          input.value = new Date(d.getTime() - d.getTimezoneOffset() * 60000)
            .toISOString().slice(0, 10);
        }} else input.value = v;
        input.dispatchEvent(new Event('input', {{ bubbles: true }}));
      }}
      form.requestSubmit();
    }})()""")


def empty(page: Page, url: str) -> None:
    """No sample rows: only what the test adds."""
    js(page, "localStorage.setItem(window.APP.key + '.rows', '[]')")
    reload(page, url)


PER_ITEM = ("[...document.querySelectorAll('#per-item tbody tr')].map((r) => "
            "[r.dataset.item, r.querySelector('.since').textContent, "
            "r.querySelector('.total')?.textContent])")


@pytest.mark.parametrize("prompt", [
    "I never remember when I last fed each fish tank. Log each feeding (which tank and how "
    "many grams), show the days since the last feeding per tank and the total per tank.",
    "Journal des arrosages : je note chaque arrosage et je vois combien de jours depuis le "
    "dernier arrosage de chaque plante.",
    "Registro de riego: apunto cada riego y veo los días desde el último riego de cada planta.",
    "Gießprotokoll: jede Pflanze, wann gegossen, und wie viele Tage seit dem letzten Gießen.",
    "Registo de rega: anoto cada rega e vejo os dias desde a última rega de cada planta.",
    "Registro delle annaffiature: segno ogni annaffiatura e vedo i giorni dall'ultima per "
    "ogni pianta.",
])
def test_days_since_per_item_is_built_and_said_as_built(prompt: str) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "tracker" and spec.fits, spec.unfit
    assert "days_since" in spec.features and config(spec)["opts"]["perItem"]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_each_item_shows_its_last_date_days_since_and_total(tmp_path: Path) -> None:
    spec = templates.read("I never remember when I last fed each fish tank. Log each feeding "
                          "(which tank and how many grams), show the days since the last "
                          "feeding per tank and the total per tank.")
    by = config(spec)["opts"]["perItem"]
    with opened(tmp_path, spec) as (page, url):
        empty(page, url)
        add(page, {by["item"]: "Reef tank", by["date"]: "@day-2", by["amount"]: 5})
        add(page, {by["item"]: "Reef tank", by["date"]: "@day+0", by["amount"]: 3})
        add(page, {by["item"]: "Shrimp tank", by["date"]: "@day-10", by["amount"]: 4})
        reload(page, url)
        rows = js(page, PER_ITEM)
        # the longest ago first; the reef tank's last feeding is today's, its total both
        assert [r[:2] for r in rows] == [["Shrimp tank", "10"], ["Reef tank", "0"]], rows
        assert rows[1][2] == "8" and rows[0][2] == "4", rows


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_ride_log_is_a_log_with_its_weeks_total(tmp_path: Path) -> None:
    """walk10 #1: 'a log of my bike rides with distance and time, and my weekly total' built a
    chore list (Title / Every (days) / Next) from 'weekly'."""
    spec = templates.read("a log of my bike rides with distance and time, and my weekly total")
    cfg = config(spec)
    keys = [f["key"] for f in cfg["fields"]]
    assert spec.fits and "distance" in keys and "every" not in keys, keys
    with opened(tmp_path, spec) as (page, url):
        empty(page, url)
        add(page, {"date": "@day-1", "distance": 12, "minutes": 40})
        add(page, {"date": "@day-3", "distance": 20.5, "minutes": 70})
        add(page, {"date": "@day-20", "distance": 30, "minutes": 95})
        kpis = js(page, "[...document.querySelectorAll('#totals .kpi')].map((k) => "
                        "k.textContent)")
    week = next(k for k in kpis if k.startswith("Last 7 days ·"))
    assert week.endswith("32.5"), kpis


def test_things_done_every_so_often_are_still_a_list_that_comes_back() -> None:
    spec = templates.read("a chores list: bins every week, water the plants every 3 days")
    assert [f["key"] for f in config(spec)["fields"]][:2] == ["title", "every"]
