"""The scored reader (agents/templates/reader.py): every cue in a prompt counts, by kind, and
it says how sure it is and which shapes it hesitated between."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from devora_desktop.agents.templates import reader

BENCH = Path(__file__).parents[2] / "bench"


def test_an_app_named_after_a_verb_of_another_shape_is_the_app() -> None:
    # the earliest cue was "log" (a tracker's); the app named is a leaderboard
    found = reader.read("Summer reading challenge for my 4th grade class - the kids log the "
                        "books they finish (title + pages) and there's a leaderboard by total "
                        "pages read.")
    assert found.shape == "leaderboard" and found.named
    assert "tracker" in [c.shape for c in found.candidates]  # still read, ranked lower
    # what the prompt says the app does first is a tracker's: unsure, it asks between them
    assert not found.rules_sure and found.rules_offered[:2] == ("leaderboard", "tracker")


def test_what_the_app_does_names_it_when_no_app_noun_does() -> None:
    found = reader.read("necesito organizar lo del campamento de verano del grupo scout: "
                        "columnas 'por hacer', 'en marcha' y 'listo', y poder arrastrar las "
                        "tarjetas de una columna a otra")
    assert found.shape == "board"
    assert found.candidates[0].tier == "feature" and not found.named
    assert not found.rules_sure and found.rules_offered[0] == "board"


def test_a_negation_removes_the_shape_it_names() -> None:
    prompt = ("Eine Seite für unseren Hofladen in Neuruppin: was wir verkaufen, Öffnungszeiten "
              "und unsere Preise. Keine Online-Bestellung, einfach eine schöne Seite.")
    found = reader.read(prompt)
    assert found.shape == "landing" and {"store", "menu"} <= set(found.removed)
    assert "store" not in [c.shape for c in found.candidates]
    # without the negation the farm shop is a shop
    assert reader.read(prompt.replace("Keine Online-Bestellung, ", "")).shape == "store"
    assert reader.read("a to-do list for the move, no kanban board").shape == "todo"
    # a rule of the app said as not wanted is not the app said as not wanted
    assert reader.read("clients book an open time slot. no double booking!").shape == "booking"


def test_an_app_noun_about_what_the_app_holds_is_its_subject() -> None:
    for prompt, shape in [
            ("dashboard for my etsy shop sales - monthly revenue, number of orders", "dashboard"),
            ("eine Statusseite für die Dienste unseres Webshops", "status"),
            ("a store with an admin dashboard", "store"),
            ("need a status page for our SaaS. components: API, Dashboard, Payments", "status")]:
        found = reader.read(prompt)
        assert (found.shape, found.rules_sure) == (shape, True), (prompt, found.candidates)


def test_a_word_inside_a_longer_phrase_of_another_shape_is_that_phrase() -> None:
    # "painel" is a dashboard, "painel de status" a status page; "Kartei" a card index,
    # "Karteikarten" flashcards
    assert reader.read("painel de status dos servidores").candidates[0].shape == "status"
    found = reader.read("Karteikarten zum Lernen für die Führerscheinprüfung")
    assert found.shape == "flashcards" and "directory" not in [c.shape for c in
                                                               found.candidates]


def test_the_same_tier_ties_go_to_the_app_named_first() -> None:
    found = reader.read("a kanban board for our chores")
    assert found.shape == "board"


def test_unsure_readings_offer_two_or_three_shapes_in_a_persons_words() -> None:
    found = reader.read("Pour ma boulangerie à Nantes : une carte avec pains, viennoiseries et "
                        "gâteaux, les clients ajoutent au panier et voient le total pour "
                        "commander et retirer le lendemain matin.")
    assert found.shape == "menu" and not found.rules_sure
    assert 2 <= len(found.rules_offered) <= 3 and set(found.rules_offered) >= {"menu", "store"}
    assert [found.label(s) for s in found.rules_offered[:2]] == [
        "a menu to order from", "a shop (browse, add to a cart)"]
    # nothing said at all: a list, and nothing to ask between (the run says it could not
    # build what was asked)
    nothing = reader.read("zxqv")
    assert nothing.shape == "directory" and nothing.sure and not nothing.named
    habits = reader.read("an app for my habits")
    assert habits.label("tracker") == "a habit tracker (log days, streaks)"
    assert habits.name("tracker") == "Habit tracker" and habits.name("board") == "Board"


def test_a_copy_of_a_product_is_sure_it_is_not_built() -> None:
    found = reader.read("an app like Uber for our village")
    assert found.beyond == "an app like Uber" and found.sure


def test_detect_keeps_its_answer_and_carries_the_reading() -> None:
    found = reader.detect("a habit tracker with streaks")
    assert (found.shape, found.named) == ("tracker", True)
    assert found.reading is not None and found.reading.sure
    assert {"habit", "tracker", "streaks"} <= set(found.reading.candidates[0].cues)


def _prompts(name: str) -> list[dict]:
    return [i for i in tomllib.loads((BENCH / name).read_text())["prompt"]
            if i["shape"] != "none"]


@pytest.mark.parametrize("name", ["quality_prompts.toml", "heldout/quality_prompts_heldout.toml",
                                  "heldout/round2/quality_prompts_heldout2.toml",
                                  "heldout/round4/quality_prompts_heldout4.toml"])
def test_a_prompt_that_names_its_app_is_rarely_asked(name: str) -> None:
    """Asking on every prompt is no answer: where an app noun names the right shape, the
    reader is sure of it in at least 9 of 10 (bench/reader.py prints the numbers)."""
    named = asked = 0
    for item in _prompts(name):
        found = reader.read(item["text"])
        if any(c.shape == item["shape"] and c.named for c in found.candidates):
            named += 1
            asked += not found.sure
    assert named and asked * 10 <= named, (asked, named)


@pytest.mark.parametrize("prompt,shape,context", [
    # an app noun in the person's context, before a request that names or describes the app
    ("I run a tiny candle shop on Etsy and want a dashboard where I type in each month's "
     "orders and see the total", "dashboard", "store"),
    ("Our pub does a quiz every Tuesday. Need a table where I put in each team's points and "
     "it ranks them by total", "leaderboard", "flashcards"),
    ("Ich habe einen kleinen Laden und möchte ein Dashboard für die Umsätze jeder Woche",
     "dashboard", "store"),
])
def test_a_noun_before_the_request_is_context(prompt: str, shape: str, context: str) -> None:
    found = reader.read(prompt)
    assert found.shape == shape
    assert all(not c.named for c in found.candidates if c.shape == context)


@pytest.mark.parametrize("prompt,shape", [
    # one short item of a list is a thing the app holds, not the app
    ("Page de statut pour la médiathèque : wifi, postes internet, imprimante, catalogue en "
     "ligne. On indique quand un truc tombe en panne", "status"),
    ("queria colunas com os fornecedores: contatado, esperando orçamento, reservado, pago — e "
     "ir arrastando cada um de uma pra outra", "board"),
])
def test_an_item_of_a_list_is_not_the_app(prompt: str, shape: str) -> None:
    assert reader.read(prompt).shape == shape


@pytest.mark.parametrize("prompt,shape,gone", [
    ("pas besoin d'un site vitrine, juste la carte de la crêperie", "menu", "landing"),
    ("no need for a shop, just a menu for our food truck", "menu", "store"),
    ("no necesito una tienda, solo una lista de tareas para la mudanza", "todo", "store"),
])
def test_what_is_said_as_not_needed_is_not_built(prompt: str, shape: str, gone: str) -> None:
    found = reader.read(prompt)
    assert found.shape == shape and gone in found.removed


@pytest.mark.parametrize("prompt,shape", [
    # what an app does, said with the language's own structures
    ("en una cara la descripción de la seta y en la otra el nombre", "flashcards"),
    ("davanti il verbo, dietro il paradigma", "flashcards"),
    ("Queremos una página donde se vea si funcionan el campus y el correo", "status"),
    ("ich will meine Touren eintragen und sehen wie viel ich pro Woche fahre", "tracker"),
    ("je voudrais noter les biberons de ma fille et voir le total", "tracker"),
    ("an app where my band tracks songs we are working on", "tracker"),
    ("Die Bewerbungen sollen durch Spalten wandern: Eingang → Gespräch → Zusage", "board"),
    ("lista pra galera se inscrever no futebol, 14 vagas, quem chegar depois fica na lista de "
     "espera", "signup"),
    ("web para anunciar que abrimos una escuela de surf y un formulario para apuntarse",
     "landing"),
    ("diario di viaggio del nostro giro in camper, una tappa al giorno, che poi lo leggono i "
     "parenti", "blog"),
])
def test_what_the_app_does_is_read_in_six_languages(prompt: str, shape: str) -> None:
    assert reader.read(prompt).shape == shape


@pytest.mark.parametrize("prompt,marked", [
    # French "note" after a determiner is a mark given, not the verb of a log (round 24's
    # ploughing contest, "les 3 juges … donnent une note sur 20", was read as a log first)
    ("Au concours de chorales, chaque juge donne une note sur 20 et on veut le classement",
     False),
    ("nos trois arbitres mettent leur note à chaque cavalier, il nous faut le classement final",
     False),
    ("je note mes dépenses de la semaine et je veux voir le total", True),
])
def test_a_mark_given_is_no_log(prompt: str, marked: bool) -> None:
    logged = [c for c in reader.read(prompt).candidates if c.shape == "tracker"
              and c.tier == "feature"]
    assert bool(logged) == marked


def test_another_shapes_feature_before_the_name_makes_it_unsure() -> None:
    # the rules' own sureness: the learned half may confirm the tracker (p >= reader.CONFIRM)
    found = reader.read("app pra horta comunitária registrar as colheitas. cada voluntário "
                        "entra com login")
    assert not found.rules_sure and "tracker" in found.rules_offered


def test_what_the_request_asks_for_first_decides_how_sure_it_is() -> None:
    # "sell" names a shop, but what is asked for in so many words is to track
    found = reader.read("I sell candles at the farmers market and want to track what I sold "
                        "each Saturday and my profit")
    assert found.wanted == ("tracker",) and not found.sure and "tracker" in found.offered
    assert reader.read("I want a habit tracker with streaks").sure


@pytest.mark.parametrize("prompt,shape", [
    # "a page" right after the asking words says the place named before is context
    ("Je tiens un food truck. J'aimerais une page où les gens voient où je suis chaque jour",
     "menu"),
])
def test_a_plain_page_asked_for_makes_the_place_before_it_context(prompt: str,
                                                                  shape: str) -> None:
    found = reader.read(prompt)
    assert not any(c.named for c in found.candidates if c.shape == shape)
    # a page that shows where the business is names one app: the page is built, sure (the
    # learned reader's menu for any food truck no longer makes it a question)
    assert found.sure and found.shape == "landing"


@pytest.mark.parametrize("prompt", [
    "Wir brauchen eine Liste, wo sich jeder einträgt, was er mitbringt: Salat, Brot, Getränke",
    "Il nous faut une page où chacun indique s'il vient aux répétitions du samedi",
])
def test_who_comes_and_who_signs_in_is_a_sign_up_sheet(prompt: str) -> None:
    assert reader.read(prompt).shape == "signup"


@pytest.mark.parametrize("prompt,shape", [
    ("Die Gartengruppe: Gießdienst im Sommer, jeder trägt sich für eine Woche ein", "signup"),
    ("for our book club, which book has the best average after everyone rates it", "leaderboard"),
])
def test_separable_verbs_and_the_best_of_are_read(prompt: str, shape: str) -> None:
    assert shape in reader.read(prompt).offered


@pytest.mark.parametrize("prompt,said", [
    ("a tetris game for my kids with high scores", "a game (tetris game)"),
    ("fammi un gioco di memoria per mio figlio", "a game"),
    # asked with the reader's own asking words, after a story (spar28 #43: "me gustaría un
    # juego de mus … al final habría una clasificación" was that ranking, approved)
    ("Somos un grupo de jubiladas y por las tardes jugamos a la brisca. Me gustaría un juego "
     "de brisca en la tableta para jugar cuando llueve, con una clasificación al final.",
     "a game"),
    ("Our care home residents love dominoes. I'd like a game of dominoes on the big screen "
     "for two teams, with a little league table at the end.", "a game"),
    ("Im Seniorentreff spielen wir gern Skat. Ich hätte gern ein Skatspiel für den Computer, "
     "für drei Spieler, mit einer Rangliste am Ende.", "a game"),
    # a video game, its noun said after or in one word (spar29 #48: "un vrai jeu vidéo de
    # plateforme", its best scores aside, was a sign-up sheet, approved)
    ("Pour la fête de l'école on voudrait un petit jeu vidéo de course, avec les meilleurs "
     "scores affichés à la fin.", "a game (petit jeu vidéo)"),
    ("Para la feria del colegio queremos un videojuego de plataformas con una tabla de "
     "récords.", "a game"),
])
def test_a_game_asked_for_is_said_as_not_built(prompt: str, said: str) -> None:
    from devora_desktop.agents import templates

    assert reader.read(prompt).beyond == said
    assert not templates.read(prompt).fits and f"they can't build {said}" in \
        templates.read(prompt).unfit
    for not_a_game in ("a game night sign-up sheet", "menu for our board game café",
                       "game scores for our chess club"):
        assert reader.read(not_a_game).beyond == "", not_a_game


@pytest.mark.parametrize("prompt,shape", [
    ("my dog walking business: clients pick a 30 min walk slot on weekdays", "booking"),
    ("Site du club de foot : présentation, horaires et un formulaire d'inscription", "landing"),
    ("a leaderboard-style page for our bakery? no — just a simple page with our story and "
     "hours", "landing"),
    ("Mi tienda de ropa vintage necesita un blog para contar la historia de cada prenda",
     "blog"),
])
def test_what_a_place_needs_and_what_it_says_no_to(prompt: str, shape: str) -> None:
    assert reader.read(prompt).shape == shape


def test_a_question_answered_no_is_only_a_no() -> None:
    assert reader.read("Can we have a leaderboard? No idea if that's possible, for our darts "
                       "club").shape == "leaderboard"


@pytest.mark.parametrize("prompt", [
    "I collect vinyl records. Want to list the ones I have: catalogue number, artist, title, "
    "price paid and status (sealed, played, sold).",
    "Ich sammle Briefmarken und will festhalten, welche ich habe: Katalognummer, Land, Jahr, "
    "Preis und Status (postfrisch, gestempelt, doppelt).",
    "Colecciono cómics y quiero apuntar los que tengo: número, título, precio y estado "
    "(nuevo, leído, vendido).",
])
def test_a_field_that_ends_a_list_with_its_choices_is_not_the_app(prompt: str) -> None:
    """"…, price paid and status (sealed, played, sold)" is a field with its choices, the last
    of the things the app holds: read as the app's noun it built a status page and approved
    it. A head with its own list ("see the menu (tacos, burritos, drinks)") is still the app."""
    found = reader.read(prompt)
    assert not (found.shape == "status" and found.sure), found.candidates
    assert reader.read("a taco truck page where people see the menu (tacos, burritos, "
                       "drinks) and order").shape == "menu"
