"""What the prompt named is what the app holds (walk22, walk23 and round 21): the columns a
board lists, the players and items it names with their numbers and prices, the fields of a
log with their types and units, and the money a Brazilian prompt is priced in."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import i18n, measures
from devora_desktop.agents.templates.dataapp import config
from devora_desktop.agents.templates.shapes import field_type


def _built(prompt: str, shape: str, mode: str = "web") -> dict:
    return config(templates.read(prompt, mode, shape))


@pytest.mark.parametrize("prompt,columns", [
    # 'na cozinha' is where an order is, 'entregue' its last step (walk22 #16: cards)
    ("quadro pros pedidos de marmita: pedido feito, na cozinha, saiu pra entrega, entregue",
     ["Pedido feito", "Na cozinha", "Saiu pra entrega", "Entregue"]),
    # the stages after a dash, the last one "ready" (walk23 #1: text fields)
    ("board for my garage band's songs - learning, almost there, gig ready",
     ["Learning", "Almost there", "Gig ready"]),
])
def test_the_stages_a_board_lists_are_its_columns(prompt: str, columns: list[str]) -> None:
    cfg = _built(prompt, "board")
    assert [label for _, label in cfg["opts"]["columns"]] == columns
    assert not any(x["label"] in columns for x in cfg["fields"])


@pytest.mark.parametrize("prompt,rows", [
    # the family as it calls itself (walk22 #18: made-up players)
    ("need smth to keep score at our family mini golf, 9 holes, me mom dad and jake",
     ["Me", "Mom", "Dad", "Jake"]),
    ("classement du mini golf en famille : moi papa maman et Léo",
     ["Moi", "Papa", "Maman", "Léo"]),
    # a player written with the unit the others leave out (walk22 #3 dropped Horst)
    ("Tabelle für unser Skatturnier: Horst 1240 Punkte, Gabi 1105, Jürgen 980, Renate 1310",
     ["Horst", "Gabi", "Jürgen", "Renate"]),
    # pairs that play as one, each said with its word for a pair (walk23 #6: stock rows)
    ("ranking do campeonato de truco da firma: dupla Zé e Tião 9 vitórias, dupla Lu e Nando "
     "7, dupla Bia e Rafa 11", ["Zé e Tião", "Lu e Nando", "Bia e Rafa"]),
])
def test_the_players_named_are_the_rows(prompt: str, rows: list[str]) -> None:
    seed = _built(prompt, "leaderboard")["seed"]
    assert [r["name"] for r in seed] == rows
    assert not any(r.get("_example") for r in seed)


def test_a_price_before_its_words_and_a_summer_red_are_drinks() -> None:
    """walk22 #18: 'caña 1,50 cerveza' was dropped, 'tinto de verano' a main; walk23 #4: a
    smoothie bar's smoothies were mains."""
    seed = _built("menu del bar de mi pueblo: caña 1,50 cerveza, tinto de verano 2,50, bravas "
                  "4, calamares 6", "menu")["seed"]
    assert [(r["name"], r["price"], r["category"]) for r in seed] == [
        ("Caña", 1.5, "bebidas"), ("Tinto de verano", 2.5, "bebidas"),
        ("Bravas", 4.0, "principales"), ("Calamares", 6.0, "principales")]
    smoothies = _built("menu for my smoothie bar: green detox $8, mango tango $7.50, pb banana "
                       "$8.50", "menu")["seed"]
    assert {r["category"] for r in smoothies} == {"drinks"}


@pytest.mark.parametrize("prompt,shape,fields", [
    # who holds which keys (walk22 #17: 'Wer · Verzeichnis', stock fields)
    ("brauch ne liste wer im verein welche schlüssel hat", "directory",
     [("Schlüssel", "text"), ("Wer hat es", "text"), ("Seit", "date"), ("Notiz", "text")]),
    # a receipt said with its two answers (walk22 #5: the list dropped, a stock Categoria)
    ("controle das despesas do meu MEI: data, descrição, valor, nota fiscal sim ou não",
     "tracker", [("Data", "date"), ("Descrição", "text"), ("Valor", "money"),
                 ("Nota fiscal", "bool")]),
    # a unit first names the measure's unit (walk22 #12: 'Ml donated')
    ("log of my blood donations: date, where, ml donated, iron level", "tracker",
     [("Date", "date"), ("Where", "text"), ("Donated (ml)", "number"),
      ("Iron level", "number")]),
    # days spent doing a thing are counted (walk23 #4: a date picker)
    ("tracker for my kombucha batches: start date, tea type, sugar in grams, days fermenting",
     "tracker", [("Start date", "date"), ("Tea type", "text"), ("Sugar in grams", "number"),
                 ("Days fermenting", "number")]),
    # what each one sells and the day they come (walk23 #8: stock Catégorie, Téléphone…)
    ("annuaire des producteurs locaux du marché avec ce qu'ils vendent et le jour où ils sont "
     "là", "directory", [("Nom", "text"), ("Ce qu'ils vendent", "text"), ("Jour", "select")]),
    # readings alone get a note to search (round 21: search found no entry)
    ("need a simple journal for my fish tank water tests - pH, ammonia, nitrate", "tracker",
     [("Date", "date"), ("pH", "number"), ("Ammonia", "number"), ("Nitrate", "number"),
      ("Note", "text")]),
])
def test_the_fields_named_are_the_fields_held(prompt: str, shape: str, fields: list) -> None:
    cfg = _built(prompt, shape)
    assert [(x["label"], x["type"]) for x in cfg["fields"]] == fields


def test_readings_asked_on_average_are_averaged() -> None:
    cfg = _built("need a simple journal for my fish tank water tests - pH, ammonia, nitrate. "
                 "want to see teh avg pH and nitrate over all my tests", "tracker")
    assert cfg["opts"].get("average") is True
    assert all(r.get("note", "") == "" for r in cfg["seed"])


def test_hiragana_cards_keep_their_one_letter_answers() -> None:
    """walk23 #2: 'あ = a' lost its 'a' as if it were an article."""
    seed = _built("flashcards for japanese hiragana: あ = a, い = i, う = u, え = e, お = o",
                  "flashcards")["seed"]
    assert [(r["front"], r["back"]) for r in seed] == [
        ("あ", "a"), ("い", "i"), ("う", "u"), ("え", "e"), ("お", "o")]


def test_groups_with_a_maximum_or_their_hours_are_rows() -> None:
    """Round 21: 'Salate (max 6)' and 'Kasse 14-16 Uhr (2)' were dropped, and their hours
    said as can't-build."""
    spec = templates.read("Kita Sommerfest am Freitag, 2. Juli 2027 - eine Liste wo sich Eltern "
                          "eintragen: Salate (max 6), Aufbau (4 Leute), Abbau (4), Kasse 14-16 "
                          "Uhr (2), Kasse 16-18 Uhr (2). Eltern loggen sich ein, die "
                          "Erzieherinnen sehen alles", "fullstack", "signup")
    assert spec.fits, spec.unfit
    seed = config(spec)["seed"]
    assert [(r["title"], r["capacity"], r["time"], r.get("end", "")) for r in seed] == [
        ("Salate", 6, "", ""), ("Aufbau", 4, "", ""), ("Abbau", 4, "", ""),
        ("Kasse 14-16 Uhr", 2, "14:00", "16:00"), ("Kasse 16-18 Uhr", 2, "16:00", "18:00")]
    assert {r["date"] for r in seed} == {"2027-07-02"}


@pytest.mark.parametrize("label,kind", [
    ("tip", "money"), ("pourboire", "money"), ("discount", "money"), ("Rabatt", "money"),
])
def test_a_tip_a_discount_and_a_rent_are_sums(label: str, kind: str) -> None:
    assert field_type(label) == kind


def test_customers_are_counted_and_the_rent_is_money() -> None:
    """review22: 'customers per day, rent' had Customers as money ('custo' in it), Rent a
    number."""
    found, _ = measures.read("dashboard for my cafe: customers per day, rent, coffee sold")
    assert [(m.label, m.type) for m in found] == [
        ("Customers", "number"), ("Rent", "money"), ("Coffee sold", "number")]


@pytest.mark.parametrize("prompt,code", [
    ("lista de diaristas de confiança do condomínio com nome, telefone, dias livres e valor da "
     "diária", "BRL"),
    ("quadro dos meus freelas: proposta enviada, aprovado, fazendo, entregue, pago", "BRL"),
    ("site pro meu food truck de hambúrguer em Curitiba", "BRL"),
    ("controle de gastos da casa em Lisboa: renda, luz, água", "EUR"),
])
def test_a_brazilian_prompt_is_priced_in_reais(prompt: str, code: str) -> None:
    assert i18n.currency(prompt, "pt") == code


def test_a_burger_trucks_sample_menu_is_burgers() -> None:
    """walk22 #8: a Curitiba burger truck's menu had a dish and a soup of the day, in euros."""
    cfg = _built("site pro meu food truck de hambúrguer em Curitiba", "menu")
    assert cfg["seed"][0]["name"] == "Hambúrguer clássico"
    assert cfg["currency"] == "BRL"


def test_the_first_score_may_say_what_it_counts() -> None:
    """walk23 #6: 'Paco 23 partidas ganadas, Rosa 27, Manolo 19' lost Paco and ranked by
    Puntos."""
    cfg = _built("clasificación del campeonato de dominó del barrio: Paco 23 partidas ganadas, "
                 "Rosa 27, Manolo 19", "leaderboard")
    assert [(r["name"], r["points"]) for r in cfg["seed"]] == [
        ("Paco", 23), ("Rosa", 27), ("Manolo", 19)]
    assert cfg["fields"][1]["label"] == "Partidas ganadas"


def test_a_field_list_after_a_word_for_people_is_fields() -> None:
    """walk23 #5: 'con i coinquilini: data, cosa, importo, chi ha pagato (Marco, Sara, io)'
    made rows 'Data', 'Cosa', 'Importo'."""
    cfg = _built("spese di casa con i coinquilini: data, cosa, importo, chi ha pagato (Marco, "
                 "Sara, io)", "tracker")
    assert [(x["label"], x["type"]) for x in cfg["fields"]] == [
        ("Data", "date"), ("Cosa", "text"), ("Importo", "money"), ("Chi ha pagato", "select")]
    assert [label for _, label in cfg["fields"][3]["options"]] == ["Marco", "Sara", "io"]


@pytest.mark.parametrize("prompt,rows,ask", [
    # one family per game, ten games (walk23 #7: one undated 'Game')
    ("sign up sheet so families bring snacks to little league games, one family per game, 10 "
     "games", [(f"Game {i}", 1) for i in range(1, 11)], None),
    # so many cakes wanted, and what each one brings (walk23 #7: no places, nothing asked)
    ("Anmeldeliste für den Kuchenbasar am Freitag, 12 Kuchen gesucht, wer bringt was",
     [("Kuchenbasar", 12)], "Was bringst du mit"),
    # each stand with the parents it needs after it (walk23 #24: one slot, no places)
    ("inscriptions pour la kermesse de l'école samedi : stand gâteaux 4 parents, buvette 3, "
     "jeux 5", [("Stand gâteaux", 4), ("Buvette", 3), ("Jeux", 5)], None),
])
def test_a_sheets_rows_and_places_are_as_said(prompt: str, rows: list, ask: str | None) -> None:
    cfg = _built(prompt, "signup")
    assert [(r["title"], r["capacity"]) for r in cfg["seed"]] == rows
    assert [x["label"] for x in cfg["opts"].get("ask", [])] == ([ask] if ask else [])


def test_german_short_days_before_the_hours_are_the_days_open() -> None:
    """walk23 #7: 'Mo Mi Fr 15-19 Uhr' opened every day."""
    cfg = _built("Terminbuchung für meine Nachhilfe in Mathe, Mo Mi Fr 15-19 Uhr, 60 Minuten, "
                 "25 €", "booking")
    assert sorted(cfg["opts"]["closed"]) == [0, 2, 4, 6]


def test_a_count_in_brackets_is_part_of_the_items_name() -> None:
    """walk23 #8: 'tequeños (6) 5 €' was dropped, 'papelón con limón' a main."""
    seed = _built("carta de mi food truck de arepas: reina pepiada 7 €, pabellón 8 €, tequeños "
                  "(6) 5 €, papelón con limón 2,50 €", "menu")["seed"]
    assert [(r["name"], r["price"], r["category"]) for r in seed] == [
        ("Reina pepiada", 7.0, "principales"), ("Pabellón", 8.0, "principales"),
        ("Tequeños (6)", 5.0, "principales"), ("Papelón con limón", 2.5, "bebidas")]


def test_a_categorys_own_choices_are_one_field() -> None:
    """walk23 #8: 'Kategorie (Lebensmittel, Miete, Freizeit)' made two Kategorie fields (and,
    with a rent typed money, read the brackets as fields)."""
    cfg = _built("Haushaltsbuch: Datum, Kategorie (Lebensmittel, Miete, Freizeit), Betrag, Notiz",
                 "tracker")
    assert [(x["label"], x["type"]) for x in cfg["fields"]] == [
        ("Datum", "date"), ("Kategorie", "select"), ("Betrag", "money"), ("Notiz", "text")]


def test_jobs_of_an_hour_are_the_booking_slots() -> None:
    """walk23 #10: '1 hour jobs' on 'saturdays only 8am-4pm' made one all-day class."""
    cfg = _built("booking page for my lawn mowing service, saturdays only 8am-4pm, 1 hour jobs, "
                 "$45", "booking")
    assert (cfg["opts"]["start"], cfg["opts"]["end"], cfg["opts"]["step"]) == (8.0, 16.0, 60)
    assert "sessions" not in cfg["opts"]
