"""What an offline app's page and README say reads as copy in the prompt's language and claims
nothing it does not do (walk7 #17: the first screen's own example, "A landing page for a
bakery called Crumb", headlined "Bakery called Crumb." over nothing else)."""

from __future__ import annotations

import html
import re

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import i18n


def _page(prompt: str) -> tuple[templates.Spec, str]:
    spec = templates.read(prompt)
    return spec, templates.all_files(spec.kind, "web", spec.name, spec)["index.html"]


def _text(page: str, selector_class: str) -> str:
    m = re.search(rf'<(\w+) class="{selector_class}">(.*?)</\1>', page, re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", m.group(2))).strip() if m else ""


@pytest.mark.parametrize(("prompt", "lang", "headline", "kind"), [
    ("A landing page for a bakery called Crumb", "en", "Welcome to Crumb.", "Bakery"),
    ("Une page d'accueil pour une boulangerie appelée Mie Câline", "fr",
     "Bienvenue chez Mie Câline.", "Boulangerie"),
    ("una landing para mi panadería La Espiga en Sevilla", "es", "Bienvenidos a La Espiga.",
     "Panadería en Sevilla"),
    ("Eine Landingpage für meine Bäckerei Kornblume in Freiburg", "de",
     "Willkommen bei Bäckerei Kornblume.", "Bäckerei in Freiburg"),
    ("landing page para a minha padaria chamada Pão Quente", "pt", "Pão Quente: sejam bem-vindos!",
     "Padaria"),
    ("una landing page per la mia pasticceria chiamata Dolce Vita", "it",
     "Benvenuti da Dolce Vita.", "Pasticceria"),
])
def test_a_place_named_and_nothing_more_gets_a_welcome_not_its_prompt_echoed(
        prompt: str, lang: str, headline: str, kind: str) -> None:
    spec, page = _page(prompt)
    assert (spec.kind, spec.lang) == ("landing", lang)
    hero = re.search(r'<section class="hero">.*?<h2>(.*?)</h2>\s*<p class="lead">(.*?)</p>',
                     page, re.S)
    assert hero, page[:2000]
    assert html.unescape(hero.group(1)) == headline
    lead = html.unescape(hero.group(2))
    assert lead.startswith(kind), lead
    assert not re.search(r"called|appel[ée]e|chamad|chiamat", lead + hero.group(1), re.I)
    # where, when and how to reach it: said to be added, never made up
    visit = re.search(r'<section id="visit".*?</section>', page, re.S).group(0)
    to_add = i18n.pick(i18n.LANDING["toAdd"], lang)
    assert visit.count(html.escape(to_add)) >= 2, visit
    assert not re.search(r"\d", re.sub(r"<[^>]+>", "", visit).replace("Sevilla", "")
                         .replace("Freiburg", ""))


def test_an_english_bakery_shows_what_it_might_sell_as_examples_to_replace() -> None:
    _, page = _page("A landing page for a bakery called Crumb")
    offer = re.search(r'<section id="features".*?</section>', page, re.S).group(0)
    assert "Examples: replace them with what you sell." in offer
    assert offer.count('class="card example"') == 3
    assert not re.search(r"[$€£]\s?\d", offer)  # no made-up prices
    assert 'href="#features"' in page


def test_a_place_that_says_what_it_offers_keeps_its_own_words() -> None:
    _, page = _page("a landing page for my bakery Crumb in Leeds with sourdough, croissants "
                    "and birthday cakes")
    assert "Welcome to" not in page and "Examples:" not in page
    assert "Sourdough" in page and "Birthday cakes" in page
