"""The window unlocks what the plan table says, whatever a token claims."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.core.test_licensing import free_scope_token, keep
from tests.ui.test_main_window import make_window, type_prompt
from tests.ui.test_window_look import free  # noqa: F401  (a configured Free app)


def test_a_free_scope_token_leaves_fullstack_locked(free, qtbot, aloop,  # noqa: F811
                                                    fake_llm) -> None:
    keep(free, free_scope_token(free))
    w = make_window(free, qtbot)
    assert "needs Pro" in w.chat.modes.button(2).toolTip()
    type_prompt(qtbot, w, "a task app with a database", mode=2)
    assert w.chat.lock_note.isVisible() and "Full-stack mode needs Pro" in \
        w.chat.lock_note.text()
    with qtbot.waitSignal(w.notifier.message) as said:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "needs Pro" in said.args[0]
    assert not w.controller.running and fake_llm.requests == []
