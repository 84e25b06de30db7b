"""An event's landing page (walk15 #12): "a countdown landing page for our charity bake sale on
14 March with a sign-up for volunteers" built a bakery's page named "Countdown" ("We mill wheat
from farms within 50 km", "Join the waitlist"), with no date, no countdown and no volunteers."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import web
from tests.agents.chromium import CHROMIUM
from tests.agents.interactions import js
from tests.agents.test_prompt_seeds import opened


@pytest.mark.parametrize("prompt,name,day,join", [
    ("a countdown landing page for our charity bake sale on 14 March with a sign-up for "
     "volunteers", "Charity bake sale", (3, 14), "Sign up to volunteer"),
    ("une page d'accueil pour la fête du village le 21 juin avec compte à rebours et "
     "inscription des bénévoles", "Fête du village", (6, 21), "S'inscrire comme bénévole"),
    ("landing page für unser Sommerfest am 12. Juli mit Countdown", "Sommerfest", (7, 12), ""),
    ("landing page para la feria del libro del barrio el 23 de abril, con cuenta atrás",
     "Feria del libro del barrio", (4, 23), ""),
    ("una landing per il mercatino di Natale della scuola il 14 dicembre",
     "Mercatino di Natale della scuola", (12, 14), ""),
])
def test_an_events_page_is_its_name_and_day_with_nothing_made_up(
        prompt: str, name: str, day: tuple, join: str) -> None:
    spec = templates.read(prompt, shape="landing")
    page = web.landing(spec)["index.html"]
    when = datetime.date.fromisoformat(re.search(r'data-day="([\d-]+)"', page).group(1))
    assert spec.name == name and (when.month, when.day) == day
    assert "features" not in page and "/ month" not in page  # no stock claims, no plans
    assert (join in page.replace("&#x27;", "'")) if join else 'id="waitlist"' not in page
    assert "made simple" not in page and "50 km" not in page


def test_a_shops_page_with_a_date_is_still_the_shops() -> None:
    spec = templates.read("landing page for my bakery in Leeds, grand opening on 3 May",
                          shape="landing")
    assert 'id="countdown"' not in web.landing(spec)["index.html"]


@pytest.mark.skipif(not CHROMIUM, reason="needs headless Chromium")
def test_the_page_counts_the_days_to_the_event(tmp_path: Path) -> None:
    spec = templates.read("a countdown landing page for our charity bake sale on 14 March with "
                          "a sign-up for volunteers", shape="landing")
    when = datetime.date.fromisoformat(web.event_day(spec)[0])
    with opened(tmp_path, spec) as page:
        left = js(page, "Number(document.querySelector('#countdown').dataset.left)")
        said = js(page, "document.querySelector('#countdown').textContent")
    assert left == (when - datetime.date.today()).days
    assert said == (f"{left} days to go" if left > 1 else "Tomorrow!" if left == 1 else
                    "It's today!")
