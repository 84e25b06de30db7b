"""Dashboards hold the figures their prompt names, in their units; shops with no products
named show samples said as samples; quotes named 'preventivo', 'orçamento', 'Kostenvoranschlag'
are quote calculators (walk18 #14 #18 #35, the it/pt quote prompts). The walker's prompts
beside ones written for these tests, in six languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config
from tests.agents.interactions import CHART_TOTAL, js, kpi_updates
from tests.agents.test_calcs import run_formulas
from tests.agents.test_prompt_seeds import opened


def built(prompt: str) -> tuple[templates.Spec, dict]:
    spec = templates.read(prompt, "web")
    return spec, config(spec)


def figures(cfg: dict) -> list[tuple[str, str, str]]:
    """The dashboard's figures: (label, type, unit), the date and the note left out."""
    return [(x["label"], x["type"], x.get("unit", "")) for x in cfg["fields"]
            if x["type"] not in ("date",) and x["key"] != "note"]


@pytest.mark.parametrize("prompt,expected", [
    # walk18 #14: Strom/Gas/Wasser in €, 'Ertrag pro Tag' dropped, the other two as text
    ("Dashboard für meine Photovoltaik-Anlage: Ertrag pro Tag, Eigenverbrauch, Einspeisung",
     [("Ertrag (kWh)", "number", "kWh"), ("Eigenverbrauch (kWh)", "number", "kWh"),
      ("Einspeisung (kWh)", "number", "kWh")]),
    ("dashboard for my solar panels: daily production, self-consumption and grid export",
     [("Production (kWh)", "number", "kWh"), ("Self-consumption (kWh)", "number", "kWh"),
      ("Grid export (kWh)", "number", "kWh")]),
    ("tableau de bord de mes panneaux solaires : production par jour, autoconsommation, "
     "revente", [("Production (kWh)", "number", "kWh"),
                 ("Autoconsommation (kWh)", "number", "kWh"), ("Revente (kWh)", "number", "kWh")]),
    ("panel de mis placas solares: producción diaria, autoconsumo y excedentes",
     [("Producción (kWh)", "number", "kWh"), ("Autoconsumo (kWh)", "number", "kWh"),
      ("Excedentes (kWh)", "number", "kWh")]),
    ("painel do meu sistema solar: geração por dia, consumo próprio e injeção na rede",
     [("Geração (kWh)", "number", "kWh"), ("Consumo próprio (kWh)", "number", "kWh"),
      ("Injeção na rede (kWh)", "number", "kWh")]),
    ("Übersicht für unsere PV-Anlage: erzeugt vs. verbraucht pro Monat in kWh, Diagramm, Summe "
     "und Überschuss", [("Erzeugt (kWh)", "number", "kWh"), ("Verbraucht (kWh)", "number", "kWh"),
                        ("Überschuss (kWh)", "number", "kWh")]),
    # walk18 #18: the shop's sales log, 'Incasso' and 'Camere occupate' as text
    ("cruscotto delle vendite del mio agriturismo: prenotazioni per mese, incasso, camere "
     "occupate", [("Prenotazioni", "number", ""), ("Incasso", "money", ""),
                  ("Camere occupate", "number", "")]),
    ("dashboard for my b&b: bookings per month, revenue, rooms occupied",
     [("Bookings", "number", ""), ("Revenue", "money", ""), ("Rooms occupied", "number", "")]),
    ("tableau de bord de mon gîte : réservations par mois, chiffre d'affaires, nuitées",
     [("Réservations", "number", ""), ("Chiffre d'affaires", "money", ""),
      ("Nuitées", "number", "")]),
    ("panel de mi casa rural: reservas por mes, ingresos y habitaciones ocupadas",
     [("Reservas", "number", ""), ("Ingresos", "money", ""),
      ("Habitaciones ocupadas", "number", "")]),
    ("Dashboard für meine Ferienwohnung: Buchungen pro Monat, Einnahmen, belegte Nächte",
     [("Buchungen", "number", ""), ("Einnahmen", "money", ""), ("Belegte Nächte", "number", "")]),
    ("painel da minha pousada: reservas por mês, faturamento, quartos ocupados",
     [("Reservas", "number", ""), ("Faturamento", "money", ""),
      ("Quartos ocupados", "number", "")]),
    # counts, a rate (averaged), money; a home's meters in their units
    ("Kennzahlen für unsere Physiopraxis: Patienten pro Woche, Ausfallquote, Umsatz – als "
     "Übersicht mit Diagrammen", [("Patienten", "number", ""), ("Ausfallquote (%)", "number", "%"),
                                  ("Umsatz", "money", "")]),
    ("Tableau de bord pour l'association : nombre d'adhérents, cotisations encaissées, et un "
     "graphique par mois", [("Adhérents", "number", ""), ("Cotisations encaissées", "money", "")]),
    ("cruscotto dei consumi di casa: luce, gas e acqua mese per mese con i grafici",
     [("Luce (kWh)", "number", "kWh"), ("Gas (m³)", "number", "m³"), ("Acqua (m³)", "number", "m³")]),
])
def test_a_dashboard_holds_the_figures_its_prompt_names_in_their_units(prompt: str,
                                                                       expected: list) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "dashboard" and spec.fits, (spec.kind, spec.unfit)
    assert figures(cfg) == expected, cfg["fields"]
    # a card for each figure, counted from its own field; the first one charted
    counted = {c.get("field") for c in cfg["opts"]["cards"]}
    assert {x["key"] for x in cfg["fields"][1:-1]} <= counted, cfg["opts"]["cards"]
    assert cfg["opts"]["value"] == cfg["fields"][1]["key"]
    # every sample row has a number for each figure
    assert all(isinstance(r[x["key"]], float) for r in cfg["seed"] for x in cfg["fields"][1:-1])


@pytest.mark.parametrize("prompt,expected", [
    # walk18 #14: Électricité/Gaz/Eau in €, 'Coût total'
    ("tableau de bord de ma consommation d'électricité par mois avec graphique",
     [("Consommation (kWh)", "number", "kWh")]),
    ("dashboard of my electricity use with a chart", [("Consumption (kWh)", "number", "kWh")]),
    ("cruscotto del mio impianto fotovoltaico con grafico", [("Produzione (kWh)", "number",
                                                              "kWh")]),
])
def test_an_energy_dashboard_that_lists_nothing_measures_its_energy(prompt: str,
                                                                    expected: list) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "dashboard", spec.kind
    assert figures(cfg) == expected, cfg["fields"]


@pytest.mark.parametrize("prompt", [
    # what a row holds, named as fields: the log of sales keeps them (walk16 #12)
    "painel para acompanhar os pedidos do meu restaurante: cliente, prato, valor e status",
    # bills are money, and categories stay categories
    "painel com as contas de luz e água de casa: luz, água, mês a mês",
    "mi fai un cruscotto delle spese di casa? inserisco le spese con categoria (spesa, "
    "bollette, auto, svago) e importo",
    "dashboard for my bakery: sales per day, best-selling product and a chart",
])
def test_a_dashboard_of_sales_bills_or_fields_keeps_its_money(prompt: str) -> None:
    _, cfg = built(prompt)
    assert any(x["type"] == "money" for x in cfg["fields"]), cfg["fields"]
    assert not any(x.get("unit") for x in cfg["fields"]), cfg["fields"]


def test_a_figure_entered_shows_in_its_card_and_chart(tmp_path: Path) -> None:
    """The PV dashboard: an entry of the day moves the cards, in kWh, and the day's bar."""
    spec = templates.read("Dashboard für meine Photovoltaik-Anlage: Ertrag pro Tag, "
                          "Eigenverbrauch, Einspeisung", "web")
    with opened(tmp_path, spec) as page:
        cards = js(page, "document.querySelector('#kpis').innerText")
        assert "Eigenverbrauch (kWh)" in cards and "kWh" in cards.split("\n")[1], cards
        before = js(page, CHART_TOTAL)
        url = js(page, "location.href")
        ok, said = kpi_updates(page, url, {})
        assert ok, said
        assert js(page, CHART_TOTAL) == pytest.approx(before + 7), said


@pytest.mark.parametrize("prompt,lang", [
    # walk18 #35: 'PayPal · Starterset 29 €', 'PayPal · Ratgeber 15 €'…
    ("Shop mit Bezahlung per PayPal und Versand-Tracking", "de"),
    ("boutique en ligne pour mes confitures", "fr"),
    ("negozio online per il mio olio d'oliva", "it"),
    ("tienda online de mi cerámica artesanal", "es"),
    ("loja virtual dos meus brigadeiros", "pt"),
])
def test_a_shop_that_names_no_products_shows_samples_said_as_samples(prompt: str,
                                                                     lang: str) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "store" and cfg["lang"] == lang
    names = [r["name"] for r in cfg["seed"]]
    assert names and all("·" not in n for n in names), names
    sample = {"de": "Beispielprodukt", "fr": "Produit exemple", "it": "Prodotto di esempio",
              "es": "Producto de ejemplo", "pt": "Produto de exemplo"}[lang]
    assert all(n.startswith(sample) for n in names), names


@pytest.mark.parametrize("prompt,unit,price,rate", [
    # it/pt quote prompts were a board ('metro quadro') and a directory
    ("preventivo per lavori di imbiancatura: metri quadri, 12 euro al metro quadro, IVA 22%",
     ("Superficie (m²)", "Prezzo per m²"), 12, 22),
    ("orçamento de pintura: área em m², 30 reais o m², mais 10% de impostos",
     ("Área (m²)", "Preço por m²"), 30, 10),
    ("preventivi per pulizie: ore di lavoro a 18 € l'ora più IVA", ("Ore", "Prezzo per ora"),
     18, 22),
    ("orçamento de jardinagem: R$ 50 por hora", ("Horas", "Preço por hora"), 50, 0),
    ("presupuesto de reforma: 30 € el m2 más IVA 21%", ("Superficie (m²)", "Precio por m²"),
     30, 21),
    ("Kostenvoranschlag Malerarbeiten: 25 € pro m², 19 % MwSt",
     ("Fläche (m²)", "Preis pro m²"), 25, 19),
    ("quote for lawn mowing: $40 per hour plus 8% tax", ("Hours", "Price per hour"), 40, 8),
])
def test_a_quote_named_in_any_words_is_a_quote_calculator(prompt: str, unit: tuple,
                                                          price: float, rate: float) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "calculator" and spec.fits, (spec.kind, spec.unfit)
    got = {i["key"]: (i["label"], i["value"]) for i in cfg["opts"]["inputs"]}
    assert (got["quantity"][0], got["unit_price"][0]) == unit, got
    assert (got["unit_price"][1], got["vat_rate"][1]) == (price, rate), got


def test_a_quote_asked_of_a_business_is_no_calculator() -> None:
    spec = templates.read("landing page for my plumbing business, request a quote, from $60 per "
                          "hour", "web")
    assert spec.kind == "landing", spec.kind


@pytest.mark.parametrize("prompt,level,flow", [
    # walk19 #11: 'Mitglieder · Dieses Jahr 319', the monthly member counts added up
    ("Dashboard für unseren Sportverein: Mitglieder pro Monat, Beiträge, Ausgaben",
     "Mitglieder", "Beiträge"),
    ("dashboard for our climbing gym: members per month, new members, revenue", "Members",
     "New members"),
    ("tableau de bord du club : adhérents par mois, cotisations, dépenses", "Adhérents",
     "Cotisations"),
    ("panel de mi tienda: stock por semana, ventas y gastos", "Stock", "Ventas"),
    ("painel do meu canal: seguidores por semana, visualizações, receita", "Seguidores",
     "Visualizações"),
    ("cruscotto del circolo: iscritti per mese, incasso, spese", "Iscritti", "Incasso"),
])
def test_a_level_shows_its_latest_figure_and_a_flow_its_total(prompt: str, level: str,
                                                              flow: str) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "dashboard" and spec.fits, (spec.kind, spec.unfit)
    key = {x["label"].split(" (")[0]: x["key"] for x in cfg["fields"]}
    agg = {c["field"]: c["agg"] for c in cfg["opts"]["cards"] if c["agg"] != "avg"}
    assert agg[key[level]] == "last" and agg[key[flow]] == "sum", cfg["opts"]["cards"]
    # charted as each month's latest (dataapp.js monthChart), never the month's sum
    assert cfg["opts"]["level"] == key[level] and cfg["t"]["monthLatest"]


def test_a_level_card_shows_the_latest_entry() -> None:
    """The page's card: the latest entry's members (52), not the three months' 150."""
    text = Path(templates.__file__).with_name("dataapp.js").read_text(encoding="utf-8")
    section = text[text.index("// The rows every condition"):text.index("// Bars, one a label")]
    got = run_formulas(f"""
const A = {{ lang: "de" }}; const num = new Intl.NumberFormat("de");
const show = (f, v) => num.format(v); const today = () => "2026-05-20";
let rows = [{{ d: "2026-03-01", m: 48, b: 10 }}, {{ d: "2026-05-01", m: 52, b: 12 }},
            {{ d: "2026-04-01", m: 50, b: 11 }}];
{section}
console.log(JSON.stringify([figure({{ agg: "last", within: "year" }}, {{ key: "m" }}, "d")[0],
  figure({{ agg: "sum", within: "year" }}, {{ key: "b" }}, "d")[0]]));""")
    assert got == ["52", "33"]



@pytest.mark.parametrize("prompt,subscribers", [
    # walk20 #4: a channel's subscribers were paying customers on plans, MRR their sum
    ("dashboard for my youtube channel: subscribers per month, views, watch hours",
     "Subscribers"),
    ("tableau de bord de ma chaîne : abonnés par mois, vues, heures de visionnage", "Abonnés"),
    ("panel de mi canal de Twitch: suscriptores por mes, espectadores, horas emitidas",
     "Suscriptores"),
    ("Dashboard für meinen Newsletter: Abonnenten pro Woche, Öffnungsrate, Klickrate",
     "Abonnenten"),
    ("painel do meu canal: inscritos por mês, visualizações e horas assistidas", "Inscritos"),
    ("cruscotto del mio canale: iscritti per mese, visualizzazioni, ore di visione",
     "Iscritti"),
])
def test_subscribers_listed_as_a_figure_are_counted_not_billed(prompt: str,
                                                               subscribers: str) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "dashboard" and spec.fits, (spec.kind, spec.unfit)
    labels = [x["label"] for x in cfg["fields"]]
    assert subscribers in labels and not any(x["type"] == "money" for x in cfg["fields"])
    assert not any("MRR" in c["label"] for c in cfg["opts"]["cards"]), cfg["opts"]["cards"]
    # subscribers who pay plans are still a subscription business's
    for paid in ("dashboard for my saas: subscribers, MRR and churn",
                 "dashboard for my subscription box: subscribers, monthly price, cancellations"):
        assert any(x["key"] == "category" for x in built(paid)[1]["fields"]), paid


@pytest.mark.parametrize("prompt,names,price", [
    # walk20 #15: 'Producto de ejemplo 1-4' at 12/18/25/34 €, no size anywhere
    ("tienda online de camisetas estampadas, tallas S M L XL, 18€ cada una",
     ["Camiseta · S", "Camiseta · M", "Camiseta · L", "Camiseta · XL"], 18),
    ("online shop for my printed t-shirts, sizes S to XL, $25 each",
     ["Printed t-shirt · S", "Printed t-shirt · M", "Printed t-shirt · L",
      "Printed t-shirt · XL"], 25),
    ("boutique en ligne de mes sweats brodés, tailles S, M, L, 45 € pièce",
     ["Sweat · S", "Sweat · M", "Sweat · L"], 45),
    ("Onlineshop für unsere Vereinstrikots, Größen S-XXL, je 35 €",
     ["Vereinstrikot · S", "Vereinstrikot · M", "Vereinstrikot · L", "Vereinstrikot · XL",
      "Vereinstrikot · XXL"], 35),
    ("loja online das minhas camisetas, tamanhos P, M e G, R$ 49 cada",
     ["Camiseta · P", "Camiseta · M", "Camiseta · G"], 49),
    ("negozio online delle mie magliette, taglie S M L XL, 20 euro l'una",
     ["Maglietta · S", "Maglietta · M", "Maglietta · L", "Maglietta · XL"], 20),
])
def test_a_thing_sold_in_sizes_is_a_product_a_size_at_its_price(prompt: str, names: list,
                                                                 price: float) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "store" and spec.fits, (spec.kind, spec.unfit)
    assert [r["name"] for r in cfg["seed"]] == names
    assert {r["price"] for r in cfg["seed"]} == {price}
