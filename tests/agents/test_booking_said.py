"""A place's booking page keeps its prices apart from its hours (walk12 #2, #6): "ouvert du
mardi au samedi de 9h à 18h, une coupe coûte 25 €" put the price in the hours line and offered
no "Coupe · 25 €" to book; "open Tuesday to Saturday 9 to 5, a tune-up is 40 pounds" gave a
card "Tune-up is" / "40 pounds" and slots until 18:00."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config
from devora_desktop.agents.templates.hours import opening, said_hours
from devora_desktop.agents.templates.spec import prices


@pytest.mark.parametrize("prompt,service,hours,until", [
    ("une page de réservation pour mon salon de coiffure à Lyon, ouvert du mardi au samedi de "
     "9h à 18h, une coupe coûte 25 €", "Coupe · 25 €", "du mardi au samedi de 9h à 18h", 18),
    ("a booking page for my barber shop, open Tuesday to Saturday 9 to 5, a haircut is 20 "
     "pounds", "Haircut · £20", "Tuesday to Saturday 9 to 5", 17),
])
def test_a_booking_page_offers_its_priced_services_and_its_hours_alone(
        prompt: str, service: str, hours: str, until: int) -> None:
    spec = templates.read(prompt)
    cfg = config(spec)
    assert spec.kind == "booking"
    options = next(x["options"] for x in cfg["fields"] if x["key"] == "service")
    assert [label for _, label in options] == [service]
    assert said_hours(prompt) == hours and cfg["opts"]["end"] == until
    assert cfg["opts"]["visit"].endswith(service.replace(" ·", ""))


def test_a_price_is_its_thing_and_its_amount() -> None:
    assert prices("a website for my bike repair shop in Leeds, open Tuesday to Saturday 9 to "
                  "5, a tune-up is 40 pounds") == [("Tune-up", "£40")]
    assert prices("booking page for my salon: haircut 25 €, colour 60 €") == [
        ("Haircut", "25 €"), ("Colour", "60 €")]
    assert opening("open Monday to Friday 8 to 4", "en").end == 16
    assert opening("open 9-17", "en").end == 17


@pytest.mark.parametrize("prompt,step,closed,price", [
    # walk14 #16: "Pricing: Tuesday to Saturday £10" (a price read from a time) and no £25
    ("book a slot for a bike repair at my workshop, Tuesday to Saturday 10:00-17:00, 45 "
     "minutes each, £25", 45, [0, 1], "Price: £25"),
    # "franjas de 30 minutos" made 60-minute slots
    ("reservas para la sala de reuniones del coworking: franjas de 30 minutos de 9:00 a "
     "18:00, máximo 6 personas", 30, [], None),
    # the days before the hours are the open ones; 4 people a slot; a lone price
    ("book the climbing wall, Saturdays 10:00-16:00, 30 minute slots, 4 people per slot, $12",
     30, [0, 1, 2, 3, 4, 5], "Price: $12"),
])
def test_a_booking_grid_has_the_slots_days_and_price_said(prompt: str, step: int,
                                                          closed: list, price: str | None
                                                          ) -> None:
    opts = config(templates.read(prompt, shape="booking"))["opts"]
    assert (opts["step"], opts["closed"], opts.get("visit")) == (step, closed, price)
    assert "sessions" not in opts
    # a room's "máximo 6 personas" is who comes to one booking; "4 people per slot" is places
    assert opts.get("capacity") == (4 if "per slot" in prompt else None)


def test_a_class_takes_the_learners_said_at_its_price() -> None:
    """walk14 #16: "5 alunos por turma, 35 euros" booked 1 place per class and showed no
    price."""
    opts = config(templates.read("agenda de aulas de surf: sábados e domingos às 9h e 11h, "
                                 "5 alunos por turma, 35 euros", shape="booking"))["opts"]
    assert sorted((s["day"], s["time"], s["spots"]) for s in opts["sessions"]) == [
        (0, "09:00", 5), (0, "11:00", 5), (6, "09:00", 5), (6, "11:00", 5)]
    assert opts["visit"] == "Preço: 35 euros"
