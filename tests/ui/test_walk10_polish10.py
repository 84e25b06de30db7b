"""walk10's small window defects (items 11 and 12), each driven as a person does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu

from devora_desktop.ui.confirm import DETAIL_CHARS
from tests.agents.conftest import APPROVE, block, plan
from tests.gitrepos import needs_git
from tests.ui.drive import answer
from tests.ui.test_main_window import click, feed_lines, run
from tests.ui.test_project_verbs import _menu_bar, _row

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def _open_menu(qtbot, w, title: str) -> QMenu:
    bar = w.menuBar()
    top = next(a for a in bar.actions() if a.text().replace("&", "") == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
    qtbot.waitUntil(top.menu().isVisible)
    return top.menu()


def _choose_project(qtbot, w, name: str) -> None:
    lst = w.projects.list
    rect = lst.visualItemRect(lst.item(_row(w, name)))
    with qtbot.waitSignal(w.files.reloaded, timeout=15000):
        qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _project(ctx, name: str, path: str) -> None:
    ws = ctx.store.workspace(ctx.store.projects.create(name).id)
    ws.write_file(path, "x\n")
    ws.commit("v1")


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
    with qtbot.waitSignal(w.history.reloaded, timeout=15000):
        answer(qtbot, w, "Revert")
    qtbot.waitUntil(lambda: feed_lines(w)[-1].startswith("Devora: Reverted"), timeout=15000)
    assert not w.activity.run_line.revert.isEnabled()
    assert w.focusWidget() is w.chat.prompt, w.focusWidget()

    click(qtbot, w.history.restore_button)
    with qtbot.waitSignal(w.history.reloaded, timeout=15000):
        answer(qtbot, w, "Restore")
    qtbot.waitUntil(lambda: feed_lines(w)[-1].startswith("Devora: Restored"), timeout=15000)
    assert w.focusWidget() is w.history.restore_button, w.focusWidget()


def test_reveal_waits_for_a_project_and_go_to_file_starts_empty_in_the_next(
        quiet_window, qtbot, ctx) -> None:
    """Project › Reveal in file manager was live with no project open (and did nothing);
    Ctrl+P's box kept text typed in one project ("add a footer with my name") in the next,
    where the file list under it was not filtered by it."""
    w = quiet_window
    menu = _open_menu(qtbot, w, "Project")
    assert not w.reveal_action.isEnabled()
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    _project(ctx, "Bakery", "index.html")
    _project(ctx, "Garden", "main.py")
    w.project_actions.refresh()
    _choose_project(qtbot, w, "Bakery")
    menu = _open_menu(qtbot, w, "Project")
    assert w.reveal_action.isEnabled()
    qtbot.keyClick(menu, Qt.Key.Key_Escape)

    qtbot.keyClick(w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(w.files.goto, "add a footer with my name")
    _choose_project(qtbot, w, "Garden")
    assert w.files.goto.text() == ""
    qtbot.keyClick(w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(w.files.goto, "main")
    with qtbot.waitSignal(w.files.file_chosen) as chosen:
        qtbot.keyClick(w.files.goto, Qt.Key.Key_Return)
    assert chosen.args == ["main.py"]


@needs_git
def test_a_failed_clone_says_so_in_the_status_bar(quiet_window, qtbot) -> None:
    """A failed clone brought its dialog back with the reason, but the status bar still said
    "Cloning https://…" as if it were going on. The dialog names the folder it clones into."""
    from devora_desktop.ui.project_actions import clones

    w = quiet_window
    _menu_bar(qtbot, w, "File", "Clone repository…")
    qtbot.waitUntil(lambda: getattr(w, "clone_dialog", None) is not None
                    and w.clone_dialog.isVisible())
    first = w.clone_dialog
    assert any(str(clones()) in label.text() for label in first.findChildren(QLabel))
    url = "http://127.0.0.1:9/garden.git"  # nothing listens there
    edit = first.findChild(QLineEdit)
    qtbot.keyClicks(edit, url)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.clone_dialog is not first and w.clone_dialog.isVisible(),
                    timeout=15000)
    assert w.statusBar().currentMessage() == f"Could not clone {url}: nothing was made"
    assert w.clone_dialog.findChild(QLineEdit).text() == url


def test_settings_models_has_no_blank_row_under_base_url(quiet_window, qtbot,
                                                         fake_llm) -> None:
    """Settings › Models kept two empty lines between Base URL and Key (held for a note on
    what was typed, so that nothing moves when it comes), which read as a stray blank row.
    They say what the field is for until there is something to say about what was typed."""
    from tests.ui.drive import retype
    from tests.ui.test_walk7_window8 import _open_settings

    w = quiet_window
    d = _open_settings(qtbot, w)
    assert d.base_url_note.isVisible()
    hint = d.base_url_note.text()
    assert hint.startswith("OpenAI itself, or any server with its API")
    click(qtbot, d.base_url)
    retype(qtbot, d.base_url, fake_llm.url)
    qtbot.keyClick(d.base_url, Qt.Key.Key_Tab)
    assert d.base_url_note.text() == hint  # a whole URL: nothing else to say


def test_new_project_is_a_button_in_the_projects_panel_and_in_file(quiet_window, qtbot,
                                                                    ctx) -> None:
    """New project was only Project › New project (Ctrl+N): with a project open nothing in
    sight said how to start another. The Projects panel has a New project button, File has
    the entry too, and Ctrl+N still works."""
    w = quiet_window
    _project(ctx, "Bakery", "index.html")
    w.project_actions.refresh()
    for start in ("ctrl+n", "file menu", "button"):
        _choose_project(qtbot, w, "Bakery")
        assert w.current.id is not None
        if start == "button":
            assert w.projects.new_button.isVisible()
            qtbot.mouseClick(w.projects.new_button, Qt.MouseButton.LeftButton)
        elif start == "file menu":
            _menu_bar(qtbot, w, "File", "New project")
        else:
            qtbot.keyClick(w.projects.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: w.current.id is None)
        assert w.projects.list.currentItem() is None
        assert w.focusWidget() is w.chat.prompt


@needs_git
def test_open_folders_git_question_is_not_a_narrow_column(quiet_window, qtbot,
                                                          tmp_path) -> None:
    """"Make mysite a git repository?" is short, and Qt sized the box to it: its detail wrapped
    into a 9-line column 200 px wide. It is read in a few wide lines now."""
    w = quiet_window
    site = tmp_path / "mysite"
    site.mkdir()
    (site / "index.html").write_text("<h1>Me</h1>\n")
    qtbot.keyClick(w, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(w, "open_folder_dialog", None) is not None
                    and w.open_folder_dialog.isVisible())
    edit = w.open_folder_dialog.findChild(QLineEdit, "fileNameEdit")
    edit.setText(str(site))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(w, "confirm_box", None) is not None
                    and w.confirm_box.isVisible())
    box = w.confirm_box
    assert box.text() == "Make mysite a git repository?"
    detail = next(label for label in box.findChildren(QLabel)
                  if label.text().startswith("Devora keeps every version"))
    # the detail names the folder, whose length is the machine's (a CI's temporary path is
    # long): what must hold is a wide box whose lines hold at least 50 characters each
    lines = detail.height() / detail.fontMetrics().lineSpacing()
    assert detail.width() >= detail.fontMetrics().averageCharWidth() * DETAIL_CHARS
    assert lines <= len(detail.text()) / 50 + 1, (lines, detail.width(), len(detail.text()))
    answer(qtbot, w, "Make it and open")
    qtbot.waitUntil(lambda: "index.html" in w.files.items, timeout=10000)


def test_the_prompt_says_which_of_two_same_named_projects_it_changes(quiet_window, qtbot,
                                                                      ctx) -> None:
    """With two "Ride Log" the prompt read "Changes go to Ride Log" for either: it names the
    one chosen as its row does."""
    w = quiet_window
    _project(ctx, "Ride Log", "index.html")
    _project(ctx, "Ride Log", "index.html")
    w.project_actions.refresh()
    rows = w.projects.names()
    assert len(set(rows)) == 2
    for row in rows:
        _choose_project(qtbot, w, row)
        assert w.chat.target.text() == f"Changes go to <b>{row}</b>"


def test_default_model_lists_the_endpoint_just_typed(ctx, qtbot, aloop, fake_llm) -> None:
    """Settings › Models: typing a local server's Base URL left Default model offering the
    models Devora knows ("templates", OpenRouter ids), not the server's, until saved and
    reopened; the prompt's model box did list them. Leaving the field lists them."""
    from tests.ui.drive import retype
    from tests.ui.test_main_window import make_window
    from tests.ui.test_walk7_window8 import _open_settings

    w = make_window(ctx, qtbot)
    d = _open_settings(qtbot, w)
    box = d.models["openai"]
    click(qtbot, d.base_url)
    retype(qtbot, d.base_url, fake_llm.url)
    qtbot.keyClick(d.base_url, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "fake/model" in [box.itemText(i) for i in range(box.count())],
                    timeout=15000)
    assert "templates" not in [box.itemText(i) for i in range(box.count())]
    qtbot.keyClick(d, Qt.Key.Key_Escape)  # closed: its listings end with it
    qtbot.waitUntil(lambda: not d.isVisible())


def test_a_run_that_changed_nothing_gives_its_prompt_back(quiet_window, qtbot,
                                                          fake_llm) -> None:
    """"No file changed: no new version (describe the change another way)" left the prompt
    box empty, unlike a stopped or failed run: the words to describe another way are back."""
    from tests.ui.test_main_window import script

    w = quiet_window
    script(fake_llm)
    assert run(qtbot, w, "first") == "finished"
    page = w.ctx.store.workspace(w.current.id).read_text("app/page.tsx")
    fake_llm.set("architect", plan(("app/page.tsx", "frontend")).replace(
        '"purpose": "x"', '"purpose": "x", "action": "modify"'))
    fake_llm.set("frontend", block("app/page.tsx", page.rstrip("\n")))
    assert run(qtbot, w, "show the overdue count") == "finished"
    assert feed_lines(w)[-1].startswith("No file changed: no new version")
    assert w.chat.prompt.toPlainText() == "show the overdue count"
