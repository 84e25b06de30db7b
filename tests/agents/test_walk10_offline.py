"""walk10's offline apps that were something else than asked (found walking the window as a
new user), each fixed by its general cause: 'daily' or 'weekly' before a noun is no interval
(a water-intake log was a chore list), classes are named by what they are (two yoga classes
were both 'on Monday'), a website for a place that does work is a page about it (a bike repair
shop was a dollar store), a log always has a field for what each entry is (a book log had
none). Every prompt here is this file's own or walk10's."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import i18n, listed
from devora_desktop.agents.templates.dataapp import config


@pytest.mark.parametrize("prompt", [
    "keep track of my daily water intake",
    "a tracker for my weekly grocery spending",
    "a weekly meal plan for my family of four",
])
def test_daily_or_weekly_before_a_noun_is_no_interval(prompt: str) -> None:
    assert listed.intervals(prompt) == []
    assert "every" not in [f["key"] for f in config(templates.read(prompt))["fields"]]


def test_things_done_daily_or_weekly_still_come_back() -> None:
    assert [(e.name, e.days) for e in listed.intervals(
        "water the fern daily and the cactus weekly")] == [("Water the fern", 1), ("Cactus", 7)]


def test_classes_on_several_days_are_named_by_what_they_are() -> None:
    spec = templates.read("a page for my yoga classes on Monday and Thursday at 7pm, 10 spots "
                          "each")
    seed = config(spec)["seed"]
    assert [(r["title"], r["date"]) for r in seed] == [("Yoga classes", "@dow1"),
                                                       ("Yoga classes", "@dow4")]


def test_a_website_for_a_repair_shop_is_a_page_about_it_in_its_money() -> None:
    prompt = ("a website for my bike repair shop in Leeds, open Tuesday to Saturday 9 to 5, a "
              "tune-up is 40 pounds")
    spec = templates.read(prompt)
    assert spec.kind == "landing" and spec.fits, spec.unfit
    assert i18n.currency(prompt, "en") == "GBP"
    # a shop that sells, or a barber's where clients book, is not
    assert templates.read("a website for my candle shop where people buy candles").kind == \
        "store"
    assert templates.read("a booking page for my barber shop").kind == "booking"


def test_a_log_has_a_field_for_what_each_entry_is() -> None:
    spec = templates.read("a log of the books I read with rating and date finished")
    fields = config(spec)["fields"]
    assert fields[1]["type"] == "text" and any(f["type"] == "rating" for f in fields)
    assert all(isinstance(r[fields[1]["key"]], str) for r in config(spec)["seed"])


def test_a_chore_chart_is_not_a_graph() -> None:
    spec = templates.read("a chore chart for my kids with points")
    assert "charts" not in spec.unfit
    assert "charts" in templates.read("a to-do list with charts of what I finished").unfit


@pytest.mark.parametrize("prompt", [
    "an RSVP page for my birthday party on March 3rd",
    "lista de invitados para la boda, confirmar asistencia",
])
def test_guests_answering_an_invitation_sign_up_for_the_one_event(prompt: str) -> None:
    seed = config(templates.read(prompt))["seed"]
    assert len(seed) == 1 and "shift" not in seed[0]["title"].lower(), seed


@pytest.mark.parametrize("prompt,first", [
    ("a packing list for my camping trip", "Toothbrush"),
    ("a grocery list for me and my partner", "Milk"),
    ("Packliste für den Urlaub", "Zahnbürste"),
    ("Liste de courses pour la semaine", "Lait"),
])
def test_a_shopping_or_packing_lists_examples_are_things_to_buy_or_pack(prompt: str,
                                                                       first: str) -> None:
    seed = config(templates.read(prompt))["seed"]
    assert seed[0]["title"] == first and all(r.get("_example") for r in seed), seed


@pytest.mark.parametrize("prompt", [
    "cours de yoga le lundi et le jeudi à 19h, 10 places par cours",
    "lezioni di yoga il lunedì e il giovedì alle 19, 10 posti per lezione",
    "clases de yoga los lunes y jueves a las 19h, 10 plazas por clase",
])
def test_days_with_their_articles_are_each_a_class(prompt: str) -> None:
    seed = config(templates.read(prompt))["seed"]
    assert [(r["date"], r["time"], r["capacity"]) for r in seed] == [
        ("@dow1", "19:00", 10), ("@dow4", "19:00", 10)], seed
