"""Shapes read from what a prompt says, in the six languages: a thing residents book by the
verb ("buchen", "book it") or in blocks of hours is a booking, and each block lasts what was
said; a street's or a club's little paper, whose board writes the news for the members to
read, is a blog. Prompts of my own (round 20's laundry room and jornalzinho, in other words)."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import dataapp, reader


def built(prompt: str) -> str:
    """The shape an offline run builds when nobody answers the question."""
    found = reader.read(prompt)
    return found.shape if found.sure else found.offered[0]


@pytest.mark.parametrize("prompt,shape,minutes", [
    ("Gemeinschaftsraum im Haus: jeder Mieter kann den Raum für 3 Stunden buchen, täglich 10 "
     "bis 22 Uhr", "booking", 180),
    ("Trockenraum im Keller: die Mieter buchen den Trockner in 2-Stunden-Blöcken, täglich 7 bis "
     "21 Uhr; ist ein Block gebucht, ist er weg", "booking", 120),
    ("laundry room in our building: residents book the washer in 2-hour blocks, 8am to 8pm "
     "every day; once a block is booked it's gone", "booking", 120),
    ("our street's shared trailer: neighbours can book it in 4-hour blocks", "booking", 240),
    ("buanderie de l'immeuble : les résidents réservent la machine par créneaux de 2 h, tous "
     "les jours de 8 h à 20 h", "booking", 120),
    ("lavandería del edificio: los vecinos reservan la lavadora en bloques de 2 horas, todos "
     "los días de 8 a 20", "booking", 120),
    ("lavanderia do prédio: os moradores reservam a máquina em blocos de 2 horas, todo dia das "
     "8 às 20", "booking", 120),
    ("lavanderia del condominio: i condomini prenotano la lavatrice in blocchi di 2 ore, tutti "
     "i giorni dalle 8 alle 20", "booking", 120),
])
def test_a_thing_booked_in_blocks_is_a_booking_of_those_blocks(prompt: str, shape: str,
                                                              minutes: int) -> None:
    assert built(prompt) == shape
    spec = templates.read(prompt, shape=shape)
    assert dataapp.config(spec)["opts"]["step"] == minutes


@pytest.mark.parametrize("prompt,shape", [
    ("site for our residents' association: the committee writes the news and the residents "
     "just read them", "blog"),
    ("le petit journal du quartier : le bureau écrit les nouvelles et les habitants les "
     "lisent", "blog"),
    ("periódico del barrio: la junta escribe las noticias y los vecinos solo las leen", "blog"),
    ("Vereinszeitung online: der Vorstand schreibt die Neuigkeiten, die Mitglieder lesen sie "
     "nur", "blog"),
    ("jornalzinho do condomínio: o síndico escreve as notícias e os condôminos fazem login "
     "para ler", "blog"),
    ("giornalino della parrocchia: il parroco scrive le notizie e i parrocchiani le leggono",
     "blog"),
    # … not a book read, nor accounts kept, nor a club's list of books
    ("my reading log: books I read this year with rating", "tracker"),
    ("Buchhaltung für meinen Verein: Ausgaben und Einnahmen", "tracker"),
    ("a book club list: books we read and who suggested them", "directory"),
])
def test_the_news_a_board_writes_for_members_to_read_is_a_blog(prompt: str, shape: str) -> None:
    assert built(prompt) == shape


@pytest.mark.parametrize("prompt,shape,name", [
    # typed casually: "jvoudrais" is "je voudrais", never the app's name
    ("jvoudrais un classement pour le tournoi de pétanque du club avec Paul Marie et Luc",
     "leaderboard", "Tournoi de pétanque du club · Classement"),
    ("jveux une liste de tâches pour le déménagement", "todo", None),
    # "nombre y cuánto": a list's two fields, no sum to compute
    ("app pa llevar la cuenta de lo q me prestan mis hermanos, nombre y cuanto", "tracker",
     None),
])
def test_casual_words_are_read_as_written_out(prompt: str, shape: str, name: str | None) -> None:
    assert built(prompt) == shape
    if name:
        assert templates.read(prompt, shape=shape).name == name


@pytest.mark.parametrize("prompt,shape", [
    # a table of a tournament's points is its standings (walk22 #3), in compounds too
    ("Tabelle für unser Schachturnier: Ute 7 Punkte, Bernd 5, Karl 6", "leaderboard"),
    ("tabla del torneo de mus del bar: Pepe 12 puntos, Luis 9, Ana 15", "leaderboard"),
    ("tabella del torneo di briscola: Gino 10 punti, Rita 14, Aldo 8", "leaderboard"),
    # questions with answers to choose from are a quiz
    ("preguntas tipo test para el examen de inglés, 8 preguntas", "flashcards"),
    ("QCM pour réviser le code de la route, 10 questions", "flashcards"),
    ("multiple choice questions for my biology exam", "flashcards"),
    ("domande a risposta multipla per l'esame di storia", "flashcards"),
    # "solo con cita previa": how a practice receives, said on its page
    ("página para mi clínica de nutrición en Sevilla, solo con cita previa", "landing"),
    # German typed casually: "ne liste" is a list
    ("brauch ne liste wer im chor welche noten hat", "directory"),
])
def test_tables_of_points_choices_to_pick_and_appointments_said(prompt: str, shape: str) -> None:
    assert built(prompt) == shape, reader.read(prompt)


def test_by_appointment_is_a_page_fact_the_rules_read() -> None:
    """walk22 #8: 'site pour mon cabinet de sophrologie …, sur rendez-vous' was a sure booking
    grid. The rules now read a page about the practice, and the learned reader, retrained on
    pages of practices that receive by appointment beside asks to book them
    (bench/reader_examples.toml), agrees: the page is built without asking."""
    found = reader.read("site pour mon cabinet d'ostéopathie à Lyon, consultation 60 €, sur "
                        "rendez-vous")
    assert found.rules_offered[0] == "landing" and found.learned.shape == "landing"
    assert found.sure and found.shape == "landing"
    # … and an ask to book those appointments is still a booking
    booked = reader.read("prise de rendez-vous en ligne pour mon cabinet d'ostéopathie, "
                         "créneaux de 45 min")
    assert booked.sure and booked.shape == "booking"
