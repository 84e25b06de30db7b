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
