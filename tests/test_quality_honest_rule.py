"""bench/quality.py's honest rule accepts a hedged verdict only when it names the shape that
was built and says the prompt may ask for another: a verdict that names another shape, or
says nothing of a doubt, stays dishonest."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from devora_desktop.agents.events import ShapeChoice, ShapeRead
from devora_desktop.agents.shape_question import hedge

BENCH = Path(__file__).parents[1] / "bench" / "quality.py"


@pytest.fixture(scope="module")
def quality():
    spec = importlib.util.spec_from_file_location("bench_quality", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def guess(shape: str, other: str) -> ShapeRead:
    return ShapeRead(shape=ShapeChoice(shape=shape, name=shape, label=f"a {shape}"),
                     how="guessed", others=[ShapeChoice(shape=other, name=other,
                                                        label=f"a {other}")])


def test_the_engines_hedge_passes_for_the_shape_it_built(quality) -> None:
    prompt = "Pour ma boulangerie à Nantes : une carte, les clients ajoutent au panier"
    line = "not approved: " + hedge(prompt, guess("menu", "store"), "web")
    assert quality.hedged(line.lower(), "menu")
    # the same words about another shape than the one built are not a hedge of it
    assert not quality.hedged(line.lower(), "store")
    also = ("not approved: offline templates built a menu with orders; they can't build x: add "
            "a model in settings; " + hedge(prompt, guess("menu", "store"), "web", "x"))
    assert quality.hedged(also.lower(), "menu")


@pytest.mark.parametrize("verdict", [
    "finished · validators passed · no ai review",
    "not approved: offline templates read this as a menu with orders for x",  # no doubt said
    "not approved: it may be a shop instead",  # names nothing built
])
def test_a_verdict_without_the_built_shape_and_a_doubt_is_not_hedged(quality,
                                                                     verdict: str) -> None:
    assert not quality.hedged(verdict, "menu")
