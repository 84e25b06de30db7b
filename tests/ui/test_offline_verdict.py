"""An offline run that built something other than asked says so where the person looks: the
feed and the status bar, never "Reviewer approved" (no model reviewed anything)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import no_checks
from tests.ui.test_main_window import RUN_MS, click, feed_lines, make_window, type_prompt

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def offline_run(ctx, qtbot, prompt: str, pick: int | None = None
                ) -> tuple[list[str], str, str]:
    """The feed, the status bar's last run and the agents strip after an offline run of
    ``prompt``; ``pick``: the prompt reads as more than one app, and the person clicks that
    choice of the "Build it as:" bar."""
    no_checks(ctx)  # no checks question in the way: this is about the verdict
    w = make_window(ctx, qtbot)
    type_prompt(qtbot, w, prompt, mode=1)
    if pick is None:
        with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
            click(qtbot, w.chat.run_button)
    else:
        click(qtbot, w.chat.run_button)
        bar = w.activity.shape
        qtbot.waitUntil(bar.isVisible, timeout=RUN_MS)
        with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
            qtbot.mouseClick(bar.buttons[pick], Qt.MouseButton.LeftButton)
    assert blocker.args == ["finished"]
    return feed_lines(w), w.status.last_run, w.agents.strip.text()


def test_an_offline_run_that_built_something_else_says_what(ctx, qtbot, aloop) -> None:
    lines, last_run, _strip = offline_run(ctx, qtbot, "an expense splitter for my roommates")
    said = "Offline templates built a tracker for roommates; they can't build an expense splitter"
    assert sum(said in line for line in lines) == 1, lines  # said once, in the summary
    assert not any("Reviewer approved" in line for line in lines)
    assert last_run.endswith("not approved")


def test_a_meeting_recorder_says_in_the_window_what_the_cli_says(ctx, qtbot, aloop) -> None:
    """Round 9: an app that records and transcribes meetings built a to-do list, approved;
    the feed says the CLI's line (tests/test_generate_cli.py) once, not approved. Its to-do
    list is named in passing ("turns them into a to-do list"), so the window asks first; the
    person's pick of the to-do list still gets the line."""
    from tests.test_generate_cli import RECORDER, RECORDER_SAID

    lines, last_run, _strip = offline_run(ctx, qtbot, RECORDER, pick=0)
    assert sum(RECORDER_SAID in line for line in lines) == 1, lines
    assert last_run.endswith("not approved")


def test_two_asks_say_in_the_window_the_one_not_built(ctx, qtbot, aloop) -> None:
    """A meal plan with a shopping list: the list is the one app the prompt points to, so the
    window builds it without asking (nothing else to choose), and the feed says the meal plan
    was not built, as the CLI does."""
    from tests.test_generate_cli import MEAL_PLAN, MEAL_PLAN_SAID

    lines, last_run, _strip = offline_run(ctx, qtbot, MEAL_PLAN)
    assert sum(MEAL_PLAN_SAID in line for line in lines) == 1, lines
    assert last_run.endswith("not approved")


def test_an_offline_run_that_fits_finishes_without_a_reviewer(ctx, qtbot, aloop) -> None:
    lines, last_run, strip = offline_run(ctx, qtbot, "a chess club leaderboard")
    said = [line for line in lines if "No AI review: checked by the validators only" in line]
    assert said, lines
    assert said[0].count("validators only") == 1, said  # once, not "…only: …validators only"
    assert not any("Reviewer approved" in line for line in lines)
    # nobody approved it: the status bar says what happened instead
    assert last_run.endswith(", finished · validators passed · no AI review"), last_run
    assert "approved" not in last_run
    assert not any(line.endswith("approved") and "not approved" not in line
                   for line in lines), lines
    # the agents strip above the raw text: no tick for a Reviewer that never ran
    assert "Reviewer" in strip and "Reviewer ✓" not in strip, strip
