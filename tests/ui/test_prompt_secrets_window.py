"""A key typed into the window's prompt is shown and kept nowhere whole after the run: the
History and project labels, the feed, the data folder and the project's git history all
have the redacted prompt the models get (tests/agents/test_prompt_secrets_kept.py: the CLI
and a model run)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from tests.agents.test_prompt_secrets_kept import PROMPT, kept_bytes, leaked
from tests.gitrepos import needs_git
from tests.ui.test_offline_verdict import offline_run

pytestmark = needs_git


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
    lines, _last, _strip = offline_run(ctx, qtbot, PROMPT)
    from tests.ui.conftest import _open_windows

    w = _open_windows[-1]
    shown = window_text(w) + "\n".join(lines)
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
