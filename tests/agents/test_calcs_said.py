"""A calculator starts from the numbers its prompt gives (walk12 #10, #11): "4 by 3.5 metres,
walls 2.5 m high, two coats" opened the paint calculator on its 3 m default, and "a countdown
to our wedding on 12 June 2027" counted to today + 100 days, so the first answer on screen was
for another room, another day."""

from __future__ import annotations

import datetime
import json

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import calcs
from devora_desktop.agents.templates.dataapp import config
from tests.agents.test_calcs import run_formulas


def inputs(prompt: str) -> dict:
    spec = templates.read(prompt)
    assert spec.kind == "calculator" and spec.fits, (spec.kind, spec.unfit)
    return {i["key"]: i["value"] for i in config(spec)["opts"]["inputs"]}


ROOM = {"room_length": 4, "room_width": 3.5, "wall_height": 2.5, "coats": 2}


@pytest.mark.parametrize("prompt", [
    "how much paint do I need for my bedroom, 4 by 3.5 metres, walls 2.5 m high, two coats",
    "combien de peinture pour ma chambre de 4 m sur 3,5 m, murs de 2,5 m de haut, deux couches",
    "cuánta pintura necesito para mi habitación de 4 por 3,5 metros, paredes de 2,5 m de alto, "
    "dos manos",
    "wie viel Farbe brauche ich für mein Schlafzimmer, 4 x 3,5 m, Wände 2,5 m hoch, zwei Anstriche",
    "quanta tinta preciso para o meu quarto de 4 por 3,5 metros, paredes com 2,5 m de altura, "
    "duas demãos",
    "quanta pittura mi serve per la camera, 4 per 3,5 metri, pareti alte 2,5 m, due mani",
])
def test_a_paint_calculator_starts_from_the_room_said(prompt: str) -> None:
    got = inputs(prompt)
    assert {k: got[k] for k in ROOM} == ROOM


@pytest.mark.parametrize("prompt,bill,people,pct", [
    ("a tip calculator for a bill of 84 and 4 people", 84, 4, 15),
    ("a tip calculator: $84.50 between four friends with a 12% tip", 84.5, 4, 12),
    ("calculadora de propinas: cuenta de 84 € entre cuatro personas", 84, 4, 15),
    ("calcul du pourboire : addition de 120 € entre 5 amis, pourboire de 10 %", 120, 5, 10),
])
def test_a_bill_is_split_between_the_people_said(prompt: str, bill: float, people: int,
                                                  pct: int) -> None:
    got = inputs(prompt)
    assert (got["bill"], got["people"], got["pct"]) == (bill, people, pct)


def test_a_paint_calculator_in_feet_gives_gallons() -> None:
    """walk22 #7: 'wall width and height in feet, 2 coats, one gallon covers 350 sq ft' opened
    the metric room preset (m, 10 m² a litre, litres): the units named win, and one wall is one
    wall."""
    _, opts = calcs.build("paint calc for the garage wall: width and height of the wall in "
                          "feet, 3 coats, a gallon covers 400 sq ft", "en")
    shown = {i["key"]: (i["label"], i["value"]) for i in opts["inputs"]}
    assert shown == {"wall_width": ("Wall width (ft)", 12), "wall_height": ("Wall height (ft)", 8),
                     "openings": ("Doors and windows (sq ft)", 35), "coats": ("Coats", 3),
                     "coverage": ("Coverage (sq ft per gallon)", 400)}
    assert [o["label"] for o in opts["outputs"]] == ["Wall area to paint (sq ft)",
                                                     "Paint needed (gallons)"]
    room = inputs("paint calculator for my bedroom, 12 by 10 ft, 8 ft ceilings, two coats")
    assert (room["room_length"], room["room_width"], room["wall_height"]) == (12, 10, 8)
    # metric: what a litre covers, said; a height said is not the coats after it
    metric = inputs("calcul de peinture : largeur du mur et hauteur, 2 couches, un litre "
                    "couvre 12 m²")
    assert (metric["coverage"], metric["coats"], metric["wall_height"]) == (12, 2, 2.5)
    # 12 x 8 ft - 35 = 61 sq ft, 3 coats at 400 sq ft a gallon: 0.4575 gallons
    got = run_formulas("""
const A = { opts: { us: true }, lang: "en" };
SECTION
console.log(JSON.stringify(FORMULAS.paint({ wall_width: 12, wall_height: 8, openings: 35,
  coats: 3, coverage: 400 })));
""")
    assert got == {"wall_area": 61, "paint_litres": 0.4575}


def test_what_is_not_said_keeps_its_default() -> None:
    assert inputs("paint calculator")["room_width"] == 3
    assert inputs("una calculadora de propinas para una cena")["people"] == 2  # "una" is no 1


@pytest.mark.parametrize("prompt", [
    "a countdown to our wedding on 12 June 2027",
    "un compte à rebours jusqu'à notre mariage le 12 juin 2027",
    "una cuenta atrás para nuestra boda el 12 de junio de 2027",
    "ein Countdown bis zu unserer Hochzeit am 12. Juni 2027",
    "uma contagem regressiva para o nosso casamento em 12 de junho de 2027",
    "un conto alla rovescia per il nostro matrimonio il 12 giugno 2027",
])
def test_a_countdown_counts_to_the_day_said(prompt: str) -> None:
    assert inputs(prompt) == {"from_date": "@day-0", "to_date": "2027-06-12"}


def test_a_day_gone_by_is_counted_from() -> None:
    assert inputs("an age calculator: I was born on 3 May 1990") == {
        "from_date": "1990-05-03", "to_date": "@day-0"}
    day = datetime.date.fromisoformat(inputs("a countdown to my birthday on March 3rd")["to_date"])
    assert (day.month, day.day) == (3, 3) and day >= datetime.date.today()


def test_the_page_answers_for_the_room_said() -> None:
    """The app's own paint formula on the prefilled inputs: 2 x (4 + 3.5) x 2.5 = 37.5 m² of
    wall less 2 m² of openings = 35.5; two coats at 10 m² a litre = 7.1 L."""
    values = inputs("how much paint do I need for my bedroom, 4 by 3.5 metres, walls 2.5 m high, "
                    "two coats")
    got = run_formulas("const A = { opts: {}, lang: 'en' };\nSECTION\n"
                       f"console.log(JSON.stringify(FORMULAS.paint({json.dumps(values)})));")
    assert got["wall_area"] == pytest.approx(35.5) and got["paint_litres"] == pytest.approx(7.1)


@pytest.mark.parametrize("prompt,expected", [
    ("a loan calculator for $15,000 at 6.5% over 4 years",
     {"amount": 15000, "rate": 6.5, "years": 4}),
    ("simulateur de prêt immobilier : maison à 250 000 €, taux 3,5 %, sur 20 ans",
     {"price": 250000, "rate": 3.5, "years": 20}),
    ("mortgage calculator: $60,000 down on a $300,000 house, 4.5% over 30 years",
     {"price": 300000, "down": 60000, "rate": 4.5, "years": 30}),
    ("calcolo IVA al 22% su 100 €", {"net": 100, "vat_rate": 22}),
    ("ein Rezeptrechner: von 4 auf 6 Portionen umrechnen", {"from_servings": 4, "to_servings": 6}),
    ("calculadora de combustible para un viaje de 450 km, 6,5 litros por 100 km, 3 personas",
     {"distance": 450, "consumption": 6.5, "people": 3}),
    ("calculadora de salário: 18 € por hora, 40 horas por semana", {"hourly": 18, "hours": 40}),
    # two sums and which is the price unsaid: the price keeps its default, the % is read
    ("quote calculator for my window cleaning: £2.50 per window, plus a flat £5 for the "
     "ladder, and 10% off for regulars", {"price": 80, "off": 10}),
])
def test_sums_rates_and_terms_are_the_prompts(prompt: str, expected: dict) -> None:
    got = inputs(prompt)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("prompt", [
    "pregnancy due date calculator, my last period started on 3 October",
    "calculateur de date d'accouchement : dernières règles le 3 octobre",
    "calculadora de fecha de parto: mi última regla fue el 3 de octubre",
])
def test_a_due_date_counts_from_the_last_period_said(prompt: str) -> None:
    day = datetime.date.fromisoformat(inputs(prompt)["last_period"])
    assert (day.month, day.day) == (10, 3) and day <= datetime.date.today()


@pytest.mark.parametrize("prompt,said", [
    ("a tile calculator: room length and width in metres, tile size in cm, add 10% waste, "
     "boxes of 12 tiles", {"room_length": 4, "waste": 10, "per_box": 12}),
    ("how many tiles for a 4.5 x 3 m bathroom floor with 60x30 cm tiles, 8 per box, 15% extra",
     {"room_length": 4.5, "room_width": 3, "tile_length": 60, "tile_width": 30, "per_box": 8,
      "waste": 15}),
    ("calcul de carrelage pour 20 m2, carreaux 45 x 45 cm, 10 % de perte, boîtes de 6",
     {"area": 20, "tile_length": 45, "tile_width": 45, "waste": 10, "per_box": 6}),
    ("Rechner für Fliesen: Fläche in m², Fliesengröße in cm, plus 10 % Verschnitt",
     {"area": 12, "waste": 10}),
])
def test_a_tile_calculator_starts_from_the_floor_and_tiles_said(prompt: str, said: dict) -> None:
    """walk14 #1: a tile calculator, not a percentage one; the room's size or the floor's area
    as the prompt gives it, the tile in cm, the margin for cuts and the tiles per box."""
    got = inputs(prompt)
    assert {k: got[k] for k in said} == said
    assert ("area" in got) != ("room_length" in got)


@pytest.mark.parametrize("prompt,said", [
    # the sum borrowed, named as such or with no home or price said of it: a loan's inputs
    ("calcolatrice del mutuo: importo 150.000 euro, tasso 3,2%, 25 anni, rata mensile",
     {"amount": 150000, "rate": 3.2, "years": 25}),
    ("Baufinanzierungsrechner: Kreditbetrag 200.000 €, Zins 3,5 %, 30 Jahre",
     {"amount": 200000, "rate": 3.5, "years": 30}),
    ("a mortgage calculator, loan amount 1,500.50, 3.2%, 25 years",
     {"amount": 1500.5, "rate": 3.2, "years": 25}),
    ("calcolatrice del mutuo: 1.500,50 euro", {"amount": 1500.5, "rate": 4, "years": 25}),
    ("simulateur de prêt immobilier : 250 000 € empruntés sur 20 ans à 3,9 %",
     {"amount": 250000, "rate": 3.9, "years": 20}),
    # a home's price: its down payment as said (before or after, or a share), else none
    ("a mortgage calculator for a $400,000 house with 20% down at 6.5% for 30 years",
     {"price": 400000, "down": 80000, "rate": 6.5, "years": 30}),
    ("mortgage calculator: house price 350,000, deposit 35,000, 4.5% over 25 years",
     {"price": 350000, "down": 35000, "rate": 4.5, "years": 25}),
    ("a mortgage calculator on a 250k flat, 10% deposit, 4% for 25 years",
     {"price": 250000, "down": 25000, "rate": 4, "years": 25}),
    ("simulador de financiamento imobiliário: imóvel de R$ 400.000, entrada de R$ 80.000, 9,5% ao ano, "
     "30 anos", {"price": 400000, "down": 80000, "rate": 9.5, "years": 30}),
    ("simulateur de prêt immobilier : maison à 250 000 €, taux 3,5 %, sur 20 ans",
     {"price": 250000, "down": 0, "rate": 3.5, "years": 20}),
])
def test_a_mortgage_lends_the_sum_said_and_invents_no_down_payment(prompt: str,
                                                                    said: dict) -> None:
    """walk14 #14: 'importo 150.000 euro' became a home's price with an invented 60,000 down
    payment, so the monthly payment was for 90,000; '20% down' was read as the interest rate."""
    assert inputs(prompt) == said
    spec = templates.read(prompt)
    opts = config(spec)["opts"]
    assert opts["calc"] == ("loan" if "amount" in said else "mortgage")
    assert spec.name.endswith(calcs.pick(calcs.TITLES["mortgage"], spec.lang))


@pytest.mark.parametrize("prompt,expected", [
    ("Stromkostenrechner: Verbrauch in kWh, Preis pro kWh 0,32 €, Grundgebühr 12 € im Monat",
     {"kwh_price": 0.32, "fixed_fee": 12, "kwh": 250}),
    ("electricity cost calculator: 3500 kWh a year, 0.28 per kWh, standing charge 15 a month",
     {"kwh_year": 3500, "kwh_price": 0.28, "fixed_fee": 15}),
    ("calculateur de facture d'électricité : consommation en kWh, 0,2516 € le kWh, abonnement "
     "13 € par mois", {"kwh_price": 0.2516, "fixed_fee": 13, "kwh": 250}),
    ("calculadora de la factura de la luz: 280 kWh al mes, 0,19 €/kWh, cuota fija 8 €",
     {"kwh": 280, "kwh_price": 0.19, "fixed_fee": 8}),
    ("calcolatore bolletta luce: consumo annuo 2700 kWh, prezzo 28 cent/kWh",
     {"kwh_year": 2700, "kwh_price": 0.28, "fixed_fee": 0}),
    ("calculadora de energia: quanto custa meu ar-condicionado de 1200 W ligado 6 horas por dia, "
     "0,80 por kWh", {"watts": 1200, "hours_day": 6, "kwh_price": 0.8}),
])
def test_an_electricity_bill_carries_the_numbers_and_units_said(prompt: str,
                                                                expected: dict) -> None:
    """walk15 #20: "Verbrauch in kWh, 0,32 €/kWh, Grundgebühr 12 €" asked for W × hours at
    0,25 € with no fee, named "KWh 0 · Stromkostenrechner". The kWh used is the input when the
    prompt says so (a month's or a year's), an appliance's watts and hours otherwise."""
    spec = templates.read(prompt)
    got = inputs(prompt)
    assert {k: got.get(k) for k in expected} == expected, got
    assert ("watts" in got) == ("watts" in expected)
    assert not any(c.isdigit() for c in spec.name) and "kwh" not in spec.name.lower(), spec.name


def test_the_bill_is_the_kwh_used_at_the_price_said_plus_the_fee() -> None:
    """250 kWh at 0,32 € plus 12 € is 92 € a month; 3500 kWh a year at 0.28 plus 15 a month
    is 96.67 a month."""
    for prompt, month in (("Stromkostenrechner: Verbrauch in kWh, Preis pro kWh 0,32 €, "
                           "Grundgebühr 12 € im Monat", 92),
                          ("electricity cost calculator: 3500 kWh a year, 0.28 per kWh, "
                           "standing charge 15 a month", 96.67)):
        got = run_formulas("const A = { opts: {}, lang: 'en' };\nSECTION\nconsole.log(JSON."
                           f"stringify(FORMULAS.energy({json.dumps(inputs(prompt))})));")
        assert got["cost_month"] == pytest.approx(month, abs=0.01)
        assert got["cost_year"] == pytest.approx(month * 12, abs=0.1)


@pytest.mark.parametrize("prompt,expected", [
    ("calculadora de interés compuesto: capital inicial 5000, 6% anual, 10 años",
     {"start": 5000, "monthly_add": 0, "rate": 6, "years": 10}),
    ("Zinseszinsrechner: Anfangskapital 10000, 200 € pro Monat, 5 %, 20 Jahre",
     {"start": 10000, "monthly_add": 200, "rate": 5, "years": 20}),
    ("calcolatore di interesse composto: capitale iniziale 2500, 3% per 8 anni",
     {"start": 2500, "monthly_add": 0, "rate": 3, "years": 8}),
])
def test_compound_interest_starts_from_the_sum_said_and_adds_none_unsaid(
        prompt: str, expected: dict) -> None:
    """walk16 #9: 'capital inicial 5000' opened on 1000 with an invented 100 a month."""
    got = inputs(prompt)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("prompt,name", [
    ("countdown to our wedding on 20 June 2027", "Wedding · Countdown"),
    ("compte à rebours pour notre mariage le 12 juin 2027", "Mariage · Compte à rebours"),
    ("cuenta atrás para la boda el 3 de octubre de 2027", "Boda · Cuenta atrás"),
    ("Countdown bis zu unserer Hochzeit am 5. Juni 2027", "Hochzeit · Countdown"),
    ("contagem regressiva para a formatura em 10 de dezembro de 2027",
     "Formatura · Contagem regressiva"),
])
def test_a_countdown_is_named_for_its_day_not_its_date(prompt: str, name: str) -> None:
    """walk15 #27: a wedding countdown was '20 June 2027 · Date calculator'."""
    assert templates.read(prompt).name == name


def test_a_recipe_scales_in_its_language_and_counts_whole_things() -> None:
    """walk15 #27: a French converter listed 'flour, eggs, milk' and made '4,5 eggs'."""
    values = inputs("convertisseur de recette : de 4 à 6 personnes")
    assert values["ingredients"].splitlines() == ["200 g de farine", "3 œufs", "0,5 l de lait"]
    got = run_formulas("const A = { opts: {}, lang: 'fr' };\nconst num = new Intl.NumberFormat("
                       "'fr');\nSECTION\nconsole.log(JSON.stringify(FORMULAS.recipe("
                       f"{json.dumps(values)})));")
    assert got["scaled"] == ["300 g de farine", "5 œufs", "0,75 l de lait"]


@pytest.mark.parametrize("prompt,expected", [
    ("calcul de consommation d'essence : kilomètres parcourus et litres, résultat en L/100 km",
     {}),
    ("Verbrauchsrechner: 620 km gefahren, 41 Liter getankt, Durchschnittsverbrauch",
     {"distance": 620, "litres": 41}),
    ("calculadora de consumo medio: 480 km recorridos y 30 litros", {"distance": 480,
                                                                      "litres": 30}),
    ("quanto consome o meu carro: km rodados e litros abastecidos, em L/100 km", {}),
])
def test_a_cars_consumption_is_computed_from_km_and_litres(prompt: str, expected: dict) -> None:
    """walk16 #9: 'kilomètres parcourus et litres, résultat en L/100 km' was a trip-cost
    calculator taking L/100 km as an input."""
    spec = templates.read(prompt)
    assert config(spec)["opts"]["calc"] == "economy"
    got = inputs(prompt)
    assert set(got) == {"distance", "litres"} and {k: got[k] for k in expected} == expected
    out = run_formulas("const A = { opts: {}, lang: 'en' };\nSECTION\nconsole.log(JSON."
                       "stringify(FORMULAS.economy({ distance: 500, litres: 30 })));")
    assert out["l_per_100"] == pytest.approx(6) and out["km_per_l"] == pytest.approx(16.667,
                                                                                    abs=0.01)


@pytest.mark.parametrize("prompt,said", [
    ("fence calculator for a paddock of 120 x 80 m, a post every 4 m, 3 strands, wire in "
     "250 m rolls", {"fence_length": 120, "fence_width": 80, "post_spacing": 4, "strands": 3,
                     "roll": 250}),
    ("calculateur de clôture pour mon pré de 60 x 40 m : un piquet tous les 3 m, 2 rangs de "
     "fil, combien de rouleaux de 100 m", {"fence_length": 60, "fence_width": 40,
                                           "post_spacing": 3, "strands": 2, "roll": 100}),
    ("Zaunrechner: Weide 50 x 30 m, Pfostenabstand 2,5 m, 4 Drähte, Rollen à 200 m",
     {"fence_length": 50, "fence_width": 30, "post_spacing": 2.5, "strands": 4, "roll": 200}),
    ("calcolatore per lavoro a maglia: campione di 20 maglie e 26 ferri su 10 cm",
     {"gauge_stitches": 20, "gauge_rows": 26, "gauge_size": 10}),
    ("calculadora de tejido: muestra de 18 puntos y 24 vueltas en 10 cm",
     {"gauge_stitches": 18, "gauge_rows": 24, "gauge_size": 10}),
    # the piece's own size, in each language's words, never the swatch's (review25 #9: every
    # piece was 50 x 60 cm, and "120 x 150 cm" read a gauge of 150 cm)
    ("knitting calculator: my gauge is 18 stitches and 24 rows per 10 cm, I want a scarf 25 cm "
     "wide and 160 cm long", {"gauge_size": 10, "knit_width": 25, "knit_length": 160}),
    ("calcul d'échantillon tricot : 20 mailles et 28 rangs pour 10 cm, un pull de 50 cm de "
     "large et 65 cm de long", {"gauge_size": 10, "knit_width": 50, "knit_length": 65}),
    ("calculadora de punto: muestra de 22 puntos y 30 vueltas en 10 cm, una bufanda de 30 x "
     "150 cm", {"gauge_stitches": 22, "gauge_size": 10, "knit_width": 30, "knit_length": 150}),
    ("Maschenrechner: Maschenprobe 24 Maschen und 32 Reihen auf 10 cm, Schal 30 cm breit, 180 "
     "cm lang", {"gauge_size": 10, "knit_width": 30, "knit_length": 180}),
    ("calcolatore per la maglia: campione 20 maglie e 26 ferri su 10 cm, sciarpa larga 25 cm e "
     "lunga 150", {"gauge_size": 10, "knit_width": 25, "knit_length": 150}),
    ("calculadora de tricô: amostra de 18 pontos e 25 carreiras em 10 cm, cachecol de 20 por "
     "140 cm", {"gauge_size": 10, "knit_width": 20, "knit_length": 140}),
    ("knitting gauge calculator for a blanket 120 x 150 cm, my gauge is 16 stitches and 20 "
     "rows per 10 cm", {"gauge_size": 10, "knit_width": 120, "knit_length": 150}),
    # a swatch called anything, said as wide as the gauge, is no piece (review26 #1: "my
    # tension square is 10 cm wide" cast on 22 stitches for a 100 cm blanket)
    ("knitting calculator: my tension square is 10 cm wide with 22 stitches and 28 rows, a "
     "blanket 100 cm wide and 120 cm long", {"knit_width": 100, "knit_length": 120}),
    ("Strickrechner: meine Probe ist 10 cm breit mit 22 Maschen und 30 Reihen, die Decke 100 cm "
     "breit und 140 cm lang", {"knit_width": 100, "knit_length": 140}),
    ("calcolatore maglia: il quadratino di prova è largo 10 cm, 22 maglie e 30 ferri, la "
     "coperta larga 100 cm e lunga 140 cm", {"knit_width": 100, "knit_length": 140}),
    ("calculadora de tricô: amostra de 10 cm de largura com 20 pontos e 26 carreiras, manta com "
     "90 cm de largura e 120 cm de comprimento", {"knit_width": 90, "knit_length": 120}),
    ("knitting calculator: 16 stitches and 18 rows per 10 cm, a throw 120 x 150 cm",
     {"gauge_size": 10, "knit_width": 120, "knit_length": 150}),
    # inches into the form's cm (review26 #2: a 4-inch gauge read as 4 cm): 24 x 30 in
    ("knitting calculator for a baby blanket 24 inches wide and 30 inches long, gauge 20 "
     "stitches and 28 rows per 4 inches", {"gauge_size": 10.16, "knit_width": 60.96,
                                           "knit_length": 76.2}),
    # a rectangle said in words, long and wide (review26 #46: the 50 x 30 m default, approved)
    ("fence calculator for a paddock 80 m long and 45 m wide, a post every 4 m",
     {"fence_length": 80, "fence_width": 45, "post_spacing": 4}),
    ("Zaunrechner: Weide 80 m lang und 45 m breit, alle 4 m ein Pfosten",
     {"fence_length": 80, "fence_width": 45}),
    ("calculadora de plantación: bancal de 8 m de largo y 1,2 m de ancho, plantas cada 30 cm",
     {"bed_length": 8, "bed_width": 1.2, "plant_spacing": 30}),
    ("calcolo delle piastrelle: stanza lunga 5 m e larga 4 m, piastrelle 30 x 30 cm",
     {"room_length": 5, "room_width": 4, "tile_length": 30}),
    ("calculatrice de plinthes : pièce de 6 m de long et 4 m de large, plinthes de 2,4 m",
     {"room_length": 6, "room_width": 4, "piece_length": 2.4}),
    # mesh is one layer (review25 #10: three strands of it, rolls three times too many)
    ("calculateur de clôture pour mon potager de 12 m sur 8 m, un piquet tous les 2 m, "
     "grillage en rouleaux de 25 m", {"fence_length": 12, "fence_width": 8, "strands": 1,
                                      "roll": 25}),
    ("calcolatore per la recinzione dell'orto, 10 per 6 m, un palo ogni 2 m, rete in rotoli "
     "da 25 m", {"fence_length": 10, "fence_width": 6, "strands": 1, "roll": 25}),
])
def test_a_fence_or_a_gauge_starts_from_the_sizes_said(prompt: str, said: dict) -> None:
    got = inputs(prompt)
    assert {k: got[k] for k in said} == said
