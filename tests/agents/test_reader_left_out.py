"""What a prompt leaves out of the app, and what it names that is the app's data rather than a
feature (agents/templates/reader.py, spec.py, shapes.py): "people don't sign up", "the app
shouldn't do that", "I do those by hand", cards in columns, an order reserved ahead, a group
people already talk in, a status page's components, the groups of a sign-up sheet. Every
prompt here is this file's own; each rule has one it must leave alone."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import dataapp, reader, shapes


@pytest.mark.parametrize("prompt,shape,gone", [
    ("A list of the plumbers and electricians our building trusts, searchable by area. "
     "Tenants don't sign up, I add them myself.", "directory", "signup"),
    ("We plan our podcast episodes as cards in columns Idea, Recording, Edited, Out. "
     "We never publish from it.", "board", "blog"),
])
def test_what_is_not_done_removes_its_shape(prompt: str, shape: str, gone: str) -> None:
    found = reader.read(prompt)
    assert found.shape == shape and gone in found.removed, found


def test_what_the_person_does_not_know_is_not_a_no() -> None:
    found = reader.read("I don't know much about apps, but I need a sign-up sheet for the "
                        "bake sale")
    assert found.shape == "signup" and "signup" not in found.removed


@pytest.mark.parametrize("prompt,shape,gone", [
    ("A board for our bike repair jobs as cards in columns Waiting, Fixing, Ready. Customers "
     "book appointments by phone; the app shouldn't do that.", "board", "booking"),
    ("Für unsere Schneiderei: Aufträge als Karten in den Spalten Neu / In Arbeit / Fertig. "
     "Termine vereinbaren die Kunden per Telefon, das soll die App nicht machen.", "board",
     "booking"),
    ("Un tableau pour l'atelier vélo, avec des cartes dans les colonnes À faire, En cours, "
     "Prêt. Les réservations, je les gère à la main.", "board", "booking"),
    ("Un tablero para el taller con tarjetas en columnas Pendiente, En curso, Listo. Las "
     "reservas las llevo yo a mano.", "board", "booking"),
    ("Um quadro para a oficina com cartões nas colunas A fazer, Fazendo, Pronto. As "
     "reservas faço eu à mão.", "board", "booking"),
    ("Un foglio iscrizioni per il torneo di scacchi: ogni giocatore si iscrive, massimo 16. "
     "La classifica la faccio io a mano.", "signup", "leaderboard"),
])
def test_what_is_left_out_of_the_app_is_not_asked(prompt: str, shape: str, gone: str) -> None:
    found = reader.read(prompt)
    assert found.shape == shape and gone in found.removed, found


def test_a_calendar_done_by_hand_is_not_reported_missing() -> None:
    spec = templates.read("Un foglio iscrizioni per il torneo di calcetto: ogni capitano iscrive "
                          "la sua squadra, massimo 12 squadre. Il calendario delle partite lo "
                          "faccio io a mano.")
    assert spec.kind == "signup" and spec.fits, spec.unfit


def test_not_needed_without_a_pronoun_removes_sign_in() -> None:
    spec = templates.read("Una bacheca tipo Trello per i lavori di casa. Non serve il login, "
                          "la uso solo io.")
    assert spec.kind == "board" and spec.fits, spec.unfit


@pytest.mark.parametrize("prompt", [
    "Orders for my cake business as cards in columns New, Baking, Ready for pickup.",
    "Cada pedido del taller es una tarjeta en las columnas Nuevo, Preparando, Listo.",
    "Die Reparaturen als Karten in den Spalten Offen / Läuft / Erledigt, bitte.",
])
def test_things_as_cards_in_columns_name_a_board(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "board" and found.named, found


@pytest.mark.parametrize("prompt", [
    "Une carte en ligne pour notre pâtisserie avec les gâteaux et leurs prix, où les clients "
    "réservent leur commande pour samedi.",
    "A page for the bakery where customers reserve their order of bread and cakes for "
    "Saturday pickup.",
    "I want customers to sign in, see the menu (tacos, burritos, drinks), add to a cart and "
    "order for pickup.",
])
def test_an_order_reserved_ahead_and_a_listed_menu_are_a_menu(prompt: str) -> None:
    assert reader.read(prompt).shape == "menu"


def test_a_table_reserved_is_still_a_booking() -> None:
    assert reader.read("Clients reserve a table for dinner at our restaurant, 30 min "
                       "slots").shape == "booking"


@pytest.mark.parametrize("prompt", [
    "Vendo online ricambi per bici: i clienti si registrano, mettono nel carrello e ordinano.",
    "Vendo online repuestos de bici: los clientes se registran, añaden al carrito y compran.",
])
def test_signing_oneself_up_is_not_a_log(prompt: str) -> None:
    assert reader.read(prompt).shape == "store"


def test_registering_rides_is_still_a_log() -> None:
    assert reader.read("Voglio registrare le mie uscite in bici con i km").shape == "tracker"


def test_a_group_people_already_talk_in_is_no_message_sent() -> None:
    spec = templates.read("Our street's WhatsApp group keeps asking for a good plumber: a list "
                          "of trades people we recommend, searchable by area")
    assert spec.kind == "directory" and "SMS or WhatsApp messages" not in spec.unsupported
    sent = templates.read("A booking page for my salon that sends a WhatsApp reminder to each "
                          "client")
    assert "SMS or WhatsApp messages" in sent.unsupported


@pytest.mark.parametrize("prompt", [
    "Queria uma lista de tarefas que grave as aulas pelo microfone e transcreva o áudio",
    "An app that records our meetings and writes the transcript, then a task list",
    "Eine App, die unsere Besprechungen aufnimmt und transkribiert, mit Aufgabenliste",
])
def test_recording_and_transcribing_is_said_as_not_built(prompt: str) -> None:
    spec = templates.read(prompt)
    assert not spec.fits and "audio or speech" in spec.unfit, spec.unfit


def test_a_status_pages_components_are_names_not_features() -> None:
    prompt = ("Status page for our shop. Components: Checkout, Login (SSO), Email "
              "notifications and Search. Each shows operational or down.")
    spec = templates.read(prompt)
    assert spec.kind == "status" and spec.fits, spec.unfit
    assert [s["name"] for s in dataapp.config(spec)["seed"]] == [
        "Checkout", "Login (SSO)", "Email notifications", "Search"]
    assert shapes.status_services("Una página de estado: Servidor principal, Mapa web y "
                                  "Discord, cada uno con su estado.") == [
        "Servidor principal", "Mapa web", "Discord"]


def test_a_status_page_without_a_list_keeps_its_sample_services() -> None:
    assert shapes.status_services("A status page for our app. It shows when things break.") \
        == []


@pytest.mark.parametrize("prompt,groups,spots", [
    ("Sign-up sheet for the school fair bake sale: people put their name under Cakes, "
     "Cookies, Bread or Drinks — max 4 per category.",
     ["Cakes", "Cookies", "Bread", "Drinks"], 4),
    ("Une feuille d'inscription pour le repas de quartier : chacun s'inscrit dans Entrées, "
     "Plats, Desserts ou Boissons, 5 maximum par catégorie.",
     ["Entrées", "Plats", "Desserts", "Boissons"], 5),
])
def test_a_sign_up_sheets_categories_are_its_rows_with_their_spots(
        prompt: str, groups: list[str], spots: int) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "signup" and spec.fits and "categories" in spec.features, spec.unfit
    seed = dataapp.config(spec)["seed"]
    assert [r["title"] for r in seed] == groups and {r["capacity"] for r in seed} == {spots}


def test_a_sign_up_sheet_without_groups_keeps_its_shifts() -> None:
    spec = templates.read("A sign-up sheet for volunteers at the beach clean, 10 spots")
    assert "categories" not in spec.features


@pytest.mark.parametrize("prompt", [
    "flashcards for my driving theory test with road sign questions",
    "des flashcards avec les questions du code de la route",
    "un quiz de culture générale : une question par carte, je la retourne pour la réponse",
])
def test_a_quizs_questions_are_its_cards_not_an_faq(prompt: str) -> None:
    spec = templates.read(prompt)
    # (a general-knowledge quiz the templates can't write is said as such, but never as an FAQ)
    assert spec.kind == "flashcards" and "FAQ" not in spec.unfit, spec.unfit


@pytest.mark.parametrize("prompt", [
    "a landing page for my app with an FAQ",
    "una landing para mi curso con preguntas frecuentes",
    "une page de présentation pour mon gîte avec les questions fréquentes",
    "eine Landingpage für unsere App mit häufigen Fragen",
    "a landing page for my bakery that answers the questions people ask",
])
def test_an_faq_asked_by_name_is_said_as_not_built_on_a_landing_page(prompt: str) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "landing" and "an FAQ" in spec.unfit, spec.unfit
