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


@pytest.mark.parametrize("prompt,step,closed,name", [
    # walk15 #11: a length said alone among the facts ("…, 30 minutes, …") made 60-minute slots
    ("réservation de créneaux pour le lavage de voiture : samedi 9h-17h, 30 minutes, 15 € le "
     "lavage", 30, [0, 1, 2, 3, 4, 5], "Lavage de voiture · Réservations"),
    # walk15 #19: two days' hours without "each" became two 8-hour sessions, named "Tuesdays"
    ("book a haircut with me on Tuesdays and Thursdays 10:00-18:00, 45 minutes, £20", 45,
     [0, 1, 3, 5, 6], "Haircut · Bookings"),
    # walk15 #18: named "Slot", and the days it is open said as not built
    ("book a slot with our volunteer bike mechanic: Tuesdays and Thursdays 17:00-20:00, 30 "
     "minute slots, £15 a repair", 30, [0, 1, 3, 5, 6], "Volunteer bike mechanic · Bookings"),
    ("agendar massagem: terças e quintas 14h-20h, 50 minutos cada, R$ 90", 50, [0, 1, 3, 5, 6],
     "Massagem · Agendamentos"),
    # the second day after an article was lost ("il lunedì e il venerdì" kept Friday only)
    ("prenota una lezione di tennis: il lunedì e il venerdì 16-20, 60 minuti, 25 €", 60,
     [0, 2, 3, 4, 6], "Tennis · Prenotazioni"),
    ("réserver le terrain de pétanque le mardi et le jeudi de 14h à 18h, créneaux de 30 "
     "minutes", 30, [0, 1, 3, 5, 6], "Pétanque · Réservations"),
    ("reservar una cita con la fisioterapeuta, martes y jueves de 9 a 13, 45 minutos", 45,
     [0, 1, 3, 5, 6], "Fisioterapeuta · Reservas"),
    ("Termin beim Hundefriseur buchen: Dienstag bis Samstag 9-17 Uhr, 90 Minuten, 40 €", 90,
     [0, 1], "Hundefriseur · Terminbuchung"),
])
def test_a_booking_keeps_its_slot_length_days_and_whom_it_is_with(
        prompt: str, step: int, closed: list, name: str) -> None:
    spec = templates.read(prompt)
    opts = config(spec)["opts"]
    assert spec.kind == "booking" and spec.fits, spec.unfit
    assert (opts["step"], opts["closed"], spec.name) == (step, closed, name)
    assert "sessions" not in opts  # a day's hours cut in slots, not one long class


def test_open_weekends_are_the_open_days_at_the_hours_said() -> None:
    hours = opening("book the climbing wall, open weekends 10-16, 1 hour slots", "en")
    assert (hours.start, hours.end, hours.closed) == (10, 16, (1, 2, 3, 4, 5))


@pytest.mark.parametrize("prompt,name,days", [
    # apps14: "Monday … and Thursday …" made two Monday classes
    ("book a place in our yoga classes: Monday 18:00-19:00 and Thursday 18:00-19:00, 12 spots "
     "each", "Yoga classes · Bookings", [1, 4]),
    ("reserva tu plaza en la clase de spinning: martes 19:00 y jueves 20:00, 10 plazas",
     "Spinning · Reservas", [2, 4]),
])
def test_each_class_is_on_the_day_said_before_its_time(prompt: str, name: str,
                                                       days: list) -> None:
    spec = templates.read(prompt)
    sessions = config(spec)["opts"]["sessions"]
    assert spec.name == name and spec.fits, spec.unfit
    assert sorted(s["day"] for s in sessions) == days
