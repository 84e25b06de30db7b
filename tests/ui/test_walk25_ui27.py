"""walk25's window findings (session 25's ui27), each driven as a person does."""

from __future__ import annotations

import asyncio
import threading

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import make_window
from tests.ui.test_main_window import RUN_MS, feed_lines, script, type_prompt
from tests.ui.test_walk9_ui9 import failed_run, unreachable  # noqa: F401 (a fixture)
from tests.ui.test_window_basics import choose_project, project_with

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
        qtbot.waitUntil(lambda: w.history.list.count() == 1, timeout=RUN_MS)
        assert w.controller.going and not ended  # the run's end is not told yet
        assert w.history.selected_label() == "v1"
        assert w.history.diff_button.isEnabled()
        assert not w.history.restore_button.isEnabled()  # Restore waits for the run's end
    finally:
        closing.set()
    qtbot.waitUntil(lambda: ended == ["finished"], timeout=RUN_MS)
    assert w.history.list.count() == 1 and w.history.restore_button.isEnabled()


def test_words_typed_and_not_run_come_back_with_their_project_after_a_restart(
        ctx, qtbot, aloop) -> None:
    """walk25 #17: on Free offline a change typed into a project (Run refused: offline
    templates can't change an app) was gone after Quit and a new start; it was kept only
    while another project was opened. Each project's words come back with it, a key typed
    in them redacted on disk, once (the start after that has no stale words)."""
    plants = project_with(ctx, "Plants", {"index.html": "<h1>Plants</h1>\n"})
    project_with(ctx, "Recipes", {"index.html": "<h1>Recipes</h1>\n"})
    key = "sk-proj-" + "Ab3De6Gh9Jk2Mn5Pq8St1Vw4Yz7" * 2
    w = make_window(ctx, qtbot)
    qtbot.waitUntil(lambda: w.projects.list.count() == 2, timeout=10000)
    typed = {"Plants": "Add a sunlight column to the table",
             "Recipes": f"Sort the recipes by date, the key is {key}"}
    for name in ("Plants", "Recipes"):
        choose_project(qtbot, w, w.projects.names().index(name))
        w.chat.prompt.setFocus()
        qtbot.keyClicks(w.chat.prompt, typed[name])
        qtbot.waitUntil(lambda: bool(w.chat.refused), timeout=5000)  # offline: no change
    qtbot.keyClick(w, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)
    on_disk = (ctx.paths.root / "layout.ini").read_text()
    assert "sunlight column" in on_disk and key not in on_disk

    again = make_window(ctx, qtbot)  # the next start: on Recipes, where it was left
    qtbot.waitUntil(lambda: again.current.id is not None, timeout=10000)
    assert again.chat.prompt.toPlainText().startswith("Sort the recipes by date, the key is")
    assert key not in again.chat.prompt.toPlainText()
    choose_project(qtbot, again, again.projects.names().index("Plants"))
    assert again.current.id == plants
    assert again.chat.prompt.toPlainText() == typed["Plants"]
    qtbot.keyClick(again, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # left as is
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=5000)
    third = make_window(ctx, qtbot)
    qtbot.waitUntil(lambda: third.current.id == plants, timeout=10000)
    assert third.chat.prompt.toPlainText() == typed["Plants"]


def test_a_failed_agent_is_said_after_the_retries_it_failed_after(
        unreachable, qtbot, aloop, monkeypatch) -> None:  # noqa: F811
    """walk25 #18: a dead base URL: the feed said "Architect failed" *above* "Architect:
    could not reach 127.0.0.1:…; asked again" (the agent's line, from its start, was
    rewritten in place), so the failure read before the retry. It is said below it."""
    from dataclasses import fields

    from devora_desktop.core import retry

    told = {"initial": 0.1, "max_wait": 0.1, "jitter": 0.0}  # waits a feed says (0.1 s)
    monkeypatch.setattr(retry.RetryPolicy.__init__, "__defaults__",
                        tuple(told.get(f.name, f.default) for f in fields(retry.RetryPolicy)))
    monkeypatch.setattr(retry, "SAID_WAIT_S", 0.1)  # (the app says waits of 1 s and more)
    w = make_window(unreachable, qtbot)
    failed_run(qtbot, w)
    lines = feed_lines(w)
    retried = [i for i, x in enumerate(lines) if x.startswith("Architect: could not reach")]
    assert retried and lines.index("Architect failed") > retried[-1], lines
