"""What an offline app holds follows the prompt (walk14 #11 #17 #28 #31 #32 #36): a measure the
prompt names is a number with sample readings of its unit, a mark out of a scale is a field, a
tracker's examples say they are examples, a ride has a speed, and a leaderboard keeps the wins,
losses and other columns its prompt lists. Prompts written for these tests, in six languages."""

from __future__ import annotations

from pathlib import Path

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config
from tests.agents.interactions import js
from tests.agents.test_prompt_seeds import opened


def cfg(prompt: str) -> dict:
    return config(templates.read(prompt))


def typed(prompt: str) -> dict[str, str]:
    return {x["label"]: x["type"] for x in cfg(prompt)["fields"]}


def test_a_measure_named_in_a_list_is_a_number_with_readings_of_its_unit() -> None:
    """walk14 #11 #28: water temperature and distance were text fields, the examples' first
    column the subject ("Nadadas 1") and every number 5, 4, 3."""
    swims = cfg("quiero apuntar mis baños en el río: fecha, sitio, temperatura del agua y "
                "distancia, y ver el total")
    got = {x["label"]: x["type"] for x in swims["fields"]}
    assert got["Temperatura del agua"] == "number" and got["Distancia"] == "number", got
    first = swims["seed"][0]
    assert first["sitio"] == "Ejemplo 1" and 10 <= first["temperatura_del_agua"] <= 25, first
    assert 1 <= first["distancia"] <= 5, first
    assert typed("Brot-Tagebuch: Datum, Mehl, Hydration %, Gramm Salz")["Hydration %"] == \
        "number"
    assert typed("diario delle bevute: data, bicchieri, note")["Bicchieri"] == "number"
    # the subject is never written into an example row
    rows = cfg("log of my kombucha batches: date, tea, sugar grams, days fermented")["seed"]
    assert not any("kombucha" in str(v).lower() for row in rows for v in row.values()), rows


def test_a_mark_out_of_a_scale_is_a_field() -> None:
    """walk14 #31 #36: 'note sur 5' and 'notes sur 20' were dropped (a number in a list item
    was taken for a count or a price)."""
    assert typed("carnet de dégustation : date, fromage, région et note sur 5")[
        "Note sur 5"] == "rating"
    assert typed("registro de vinos con nombre, bodega y nota de 1 a 10")[
        "Nota de 1 a 10"] == "number"
    assert typed("a log of films I watch: title, year, score out of 10")[
        "Score out of 10"] == "number"
    seed = cfg("a log of films I watch: title, year, score out of 10")["seed"]
    assert all(0 < row["score_out_of_10"] <= 10 for row in seed), seed
    # a count in a list is still no field
    assert "10 domande" not in typed("quiz di storia con 10 domande e punteggio")


def test_a_ride_has_a_speed_and_no_second_minutes() -> None:
    """walk14 #32: a bike commute had a running pace and 'Time (min)' beside 'Minutes'."""
    for prompt, speed in (("log my bike commutes: date, km and minutes", "Speed (km/h)"),
                          ("Fahrradtagebuch: Datum, Strecke und Minuten",
                           "Geschwindigkeit (km/h)")):
        labels = [x["label"] for x in cfg(prompt)["fields"]]
        assert speed in labels and not any("Pace" in x for x in labels), labels
        assert not any("Minut" in x for x in labels), labels


def test_a_leaderboard_keeps_the_losses_and_the_columns_it_lists() -> None:
    """walk14 #17 #31: wins and losses kept Wins only; 'Datum, Gastgeber, Spiel' became the
    leaderboard's rows, or were dropped."""
    squash = cfg("ranking for our squash nights: wins and losses for each of us")
    assert [x["key"] for x in squash["fields"]] == ["name", "wins", "played", "lost"]
    assert all(r["wins"] + r["lost"] == r["played"] for r in squash["seed"]), squash["seed"]
    elo = cfg("Elo ladder for the chess club with wins and losses")
    assert [x["key"] for x in elo["fields"]] == ["name", "rating", "played", "won", "lost"]
    assert all(r["won"] + r["lost"] == r["played"] for r in elo["seed"]), elo["seed"]
    # walk15 re-walk: 'ping-pong' with its hyphen is a game too
    pong = cfg("classement du club de ping-pong avec victoires et défaites")
    assert [x["key"] for x in pong["fields"]] == ["name", "wins", "played", "lost"], pong["fields"]
    calcetto = cfg("classifica del torneo di biliardino con vittorie e sconfitte")
    assert [x["label"] for x in calcetto["fields"]][-1] == "Perse"
    # draws named in French: a league table
    echecs = cfg("classement du club de dames avec victoires, défaites et nulles")
    assert {"won", "drawn", "lost"} <= {x["key"] for x in echecs["fields"]}
    quiz = cfg("Bestenliste für unsere Quizabende: Datum, Gastgeberin, Thema und Punkte")
    assert [x["label"] for x in quiz["fields"]][-3:] == ["Datum", "Gastgeberin", "Thema"]
    assert not {"Datum", "Thema"} & {r["name"] for r in quiz["seed"]}, quiz["seed"]
    # a list of people is still the rows
    names = cfg("tabla de la liga de futbolín: Marta, Iker, Lucía y Pau")
    assert [r["name"] for r in names["seed"]] == ["Marta", "Iker", "Lucía", "Pau"]


def test_a_leaderboard_of_marks_ranks_by_the_mark() -> None:
    """walk14 #31: 'une note sur 20' ranked 'Points' from 42 down."""
    spec = templates.read("concours de confitures : chaque pot reçoit une note sur 20, classement")
    marks = config(spec)
    assert marks["opts"]["unit"] == "Note sur 20" and not spec.name.startswith("20"), spec.name
    assert all(0 < r["points"] <= 20 for r in marks["seed"]), marks["seed"]


def test_a_recorded_match_adds_to_the_losers_losses(tmp_path: Path) -> None:
    """In the page: winner and loser picked, the loser's Lost goes up by one."""
    spec = templates.read("ranking for our squash nights: wins and losses for each of us")
    with opened(tmp_path, spec) as page:
        js(page, "(() => { const f = document.querySelector('#match-form');"
                 " f.elements.winner.selectedIndex = 0; f.elements.loser.selectedIndex = 5;"
                 " f.querySelector('button[type=submit]').click(); })()")
        shown = js(page, "[...document.querySelectorAll('#ranking li')].map((li) => "
                         "li.textContent)")
    assert any("Eva García" in x and "Lost: 8" in x for x in shown), shown
    assert any("Alex Martin" in x and "10 wins" in x for x in shown), shown  # sentence case


def test_a_habit_list_ends_where_the_tracker_is_said() -> None:
    """walk14 #36: 'with a streak' was a habit, or hid the habits listed before it."""
    for prompt, habits in (
            ("habit tracker for meditation, journaling and push-ups with a streak",
             ["Meditation", "Journaling", "Push-ups"]),
            ("habit tracker: stretch, floss, cold shower, with a streak for each",
             ["Stretch", "Floss", "Cold shower"]),
            ("Gewohnheiten: Lesen, Joggen und Vokabeln, mit Serie", ["Lesen", "Joggen",
                                                                    "Vokabeln"])):
        assert [r["name"] for r in cfg(prompt)["seed"]] == habits, prompt


def test_ore_is_hours_only_as_a_word() -> None:
    """Italian 'ore' (hours) inside 'autore' made an author a number field."""
    got = typed("registro letture: titolo, autore, data e voto")
    assert got["Autore"] == "text" and got["Voto"] == "number", got
    assert typed("tracker ore di studio: data, materia, ore")["Ore"] == "number"


def test_whole_prices_listed_beside_one_with_cents_are_the_menu() -> None:
    """walk14 #8: 'Margherita 7, Diavola 8,50, Capricciosa 9' showed a sample menu and said
    it could not build the pizzas; #26: ice creams were filed under mains."""
    spec = templates.read("menù della nostra pizzeria da asporto: Bufala 9, Ortolana 8,50, "
                          "Napoli 7, Calzone 10")
    got = [(r["name"], r["price"], r["emoji"]) for r in config(spec)["seed"]]
    assert spec.fits and got == [("Bufala", 9.0, "🍕"), ("Ortolana", 8.5, "🍕"),
                                 ("Napoli", 7.0, "🍕"), ("Calzone", 10.0, "🍕")], (spec, got)
    ice = cfg("carta de nuestra heladería: fresa 2,50, limón 2,50, turrón 3, horchata 2")
    assert [r["category"] for r in ice["seed"]] == ["postres", "postres", "postres",
                                                    "bebidas"], ice["seed"]


def test_pairs_without_a_dash_are_a_cards_two_sides() -> None:
    """walk14 #2: 'Francia Parigi', 'apple Apfel' were one side, the back to fill in."""
    for prompt, first in (("carte per studiare: Portogallo Lisbona, Grecia Atene, Irlanda Dublino",
                           {"front": "Portogallo", "back": "Lisbona"}),
                          ("Karteikarten: cat Katze, bird Vogel, fish Fisch",
                           {"front": "Cat", "back": "Katze"})):
        assert cfg(prompt)["seed"][0] == first, prompt
    # a phrase of two words is one side
    assert cfg("flashcards for English verbs: to swim, to read, to cook")["seed"][0][
        "front"] == "To swim"


def test_a_days_readings_are_numbers_and_the_entry() -> None:
    """walk15 #6: blood pressure's 'massima, minima, battiti' were text fields under an example
    'Pressione sanguigna 1'."""
    got = cfg("registro della pressione: data, massima, minima, battiti")
    assert [(x["label"], x["type"]) for x in got["fields"]] == [
        ("Data", "date"), ("Massima", "number"), ("Minima", "number"), ("Battiti", "number"),
        ("Nota", "text")]  # (a note beside the readings: something to search)
    assert got["seed"][0] | {"_example": True} == {
        "date": "@day-0", "massima": 125, "minima": 80, "battiti": 68, "_example": True}
    # a reading's figure is its average, an amount's its total
    assert got["opts"].get("average") and not cfg("log of my runs: date, km")["opts"].get(
        "average")


def test_a_readings_figures_are_averages_in_the_page(tmp_path: Path) -> None:
    """In the page: 125, 118 and 130 show 'Media · Massima 124,3', not 'Totale 373'."""
    with opened(tmp_path, templates.read("registro della pressione: data, massima, minima, "
                                         "battiti")) as page:
        shown = js(page, "document.querySelector('#totals').textContent")
    assert "Media · Massima124,3" in shown and "373" not in shown, shown


def test_won_and_lost_games_listed_are_columns() -> None:
    """walk15 #5: 'partite vinte, partite perse' gave Points and Played only; 'Holz pro Abend,
    bester Wurf' Points only."""
    briscola = cfg("classifica del torneo di scopa: nome, partite vinte, partite perse")
    assert [x["key"] for x in briscola["fields"]][-2:] == ["won", "lost"]
    kegeln = cfg("Rangliste Bowlingabend: Name, Pins pro Abend, bester Wurf")
    assert [x["label"] for x in kegeln["fields"]][-2:] == ["Pins pro Abend", "Bester Wurf"]


def test_a_cost_log_keeps_its_own_fields() -> None:
    """walk15 #7 #26: 'vet visits: date, reason, vet, cost' was a household budget (What /
    Amount / Category, groceries as examples) beside the prompt's own columns."""
    vet = cfg("registro de las visitas al veterinario de mi perro: fecha, motivo, clínica, coste")
    assert [x["label"] for x in vet["fields"]] == ["Fecha", "Motivo", "Clínica", "Coste"]
    assert vet["seed"][0]["motivo"] == "Ejemplo 1" and "what" not in vet["seed"][0]
    moto = cfg("Tankbuch fürs Motorrad: Datum, Liter, bezahlter Preis, Kilometerstand")
    assert moto["fields"][0]["key"] == "date" and not any(
        x["key"] == "category" for x in moto["fields"]), moto["fields"]
    assert moto["seed"][0]["kilometerstand"] > 1000, moto["seed"]
    # a budget's own categories are still its categories
    home = cfg("Haushaltsbuch mit Miete, Strom und Einkäufen")
    assert [o[0] for o in next(x for x in home["fields"] if x["key"] == "category")[
        "options"]] == ["Miete", "Strom", "Einkäufen"]
