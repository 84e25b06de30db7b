"""A small business's offline landing page (walk13 #34, #35): its own name, no invented prices
or monthly plans, and no claims or goods of another trade (a dog walker is not a pet shop)."""

from __future__ import annotations

import re

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import web


def _page(prompt: str) -> tuple[str, str]:
    """(the page's name, its body as text)."""
    spec = templates.read(prompt)
    assert spec.kind == "landing", spec.kind
    body = web.landing(spec)["index.html"].split("<body>", 1)[1]
    return spec.name, re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


@pytest.mark.parametrize("prompt,name", [
    ("A landing page like this mockup for my dog walking business, Paws on Tour", "Paws on Tour"),
    ("a website for my plumbing business Rapid Flow in Cardiff, emergency call-outs 24/7",
     "Rapid Flow"),
])
def test_the_business_own_name_is_the_page_name(prompt: str, name: str) -> None:
    got, text = _page(prompt)
    assert got == name
    assert f"Welcome to {name}." in text


@pytest.mark.parametrize("prompt", [
    "A landing page like this mockup for my dog walking business, Paws on Tour",
    "a landing page for my cat sitting service in Brighton",
])
def test_a_pet_service_makes_no_pet_shop_claims(prompt: str) -> None:
    _, text = _page(prompt)
    for shop in ("pet food", "Vet-approved", "Free delivery", "dog food", "scratching post"):
        assert shop not in text, (shop, text)
    assert " Pet " not in text  # the kicker says what the business is


def test_a_dog_school_shows_no_invented_plans() -> None:
    _, text = _page("eine Seite für meine Hundeschule Pfotenglück in Köln mit Kursen und Preisen")
    assert "€" not in text and "Monat" not in text, text
    assert "Preis auf Anfrage" in text
    assert "Preisen Preis" not in text  # the prices are a section, not something offered


def test_a_gym_page_with_pricing_and_no_prices_asks_rather_than_invents() -> None:
    _, text = _page("a landing page for my gym in Leeds with pricing")
    assert "/ month" not in text and "$" not in text, text
    assert "price on request" in text


@pytest.mark.parametrize("prompt,name,kicker", [
    ('a landing page for my dog grooming van "Suds & Tails", prices from £30', "Suds & Tails",
     "Dog grooming van"),
    ("une page pour notre café « Le Petit Four » à Lyon", "Le Petit Four", "Café"),
])
def test_a_quoted_name_is_the_business_name_whole(prompt: str, name: str, kicker: str) -> None:
    """walk14 #18: 'Suds & Tails' was cut at its '&' ('Dog grooming van Suds &' in the title,
    header and footer) under a pet shop's claims ('Every pet food we sell is approved by our
    vet', 'Free delivery: heavy bags of pet food')."""
    got, text = _page(prompt)
    assert got == name
    html_page = web.landing(templates.read(prompt))["index.html"]
    assert f"<h1>{name.replace('&', '&amp;')}</h1>" in html_page
    assert f'<p class="kicker">{kicker}</p>' in html_page
    assert not re.search(r"pet food|we sell|delivery|Everything your pet", text, re.I), text
