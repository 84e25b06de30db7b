"""A history row in a narrow panel reads from the start of its message and keeps its date."""

from __future__ import annotations

from PySide6.QtWidgets import QStyleOptionViewItem

from devora_desktop.core.workspace import Workspace
from devora_desktop.ui.history_panel import HistoryPanel
from devora_desktop.ui.tasks import Notifier, Tasks


def shown_text(panel: HistoryPanel, row: int) -> str:
    """The words the row paints: its delegate's text at the row's on-screen width."""
    index = panel.list.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(panel.list.viewport())
    option.rect = panel.list.visualRect(index)
    panel.list.itemDelegate().initStyleOption(option, index)
    return option.text


def test_a_long_message_is_cut_at_its_end_not_its_middle(tmp_path, qtbot, aloop) -> None:
    ws = Workspace(tmp_path / "habits")
    ws.write_file("index.html", "<h1>Habits</h1>")
    ws.commit("a habit tracker with streaks")
    ws.write_file("index.html", "<h1>Habits!</h1>")
    ws.commit("make the streak badges green and the week start on Monday")
    panel = HistoryPanel(Tasks(Notifier()))
    qtbot.addWidget(panel)
    panel.resize(250, 200)  # the width the panel has in a 1024x700 window
    panel.show()
    with qtbot.waitSignal(panel.reloaded, timeout=5000):
        panel.set_root(ws.root)
    text = shown_text(panel, 0)
    assert text.startswith("v2  make the streak"), text
    assert "…" in text and text.rstrip().endswith(panel.list.item(0).text()[-5:]), text
    assert panel.list.fontMetrics().horizontalAdvance(text) <= panel.list.viewport().width()
    assert panel.list.item(0).text().startswith("v2  make the streak badges green and")
