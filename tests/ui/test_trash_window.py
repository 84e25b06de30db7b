"""Deleted projects come back after a restart, from the window (walk12 #16): the dialog
promised a week in Devora's trash with Undo delete, but Undo was greyed once Devora had
started again and nothing listed what the trash kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import make_window
from tests.ui.drive import answer
from tests.ui.test_main_window import click, click_item
from tests.ui.test_project_verbs import _choose, _context_menu, _menu_bar

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def test_deleted_projects_come_back_after_a_restart(ctx, qtbot, aloop) -> None:
    from devora_desktop.ui.trash_dialog import EMPTY

    bakery = ctx.store.projects.create("Bakery")
    ws = ctx.store.workspace(bakery.id)
    ws.write_file("index.html", "<h1>Bread</h1>\n")
    ws.commit("v1")
    ctx.store.projects.create("Garden")
    w = make_window(ctx, qtbot)
    for name, left in (("Bakery", ["Garden"]), ("Garden", [])):
        _choose(qtbot, _context_menu(qtbot, w, name), "Delete…")
        answer(qtbot, w, "Delete")
        qtbot.waitUntil(lambda left=left: w.projects.names() == left)
    qtbot.waitUntil(lambda: not w.tasks.pending())
    w.close()

    again = make_window(ctx, qtbot)  # Devora started again on the same data folder
    undo = again.project_actions.actions["undo"]
    qtbot.waitUntil(undo.isEnabled)  # the trash is read off the Qt thread
    with qtbot.waitSignal(again.notifier.message) as said:
        _menu_bar(qtbot, again, "Project", "Undo delete of Garden")  # the latest one
    assert said.args == ["Brought back Garden"]
    qtbot.waitUntil(lambda: again.projects.names() == ["Garden"])

    _menu_bar(qtbot, again, "Project", "Recently deleted…")
    dialog = again.project_actions.trash_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    assert dialog.labels() == ["Bakery"] and dialog.restore_button.isEnabled()
    click_item(qtbot, dialog.list, dialog.list.topLevelItem(0))
    click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: sorted(again.projects.names()) == ["Bakery", "Garden"])
    assert again.current.id == bakery.id
    assert ctx.store.workspace(bakery.id).history()[0].message == "v1"
    qtbot.waitUntil(lambda: dialog.empty.isVisible() and dialog.empty.text() == EMPTY)
    assert not dialog.restore_button.isEnabled()

    # Delete now, asked first, empties it for good
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: again.project_actions.trash_dialog is None)
    _choose(qtbot, _context_menu(qtbot, again, "Garden"), "Delete…")
    answer(qtbot, again, "Delete")
    qtbot.waitUntil(lambda: undo.text() == "&Undo delete of Garden")
    _menu_bar(qtbot, again, "Project", "Recently deleted…")
    dialog = again.project_actions.trash_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.labels() == ["Garden"])
    click(qtbot, dialog.purge_button)
    answer(qtbot, dialog, "Delete now")
    qtbot.waitUntil(lambda: dialog.labels() == [] and not undo.isEnabled())
    assert ctx.store.projects.trashed() == []


def test_a_name_a_model_chose_is_shown_as_text_in_the_questions(ctx, qtbot, aloop) -> None:
    """attack12: a run's plan names the project; 'Notes<br><br><b>Nothing is deleted…</b>'
    was drawn as formatting inside Delete's and Delete now's questions (a link in it opened
    a browser), so a hostile model could make the question that destroys work lie."""
    from PySide6.QtWidgets import QLabel

    name = "Notes<br><br><b>Nothing is deleted: this only tidies the list</b>"
    ctx.store.projects.create(name)
    w = make_window(ctx, qtbot)

    def shown_as_text(owner) -> bool:
        label = owner.confirm_box.findChild(QLabel, "qt_msgbox_label")
        return label.textFormat() == Qt.TextFormat.PlainText and name in label.text()

    _choose(qtbot, _context_menu(qtbot, w, name), "Delete…")
    qtbot.waitUntil(lambda: getattr(w, "confirm_box", None) is not None)
    assert shown_as_text(w)
    answer(qtbot, w, "Delete")
    qtbot.waitUntil(lambda: w.projects.names() == [])
    _menu_bar(qtbot, w, "Project", "Recently deleted…")
    dialog = w.project_actions.trash_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.labels() == [name])
    click(qtbot, dialog.purge_button)
    qtbot.waitUntil(lambda: getattr(dialog, "confirm_box", None) is not None)
    assert shown_as_text(dialog)


def test_a_week_over_while_the_window_stays_open_purges_the_entry(ctx, qtbot, aloop) -> None:
    """The trash was purged only at start-up: a window left open for over a week still
    listed an entry whose week was over (and Undo delete still offered it). Opening
    Recently deleted… purges it, and so does the window's periodic read while the list is
    open; the disk work runs off the Qt thread. The clock is the store's, turned forward."""
    import time

    from devora_desktop.core.store import TRASH, TRASH_DAYS
    from devora_desktop.ui.trash_dialog import EMPTY

    for name in ("Bakery", "Garden"):
        ctx.store.projects.create(name)
    w = make_window(ctx, qtbot)
    undo = w.project_actions.actions["undo"]
    _choose(qtbot, _context_menu(qtbot, w, "Bakery"), "Delete…")
    answer(qtbot, w, "Delete")
    qtbot.waitUntil(lambda: undo.text() == "&Undo delete of Bakery")
    day = 86400
    started = time.time()
    ctx.store.clock = lambda: started + TRASH_DAYS * day + 60  # a week and a minute later
    _menu_bar(qtbot, w, "Project", "Recently deleted…")
    dialog = w.project_actions.trash_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.empty.isVisible())
    assert dialog.empty.text() == EMPTY and not undo.isEnabled()
    assert list((ctx.paths.root / TRASH).iterdir()) == []

    # the list open meanwhile: the window's own periodic read empties it
    ctx.store.clock = time.time
    _choose(qtbot, _context_menu(qtbot, w, "Garden"), "Delete…")
    answer(qtbot, w, "Delete")
    qtbot.waitUntil(lambda: dialog.labels() == ["Garden"] and undo.isEnabled())
    w.project_actions.trash_timer.setInterval(50)  # a quarter of an hour, sooner
    ctx.store.clock = lambda: time.time() + TRASH_DAYS * day + 60
    qtbot.waitUntil(lambda: dialog.labels() == [] and not undo.isEnabled(), timeout=5000)
    assert list((ctx.paths.root / TRASH).iterdir()) == []
