"""Things a prompt lists with their own values become the app's rows: a gym's classes with
their days, times and spots are what its booking page offers, a food bank's shifts are its
sign-up slots, plants watered every few days are rows with that interval and a due date
(walk7 #1: a gym's timetable came out as an hourly grid where its 7:00 class could not be
booked, one booking an hour)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import fullstack_data
from devora_desktop.agents.templates.dataapp import config
from devora_desktop.agents.templates.listed import Every, Session, intervals, sessions
from tests.agents.chromium import CHROMIUM
from tests.agents.interactions import book_slot, fill, js, reload
from tests.agents.test_prompt_seeds import opened

SUN, MON, TUE, WED, THU, FRI, SAT = range(7)  # as JavaScript's Date.getDay() counts


@pytest.mark.parametrize(("prompt", "lang", "expected"), [
    ("A class booking page for my gym IronWorks: spin Mon and Wed 7:00, yoga Tue and Thu "
     "18:30, HIIT Sat 10:00, 12 spots per class", "en",
     [("Spin", MON, "07:00", 12), ("Spin", WED, "07:00", 12), ("Yoga", TUE, "18:30", 12),
      ("Yoga", THU, "18:30", 12), ("HIIT", SAT, "10:00", 12)]),
    ("our studio's classes: Yoga Mon 6pm, 12 spots; Spin Wed 7am, 20 spots", "en",
     [("Yoga", MON, "18:00", 12), ("Spin", WED, "07:00", 20)]),
    ("Réservation des cours de mon studio : pilates mardi 18h30, yoga jeudi 12h15, "
     "8 places par cours", "fr", [("Pilates", TUE, "18:30", 8), ("Yoga", THU, "12:15", 8)]),
    ("reservas de clases en mi gimnasio: spinning lunes y miércoles 7:00, yoga jueves 19:30, "
     "15 plazas", "es", [("Spinning", MON, "07:00", 15), ("Spinning", WED, "07:00", 15),
                         ("Yoga", THU, "19:30", 15)]),
    ("Kursbuchung für unser Studio: Yoga Montag 18 Uhr, Pilates Mi 9:30, 10 Plätze pro Kurs",
     "de", [("Yoga", MON, "18:00", 10), ("Pilates", WED, "09:30", 10)]),
    ("agendamento das aulas: ioga segunda e quarta às 18h, funcional sábado 9h, 8 vagas por "
     "aula", "pt", [("Ioga", MON, "18:00", 8), ("Ioga", WED, "18:00", 8),
                    ("Funcional", SAT, "09:00", 8)]),
    ("prenotazione corsi in palestra: pilates martedì ore 18, zumba giovedì 19:30 (20 posti)",
     "it", [("Pilates", TUE, "18:00", 20), ("Zumba", THU, "19:30", 20)]),
    # one day for all the times the prompt lists, spots said once
    ("Je donne des cours de poterie le samedi. Les gens choisissent un créneau (10h, 14h ou "
     "16h), 6 places max par créneau.", "fr",
     [("", SAT, "10:00", 6), ("", SAT, "14:00", 6), ("", SAT, "16:00", 6)]),
])
def test_classes_a_prompt_lists_are_read_with_their_days_times_and_spots(
        prompt: str, lang: str, expected: list[tuple]) -> None:
    assert [(s.title, s.day, s.time, s.spots) for s in sessions(prompt, lang)] == expected


def test_shifts_keep_their_end_and_spots_said_after_them() -> None:
    assert sessions("turni volontari al banco alimentare, sabato mattina 9-11 e 11-13, "
                    "massimo 4 persone per turno", "it") == [
        Session("", SAT, "09:00", "11:00", 4), Session("", SAT, "11:00", "13:00", 4)]


@pytest.mark.parametrize("prompt", [
    "Geöffnet Di-Sa 9-18 Uhr, Tischreservierung für unser Restaurant",
    "La carte de ma boulangerie : baguette 1,20 €, croissant 1,10 €. Ouvert du mardi au "
    "dimanche 7h-19h.",
    "Site pour mon salon : coupe homme 30 min 22€, couleur 1h30 65€, les clientes réservent",
    "Un calendario para reservar la pista de pádel: turnos de 9:00 a 21:00",
    "Parent-teacher conferences are Thursday 3:30 to 5:00 pm, 15 minutes each",
    "a booking page for my barber, open Tuesday to Saturday 8am-6pm",
    "a sign-up sheet for 10-12 people",
    "lessons cost 10-15 €, book a slot",
])
def test_opening_hours_prices_and_durations_are_no_classes(prompt: str) -> None:
    assert sessions(prompt, templates.read(prompt).lang) == []


def test_a_prompt_that_lists_too_much_keeps_its_first_classes() -> None:
    prompt = "classes: " + ", ".join(f"class{i} Monday {i % 24}:00" for i in range(200))
    found = sessions(prompt * 5, "en")
    assert 0 < len(found) <= 24 and all(s.spots <= 500 for s in found)
    assert sessions("yoga Monday 18:00, 99999 spots", "en")[0].spots == 500


def test_a_gym_booking_page_offers_its_classes_not_an_hourly_grid() -> None:
    c = config(templates.read("A class booking page for my gym IronWorks: spin Mon and Wed "
                              "7:00, yoga Tue and Thu 18:30, HIIT Sat 10:00, 12 spots per "
                              "class"))
    assert c["view"] == "booking"
    assert [(s["title"], s["day"], s["time"], s["spots"]) for s in c["opts"]["sessions"]] == [
        ("Spin", MON, "07:00", 12), ("Spin", WED, "07:00", 12), ("Yoga", TUE, "18:30", 12),
        ("Yoga", THU, "18:30", 12), ("HIIT", SAT, "10:00", 12)]
    assert c["seed"] == []
    # a booking page that lists no classes keeps its slots every hour, one booking each
    plain = config(templates.read("a booking page with time slots for my barber shop"))
    assert "sessions" not in plain["opts"]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_class_fills_up_after_its_spots_and_the_others_count_down(tmp_path: Path) -> None:
    # the classes are tomorrow and the day after: the page's week starts today, and a time
    # gone by is not bookable (on a Monday evening "yoga Monday 18:00" had no spot to take)
    import datetime

    today = (datetime.date.today().weekday() + 1) % 7  # as getDay() counts
    yoga, spin = (today + 1) % 7, (today + 2) % 7
    names = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
    spec = templates.read(f"A class booking page for my gym: yoga {names[yoga]} 18:00, 2 "
                          f"spots; spin {names[spin]} 7:00, 20 spots")
    with opened(tmp_path, spec) as page:
        cells = js(page, "[...document.querySelectorAll('.slot')].map((b) => [new Date("
                         "b.dataset.date + 'T12:00:00').getDay(), b.dataset.time, "
                         "b.textContent])")
        assert sorted({(d, t) for d, t, _ in cells}) == sorted([(yoga, "18:00"), (spin, "07:00")])
        assert any("Yoga" in text and "2 of 2 spots left" in text for _, _, text in cells)
        url = js(page, "location.href")
        ok, seen = book_slot(page, url, {})  # one spot fewer after a reload
        assert ok, seen
        for who in ("Noa", "Max"):
            js(page, "document.querySelector('button.slot.free[data-time=\"18:00\"]').click()")
            fill(page, "#book-form", who)
        reload(page, url)
        full = js(page, "[...document.querySelectorAll('.slot.taken')].map((s) => "
                        "[s.dataset.time, s.textContent, s.title])")
        assert full and full[0][0] == "18:00" and "Yoga" in full[0][1] and full[0][2] == ""
        mine = js(page, "document.querySelector('.card ul.plain').textContent")
        assert "Yoga" in mine and "Noa" in mine


def test_shifts_and_classes_a_sign_up_sheet_lists_are_its_slots() -> None:
    rows = config(templates.read("turni volontari al banco alimentare della parrocchia, sabato "
                                 "mattina 9-11 e 11-13, massimo 4 persone per turno. la gente "
                                 "mette il nome e vede quanti posti restano"))["seed"]
    assert [(r["title"], r["date"], r["time"], r["capacity"]) for r in rows] == [
        ("Turno 09:00–11:00", "@dow6", "09:00", 4), ("Turno 11:00–13:00", "@dow6", "11:00", 4)]
    assert not any(r.get("_example") for r in rows)  # the prompt's own, no examples
    gym = config(templates.read("a gym class schedule: spin Monday 7am, yoga Tuesday 6:30pm, "
                                "12 spots each"))
    assert [(r["title"], r["date"], r["time"], r["capacity"]) for r in gym["seed"]] == [
        ("Spin", "@dow1", "07:00", 12), ("Yoga", "@dow2", "18:30", 12)]


def test_a_weekday_date_is_the_next_such_day_in_seed_sql_too() -> None:
    saturday = date(2026, 12, 5)
    assert fullstack_data.thawed("@dow6", saturday) == "2026-12-05"
    assert fullstack_data.thawed("@dow1", saturday) == "2026-12-07"
    assert fullstack_data.thawed("@dow0", saturday) == "2026-12-06"


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_sign_up_slot_on_a_weekday_is_dated_that_weekday(tmp_path: Path) -> None:
    spec = templates.read("a gym class schedule: spin Monday 7am, yoga Tuesday 6:30pm, 12 spots "
                          "each")
    with opened(tmp_path, spec) as page:
        cards = js(page, "[...document.querySelectorAll('.slot-card')].map((c) => "
                         "c.textContent)")
    assert len(cards) == 2 and "Spin" in cards[0] and "Monday" in cards[0], cards
    assert "Yoga" in cards[1] and "Tuesday" in cards[1] and "12 of 12" in cards[1]


@pytest.mark.parametrize(("prompt", "expected"), [
    ("a plant watering reminder: fern every 3 days, cactus every 2 weeks",
     [Every("Fern", 3), Every("Cactus", 14)]),
    ("water the fern every 3 days and the orchid every week",
     [Every("Water the fern", 3), Every("Orchid", 7)]),
    ("rappel d'arrosage : la fougère tous les 3 jours, le cactus toutes les 2 semaines",
     [Every("Fougère", 3), Every("Cactus", 14)]),
    ("recordatorio para regar: helecho cada 3 días, cactus cada 2 semanas",
     [Every("Helecho", 3), Every("Cactus", 14)]),
    ("Gießplan: Farn alle 3 Tage, Kaktus alle 2 Wochen", [Every("Farn", 3), Every("Kaktus", 14)]),
    ("lembrete de rega: samambaia a cada 3 dias, cacto a cada 2 semanas",
     [Every("Samambaia", 3), Every("Cacto", 14)]),
    ("promemoria per innaffiare: felce ogni 3 giorni, cactus ogni 2 settimane",
     [Every("Felce", 3), Every("Cactus", 14)]),
    ("a habit tracker with streaks", []),
])
def test_things_done_every_so_often_are_read_with_their_interval(
        prompt: str, expected: list[Every]) -> None:
    assert intervals(prompt) == expected


def test_a_class_takes_no_more_bookings_than_its_spots_in_postgresql(cluster: str) -> None:
    """The full-stack page's database counts a class's spots (the page alone is no limit) and
    takes bookings only at its classes."""
    from tests.agents.test_template_rls_pg import Db, psycopg
    from tests.server.services import create_database

    spec = templates.read("A class booking page for my gym: yoga Monday 18:00, 2 spots; spin "
                          "Wednesday 7:00, 20 spots", "fullstack")
    assert spec.kind == "booking"
    db = Db(create_database(cluster), templates.all_files("booking", "fullstack", spec.name,
                                                          spec))
    a, b, c = db.user(), db.user(), db.user()
    monday = ("insert into public.bookings (date, time, name) values (current_date + "
              "(1 - extract(dow from current_date)::int + 7) %% 7 + 7, %s, %s)")
    db.rows(a, monday, ("18:00", "Alex"))
    db.rows(b, monday, ("18:00", "Sam"))  # a class's second spot: no unique slot any more
    with pytest.raises(psycopg.DatabaseError, match="full") as refused:
        db.rows(c, monday, ("18:00", "Noa"))
    assert refused.value.sqlstate == "DVFUL"
    with pytest.raises(psycopg.errors.CheckViolation):  # no class then
        db.rows(c, monday, ("07:00", "Noa"))
    assert db.rows(c, "select count(*) from public.taken_slots()") == [(2,)]
    assert db.rows(c, "select count(*) from public.bookings") == [(0,)]  # not who booked


def test_a_full_stack_booking_keeps_its_class_name_in_the_database(cluster: str) -> None:
    """The web page shows which class a booking is for; the full-stack table says it too (an
    admin reading the bookings sees 'Vinyasa', not only a Monday at 18:00), set by the
    database from the page's classes whatever the request said."""
    from tests.agents.test_template_rls_pg import Db
    from tests.server.services import create_database

    spec = templates.read("yoga studio bookings: vinyasa Monday 18:00, yin Wednesday 19:30, "
                          "10 spots each; fields: name, class level", "fullstack")
    assert spec.kind == "booking"
    db = Db(create_database(cluster), templates.all_files("booking", "fullstack", spec.name,
                                                          spec))
    a = db.user()
    day = "current_date + ({} - extract(dow from current_date)::int + 7) %% 7 + 7"
    db.rows(a, "insert into public.bookings (date, time, name, class) values ("
               f"{day.format(1)}, '18:00', 'Alex', 'Free pass')")
    assert db.rows(a, "select class from public.bookings") == [("Vinyasa",)]
    db.rows(a, f"update public.bookings set date = {day.format(3)}, time = '19:30'")
    db.rows(a, "update public.bookings set class = 'VIP'")
    assert db.rows(a, "select class from public.bookings") == [("Yin",)]


@pytest.mark.parametrize(("prompt", "first"), [
    ("a plant watering reminder: fern every 3 days, cactus every 2 weeks", ("Fern", 3)),
    ("an app to track when I water my plants: fern every 3 days, monstera every week",
     ("Fern", 3)),
    ("lembrete para regar as plantas: samambaia a cada 3 dias, cacto a cada 2 semanas",
     ("Samambaia", 3)),
    ("lista de tareas de la casa: cambiar el filtro cada 3 meses, limpiar el horno cada 2 "
     "semanas", ("Cambiar el filtro", 90)),
])
def test_things_done_every_so_often_are_rows_with_their_interval_and_due_date(
        prompt: str, first: tuple[str, int]) -> None:
    c = config(templates.read(prompt))
    assert [x["key"] for x in c["fields"]][:3] == ["title", "every", "due"]
    assert (c["seed"][0]["title"], c["seed"][0]["every"]) == first
    assert all(r["due"] == "@day+0" and not r.get("_example") for r in c["seed"])
    assert "priorit" not in c["tagline"].lower()  # says what this list does


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_ticking_off_a_plant_moves_it_to_its_next_watering(tmp_path: Path) -> None:
    spec = templates.read("a plant watering reminder: fern every 3 days, cactus every 2 weeks")
    with opened(tmp_path, spec) as page:
        url = js(page, "location.href")
        js(page, "document.querySelector('#rows tr input[type=checkbox]').click()")
        said = js(page, "document.querySelector('#status').textContent")
        reload(page, url)
        due = js(page, "[...document.querySelectorAll('#rows tr')].map((tr) => "
                       "[tr.cells[1].textContent, tr.cells[3].textContent, "
                       "tr.querySelector('input').checked])")
        in_three = js(page, "new Date(Date.now() + 3 * 86400000).toLocaleDateString('en', "
                            "{ day: 'numeric', month: 'short', year: 'numeric' })")
    assert "Fern" in said and "next" in said, said
    fern = next(d for d in due if d[0] == "Fern")
    assert fern[1] == in_three and fern[2] is False  # moved on by 3 days, not crossed off


@pytest.mark.parametrize(("prompt", "label", "books", "members"), [
    ("an app for our book club: members Anna, Ben and Carla; books Dune, Emma and Beloved",
     "Books", ["Dune", "Emma", "Beloved"], ["Anna", "Ben", "Carla"]),
    ("app pour notre club de lecture : membres Anne, Paul et Léa ; livres : Dune, Emma, Le "
     "Petit Prince", "Livres", ["Dune", "Emma", "Le Petit Prince"], ["Anne", "Paul", "Léa"]),
    ("club de lectura: miembros Ana, Luis y Marta. Libros: Rayuela, Ficciones", "Libros",
     ["Rayuela", "Ficciones"], ["Ana", "Luis", "Marta"]),
    ("Lesekreis-App: Mitglieder Anna, Ben und Clara; Bücher: Momo, Faust", "Bücher",
     ["Momo", "Faust"], ["Anna", "Ben", "Clara"]),
    ("a reading tracker for our book club: members Anna, Ben and Carla; books: Dune, Emma; "
     "pages read each week", "Books", ["Dune", "Emma"], ["Anna", "Ben", "Carla"]),
])
def test_a_book_clubs_books_are_rows_and_its_members_who_reads_each(
        prompt: str, label: str, books: list[str], members: list[str]) -> None:
    """walk7 #1: a book club's reading tracker listed "Reading 1/2/3" with an Amount, and
    a listed club made a column of each member's name."""
    c = config(templates.read(prompt))
    assert c["fields"][0]["label"] == label
    assert [r["name"] for r in c["seed"]] == books
    who = next(x for x in c["fields"] if x["key"] == "who")
    assert [o[1] for o in who["options"]] == members
    assert not any(r.get("_example") for r in c["seed"])
    if "pages" in prompt:
        assert any(x["label"] == "Pages" and x["type"] == "number" for x in c["fields"])


def test_a_list_of_habits_or_cards_is_no_club() -> None:
    habits = config(templates.read("a habit tracker for my morning routine: meditate, stretch, "
                                   "journal, with streaks"))
    assert habits["view"] == "habits"
    board = config(templates.read("a kanban board to plan our wedding: venue, catering, "
                                  "flowers, invitations, music"))
    assert board["view"] == "board"


@pytest.mark.parametrize(("prompt", "items"), [
    ("a shared grocery list for our flat: milk, bread, eggs, butter, apples",
     ["Milk", "Bread", "Eggs", "Butter", "Apples"]),
    ("a packing list for our camping trip: tent, sleeping bags, stove, torch",
     ["Tent", "Sleeping bags", "Stove", "Torch"]),
    ("liste de courses pour la semaine : lait, pain, œufs, beurre", ["Lait", "Pain", "Œufs",
                                                                    "Beurre"]),
    ("lista de tareas para la mudanza: embalar los libros, llamar al casero, cancelar internet",
     None),
])
def test_a_to_do_lists_own_items_are_its_rows_never_a_topics_samples(
        prompt: str, items: list[str] | None) -> None:
    """walk8 #0: "a shared grocery list for our flat: milk, bread, eggs, butter, apples" listed
    a bakery's jobs ("Order 25 kg of bread flour", "Service the deck oven"): "bread" picked the
    bakery's sample tasks."""
    c = config(templates.read(prompt))
    assert c["view"] == "list" and c["opts"]["done"]
    titles = [r["title"] for r in c["seed"]]
    if items:
        assert titles == items
    else:
        assert len(titles) == 3 and titles[0].lower().startswith("embalar")
    assert not any(r.get("_example") or r["due"] for r in c["seed"])


@pytest.mark.parametrize(("prompt", "names"), [
    ("Un tableau des tâches ménagères pour notre famille (Léa, Tom, papa, maman) : vaisselle, "
     "aspirateur, poubelles, linge. Qui fait quoi chaque semaine.",
     ["Léa", "Tom", "Papa", "Maman"]),
    ("a chore list for my kids Emma and Noah: make bed, feed the cat, homework",
     ["Emma", "Noah"]),
    ("Aufgabenliste für die WG, Mitbewohner Jonas, Mia und Lukas: Bad putzen, Müll rausbringen, "
     "einkaufen", ["Jonas", "Mia", "Lukas"]),
])
def test_the_people_a_chore_list_names_are_who_does_each(prompt: str, names: list[str]) -> None:
    """walk8 #2: a family's chores board kept the chores and dropped Léa, Tom, papa, maman."""
    c = config(templates.read(prompt))
    who = next((x for x in c["fields"] if x["key"] == "who"), None)
    assert who and [o[1] for o in who["options"]][1:] == names, c["fields"]
    assert who["options"][0][0] == ""  # nobody chosen until someone is
    assert len(c["seed"]) >= 3 and not any(r.get("_example") for r in c["seed"])


def test_a_list_without_people_gets_no_who() -> None:
    c = config(templates.read("a kanban board to plan our wedding: venue, catering, flowers"))
    assert not any(x["key"] == "who" for x in c["fields"])


def test_a_full_stack_sheets_shifts_are_seeded_on_their_weekday(cluster: str) -> None:
    from tests.agents.test_template_rls_pg import Db
    from tests.server.services import create_database

    spec = templates.read("turni volontari al banco alimentare, sabato 9-11 e 11-13, massimo 4 "
                          "persone per turno: la gente mette il nome", "fullstack")
    assert spec.kind == "signup"
    db = Db(create_database(cluster), templates.all_files("signup", "fullstack", spec.name,
                                                          spec))
    rows = db.conn.execute("select title, extract(dow from date)::int, date - current_date, "
                           "time, capacity, example from public.slots order by time").fetchall()
    assert [(t, d, tm, c, e) for t, d, _, tm, c, e in rows] == [
        ("Turno 09:00–11:00", SAT, "09:00", 4, False), ("Turno 11:00–13:00", SAT, "11:00", 4,
                                                        False)]
    assert all(0 <= ahead < 7 for _, _, ahead, *_ in rows)
    db.conn.close()


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_who_does_a_chore_is_picked_on_its_card_and_kept(tmp_path: Path) -> None:
    spec = templates.read("Un tableau des tâches ménagères pour notre famille (Léa, Tom, papa, "
                          "maman) : vaisselle, aspirateur, poubelles, linge.")
    with opened(tmp_path, spec) as page:
        url = js(page, "location.href")
        js(page, "(() => { const s = document.querySelector('.kcard select.who');"
                 " s.value = 'Tom'; s.dispatchEvent(new Event('change')); })()")
        reload(page, url)
        picked = js(page, "[...document.querySelectorAll('.kcard')].map((c) => "
                          "[c.querySelector('strong').textContent, c.querySelector('select.who')"
                          ".value])")
    assert picked[0] == ["Vaisselle", "Tom"] and all(w == "" for _, w in picked[1:]), picked


def test_a_habit_trackers_daily_is_its_habits_not_an_interval() -> None:
    """bench/quality: "habit tracker for both of us: each of us logs daily" became a list with
    one row "Of us logs" every 1 day."""
    c = config(templates.read("habit tracker for both of us: each of us logs daily"))
    assert c["view"] == "habits"
