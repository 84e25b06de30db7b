"""Everyday asks the offline templates used to misread, used in the page as a person would:
an electricity-cost calculator, a lending library, an adoption catalogue, a barber's booking
page, a town's restaurants and a local business's own page with its own prices. Each app is
written, served and driven in headless Chromium (tests/agents/interactions.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import shapes
from devora_desktop.core.preview import PreviewServer
from tests.agents.chromium import CHROMIUM, Browser
from tests.agents.interactions import interact, js, text_of, write_web_app

ASKS = [
    # (prompt, shape, language)
    ("calculadora de custo de energia elétrica dos aparelhos por mês", "calculator", "pt"),
    ("a calculator for my electricity bill: kWh of each appliance times price per kWh, "
     "per month", "calculator", "en"),
    ("a lending library for our book club: who borrowed which book and when it is due back",
     "directory", "en"),
    ("Catálogo de animais para adoção com foto, idade e porte", "directory", "pt"),
    ("my barber shop: a service menu and clients book a time slot", "booking", "en"),
    ("une carte des restaurants de Lyon", "directory", "fr"),
    # a log with no field of text (a date, a choice, an amount): the bench searches the choice
    # picked, which the row shows (it searched the text typed, and found 0 of a right page)
    ("notre carnet de pêche : la date, quel lac (Lac Vert, Lac Bleu) et le poids en kg",
     "tracker", "fr"),
]


@contextmanager
def _opened(browser: Browser, folder: Path, spec: templates.Spec) -> Iterator[tuple]:
    """The web app built for ``spec``, served from ``folder`` and open in a page."""
    server = PreviewServer(write_web_app(folder, spec))
    try:
        page = browser.page()
        url = server.url + "index.html"
        page.open(url, settle=0.3)
        yield page, url
        page.close()
    finally:
        server.stop()


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_everyday_asks_build_the_app_asked_for_and_it_works(
        browser: Browser, tmp_path: Path) -> None:
    failed = []
    for i, (prompt, shape, lang) in enumerate(ASKS):
        spec = templates.read(prompt)
        with _opened(browser, tmp_path / str(i), spec) as (page, url):
            ok, seen = interact(page, url, {"text": prompt, "shape": shape, "lang": lang,
                                            "interaction": ""})
            if (spec.kind, spec.lang) != (shape, lang) or not ok or page.errors:
                failed.append((prompt[:40], spec.kind, seen, page.errors))
            if "lending" in prompt:  # who has each book, and the books out on loan
                heads = text_of(page, "thead")
                js(page, "(() => { const s = document.querySelector('#search'); s.value = '';"
                         " s.dispatchEvent(new Event('input', { bubbles: true }));"
                         " const f = document.querySelector('#filter');"
                         " f.value = 'on loan'; f.dispatchEvent(new Event('change')); })()")
                out = text_of(page, "#rows")
                if not ("Who has it" in heads and "Due back" in heads and "Dune" not in out
                        and "The Hobbit" in out):
                    failed.append(("lending", heads, out))
    assert failed == []
    # a map of the town is said as not built; everything else here fits
    assert [p for p, *_ in ASKS if not templates.read(p).fits] == \
        ["une carte des restaurants de Lyon"]


def _landing(prompt: str) -> tuple[str, str, str]:
    """The page's headline, its feature cards and its price cards, as text."""
    spec = templates.read(prompt)
    page = templates.all_files(spec.kind, "web", spec.name, spec)["index.html"]

    def text(section: str) -> str:
        m = re.search(rf'<section id="{section}".*?</section>', page, re.S)
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", m.group())) if m else ""
    return re.search(r"<h2>(.*?)</h2>", page).group(1), text("features"), \
        text("pricing") + text("visit")


def test_a_local_business_page_says_what_and_where_it_is_and_its_own_prices() -> None:
    headline, features, rest = _landing(
        "landing page for my physiotherapy clinic in Porto: sports injuries, back pain, "
        "post-surgery rehab; open Mon-Fri 8-20")
    assert headline == "Physiotherapy clinic in Porto."  # was the list of services
    assert all(s in features for s in ("Sports injuries", "Back pain", "Post-surgery rehab"))
    assert "Porto" in rest and "Mon-Fri 8-20" in rest
    assert "minutes" not in features and "data" not in features  # no software copy
    _, _, prices = _landing("page d'accueil pour mon salon de coiffure à Nantes, coupe femme "
                            "29 €, coupe homme 19 €, forfait illimité 29 €/mois")
    assert "Coupe femme 29 €" in prices and "Forfait illimité 29 €/mois" in prices
    assert "€19" not in prices and "Découverte" not in prices  # no stock plans
    _, _, prices = _landing("landing page for my yoga studio with class prices: drop-in $15, "
                            "10-class pass $120")
    assert "Drop-in $15" in prices and "$49" not in prices
    _, _, prices = _landing("Webseite für meine Bäckerei in Köln mit Preisen")
    assert "Monat" not in prices and "Preis auf Anfrage" in prices
    # software asked to show its pricing keeps its plans
    _, _, prices = _landing("a landing page for my app FocusFox with pricing")
    assert "/ month" in prices


def test_a_full_stack_page_shows_the_prices_its_prompt_states() -> None:
    prompt = "landing page for my yoga studio with class prices: drop-in $15, 10-class pass $120"
    spec = templates.read(prompt, "fullstack")
    page = templates.all_files(spec.kind, "fullstack", spec.name, spec)["app/page.tsx"]
    assert '["Drop-in", "$15"]' in page and '["10-class pass", "$120"]' in page
    assert "/ month" not in page  # the prompt's prices, not monthly plans


BOARDS = [
    # (prompt, the columns the board must show, in order)
    ("a kanban board for my band's tour: to book, booked, played", ["To book", "Booked", "Played"]),
    ("un tableau kanban pour le déménagement, colonnes À faire / En cours / Fini",
     ["À faire", "En cours", "Fini"]),
    ("ein Kanban-Board für die Hochzeit mit den Spalten Idee, Termin, Erledigt",
     ["Idee", "Termin", "Erledigt"]),
    ("un tablero kanban para la mudanza con columnas pendiente, en marcha, listo",
     ["Pendiente", "En marcha", "Listo"]),
    ("um quadro kanban para o casamento: ideias, a confirmar, confirmado",
     ["Ideias", "A confirmar", "Confirmado"]),
    ("una bacheca kanban per il trasloco con le colonne idee → in corso → spedito",
     ["Idee", "In corso", "Spedito"]),
]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_board_has_the_columns_its_prompt_names_and_cards_move_between_them(
        browser: Browser, tmp_path: Path) -> None:
    failed = []
    for i, (prompt, columns) in enumerate(BOARDS):
        spec = templates.read(prompt)
        with _opened(browser, tmp_path / str(i), spec) as (page, url):
            shown = js(page, "[...document.querySelectorAll('.column')]"
                             ".map((c) => c.getAttribute('aria-label'))")
            ok, seen = interact(page, url, {"text": prompt, "shape": "board",
                                            "lang": spec.lang, "interaction": ""})
            if spec.kind != "board" or shown != columns or not ok or page.errors \
                    or not spec.fits:
                failed.append((prompt[:40], spec.kind, shown, seen, page.errors))
    assert failed == []


def test_columns_named_but_not_read_are_said_not_used() -> None:
    for prompt, defaults in (
            ("a kanban board with columns named after the four seasons of planting",
             "To do, In progress and Done"),
            ("ein Board mit Spalten: was wir im Frühling machen wollen und was im Herbst "
             "ansteht", "Offen, In Arbeit and Erledigt")):
        spec = templates.read(prompt)
        assert spec.kind == "board" and "the columns named in the prompt" in spec.unfit, prompt
        # it names the columns the board really has, in the app's language
        assert f"(the board has {defaults})" in spec.unfit, spec.unfit
    # a board that only says it has columns names none: it gets To do / In progress / Done
    assert templates.read("un tablero de tareas con columnas para mi tesis").fits


@pytest.mark.parametrize("prompt,columns", [
    # the columns in brackets later in their clause
    ("Sono una restauratrice: vorrei una lavagna a colonne per i dipinti (in arrivo, "
     "pulitura, consegnato).", ["in arrivo", "pulitura", "consegnato"]),
    ("a kanban board with columns (to do, doing, done)", ["to do", "doing", "done"]),
    ("un tablero con columnas para los pedidos del taller (nuevo, en curso, listo)",
     ["nuevo", "en curso", "listo"]),
    ("ein Board mit Spalten für die Bewerbungen (beworben, Gespräch, Zusage)",
     ["beworben", "Gespräch", "Zusage"]),
    ("un tableau avec des colonnes pour mes commandes (reçue, en préparation, envoyée)",
     ["reçue", "en préparation", "envoyée"]),
])
def test_columns_listed_in_brackets_are_the_boards(prompt: str, columns: list[str]) -> None:
    assert shapes.board_columns(prompt) == (columns, True)
    spec = templates.read(prompt)
    assert spec.kind == "board" and spec.fits, spec.unfit


def test_a_bracket_of_a_cards_fields_is_no_columns() -> None:
    assert shapes.board_columns("a board with columns (owner, priority, due date)")[0] == []


SHOPS = [
    # (prompt, the page's title, the services a customer picks from)
    ("a booking page for my barber shop, Fade Factory, with haircut, beard trim and kids cut",
     "Fade Factory", ["Haircut", "Beard trim", "Kids cut"]),
    ("une page de réservation pour mon salon de coiffure, Chez Lulu, avec coupe, brushing et "
     "couleur", "Chez Lulu", ["Coupe", "Brushing", "Couleur"]),
    ("una página de reservas para mi peluquería, Tijeras de Oro, con corte, barba y tinte",
     "Tijeras de Oro", ["Corte", "Barba", "Tinte"]),
    ("eine Buchungsseite für meinen Friseursalon namens Haarmonie mit Schnitt, Bart und Färben",
     "Haarmonie", ["Schnitt", "Bart", "Färben"]),
    ("página de agendamento para minha barbearia, Navalha Fina, com corte, barba e sobrancelha",
     "Navalha Fina", ["Corte", "Barba", "Sobrancelha"]),
    ("una pagina di prenotazione per il mio barbiere, Forbici d'Oro, con taglio, barba e shampoo",
     "Forbici d'Oro", ["Taglio", "Barba", "Shampoo"]),
]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_shop_booking_page_has_its_name_and_one_choice_of_its_services(
        browser: Browser, tmp_path: Path) -> None:
    failed = []
    for i, (prompt, title, services) in enumerate(SHOPS):
        spec = templates.read(prompt)
        with _opened(browser, tmp_path / str(i), spec) as (page, url):
            heading = text_of(page, "h1")
            js(page, "document.querySelector('button.slot.free:not([disabled])').click()")
            form = js(page, "(() => { const f = document.querySelector('#book-form');"
                            " const s = f.querySelector('select');"
                            " return { inputs: [...f.querySelectorAll('input')].map((x) =>"
                            " x.closest('label').textContent),"
                            " options: s ? [...s.options].map((o) => o.text) : [] }; })()")
            # a person books the second service, and finds it in the bookings after a reload
            js(page, "(() => { const f = document.querySelector('#book-form');"
                     " const s = f.querySelector('select'); if (s) s.selectedIndex = 1;"
                     " f.querySelector('input').value = 'Robin';"
                     " f.querySelector('button.primary').click(); })()")
            page.open(url, settle=0.3)
            booked = text_of(page, "ul.plain")
            if not (heading == title and form["options"] == services and not any(
                    s in label for s in services for label in form["inputs"])
                    and f"Robin · {services[1]}" in booked) or page.errors:
                failed.append((prompt[:40], heading, form, booked, page.errors))
    assert failed == []
    # what a form asks is still a field each, not a choice
    spec = templates.read("a booking page for the vet with name, phone and pet name")
    fields = templates.all_files("booking", "web", spec.name, spec)["config.js"]
    assert '"Pet name"' in fields and '"Service"' not in fields


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_vocabulary_cards_start_from_the_learners_language_with_the_sides_it_names(
        browser: Browser, tmp_path: Path) -> None:
    """'le mot, la traduction et un exemple': French → Spanish cards, the example on the back."""
    prompt = ("une application de cartes mémoire pour apprendre le vocabulaire espagnol, avec le "
              "mot, la traduction et un exemple")
    spec = templates.read(prompt)
    with _opened(browser, tmp_path, spec) as (page, url):
        front = text_of(page, "#card")
        js(page, "document.querySelector('#card').click()")
        back = text_of(page, "#card")
        js(page, "document.querySelector('#card').click()")
        ok, seen = interact(page, url, {"text": prompt, "shape": "flashcards", "lang": "fr",
                                        "interaction": ""})
        errors = page.errors
    assert (spec.kind, spec.lang, spec.fits) == ("flashcards", "fr", True)
    assert "Mot" in front and "la pomme" in front and "manzana" not in front
    assert "Traduction" in back and "la manzana" in back
    assert "Exemple: Como una manzana cada día." in back
    assert ok, seen
    assert errors == []
    # a Spanish learner who asks in German starts from German words
    spec = templates.read("Karteikarten für Spanisch-Vokabeln mit Wort, Übersetzung und "
                          "Beispielsatz")
    config = templates.all_files(spec.kind, "web", spec.name, spec)["config.js"]
    assert '"der Apfel"' in config and '"Beispielsatz"' in config and '"apple"' not in config


def test_a_payment_settled_outside_the_app_is_not_online_payments() -> None:
    """A shop whose owner is paid later, in person or in cash fits; one that wants card
    payments online is told it can't take them."""
    for prompt in ("lojinha online das minhas bijuterias artesanais: catálogo com foto, preço e "
                   "um carrinho. o pagamento eu combino por pix depois",
                   "tiny shop for my chopping boards with a cart, payment in cash when they "
                   "collect",
                   "boutique de bougies avec un panier, le paiement se fait sur place au retrait"):
        spec = templates.read(prompt)
        assert spec.kind == "store" and spec.fits, (prompt, spec.unfit)
    for prompt in ("an online shop for my candles where people pay online with card",
                   "une boutique en ligne pour mes bougies, paiement en ligne par carte"):
        assert "online payments" in templates.read(prompt).unfit, prompt


def test_prices_are_in_the_money_the_prompt_names() -> None:
    from devora_desktop.agents.templates.dataapp import config

    for prompt, code in (
            ("cardápio da minha hamburgueria pra pedir pelo celular", "BRL"),
            ("lojinha das minhas velas, vela de lavanda R$ 35, com carrinho", "BRL"),
            ("loja online dos meus azulejos pintados à mão, com carrinho", "EUR"),
            ("menu for my cafe with a cart: latte £3, scone £2.50", "GBP"),
            ("a menu for my food truck where people build an order", "USD"),
            ("carta del mio bar con ordine, spritz 6 euro", "EUR")):
        assert config(templates.read(prompt))["currency"] == code, prompt
