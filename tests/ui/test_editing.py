"""Editing in the viewer, driven as a person does: type, Ctrl+Z, Ctrl+S makes a version shown
in History, the next run's request carries the edit, an edit on disk shows up, and no typing
while a run may write the project."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.agents.conftest import block, plan
from tests.ui.test_main_window import (
    PAGE,
    RUN_MS,
    click_item,
    run,
    script,
)

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def _open(qtbot, w, rel: str) -> None:
    qtbot.waitUntil(lambda: rel in w.files.items, timeout=5000)
    click_item(qtbot, w.files.tree, w.files.items[rel])
    qtbot.waitUntil(lambda: w.viewer.rel == rel and w.viewer.editable, timeout=5000)


def _type_at_end(qtbot, w, text: str) -> None:
    editor = w.viewer.editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, line)


def test_edit_save_is_a_version_and_the_next_run_hears_of_it(window, qtbot, fake_llm) -> None:
    w = window
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    ws = w.ctx.store.workspace(w.current.id)
    _open(qtbot, w, "app/page.tsx")
    _type_at_end(qtbot, w, "\nconst typo = 1;")
    qtbot.keyClick(w.viewer.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "typo" not in w.viewer.editor.toPlainText()  # undo
    qtbot.keyClick(w.viewer.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    assert w.viewer.editor.toPlainText().endswith("const typo = 1;")  # redo
    assert w.viewer.title.text().startswith("● app/page.tsx")  # the dirty marker
    qtbot.keyClick(w.viewer.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not w.viewer.dirty and w.history.list.count() == 2, timeout=5000)
    assert ws.read_text("app/page.tsx") == PAGE + "\n\nconst typo = 1;"
    assert w.viewer.title.text() == "app/page.tsx"
    assert w.history.list.count() == 2
    assert "Edited by you: app/page.tsx" in w.history.list.item(0).text()
    assert ws.history()[0].message == "Edited by you: app/page.tsx"

    fake_llm.set("architect", plan(("app/page.tsx", "frontend")))
    fake_llm.set("frontend", block("app/page.tsx", PAGE))
    assert run(qtbot, w, "tidy the page") == "finished"
    sent = json.dumps(fake_llm.requests_for("architect")[-1]["body"])
    assert "changed these files themselves" in sent and "+const typo = 1;" in sent
    frontend = json.dumps(fake_llm.requests_for("frontend")[-1]["body"])
    assert "+const typo = 1;" in frontend
    # the run's egress ledger, from the Project menu
    from tests.ui.test_project_verbs import _menu_bar

    _menu_bar(qtbot, w, "Project", "What the last run sent…")
    qtbot.waitUntil(lambda: getattr(w, "ledger_box", None) is not None
                    and w.ledger_box.isVisible())
    said = w.ledger_box.text() + "\n" + w.ledger_box.informativeText()
    assert "tidy the page" in said and "architect" in said and "app/page.tsx" in said


def test_auto_indent_find_replace_and_a_disk_edit_shows_up(window, qtbot, fake_llm) -> None:
    w = window
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    ws = w.ctx.store.workspace(w.current.id)
    _open(qtbot, w, "app/page.tsx")
    editor = w.viewer.editor
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfLine)  # after "... Page() {"
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "const a = 1;")
    assert editor.toPlainText().splitlines()[1] == "    const a = 1;"
    qtbot.keyClick(w.viewer, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = w.viewer.find_bar
    assert bar.replace_row.isVisible()
    qtbot.keyClicks(bar.edit, "Tasks")
    qtbot.keyClicks(bar.replace_edit, "Chores")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert "Chores" in editor.toPlainText() and "Tasks" not in editor.toPlainText()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not w.viewer.dirty and w.history.list.count() == 2, timeout=5000)
    assert "<main>Chores</main>" in ws.read_text("app/page.tsx")

    # another editor changes the open file: the viewer shows it
    (ws.root / "app" / "page.tsx").write_text("export const fromDisk = 1;\n")
    qtbot.waitUntil(lambda: "fromDisk" in editor.toPlainText(), timeout=5000)
    assert not w.viewer.dirty


def test_no_typing_while_a_run_writes(window, qtbot, fake_llm) -> None:
    w = window
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    _open(qtbot, w, "app/page.tsx")
    script(fake_llm)
    # the Frontend writes once the viewer has been looked at (was 30 ms a token, ~1 s)
    frontend_go = threading.Event()
    fake_llm.set("frontend", {"text": "Writing the page.\n" + block("app/page.tsx", PAGE),
                              "hold_at": "Writing", "hold": frontend_go})
    w.chat.prompt.setFocus()
    qtbot.keyClicks(w.chat.prompt, "again")
    try:
        with qtbot.waitSignal(w.controller.running_changed, timeout=RUN_MS):
            qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return,
                           Qt.KeyboardModifier.ControlModifier)
        assert not w.viewer.editable
        with qtbot.waitSignal(w.run_finished, timeout=RUN_MS):
            frontend_go.set()
    finally:
        frontend_go.set()
    qtbot.waitUntil(lambda: w.viewer.lock_reason is None, timeout=5000)
    _open(qtbot, w, "app/page.tsx")
    assert w.viewer.editable


def test_restore_shows_the_open_file_as_restored_and_the_feed_says_so(window, qtbot,
                                                                       fake_llm) -> None:
    """walk7 #10: after History › Restore the Code tab went blank ("No file open") while the
    file stayed selected in Files, and the feed said nothing of the restore."""
    from tests.ui.drive import answer
    from tests.ui.test_main_window import click, feed_lines

    w = window
    script(fake_llm)
    assert run(qtbot, w, "a task app") == "finished"
    _open(qtbot, w, "app/page.tsx")
    first = w.viewer.editor.toPlainText()
    _type_at_end(qtbot, w, "\nconst mine = 1;")
    qtbot.keyClick(w.viewer.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not w.viewer.dirty and w.history.list.count() == 2, timeout=5000)
    click_item(qtbot, w.history.list, w.history.list.item(1))  # v1
    with qtbot.waitSignal(w.history.reloaded, timeout=5000):
        click(qtbot, w.history.restore_button)
        answer(qtbot, w, "Restore")
    qtbot.waitUntil(lambda: feed_lines(w)[-1].startswith("Devora: Restored v1"))
    assert feed_lines(w)[-1] == "Devora: Restored v1 as v3: the files are as they were then."
    assert w.viewer.rel == "app/page.tsx" and w.viewer.editor.toPlainText() == first
    assert "mine" not in w.viewer.editor.toPlainText() and w.viewer.editable
