"""A history row in a narrow panel reads its whole message and keeps its date (walk9 #12:
one line cut at its end read "a tracker for my pl…" at 1600 and 1024 px alike)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from devora_desktop.core.workspace import Workspace
from devora_desktop.ui.history_panel import MESSAGE_CHARS, HistoryPanel
from devora_desktop.ui.tasks import Notifier, Tasks


def test_a_long_message_wraps_whole_under_its_number_and_date(tmp_path, qtbot, aloop) -> None:
    ws = Workspace(tmp_path / "habits")
    ws.write_file("index.html", "<h1>Habits</h1>")
    ws.commit("a habit tracker with streaks")
    ws.write_file("index.html", "<h1>Habits!</h1>")
    ws.commit("make the streak badges green and the week start on Monday")
    ws.write_file("index.html", "<h1>Habits!!</h1>")
    ws.commit("x" * (MESSAGE_CHARS + 50))
    panel = HistoryPanel(Tasks(Notifier()))
    qtbot.addWidget(panel)
    panel.resize(250, 400)  # the width the panel has in a 1024x700 window
    panel.show()
    with qtbot.waitSignal(panel.reloaded, timeout=5000):
        panel.set_root(ws.root)
    head, message = panel.list.item(1).text().split("\n")
    assert head.startswith("v2 · ") and message == ("make the streak badges green and the "
                                                    "week start on Monday")
    room = panel.list.viewport().width() - 8
    for row in range(3):
        item = panel.list.item(row)
        need = panel.list.fontMetrics().boundingRect(
            QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, item.text()).height()
        assert panel.list.visualItemRect(item).height() >= need, item.text()
    longest = panel.list.item(0)
    assert longest.text().endswith("…") and len(longest.text().split("\n")[1]) == MESSAGE_CHARS
    assert longest.toolTip() == "x" * (MESSAGE_CHARS + 50)  # all of it, one hover away


def test_a_long_message_is_cut_at_its_end_not_its_middle(tmp_path, qtbot, aloop) -> None:
    """A message past the row's room keeps its start and ends in "…"; the whole of it is
    one hover away."""
    message = "make the streak badges green and the week start on Monday " * 6
    assert len(message) > MESSAGE_CHARS
    ws = Workspace(tmp_path / "habits")
    ws.write_file("index.html", "<h1>Habits</h1>")
    ws.commit(message)
    panel = HistoryPanel(Tasks(Notifier()))
    qtbot.addWidget(panel)
    panel.resize(250, 400)  # the width the panel has in a 1024x700 window
    panel.show()
    with qtbot.waitSignal(panel.reloaded, timeout=5000):
        panel.set_root(ws.root)
    shown = panel.list.item(0).text().split("\n")[1]
    assert shown.endswith("…") and message.startswith(shown[:-1].rstrip()), shown
    assert panel.list.item(0).toolTip() == message.strip()
