"""walk19's and the last stop's window findings, each driven as a person does (clicks, keys,
waitSignal): no stray window at start-up or beside a run's line, a killed run's steps where it
stopped, and Run again greyed with Run."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QSizeGrip, QWidget

from tests.ui.conftest import bare_window, make_window
from tests.ui.test_main_window import click_item, feed_lines


@contextlib.contextmanager
def windows_shown() -> Iterator[list[str]]:
    """Every widget the app shows while it has no parent, which makes it a window of its
    own on screen (dialogs and the main window aside). It watches the Python calls that show
    a widget, not Qt's events: an application-wide event filter in Python crashed PySide
    on objects Qt was tearing down."""
    shown: list[str] = []
    set_visible, show = QWidget.setVisible, QWidget.show

    def note(widget: QWidget) -> None:
        if widget.parent() is None and widget.windowType() == Qt.WindowType.Window and \
                not isinstance(widget, (QMainWindow, QDialog)):
            text = widget.text() if callable(getattr(widget, "text", None)) else ""
            shown.append(f"{type(widget).__name__} {text!r}")

    def shown_visible(widget: QWidget, visible: bool) -> None:
        if visible:
            note(widget)
        set_visible(widget, visible)

    def shown_now(widget: QWidget) -> None:
        note(widget)
        show(widget)

    QWidget.setVisible, QWidget.show = shown_visible, shown_now
    try:
        yield shown
    finally:
        QWidget.setVisible, QWidget.show = set_visible, show


def test_the_window_opens_with_no_other_window_beside_it(qtbot, aloop) -> None:
    """A small empty window (the Preview's Pick button, shown before the panel had placed
    it) stood at the screen's bottom-left for seconds at each start under a window manager
    (walk19 #18(a)). Building and showing the window shows no other."""
    with windows_shown() as shown:
        w = bare_window(qtbot)
    assert w.center.preview.embedded  # the panel with its Pick button
    assert shown == []


def test_a_failed_runs_line_opens_with_no_window_of_its_own(qtbot) -> None:
    """The same for the feed's line of a run no model answered: its 'Build it offline
    instead' was shown before the line had placed it, a window of its own for a moment."""
    from devora_desktop.agents.events import RunFailed, RunStarted
    from devora_desktop.progress import RunProgress
    from devora_desktop.ui.activity_panel import OFFLINE, ActivityPanel

    panel = ActivityPanel()
    qtbot.addWidget(panel)
    panel.show()
    progress = RunProgress()
    panel.bind(progress, live=True)
    progress.fold(RunStarted(run_id="r", project_id="p", project_name="P", mode="web",
                             provider="openai", provider_label="Fake", model="m"))
    with windows_shown() as shown:
        progress.fold(RunFailed(error="could not connect", retryable=True, unreachable=True))
    assert panel.run_line is not None and panel.run_line.offline.text() == OFFLINE
    assert panel.run_line.offline.isVisible()
    assert shown == []


@pytest.mark.usefixtures("plain_preview")  # no page looked at
def test_a_killed_runs_steps_say_where_it_stopped_and_run_again_agrees_with_run(
        isolated_home, qtbot, aloop) -> None:
    """After Devora was killed mid-run and started again, the step line showed every step
    pending ('· Plan · Build · Check · Review · Save'), as if the run had never begun: a
    killed run saved no log. And with the offline templates chosen, the feed's Run again was
    live while Run was greyed ('Offline templates can't change an app'). The run here is
    left as a kill leaves it: its engine's journal told its Plan and the start of its
    Build, and nothing closed it."""
    from devora_desktop.agents.events import (
        AgentDelta,
        AgentFinished,
        AgentStarted,
        FileStarted,
        RunStarted,
    )
    from devora_desktop.agents.journal import Journal
    from devora_desktop.core.context import AppContext
    from devora_desktop.core.models import Message, RunRecord, RunStatus, Usage
    from tests.ui.test_window_basics import project_with

    with AppContext.open(isolated_home) as before:
        pid = project_with(before, "Bakery", {"index.html": "<h1>Bakery</h1>"})
        record = RunRecord(project_id=pid, prompt="add a dark mode toggle", mode="web",
                           provider="openai", model="fake/model", status=RunStatus.RUNNING)
        before.store.runs.save(record)
        before.store.conversations.append(pid, Message(role="user", run_id=record.id,
                                                       content="add a dark mode toggle"))
        journal = Journal(before.store)
        journal.project, journal.record = before.store.projects.get(pid), record
        for event in (
                RunStarted(run_id=record.id, project_id=pid, project_name="Bakery", mode="web",
                           provider="openai", provider_label="Fake", model="fake/model",
                           refinement=True, agents=["architect", "frontend"]),
                AgentStarted(agent="architect", model="fake/model"),
                AgentDelta(agent="architect", text='{"files": []}'),
                AgentFinished(agent="architect", usage=Usage(prompt_tokens=600, completion_tokens=300),
                              seconds=2.0),
                AgentStarted(agent="frontend", model="fake/model"),
                FileStarted(agent="frontend", path="index.html")):
            journal.emit(event)
    ctx = AppContext.open(isolated_home)  # Devora started again, the offline templates on
    try:
        w = make_window(ctx, qtbot)
        qtbot.waitUntil(lambda: w.projects.list.count() == 1, timeout=10000)
        click_item(qtbot, w.projects.list, w.projects.list.item(0))
        qtbot.waitUntil(lambda: "Build" in w.activity.steps.text(), timeout=10000)
        assert w.activity.steps.text().replace("\u00a0", " ") == \
            "✓ Plan ■ Build – Check – Review – Save"
        assert "900 tok" in w.activity.totals.text()
        lines = feed_lines(w)
        assert lines[-1].startswith("That run was interrupted when Devora closed"), lines
        qtbot.waitUntil(lambda: not w.chat.run_button.isEnabled(), timeout=10000)
        line = w.activity.run_line
        assert not line.again.isEnabled()
        assert line.why.isVisible()
        assert line.why.text() == w.chat.lock_note.text() == (
            "Offline templates can't change an app; add a model in Settings to refine it.")
    finally:
        ctx.close()


def test_the_plan_badge_keeps_a_margin_at_the_maximised_windows_edge(qtbot, aloop) -> None:
    """Maximised (no size grip), the status bar's '● Pro' ran into the window's right edge,
    while the line on its left keeps a few pixels from the left one (walk20 #28)."""
    w = bare_window(qtbot)
    w.status.plan_label.setText("● Pro")
    w.showMaximized()
    qtbot.waitUntil(lambda: w.isMaximized() and not w.statusBar().findChild(QSizeGrip)
                    .isVisible(), timeout=5000)
    label = w.status.plan_label
    qtbot.waitUntil(lambda: label.width() >= label.fontMetrics().horizontalAdvance("● Pro"),
                    timeout=5000)
    text_right = label.mapTo(w, QPoint(label.contentsRect().left(), 0)).x() + \
        label.fontMetrics().horizontalAdvance(label.text())
    left = w.status.status_label.mapTo(w, QPoint(0, 0)).x()
    assert w.width() - text_right >= max(left, 4), (w.width(), text_right, left)


@pytest.mark.usefixtures("plain_preview")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-open: Linux")
def test_open_and_reveal_that_fail_name_the_file_as_the_window_does(
        ctx, qtbot, aloop, tmp_path, monkeypatch) -> None:
    """Code › Open whose opener fails (xdg-open ends 4: its browser refused to start as
    root) said 'Could not open /home/…/projects/p3f…/index.html (…): it is copied…', the
    data folder's whole path over three lines of the notice (walk20 #37). It names the
    file as the window does; its path is what Copy the path copies (walk22 #19: the path
    was copied unasked, in a line gone 8 s later)."""
    from tests.ui.test_main_window import click
    from tests.ui.test_window_basics import choose_project, open_in_tree, project_with

    fake = tmp_path / "bin/xdg-open"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'Running as root without --no-sandbox' >&2\nexit 4\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    project_with(ctx, "Bakery", {"index.html": "<h1>Bakery</h1>\n"})
    w = make_window(ctx, qtbot)
    qtbot.waitUntil(lambda: w.projects.list.count() == 1, timeout=10000)
    choose_project(qtbot, w, 0)
    open_in_tree(qtbot, w, "index.html")
    for button, said in ((w.viewer.open_button, "index.html"),
                         (w.viewer.reveal_button, "the folder of index.html")):
        click(qtbot, button)
        line = f"Could not open {said} (the app set to open it failed)"
        qtbot.waitUntil(lambda line=line: w.notifier.history[-1] == line, timeout=10000)
        notice = w.status.message_label
        assert notice.text() == line and notice.button.text() == "Copy the path"
        click(qtbot, notice.button)
    assert QApplication.clipboard().text() == str(w.viewer.path.parent)


@pytest.mark.usefixtures("plain_preview")
def test_a_chosen_file_is_one_highlight_in_the_files_tree(ctx, qtbot, aloop) -> None:
    """A file clicked in Files was highlighted in two pieces: a rounded square of its own
    in the tree's indent column (with focus corners), then the pill with its name (walk20
    #43). The indent column keeps the sidebar's colour; a folder keeps its arrow."""
    from PySide6.QtGui import QColor

    from devora_desktop.ui import theme
    from tests.ui.test_window_basics import choose_project, open_in_tree, project_with

    project_with(ctx, "Shop", {"index.html": "<h1>Shop</h1>", "app/page.tsx": "x"})
    w = make_window(ctx, qtbot)
    qtbot.waitUntil(lambda: w.projects.list.count() == 1, timeout=10000)
    choose_project(qtbot, w, 0)
    tree = w.files.tree
    for rel in ("index.html", "app/page.tsx"):
        open_in_tree(qtbot, w, rel)
        row = tree.visualItemRect(w.files.items[rel])
        picture = tree.viewport().grab().toImage()
        indent = row.left() - tree.indentation() // 2  # the column left of the name's pill
        assert QColor(picture.pixel(indent, row.center().y())) == \
            QColor(theme.current().sidebar), rel
    folder = tree.visualItemRect(w.files.items["app/"])
    arrow = {QColor(picture.pixel(x, folder.center().y())).name()
             for x in range(max(0, folder.left() - tree.indentation()), folder.left())}
    assert arrow - {QColor(theme.current().sidebar).name()}, "app/ lost its arrow"


def test_settings_with_a_stored_key_opens_with_no_window_beside_it(ctx, qtbot, aloop) -> None:
    """With a key stored, its Remove button was shown before its row had placed it: a
    small window of its own flashed as Settings opened."""
    from devora_desktop.ui.settings_dialog import SettingsDialog

    ctx.secrets.set("openrouter", "sk-or-v1-stored-0123456789")
    with windows_shown() as shown:
        d = SettingsDialog(ctx, {})
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
    assert d.remove_buttons["openrouter"].isVisible()
    assert not d.remove_buttons["openai"].isVisible()
    assert shown == []
