"""A quiz asked for is a quiz (walk14 #2, walk15 #8): named for its topic, as many questions as
asked for the person to write, multiple choice when asked (the choices offered, the picked one
scored), and a score that is the app's own, never a field. Prompts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config
from tests.agents.interactions import js, reload
from tests.agents.test_prompt_seeds import opened


@pytest.mark.parametrize(("prompt", "name", "count", "choices"), [
    ("a 12-question multiple choice quiz about the solar system with a score at the end",
     "Solar system · Quiz", 12, True),
    ("quiz de 6 questions sur l'histoire de France, compter les bonnes et mauvaises réponses",
     "Histoire de France · Quiz", 6, False),
    ("un quiz de 10 preguntas sobre la historia de México con opción múltiple",
     "Historia de México · Quiz", 10, True),
    ("Quiz über die Planeten mit 7 Fragen und Punktestand", "Planeten · Quiz", 7, False),
    ("questionário? não: um quiz de 9 perguntas sobre vinhos do Douro, múltipla escolha",
     "Vinhos do Douro · Quiz", 9, True),
    ("quiz per la serata: 15 domande di cultura generale con punteggio",
     "Cultura generale · Quiz", 15, False),
])
def test_a_quiz_has_its_topic_its_count_and_its_choices(prompt: str, name: str, count: int,
                                                        choices: bool) -> None:
    spec = templates.read(prompt)
    cfg = config(spec)
    assert (spec.kind, cfg["name"]) == ("flashcards", name)
    seed = cfg["seed"]
    assert len(seed) == count and not any(r.get("_example") for r in seed), seed
    assert all(str(i) in r["front"] for i, r in enumerate(seed, 1)), seed  # "Question 3 …"
    labels = [x["label"] for x in cfg["fields"]]
    # the score is the app's, never a column; the count ends in no name and no field
    assert not any(w in " ".join(labels).lower()
                   for w in ("score", "punt", "pontua", "compter", str(count))), labels
    assert bool(cfg["opts"].get("choices")) == choices and len(labels) == (5 if choices else 2)


def test_a_score_phrase_is_never_a_side_of_a_card() -> None:
    """walk15 #8: "richtig/falsch zählen" was a third side."""
    for prompt in ("Vokabeltrainer Spanisch: Karteikarten mit Wort und Übersetzung, "
                   "richtig/falsch zählen",
                   "flashcards for my biology exam: term, definition, count right and wrong"):
        labels = [x["label"] for x in config(templates.read(prompt))["fields"]]
        assert len(labels) == 2, labels


@pytest.mark.parametrize("prompt,name", [
    # walk25 #10: what its answers are was part of its name ("Divina Commedia con risposte a")
    ("Quiz sulla Divina Commedia con risposte a scelta multipla", "Divina Commedia · Quiz"),
    ("Quiz sur la Révolution française avec réponses à choix multiples",
     "Révolution française · Quiz"),
    ("Quiz sobre el Quijote con respuestas de opción múltiple", "Quijote · Quiz"),
    ("Quiz sobre a Segunda Guerra com respostas de múltipla escolha", "Segunda Guerra · Quiz"),
    ("Quiz on the solar system with answers in multiple choice", "Solar system · Quiz"),
    ("Quiz über Goethe mit Antworten als Mehrfachauswahl", "Goethe · Quiz"),
])
def test_how_a_quiz_is_answered_is_no_part_of_its_name(prompt: str, name: str) -> None:
    assert templates.read(prompt).name == name


def test_a_capitals_quiz_asks_capitals_then_leaves_the_rest_to_write() -> None:
    """A topic the templates hold questions for (capitals) starts with them, each with three
    other capitals as wrong answers when multiple choice is asked."""
    # (the countries are named in the app's language: an English quiz asks about Germany,
    # not Deutschland; the templates hold eight of them)
    seed = config(templates.read("quiz on European capitals, multiple choice, 10 questions"))[
        "seed"]
    assert len(seed) == 10 and ("Germany", "Berlin") in [(r["front"], r["back"])
                                                         for r in seed]
    assert all(r["back"] not in (r["wrong1"], r["wrong2"], r["wrong3"]) for r in seed[:8])
    assert seed[8]["front"].startswith("Question 9")


def test_a_multiple_choice_quiz_offers_the_answers_and_scores_the_pick(tmp_path: Path) -> None:
    """A question written in the manage form is asked with its four answers; the right pick
    turns green and counts, a wrong pick on the next one does not; the score stays after a
    reload."""
    spec = templates.read("quiz sulla geografia dell'Europa, 2 domande a scelta multipla")
    with opened(tmp_path, spec) as page:
        assert "Domanda 1" in js(page, "document.querySelector('#card .face').textContent")
        # not yet written: the card is a flash card, no choices from empty answers
        assert js(page, "document.querySelector('#choices')") is None
        for i, (q, right, wrong) in enumerate((("Capitale della Francia?", "Parigi",
                                                ("Lione", "Nizza", "Lilla")),
                                               ("Capitale del Portogallo?", "Lisbona",
                                                ("Porto", "Faro", "Braga")))):
            js(page, f"""(() => {{
              document.querySelector('details.manage').open = true;
              document.querySelectorAll('#rows tr')[{i}].querySelector('.actions button').click();
              const form = document.querySelector('form.editor');
              const set = (k, v) => {{ form.querySelector(`[name=${{k}}]`).value = v; }};
              set('front', {q!r}); set('back', {right!r});
              set('wrong1', {wrong[0]!r}); set('wrong2', {wrong[1]!r}); set('wrong3', {wrong[2]!r});
              form.requestSubmit(); }})()""")
        offered = js(page, "[...document.querySelectorAll('#choices .choice')].map(b => "
                           "b.textContent)")
        assert sorted(offered) == ["Lilla", "Lione", "Nizza", "Parigi"], offered
        js(page, "[...document.querySelectorAll('#choices .choice')].find(b => "
                 "b.textContent === 'Parigi').click()")
        assert js(page, "document.querySelector('#choices .right').textContent") == "Parigi"
        assert "1/1" in js(page, "document.querySelector('#score').textContent")
        js(page, "document.querySelector('#next').click()")
        js(page, "[...document.querySelectorAll('#choices .choice')].find(b => "
                 "b.textContent === 'Porto').click()")
        assert js(page, "document.querySelector('#choices .wrong').textContent") == "Porto"
        assert js(page, "document.querySelector('#choices .right').textContent") == "Lisbona"
        reload(page, js(page, "location.href"))
        assert "1/2" in js(page, "document.querySelector('#score').textContent")


@pytest.mark.parametrize(("prompt", "sides"), [
    ("cartes de révision pour les verbes irréguliers anglais : infinitif devant, prétérit et "
     "participe passé derrière", ["Infinitif", "Prétérit", "Participe passé"]),
    ("flashcard per il tedesco: parola italiana davanti, tedesca dietro",
     ["Parola italiana", "Tedesca"]),
    ("Karteikarten für Englisch: deutsches Wort vorne, englisches Wort und Beispielsatz hinten",
     ["Deutsches Wort", "Englisches Wort", "Beispielsatz"]),
    ("tarjetas para estudiar anatomía: el músculo delante, la función detrás",
     ["Músculo", "Función"]),
])
def test_sides_placed_front_and_back_are_the_cards_sides(prompt: str, sides: list) -> None:
    """walk16 #6: 'infinitif devant, prétérit et participe passé derrière' were three cards
    backed '(écrivez le sens : Modifier)'."""
    cfg = config(templates.read(prompt))
    assert [x["label"] for x in cfg["fields"]] == sides
    assert not any(s.lower() in str(cfg["seed"]).lower() for s in sides), cfg["seed"]
