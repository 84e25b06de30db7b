"""What the prompt named is what the app holds (named24, session 22): a dish whose name has a
word in brackets, ... Table-driven, no browser."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import fullstack_data
from devora_desktop.agents.templates.dataapp import config


def _built(prompt: str, shape: str, mode: str = "web") -> dict:
    return config(templates.read(prompt, mode, shape))


@pytest.mark.parametrize("prompt,dishes", [
    ("pizza menu: Margherita 8, Diavola (spicy) 10, Capricciosa (ham, mushrooms) 11",
     [("Margherita", 8.0), ("Diavola (spicy)", 10.0), ("Capricciosa (ham, mushrooms)", 11.0)]),
    ("carte de la pizzeria : Regina (jambon, champignons) 11, Calzone (soufflée) 12",
     [("Regina (jambon, champignons)", 11.0), ("Calzone (soufflée)", 12.0)]),
    ("Karte der Pizzeria: Salami (scharf) 9,50, Tonno (mit Zwiebeln) 10, Funghi 9",
     [("Salami (scharf)", 9.5), ("Tonno (mit Zwiebeln)", 10.0), ("Funghi", 9.0)]),
    ("menù della pizzeria: Diavola (piccante) 8, Bufalina (con mozzarella di bufala) 9",
     [("Diavola (piccante)", 8.0), ("Bufalina (con mozzarella di bufala)", 9.0)]),
    ("carta del bar: bocadillo (para dos) 9 €, croquetas (6) 5 €",
     [("Bocadillo (para dos)", 9.0), ("Croquetas (6)", 5.0)]),
])
def test_a_word_in_brackets_before_the_price_is_part_of_the_dish(
        prompt: str, dishes: list[tuple[str, float]]) -> None:
    """'Diavola (piccante) 8' was lost: the brackets split it from its price."""
    seed = _built(prompt, "menu")["seed"]
    assert [(r["name"], r["price"]) for r in seed] == dishes


def _page(prompt: str) -> str:
    spec = templates.read(prompt, "web", "landing")
    return templates.all_files("landing", "web", spec.name, spec)["index.html"]


@pytest.mark.parametrize("prompt,heading,area", [
    ("website for my bike repair van: I come to your home or office in Leeds, puncture fix £15",
     "Where we go", "Leeds"),
    ("página para mi peluquería a domicilio: voy a tu casa en Sevilla, corte 15 €",
     "Adónde vamos", "Sevilla"),
    ("Webseite für meinen mobilen Fahrradservice: ich komme zu euch nach Hause in Köln, "
     "Inspektion 49 €", "Wo wir unterwegs sind", "Köln"),
    ("sito per il mio furgone di riparazione bici: vengo io a casa tua a Bologna, revisione "
     "completa 45 €", "Dove andiamo", "Bologna"),
])
def test_a_business_that_comes_to_you_has_no_door_to_visit(prompt: str, heading: str,
                                                           area: str) -> None:
    """A repair van or a hairdresser who comes home was given 'Visit us' with an address."""
    page = _page(prompt)
    assert f"<h2>{heading}</h2>" in page and area in page
    assert not any(f"<h2>{v}</h2>" in page for v in ("Visit us", "Visítanos", "Dove siamo",
                                                     "So finden Sie uns"))


def test_a_shop_with_a_door_is_still_visited() -> None:
    page = _page("page pour ma boulangerie à Lyon : baguette 1,20 €, croissant 1,10 €")
    assert "<h2>Nous trouver</h2>" in page and "Lyon" in page


@pytest.mark.parametrize("prompt,roams", [
    # review24 #33: a shop that delivers to people's homes was a business that comes to them
    ("site per la mia pizzeria a Torino, via Roma 12, facciamo anche consegna a domicilio",
     False),
    ("Webseite für unsere Bäckerei in der Hauptstraße 5, Köln, wir liefern auch zu euch nach "
     "Hause", False),
    ("site pour ma pharmacie rue de la Paix à Lyon, livraison à domicile possible", False),
    ("página para mi restaurante en la calle Mayor 3, Madrid, también servicio a domicilio",
     False),
    ("site da minha padaria em Campinas, a gente entrega na sua casa", False),
    ("website for our bakery on Main Street in Leeds, we also deliver to your home", False),
    # a home service with no door said still comes to people
    ("peluquería con servicio a domicilio en Sevilla", True),
])
def test_a_shop_that_delivers_has_its_door(prompt: str, roams: bool) -> None:
    from devora_desktop.agents.templates import web

    assert web.roams(templates.read(prompt)) is roams


@pytest.mark.parametrize("prompt,day,hired", [
    ("booking page for renting our camper vans by the day: Big Bertha, Little Blue, Sunny",
     "Whole day", ["Big Bertha", "Little Blue", "Sunny"]),
    ("réservation de nos kayaks à la journée : kayak solo, kayak duo, paddle",
     "Journée entière", ["Kayak solo", "Kayak duo", "Paddle"]),
    ("reservas de bicicletas eléctricas por día: e-bike urbana, e-bike de montaña, bici de "
     "carga", "Día completo", ["E-bike urbana", "E-bike de montaña", "Bici de carga"]),
    ("Verleih von unseren Lastenrädern pro Tag buchen: Lasti 1, Lasti 2, Kinderanhänger",
     "Ganzer Tag", ["Lasti 1", "Lasti 2", "Kinderanhänger"]),
    ("prenotazione ombrelloni al giorno al lido: prima fila, seconda fila, terza fila",
     "Giornata intera", ["Prima fila", "Seconda fila", "Terza fila"]),
])
def test_a_thing_hired_by_the_day_books_whole_days(prompt: str, day: str,
                                                   hired: list[str]) -> None:
    """Rentals 'by the day' got hourly slots and lost what was for hire: one slot a day, and
    each thing listed booked on its own."""
    cfg = _built(prompt, "booking")
    assert cfg["opts"]["day"] == day and cfg["opts"]["resources"] == hired
    assert "service" not in [x["key"] for x in cfg["fields"]]
    assert "of whole days" in templates.summary(templates.read(prompt, "web", "booking"), "web")


@pytest.mark.parametrize("prompt,step,hired", [
    ("booking page for our parking spots, by the day or by the hour: Spot 1, Spot 2, Spot 3",
     60, ["Spot 1", "Spot 2", "Spot 3"]),
    ("location de nos vélos à la journée ou à la demi-journée : vélo de ville, VTT, vélo cargo",
     270, ["Vélo de ville", "VTT", "Vélo cargo"]),
    ("alquiler de kayaks por días o por horas: kayak individual, kayak doble", 60,
     ["Kayak individual", "Kayak doble"]),
    ("Verleih unserer E-Bikes pro Tag oder stundenweise: Stadtrad, Trekkingrad", 60,
     ["Stadtrad", "Trekkingrad"]),
    ("aluguel de pranchas por dia ou meia diária: prancha longboard, prancha funboard", 270,
     ["Prancha longboard", "Prancha funboard"]),
    ("prenotazione ombrelloni al giorno o a mezza giornata: Fila A, Fila B", 270,
     ["Fila A", "Fila B"]),
])
def test_a_thing_hired_by_the_day_or_the_hour_books_the_shorter_time(
        prompt: str, step: int, hired: list[str]) -> None:
    """review24 #32: 'by the day or by the hour' booked whole days only, approved (and 'Fila
    A, Fila B' were lost): slots of the hour or half day, a day being all of them, and each
    thing listed booked on its own."""
    opts = _built(prompt, "booking")["opts"]
    assert "day" not in opts and opts["step"] == step and opts["resources"] == hired


@pytest.mark.parametrize("prompt,courts,hours", [
    ("book a tennis court, courts 1 to 3, one hour slots from 7am to 9pm",
     ["Court 1", "Court 2", "Court 3"], (7, 21)),
    ("réservation des terrains de padel, terrains 1 à 4, créneaux d'une heure de 8h à 22h",
     ["Terrain 1", "Terrain 2", "Terrain 3", "Terrain 4"], (8, 22)),
    ("reserva de pistas de tenis, pistas 1 a 3, turnos de una hora de 8 a 22",
     ["Pista 1", "Pista 2", "Pista 3"], (8, 22)),
    ("Tennisplätze buchen, Platz 1 bis 3, Stunden von 7 bis 21 Uhr",
     ["Platz 1", "Platz 2", "Platz 3"], (7, 21)),
    ("agendamento das quadras de tênis, quadras 1 a 3, horários de uma hora das 7h às 21h",
     ["Quadra 1", "Quadra 2", "Quadra 3"], (7, 21)),
    ("prenotazione campi da tennis, campi da 1 a 3, slot di un'ora dalle 8 alle 22",
     ["Campo 1", "Campo 2", "Campo 3"], (8, 22)),
])
def test_courts_said_by_their_numbers_are_each_booked(prompt: str, courts: list[str],
                                                       hours: tuple[int, int]) -> None:
    """walk24 #14: 'courts 1 to 3' built one grid and no courts, and 'terrains 1 à 4' was a
    class from 01:00 to 04:00 ('quadras 1 a 3' the opening hours)."""
    opts = _built(prompt, "booking")["opts"]
    assert opts["resources"] == courts and (opts["start"], opts["end"]) == hours
    assert "sessions" not in opts


@pytest.mark.parametrize("prompt", [
    # a limit for each person, and a slot's length said: hours still
    "réservation du court de tennis, max 1 résa par jour et par personne",
    "bike rental booking, 2 hour slots, 30 € per day",
])
def test_per_day_as_a_limit_or_a_price_beside_slots_keeps_hours(prompt: str) -> None:
    assert "day" not in _built(prompt, "booking")["opts"]


@pytest.mark.parametrize("prompt,dishes,extras", [
    ("menu for my burrito truck: chicken burrito $9, veggie bowl $8.50. extras: + guac 1.50, "
     "extra cheese 1, add rice 0.75", ["Chicken burrito", "Veggie bowl"],
     [("Guac", 1.5), ("Extra cheese", 1.0), ("Add rice", 0.75)]),
    ("carte de mon resto de poke : poke saumon 12,50, poke tofu 11 ; suppléments : + avocat "
     "1,50, + edamame 1", ["Poke saumon", "Poke tofu"], [("Avocat", 1.5), ("Edamame", 1.0)]),
    ("carta de mi hamburguesería: clásica 9, veggie 10; extras: queso extra 1, huevo +1,50",
     ["Clásica", "Veggie"], [("Queso extra", 1.0), ("Huevo", 1.5)]),
    ("Speisekarte für unseren Dönerstand: Döner 6,50, Dürüm 7; Extras: + Schafskäse 1, "
     "scharfe Soße 0,50", ["Döner", "Dürüm"], [("Schafskäse", 1.0), ("Scharfe Soße", 0.5)]),
    ("cardápio do restaurante: feijoada R$ 45, moqueca R$ 60; adicionais: + ovo 3, queijo "
     "extra 4", ["Feijoada", "Moqueca"], [("Ovo", 3.0), ("Queijo extra", 4.0)]),
    ("menù della piadineria: piadina crudo e squacquerone 7, cassone 6; aggiunte: + rucola "
     "0,50, + mozzarella 1", ["Piadina crudo e squacquerone", "Cassone"],
     [("Rucola", 0.5), ("Mozzarella", 1.0)]),
])
def test_a_dishs_extras_are_ticked_on_it_not_sold_alone(
        prompt: str, dishes: list[str], extras: list[tuple[str, float]]) -> None:
    """'+ guac 1.50' was a dish of its own ('+ guac $1.50 Add'), '+ ovo 3' was lost."""
    cfg = _built(prompt, "menu")
    head = cfg["opts"]["extrasOf"]
    assert [r["name"] for r in cfg["seed"] if r["category"] != head] == dishes
    assert [(r["name"], r["price"]) for r in cfg["seed"] if r["category"] == head] == extras
    assert cfg["opts"]["extrasFor"] == sorted({r["category"] for r in cfg["seed"]} - {head})
    # full-stack's server prices each row it is sent: there the extras are rows to order
    assert "extrasOf" not in fullstack_data.config(templates.read(prompt, "fullstack",
                                                                  "menu"))["opts"]


def test_a_menu_without_extras_has_none() -> None:
    assert "extrasOf" not in _built("pizza menu: Margherita 8, Diavola 10", "menu")["opts"]


@pytest.mark.parametrize("prompt,shape,currency,cheapest", [
    ("cardápio da pizzaria do bairro em Belo Horizonte", "menu", "BRL", 8),
    ("menu for our cafe in Tokyo, prices in yen", "menu", "JPY", 200),
    ("menú de mi cafetería, precios en pesos mexicanos", "menu", "MXN", 40),
    ("loja online da minha marca de camisetas, preços em reais", "store", "BRL", 30),
])
def test_sample_prices_are_at_the_size_of_the_moneys(prompt: str, shape: str, currency: str,
                                                     cheapest: float) -> None:
    """A Brazilian pizzeria's sample Margherita was R$ 8,50, a Tokyo café's croissant ¥2.40."""
    cfg = _built(prompt, shape)
    assert cfg["currency"] == currency
    assert min(r["price"] for r in cfg["seed"] if r.get("_example")) >= cheapest


def test_prices_said_stay_as_said() -> None:
    seed = _built("cardápio da lanchonete: coxinha R$ 6, pastel R$ 8", "menu")["seed"]
    assert [r["price"] for r in seed] == [6.0, 8.0]


@pytest.mark.parametrize("prompt,rows", [
    ("sign-up sheet for the school fair: cake stall 4 parents 10-12, tombola 2 parents, face "
     "painting 3 (1-3pm)", [("Cake stall 10-12", "10:00", "12:00", 4), ("Tombola", "", None, 2),
                            ("Face painting 1-3pm", "13:00", "15:00", 3)]),
    ("Helferliste fürs Sommerfest: Grill 3 Leute 12-15 Uhr, Kuchenbuffet 4, Aufbau 6 (9-11 Uhr)",
     [("Grill 12-15 Uhr", "12:00", "15:00", 3), ("Kuchenbuffet", "", None, 4),
      ("Aufbau 9-11 Uhr", "09:00", "11:00", 6)]),
])
def test_a_group_counted_after_its_name_keeps_its_hours(prompt: str, rows: list) -> None:
    """The hours after 'cake stall 4 parents' made each group a nameless slot ('Slot 10:00-
    12:00', 'Slot 01:00-15:00')."""
    seed = _built(prompt, "signup")["seed"]
    assert [(r["title"], r["time"], r.get("end"), r["capacity"]) for r in seed] == rows
    assert not templates.read(prompt).unsupported


@pytest.mark.parametrize("prompt,heading,area", [
    # a trade that comes to you is a business, whatever its noun ("lava-jato", "toelettatura")
    ("site pro meu lava-jato móvel, a gente vai até você em Campinas: lavagem simples R$ 40",
     "Onde atendemos", "Campinas"),
    ("pagina per il mio servizio di toelettatura itinerante a Torino: bagno 25 €, taglio 40 €",
     "Dove andiamo", "Torino"),
])
def test_a_trade_that_comes_to_you_is_a_business(prompt: str, heading: str, area: str) -> None:
    page = _page(prompt)
    assert f"<h2>{heading}</h2>" in page and area in page


@pytest.mark.parametrize("prompt,columns,people", [
    ("una bacheca per le faccende di casa con le colonne Da fare, In corso, Finito e i nomi "
     "Luca, Sara, Marco", ["Da fare", "In corso", "Finito"], ["Luca", "Sara", "Marco"]),
    ("kanban for the house with columns backlog, doing, done and the people Tom, Ana, Raj",
     ["Backlog", "Doing", "Done"], ["Tom", "Ana", "Raj"]),
    ("un kanban avec les colonnes à faire, en cours, fini et les prénoms Léa, Hugo, Nina",
     ["À faire", "En cours", "Fini"], ["Léa", "Hugo", "Nina"]),
    ("tablero con las columnas pendiente, haciendo, hecho y los nombres Pepe, Lola, Juan",
     ["Pendiente", "Haciendo", "Hecho"], ["Pepe", "Lola", "Juan"]),
    ("Kanban mit den Spalten offen, in Arbeit, erledigt und den Namen Jonas, Mia, Paul",
     ["Offen", "In Arbeit", "Erledigt"], ["Jonas", "Mia", "Paul"]),
    ("quadro com as colunas a fazer, fazendo, feito e os nomes Zeca, Tati, Dudu",
     ["A fazer", "Fazendo", "Feito"], ["Zeca", "Tati", "Dudu"]),
])
def test_people_named_after_a_boards_columns_are_who_does_each_card(
        prompt: str, columns: list[str], people: list[str]) -> None:
    """walk24 #13: 'columns Da fare, In corso, Finito e i nomi Luca, Sara, Marco' built six
    columns, 'I nomi Luca' among them: the columns end where the people are named, and the
    people are each card's choice of who does it."""
    cfg = _built(prompt, "board")
    assert [label for _, label in cfg["opts"]["columns"]] == columns
    who = next(x for x in cfg["fields"] if x["key"] == "who")
    assert [label for value, label in who["options"] if value] == people


@pytest.mark.parametrize("prompt,players", [
    ("leaderboard for our office step challenge with Anna, Ben, Chloe and Dev, steps per week",
     ["Anna", "Ben", "Chloe", "Dev"]),
    ("Rangliste für unseren Lauftreff mit Jonas, Mia, Paul und Lena",
     ["Jonas", "Mia", "Paul", "Lena"]),
    ("torneo de mus entre Pepe, Lola, Juan y Carmen", ["Pepe", "Lola", "Juan", "Carmen"]),
    ("classement du club de lecture avec Léa, Hugo, Zoé et Nina, livres lus",
     ["Léa", "Hugo", "Zoé", "Nina"]),
    ("classifica del torneo di burraco tra Gino, Lia, Ugo e Rita", ["Gino", "Lia", "Ugo", "Rita"]),
    ("ranking do bolão com Zeca, Tati, Dudu e Marcinha", ["Zeca", "Tati", "Dudu", "Marcinha"]),
])
def test_people_a_leaderboard_is_with_are_its_rows_not_columns(prompt: str,
                                                               players: list[str]) -> None:
    """walk24 #13: 'with Anna, Ben, Chloe and Dev' made four text columns and ranked six
    example players; 'entre Pepe, Lola, …' lost the names."""
    cfg = _built(prompt, "leaderboard")
    assert [row["name"] for row in cfg["seed"]] == players
    assert not any(x["label"] in players for x in cfg["fields"])


@pytest.mark.parametrize("prompt,slots", [
    ("booking page for our kiln: Monday to Saturday has three slots: 8:00–12:00, 12:00–16:00 "
     "and 16:00–20:00", [("08:00", "12:00"), ("12:00", "16:00"), ("16:00", "20:00")]),
    ("réservation du four à pain du lundi au samedi, créneaux : 9h-11h, 11h-13h, 14h-16h",
     [("09:00", "11:00"), ("11:00", "13:00"), ("14:00", "16:00")]),
    ("reservas del tractor de lunes a viernes, turnos: 8:00-12:00 y 12:00-16:00",
     [("08:00", "12:00"), ("12:00", "16:00")]),
    ("Buchung der Hebebühne Montag bis Samstag, Zeitfenster: 10–12, 12–14 und 14–16 Uhr",
     [("10:00", "12:00"), ("12:00", "14:00"), ("14:00", "16:00")]),
    ("agendamento do forno de segunda a sábado, horários: 8h-12h, 12h-16h e 16h-20h",
     [("08:00", "12:00"), ("12:00", "16:00"), ("16:00", "20:00")]),
    ("prenotazione del forno da lunedì a sabato, fasce: 8-12, 12-16 e 16-20",
     [("08:00", "12:00"), ("12:00", "16:00"), ("16:00", "20:00")]),
])
def test_time_windows_booked_on_a_run_of_days_are_every_days_slots(
        prompt: str, slots: list[tuple[str, str]]) -> None:
    """Round 23: each slot read the page's subject ('Login', 'Appointment reminders') as a
    class's name, the first slot after 'Monday to Saturday has three slots:' was taken for the
    opening hours, and 'du lundi au samedi' booked Mondays and Saturdays only. Windows booked
    are no classes: no title, on every open day."""
    sessions = _built(prompt, "booking")["opts"]["sessions"]
    assert [(s["time"], s["end"]) for s in sessions] == slots
    assert all(s["title"] == "" and s["day"] is None for s in sessions), sessions



def test_guided_visits_booked_by_their_times_keep_their_name() -> None:
    sessions = _built("Prenotazioni per le visite guidate della cantina, sabato 14 giugno: turni "
                      "alle 10, 11:30, 15 e 16:30, una famiglia per turno", "booking")["opts"][
        "sessions"]
    assert sessions and all("Visite guidate" in s["title"] for s in sessions), sessions


def test_a_portuguese_lists_closing_clause_is_no_item() -> None:
    """'o' is no 'or' in Portuguese: the clause after the items ('vou marcando o que já fiz')
    is how the list is used, not a task."""
    seed = _built("lista pra mudança: caixas, luz, internet, vou marcando o que já fiz",
                  "todo")["seed"]
    assert [r["title"] for r in seed] == ["Caixas", "Luz", "Internet"]
