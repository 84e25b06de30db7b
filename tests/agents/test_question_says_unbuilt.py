"""The offline question says first what no choice builds (walk13 #7, #10): "a snake game for
my nephew with levels and a high score table" asked "Leaderboard / List" as if either were a
game, and "a page where my book club votes on next month's book" asked "Landing page / List"
and named the project "Next month's". The verdict quotes a prompt whole up to 120 characters
(walk13 #13: it was cut right before the names that mattered)."""

from __future__ import annotations

import asyncio

import pytest

from devora_desktop.agents import shape_question, templates
from devora_desktop.agents.events import ShapeChoice
from devora_desktop.agents.offline import OfflineProvider
from devora_desktop.agents.orchestrator import Orchestrator, RunRequest
from devora_desktop.agents.shape_question import asked
from devora_desktop.core.models import Mode

SNAKE = "a snake game for my nephew with levels and a high score table"
VOTES = "A page where my book club votes on next month's book"


async def question(ctx, prompt: str) -> list[ShapeChoice]:
    seen: list[list[ShapeChoice]] = []

    async def ask(choices: list[ShapeChoice]) -> str:
        seen.append(choices)
        return choices[0].shape

    run = Orchestrator(ctx.store).start(RunRequest(
        prompt=prompt, provider=OfflineProvider(), model="templates", mode=Mode.WEB,
        provider_name="offline", ask_shape=ask))
    events = [ev async for ev in run]
    assert not events[-1].approved
    [choices] = seen
    return choices


async def ask_nothing(choices: list[ShapeChoice]) -> str:
    raise AssertionError(f"asked {choices}")


async def test_the_question_says_what_no_choice_builds(ctx) -> None:
    snake = await question(ctx, SNAKE)
    assert {c.unbuilt for c in snake} == {"a game (snake game)"}
    assert asked(snake).startswith("Offline templates can't build a game (snake game); the "
                                   "nearest apps they build: ")
    # a page the book club votes on: nothing else points anywhere, so nothing is asked (the
    # list once offered beside the page was no choice) and the verdict says what no app builds
    run = Orchestrator(ctx.store).start(RunRequest(
        prompt=VOTES, provider=OfflineProvider(), model="templates", mode=Mode.WEB,
        provider_name="offline", ask_shape=ask_nothing))
    events = [ev async for ev in run]
    assert "can't build votes, polls or surveys" in events[-1].verdict


async def test_a_prompt_any_choice_builds_asks_as_before(ctx) -> None:
    # the reader's halves differ here (rules: a shop, learned: a menu), so it asks
    bakery = ("Pour ma boulangerie a Nantes : pains et gateaux, les clients les mettent au "
              "panier et passent les prendre le lendemain matin.")
    # a feature no choice has is the verdict's to say, not the question's
    choices = await question(ctx, bakery + " Avec un export PDF des ventes.")
    assert {c.unbuilt for c in choices} == {""}
    assert asked(choices).startswith("Your prompt reads as more than one app: ")


def test_a_group_doing_something_on_the_page_is_its_subject() -> None:
    spec = templates.read(VOTES)
    assert spec.subject == "book club" and "next month" not in spec.name.lower()
    assert templates.read("an app where my students can practice spanish verbs").subject == \
        "spanish verbs"


def test_a_verdict_quotes_the_prompt_whole_up_to_120_characters() -> None:
    prompt = ("Ein Putzplan für unsere WG: Küche, Bad und Flur, jede Woche wechselt es zwischen "
              "Jonas, Mia und Ben")
    spec = templates.read(prompt)
    if spec.beyond:
        assert "Jonas, Mia und Ben" in spec.unfit, spec.unfit
    long = "word " * 60
    assert len(templates.spec.quoted(long)) <= 121


@pytest.mark.parametrize("prompt", [
    "un'app che misura il battito cardiaco con la fotocamera del telefono",
    "an app that measures my heart rate with the phone camera",
    "une appli qui mesure mon pouls avec la caméra du téléphone",
    "una app que mide mi pulso con la cámara del móvil",
])
def test_the_question_first_says_what_no_page_can_do(prompt: str) -> None:
    # asked "a list or a tracker?" with no word that neither can use the camera, the person
    # picked blind (walk22 #13)
    read = asyncio.run(shape_question.settle(prompt, None, None, lambda _: None))
    assert read is not None and read.how == "guessed"
    assert asked([read.shape, *read.others]).startswith(
        "Offline templates can't build camera, scanning or recognition; the nearest apps")
