"""walk12's open window defects (session 12's polish13): each driven as a person does."""

from __future__ import annotations

from tests.ui.conftest import no_checks
from tests.ui.test_main_window import RUN_MS, click, make_window, type_prompt

TIP = "a tip calculator for splitting the bill between friends"
TIP_TITLE = "Splitting the bill between friends · Tip calculator"


def test_a_quick_run_lands_on_its_page_named_as_the_page_names_itself(ctx, qtbot, aloop) -> None:
    """walk12 #22: quick mode stayed on the Code tab after building a page, and the list
    named it by words cut from the prompt ("Tip Calculator Splitting")."""
    no_checks(ctx)
    w = make_window(ctx, qtbot)
    type_prompt(qtbot, w, TIP, mode=0)
    assert w.chat.mode() == "quick"
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        click(qtbot, w.chat.run_button)
    assert blocker.args == ["finished"]
    assert w.center.showing_preview()
    assert w.projects.names() == [TIP_TITLE]
