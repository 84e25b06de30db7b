"""What an offline page takes from its visitors says where it goes, in every language, and
what it can't take is said as not built (walk24 #11, #12, #15, #19, #23). Every prompt here
is this file's own."""

from __future__ import annotations

import html
import json
import re

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import i18n
from devora_desktop.agents.templates.spec import ORDERS_SENT


def _config(files: dict[str, str]) -> dict:
    text = files["config.js"]
    return json.loads(text[text.index("{"):text.rindex("}") + 1])


@pytest.mark.parametrize("prompt,lang", [
    ("an ordering page for my food truck: burrito $9, taco $3.50, horchata $4", "en"),
    ("la carte de ma crêperie avec commande en ligne : complète 8 €, sucre 3 €", "fr"),
    ("carta de mi bar con pedidos online: bravas 4,50 €, caña 2 €", "es"),
    ("Speisekarte für unseren Imbiss mit Online-Bestellung: Currywurst 4,50 €, Pommes 3 €", "de"),
    ("cardápio da minha hamburgueria com pedido online: X-burger R$ 25, refri R$ 7", "pt"),
    ("menù della mia pizzeria con ordinazioni online: margherita 7 €, diavola 8,50 €", "it"),
])
def test_an_ordering_page_says_where_its_orders_go(prompt: str, lang: str) -> None:
    """One rule for every web menu that takes orders, "online" said or not: approved, the run
    and the page both saying the orders stay in this browser."""
    spec = templates.read(prompt)
    assert spec.kind == "menu" and spec.lang == lang and spec.fits, spec.unfit
    assert templates.kept_note(spec, "web") == templates.ORDERS_KEPT
    files = templates.all_files("menu", "web", spec.name, spec)
    said = _config(files)["t"]["orderNote"]  # under the order, in the page's language
    assert said in (i18n.UI["orderNote"][i18n.LANGS.index(lang)],
                    i18n.UI["payNote"][i18n.LANGS.index(lang)])


def test_a_page_with_no_cart_still_says_its_online_orders_are_not_built() -> None:
    spec = templates.read("page d'accueil de ma pizzeria avec commande en ligne")
    assert spec.kind == "landing" and ORDERS_SENT in spec.unsupported, spec.unfit


@pytest.mark.parametrize("prompt,lang,button", [
    ("a homepage for my pottery workshop with prices and registration", "en", "Sign up"),
    ("une page d'accueil pour mon atelier de cuisine avec les prix et les inscriptions", "fr",
     "S'inscrire"),
    ("página web para mi centro de yoga con precios y un formulario de inscripción", "es",
     "Inscríbete"),
    ("Landingpage für meinen Töpferkurs mit Preisen und Anmeldung", "de", "Anmelden"),
    ("página inicial do meu estúdio de dança com preços e inscrição", "pt", "Inscreva-se"),
    ("pagina per il mio laboratorio di ceramica con i prezzi e un modulo di iscrizione", "it",
     "Iscriviti"),
])
def test_a_sign_up_asked_on_a_page_is_its_form_saying_where_it_goes(prompt: str, lang: str,
                                                                     button: str) -> None:
    """A place's page asked for a registration gets the waitlist's form, worded as a sign-up,
    with its line that the sign-ups stay in this browser; no stock monthly plans."""
    spec = templates.read(prompt)
    assert spec.kind == "landing" and spec.lang == lang and spec.fits, spec.unfit
    page = templates.all_files("landing", "web", spec.name, spec)["index.html"]
    assert 'id="waitlist-form"' in page and html.escape(button) in page
    assert html.escape(i18n.pick(i18n.LANDING["where"], lang)) in page
    assert 'id="pricing"' in page and not re.search(r"</strong> / ", page)  # no "€19 / mois"
    assert "a sign-up form" in templates.summary(spec, "web")


@pytest.mark.parametrize("prompt,lang", [
    ("une page d'accueil pour mon cabinet de kiné avec mes tarifs et un bouton pour prendre "
     "rendez-vous", "fr"),
    ("página de mi consulta de psicología con tarifas y un botón para pedir cita", "es"),
    ("Website für meine Physiopraxis mit Preisen und Online-Terminbuchung", "de"),
    ("site do meu estúdio de pilates com preços e um botão para marcar aula", "pt"),
    ("sito per il mio studio di fisioterapia con tariffe e un pulsante per prenotare un "
     "appuntamento", "it"),
    ("a homepage for my physio practice with prices and a button to book an appointment", "en"),
])
def test_an_appointment_asked_on_a_page_is_said_as_not_built(prompt: str, lang: str) -> None:
    """No landing page books a time, in any language (only English said so), and the button
    asked for is never priced as a service ("Bouton — prix sur demande")."""
    spec = templates.read(prompt, shape="landing")
    assert spec.lang == lang and "bookings" in spec.unsupported, spec.unfit
    page = templates.all_files("landing", "web", spec.name, spec)["index.html"]
    assert not re.search(r"<h3>(?:Bouton|Botón|Button|Botão|Pulsante)", page)


@pytest.mark.parametrize("prompt", [
    "a sign-up sheet for the school bake sale: cakes, cookies, drinks",
    "feuille d'inscription pour la fête de l'école : gâteaux, boissons, rangement",
    "hoja de inscripción para la comida del barrio: tortillas, bebidas, postres",
    "Helferliste für das Sommerfest: Kuchen, Grill, Aufbau",
    "lista de inscrição para o churrasco da turma: carne, bebidas, sobremesa",
    "foglio iscrizioni per la cena di classe: primi, dolci, bevande",
])
def test_a_sheet_shows_no_date_or_limit_nobody_gave(prompt: str) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "signup", spec.kind
    seed = _config(templates.all_files("signup", "web", spec.name, spec))["seed"]
    assert len(seed) == 3 and all(not r["date"] and r["capacity"] is None for r in seed), seed


@pytest.mark.parametrize("prompt,services", [
    ("Statusseite für unsere Dienste: Webshop, Zahlung, Versand, mit Verfügbarkeit der letzten "
     "30 Tage", ["Webshop", "Zahlung", "Versand"]),
    ("status page for our services: website, API, email, with uptime for the last 90 days",
     ["Website", "API", "Email"]),
    ("página de estado de nuestros servicios: web, app, pagos, con disponibilidad de los últimos "
     "90 días", ["Web", "App", "Pagos"]),
    ("pagina di stato dei nostri servizi: sito, app, pagamenti, con disponibilità degli ultimi "
     "90 giorni", ["Sito", "App", "Pagamenti"]),
])
def test_a_status_pages_span_is_no_service_and_no_name(prompt: str, services: list[str]) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "status" and not re.search(r"\d", spec.name), spec.name
    seed = _config(templates.all_files("status", "web", spec.name, spec))["seed"]
    assert [r["name"] for r in seed] == services
