"""A long prompt reads as its short self: the reader's context checks look only as far as a
cue's own phrase and sentence (reader._outside_longer, _subordinate, _asks), so a page of
background before the request changes neither what is read nor how it is read, and costs its
length, not its length squared (bench/reader.py --long prints the table)."""

from __future__ import annotations

import pytest

from devora_desktop.agents.templates import reader

# background with no cue of any app, a few thousand characters of it
PREAMBLE = "It rained all week here and the trains were late again. " * 60


def _rules(found: reader.Reading) -> list[tuple[str, str, int, tuple[str, ...]]]:
    """What the rules read, not where: the learned reader weighs every word, the preamble's
    too, so sureness is left out."""
    return [(c.shape, c.tier, c.does, c.cues) for c in found.candidates]


@pytest.mark.parametrize("prompt, shape", [
    # a word inside another shape's longer phrase ("painel" in "painel de status")
    ("painel de status dos servidores", "status"),
    ("Karteikarten zum Lernen für die Führerscheinprüfung", "flashcards"),
    # an app noun after a colon or in "for my …": what the app holds or is about
    ("need a status page for our SaaS. components: API, Dashboard, Payments", "status"),
    ("dashboard for my etsy shop sales - monthly revenue, number of orders", "dashboard"),
    ("a store with an admin dashboard", "store"),
    # "for my …" before the asking words: what the app is for
    ("For my little soap shop I want one page that shows the numbers at a glance and a chart "
     "by week", "dashboard"),
    ("Summer reading challenge for my 4th grade class - the kids log the books they finish "
     "(title + pages) and there's a leaderboard by total pages read.", "leaderboard"),
])
def test_a_page_of_background_changes_no_reading(prompt: str, shape: str) -> None:
    short, long = reader.read(prompt), reader.read(PREAMBLE + prompt)
    assert short.shape == long.shape == shape
    assert _rules(long) == _rules(short)
    # the cues are found where they are, after the preamble
    assert [c.first for c in long.candidates] == [c.first + len(PREAMBLE)
                                                   for c in short.candidates]
