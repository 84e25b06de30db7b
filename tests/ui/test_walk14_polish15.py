"""walk14's window defects left open at session 13's end (issue 23): each fixed, each driven
here as a person meets it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.ui.test_main_window import make_window
from tests.ui.test_window_basics import choose_project, project_with


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-open: Linux")
def test_reveal_says_why_when_xdg_open_fails_and_copies_the_path(ctx, qtbot, aloop, tmp_path,
                                                                 monkeypatch) -> None:
    """walk14 #22: with xdg-open there but no file manager for it to start, it printed its
    error and exited 3, Qt had said it worked, and Reveal did nothing visible at all."""
    from PySide6.QtGui import QGuiApplication

    fake = tmp_path / "bin/xdg-open"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho \"xdg-open: no method available for opening '$1'\" >&2\n"
                    "exit 3\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    pid = project_with(ctx, "Site", {"index.html": "<h1>x</h1>"})
    w = make_window(ctx, qtbot)
    choose_project(qtbot, w, 0)
    QGuiApplication.clipboard().setText("")
    with qtbot.waitSignal(w.notifier.message, timeout=10_000) as said:
        w.reveal_action.trigger()  # Project › Reveal in file manager
    root = str(ctx.paths.project(pid))
    assert said.args[0] == (f"Could not open {root} (no app is set to open it): it is copied "
                            "to the clipboard, to open yourself")
    assert QGuiApplication.clipboard().text() == root
    assert w.statusBar().currentMessage() == said.args[0]


def test_a_working_xdg_open_says_nothing(ctx, qtbot, aloop, tmp_path: Path,
                                         monkeypatch) -> None:
    """...and one that opened the folder leaves the window as it was."""
    seen = tmp_path / "seen"
    fake = tmp_path / "bin/xdg-open"
    fake.parent.mkdir()
    fake.write_text(f"#!/bin/sh\necho \"$1\" > {seen}\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    pid = project_with(ctx, "Site", {"index.html": "<h1>x</h1>"})
    w = make_window(ctx, qtbot)
    choose_project(qtbot, w, 0)
    said: list[str] = []
    w.notifier.message.connect(said.append)
    w.reveal_action.trigger()
    qtbot.waitUntil(seen.exists, timeout=10_000)
    qtbot.wait(300)
    assert seen.read_text().strip() == ctx.paths.project(pid).as_uri() and not said


@pytest.mark.parametrize("size", [(1024, 700), (1600, 1000)])
def test_a_long_notice_never_makes_the_status_bar_taller(ctx, qtbot, aloop, tmp_path,
                                                         monkeypatch, size) -> None:
    """walk14 #7: a notice was a wrapped label in the status bar; a long one (Reveal's
    "Could not open <path> …") made the bar two or three lines tall and everything above
    it (Run, the prompt, the feed) jumped up 11-25 px for 8 s, and back. The notice now
    floats above the bar, whole, and nothing in the window moves."""
    from PySide6.QtCore import QPoint

    fake = tmp_path / "bin/xdg-open"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho \"xdg-open: no method available for opening '$1'\" >&2\n"
                    "exit 3\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    project_with(ctx, "A project with a rather long name 🍞 for the notice", {"index.html": "x"})
    w = make_window(ctx, qtbot)
    w.resize(*size)
    qtbot.waitUntil(lambda: (w.width(), w.height()) == size)
    choose_project(qtbot, w, 0)
    qtbot.wait(100)
    bar = w.statusBar()
    height, run_at = bar.height(), w.chat.run_button.mapTo(w, QPoint(0, 0))
    with qtbot.waitSignal(w.notifier.message, timeout=10_000):
        w.reveal_action.trigger()
    notice = w.status.message_label
    qtbot.waitUntil(notice.isVisible)
    qtbot.wait(100)  # laid out again, if anything were to move
    assert bar.height() == height and w.chat.run_button.mapTo(w, QPoint(0, 0)) == run_at
    assert bar.isVisible() and w.status.status_label.isVisible()  # the bar's line stays
    assert notice.height() >= notice.heightForWidth(notice.width())  # every line shows
    top_of_bar = bar.mapTo(w, QPoint(0, 0)).y()
    assert notice.geometry().bottom() < top_of_bar and notice.geometry().left() >= 0
    assert notice.geometry().right() < w.width()
