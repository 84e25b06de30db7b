"""Prompts no corpus has (a pasted page, a long run of one letter, commas alone) still end
an offline run as a run: the templates read the first READ_CHARS of a prompt (their
readers' costs grow faster than the text: a pasted 10 KB page took 48 s offline, 3,000
letters without a space 72 s), a name read from the prompt fits the plan, and a part of
commas alone is no list, nor are commas alone after a colon (each raised IndexError:
"internal error")."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import carried, dataapp, i18n, reader
from tests.agents.test_shape_question import offline

PASTED = "a habit tracker for reading and running, with streaks and a weekly chart. " * 140


@pytest.mark.parametrize("prompt", ["a" * 3000, ",", "a list of books; ,,,"],
                         ids=["letters", "comma", "commas"])
async def test_an_offline_run_of_a_hostile_prompt_ends_as_a_run(ctx, prompt: str) -> None:
    events = await offline(ctx, prompt)
    assert events[-1].type == "run_finished", events[-1]
    project = ctx.store.projects.get(events[0].project_id)
    assert 0 < len(project.name) <= 80


@pytest.mark.parametrize("prompt", [
    "La carte de ma crêperie : complète 9,50 €, questions : , ,",
    "a kanban board for the choir, fields: , , and a tracker: ,",
])
def test_commas_alone_after_a_colon_are_no_list(prompt: str) -> None:
    # found by bench/fuzz_pages.py: the offline run ended "internal error" (IndexError)
    assert all(len(items) >= 2 for items in carried.colon_lists(prompt))
    assert templates.read(prompt).kind in templates.SHAPES


@pytest.mark.parametrize("prompt,shape", [
    ("a directory of our members with fields: 名前, 電話, 住所", "directory"),
    ("kanban board with columns 😀, 🐝 and 🍯", "board"),
    ("un tableau kanban avec les colonnes : À faire, à faire, À FAIRE", "board"),
    ("un elenco dei soci con i campi: 名前, 電話, 住所, 📧", "directory"),
])
def test_names_that_slug_alike_get_keys_of_their_own(prompt: str, shape: str) -> None:
    # found by bench/fuzz_pages.py: 'field, field_2, field_2' (two inputs of one name save
    # one value), a board's three columns keyed 'field' (each card in all three, none moves)
    cfg = dataapp.config(templates.read(prompt, "web", shape=shape))
    keys = [x["key"] for x in cfg["fields"]]
    assert len(set(keys)) == len(keys), keys
    for keyed in [cfg["opts"].get("columns") or [],
                  *[x["options"] for x in cfg["fields"] if x.get("options")]]:
        assert len({k for k, *_ in keyed}) == len(keyed), keyed


def test_the_templates_read_the_start_of_a_long_prompt() -> None:
    start = PASTED[:templates.READ_CHARS]
    assert templates.read(PASTED) == templates.read(start)
    assert reader.read(templates.readable(PASTED)) == reader.read(start)
    # the language guess skips a "word" no language has instead of scanning it per letter
    assert i18n.guess("une liste de livres " + "x" * 5000) == "fr"
