"""A place's booking page keeps its prices apart from its hours (walk12 #2, #6): "ouvert du
mardi au samedi de 9h à 18h, une coupe coûte 25 €" put the price in the hours line and offered
no "Coupe · 25 €" to book; "open Tuesday to Saturday 9 to 5, a tune-up is 40 pounds" gave a
card "Tune-up is" / "40 pounds" and slots until 18:00."""

from __future__ import annotations

from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config
from devora_desktop.agents.templates.hours import opening, said_hours
from devora_desktop.agents.templates.spec import prices
from tests.agents.chromium import CHROMIUM
from tests.agents.interactions import js
from tests.agents.test_prompt_seeds import opened


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


# ---- apps16: a booking for the one day named; booking pages' and sheets' names -------------
@pytest.mark.parametrize("prompt,start,end", [
    ("booking page for the bike repair stand, only on Saturday 14 March, 20 minute slots from "
     "10 to 12", 10, 12),
    ("page de réservation pour le vide-grenier, uniquement le samedi 14 mars, créneaux de 30 "
     "minutes de 9h à 12h", 9, 12),
    ("reservas para la revisión de bicis, solo el sábado 14 de marzo, turnos de 20 minutos de "
     "10 a 12", 10, 12),
    ("Buchungsseite für den Fahrrad-Check, nur am Samstag, 14. März, 20-Minuten-Termine von 10 "
     "bis 12 Uhr", 10, 12),
    ("agendamento para a feira de saúde, só no sábado 14 de março, horários de 15 minutos das "
     "9h às 12h", 9, 12),
    ("prenotazioni per la visita dal veterinario, solo sabato 14 marzo, slot da 20 minuti "
     "dalle 10 alle 12", 10, 12),
])
def test_a_booking_for_one_named_day_offers_that_day_alone(prompt: str, start: int,
                                                          end: int) -> None:
    """apps15: "only on Saturday 14 March" built a grid of every day of every week."""
    spec = templates.read(prompt)
    opts = config(spec)["opts"]
    assert spec.kind == "booking" and spec.fits, spec.unfit
    assert [d[5:] for d in opts["dates"]] == ["03-14"]
    assert (opts["start"], opts["end"]) == (start, end)


@pytest.mark.parametrize("prompt", [
    "agenda da minha manicure em casa: as clientes criam conta e marcam horário de 1h, das 9h "
    "às 17h, e eu vejo todos os agendamentos. sábado 11 de abril já tenho 2",
    "booking page for my salon, closed on 25 December, open 9 to 5",
    "réservations pour mon salon à partir du 3 mars, de 9h à 18h",
])
def test_a_date_said_as_busy_closed_or_a_start_leaves_every_week_bookable(prompt: str) -> None:
    opts = config(templates.read(prompt))["opts"]
    assert "dates" not in opts
    assert "sessions" not in opts  # "horário de 1h" is how long, not a class at 01:00


def test_the_classes_of_a_named_day_are_on_that_day() -> None:
    """Round 13: "sabato 14 giugno: turni alle 10, 11:30 …" was every Saturday."""
    opts = config(templates.read(
        "Prenotazioni per le visite guidate della cantina, sabato 14 giugno: turni alle 10, "
        "11:30 e 16:30, una famiglia per turno"))["opts"]
    assert [d[5:] for d in opts["dates"]] == ["06-14"]
    assert [(s["time"], s["day"]) for s in opts["sessions"]] == [
        ("10:00", None), ("11:30", None), ("16:30", None)]


@pytest.mark.parametrize("prompt,name", [
    # apps15: "Novo" (from "marcar de novo"), "Circolo", an unnamed Elm Street sheet, "2h"
    ("agenda pra minha manicure, horarios de 1h das 13h as 18h de ter a sab, a cliente escolhe "
     "o horario e coloca nome e zap. se ja tiver alguem nao pode marcar de novo",
     "Manicure · Agendamentos"),
    ("Campo da padel del circolo: i soci fanno login e prenotano un'ora. Se l'ora è già "
     "prenotata non si deve poter prenotare di nuovo.", "Campo da padel del circolo · Prenotazioni"),
    ("who's bringing what to the Elm Street party on Sat 12 July? people put their name next to "
     "a category: 4 mains, 6 sides, 5 desserts, 3 drinks. when a category's full, it's full",
     "Elm Street party · Sign-up sheet"),
    ("Créneaux de 2h le samedi et le dimanche, de 10h à 22h pour la salle commune",
     "Salle commune · Réservations"),
    ("book a slot at the open day on 3 May, 10am to 4pm, 30 minute slots", "Open day · Bookings"),
    ("hoja de inscripción para la fiesta de la calle Mayor: nombre y teléfono",
     "Fiesta de la calle Mayor · Inscripciones"),
    ("Anmeldeliste für den Kirchenchor: zwei pro Sonntag", "Kirchenchor · Anmeldeliste"),
])
def test_a_booking_page_or_sheet_is_named_for_what_it_is_for(prompt: str, name: str) -> None:
    assert templates.read(prompt).name == name


@pytest.mark.parametrize("prompt", [
    "feuille d'inscription pour la chorale, deux par dimanche",
    "hoja de inscripción para los turnos del coro de la parroquia, dos por domingo",
    "Anmeldeliste für den Kirchenchor: zwei pro Sonntag",
    "lista de inscrição do coral da igreja, dois por domingo",
    "foglio iscrizioni per il coro della parrocchia, due per domenica",
    "choir sign-up sheet: 2 singers every Sunday",
])
def test_two_per_sunday_is_two_places_on_each_sunday_in_six_languages(prompt: str) -> None:
    """walk14 #25 (apps15's fix, English only then): a slot named "Two per Sunday", 5 places."""
    import datetime

    seed = config(templates.read(prompt))["seed"]
    days = [datetime.date.fromisoformat(r["date"]) for r in seed]
    assert [r["capacity"] for r in seed] == [2] * 4
    assert all(d.isoweekday() == 7 for d in days)


@pytest.mark.skipif(not CHROMIUM, reason="needs headless Chromium")
def test_the_grid_of_a_one_day_booking_page_has_that_day_and_no_other_week(
        tmp_path: Path) -> None:
    spec = templates.read("booking page for the bike repair stand, only on Saturday 14 March, "
                          "20 minute slots from 10 to 12")
    day = config(spec)["opts"]["dates"][0]
    with opened(tmp_path, spec) as page:
        days = js(page, "[...document.querySelectorAll('#slots button.slot')].map((b) => "
                        "b.dataset.date)")
        times = js(page, "[...document.querySelectorAll('#slots tbody th')].map((t) => "
                         "t.textContent)")
        weeks = js(page, "[...document.querySelectorAll('#app button')].filter((b) => "
                         "/week/i.test(b.textContent)).length")
    assert set(days) == {day} and len(days) == 6
    assert times == ["10:00", "10:20", "10:40", "11:00", "11:20", "11:40"]
    assert weeks == 0  # no next week to page to


@pytest.mark.parametrize("prompt,start,end,step,open_days", [
    # round 13: "entre 9h et 12h le samedi" was two classes at 9:00 and 12:00 (2 slots, not 6)
    ("Pour mon salon de coiffure à Lyon je veux que les clientes réservent un créneau de 30 min "
     "entre 9h et 12h le samedi.", 9, 12, 30, [6]),
    # round 8: Tuesday and Thursday mornings, 45 minutes each
    ("Je suis coiffeuse à domicile. J'aimerais une page où mes clientes choisissent un créneau "
     "de 45 min le mardi et le jeudi matin, entre 9h et 12h.", 9, 12, 45, [2, 4]),
    # round 15: "tranches de 2h entre 8h et 16h" was classes at 02:00, 08:00 and 16:00
    ("planning des créneaux pour le vélo cargo partagé de la résidence, on réserve par tranches "
     "de 2h entre 8h et 16h, chaque voisin a son compte.", 8, 16, 120, list(range(7))),
    ("a booking page for the tennis court, 1 hour slots between 8 and 12 on Saturdays and "
     "Sundays", 8, 12, 60, [0, 6]),
])
def test_hours_between_two_times_on_the_days_said_are_the_grid(
        prompt: str, start: int, end: int, step: int, open_days: list[int]) -> None:
    opts = config(templates.read(prompt))["opts"]
    assert (opts["start"], opts["end"], opts["step"]) == (start, end, step)
    assert sorted(set(range(7)) - set(opts["closed"])) == open_days
    assert "sessions" not in opts


@pytest.mark.parametrize("prompt,closed", [
    # walk17 #10: "weekdays" left Saturday and Sunday bookable
    ("book a tennis court: open 8am to 9pm weekdays, 1 hour slots, $15 an hour", [0, 6]),
    ("réservations pour la salle de réunion, en semaine de 9h à 18h", [0, 6]),
    ("reservas de la sala de reuniones entre semana de 9 a 14", [0, 6]),
    ("Terminbuchung für die Werkstatt, werktags von 8 bis 16 Uhr", [0, 6]),
    ("agendamento do consultório em dias úteis das 9h às 17h", [0, 6]),
    ("prenotazioni per lo studio nei giorni feriali dalle 9 alle 13", [0, 6]),
    ("booking page for the court, open weekdays 9-5 and Saturday 10-2", [0]),
])
def test_weekdays_said_in_one_word_are_monday_to_friday(prompt: str, closed: list) -> None:
    spec = templates.read(prompt, shape="booking")
    assert config(spec)["opts"]["closed"] == closed


@pytest.mark.parametrize("prompt,step", [
    # walk20 #5: 'créneaux d'1h30' gave hour-long slots
    ("réservation du terrain de padel du club, tous les jours 9h-22h, créneaux d'1h30, 24 € le "
     "créneau", 90),
    ("booking for the squash court, 8am-10pm, slots of an hour and a half", 90),
    ("reservas de la pista de pádel, de 9 a 22, reservas de hora y media", 90),
    ("Buchung für unseren Tennisplatz, 8-21 Uhr, Slots von 1,5 Stunden", 90),
    ("reservas da quadra de tênis, das 8h às 22h, horários de 1h30", 90),
    ("prenotazione del campo da padel, dalle 9 alle 23, slot da un'ora e mezza", 90),
    ("booking page for my tutoring, Mon-Fri 3-8pm, half an hour each", 30),
])
def test_a_slot_as_long_as_an_hour_and_a_half_is_that_long(prompt: str, step: int) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "booking" and spec.fits, (spec.kind, spec.unfit)
    assert config(spec)["opts"]["step"] == step


@pytest.mark.parametrize("prompt,tables", [
    # walk20 #16: one booking an hour for the whole restaurant, and "can't build “4 und 6
    # Personen”"
    ("Tischreservierung für unser Restaurant, Di-So 17-22 Uhr, Tische für 2, 4 und 6 Personen",
     ["Tisch für 2", "Tisch für 4", "Tisch für 6"]),
    ("table booking for our bistro, Tue-Sun 6-11pm, tables for 2, 4 or 6",
     ["Table for 2", "Table for 4", "Table for 6"]),
    ("réservation de table pour mon bistrot, du mardi au samedi 19h-23h, tables de 2, 4 ou 6",
     ["Table pour 2", "Table pour 4", "Table pour 6"]),
    ("reservas de mesa para mi restaurante, de martes a domingo de 13 a 16, mesas para 2, 4 y "
     "6 personas", ["Mesa para 2", "Mesa para 4", "Mesa para 6"]),
    ("reserva de mesas do meu restaurante, de terça a domingo 12-15, mesas para 2, 4 e 6 "
     "pessoas", ["Mesa para 2", "Mesa para 4", "Mesa para 6"]),
    ("prenotazione tavoli per la mia trattoria, da martedì a domenica 19-23, tavoli da 2, 4 e 8",
     ["Tavolo per 2", "Tavolo per 4", "Tavolo per 8"]),
])
def test_tables_by_size_are_each_booked_on_their_own(prompt: str, tables: list) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "booking" and spec.fits, (spec.kind, spec.unfit)
    cfg = config(spec)
    assert cfg["opts"]["resources"] == tables
    assert [o[0] for o in next(x for x in cfg["fields"] if x["key"] == "resource")["options"]] \
        == tables


@pytest.mark.parametrize("prompt,places", [
    # walk20 #34: one booking an hour, and "can't build “máximo 4 personas”"
    ("reservas de la sala de pesas de la comunidad, de 7 a 23, turnos de 1 hora, máximo 4 "
     "personas", 4),
    ("Buchung der Sauna im Verein, 16-22 Uhr, Slots von 1 Stunde, max. 6 Personen", 6),
    ("booking for our community gym, 6am-10pm, 1 hour slots, up to 5 people", 5),
    ("réservation de la salle de sport de la résidence, 7h-22h, créneaux d'une heure, 4 "
     "personnes maximum", 4),
    ("prenotazione della palestra del condominio, dalle 7 alle 22, slot da un'ora, massimo 3 "
     "persone", 3),
    ("agendamento da academia do prédio, das 6h às 22h, horários de 1 hora, no máximo 4 pessoas",
     4),
])
def test_a_room_for_at_most_so_many_takes_that_many_bookings_a_slot(prompt: str,
                                                                     places: int) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "booking" and spec.fits, (spec.kind, spec.unfit)
    assert config(spec)["opts"]["capacity"] == places
