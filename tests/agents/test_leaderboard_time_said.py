"""A ranking by time asked for ranks the fastest first, even when a distance is named with it
(walk14 #3: 'Laufzeit über 5 km, schnellste Zeit oben' ranked kilometres, the most first).
Prompts written for this test."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config


@pytest.mark.parametrize("prompt", [
    "Rangliste für unseren Lauftreff: Laufzeit über 5 km, schnellste Zeit oben",
    "classement de notre club de natation : temps sur 100 m, le plus rapide en haut",
    "classifica della corsa campestre: nome, tempo, il più veloce in alto",
    "clasificación de la carrera popular de 10 km: el más rápido arriba",
    "a leaderboard for our 5k park run, fastest first",
])
def test_a_time_ranks_the_fastest_first(prompt: str) -> None:
    spec = templates.read(prompt)
    opts = config(spec)["opts"]
    assert spec.kind == "leaderboard" and (opts["score"], opts["order"]) == ("time", "asc")


def test_a_distance_alone_still_ranks_the_most_first() -> None:
    opts = config(templates.read("Rangliste unserer Radgruppe: gefahrene Kilometer im Jahr"))[
        "opts"]
    assert (opts["score"], opts["order"]) == ("km", "desc")


@pytest.mark.parametrize(("prompt", "who", "score", "extra"), [
    ("classifica del fantacalcio: squadra, punti, gol fatti", "Squadra", "Punti",
     [("Gol fatti", "number")]),
    ("classement de notre ligue de pétanque : équipe, points marqués, matchs joués", "Équipe",
     "Points marqués", []),
    ("leaderboard for our office step challenge: name, team, steps this week", "Name",
     "Steps week", [("Team", "text")]),
    ("tabla del torneo de futbolín: equipo, puntos, goles a favor", "Equipo", "Puntos",
     [("Goles favor", "number")]),
    ("Rangliste für unseren Kegelverein: Name, Holz pro Abend, bester Wurf", "Name",
     "Holz pro Abend", [("Bester Wurf", "number")]),
])
def test_a_leaderboard_ranks_the_score_its_list_names(prompt: str, who: str, score: str,
                                                      extra: list) -> None:
    """walk16 #7 (= walk15 #5): fantacalcio ranked invented 'Gol' and dropped Punti, 'Gol
    fatti' a text column; pétanque had Points and 'Points marqués', Joués and 'Matchs
    joués'; the step challenge dropped the team; Kegel ranked invented Punkte."""
    cfg = config(templates.read(prompt))
    fields = [(x["label"], x["type"]) for x in cfg["fields"] if x["key"] != "played"]
    assert fields == [(who, "text"), (score, "number"), *extra], fields
    assert cfg["opts"]["unit"] == score
