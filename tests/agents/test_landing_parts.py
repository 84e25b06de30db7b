"""A landing page builds the parts a page can have offline, and says them as what they are
(round 15: "Fotos" ended "can't build image uploads on a landing page", "botão de contato no
whatsapp" "can't build SMS or WhatsApp messages", "un formulario de contacto" "can't build a
contact form"): photos are a gallery of placeholders the person replaces, WhatsApp a wa.me
link, a contact form opens the visitor's own e-mail app. What the page would send by itself
(reminders, confirmations, SMS) is still said as not built. Every prompt here is this file's
own."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import web
from devora_desktop.agents.templates.spec import CONTACT_FORM
from devora_desktop.core.preview import PreviewServer
from tests.agents.chromium import CHROMIUM, Browser
from tests.agents.interactions import js, write_web_app


@pytest.mark.parametrize("prompt,lang", [
    ("a one-page site for my cake shop with a gallery of our wedding cakes", "en"),
    ("une page de présentation pour mon atelier de reliure, avec des photos de mes carnets",
     "fr"),
    ("landing para mi peluquería canina con fotos de los perros y el horario", "es"),
    ("Landingpage für mein Fotostudio mit Galerie und Öffnungszeiten", "de"),
    ("site de apresentação do meu ateliê de cerâmica com portfólio", "pt"),
    ("landing page per il mio studio di tatuaggi con le foto dei lavori", "it"),
])
def test_photos_on_a_landing_are_a_gallery_not_image_uploads(prompt: str, lang: str) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "landing" and spec.lang == lang and spec.fits, spec.unfit
    files = templates.all_files("landing", "web", spec.name, spec)
    photos = [p for p in files if p.startswith("photos/")]
    assert len(photos) == web.GALLERY_SIZE and 'id="gallery"' in files["index.html"]
    assert all(f'src="{p}"' in files["index.html"] for p in photos)
    assert "photo gallery" in templates.summary(spec, "web")


@pytest.mark.parametrize("prompt,number", [
    ("landing page for my tattoo studio with a WhatsApp button: +44 7700 900123", "447700900123"),
    ("landing page pour mon food truck avec un bouton WhatsApp", ""),
    ("landing para mi academia de guitarra con botón de WhatsApp 34 612 345 678",
     "34612345678"),
    ("Landingpage für meinen Hundesalon mit Kontakt per WhatsApp", ""),
    ("landing page do meu salão com botão de contato no whatsapp (11) 98765-4321", "11987654321"),
    ("pagina per il mio b&b con un pulsante whatsapp per le domande", ""),
])
def test_whatsapp_on_a_landing_is_a_link_to_the_chat(prompt: str, number: str) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "landing" and spec.fits, spec.unfit
    page = templates.all_files("landing", "web", spec.name, spec)["index.html"]
    assert f'href="https://wa.me/{number}"' in page
    # no number given: the page says one is to be added, never invents it
    assert (number == "") == ("WhatsApp" in page and 'class="muted">(' in page)


@pytest.mark.parametrize("prompt", [
    "landing page for my yoga classes with a contact form",
    "page d'accueil pour mon cabinet avec un formulaire de contact",
    "landing para mi taller de cerámica con formulario de contacto, info@barro.es",
    "Landingpage für meine Nachhilfe mit Kontaktformular",
    "landing page da minha escola de surf com formulário de contato",
    "landing per il mio agriturismo con modulo di contatto",
])
def test_a_contact_form_on_a_landing_opens_the_visitors_mail_app(prompt: str) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "landing" and spec.fits and CONTACT_FORM not in spec.unsupported
    page = templates.all_files("landing", "web", spec.name, spec)["index.html"]
    assert 'id="contact-form"' in page
    assert "opens the visitor's own e-mail app" in templates.summary(spec, "web")


@pytest.mark.parametrize("prompt", [
    # what the page would send by itself stays not built
    "landing page for my salon that sends WhatsApp reminders before each appointment",
    "landing page pour mon club, avec confirmation par WhatsApp à chaque inscription",
    "Landingpage für meine Praxis, die Terminerinnerungen per WhatsApp verschickt",
    "landing para mi gimnasio con avisos por SMS",
])
def test_messages_the_page_would_send_itself_are_still_not_built(prompt: str) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "landing" and not spec.fits and "whatsapp" not in spec.features, (
        spec.kind, spec.unsupported)


def test_no_prices_said_is_no_pricing_grid() -> None:
    for prompt in ("Landingpage für meine Töpferkurse: Kursbeschreibung, Fotos. Keine Preise "
                   "bitte.", "a landing page for my bakery, no prices please",
                   "página para mi taller, sin precios"):
        spec = templates.read(prompt)
        assert "pricing" not in spec.asked and 'id="pricing"' not in templates.all_files(
            "landing", "web", spec.name, spec)["index.html"], prompt


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_parts_work_in_the_page(browser: Browser, tmp_path: Path) -> None:
    spec = templates.read("landing para mi taller de cerámica en Sevilla, con fotos, botón de "
                          "WhatsApp 34 612 345 678 y formulario de contacto, info@barro.es")
    assert spec.fits, spec.unfit
    server = PreviewServer(write_web_app(tmp_path, spec))
    try:
        page = browser.page()
        page.open(server.url + "index.html", settle=0.5)
        loaded = js(page, "[...document.querySelectorAll('#gallery img')].map((i) => "
                          "i.complete && i.naturalWidth > 0)")
        wa = js(page, "document.querySelector('#whatsapp').href")
        # an empty message is refused, a written one opens the mail app addressed to them
        js(page, "document.querySelector('#contact-form').requestSubmit()")
        refused = js(page, "document.querySelector('#contact-status').textContent")
        js(page, """(() => { const f = document.querySelector('#contact-form');
          f.elements.name.value = 'Ana'; f.elements.message.value = '¿Hay clases el sábado?';
          document.querySelector('#mail-open').addEventListener('click',
            (e) => e.preventDefault());
          f.requestSubmit(); })()""")
        mail = js(page, "document.querySelector('#mail-open').href")
        said = js(page, "document.querySelector('#contact-status').textContent")
        assert page.errors == []
        page.close()
    finally:
        server.stop()
    assert loaded == [True] * web.GALLERY_SIZE and wa == "https://wa.me/34612345678"
    assert refused and "correo" in said and "envía" not in said.split(":")[0]
    url = urlparse(mail)
    assert url.scheme == "mailto" and unquote(url.path) == "info@barro.es"
    assert parse_qs(url.query)["body"] == ["¿Hay clases el sábado?"]


@pytest.mark.parametrize("prompt,hours", [
    # the place's own word, not only "panetteria"/"barber" (review25 #25: an approved page with
    # no hours, or its days dropped)
    ("Sito per il mio panificio Il Forno a Bari, aperto dal martedì alla domenica dalle 7 alle 20",
     "dal martedì alla domenica dalle 7 alle 20"),
    ("site para a minha barbearia no centro de Campinas, aberta de terça a sábado das 9h às "
     "19h, corte 40 reais e barba 30 reais", "de terça a sábado das 9h às 19h"),
])
def test_a_place_site_holds_the_hours_it_is_open(prompt: str, hours: str) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "landing" and spec.fits, spec.unfit
    assert hours in templates.all_files("landing", "web", spec.name, spec)["index.html"]
