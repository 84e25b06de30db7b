"""walk22's window findings, each driven as a person does (clicks, keys, waitSignal): the
status bar's plan badge opens what it names and keeps off the window's edges."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QSizeGrip

from devora_desktop.ui.theme import SPACE
from tests.ui.conftest import bare_window, make_window


def test_the_plan_badge_opens_help_license_when_clicked(ctx, qtbot, aloop) -> None:
    """walk22 #11 (a): the status bar's 'Free — Help › License' reads as a link, and a
    click on it did nothing (only the Help menu's License… opened the dialog)."""
    w = make_window(ctx, qtbot)
    badge = w.status.plan_label
    qtbot.waitUntil(lambda: badge.text() == "Free — Help › License", timeout=5000)
    assert "Help › License" in badge.toolTip()
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton, pos=badge.rect().center())
    qtbot.waitUntil(lambda: getattr(w, "license_dialog", None) is not None
                    and w.license_dialog.isVisible(), timeout=5000)
    assert w.license_dialog.windowTitle() == "License"


def test_the_status_line_keeps_one_step_off_both_edges_of_the_maximised_window(
        qtbot, aloop) -> None:
    """walk22 #14 (walk20 #28 again): maximised at 1600x1000 under openbox, '● Pro' still
    touched the window's right edge (6 px off it), and the provider line started 2 px
    from the left one. Both ends sit one spacing step (8 px) from the window's edges."""
    w = bare_window(qtbot)
    w.status.plan_label.setText("● Pro")
    w.status.status_label.set_wordings("OpenAI-compatible · gpt-4.1-mini")
    w.showMaximized()
    qtbot.waitUntil(lambda: w.isMaximized() and not w.statusBar().findChild(QSizeGrip)
                    .isVisible(), timeout=5000)
    badge, line = w.status.plan_label, w.status.status_label
    qtbot.waitUntil(lambda: badge.width() >= badge.fontMetrics().horizontalAdvance("● Pro"),
                    timeout=5000)
    right = w.width() - (badge.mapTo(w, QPoint(badge.contentsRect().left(), 0)).x()
                         + badge.fontMetrics().horizontalAdvance(badge.text()))
    left = line.mapTo(w, QPoint(line.contentsRect().left(), 0)).x()
    assert right >= SPACE["s"] and left >= SPACE["s"], (left, right)
    assert abs(right - left) <= 2, (left, right)


def _quit(qtbot, w) -> None:
    """Ctrl+Q, and wait until the window has gone (it saves its layout as it closes)."""
    with qtbot.waitSignal(w.closed, timeout=10000):
        qtbot.keyClick(w.chat.prompt, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def test_the_window_comes_back_where_it_was_left_and_inside_the_screen(ctx, qtbot,
                                                                       aloop) -> None:
    """walk22 #11 (b): after each restart under openbox the window came back 5 px lower
    (Qt's restoreGeometry put the frame where the saved one was), its bottom edge off a
    700 px screen after a few. Moved and resized, then quit, it comes back exactly where
    it was, again and again; made larger than the screen, it comes back inside the
    screen's available area; maximised, it comes back maximised."""
    w = make_window(ctx, qtbot, size=None)
    room = w.screen().availableGeometry()
    size = w.minimumSize().expandedTo(w.minimumSizeHint())
    w.setGeometry(room.x() + 20, room.y() + 120, size.width() + 4, size.height() + 10)
    qtbot.waitUntil(lambda: w.geometry().topLeft() == room.topLeft() + QPoint(20, 120))
    left = w.geometry()
    for _start in range(3):
        _quit(qtbot, w)
        w = make_window(ctx, qtbot, size=None)
        assert w.geometry() == left, (w.geometry(), left)
    w.setGeometry(room.x(), room.y(), room.width() + 400, room.height() + 300)
    _quit(qtbot, w)
    w = make_window(ctx, qtbot, size=None)
    assert room.contains(w.frameGeometry()), (w.frameGeometry(), room)
    w.setGeometry(left)
    w.showMaximized()
    qtbot.waitUntil(w.isMaximized)
    _quit(qtbot, w)
    w = make_window(ctx, qtbot, size=None)
    assert w.isMaximized()
    assert w.normalGeometry() == left, (w.normalGeometry(), left)  # where Restore puts it


def test_the_left_columns_split_follows_what_its_lists_hold(ctx, qtbot, aloop) -> None:
    """walk22 #11 (c): at 1024x700 the Projects list showed 4 of its rows with a scroll bar
    and Files 4 of 5 files with another, while History below had ~150 px blank: the split
    stayed at its first shares whatever the lists held. Each list now shows all its rows
    when they fit; once the person drags the split, it stays where they put it."""
    from tests.ui.drive import drag, rows_drawn
    from tests.ui.test_window_basics import choose_project, project_with

    for n in range(4):
        project_with(ctx, f"Task Garden {n}", {"index.html": f"<h1>{n}</h1>\n"})
    project_with(ctx, "Reading list", {name: "x\n" for name in (
        "index.html", "README.md", "config.js", "styles.css", "app.js")})
    w = make_window(ctx, qtbot, size=(1024, 700))
    qtbot.waitUntil(lambda: w.projects.list.count() == 5, timeout=10000)
    choose_project(qtbot, w, 0)  # the newest: the reading list
    qtbot.waitUntil(lambda: w.history.list.count() == 1, timeout=5000)
    for view, rows in ((w.projects.list, 5), (w.files.tree, 5), (w.history.list, 1)):
        qtbot.waitUntil(lambda view=view, rows=rows: rows_drawn(view) == (rows, 0)
                        and not view.verticalScrollBar().isVisible(), timeout=5000)
    # the person drags Files' lower edge up: their split stays as other projects open
    before = w.left.sizes()
    drag(qtbot, w.left.handle(2), QPoint(0, -40))
    dragged = w.left.sizes()
    assert dragged[2] > before[2], (before, dragged)
    choose_project(qtbot, w, 1)
    qtbot.waitUntil(lambda: w.files.tree.topLevelItemCount() == 1, timeout=5000)
    qtbot.wait(20)
    assert w.left.sizes() == dragged


def test_the_projects_empty_state_reads_as_the_other_panels_do(ctx, qtbot, aloop) -> None:
    """walk23 #16 (c): with no project yet, Projects said 'No projects yet: describe one in
    the chat.' in bold body text flush left, under its empty list and on top of the Files
    heading, unlike Files' and History's centred, muted words in their own box. It is one
    of them now: in the Projects list's box, centred, in the same muted style."""
    from PySide6.QtCore import QRect

    w = make_window(ctx, qtbot, size=(1024, 700))
    said = w.projects.empty
    qtbot.waitUntil(lambda: said.text() == "No projects yet: describe one in the chat.",
                    timeout=10000)
    assert said.isVisible()
    assert said.objectName() == w.files.empty.label.objectName() == "empty-hint"
    assert said.alignment() & Qt.AlignmentFlag.AlignHCenter
    box = w.projects.list
    assert QRect(box.mapToGlobal(QPoint(0, 0)), box.size()).contains(
        QRect(said.mapToGlobal(QPoint(0, 0)), said.size()))
    assert said.height() >= said.heightForWidth(said.width())  # every word of it shows
