"""Slow: a generated web app does what its own buttons and words say, in headless Chromium over
the DevTools protocol (one browser for the module): a saved calculation's Edit brings it back
and saving replaces it; the features a run says it built are on the page."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.core.preview import PreviewServer
from tests.agents.chromium import CHROMIUM, Browser, Page
from tests.agents.interactions import count, js, reload, text_of

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with Browser() as b:
        yield b


@contextlib.contextmanager
def opened(browser: Browser, folder: Path, prompt: str) -> Iterator[tuple[Page, str]]:
    """The web app the offline templates make for ``prompt``, served and open in a tab."""
    spec = templates.read(prompt)
    for rel, text in templates.all_files(spec.kind, "web", spec.name, spec).items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text)
    server = PreviewServer(folder)
    try:
        page = browser.page()
        url = server.url + "index.html"
        page.open(url, settle=0.3)
        yield page, url
        assert page.errors == []
        page.send("Page.close")
    finally:
        server.stop()


def type_into(page: Page, selector: str, value: str) -> None:
    js(page, f"(() => {{ const i = document.querySelector({json.dumps(selector)});"
             f" i.value = {json.dumps(value)};"
             f" i.dispatchEvent(new Event('input', {{ bubbles: true }})); }})()")


def click(page: Page, selector: str) -> None:
    js(page, f"document.querySelector({json.dumps(selector)}).click()")


def cells(page: Page) -> list[list[str]]:
    return js(page, "[...document.querySelectorAll('#rows tr')].map((tr) =>"
                    " [...tr.querySelectorAll('td')].map((td) => td.textContent))")


def test_a_saved_calculation_is_edited_in_place(browser: Browser, tmp_path: Path) -> None:
    with opened(browser, tmp_path, "a tip calculator") as (page, url):
        for name, value in (("bill", "100"), ("pct", "10"), ("people", "2")):
            type_into(page, f"#calc [name={name}]", value)
        click(page, "#calc button[type=submit]")
        assert count(page, "#rows tr") == 1
        click(page, "#rows tr button:not(.danger)")  # Edit
        assert js(page, "document.querySelector('#calc [name=bill]').value") == "100"
        assert text_of(page, "#calc button[type=submit]") == "Save"
        type_into(page, "#calc [name=bill]", "200")
        click(page, "#calc button[type=submit]")
        reload(page, url)
        (row,) = cells(page)  # replaced, not added
        assert "200" in row and "$110.00" in row, row  # each of two pays (200 + 10%) / 2
        assert text_of(page, "#calc button[type=submit]") != "Save"


def test_a_kept_sum_is_edited_in_place(browser: Browser, tmp_path: Path) -> None:
    with opened(browser, tmp_path, "a simple calculator") as (page, url):
        type_into(page, "#expression", "2+3")
        click(page, ".keypad [data-key='=']")
        assert cells(page)[0][:2] == ["2+3", "5"]
        click(page, "#rows tr button:not(.danger)")  # Edit
        assert js(page, "document.querySelector('#expression').value") == "2+3"
        type_into(page, "#expression", "2+4")
        click(page, ".keypad [data-key='=']")
        reload(page, url)
        assert [r[:2] for r in cells(page)] == [["2+4", "6"]]
