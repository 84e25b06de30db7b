"""What a prompt names is built or said as not built (walk12 defects 1, 10, 12c): offline apps
that dropped what was named and still ended "finished" (yoga classes all titled "Yoga
studio", a French sport log built as weightlifting), prompts in a language the templates
don't write refused without saying which ones they do, and a verdict quoting the prompt cut
mid-word ("…tre livelli di diffi"). Each built app is also opened headless, as
bench/quality.py does."""

from __future__ import annotations

from pathlib import Path

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.templates.dataapp import config
from devora_desktop.agents.templates.spec import quoted
from tests.agents.chromium import CHROMIUM
from tests.agents.interactions import fill, js, take_spot, text_of
from tests.agents.test_prompt_seeds import opened

YOGA = ("a website for my yoga studio in Bristol with the class timetable: Mon 18:00 Vinyasa, "
        "Wed 07:00 Hatha, Sat 10:00 Yin, 12 spots each, people can book a place")
SPORT = ("un suivi de mes séances de sport : date, activité, durée, et le total de minutes par "
         "semaine")
LANGS = "English, French, Spanish, German, Portuguese and Italian"


def test_classes_named_after_their_time_keep_their_names() -> None:
    spec = templates.read(YOGA)
    assert spec.kind == "signup" and spec.fits, spec.unfit
    assert [(r["title"], r["date"], r["time"], r["capacity"]) for r in config(spec)["seed"]] == [
        ("Vinyasa", "@dow1", "18:00", 12), ("Hatha", "@dow3", "07:00", 12),
        ("Yin", "@dow6", "10:00", 12)]


def test_a_log_keeps_the_fields_listed_before_its_total() -> None:
    """"date, activité, durée, et le total de minutes par semaine" was a weightlifting log
    (Exercice, Séries, Répétitions, Poids): the three fields, the duration a number to sum."""
    spec = templates.read(SPORT)
    assert spec.kind == "tracker" and spec.fits, spec.unfit
    fields = [(x["label"], x["type"]) for x in config(spec)["fields"]]
    assert fields == [("Date", "date"), ("Activité", "text"), ("Durée", "number")]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_the_built_pages_show_what_was_named(tmp_path: Path) -> None:
    with opened(tmp_path / "yoga", templates.read(YOGA)) as page:
        shown = text_of(page, "main")
        assert all(name in shown for name in ("Vinyasa", "Hatha", "Yin")), shown
        ok, seen = take_spot(page, js(page, "location.href"), {})
        assert ok, seen
    with opened(tmp_path / "sport", templates.read(SPORT)) as page:
        week = "#totals .kpi:nth-child(4) strong"
        before = float(text_of(page, week))
        fill(page, "form.editor", "Natation")  # every number field gets 7
        assert "7 derniers jours · Durée" in text_of(page, "#totals")
        assert float(text_of(page, week)) == before + 7


@pytest.mark.parametrize("prompt,lang", [
    ("een boodschappenlijst voor ons gezin: melk, brood, kaas", "Dutch"),
    ("家族の買い物リスト：牛乳、パン、卵", "Japanese"),
    ("список покупок для нашей семьи: молоко, хлеб", "Russian"),
])
def test_a_prompt_in_another_language_says_which_languages_are_written(
        prompt: str, lang: str) -> None:
    spec = templates.read(prompt)
    assert not spec.fits and spec.lang == "en"
    assert f"in {lang}" in spec.unfit and LANGS in spec.unfit, spec.unfit
    assert "can't build" in spec.unfit and spec.unfit.endswith("add a model in Settings")


def test_a_quoted_prompt_is_cut_at_a_word_with_an_ellipsis() -> None:
    prompt = ("un gioco di scacchi online contro il computer per mio figlio con tre livelli di "
              "difficoltà e un orologio")
    said = quoted(prompt)
    assert said.endswith("tre livelli di…") and len(said) <= 81
    assert quoted("a short prompt") == "a short prompt"
    spec = templates.read("make a tetris style game my 8 year old can play on the ipad, with "
                          "levels that get faster")
    assert '("make a tetris style game my 8 year old can play on the ipad, with levels that…")' \
        in spec.unfit


def test_a_gardens_plots_are_no_charts() -> None:
    spec = templates.read("a sign-up sheet for work days at our community garden with 24 plots")
    assert "charts" not in spec.unfit and "charts" not in templates.summary(spec, "web")
    assert "charts on a tracker" in templates.read("a mood tracker with charts").unfit
