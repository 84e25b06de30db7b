"""What an offline app holds, as the prompt says it (walk18 #2 #8 #11 #15 #22 #28 #35 #40 #46):
a golf league ranked by 'Time (min)' with its three columns dropped, a Putzplan whose one task
was 'Ab' (the particle of "wechseln sich … ab"), a debt list with no Name, a name cut from the
middle ("Clients the day before their", "40 members", "PayPal"), no Quem for "pra mim e pro
João", a typed-with-typos birthday list without its fields, a to-do with two dates, a dog
school's one offer 'Kursen'. Prompts written for these tests in six languages beside walk18's."""

from __future__ import annotations

import re

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import web
from devora_desktop.agents.templates.dataapp import config


def built(prompt: str, shape: str) -> tuple:
    spec = templates.read(prompt, shape=shape)
    return spec, config(spec)


@pytest.mark.parametrize("prompt,played,best", [
    ("golf league standings: players Dave, Hiro, Omar, Beth - rounds played, best score, "
     "handicap", "Rounds played", "Best score"),
    ("classement de notre ligue de golf : Paul, Marc, Luc - parties jouées, meilleur score, "
     "handicap", "Parties jouées", "Meilleur score"),
    ("Golf-Rangliste für unseren Club mit Runden gespielt, bestes Ergebnis und Handicap",
     "Runden gespielt", "Bestes Ergebnis"),
])
def test_a_golf_league_ranks_its_best_score_lowest_first(prompt: str, played: str,
                                                          best: str) -> None:
    _, cfg = built(prompt, "leaderboard")
    kinds = {x["label"]: x["type"] for x in cfg["fields"]}
    assert kinds.get(played) == "number" and kinds.get(best) == "number", kinds
    assert kinds.get("Handicap") == "number", kinds
    assert not any(re.search(r"time|temps|zeit|min\)", x, re.I) for x in kinds), kinds
    opts = cfg["opts"]
    assert opts["order"] == "asc"
    assert next(x["label"] for x in cfg["fields"] if x["key"] == opts["score"]) == best


def test_golf_players_named_are_the_rows() -> None:
    _, cfg = built("golf league standings: players Dave, Hiro, Omar, Beth - rounds played, "
                   "best score, handicap", "leaderboard")
    assert [r["name"] for r in cfg["seed"]] == ["Dave", "Hiro", "Omar", "Beth"]


@pytest.mark.parametrize("prompt,tasks,who", [
    ("Putzplan für unsere WG: Bad, Küche, Flur, Müll - Anna, Ben und Clara wechseln sich "
     "wöchentlich ab", ["Bad", "Küche", "Flur", "Müll"], ["Anna", "Ben", "Clara"]),
    ("chore rota for our flat: kitchen, bathroom, bins - Sam, Priya and Jo take turns every "
     "week", ["Kitchen", "Bathroom", "Bins"], ["Sam", "Priya", "Jo"]),
    ("planning ménage de la coloc : cuisine, salle de bain, poubelles. Léa, Tom et Zoé se "
     "relaient chaque semaine", ["Cuisine", "Salle de bain", "Poubelles"], ["Léa", "Tom", "Zoé"]),
])
def test_a_rota_goes_round_the_people_who_take_turns(prompt: str, tasks: list,
                                                     who: list) -> None:
    _, cfg = built(prompt, "todo")
    assert [r["title"] for r in cfg["seed"]] == tasks
    choice = next(x for x in cfg["fields"] if x["key"] == "who")
    assert [label for _, label in choice["options"]] == who
    assert [r["who"] for r in cfg["seed"]][:3] == who
    assert cfg["opts"]["rotate"] == "who"


@pytest.mark.parametrize("prompt,name,amount,paid", [
    ("need an app to keep track of who owes me money lol, name amount and date", "Name",
     "Amount", "Paid back"),
    ("app para apuntar quién me debe dinero: nombre monto y fecha", "Nombre", "Monto",
     "Devuelto"),
])
def test_a_debt_list_holds_who_how_much_and_whether_paid_back(prompt: str, name: str,
                                                              amount: str, paid: str) -> None:
    _, cfg = built(prompt, "tracker")
    kinds = {x["label"]: x["type"] for x in cfg["fields"]}
    assert kinds.get(name) == "text" and kinds.get(amount) == "money", kinds
    assert kinds.get(paid) == "bool" and "date" in kinds.values(), kinds


def test_a_list_typed_with_typos_keeps_its_fields() -> None:
    _, cfg = built("lista d cumpleaños d mi familia con fecha y q regalo le compro",
                   "directory")
    kinds = {x["label"]: x["type"] for x in cfg["fields"]}
    assert kinds.get("Fecha") == "date" and kinds.get("Regalo") == "text", kinds


@pytest.mark.parametrize("prompt,name", [
    ("app that sends sms reminders to my clients the day before their appointment",
     "Appointment reminders"),
    ("une appli qui envoie un rappel par SMS à mes patients la veille de leur rendez-vous",
     "Rappels de rendez-vous"),
    ("eine App, die meinen Kunden am Vortag eine Erinnerung an ihren Termin schickt",
     "Terminerinnerungen"),
    ("app que manda recordatorios por whatsapp a mis clientes el día antes de su cita",
     "Recordatorios de citas"),
    ("a to-do list for my clients the day before their move", "Clients"),
    ("I run a small community garden with about 40 members and I need a website where "
     "members can see which plots are free, sign up for watering shifts on weekends",
     "Community garden"),
])
def test_a_name_is_what_the_app_is_about_never_when_or_how_many(prompt: str,
                                                                 name: str) -> None:
    spec = templates.read(prompt)
    assert spec.name.split(" · ")[0] == name, spec.name


@pytest.mark.parametrize("prompt,name", [
    ("Shop mit Bezahlung per PayPal und Versand-Tracking", "Shop"),
    ("online store for my candles with PayPal payments and shipping tracking", "Candles"),
    ("boutique en ligne pour mes bijoux avec paiement par PayPal", "Bijoux"),
    ("tienda online de mis cuadros con pago por PayPal y envío a domicilio", "Cuadros"),
])
def test_how_a_shop_is_paid_or_ships_is_never_its_name(prompt: str, name: str) -> None:
    spec = templates.read(prompt, shape="store")
    assert spec.name.split(" · ")[0] == name, spec.name
    assert "PayPal" not in spec.name


@pytest.mark.parametrize("prompt,me,other", [
    ("lista de tarefas da casa pra mim e pro João com prazo", "Eu", "João"),
    ("lista de la compra para mí y para Lucía", "Yo", "Lucía"),
    ("to-do list for me and for Dan", "Me", "Dan"),
])
def test_a_list_for_me_and_for_someone_has_their_who_choice(prompt: str, me: str,
                                                            other: str) -> None:
    _, cfg = built(prompt, "todo")
    choice = next(x for x in cfg["fields"] if x["key"] == "who")
    assert [label for _, label in choice["options"]][1:] == [me, other]


@pytest.mark.parametrize("prompt,due", [
    ("to-do list pour réviser le bac avec matière et date", "Date"),
    ("lista de tareas para la mudanza con responsable y fecha", "Fecha"),
])
def test_a_to_dos_one_date_is_when_it_is_due(prompt: str, due: str) -> None:
    _, cfg = built(prompt, "todo")
    dates = [x["label"] for x in cfg["fields"] if x["type"] == "date"]
    assert dates == [due]


def test_a_lending_lists_date_is_not_its_due_back() -> None:
    _, cfg = built("lending library for our tools with item, borrower and date", "directory")
    assert "Due back" in [x["label"] for x in cfg["fields"]]


def test_a_kind_of_offer_named_bare_is_a_heading_not_an_offer() -> None:
    spec = templates.read("Landingpage für meine Hundeschule in Hamburg mit Kursen und Preisen")
    assert web.offers(spec) == []
    page = templates.all_files(spec.kind, "web", spec.name, spec)["index.html"]
    assert "<h3>Kursen</h3>" not in page and "<h3>Kurse</h3>" in page
    assert "mit Kursen und Preisen." not in page  # the page's sections are no headline
    surf = templates.read("site pra minha escola de surf em Floripa com aulas e preços")
    page = templates.all_files(surf.kind, "web", surf.name, surf)["index.html"]
    assert "com aulas e preços." not in page and "<h3>Aulas</h3>" in page
    named = templates.read("Landingpage für meine Hundeschule mit Welpenkurs und Junghundekurs")
    assert web.offers(named) == ["Welpenkurs", "Junghundekurs"]
