"""A key typed into the window's prompt is shown and kept nowhere whole after the run: the
History and project labels, the feed, the data folder and the project's git history all
have the redacted prompt the models get (tests/agents/test_prompt_secrets_kept.py: the CLI
and a model run)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from tests.agents.test_prompt_secrets_kept import PROMPT, kept_bytes, leaked
from tests.gitrepos import needs_git

pytestmark = [needs_git, pytest.mark.usefixtures("plain_preview")]  # no page looked at


def window_text(w: QWidget) -> str:
    """Every text and tooltip the window holds: its widgets' and its views' rows."""
    out: list[str] = []
    for widget in [w, *w.findChildren(QWidget)]:
        out.append(widget.toolTip())
        for getter in ("text", "toPlainText", "windowTitle", "placeholderText"):
            if callable(fn := getattr(widget, getter, None)):
                try:
                    out.append(str(fn()))
                except TypeError:  # a text(column) of an item, not of the widget
                    pass
        if isinstance(widget, QAbstractItemView) and (model := widget.model()) is not None:
            stack = [QModelIndex()]
            while stack:
                parent = stack.pop()
                try:
                    cols = model.columnCount(parent)
                except TypeError:  # a list model: one column, its count not public
                    cols = 1
                for row in range(model.rowCount(parent)):
                    for col in range(cols):
                        index = model.index(row, col, parent)
                        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                            out.append(str(model.data(index, role) or ""))
                        if col == 0:
                            stack.append(index)
    return "\n".join(out)


def test_a_key_in_the_window_prompt_is_kept_redacted(ctx, qtbot, aloop) -> None:
    from tests.ui.conftest import make_window, no_checks
    from tests.ui.test_main_window import RUN_MS, click, feed_lines, type_prompt

    w = make_window(no_checks(ctx), qtbot)
    type_prompt(qtbot, w, PROMPT, mode=1)
    finished: list[str] = []
    w.run_finished.connect(finished.append)
    click(qtbot, w.chat.run_button)
    bar = w.activity.shape  # the readers may ask which app it is: any answer will do
    qtbot.waitUntil(lambda: bool(finished) or bar.isVisible(), timeout=RUN_MS)
    if not finished:
        qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(finished), timeout=RUN_MS)
    assert finished == ["finished"]
    shown = window_text(w) + "\n".join(feed_lines(w))
    assert "due dates" in shown and "[REDACTED:" in shown, shown  # the history lists it
    assert leaked(shown) == []
    blob = kept_bytes(ctx.paths.root)
    assert b"Devora-Run:" in blob and leaked(blob) == []


def test_a_first_run_cut_by_quitting_keeps_its_prompt_redacted(configured, qtbot, aloop,
                                                              fake_llm) -> None:
    """Quitting mid first run keeps the prompt for the next start to give back: it was
    written whole into the data folder's store."""
    from tests.ui.conftest import make_window, no_checks
    from tests.ui.test_walk9_ui9 import quit_mid_run
    from tests.ui.test_walk_defects import start_slow_run

    ctx = no_checks(configured)
    w = make_window(ctx, qtbot)
    start_slow_run(qtbot, w, fake_llm, prompt=PROMPT)
    quit_mid_run(qtbot, w)
    assert leaked(kept_bytes(ctx.paths.root)) == []
    again = make_window(ctx, qtbot)
    qtbot.waitUntil(lambda: "due dates" in again.chat.prompt.toPlainText(), timeout=5000)
    assert "[REDACTED:" in again.chat.prompt.toPlainText()
    assert leaked(again.chat.prompt.toPlainText()) == []
