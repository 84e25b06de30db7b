"""Slow: a generated web app does what its own buttons and words say, in headless Chromium over
the DevTools protocol (the session's one browser): a saved calculation's Edit brings it back
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
from tests.agents.interactions import count, js, reload, text_of, write_web_app

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")]


@contextlib.contextmanager
def opened(browser: Browser, folder: Path, prompt: str) -> Iterator[tuple[Page, str]]:
    """The web app the offline templates make for ``prompt``, served and open in a tab."""
    server = PreviewServer(write_web_app(folder, templates.read(prompt)))
    try:
        page = browser.page()
        url = server.url + "index.html"
        page.open(url, settle=0.3)
        yield page, url
        assert page.errors == []
        page.close()
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


def test_a_dish_is_ordered_with_the_extras_ticked_on_it(browser: Browser,
                                                       tmp_path: Path) -> None:
    """'extras: + guac 1.50, extra cheese 1' are ticked on a dish, never ordered alone."""
    with opened(browser, tmp_path, "menu for my burrito truck: chicken burrito $9, veggie "
                "bowl $8.50. extras: + guac 1.50, extra cheese 1") as (page, url):
        assert count(page, "article.item") == 2  # the dishes, not the extras
        click(page, "article.item .extras input")  # Guac, on the burrito
        click(page, "article.item button.add")
        click(page, "article.item:nth-of-type(2) button.add")
        reload(page, url)
        assert js(page, "[...document.querySelectorAll('#order li > span:first-child')]"
                        ".map((x) => x.textContent)") == ["1 × Chicken burrito + Guac",
                                                          "1 × Veggie bowl"]
        assert text_of(page, "#total") == "$19.00"


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


# What each claimable feature looks like on a web page: a script that finds it.
PROBES = {
    "search": "!!document.querySelector('input[type=search]')",
    "filters": "!!document.querySelector('#filter')",
    "categories": "!!document.querySelector('[name=category]')",
    "tags": "!!document.querySelector('[name=tags]')",
    "due_dates": "!!document.querySelector('[name=due]')",
    "priorities": "!!document.querySelector('[name=priority]')",
    "ratings": "!!document.querySelector('[name=rating], .stars') || [...document"
               ".querySelectorAll('.rank .points')].some((p) => /elo|rating/i.test(p.textContent))",
    "prices": "!!document.querySelector('#pricing, .price, [name=price]')",
    "images": "!!document.querySelector('input[type=file][accept^=image]')",
    "charts": "!!document.querySelector('#chart svg rect')",
    "kpis": "!!document.querySelector('#kpis .kpi')",
    "cart": "!!document.querySelector('#order')",
    "checkout": "!!window.APP && document.querySelector('#place-order [type=submit]')"
                "?.textContent === window.APP.t.checkout",
    "dark_mode": "!!document.querySelector('#theme-toggle')",
    "waitlist": "!!document.querySelector('#waitlist-form')",
    "faq": "!!document.querySelector('#faq')",
}
# A blog's: its tag filter, markdown and comments show on the list and on an opened post.
POSTS = """(async () => {
  const drawn = () => new Promise((done) => setTimeout(done, 100));  // after hashchange
  location.hash = '#/tag/zzz';
  await drawn();
  const filters = !!document.querySelector('.toolbar a.chip');
  location.hash = '#/';
  await drawn();
  document.querySelector('.post h3 a').click();
  await drawn();
  const full = document.querySelector('article.full');
  return { filters, markdown: !!full.querySelector('strong, ul, h4, h5'),
           comments: !!document.querySelector('#comment-form') };
})()"""
# One everyday prompt per shape (the corpus' first) and prompts that ask for features.
ASKING = ["a kanban board for the house move with tags", "an expense tracker with charts",
          "a blog about sourdough with categories and comments",
          "a directory of the dogs at our shelter with photos and ratings",
          "a landing page for a yoga studio with pricing, a waitlist and an FAQ",
          "a chess club ladder with Elo ratings", "a mood tracker with charts and filters",
          "a booking page for my salon with search and dark mode"]


def test_every_feature_a_run_claims_is_on_the_page_and_no_other(browser: Browser,
                                                                 tmp_path: Path) -> None:
    """For each app: the features its run says it built (Spec.features) are exactly the ones
    found on the page."""
    import tomllib

    corpus = tomllib.loads((Path(__file__).parents[2] / "bench" / "quality_prompts.toml")
                           .read_text())["prompt"]
    first: dict[str, str] = {}
    for item in corpus:
        first.setdefault(item["shape"], item["text"])
    wrong = []
    for i, prompt in enumerate([*first.values(), *ASKING]):
        spec = templates.read(prompt)
        with opened(browser, tmp_path / str(i), prompt) as (page, _):
            found = js(page, "({" + ", ".join(f"{f}: {probe}" for f, probe in PROBES.items())
                       + "})")
            seen = {f for f, v in found.items() if v}
            if spec.kind == "blog":
                seen |= {f for f, v in js(page, POSTS).items() if v}
        claimed = spec.features & (set(PROBES) | {"markdown", "comments"})
        if claimed != seen:
            wrong.append((prompt, sorted(claimed - seen), sorted(seen - claimed)))
    assert wrong == [], f"(prompt, claimed but not seen, seen but not claimed): {wrong}"
