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
