"""An offline prompt that reads as more than one app: the window asks "Build it as:" in a bar
above the prompt, reached by mouse or keyboard, and builds what the person picks; a prompt
that names its app is never asked about."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import no_checks
from tests.ui.test_main_window import RUN_MS, click, feed_lines, make_window, type_prompt

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at

if TYPE_CHECKING:
    from devora_desktop.ui.main_window import MainWindow
    from devora_desktop.ui.shape_bar import ShapeBar

# typed as many do, without accents (qtbot's key clicks abort on some accented letters)
# a shop or a menu with orders: the reader's halves differ (the rules read a shop, the learned
# reader a menu, sure enough to offer it first), so it asks
BAKERY = ("Pour ma boulangerie a Nantes : pains et gateaux, les clients les mettent au panier et "
          "passent les prendre le lendemain matin.")


def offline_window(ctx, qtbot):
    return make_window(no_checks(ctx), qtbot)  # no checks question in the way


def asking(ctx, qtbot) -> tuple[MainWindow, ShapeBar]:
    """The window once the bakery prompt's run asks which app to build."""
    w = offline_window(ctx, qtbot)
    type_prompt(qtbot, w, BAKERY, mode=1)
    click(qtbot, w.chat.run_button)
    qtbot.waitUntil(w.activity.shape.isVisible, timeout=RUN_MS)
    return w, w.activity.shape


def built(ctx) -> str:
    [project] = ctx.store.projects.list()
    return project.template


def test_a_click_on_a_choice_builds_that_app(ctx, qtbot, aloop) -> None:
    w = offline_window(ctx, qtbot)
    bar = w.activity.shape
    assert not bar.isVisible()
    type_prompt(qtbot, w, BAKERY, mode=1)
    click(qtbot, w.chat.run_button)
    qtbot.waitUntil(bar.isVisible, timeout=RUN_MS)
    assert [b.text() for b in bar.buttons][:2] == ["Menu", "Shop"]
    assert bar.buttons[1].toolTip() == "A shop (browse, add to a cart)"
    # the step indicator and the feed say the run waits for the person
    qtbot.waitUntil(lambda: "waiting for you" in w.activity.steps.text(), timeout=2000)
    assert any(ln.startswith("Waiting for you: Which app") for ln in feed_lines(w))
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        qtbot.mouseClick(bar.buttons[1], Qt.MouseButton.LeftButton)
    assert blocker.args == ["finished"]
    assert not bar.isVisible() and built(ctx) == "store"
    lines = feed_lines(w)
    assert "You chose a shop (browse, add to a cart)" in lines
    assert not any(ln.startswith("Waiting for you") for ln in lines)


def test_the_keyboard_reaches_the_choices(ctx, qtbot, aloop) -> None:
    w, bar = asking(ctx, qtbot)
    qtbot.waitUntil(lambda: bar.buttons[0].hasFocus(), timeout=2000)  # the first, focused
    qtbot.keyClick(bar.buttons[0], Qt.Key.Key_Tab)
    assert bar.buttons[1].hasFocus()
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        qtbot.keyClick(bar.buttons[1], Qt.Key.Key_Space)
    assert built(ctx) == "store"


def test_a_prompt_that_names_its_app_is_built_without_a_question(ctx, qtbot, aloop) -> None:
    w = offline_window(ctx, qtbot)
    shown = []
    w.activity.shape.chosen.connect(shown.append)
    type_prompt(qtbot, w, "a chess club leaderboard", mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        click(qtbot, w.chat.run_button)
    assert blocker.args == ["finished"]
    assert not w.activity.shape.isVisible() and built(ctx) == "leaderboard"
    assert not any("Which app" in ln for ln in feed_lines(w))


def test_stopping_the_run_while_it_asks_hides_the_question(ctx, qtbot, aloop) -> None:
    w, bar = asking(ctx, qtbot)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        click(qtbot, w.chat.stop_button)
    assert blocker.args == ["cancelled"]
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)
    assert ctx.store.projects.list() == []  # nothing was built: a stopped first run leaves none


def test_a_guess_nobody_confirmed_is_said_in_the_feed_and_the_status_bar(ctx, qtbot,
                                                                          aloop) -> None:
    """Where nobody can answer (the run reaches no question bar, as a piped CLI run), the
    window's feed and status bar say what the app was read as and what else it may be; it
    is not approved."""
    w = offline_window(ctx, qtbot)
    w.controller.ask_shape = None  # no bar to ask with
    type_prompt(qtbot, w, BAKERY, mode=1)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        click(qtbot, w.chat.run_button)
    assert blocker.args == ["finished"]
    assert built(ctx) == "menu" and not w.activity.shape.isVisible()
    lines = feed_lines(w)
    said = [ln for ln in lines if "Offline templates read this as a menu with orders" in ln]
    assert len(said) == 1, lines  # once, in the run's summary line
    assert "it may be a shop (browse, add to a cart) instead: run it again and pick one" \
        in said[0]
    assert w.status.last_run.endswith("not approved"), w.status.last_run


def test_the_persons_choice_is_approved_like_a_named_app(ctx, qtbot, aloop) -> None:
    w, bar = asking(ctx, qtbot)
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
        qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)
    assert built(ctx) == "menu"
    assert w.status.last_run.endswith("finished · validators passed · no AI review"), \
        w.status.last_run
    assert not any("may be" in ln for ln in feed_lines(w))
