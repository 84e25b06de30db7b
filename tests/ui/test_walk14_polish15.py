"""walk14's window defects left open at session 13's end: each fixed, each driven
here as a person meets it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_main_window import make_window
from tests.ui.test_window_basics import choose_project, project_with

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at

# xdg-open installed with no file manager behind it: it says so and exits 3
FAILING = "echo \"xdg-open: no method available for opening '$1'\" >&2\nexit 3\n"


def fake_xdg_open(tmp_path: Path, monkeypatch, body: str) -> None:
    """Put an ``xdg-open`` running ``body`` first on PATH, as a desktop's own would be."""
    fake = tmp_path / "bin/xdg-open"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\n" + body)
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-open: Linux")
def test_reveal_says_why_when_xdg_open_fails_and_copies_the_path(ctx, qtbot, aloop, tmp_path,
                                                                 monkeypatch) -> None:
    """walk14 #22: with xdg-open there but no file manager for it to start, it printed its
    error and exited 3, Qt had said it worked, and Reveal did nothing visible at all."""
    from PySide6.QtGui import QGuiApplication

    fake_xdg_open(tmp_path, monkeypatch, FAILING)
    pid = project_with(ctx, "Site", {"index.html": "<h1>x</h1>"})
    w = make_window(ctx, qtbot)
    choose_project(qtbot, w, 0)
    QGuiApplication.clipboard().setText("")
    with qtbot.waitSignal(w.notifier.message, timeout=10_000) as said:
        w.reveal_action.trigger()  # Project › Reveal in file manager
    root = str(ctx.paths.project(pid))
    assert said.args[0] == f"Could not open {root} (no app is set to open it)"
    assert w.statusBar().currentMessage() == said.args[0]
    assert QGuiApplication.clipboard().text() == ""  # copied when asked (walk22 #19)
    qtbot.mouseClick(w.status.message_label.button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == root


def test_a_working_xdg_open_says_nothing(ctx, qtbot, aloop, tmp_path: Path,
                                         monkeypatch) -> None:
    """...and one that opened the folder leaves the window as it was."""
    seen = tmp_path / "seen"
    fake_xdg_open(tmp_path, monkeypatch, f"echo \"$1\" > {seen}\n")
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

    fake_xdg_open(tmp_path, monkeypatch, FAILING)
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


def test_after_a_budget_stop_raising_the_budget_is_the_way_forward(quiet_window, qtbot,
                                                                   fake_llm) -> None:
    """A budget stop's Run again stayed live beside Raise the budget…, and clicked, it ran
    the same prompt into the same cap. Now Raise the budget… is the line's primary button,
    Run again waits (saying why) until Settings are saved with a higher budget, and then
    runs past where it stopped."""
    from PySide6.QtWidgets import QApplication

    from devora_desktop.ui.settings_dialog import SettingsDialog
    from tests.ui.test_main_window import click
    from tests.ui.test_settings_dialog import save
    from tests.ui.test_walk7_window8 import built
    from tests.ui.test_walk13_polish14 import _budget_stop

    w = quiet_window
    built(qtbot, w, fake_llm)
    _budget_stop(qtbot, w, fake_llm)
    line = w.activity.run_line
    assert line.raise_budget.isVisible() and line.raise_budget.property("variant") == "primary"
    assert line.again.isVisible() and not line.again.isEnabled()
    assert "raise the budget first" in line.again.toolTip()
    assert line.raise_budget.mapTo(line, line.raise_budget.rect().topLeft()).y() < \
        line.again.mapTo(line, line.again.rect().topLeft()).y()  # the way forward first
    click(qtbot, line.raise_budget)
    qtbot.waitUntil(lambda: any(isinstance(d, SettingsDialog) and d.isVisible()
                                for d in QApplication.topLevelWidgets()))
    dialog = next(d for d in QApplication.topLevelWidgets()
                  if isinstance(d, SettingsDialog) and d.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.budget
                    or dialog.budget.isAncestorOf(QApplication.focusWidget()))
    dialog.budget.selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "5")  # $5 a run
    save(qtbot, dialog)
    dialog.reject()
    assert w.ctx.settings.budget_usd == 5
    qtbot.waitUntil(line.again.isEnabled, timeout=5000)
    with qtbot.waitSignal(w.run_finished, timeout=60_000) as ended:
        click(qtbot, line.again)
    assert ended.args == ["finished"]


def test_the_run_counter_is_never_drawn_cut(quiet_window, qtbot, fake_llm) -> None:
    """walk14 #23: at 1600 px the Activity column's run counter read "1,114 tok · $0.00"
    mid-run: each count that grew the text was painted before the column was laid out
    again, in the label's old, narrower width. Each count is whole when it is shown."""
    from tests.ui.test_main_window import on_next_run, run, script

    w = quiet_window
    w.resize(1600, 1000)
    qtbot.waitUntil(lambda: w.width() == 1600)
    script(fake_llm, latency=0.05)  # each token its own count (text is handed on per 4 ms)
    totals, cut = w.activity.totals, []

    def shown(*_args) -> None:  # after the panel has drawn the count (it hears it first)
        need = totals.fontMetrics().horizontalAdvance(totals.text())
        if totals.isVisible() and totals.contentsRect().width() < need:
            cut.append((totals.text(), totals.contentsRect().width(), need))

    on_next_run(w, "cost_changed", shown)
    assert run(qtbot, w, "a plant log") == "finished"
    assert "tok" in totals.text() and not cut, cut


def test_a_project_being_opened_says_it_loads_never_that_it_is_empty(ctx, qtbot, aloop) -> None:
    """walk14 #35: a reopened project showed "No files yet" and "No versions yet" for 5-10 s
    at start, before its files and versions were read (off the Qt thread). Until then the
    panels say they are loading; once read, the files and versions are listed."""
    from tests.ui.test_main_window import click_item

    project_with(ctx, "Bakery", {"index.html": "<h1>Crumb</h1>"})
    w = make_window(ctx, qtbot)
    qtbot.waitUntil(lambda: w.projects.list.count() == 1)
    with qtbot.waitSignal(w.files.reloaded, timeout=10_000):
        click_item(qtbot, w.projects.list, w.projects.list.item(0))
        # the click has opened it; its folder and history are being read
        for panel, empty in ((w.files, "No files yet"), (w.history, "No versions yet")):
            hint = panel.empty.label
            assert not (hint.isVisible() and hint.text().startswith(empty)), hint.text()
            assert not hint.isVisible() or hint.text().startswith("Loading"), hint.text()
    qtbot.waitUntil(lambda: w.history.list.count() == 1, timeout=10_000)
    assert "index.html" in w.files.items and not w.files.empty.label.isVisible()


def test_exports_main_button_is_filled_as_every_dialogs_is(ctx, qtbot, aloop) -> None:
    """look14's left-over: Export's Export was a plain button beside Close, where every
    other dialog's main action is filled in the primary colour."""
    from PySide6.QtCore import Qt

    from devora_desktop.ui.theme import apply_theme

    project_with(ctx, "Bakery", {"index.html": "<h1>Crumb</h1>"})
    w = make_window(ctx, qtbot)
    t = apply_theme("light")
    choose_project(qtbot, w, 0)
    qtbot.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Export › Export…
    qtbot.waitUntil(lambda: getattr(w, "export_dialog", None) is not None
                    and w.export_dialog.isVisible())
    d = w.export_dialog
    qtbot.waitUntil(d.go.isEnabled)
    go = d.go
    assert go.grab().toImage().pixelColor(go.width() - 6, go.height() // 2).name() == t.primary
    close = d.cancel
    assert close.grab().toImage().pixelColor(close.width() - 6,
                                             close.height() // 2).name() != t.primary
    d.reject()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_settings_lists_are_cards_with_pill_rows_as_menus_are(ctx, qtbot, aloop, name) -> None:
    """look14's left-over: Settings' combo boxes opened a stock list — square, unpadded
    rows, the current one in a dotted frame — under a styled box. Their rows are now the
    menus' pills: padded, rounded, the current one in the selection tone."""
    from PySide6.QtCore import Qt

    from devora_desktop.ui.theme import apply_theme
    from tests.ui.test_walk7_window8 import _open_settings

    w = make_window(ctx, qtbot)
    t = apply_theme(name)
    d = _open_settings(qtbot, w)
    qtbot.mouseClick(d.provider, Qt.MouseButton.LeftButton)  # the Provider box opens
    view = d.provider.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(100)
    row = view.visualRect(view.currentIndex())
    image = view.viewport().grab().toImage()
    assert row.height() >= view.fontMetrics().height() + 8  # padded, not a bare line
    inside = image.pixelColor(row.left() + 3, row.center().y()).name()
    assert inside == t.sidebar_selected, inside  # the current row is a pill in that tone
    corner = image.pixelColor(row.left(), row.top()).name()
    assert corner != t.sidebar_selected, corner  # with rounded ends
    d.provider.hidePopup()
    d.reject()


def test_a_reopened_projects_feed_says_its_last_run_is_loading(quiet_window, qtbot,
                                                                fake_llm) -> None:
    """walk14 #35, the feed's part: a reopened project showed its prompts alone for 5-10 s
    at start, a bare feed, until its last run was read from its log. It says the run is
    loading until the run's lines replace that line."""
    from PySide6.QtCore import Qt

    from tests.ui.test_main_window import click_item, feed_lines
    from tests.ui.test_walk7_window8 import built

    w = quiet_window
    built(qtbot, w, fake_llm)
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New project
    qtbot.waitUntil(lambda: not feed_lines(w), timeout=10_000)
    click_item(qtbot, w.projects.list, w.projects.list.item(0))  # and back to the bakery
    lines = feed_lines(w)  # opened: its prompt, and the run being read
    assert lines[0] == "you: a bakery page" and lines[-1] == "Devora: Loading the last run…"
    qtbot.waitUntil(lambda: w.activity.run_line is not None, timeout=10_000)
    lines = feed_lines(w)
    assert "Devora: Loading the last run…" not in lines and len(lines) > 2, lines
