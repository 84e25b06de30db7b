"""The fourth walk's findings on refining offline, opening a folder and stopping a run, each
driven through the window as a person does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from tests.agents.conftest import block
from tests.gitrepos import needs_git
from tests.ui.conftest import no_checks
from tests.ui.drive import answer
from tests.ui.test_main_window import (
    RUN_MS,
    click_item,
    feed_lines,
    make_window,
    run,
    run_until,
    script,
    type_prompt,
)

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def offline_window(ctx, qtbot):
    return make_window(no_checks(ctx), qtbot)


def _row(w, name: str):
    lst = w.projects.list
    return next(lst.item(i) for i in range(lst.count()) if lst.item(i).text() == name)


def test_saying_offline_cannot_change_the_app_loads_no_templates(ctx, qtbot, aloop,
                                                                 monkeypatch) -> None:
    """The window says the offline templates can't change the open app each time a project
    is opened, and at start-up: it imported the templates (agents/offline.py, ~200 patterns
    compiled) on its own thread for that sentence, ~0.2 s of its CPU between the first frame
    and the projects listed (bench: the window's start with 0 and 200 projects). Opening a
    project with an app, offline, says it, and the window's thread imports no template."""
    import builtins
    import threading

    from devora_desktop.core.models import Mode

    project = ctx.store.projects.create("Bloom", mode=Mode.WEB)
    ws = ctx.store.workspace(project.id)
    ws.write_file("index.html", "<h1>Bloom</h1>")
    ws.commit("v1")
    w = offline_window(ctx, qtbot)
    w.new_action.trigger()  # whatever start-up opened, Bloom is opened below, watched
    qtbot.waitUntil(lambda: w.current.id is None and not w.chat.lock_note.isVisible())
    real = builtins.__import__
    imported: list[str] = []

    def watching(name, *args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            imported.append(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", watching)
    click_item(qtbot, w.projects.list, _row(w, "Bloom"))
    qtbot.waitUntil(lambda: w.chat.lock_note.isVisible())
    assert w.chat.lock_note.text().startswith("Offline templates can't change an app")
    assert not [n for n in imported if n.startswith(("devora_desktop.agents.offline",
                                                     "devora_desktop.agents.templates"))]


def test_offline_says_before_the_run_that_it_cannot_change_the_app(ctx, qtbot, aloop) -> None:
    """Walk4 #3: with no model, the open project's prompt says the templates cannot change
    it, Run keeps the prompt and saves no version; a new project still builds."""
    w = offline_window(ctx, qtbot)
    assert run(qtbot, w, "a landing page called Bloom", mode=1) == "finished"
    pid = w.current.id
    ws = ctx.store.workspace(pid)
    versions = ws.history()
    qtbot.waitUntil(lambda: w.chat.lock_note.isVisible())
    assert w.chat.lock_note.text() == ("Offline templates can't change an app; add a model in "
                                       "Settings to refine it.")
    type_prompt(qtbot, w, "make the header green", mode=1)
    qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(300)
    assert not w.controller.running
    assert w.chat.prompt.toPlainText() == "make the header green"  # nothing to retype
    assert ws.history() == versions and not ws.path_for("CHANGES.md").exists()
    assert "make the header green" not in " ".join(feed_lines(w))

    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a new project
    qtbot.waitUntil(lambda: not w.chat.lock_note.isVisible())
    w.chat.prompt.clear()
    assert run(qtbot, w, "a to-do list for my garden", mode=1) == "finished"
    assert w.current.id != pid and len(ctx.store.projects.list()) == 2


@needs_git
def test_opening_a_plain_folder_asks_before_making_a_git_repository(ctx, qtbot, aloop,
                                                                     tmp_path: Path) -> None:
    """Walk4 #6: a folder without .git: the window asks first; Cancel leaves it untouched."""
    w = offline_window(ctx, qtbot)
    site = tmp_path / "mysite"
    site.mkdir()
    (site / "index.html").write_text("<h1>Hi</h1>\n")

    def choose() -> None:
        with qtbot.waitActive(w):  # the offscreen platform leaves no window active after a box
            w.activateWindow()
        qtbot.keyClick(w, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
        edit = QApplication.activeModalWidget().findChild(QLineEdit, "fileNameEdit")
        edit.setText(str(site))
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: getattr(w, "confirm_box", None) is not None
                        and w.confirm_box.isVisible())

    choose()
    assert ".git" in w.confirm_box.text() + w.confirm_box.informativeText()
    answer(qtbot, w, "Cancel")
    qtbot.wait(200)
    assert not (site / ".git").exists() and ctx.store.projects.list() == []

    choose()
    answer(qtbot, w, "Make it and open")
    qtbot.waitUntil(lambda: w.current.id is not None and "index.html" in w.files.items,
                    timeout=10000)
    assert (site / ".git").is_dir()
    assert "Describe a change to make below" in w.activity.empty.label.text()  # not "the app"


def test_stop_gives_the_prompt_back_and_keeps_the_list_still(configured, qtbot, aloop,
                                                             fake_llm) -> None:
    """Walk4 #12: after Stop the prompt is back in the box, the line says "stopped" once,
    and the Projects list keeps its order (rows do not move under the pointer)."""
    w = make_window(configured, qtbot)
    script(fake_llm)
    assert run(qtbot, w, "a garden to-do app") == "finished"
    garden = w.current.id
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert run(qtbot, w, "a garden to-do app in the cloud") == "finished"
    order = w.projects.names()
    click_item(qtbot, w.projects.list, w.projects.list.item(
        next(i for i in range(len(order))
             if w.projects.list.item(i).data(Qt.ItemDataRole.UserRole) == garden)))
    qtbot.waitUntil(lambda: w.current.id == garden)

    fake_llm.set("frontend", {"text": block("app/page.tsx", "slow " * 2000), "latency": 0.01})
    type_prompt(qtbot, w, "add a button to mark every chore done at once")
    run_until(qtbot, w, lambda a: a.kind == "file")
    with qtbot.waitSignal(w.run_finished, timeout=RUN_MS) as blocker:
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Escape)
    assert blocker.args == ["cancelled"]
    assert w.chat.prompt.toPlainText() == "add a button to mark every chore done at once"
    line = next(x for x in feed_lines(w) if x.startswith("Run stopped"))
    assert line == "Run stopped by the user. The project is unchanged."
    assert w.projects.names() == order


def test_a_clone_that_cannot_reach_the_server_says_so_and_keeps_the_address(
        ctx, qtbot, aloop) -> None:
    """Walk4 #21: offline, Clone said a raw urllib3 exception in the status bar, cut at the
    window's edge; now the dialog comes back with one line and the address kept."""
    w = offline_window(ctx, qtbot)
    address = "http://127.0.0.1:9/example/cafe-site"  # nothing listens: refused at once
    qtbot.keyClick(w.menuBar(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    action = next(a for a in menu.actions() if a.text() == "&Clone repository…")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: getattr(w, "clone_dialog", None) is not None
                    and w.clone_dialog.isVisible())
    first = w.clone_dialog
    edit = first.findChild(QLineEdit)
    qtbot.keyClicks(edit, address)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.clone_dialog is not first and w.clone_dialog.isVisible(),
                    timeout=15000)
    label = w.clone_dialog.labelText()
    assert label.startswith(f"Could not clone {address}: could not reach 127.0.0.1:9 (check "
                            "your connection and try again)"), label
    assert "Max retries" not in label and "HTTPConnectionPool" not in label
    assert w.clone_dialog.textValue() == address  # Return tries again
    assert ctx.store.projects.list() == []
