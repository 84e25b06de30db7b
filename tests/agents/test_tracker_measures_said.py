"""A tracker's named measures are numbers with readings of their unit (walk16 #1 #2, walk15
#21): a scale ("Stärke von 1 bis 10") kept the whole list from being read, a lab value, lengths
swum, a meter's reading or kWh were words seeded "Example 1", a feed's bare "horário" was text,
and a trip's costs in yen and euros became a household budget with its own What/Amount and
groceries as examples. Prompts written for these tests, in six languages."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config


def built(prompt: str) -> dict:
    spec = templates.read(prompt)
    assert spec.kind == "tracker", spec.kind
    return config(spec)


@pytest.mark.parametrize(("prompt", "label", "kind", "first"), [
    ("Schmerztagebuch: Datum, Schmerz von 0 bis 10, Ort, Tabletten",
     "Schmerz von 0 bis 10", "number", 8),
    ("a headache log: date, pain from 1 to 10, trigger, medicine", "Pain from 1 to 10",
     "number", 8),
    ("log my pool sessions: date, laps, minutes", "Laps", "number", 20),
    ("registro de azúcar en sangre: fecha, nivel en mg/dL, hora", "Nivel en mg/dL", "number",
     95),
    ("registro das mamadas: horário, lado, duração", "Horário", "time", "07:30"),
    ("relevés du compteur d'eau : date, relevé en m³, remarque", "Relevé en m³", "number",
     12450),
])
def test_a_named_measure_is_a_number_with_a_reading_of_its_unit(prompt: str, label: str,
                                                               kind: str, first: object) -> None:
    cfg = built(prompt)
    field = next(x for x in cfg["fields"] if x["label"] == label)
    assert field["type"] == kind, cfg["fields"]
    assert cfg["seed"][0][field["key"]] == first, cfg["seed"][0]
    # the prompt's own fields, no invented What/Amount beside them
    assert not {"what", "amount"} & {x["key"] for x in cfg["fields"]}, cfg["fields"]


def test_a_scale_is_averaged_not_summed() -> None:
    assert built("Schmerztagebuch: Datum, Schmerz von 0 bis 10, Ort, Tabletten")["opts"].get(
        "average")


@pytest.mark.parametrize("prompt", [
    "tracker de gastos del viaje a Japón: fecha, concepto, yenes, euros, quién pagó",
    "spese della vacanza in Giappone: data, cosa, yen, euro, chi ha pagato",
    "expenses for our trip to Mexico: date, item, pesos, dollars, who paid",
    "Ausgaben unserer Thailandreise: Datum, Wofür, Baht, Euro, wer bezahlt hat",
])
def test_a_trips_costs_in_two_moneys_are_its_own_columns(prompt: str) -> None:
    """walk15 #21: 'yenes, euros' were text beside an invented Importe and Categoría, with
    groceries and a bus pass as examples."""
    cfg = built(prompt)
    kinds = [x["type"] for x in cfg["fields"]]
    assert kinds.count("number") == 2 and "money" not in kinds and len(kinds) == 5, cfg["fields"]
    first = cfg["seed"][0]
    assert not any(w in str(first) for w in ("Supermercado", "Spesa", "Groceries", "Einkauf"))


@pytest.mark.parametrize(("prompt", "thing", "km"), [
    ("a log for my running shoes: shoe name, date bought, kilometres run, and warn me when one "
     "passes 600 km", "Shoe name", "Kilometres run"),
    ("suivi de mes chaussures de course : modèle, date d'achat, kilomètres parcourus, et "
     "préviens-moi à 700 km", "Modèle", "Kilomètres parcourus"),
    ("registro de mis zapatillas de correr: modelo, fecha de compra, kilómetros", "Modelo",
     "Kilómetros"),
    ("Laufschuhe-Tagebuch: Modell, Kaufdatum, gelaufene Kilometer", "Modell",
     "Gelaufene Kilometer"),
])
def test_running_gear_is_logged_as_things_not_runs(prompt: str, thing: str, km: str) -> None:
    """walk16 #8: a log of running shoes was 'My runs' (Date/Distance/Time/Pace), no shoe."""
    cfg = built(prompt)
    kinds = {x["label"]: x["type"] for x in cfg["fields"]}
    assert kinds.get(thing) == "text" and kinds.get(km) == "number", kinds
    assert "pace" not in cfg["opts"], cfg["opts"]
