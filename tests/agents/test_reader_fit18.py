"""What a prompt's app is, read past the words of what it is about: a page that shows where a
business on the move is ("Je tiens un food truck. J'aimerais une page où …") is a page about
it, named for the truck, not a menu named "Tiens"; a page for one's place said with "pra";
"I'd like" asks. Prompts of my own, in the six languages."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import reader


@pytest.mark.parametrize("prompt,name", [
    ("Je tiens un food truck. J'aimerais une page où les gens voient où je suis chaque jour",
     "Food truck"),
    ("I run a food truck. I'd like a page where people see where I am each day", "Food truck"),
    ("Tengo un food truck y quiero una página donde la gente vea dónde estoy cada día",
     "Food truck"),
    ("Ich betreibe einen Kaffeewagen und möchte eine Webseite, auf der man sieht, wo ich heute "
     "stehe", "Kaffeewagen"),
    ("Ho un furgone di street food e vorrei una pagina dove i clienti vedono dove sono ogni "
     "giorno", "Furgone di street food"),
    ("tenho um trailer de açaí e quero uma página onde os clientes vejam onde eu estou hoje",
     "açaí"),
])
def test_a_page_that_shows_where_a_business_is_is_a_page_about_it(prompt: str,
                                                                   name: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "landing" and found.rules_sure, [
        (c.shape, c.tier) for c in found.candidates]
    assert "landing" in found.offered
    spec = templates.read(prompt, shape="landing")
    assert name.lower() in spec.name.lower()
    assert "tiens" not in spec.name.lower() and "betreibe" not in spec.name.lower()


@pytest.mark.parametrize("prompt", [
    "página pra minha barbearia",
    "site pro meu estúdio de tatuagem",
])
def test_a_page_for_ones_place_said_with_pra_is_a_page(prompt: str) -> None:
    assert reader.read(prompt).shape == "landing"


def test_id_like_asks_for_what_follows() -> None:
    """"I'd like" is asking words: the food truck named before it is the person's context."""
    found = reader.read("We run a taco stand. We'd like a page where people see where we are "
                        "parked this week")
    assert found.shape == "landing"
    assert not any(c.named for c in found.candidates if c.shape == "menu")
