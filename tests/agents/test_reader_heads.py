"""What a prompt asks for, read from how the request is built rather than from the loudest word
in it (agents/templates/reader.py): casual English, numbers typed in and a result given back,
a device to control, what is put off to later, a page's own navigation menu. Every prompt here
is this file's own; each rule has prompts in the six languages and one it must leave alone."""

from __future__ import annotations

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates import reader, shapes


def test_casual_english_is_read_as_english_with_its_apostrophes() -> None:
    assert shapes.mend("can u make me a thing, i dont need a blog. Im new") == (
        "can you make me a thing, i don't need a blog. I'm new")
    # "im" is German, "its" and "lets" are words of their own: left alone
    assert shapes.mend("Ich bin im Garten, dont") == "Ich bin im Garten, dont"
    assert shapes.mend("it lets me see its total") == "it lets me see its total"
    found = reader.read("site for my band pls, dont need a shop or anything, just who we are "
                        "and our gigs")
    assert "store" in found.removed and found.shape != "store"


@pytest.mark.parametrize("prompt", [
    "lunch with coworkers friday: want a little thing where i type the total, the tip % and "
    "how many we are and it tells me what each one pays",
    "Pour les courses à plusieurs : je tape le total et le nombre de personnes et ça me donne "
    "la part de chacun.",
    "Algo rápido para la cena de amigos: escribo el total y cuántos somos y me dice cuánto "
    "pone cada uno.",
    "Für den Grillabend: ich tippe die Summe und die Anzahl der Leute und es sagt mir, was "
    "jeder zahlt.",
    "Pro churrasco da galera: digito o total e quantas pessoas e me dá quanto cada um paga.",
    "Per la cena di classe: inserisco il conto e quanti siamo e mi dice quanto paga ognuno.",
])
def test_numbers_typed_in_and_a_result_given_back_is_a_calculator(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "calculator" and found.candidates[0].tier == "feature", found


def test_entries_shown_back_are_not_a_calculator() -> None:
    found = reader.read("I want to log my swims each morning and it shows me the weekly total")
    assert found.shape == "tracker"


@pytest.mark.parametrize("prompt", [
    "I have an Arduino with a relay on the porch light. Make me a web page to switch it on "
    "and off from my phone, plus a dashboard of when it was on.",
    "J'ai un ruban LED sur un ESP32 : je voudrais une page pour changer la couleur et "
    "allumer ou éteindre depuis le wifi.",
    "Tengo un Raspberry Pi con una tira LED y quiero una web para encender y apagar las luces "
    "y elegir el color.",
    "Wir haben smarte Steckdosen von Shelly. Ich hätte gern eine Seite, mit der wir sie übers "
    "WLAN ein- und ausschalten, mit einer Übersicht im Dashboard.",
    "Tenho um ESP8266 com uma fita de LED e queria uma página pra ligar a luz e mudar o "
    "brilho pelo wifi.",
    "Ho un Arduino con una striscia LED: vorrei una pagina per accendere, spegnere e "
    "cambiare la luminosità dal telefono.",
])
def test_an_app_that_controls_a_device_is_said_as_not_built(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.beyond.startswith("an app that controls a device"), found
    spec = templates.read(prompt, "web")
    assert not spec.fits and "controls a device" in spec.beyond


def test_a_device_only_kept_in_a_list_is_not_controlled() -> None:
    found = reader.read("Our robotics club lends Arduino kits and LED strips: a tracker of "
                        "who borrowed which kit and when it comes back")
    assert found.beyond == "" and found.shape == "tracker"


@pytest.mark.parametrize("prompt,shape,later", [
    ("A to-do list for the move. A leaderboard of who packed most would be fun later, but "
     "not now.", "todo", "leaderboard"),
    ("Une liste de tâches pour le déménagement. Un tableau de bord, peut-être plus tard.",
     "todo", "dashboard"),
    ("Una lista de tareas para la mudanza. Un blog para contarlo, quizás más adelante.",
     "todo", "blog"),
    ("Eine Aufgabenliste für den Umzug. Ein Blog dazu wäre schön, aber nicht jetzt.",
     "todo", "blog"),
    ("Uma lista de tarefas pra mudança. Uma loja online talvez mais tarde.", "todo", "store"),
    ("Una lista delle cose da fare per il trasloco. Un blog magari più avanti.", "todo",
     "blog"),
])
def test_what_is_put_off_to_later_is_not_asked_for_now(prompt: str, shape: str,
                                                         later: str) -> None:
    found = reader.read(prompt)
    assert found.shape == shape and later in found.removed, found


@pytest.mark.parametrize("prompt", [
    "A little shop for my pottery, with a cart; in the top menu put 'About me' too.",
    "Une petite boutique pour mes bougies avec un panier ; dans le menu de navigation, une "
    "page « Qui suis-je ».",
    "Una tiendita para mis velas con carrito, y en el menú superior un enlace a 'Sobre mí'.",
    "Ein Lädchen für meine Kerzen mit Warenkorb; in der Menüleiste auch 'Über mich'.",
    "Uma lojinha pras minhas velas com carrinho, e no menu de navegação um link 'Sobre mim'.",
    "Un negozietto per le mie candele con il carrello; nel menu principale anche 'Chi sono'.",
])
def test_a_pages_own_navigation_menu_is_not_food_to_order(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "store" and "menu" not in [c.shape for c in found.candidates], found


def test_a_menu_of_dishes_is_still_a_menu() -> None:
    found = reader.read("A menu for my taco truck where people build their order")
    assert found.shape == "menu"


@pytest.mark.parametrize("prompt", [
    "Un panel para la peluquería que enseñe las citas de hoy y lo facturado esta semana",
    "An admin panel for my bakery: today's orders and this week's takings",
])
def test_a_panel_is_a_dashboard_and_the_place_after_it_its_subject(prompt: str) -> None:
    found = reader.read(prompt)
    assert found.shape == "dashboard" and found.named, found


def test_a_solar_panel_is_not_a_dashboard() -> None:
    found = reader.read("A tracker for what our solar panels produce each day")
    assert found.shape == "tracker"
