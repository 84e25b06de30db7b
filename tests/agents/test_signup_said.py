"""A sign-up sheet keeps what its prompt says (walk12 #3, #6): the groups listed after a colon
with their spots ("…el sábado: platos principales, ensaladas y postres, máximo 4 personas por
categoría" built three generic shifts on a Sunday), the day they are on, and an RSVP's date
("on March 3rd" was left empty)."""

from __future__ import annotations

import datetime

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config, said_date


@pytest.mark.parametrize("prompt,groups", [
    ("una hoja de inscripción para la comida del barrio el sábado: platos principales, "
     "ensaladas y postres, máximo 4 personas por categoría",
     ["Platos principales", "Ensaladas", "Postres"]),
    ("a sign-up sheet for the neighbourhood potluck on Saturday: mains, salads and desserts, "
     "max 4 people per category", ["Mains", "Salads", "Desserts"]),
])
def test_groups_listed_after_a_colon_are_the_sheets_rows_on_the_day_said(
        prompt: str, groups: list[str]) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "signup" and spec.fits, spec.unfit
    seed = config(spec)["seed"]
    assert [(r["title"], r["date"], r["capacity"]) for r in seed] == [
        (g, "@dow6", 4) for g in groups]


@pytest.mark.parametrize("prompt,month,day", [
    ("an RSVP page for my birthday party on March 3rd", 3, 3),
    ("une page RSVP pour mon anniversaire le 14 mars, 25 invités", 3, 14),
])
def test_an_rsvp_is_on_the_date_it_names(prompt: str, month: int, day: int) -> None:
    seed = config(templates.read(prompt))["seed"]
    when = datetime.date.fromisoformat(seed[0]["date"])
    assert len(seed) == 1 and (when.month, when.day) == (month, day)
    assert when >= datetime.date.today()


def test_a_date_is_read_as_people_write_it_in_six_languages() -> None:
    today = datetime.date(2026, 12, 6)
    assert [said_date(t, today) for t in (
        "on March 3rd", "le 14 mars", "el 3 de marzo", "am 14. März", "il 2 giugno",
        "em 25 de dezembro", "on the 5th of May", "Dec 24", "set 4 places", "sold out 3 times",
        "31 February")] == [
        "2027-03-03", "2027-03-14", "2027-03-03", "2027-03-14", "2027-06-02", "2026-12-25",
        "2027-05-05", "2026-12-24", "", "", ""]


@pytest.mark.parametrize("prompt,rows", [
    ("liste des cours collectifs de la salle : zumba lundi et jeudi 18h, spinning mercredi 19h",
     [("Zumba", "lundi, jeudi", "18:00"), ("Spinning", "mercredi", "19:00")]),
    ("a list of our club classes: yoga Monday and Thursday 7pm, pilates Tuesday 6pm",
     [("Yoga", "Monday, Thursday", "19:00"), ("Pilates", "Tuesday", "18:00")]),
])
def test_a_list_of_classes_keeps_each_class_with_all_its_days(prompt: str, rows: list) -> None:
    """"zumba lundi et jeudi 18h" made fields named "zumba_lundi" and "jeudi_18h" and no
    rows: each class is a row with its days (to filter by) and its time."""
    cfg = config(templates.read(prompt))
    assert [x["key"] for x in cfg["fields"]][:3] == ["name", "days", "time"]
    assert [(r["name"], r["days"], r["time"]) for r in cfg["seed"]] == rows


@pytest.mark.parametrize("prompt", [
    "a tracker for my house plants: each plant, how often it needs water, and when I last "
    "watered it",
    "un suivi de mes plantes : à quelle fréquence il faut les arroser et quand je les ai "
    "arrosées pour la dernière fois",
])
def test_how_often_each_is_due_is_built_not_only_said(prompt: str) -> None:
    """walk12 #1: a log with an Amount nobody asked for, and no interval or next date (then
    said as not built): each plant has its interval, its next date and when it was last
    done; the examples are marked."""
    spec = templates.read(prompt)
    cfg = config(spec)
    assert spec.fits, spec.unfit
    assert [x["key"] for x in cfg["fields"]][:4] == ["title", "every", "due", "last"]
    assert cfg["opts"]["every"] == "every" and "amount" not in str(cfg["fields"])
    assert cfg["seed"] and all(r["_example"] for r in cfg["seed"])
