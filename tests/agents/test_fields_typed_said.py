"""A field's type follows what it holds, in the person's words (walk18 #10 #34): a unit says a
number ("valore mg/dl" was money in euros), money needs a currency or a word that only names a
sum ("hora de acostarme" was money: "acostarme" holds "cost"), a moment of the day is a time,
"note" beside readings is a note (a mark only where pupils are), and a sleep log is a sleep log
(it was the money log with Supermarket 54,20 € as examples). Prompts written for these tests in
six languages beside walk18's."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import shapes
from devora_desktop.agents.templates.dataapp import config


def fields_of(prompt: str) -> dict[str, str]:
    spec = templates.read(prompt, shape="tracker")
    return {x["label"]: x["type"] for x in config(spec)["fields"]}


@pytest.mark.parametrize("label,kind", [
    ("Valore mg/dl", "number"), ("Valor mg/dl", "number"), ("Wert mg/dl", "number"),
    ("Gewicht (kg)", "number"), ("Strecke in km", "number"), ("Ertrag kWh", "number"),
    ("Température °C", "number"), ("Amount (kg)", "number"), ("Dauer (h)", "number"),
    ("Preis pro kWh", "money"), ("Price", "money"), ("Coût", "money"), ("Importo", "money"),
    ("Hora de acostarme", "time"), ("Hora de levantarme", "time"), ("Heure du coucher", "time"),
    ("Bedtime", "time"), ("Wake-up time", "time"), ("Uhrzeit ins Bett", "time"),
    ("Ora di sveglia", "time"), ("Horas de sueño", "number"), ("Cómo me siento", "text"),
])
def test_a_unit_or_a_moment_decides_a_fields_type(label: str, kind: str) -> None:
    assert shapes.field_type(label) == kind


@pytest.mark.parametrize("prompt,reading,note", [
    ("diario della glicemia: data, ora, valore mg/dl e note", "Valore mg/dl", "Note"),
    ("Blutzucker-Tagebuch: Datum, Uhrzeit, Wert (mg/dl), Notizen", "Wert mg/dl", "Notizen"),
    ("registo de glicemia: data, hora, valor mg/dl e observações", "Valor mg/dl",
     "Observações"),
    ("glucose log: date, time, reading in mg/dl, notes", "Reading in mg/dl", "Notes"),
])
def test_a_reading_in_its_unit_is_a_number_and_notes_are_words(
        prompt: str, reading: str, note: str) -> None:
    spec = templates.read(prompt, shape="tracker")
    cfg = config(spec)
    kinds = {x["label"]: x["type"] for x in cfg["fields"]}
    assert kinds[reading] == "number" and kinds[note] == "text", kinds
    assert "money" not in kinds.values()
    # examples of the reading are blood-sugar values, never euros
    key = next(x["key"] for x in cfg["fields"] if x["label"] == reading)
    assert all(80 <= r[key] <= 160 for r in cfg["seed"]), cfg["seed"]


def test_a_pupils_note_is_still_a_mark() -> None:
    assert fields_of("suivi de mes notes : matière, note, coefficient")["Note"] == "number"


@pytest.mark.parametrize("prompt,bed,up,feel", [
    ("registro de sueño: hora de acostarme, hora de levantarme y cómo me siento",
     "Hora de acostarme", "Hora de levantarme", "Cómo me siento"),
    ("sleep log: bedtime, wake-up time and how I feel", "Bedtime", "Wake-up time",
     "How I feel"),
    ("journal de sommeil : heure du coucher, heure du réveil et comment je me sens",
     "Heure du coucher", "Heure du réveil", "Comment je me sens"),
    ("Schlaftagebuch: Uhrzeit ins Bett, Aufstehzeit, wie ich mich fühle", "Uhrzeit ins Bett",
     "Aufstehzeit", "Wie ich mich fühle"),
])
def test_a_sleep_log_keeps_its_times_and_no_money(prompt: str, bed: str, up: str,
                                                   feel: str) -> None:
    spec = templates.read(prompt, shape="tracker")
    cfg = config(spec)
    kinds = {x["label"]: x["type"] for x in cfg["fields"]}
    assert kinds[bed] == "time" and kinds[up] == "time" and kinds[feel] == "text", kinds
    assert "money" not in kinds.values() and "select" not in kinds.values()
    assert not spec.unsupported and "Gastos" not in spec.name and "€" not in str(cfg["seed"])
    times = [x["key"] for x in cfg["fields"] if x["type"] == "time"]
    assert all(r[times[0]] and r[times[1]] for r in cfg["seed"])
