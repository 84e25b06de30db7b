"""Names a model, a page or a server chose are drawn as written, never as HTML: Qt renders a
label or tooltip whose first line looks like rich text, so a project named
``<a href=x>pwn</a><img src=…>`` put a link and an image fetch in the window (ui/plain.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QWidget

from devora_desktop.ui.plain import tip
from tests.agents.conftest import block
from tests.gitrepos import needs_git
from tests.ui.drive import answer, retype
from tests.ui.test_main_window import RUN_MS, run

pytestmark = needs_git

#: the page-level payload: a link and an image that loads from anywhere
HOSTILE = "<a href=x>pwn</a><img src=https://evil.example/p.png>"
#: the same for a name that cannot hold "/" (a folder, a file)
NAME = "<b>pwn<img src=x>"


def _drawn_as_html(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    if fmt == Qt.TextFormat.PlainText or fmt == Qt.TextFormat.MarkdownText:
        return False
    rich = fmt == Qt.TextFormat.RichText or GuiQt.mightBeRichText(text)
    return rich and "<img" in text


def _rows(view: QAbstractItemView) -> list[str]:
    model = view.model()
    out, stack = [], [QModelIndex()]
    while model is not None and stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out.append(str(model.data(index, Qt.ItemDataRole.ToolTipRole) or ""))
            if hasattr(view, "setRootIsDecorated"):  # a tree: its children too
                stack.append(index)
            if (col := model.index(row, 1, parent)).isValid():
                out.append(str(model.data(col, Qt.ItemDataRole.ToolTipRole) or ""))
    return out


def html_shown() -> list[str]:
    """Every label, tooltip (of a widget, an action, a view's row) and message box text of
    the application's windows that Qt would draw as HTML with an image in it."""
    bad = []
    for top in QApplication.topLevelWidgets():
        for w in [top, *top.findChildren(QWidget)]:
            if _drawn_as_html(w.toolTip()):
                bad.append(f"tooltip of {type(w).__name__} {w.objectName()}: {w.toolTip()}")
            if isinstance(w, QLabel) and _drawn_as_html(w.text(), w.textFormat()):
                bad.append(f"label {w.objectName()}: {w.text()}")
            if isinstance(w, QAbstractItemView):
                bad += [f"row of {type(w).__name__}: {t}" for t in _rows(w) if _drawn_as_html(t)]
        for action in top.findChildren(QAction):
            if _drawn_as_html(action.toolTip()):
                bad.append(f"action tooltip: {action.toolTip()}")
    return bad


def test_tip_keeps_plain_text_and_shows_markup_as_written() -> None:
    assert tip("src/app.js (2 in the last run)") == "src/app.js (2 in the last run)"
    shown = tip(f"{HOSTILE}\nsecond line")
    assert "<img" not in shown and "&lt;img src=https://evil.example/p.png&gt;" in shown
    assert GuiQt.mightBeRichText(shown)  # drawn as the escaped text, line breaks kept
    assert "white-space:pre-wrap" in shown


@pytest.fixture
def hostile_models(fake_llm, monkeypatch):
    """The server's /models list names a model with markup."""
    from tests.fakes import llm_server

    models = json.loads(json.dumps(llm_server.MODELS))
    models["data"].append({"id": f"evil/{NAME}", "name": HOSTILE, "context_length": 8192,
                           "pricing": {"prompt": "0", "completion": "0"}})
    monkeypatch.setattr(llm_server, "MODELS", models)


def test_hostile_names_are_drawn_as_written(quiet_window, qtbot, fake_llm, hostile_models,
                                            tmp_path: Path) -> None:
    w = quiet_window
    plan_json = {"name": NAME, "summary": HOSTILE, "template": "custom", "files": [
        {"path": "index.html", "owner": "frontend", "purpose": HOSTILE}]}
    fake_llm.set("architect", "Plan.\n```json\n" + json.dumps(plan_json) + "\n```")
    fake_llm.set("frontend", block("index.html", f"<h1>{HOSTILE}</h1>")
                 + block(f"{NAME}.html", "x"))  # a refused name: the feed says it
    fake_llm.set("reviewer", json.dumps({"status": "APPROVE", "summary": HOSTILE,
                                         "issues": []}))
    # the model box lists the server's models: the person picks the one with markup
    qtbot.waitUntil(lambda: any(NAME in w.chat.model.itemText(i)
                                for i in range(w.chat.model.count())), timeout=RUN_MS)
    retype(qtbot, w.chat.model, f"evil/{NAME}")
    assert run(qtbot, w, HOSTILE, mode=1) == "finished"
    qtbot.waitUntil(lambda: w.history.list.count() > 0, timeout=RUN_MS)
    assert (bad := html_shown()) == [], "\n".join(bad)
    # an opened folder whose name and files say the same
    folder = tmp_path / NAME
    folder.mkdir()
    (folder / f"{NAME}.js").write_text("console.log(1)\n")
    (folder / "index.html").write_text("<h1>x</h1>\n")
    qtbot.keyClick(w, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # File › Open folder
    qtbot.waitUntil(lambda: getattr(w, "open_folder_dialog", None) is not None
                    and w.open_folder_dialog.isVisible())
    edit = w.open_folder_dialog.findChild(QLineEdit, "fileNameEdit")
    edit.setText(str(folder))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert (bad := html_shown()) == [], "\n".join(bad)  # the question names it
    answer(qtbot, w, "Make it and open")
    qtbot.waitUntil(lambda: f"{NAME}.js" in w.files.items, timeout=RUN_MS)
    assert (bad := html_shown()) == [], "\n".join(bad)
