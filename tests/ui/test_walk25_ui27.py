"""walk25's window findings (session 25's ui27), each driven as a person does."""

from __future__ import annotations

import asyncio
import threading

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_main_window import RUN_MS, script, type_prompt

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at


def test_history_lists_the_version_when_the_feed_says_it_was_saved(
        quiet_window, qtbot, fake_llm, monkeypatch) -> None:
    """walk25 #19: "Saved as version v1" was in the feed 2-3 s before History listed v1
    (Changes grey): the run closes its provider and records after it, and History was read
    again only at the run's end. Here that close is held: v1 is listed while it waits."""
    from devora_desktop.agents import launch

    w = quiet_window
    script(fake_llm)
    closing = threading.Event()
    exit_run = launch.start_run.__aexit__

    async def slow_exit(self, *exc: object) -> None:  # the engine's thread waits on the test
        await asyncio.to_thread(closing.wait, RUN_MS / 1000)
        await exit_run(self, *exc)

    monkeypatch.setattr(launch.start_run, "__aexit__", slow_exit)
    ended: list[str] = []
    w.run_finished.connect(ended.append)
    try:
        type_prompt(qtbot, w, "a task app")
        qtbot.mouseClick(w.chat.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.history.list.count() == 1, timeout=5000)
        assert w.controller.going and not ended  # the run's end is not told yet
        assert w.history.selected_label() == "v1"
        assert w.history.diff_button.isEnabled()
        assert not w.history.restore_button.isEnabled()  # Restore waits for the run's end
    finally:
        closing.set()
    qtbot.waitUntil(lambda: ended == ["finished"], timeout=RUN_MS)
    assert w.history.list.count() == 1 and w.history.restore_button.isEnabled()
