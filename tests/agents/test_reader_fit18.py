"""What a prompt's app is, read past the words of what it is about: a page that shows where a
business on the move is ("Je tiens un food truck. J'aimerais une page où …") is a page about
it, named for the truck, not a menu named "Tiens"; a page for one's place said with "pra";
"I'd like" asks. Prompts of my own, in the six languages."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import learned, reader


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


@pytest.mark.parametrize("prompt,shape", [
    ("quadro de tarefas", "board"),
    ("registro della casa condivisa", "tracker"),
    ("tableau des tâches de l'équipe", "board"),
])
def test_a_short_prompt_headed_by_its_app_stays_sure(prompt: str, shape: str) -> None:
    """A few words that are the app's name and its subject: the learned reader weighs the
    subject's words ("tarefas" is in to-do lists), and its doubt does not undo the name."""
    found = reader.read(prompt)
    assert found.shape == shape and found.sure, found.learned.ranked[:2]


def test_a_headed_short_prompt_is_not_overridden_but_an_unheaded_one_is() -> None:
    sure_other = learned.Guess((("todo", 0.97), ("board", 0.01)), words=3)
    assert reader.agreed("board", True, ("board", "directory"), sure_other,
                         headed=True) == (True, ("board", "directory"))
    assert reader.agreed("board", True, ("board", "directory"), sure_other)[1][0] == "todo"


def test_one_words_pieces_are_one_piece_of_evidence() -> None:
    """A word's 2- to 5-letter pieces share one vote (learned.SHARE): summed one by one, the
    pieces of "tarefas" outweighed the app's name in "quadro de tarefas" 20-odd to one."""
    groups = learned.groups("quadro de tarefas")
    assert [f for g in groups for f in g] == learned.features("quadro de tarefas")
    pieces = next(g for g in groups if "taref" in g)
    assert "=tarefas" not in pieces and len(pieces) > 15
    model = learned.model()
    whole = model.scores("quadro de tarefas")
    saved = learned.SHARE
    try:
        learned.SHARE = 0.0
        summed = model.scores("quadro de tarefas")
    finally:
        learned.SHARE = saved
    k, b = model.shapes.index("todo"), model.shapes.index("board")
    assert whole[k] - whole[b] < summed[k] - summed[b]


@pytest.mark.parametrize("prompt,said", [
    ("an iOS app for tracking my baby's feeding and diapers", "native iOS or Android app"),
    ("app Android para controlar os gastos da casa", "native iOS or Android app"),
    ("une application iPhone pour suivre mes séances de sport", "native iOS or Android app"),
    ("Tippspiel für die WM mit meinen Kollegen, Punkte für richtige Tipps", "tips on each match"),
    ("bolão da Copa: cada um coloca os palpites e tem um ranking", "tips on each match"),
])
def test_what_a_web_page_cannot_be_is_said_in_the_verdict(prompt: str, said: str) -> None:
    spec = templates.read(prompt)
    assert not spec.fits and said in spec.unfit, spec.unfit


@pytest.mark.parametrize("prompt,mode", [
    ("dashboard for our coffee cart: daily takings, weekly totals and a bar chart by day",
     "web"),
    ("a menu for our food truck where people add to an order and see the total", "web"),
    ("la carte de notre pizzeria avec commande en ligne : Margherita 9 €, Regina 11 €",
     "fullstack"),
    ("app para o celular pra controlar os gastos da casa", "web"),
    ("Tipps für Anfänger: ein Blog über Bouldern", "web"),
])
def test_a_cart_on_wheels_a_phone_and_a_full_stack_order_are_built(prompt: str,
                                                                   mode: str) -> None:
    spec = templates.read(prompt, mode)
    assert spec.fits, spec.unfit
