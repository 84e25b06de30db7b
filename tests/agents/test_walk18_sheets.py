"""Sign-up sheets, class bookings, status pages, quotes, RSVPs and shops hold what their prompt
asks (walk18 #4 #6 #7 #8 #23, walk17 #24): the one time an event starts, every class day said
in a row, the services, prices and questions named. The walker's prompts beside ones written
for these tests, in six languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config
from tests.agents.interactions import compute, count, js, reload
from tests.agents.test_prompt_seeds import opened


def built(prompt: str) -> tuple[templates.Spec, dict]:
    spec = templates.read(prompt, "web")
    return spec, config(spec)


@pytest.mark.parametrize("prompt,day,time", [
    # walk18 #4: the time was dropped and the verdict said it "can't build 09:00"
    ("sign up sheet for the beach cleanup on June 14, 9am, we need 20 volunteers, ask for "
     "t-shirt size", "06-14", "09:00"),
    ("inscriptions pour le nettoyage de la plage le 14 juin à 9h, il nous faut 20 bénévoles",
     "06-14", "09:00"),
    ("hoja de inscripción para la limpieza de la playa el 14 de junio a las 9, necesitamos 20 "
     "voluntarios", "06-14", "09:00"),
    ("Anmeldeliste für den Frühjahrsputz im Park am 14. Juni um 10 Uhr, 15 Helfer", "06-14",
     "10:00"),
    ("lista de inscrição para o mutirão de limpeza da praia em 14 de junho às 9h, 20 vagas",
     "06-14", "09:00"),
    ("rsvp for our wedding on June 14 at 4pm", "06-14", "16:00"),
])
def test_an_event_starts_at_the_one_time_its_prompt_says(prompt: str, day: str,
                                                         time: str) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "signup" and spec.fits, spec.unfit
    assert [(r["date"][5:], r["time"]) for r in cfg["seed"]] == [(day, time)], cfg["seed"]


@pytest.mark.parametrize("prompt", [
    # walk18 #7: four sessions titled 'Lunes' on Wednesday and Friday only
    "reservas para clases de yoga, lunes miércoles y viernes a las 7 y a las 19, máximo 10 "
    "personas",
    "reservas para clases de yoga, lunes, miércoles y viernes a las 7 y a las 19, máximo 10 "
    "personas",
    "booking page for yoga classes Monday, Wednesday and Friday at 7am and 7pm, max 10 people",
    "réservations des cours de yoga lundi mercredi vendredi à 7h et 19h, 10 places",
    "aulas de yoga: segunda, quarta e sexta às 7h e às 19h, 10 vagas",
    "prenotazioni lezioni di yoga lunedì mercoledì venerdì alle 7 e alle 19, massimo 10 persone",
])
def test_every_class_day_said_in_a_row_has_its_classes(prompt: str) -> None:
    spec, cfg = built(prompt)
    assert spec.fits, spec.unfit
    if cfg["view"] == "booking":
        got = [(s["title"], s["day"], s["time"], s["spots"]) for s in cfg["opts"]["sessions"]]
    else:
        got = [(r["title"], int(r["date"][4:]), r["time"], r["capacity"]) for r in cfg["seed"]]
    assert sorted((d, t) for _, d, t, _ in got) == [
        (1, "07:00"), (1, "19:00"), (3, "07:00"), (3, "19:00"), (5, "07:00"), (5, "19:00")], got
    assert {n for *_, n in got} == {10}, got
    # named as the classes they are, never after a day
    titles = {x for x, *_ in got}
    assert len(titles) == 1 and "yoga" in titles.pop().lower(), got


@pytest.mark.parametrize("prompt,services", [
    # walk18 #8: the template's Site web, API, Base de données, Envoi des e-mails
    ("page de statut pour notre serveur Minecraft et le bot Discord",
     ["Serveur Minecraft", "Bot Discord"]),
    ("status page for our Minecraft server and the Discord bot",
     ["Minecraft server", "Discord bot"]),
    ("página de estado para nuestro servidor de Minecraft y el bot de Discord",
     ["Servidor de Minecraft", "Bot de Discord"]),
    ("Statusseite für unseren Minecraft-Server und den Discord-Bot",
     ["Minecraft-Server", "Discord-Bot"]),
    ("página de status para o nosso servidor de Minecraft e o bot do Discord",
     ["Servidor de Minecraft", "Bot do Discord"]),
    ("pagina di stato per il nostro server Minecraft e il bot Discord",
     ["Server Minecraft", "Bot Discord"]),
])
def test_a_status_page_shows_the_services_its_prompt_names(prompt: str,
                                                           services: list[str]) -> None:
    spec, cfg = built(prompt)
    assert cfg["view"] == "status" and spec.fits, spec.unfit
    assert [r["name"] for r in cfg["seed"]] == services
    assert not any(r.get("_example") for r in cfg["seed"]), cfg["seed"]


@pytest.mark.parametrize("prompt,asked", [
    # walk18 #23: only "Number of people" was asked
    ("wedding rsvp page - guests say yes/no, how many people, meal choice chicken fish or veg",
     [("Coming", "bool"), ("Number of people", "number"),
      ("Meal", ["Chicken", "Fish", "Veg"])]),
    ("wedding rsvp page - guests say yes/no, how many people, meal choice chicken, fish or veg",
     [("Coming", "bool"), ("Number of people", "number"),
      ("Meal", ["Chicken", "Fish", "Veg"])]),
    ("RSVP pour notre mariage : les invités indiquent oui/non, le nombre de personnes et le "
     "choix du plat viande, poisson ou végétarien",
     [("Vient", "bool"), ("Nombre de personnes", "number"),
      ("Plat", ["Viande", "Poisson", "Végétarien"])]),
    ("rsvp para la boda: cada invitado indica sí/no, número de personas y elección de menú "
     "carne, pescado o vegetariano",
     [("Viene", "bool"), ("Número de personas", "number"),
      ("Menú", ["Carne", "Pescado", "Vegetariano"])]),
    ("rsvp para o casamento: cada convidado diz sim/não, número de pessoas e escolha do prato "
     "carne, peixe ou vegetariano",
     [("Vem", "bool"), ("Número de pessoas", "number"),
      ("Prato", ["Carne", "Peixe", "Vegetariano"])]),
    ("RSVP Hochzeit: jeder Gast gibt ja/nein, Anzahl Personen und Auswahl Fleisch, Fisch oder "
     "vegetarisch an",
     [("Kommt", "bool"), ("Anzahl Personen", "number"),
      ("Kategorie", ["Fleisch", "Fisch", "Vegetarisch"])]),
])
def test_an_rsvp_asks_whether_how_many_and_the_choice_it_names(prompt: str,
                                                               asked: list) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "signup" and spec.fits, spec.unfit
    got = [(x["label"], [o for _, o in x["options"]] if x["type"] == "select" else x["type"])
           for x in cfg["opts"]["ask"]]
    assert got == asked
    assert all(x.get("shown") for x in cfg["opts"]["ask"])  # each answer beside the name


@pytest.mark.parametrize("prompt,names,price,currency", [
    # walk17 #24: the template's starter kit $29, guide $15, gift box $39…
    ("online store for my handmade earrings, 5 designs, $20 each",
     [f"Design {i}" for i in range(1, 6)], 20.0, "USD"),
    ("boutique en ligne pour mes bijoux, 10 modèles à 25 € pièce",
     [f"Modèle {i}" for i in range(1, 11)], 25.0, "EUR"),
    ("tienda online de mis pendientes hechos a mano: 8 diseños, 15 € cada uno",
     [f"Diseño {i}" for i in range(1, 9)], 15.0, "EUR"),
    ("Onlineshop für meine Keramik, 6 Designs, je 18 €",
     [f"Design {i}" for i in range(1, 7)], 18.0, "EUR"),
    ("loja online das minhas velas, 5 modelos, R$ 40 cada",
     [f"Modelo {i}" for i in range(1, 6)], 40.0, "BRL"),
    ("negozio online per le mie collane fatte a mano, 5 modelli a 20 € l'uno",
     [f"Modello {i}" for i in range(1, 6)], 20.0, "EUR"),
])
def test_so_many_products_at_a_price_each_are_that_many_at_that_price(
        prompt: str, names: list[str], price: float, currency: str) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "store" and spec.fits, spec.unfit
    assert [r["name"] for r in cfg["seed"]] == names
    assert {r["price"] for r in cfg["seed"]} == {price} and cfg["currency"] == currency


@pytest.mark.parametrize("prompt,unit,price,rate", [
    # walk18 #6: a paint-litres calculator, the 25 € per m² and the 20 % TVA dropped
    ("calculateur de devis peinture : surface en m², 25 € le m², TVA 20 %",
     ("Surface (m²)", "Prix par m²"), 25, 20),
    ("quote calculator for my painting business: $3 per sq ft plus 8% sales tax",
     ("Area (sq ft)", "Price per sq ft"), 3, 8),
    ("calculadora de presupuesto de pintura: 12 € el m2, IVA 21 %",
     ("Superficie (m²)", "Precio por m²"), 12, 21),
    ("Angebotsrechner für Malerarbeiten: 25 € pro m², 19 % MwSt",
     ("Fläche (m²)", "Preis pro m²"), 25, 19),
    ("cleaning quote calculator, $30 per hour", ("Hours", "Price per hour"), 30, 0),
])
def test_a_quote_is_its_quantity_at_the_price_said_plus_tax(prompt: str, unit: tuple,
                                                            price: float, rate: float) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "calculator" and spec.fits, spec.unfit
    got = {i["key"]: (i["label"], i["value"]) for i in cfg["opts"]["inputs"]}
    assert (got["quantity"][0], got["unit_price"][0]) == unit, got
    assert (got["unit_price"][1], got["vat_rate"][1]) == (price, rate), got
    assert [o["key"] for o in cfg["opts"]["outputs"]] == ["subtotal", "tax", "gross"]


def test_a_quote_computes_in_the_page(tmp_path: Path) -> None:
    """40 m² at 25 € the m² is 1 000 € before tax, 1 200 € with 20 % TVA."""
    spec = templates.read("calculateur de devis peinture : surface en m², 25 € le m², TVA 20 %",
                          "web")
    with opened(tmp_path, spec) as page:
        ok, said = compute(page, "", {})
        assert ok, said
        shown = js(page, "document.querySelector('#results [data-key=subtotal] strong')"
                         ".textContent")
        assert "".join(c for c in shown if c.isdigit()).startswith("1000"), shown


@pytest.mark.parametrize("prompt,product", [
    # walk18 #27: the template's kit base 29 €, guida 15 €…; the 2 € ticket dropped
    ("fammi una pagina per vendere i biglietti della lotteria della parrocchia a 2 euro",
     ("Biglietto della lotteria della parrocchia", 2.0)),
    ("page to sell tickets for our school raffle at $5", ("Ticket", 5.0)),
    ("une page pour vendre les billets de la tombola à 2 €", ("Billet de la tombola", 2.0)),
    ("página para vender rifas del colegio a 3 euros", ("Rifa del colegio", 3.0)),
    ("Seite zum Verkauf von Losen für die Tombola, 2 € pro Los", ("Los", 2.0)),
    ("página para vender rifas da escola a R$ 5", ("Rifa da escola", 5.0)),
])
def test_the_one_thing_a_page_sells_at_its_price_is_its_product(prompt: str,
                                                                product: tuple) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "store", spec.kind
    assert [(r["name"], r["price"]) for r in cfg["seed"]] == [product]


@pytest.mark.parametrize("prompt,given", [
    # walk18 #13: the price per litre was the sample 1.8, not the 1,79 typed
    ("Spritkostenrechner: Strecke in km, Verbrauch 6,5 l/100 km, Preis 1,79 €/l",
     {"consumption": 6.5, "fuel_price": 1.79}),
    # an American trip's own numbers were replaced by the sample's 200 miles at 30 mpg
    ("road trip gas cost calculator: 400 miles, 28 mpg, $3.50 a gallon",
     {"distance": 400, "consumption": 28, "fuel_price": 3.5}),
    ("calcul du coût d'un trajet en voiture : 6 l/100 km, essence à 1,85 € le litre",
     {"consumption": 6, "fuel_price": 1.85}),
    ("calculadora de gasolina para viajes: consumo 7 l/100 km, 1,60 € por litro",
     {"consumption": 7, "fuel_price": 1.6}),
])
def test_a_trip_calculator_starts_from_the_numbers_typed(prompt: str, given: dict) -> None:
    _, cfg = built(prompt)
    got = {i["key"]: i["value"] for i in cfg["opts"]["inputs"]}
    assert {k: got[k] for k in given} == given, got


@pytest.mark.parametrize("prompt,services", [
    # walk18 #32: no service to choose, the 30 min massage could not be booked as such
    ("booking page for my massage studio, Tue-Sat 10am-6pm, 60 min massage $80, 30 min $45",
     ["60 min massage · $80", "30 min · $45"]),
    ("réservations pour mon salon de massage : massage 60 min 70 €, massage 30 min 40 €",
     ["Massage 60 min · 70 €", "Massage 30 min · 40 €"]),
    ("Terminbuchung Massagepraxis: Massage 60 Min. 80 €, Massage 30 Min. 45 €",
     ["Massage 60 Min · 80 €", "Massage 30 Min · 45 €"]),
    ("agendamento de massagem: massagem 60 min R$ 120, 30 min R$ 70",
     ["Massagem 60 min · R$ 120", "30 min · R$ 70"]),
])
def test_services_named_by_their_length_are_a_booking_s_choice(prompt: str,
                                                                services: list[str]) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "booking" and spec.fits, spec.unfit
    service = next(x for x in cfg["fields"] if x["key"] == "service")
    assert [label for _, label in service["options"]] == services


@pytest.mark.parametrize("prompt", [
    # walk18 #35: the two products were 'Bezahlung per PayPal' and 'Versand-Tracking'
    "Shop mit Bezahlung per PayPal und Versand-Tracking",
    "Onlineshop für Seifen mit Bezahlung per PayPal und Sendungsverfolgung",
    "loja online com pagamento por PayPal e rastreamento de envio",
])
def test_how_a_shop_is_paid_and_shipped_is_no_product(prompt: str) -> None:
    _, cfg = built(prompt)
    names = " ".join(r["name"] for r in cfg["seed"]).lower()
    # (the subject 'PayPal' naming the shop's examples is the title's, not a product)
    assert not any(w in names for w in ("tracking", "zahlung", "pagamento", "rastreamento",
                                        "sendungsverfolgung")), names


@pytest.mark.parametrize("prompt,courts", [
    # round 16's held-out miss: "they can't build a separate booking for each of the 2 campi"
    ("prenotazione campi da tennis del circolo: 2 campi, slot da 1 ora dalle 17 alle 21, chi "
     "prenota mette nome", ["Campo 1", "Campo 2"]),
    ("booking page for our two tennis courts, 1 hour slots from 8am to 8pm",
     ["Court 1", "Court 2"]),
    ("réservation des deux salles de réunion, créneaux de 30 minutes", ["Salle 1", "Salle 2"]),
    ("reserva de las 3 pistas de pádel, de 9 a 22", ["Pista 1", "Pista 2", "Pista 3"]),
    ("Buchung für unsere zwei Tische im Co-Working, 9-18 Uhr", ["Tisch 1", "Tisch 2"]),
    ("reserva das duas quadras de tênis do condomínio, das 7h às 22h",
     ["Quadra 1", "Quadra 2"]),
])
def test_each_court_a_booking_counts_is_booked_on_its_own(prompt: str,
                                                          courts: list[str]) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "booking" and spec.fits, spec.unfit
    assert cfg["opts"]["resources"] == courts
    pick = next(x for x in cfg["fields"] if x["key"] == "resource")
    assert [label for _, label in pick["options"]] == courts


def test_a_slot_stays_free_while_one_court_is(tmp_path: Path) -> None:
    """Marco books a court at a time; the other is still free then; once both are booked
    the slot is taken, after a reload each time."""
    spec = templates.read("prenotazione campi da tennis del circolo: 2 campi, slot da 1 ora "
                          "dalle 17 alle 21, chi prenota mette nome", "web")
    with opened(tmp_path, spec) as page:
        url = js(page, "location.href")
        slot = js(page, "(() => { const b = document.querySelector('button.slot.free:not("
                        "[disabled])'); b.click(); return [b.dataset.date, b.dataset.time]; })()")
        sel = f'[data-date="{slot[0]}"][data-time="{slot[1]}"]'
        assert js(page, "document.querySelector('#book-form [name=resource]').value") == "Campo 1"
        js(page, "(() => { const f = document.querySelector('#book-form'); f.elements.name.value"
                 " = 'Marco'; f.requestSubmit(); })()")
        reload(page, url)
        assert js(page, f"document.querySelector('button.slot.free{sel}')?.dataset.left") == "1"
        js(page, f"document.querySelector('button.slot.free{sel}').click()")
        # the court already booked can't be picked again: the other one is offered
        assert js(page, "[document.querySelector('#book-form [name=resource]').value, "
                        "document.querySelector('#book-form option[value=\"Campo 1\"]').disabled]"
                  ) == ["Campo 2", True]
        js(page, "(() => { const f = document.querySelector('#book-form'); f.elements.name.value"
                 " = 'Lucia'; f.requestSubmit(); })()")
        reload(page, url)
        assert count(page, f".slot.taken{sel}") == 1 and count(page, f"button.slot.free{sel}") == 0


@pytest.mark.parametrize("prompt,given", [
    # round 16's held-out miss: a plain keypad and "they can't build a adubo pra horta
    # calculator"
    ("calculadora de adubo pra horta: comprimento e largura do canteiro, dose em g/m², diz "
     "quantos gramas usar", {}),
    ("lawn seed calculator: 35 g per m2, lawn 8 x 5 m",
     {"rate": 35, "bed_length": 8, "bed_width": 5}),
    ("calcul d'engrais pour le potager : 30 g/m², parcelle de 4 x 2 m",
     {"rate": 30, "bed_length": 4, "bed_width": 2}),
    ("Düngerrechner: 50 g/m², Beet 3 x 1,5 m", {"rate": 50, "bed_length": 3, "bed_width": 1.5}),
    ("calcolo del concime per l'orto: 60 g al m2", {"rate": 60}),
])
def test_an_amount_per_square_metre_is_worked_out_over_a_bed(prompt: str, given: dict) -> None:
    spec, cfg = built(prompt)
    assert spec.kind == "calculator" and spec.fits, spec.unfit
    assert cfg["opts"]["calc"] == "per_area"
    got = {i["key"]: i["value"] for i in cfg["opts"]["inputs"]}
    assert {k: got[k] for k in given} == given, got


def test_an_amount_per_area_computes_in_the_page(tmp_path: Path) -> None:
    spec = templates.read("calculadora de adubo pra horta: comprimento e largura do canteiro, "
                          "dose em g/m², diz quantos gramas usar", "web")
    with opened(tmp_path, spec) as page:
        ok, said = compute(page, "", {})
        assert ok, said  # 2.5 × 1.2 m at 150 g/m²: 450 g


@pytest.mark.parametrize("prompt,n,per", [
    ("Planning des réservations du court de tennis du club (1 seul court). Créneaux d'1h de 9h "
     "à 21h. Les membres se connectent et réservent, max 2 créneaux par semaine par membre, un "
     "créneau réservé est pris.", 2, "week"),
    ("réservation du court de tennis de la résidence : créneaux d'1h de 8h à 20h, chaque "
     "résident a son compte, max 1 résa par jour et par personne.", 1, "day"),
    ("agendamento com o personal: de segunda a sexta das 6h às 10h, aulas de 1 hora. Cada "
     "aluno pode marcar no máximo 2 horários por semana", 2, "week"),
    ("booking page for our tennis court, 1h slots 9am-9pm, max 2 slots per week per member",
     2, "week"),
    ("Reservierung für die Sauna im Haus, jede Familie höchstens 2 Termine pro Woche", 2, "week"),
    ("prenotazione della sala prove, ogni socio al massimo 3 prenotazioni al mese", 3, "month"),
    ("reservas de la pista de pádel, máximo 1 reserva por día por socio", 1, "day"),
    # a class's or a day's capacity is no one person's limit
    ("yoga class booking, max 12 people per class, mon and wed 7pm", 0, ""),
    ("booking page for my barber shop, up to 20 cuts per day", 0, ""),
])
def test_how_many_bookings_one_person_may_make_is_read(prompt: str, n: int, per: str) -> None:
    spec, cfg = built(prompt)
    limit = cfg["opts"].get("limit")
    assert (limit["n"], limit["per"]) == (n, per) if n else limit is None, limit
    if n:  # said on the page in the prompt's words, so nothing of it is said as not built
        assert spec.fits, spec.unfit


def test_a_third_booking_in_the_week_is_refused(tmp_path: Path) -> None:
    """At most 2 a week for each person: Camille's third that week is refused with the rule,
    Noa's goes through, after a reload too."""
    spec = templates.read("booking page for our tennis court, 1 hour slots from 9am to 9pm, "
                          "max 2 bookings per week per member", "web")
    with opened(tmp_path, spec) as page:
        url = js(page, "location.href")
        assert js(page, "document.querySelector('#limit').textContent") == (
            "Max 2 bookings per week per member")
        book = ("(() => { const day = [...document.querySelectorAll('button.slot.free:not("
                "[disabled])')].map((b) => b.dataset.date).find((d, i, all) => all.filter((x) "
                "=> x === d).length >= 4); const b = document.querySelector(`button.slot.free:not("
                "[disabled])[data-date=\"${day}\"]`); b.click(); const f = document.querySelector("
                "'#book-form'); f.elements.name.value = '%s'; f.requestSubmit(); "
                "return document.querySelector('#book-form').hidden; })()")
        assert js(page, book % "Camille") and js(page, book % "camille ")
        reload(page, url)
        assert js(page, book % "Camille") is False  # refused: the form stays open
        assert "Max 2 bookings per week per member" in js(page, "document.body.textContent")
        reload(page, url)
        assert js(page, book % "Noa")
        reload(page, url)
        assert count(page, ".slot.taken") == 3
