"""The people a leaderboard's prompt names are its rows (walk12 #11): "a leaderboard for our
office darts league: Sam, Priya, Tom and Lena, points per match" built six invented players
marked as examples, and the four named were nowhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config
from devora_desktop.agents.templates.listed import players
from tests.agents.chromium import CHROMIUM
from tests.agents.interactions import RANKED, js, reload, score_ranks
from tests.agents.test_prompt_seeds import opened

DARTS = "a leaderboard for our office darts league: Sam, Priya, Tom and Lena, points per match"


@pytest.mark.parametrize("prompt,last", [
    (DARTS, "Lena"),
    ("un classement pour notre ligue de fléchettes au bureau : Sam, Priya, Tom et Léa, points "
     "par match", "Léa"),
    ("una clasificación para nuestra liga de dardos: Sam, Priya, Tom y Lena, puntos por partido",
     "Lena"),
    ("eine Rangliste für unsere Dart-Liga im Büro: Sam, Priya, Tom und Lena, Punkte pro Spiel",
     "Lena"),
    ("um ranking para a nossa liga de dardos: Sam, Priya, Tom e Lena, pontos por jogo", "Lena"),
    ("una classifica per la nostra lega di freccette: Sam, Priya, Tom e Lena, punti per partita",
     "Lena"),
])
def test_the_players_named_are_the_rows_at_the_start(prompt: str, last: str) -> None:
    spec = templates.read(prompt)
    assert spec.kind == "leaderboard" and spec.fits, spec.unfit
    seed = config(spec)["seed"]
    assert seed == [{"name": n, "points": 0, "played": 0} for n in ("Sam", "Priya", "Tom", last)]


def test_words_after_a_colon_are_no_players() -> None:
    assert players("tabela da liga de FIFA com os amigos: vitórias, empates, derrotas e pontos") == ()
    assert players("eine Rangliste fürs Büro: Punkte pro Spiel") == ()
    seed = config(templates.read("a leaderboard for our darts league"))["seed"]
    assert len(seed) == 6 and all(row["_example"] for row in seed)  # shown as examples


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_page_ranks_the_players_named(tmp_path: Path) -> None:
    with opened(tmp_path, templates.read(DARTS)) as page:
        assert sorted(js(page, RANKED)["names"]) == ["Lena", "Priya", "Sam", "Tom"]
        assert not js(page, "!!document.querySelector('#examples')")  # none shown as examples
        ok, seen = score_ranks(page, js(page, "location.href"), {})
        assert ok, seen
        # walk21 #23, walk25 #21: the medals were emoji, empty boxes on a Linux with no colour
        # emoji font: the top three show their rank's number on a disc the page draws, shown
        # and coloured whatever the fonts; the rest their number, and no emoji anywhere
        shown = js(page, "[...document.querySelectorAll('.rank')].map((r) => { "
                         "const m = r.querySelector('.pos .medal'); return [Number(r.dataset.rank),"
                         " m && m.textContent, m && getComputedStyle(m).display,"
                         " m && getComputedStyle(m).backgroundColor]; })")
        assert len(shown) >= 4 and any(rank > 1 for rank, *_ in shown), shown
        for rank, medal, display, _colour in shown:
            assert medal == (str(rank) if rank <= 3 else None) and display != "none", shown
        colours = {rank: colour for rank, _m, _d, colour in shown if rank <= 3}
        assert len(set(colours.values())) == len(colours), shown  # gold, silver, bronze
        assert not re.search("[\U0001F000-\U0001FFFF]", js(page, "document.body.innerText"))
        # walk24 #10: "0 Points", the unit in title case mid-sentence
        points = js(page, "document.querySelector('.rank .points').textContent")
        assert points.endswith(" points"), points


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_kind_of_result_picked_adds_its_points_and_counts_it(tmp_path: Path) -> None:
    """What each kind of result scores ("exact score = 3 points, right winner = 1 point"):
    picking one for a player adds its points and counts it, kept after a reload."""
    prompt = ("office sweepstake leaderboard: Sam, Priya, Tom and Lena, exact score = 3 points, "
              "right winner = 1 point")
    with opened(tmp_path, templates.read(prompt)) as page:
        url = js(page, "location.href")
        for kind in ("kind1", "kind2", "kind1"):  # Tom: two exact scores and a winner
            js(page, "(() => { const f = document.querySelector('#result-form');"
                     " f.elements.who.value = [...f.elements.who.options].find((o) =>"
                     " o.text === 'Tom').value; f.elements.kind.value = '" + kind + "';"
                     " f.elements.kind.dispatchEvent(new Event('change'));"
                     " f.querySelector('button[type=submit]').click(); })()")
        reload(page, url)
        ranked = js(page, RANKED)
        assert ranked["names"][0] == "Tom" and ranked["scores"][0] == 7, ranked
        shown = js(page, "document.querySelector('.rank').textContent")
        assert "Exact score: 2" in shown and "Right winner: 1" in shown, shown


@pytest.mark.parametrize("prompt,who", [
    ("una lista della spesa per me e mia moglie Giulia, con chi compra cosa: latte, pane, "
     "pomodori", ["Io", "Giulia"]),
    ("a shopping list for me and my wife Anna: milk, bread and eggs", ["Me", "Anna"]),
    ("eine Einkaufsliste für mich und meine Frau Anna: Milch, Brot", ["Ich", "Anna"]),
    ("une liste de courses pour moi et ma femme Claire : lait, pain", ["Moi", "Claire"]),
])
def test_me_and_the_one_named_are_who_buys(prompt: str, who: list[str]) -> None:
    """walk12 #11: 'per me e mia moglie Giulia, con chi compra cosa' had no Who choice."""
    fields = config(templates.read(prompt))["fields"]
    options = next(x["options"] for x in fields if x["key"] == "who")
    assert [o[1] for o in options[1:]] == who
    assert players("a list for me and my wife and kids") == ()


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.parametrize("prompt", [
    "At the village show each jam gets a score out of 100 from the judges; I want a results "
    "table, highest first, with the maker and the jam.",
    "Au concours de pâtisserie du village, chaque gâteau reçoit une note sur 20 du jury. Je "
    "voudrais un classement du plus haut au plus bas.",
])
def test_a_score_out_of_a_scale_ranks_by_its_number_not_the_scale(tmp_path: Path,
                                                                   prompt: str) -> None:
    """A score 'out of 100' shows as '90 score out of 100' ('18 note sur 20'): the bench read
    it as 90100 (the scale's digits joined to the score's) and called a right ranking wrong
    (round 25's sheepdog trial: '+40001 moved the last to the top; a new best player ranks
    8')."""
    with opened(tmp_path, templates.read(prompt, shape="leaderboard")) as page:
        scores = js(page, RANKED)["scores"]
        assert scores and all(0 <= s <= 100 for s in scores), scores
        ok, seen = score_ranks(page, js(page, "location.href"), {})
        assert ok, seen
