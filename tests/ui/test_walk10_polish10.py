"""walk10's small window defects (items 11 and 12), each driven as a person does."""

from __future__ import annotations

from tests.agents.conftest import APPROVE, block, plan
from tests.ui.drive import answer
from tests.ui.test_main_window import click, feed_lines, run


def test_focus_stays_with_the_user_after_revert_and_restore(quiet_window, qtbot,
                                                             fake_llm) -> None:
    """After a Revert the focus jumped to "Filter projects" (the greyed Revert lost it to the
    next widget in the chain), so typing the next request filtered the project list. It goes
    to the prompt; after History › Restore it stays on Restore."""
    w = quiet_window
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", "<h1>Tasks</h1>"))
    fake_llm.set("reviewer", APPROVE)
    assert run(qtbot, w, "a task page", mode=1) == "finished"
    fake_llm.set("frontend", block("index.html", "<h1>Tasks 2</h1>"))
    assert run(qtbot, w, "make it two") == "finished"
    click(qtbot, w.activity.run_line.revert)
    with qtbot.waitSignal(w.history.reloaded, timeout=5000):
        answer(qtbot, w, "Revert")
    qtbot.waitUntil(lambda: feed_lines(w)[-1].startswith("Devora: Reverted"))
    assert not w.activity.run_line.revert.isEnabled()
    assert w.focusWidget() is w.chat.prompt, w.focusWidget()

    click(qtbot, w.history.restore_button)
    with qtbot.waitSignal(w.history.reloaded, timeout=5000):
        answer(qtbot, w, "Restore")
    qtbot.waitUntil(lambda: feed_lines(w)[-1].startswith("Devora: Restored"))
    assert w.focusWidget() is w.history.restore_button, w.focusWidget()
