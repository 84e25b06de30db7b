"""The offline reader's learned half (agents/templates/learned.py) and how the two halves
agree (reader.agreed): the committed model loads, reads clear prompts right, is what
bench/train_reader.py makes of the labelled prompts, and a reading is sure only when both
halves agree; when they differ both shapes are offered. The prompts here are this file's
own, not the training set's."""

from __future__ import annotations

import dataclasses
import gzip
import importlib.util
import json
from pathlib import Path

import pytest

from devora_desktop.agents.templates import learned, reader

TRAIN = Path(__file__).parents[2] / "bench" / "train_reader.py"


@pytest.mark.parametrize("prompt,shape", [
    ("a habit tracker for drinking water with a streak for each day", "tracker"),
    ("un tableau kanban pour l'équipe avec des colonnes à faire, en cours, fini", "board"),
    ("Quiero una página donde los clientes reserven una hora para cortarse el pelo",
     "booking"),
    ("Karteikarten zum Vokabellernen: vorne Deutsch, hinten Englisch, umdrehen", "flashcards"),
    ("uma calculadora de gorjeta para dividir a conta entre amigos", "calculator"),
    ("una pagina di stato che mostra se i nostri server sono attivi", "status"),
])
def test_the_model_reads_clear_prompts(prompt: str, shape: str) -> None:
    guess = learned.guess(prompt)
    assert guess.shape == shape, guess.ranked[:3]
    assert 0.5 < guess.p <= 1.0
    assert abs(sum(p for _, p in guess.ranked) - 1.0) < 1e-9


def test_the_training_script_makes_the_committed_model() -> None:
    """Retrained from the labelled prompts with the committed smoothing and temperature, the
    counts are the file's, byte for byte (a labelled set changed: run bench/train_reader.py)."""
    spec = importlib.util.spec_from_file_location("train_reader", TRAIN)
    train_reader = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train_reader)
    committed = learned.MODEL.read_bytes()
    data = json.loads(gzip.decompress(committed))
    assert data["alpha"] == train_reader.ALPHA
    fresh = learned.train(train_reader.pairs(train_reader.labelled()), data["alpha"],
                          data["temperature"])
    assert learned.dumps(fresh) == committed


def _sure(prompt: str) -> reader.Reading:
    found = reader.read(prompt)
    assert found.rules_sure and found.shape == "board", (found.shape, found.rules_sure)
    return found


KANBAN = "I want a kanban board with columns to do, doing, done and cards I drag between them"


def test_both_halves_agreeing_is_sure() -> None:
    found = dataclasses.replace(_sure(KANBAN), learned=learned.Guess(
        (("board", 0.95), ("todo", 0.05))))
    assert found.sure


def test_a_disagreement_is_unsure_and_offers_both() -> None:
    """The rules read a board; the learned reader a tracker: not sure, and both offered,
    the rules' first while the learned reader is not sure enough to lead. (Read as if its
    noun did not head it: a prompt that asks for its one app alone and says a thing it does
    stays sure, see test_reader_fit21.)"""
    found = dataclasses.replace(_sure(KANBAN), headed=(), wanted=(), learned=learned.Guess(
        (("tracker", 0.6), ("board", 0.4))))
    assert not found.sure
    assert found.offered[:2] == ("board", "tracker")


def test_a_confident_learned_reader_leads_the_choices() -> None:
    """Very sure and not the rules' shape: its shape is offered first, so it is what is
    built when nobody can answer (agents/shape_question.py). (Read as if its noun did not
    head it, as above.)"""
    found = dataclasses.replace(_sure(KANBAN), headed=(), wanted=(), learned=learned.Guess(
        (("tracker", 0.97), ("board", 0.03))))
    assert not found.sure
    assert found.offered[:2] == ("tracker", "board")


def test_a_lukewarm_agreement_is_unsure() -> None:
    # read as if its noun did not head it: a prompt that asks for its one app alone is sure
    # at a lukewarm agreement (reader.HEADED_AGREE), any other needs AGREE when a word of the
    # prompt points to the other shape (here a to-do list, by a thing it does) …
    lukewarm = dataclasses.replace(_sure(KANBAN), headed=(), wanted=(), learned=learned.Guess(
        (("board", reader.AGREE - 0.1), ("todo", 1.1 - reader.AGREE))))
    found = dataclasses.replace(lukewarm, candidates=(*lukewarm.candidates, reader.Candidate(
        "todo", reader.FEATURE, len(KANBAN), "feature", ("tick off",), 1)))
    assert not found.sure and found.offered[0] == "board"
    # … while a lean to a shape nothing in the prompt points to is no choice (Reading.unsplit)
    assert lukewarm.sure and lukewarm.shape == "board"


@pytest.mark.parametrize("p,sure", [(reader.CONFIRM, True), (reader.CONFIRM - 0.02, False)])
def test_a_rules_guess_is_sure_only_when_the_learned_reader_is_very_sure(
        p: float, sure: bool) -> None:
    assert reader.agreed("tracker", False, ("tracker", "todo"), learned.Guess(
        (("tracker", p), ("todo", 1 - p)))) == (sure, ("tracker", "todo"))


def test_a_rule_that_decided_is_not_asked_about() -> None:
    assert reader.agreed("directory", True, ("directory", "tracker"), learned.Guess(
        (("store", 0.99), ("directory", 0.01))), decided=True)[0]


def test_none_from_the_learned_reader_keeps_the_rules_choices() -> None:
    assert reader.agreed("menu", True, ("menu", "store"), learned.Guess(
        (("none", 0.99), ("menu", 0.01)))) == (False, ("menu", "store"))


def test_a_short_prompt_that_names_its_app_stays_sure() -> None:
    """A few words give the learned reader little to weigh: its lukewarm doubt does not undo
    a sure rules reading ("a todo app with due dates"), a sure other shape still does."""
    lukewarm = learned.Guess((("tracker", 0.23), ("todo", 0.12)), words=6)
    assert reader.agreed("todo", True, ("todo", "directory"), lukewarm) == (
        True, ("todo", "directory"))
    other = learned.Guess((("tracker", 0.95), ("todo", 0.05)), words=6)
    assert reader.agreed("todo", True, ("todo", "directory"), other) == (
        False, ("tracker", "todo", "directory"))
    longer = dataclasses.replace(lukewarm, words=reader.SHORT + 1)
    assert not reader.agreed("todo", True, ("todo", "directory"), longer)[0]
    found = reader.read("a todo app with due dates")
    assert found.sure and found.learned.words == 6


def test_an_unsure_rules_guess_gives_way_to_a_likelier_learned_shape() -> None:
    """On a fresh prompt an unsure rules reading is right less often than the learned
    reader: past OVERRIDE_UNSURE the learned shape is offered first (built when nobody
    answers); on a SHORT prompt, which gives the learned reader little to weigh, only past
    OVERRIDE."""
    p = (reader.OVERRIDE_UNSURE + reader.OVERRIDE) / 2
    longer = learned.Guess((("dashboard", p), ("board", 1 - p)), words=reader.SHORT + 8)
    assert reader.agreed("board", False, ("board", "directory"), longer) == (
        False, ("dashboard", "board", "directory"))
    short = dataclasses.replace(longer, words=reader.SHORT)
    assert reader.agreed("board", False, ("board", "directory"), short) == (
        False, ("board", "dashboard", "directory"))
    sure = reader.agreed("board", True, ("board", "directory"), longer)
    assert sure == (False, ("board", "dashboard", "directory"))


@pytest.mark.parametrize("prompt,shape", [
    # a word of several senses opens them; what follows says which app it is
    ("Un tablero con gráficos de mis horas de estudio por semana: lunes 3, martes 2, "
     "miércoles 4", "dashboard"),
    ("Je voudrais un tableau où je note ma glycémie chaque matin et chaque soir, avec la "
     "moyenne de la semaine", "tracker"),
])
def test_an_everyday_board_word_is_built_as_what_the_prompt_describes(
        prompt: str, shape: str) -> None:
    """The rules read the opening "tablero"/"tableau" as a board; the learned reader, which
    weighs a prompt's first words again (learned.HEAD) beside everything said after them,
    reads the app described, and that is what a run nobody answers builds. (A board "with
    charts" is a dashboard to the rules too now: then they read it so themselves.)"""
    found = reader.read(prompt)
    assert (found.shape if found.sure else found.offered[0]) == shape
    if found.shape == "board":
        assert not found.sure and "board" in found.offered


def test_a_prompts_first_words_are_its_head_features() -> None:
    got = learned.features("Un tablero con gráficos de ventas")
    assert {"^=un", "^=tablero", "^=graficos", "^ tab", "^ero "} <= set(got)
    assert "^=ventas" not in got and "=ventas" in got


@pytest.mark.parametrize("prompt,head,not_head", [
    # the words after a salutation open the prompt, not the greeting
    ("Hallo ihr Lieben, mein Opa zieht bald zu uns", {"^=mein", "^=opa"}, {"^=hallo", "^=ihr"}),
    ("Boa tarde pessoal! Somos um rancho folclórico", {"^=somos", "^=rancho"},
     {"^=tarde", "^=pessoal"}),
    # and what the request names after a story counts as opening words too
    ("Mein Opa zieht bald zu uns und es gibt viel zu tun. Ich bräuchte eine einfache "
     "Aufgabenliste zum Abhaken", {"^=einfache", "^=aufgabenliste"}, {"^=zum", "^=ich"}),
    ("Nuestra peña cuenta las bolsas de basura del río y nos gustaría un panel con totales",
     {"^=panel", "^=totales"}, set()),
])
def test_a_prompts_head_is_what_it_opens_and_asks_with(prompt: str, head: set[str],
                                                       not_head: set[str]) -> None:
    got = set(learned.features(prompt))
    assert head <= got and not (not_head & got)


def test_what_is_said_as_not_wanted_is_blank_to_the_learned_reader() -> None:
    """A shape said as not wanted votes for nothing: the n-grams weigh every word alike."""
    prompt = ("Ich bräuchte eine Aufgabenliste für den Umzug. Bitte kein Verzeichnis der "
              "Pflegedienste und keine Terminbuchung.")
    read = reader.for_learned(prompt)
    assert len(read) == len(prompt) and "Aufgabenliste" in read
    assert "Verzeichnis" not in read and "Terminbuchung" not in read


@pytest.mark.parametrize("prompt,gone,kept", [
    # who may see the app, said with a booking word, votes for no booking (round 25: p 0.83)
    ("un annuaire des apiculteurs réservé aux adhérents connectés", "réservé", "annuaire"),
    ("a members list reserved for logged-in members", "reserved", "members list"),
    ("elenco dei fornitori riservato ai soci", "riservato", "elenco"),
    # … and a slot reserved for someone is still what a booking holds
    ("le créneau est réservé à Paul", "", "réservé"),
])
def test_who_may_see_the_app_is_blank_to_the_learned_reader(prompt: str, gone: str,
                                                              kept: str) -> None:
    read = reader.for_learned(prompt)
    assert len(read) == len(prompt) and kept in read
    assert not gone or gone not in read
