"""What a log is for, read from its own words: a sleep log that asks for the hour one goes to
bed is no money log ("acostarme" holds the letters of "cost"), its hours are clocks, and how one
feels beside it is a note, not the app (a mood diary); French "comment je me sens" is how, not
comments. A prompt headed by its app noun, with no other app named, is sure when the learned
reader's first choice is the same. Prompts of my own, in the six languages."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import dataapp, reader, titles
from devora_desktop.agents.templates.shapes import field_type


@pytest.mark.parametrize("prompt", [
    "registro de sueño: hora de acostarme, hora de levantarme y cómo me siento",
    "sleep log: bedtime, wake up time and how I feel",
    "journal du sommeil : heure du coucher, heure du réveil et comment je me sens",
    "registro de sono: hora de deitar, hora de acordar e como me sinto",
    "diario del sonno: ora di andare a letto, ora della sveglia e come mi sento",
    "Schlaftagebuch: wann ins Bett, wann aufgestanden und wie ich mich fühle",
])
def test_a_sleep_log_keeps_sleep_not_money_or_moods(prompt: str) -> None:
    assert titles.tracker_kind(prompt) == "sleep"
    spec = templates.read(prompt, shape="tracker")
    fields = dataapp.config(spec)["fields"]
    assert not [f["label"] for f in fields if f["type"] == "money"]
    assert "comments" not in " ".join(spec.unsupported)


def test_a_mood_diary_that_notes_sleep_keeps_moods() -> None:
    assert titles.tracker_kind("mood diary: how I feel each day and hours of sleep") == "mood"


@pytest.mark.parametrize("label,kind", [
    ("Hora de acostarme", "time"), ("Heure du réveil", "time"), ("Bedtime", "time"),
    ("Wake up time", "time"), ("Ora della sveglia", "time"), ("Horas de sueño", "number"),
    ("Costo", "money"), ("Coût", "money"), ("Fahrtkosten", "money"), ("Cost", "money"),
])
def test_a_moment_of_the_day_is_a_clock_and_cost_starts_a_word(label: str, kind: str) -> None:
    assert field_type(label) == kind


@pytest.mark.parametrize("prompt", [
    "registro de sueño: hora de acostarme, hora de levantarme y cómo me siento",
    "registro de sono: hora de deitar, hora de acordar e como me sinto",
])
def test_a_log_headed_by_its_noun_with_no_rival_is_sure(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "tracker" and found.sure, found.learned


def test_headed_sureness_needs_the_learned_reader_to_agree() -> None:
    guess = reader.learned.Guess(ranked=(("todo", 0.6), ("tracker", 0.3)), words=20)
    assert not reader.agreed("tracker", True, ("tracker", "directory"), guess,
                             headed=True)[0]
    agree = reader.learned.Guess(ranked=(("tracker", 0.6), ("todo", 0.3)), words=20)
    assert reader.agreed("tracker", True, ("tracker", "directory"), agree, headed=True)[0]
    assert not reader.agreed("tracker", True, ("tracker", "directory"), agree,
                             headed=False)[0]
