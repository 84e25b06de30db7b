"""Sign-up sheets hold what their prompt asks: shifts on each date listed (walk19 #4), and
RSVPs asked in words other than 'rsvp' ('confirmez votre présence', 'confirma tu asistencia',
'Zusagen für …') ask whether the guest comes, how many and the meal. Six languages."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import listed
from devora_desktop.agents.templates.dataapp import config


def built(prompt: str) -> tuple[templates.Spec, dict]:
    spec = templates.read(prompt, "web")
    return spec, config(spec)


@pytest.mark.parametrize("prompt,shifts,spots", [
    # walk19 #4: two rows, both on Nov 8, the second with no end
    ("volunteer signup for the library book sale, Nov 8 and Nov 9, shifts 9-12 and 12-3, 4 "
     "people per shift", [("09:00", "12:00"), ("12:00", "15:00")], 4),
    ("bénévoles pour la brocante, les 8 et 9 novembre, créneaux 9h-12h et 14h-17h, 3 personnes "
     "par créneau", [("09:00", "12:00"), ("14:00", "17:00")], 3),
    ("Helferliste für den Flohmarkt am 8. und 9. November, Schichten 9-12 und 12-15 Uhr, 4 Leute "
     "pro Schicht", [("09:00", "12:00"), ("12:00", "15:00")], 4),
    ("volontari per il mercatino, 8 novembre e 9 novembre, turni 9-12 e 15-18, 2 persone per "
     "turno", [("09:00", "12:00"), ("15:00", "18:00")], 2),
])
def test_every_shift_is_on_every_date_listed(prompt: str, shifts: list, spots: int) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "signup" and spec.fits, (spec.kind, spec.unfit)
    got = sorted((r["date"][5:], r["time"], r.get("end"), r["capacity"]) for r in cfg["seed"])
    assert got == sorted((d, a, b, spots) for d in ("11-08", "11-09") for a, b in shifts), got
    assert len({r["title"] for r in cfg["seed"]}) == len(shifts), cfg["seed"]


def test_a_range_that_ends_below_its_start_ends_in_the_afternoon() -> None:
    got = [(s.time, s.end) for s in listed.sessions("shifts 9-5 and 12-3", "en")]
    assert got == [("09:00", "17:00"), ("12:00", "15:00")], got


@pytest.mark.parametrize("prompt,coming,meal", [
    ("confirmez votre présence à notre mariage le 12 juillet : oui ou non, nombre de personnes, "
     "choix du plat viande, poisson ou végétarien", "Vient", ["Viande", "Poisson", "Végétarien"]),
    ("confirma tu asistencia a la boda: sí o no, cuántas personas, menú carne, pescado o "
     "vegetariano", None, ["Carne", "Pescado", "Vegetariano"]),
    ("confirmação de presença do casamento: sim ou não, quantas pessoas, prato carne, peixe ou "
     "vegetariano", "Vem", ["Carne", "Peixe", "Vegetariano"]),
    ("conferma presenza al matrimonio: sì o no, quante persone, piatto carne, pesce o "
     "vegetariano", "Viene", ["Carne", "Pesce", "Vegetariano"]),
    ("Zusagen für unsere Hochzeit: ja oder nein, wie viele Personen, Essen Fleisch, Fisch oder "
     "vegetarisch", "Kommt", ["Fleisch", "Fisch", "Vegetarisch"]),
    ("wedding rsvp page - guests say yes/no, how many people, meal choice chicken fish or veg",
     "Coming", ["Chicken", "Fish", "Veg"]),
])
def test_an_rsvp_in_any_words_asks_who_comes_how_many_and_the_meal(prompt: str, coming: str,
                                                                   meal: list) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "signup", spec.kind
    ask = cfg["opts"]["ask"]
    assert [x["type"] for x in ask] == ["bool", "number", "select"], ask
    if coming:  # (the Spanish prompt's language is read elsewhere)
        assert ask[0]["label"] == coming, ask
    assert [o[1] for o in ask[2]["options"]] == meal, ask
    # the answers are the guests', never rows of the sheet: one row, the event
    assert len(cfg["seed"]) == 1, cfg["seed"]


@pytest.mark.parametrize("prompt,fee", [
    # walk19 #8: the 25 € was nowhere on the page
    ("hoja de inscripción para el taller de cerámica el sábado 15 de marzo, máximo 8 personas, "
     "25 €", "Precio: 25 €"),
    ("sign-up sheet for the pottery workshop on Saturday, 8 spots, $30", "Price: $30"),
    ("inscriptions à l'atelier poterie samedi, 8 places, 25 €", "Prix : 25 €"),
])
def test_what_taking_part_costs_is_on_the_sheet(prompt: str, fee: str) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "signup", spec.kind
    assert cfg["opts"]["visit"] == fee, cfg["opts"]


@pytest.mark.parametrize("prompt,rate,years", [
    # walk19 #14: 0,5 % a month became 0,5 % a year, 12 months 10 years
    ("calculadora de rendimento da poupança: valor inicial R$ 1000, 0,5% ao mês, 12 meses",
     6.0, 1.0),
    ("compound interest calculator: $1000 at 0.5% a month for 12 months", 6.0, 1.0),
    ("Zinseszinsrechner: 10.000 €, 0,4 % pro Monat, 24 Monate", 4.8, 2.0),
    ("calculateur d'intérêts composés : 5000 €, 3 % par an, 10 ans", 3, 10),
])
def test_a_rate_said_by_the_month_compounds_by_the_month(prompt: str, rate: float,
                                                         years: float) -> None:
    _, cfg = built(prompt)
    assert cfg["opts"]["calc"] == "compound", cfg["opts"]
    got = {i["key"]: i["value"] for i in cfg["opts"]["inputs"]}
    assert (got["rate"], got["years"]) == (rate, years), got


@pytest.mark.parametrize("prompt,who,players,spots", [
    # walk19 #21: no limit, one name, no team
    ("inscription au tournoi de pétanque du 14 juillet, équipes de 3, 16 équipes maximum",
     "Équipe", "Joueurs (3)", 16),
    ("sign-up for the pub quiz night on Friday, teams of 4, max 10 teams", "Team",
     "Players (4)", 10),
])
def test_teams_sign_up_as_one_with_their_players(prompt: str, who: str, players: str,
                                                 spots: int) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "signup", spec.kind
    assert cfg["opts"]["who"] == who and cfg["opts"]["ask"][0]["label"] == players, cfg["opts"]
    assert [r["capacity"] for r in cfg["seed"]] == [spots], cfg["seed"]


@pytest.mark.parametrize("prompt,products", [
    # walk19 #23: the template's coffrets, guides and ateliers
    ("boutique en ligne pour mes bijoux en argent, 8 modèles à 35 €", ("Modèle", 8, 35.0)),
    ("online store for my prints, 6 designs at $15", ("Design", 6, 15.0)),
])
def test_so_many_models_at_a_price_are_that_many_at_that_price(prompt: str,
                                                               products: tuple) -> None:
    _, cfg = built(prompt)
    one, n, price = products
    assert [(r["name"], r["price"]) for r in cfg["seed"]] == [
        (f"{one} {i}", price) for i in range(1, n + 1)], cfg["seed"]


def test_a_fuel_use_said_per_100_km_in_words_is_kept() -> None:
    # walk19 #24: 'consumo 6 litri ogni 100 km' was prefilled 6,5
    _, cfg = built("calcolatore del costo della benzina per un viaggio: km, consumo 6 litri "
                   "ogni 100 km, prezzo 1,85 al litro")
    got = {i["key"]: i["value"] for i in cfg["opts"]["inputs"]}
    assert (got["consumption"], got["fuel_price"]) == (6, 1.85), got


@pytest.mark.parametrize("prompt", [
    # walk19 #26: slots of 60 minutes
    "prenotazioni per il mio studio di fisioterapia, lunedì-venerdì 8-20, sedute da 50 minuti",
    "agenda para mi consulta, de lunes a viernes de 9 a 17, consultas de 50 minutos",
])
def test_a_session_said_in_minutes_is_a_slots_length(prompt: str) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "booking" and cfg["opts"]["step"] == 50, cfg["opts"]


@pytest.mark.parametrize("prompt,deposit", [
    # walk19 #2: the $50 deposit was the only service to book
    ("appointments for my tattoo studio, Wed-Sun 12-8pm, 2 hour sessions, $50 deposit",
     "Deposit: $50"),
    ("rendez-vous pour mon salon de tatouage, du mercredi au dimanche, acompte 50 €",
     "Acompte : 50 €"),
])
def test_a_deposit_is_said_beside_the_hours_never_a_service(prompt: str, deposit: str) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "booking", spec.kind
    assert not any(x["key"] == "service" for x in cfg["fields"]), cfg["fields"]
    assert cfg["opts"]["visit"].endswith(deposit), cfg["opts"]


@pytest.mark.parametrize("prompt,what", [
    # walk19 #26: 'Venta #18…' with no product
    ("panel con las ventas de mi panadería por día y por producto con gráfico", "Producto"),
    ("sales dashboard for my café by product with a chart per day", "Product"),
])
def test_sales_said_by_product_name_each_rows_product(prompt: str, what: str) -> None:
    _, cfg = built(prompt)
    assert cfg["fields"][1]["label"] == what, cfg["fields"]
    assert not any("#" in r["what"] for r in cfg["seed"]), cfg["seed"][:2]
