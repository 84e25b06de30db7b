"""The window's runs go on the engine's own thread (ui/engine_thread.py): the Qt thread keeps
turning while the engine parses, and what crosses between the threads arrives in order,
is answered where it belongs, and is cancelled with the side that asked."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from PySide6.QtCore import QTimer

from devora_desktop.agents.protocol import FileBlockParser
from devora_desktop.ui.engine_thread import Engine
from tests.ui.test_main_window import make_window, run, script

pytestmark = pytest.mark.usefixtures("plain_preview")  # no page looked at

BUSY_S = 0.3  # a parse that holds its thread this long (a huge model answer, say)


def test_a_run_parses_off_the_qt_thread_and_the_window_keeps_ticking(
        configured, qtbot, aloop, fake_llm, monkeypatch) -> None:
    """The model's stream is parsed on the engine's thread: while a parse holds that thread
    (here: sleeps, as a parser busy with a huge answer would), a Qt timer still fires,
    and the run's files, feed and end reach the window as before. On the Qt thread the
    timer could not fire until each parse returned."""
    feed = FileBlockParser.feed
    threads: list[threading.Thread] = []
    busy: list[tuple[float, float]] = []  # when a parse held its thread

    def slow_feed(self, text: str):
        threads.append(threading.current_thread())
        if len(busy) < 2:
            start = time.perf_counter()
            time.sleep(BUSY_S)
            busy.append((start, time.perf_counter()))
        return feed(self, text)

    monkeypatch.setattr(FileBlockParser, "feed", slow_feed)
    w = make_window(configured, qtbot)
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    script(fake_llm, latency=0.005)
    # and the run's end on screen (the project list and the prompt, then the files, history
    # and centre read again) was one call with the end's fold, ~10 ms of the Qt thread with
    # a few projects: its second half waits a turn of the loop, and run_finished is told
    # once both are done (connected after the run presenter: called after its first half)
    told: list[str] = []
    told_with_the_first_half: list[bool] = []
    w.run_finished.connect(told.append)
    w.controller.finished.connect(lambda _o: told_with_the_first_half.append(bool(told)))
    try:
        assert run(qtbot, w, "a task app") == "finished"
    finally:
        timer.stop()
    assert told_with_the_first_half == [False] and told == ["finished"]
    assert threads and len(busy) == 2
    assert threading.main_thread() not in threads
    for start, end in busy:  # the window turned while the engine was busy
        assert any(start < t < end for t in ticks), (start, end)
    assert all(t is w.controller.engine.thread for t in threads)
    assert w.files.items["app/page.tsx"].text(0) == "page.tsx  ● new"
    assert w.ctx.store.workspace(w.current.id).read_text("app/page.tsx").startswith(
        "export default function Page()")


def test_calls_handed_to_the_window_run_on_the_qt_thread_in_order(qloop) -> None:
    """Many calls posted from the engine's thread at once run on the Qt thread, in the
    order they were posted, woken far fewer times than there were calls."""
    engine = Engine()
    seen: list[tuple[int, bool]] = []
    wakes: list[int] = []
    drain = engine.gui.drain
    engine.gui.drain = lambda budget=None: (wakes.append(1), drain(budget))  # type: ignore

    async def engine_side() -> None:
        for n in range(500):
            engine.to_gui(lambda n=n: seen.append(
                (n, threading.current_thread() is threading.main_thread())))

    try:
        qloop.run_until_complete(engine.run(engine_side()))
    finally:
        engine.close()
    assert [n for n, _ in seen] == list(range(500))
    assert all(on_qt for _, on_qt in seen)
    assert len(wakes) < 500


def test_a_call_can_leave_its_second_half_for_the_next_turn_before_the_rest(qloop) -> None:
    """A run's start folded, then its new project opened, were 12-14 ms of the Qt thread in
    one go: the second half runs after a turn of the loop (a batch of its own), and still
    before every call posted after the first."""
    engine = Engine()
    seen: list[tuple[str, int]] = []

    def first() -> None:
        seen.append(("first", engine.gui.batches))
        engine.gui.next_turn(lambda: seen.append(("second", engine.gui.batches)))

    async def engine_side() -> None:
        engine.to_gui(first)
        engine.to_gui(lambda: seen.append(("later", engine.gui.batches)))

    try:
        qloop.run_until_complete(engine.run(engine_side()))
    finally:
        engine.close()
    assert [what for what, _ in seen] == ["first", "second", "later"]
    assert seen[1][1] > seen[0][1]  # after the loop turned


def test_the_raw_text_a_batch_brought_is_on_screen_as_the_batch_ends(qloop) -> None:
    """The window's raw-text panes are flushed at the end of each batch of the engine's
    calls (RunController.after_batch), not at a zero timer queued behind the paints and
    timers that came meanwhile (bench/ui_latency.py's token to screen)."""
    from devora_desktop.agents.events import AgentDelta, RunStarted
    from devora_desktop.progress import RunProgress
    from devora_desktop.ui.agent_panes import AgentPanes
    from devora_desktop.ui.run_controller import RunController
    from devora_desktop.ui.tasks import Notifier, Tasks

    controller = RunController(Tasks(Notifier()))
    panes = AgentPanes()
    controller.after_batch.append(panes.flush)
    progress = RunProgress()
    panes.bind(progress, [], live=True)
    shown: list[str] = []

    def on_screen() -> None:  # a call of the next batch: what the last one brought is there
        shown.append(panes.panes["frontend"].text.toPlainText())

    async def engine_side() -> None:
        # on_screen goes in a batch after the delta's has ended, however long the Qt thread
        # takes to run it (a fixed sleep here lost that race on a loaded machine)
        loop = asyncio.get_running_loop()
        ended = asyncio.Event()
        folded: list[bool] = []

        def batch_ended() -> None:  # Qt thread, after panes.flush, at each batch's end
            if folded:
                loop.call_soon_threadsafe(ended.set)

        controller.after_batch.append(batch_ended)
        gui = controller.engine.to_gui
        gui(progress.fold, RunStarted(run_id="r", project_id="p", project_name="P", mode="web",
                                      provider="fake", provider_label="Fake", model="m",
                                      agents=["frontend"]))
        gui(progress.fold, AgentDelta(agent="frontend", text="Writing the page."))
        gui(folded.append, True)
        await ended.wait()
        gui(on_screen)

    try:
        panes.flush_timer.timeout.disconnect()  # only the batch's end may flush
        qloop.run_until_complete(controller.engine.run(engine_side()))
    finally:
        controller.engine.close()
    assert shown == ["Writing the page."]


def test_cancelling_the_window_side_stops_the_engine_side_and_waits_for_its_cleanup(
        qloop) -> None:
    """A stop from the window (closing mid-run) cancels the coroutine on the engine's
    thread and returns only once it has cleaned up (a run rolls back first)."""
    engine = Engine()
    steps: list[str] = []
    started = threading.Event()

    async def engine_side() -> None:
        started.set()
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            await asyncio.sleep(0.05)  # the rollback
            steps.append("rolled back")
            raise

    async def window_side() -> None:
        task = asyncio.ensure_future(engine.run(engine_side()))
        while not started.is_set():
            await asyncio.sleep(0.01)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            steps.append("window told")

    try:
        qloop.run_until_complete(asyncio.wait_for(window_side(), 10))
    finally:
        engine.close()
    assert steps == ["rolled back", "window told"]


def test_a_question_from_the_engine_is_asked_on_the_qt_thread(qloop) -> None:
    """The engine awaits the person's answer, asked by the window on the Qt thread; an
    error in the question reaches the engine, and a run stopped while it waits takes the
    question down with it."""
    engine = Engine()
    asked_on: list[bool] = []
    question_cancelled = asyncio.Event()

    async def ask(what: str) -> bool:
        asked_on.append(threading.current_thread() is threading.main_thread())
        if what == "broken":
            raise ValueError("no answer")
        if what == "forever":
            try:
                await asyncio.sleep(30)
            except asyncio.CancelledError:
                question_cancelled.set()
                raise
        return what == "yes"

    async def engine_side() -> list[object]:
        got: list[object] = [await engine.on_gui(ask, "yes"), await engine.on_gui(ask, "no")]
        try:
            await engine.on_gui(ask, "broken")
        except ValueError as exc:
            got.append(str(exc))
        waiting = asyncio.ensure_future(engine.on_gui(ask, "forever"))
        await asyncio.sleep(0.1)
        waiting.cancel()
        await asyncio.gather(waiting, return_exceptions=True)
        return got

    async def window_side() -> list[object]:
        got = await engine.run(engine_side())
        await asyncio.wait_for(question_cancelled.wait(), 5)
        return got

    try:
        got = qloop.run_until_complete(asyncio.wait_for(window_side(), 10))
    finally:
        engine.close()
    assert got == [True, False, "no answer"]
    assert asked_on == [True, True, True, True]


def test_a_first_run_that_fails_before_the_window_catches_up_keeps_nothing(
        configured, qtbot, aloop, fake_llm) -> None:
    """The engine does not wait for the window: a new project's first run can fail and
    remove the project while the Qt thread is still busy (here: for a second as the run
    folds the run's start). The window then opens a project that is already gone, and
    still ends as for any failed first run: nothing kept, the prompt back, the empty
    centre."""
    from tests.ui.test_main_window import feed_lines, on_next_run

    w = make_window(configured, qtbot)
    script(fake_llm)
    fake_llm.set("architect", {"fault": "429", "retry_after": 3600})
    on_next_run(w, "run_started", lambda: time.sleep(1.0))
    assert run(qtbot, w, "a task app") == "failed"
    assert w.ctx.store.projects.list() == []
    assert w.current.id is None and w.center.currentWidget() is w.center.empty
    assert "Nothing was kept of the new project." in " ".join(feed_lines(w))
    assert w.chat.prompt.toPlainText() == "a task app"


def test_a_file_that_lands_while_the_folder_is_listed_stays_in_the_tree(
        qtbot, aloop, tmp_path, monkeypatch) -> None:
    """The engine writes on its own thread while the Files panel lists the folder off the
    Qt thread: a listing made before a file landed must not take that file off the tree
    when it arrives after the file's event."""
    from devora_desktop.agents.events import FileWritten
    from devora_desktop.progress import RunProgress
    from devora_desktop.ui import files_panel
    from devora_desktop.ui.files_panel import FilesPanel
    from devora_desktop.ui.tasks import Notifier, Tasks
    from tests.agents.test_progress import started

    (tmp_path / "README.md").write_text("# old\n")
    scan, listed = files_panel._scan, threading.Event()

    def old_listing(root):
        got = scan(root)  # the folder as it was
        listed.set()
        time.sleep(0.3)  # meanwhile the engine writes app.js and the window folds it
        return got

    monkeypatch.setattr(files_panel, "_scan", old_listing)
    panel = FilesPanel(Tasks(Notifier()))
    qtbot.addWidget(panel)
    model = RunProgress()
    panel.bind(model)
    model.fold(started())
    with qtbot.waitSignal(panel.reloaded, timeout=5000):
        panel.set_root(tmp_path)
        qtbot.waitUntil(listed.is_set)
        (tmp_path / "app.js").write_text("go()\n")
        model.fold(FileWritten(agent="frontend", path="app.js", size=5))
        assert "app.js" in panel.items
    assert sorted(r for r in panel.items if not r.endswith("/")) == ["README.md", "app.js"]
    assert panel.items["app.js"].text(0) == "app.js  ● new"


def test_streamed_text_crosses_once_a_frame_joined_and_in_order() -> None:
    """4 agents at 300 tokens/s were 1,200 hand-overs a second, each a fold and a Qt signal
    on the window's thread: text that follows a hand-over closely waits for the frame's end
    and crosses joined, per agent and worker; any other event sends what is held first;
    text after a quiet spell goes at once. ``since`` is when the oldest text held came."""
    from devora_desktop.agents.events import AgentDelta, FileWritten
    from devora_desktop.ui.run_controller import TextBatcher

    told: list[tuple[object, float | None, float]] = []

    async def stream() -> None:
        batcher = TextBatcher(lambda ev, since: told.append((ev, since, time.perf_counter())))
        first = time.perf_counter()
        batcher.add(AgentDelta(agent="frontend", text="a"))  # quiet before: at once
        assert len(told) == 1
        for text in "bcd":
            batcher.add(AgentDelta(agent="frontend", text=text))
        batcher.add(AgentDelta(agent="backend", text="x"))
        assert len(told) == 1  # held for the frame's end
        await asyncio.sleep(TextBatcher.FRAME * 3)
        assert len(told) == 3  # one joined delta per agent
        batcher.add(AgentDelta(agent="frontend", text="e"))
        batcher.add(FileWritten(agent="frontend", path="index.html", change="new", size=9))
        batcher.add(AgentDelta(agent="frontend", text="f"))
        batcher.flush()  # the run's end
        assert told[0][1] is not None and told[0][1] >= first

    asyncio.run(stream())
    said = [(type(ev).__name__, getattr(ev, "agent", ""), getattr(ev, "text", ""))
            for ev, _since, _at in told]
    assert said == [("AgentDelta", "frontend", "a"), ("AgentDelta", "frontend", "bcd"),
                    ("AgentDelta", "backend", "x"), ("AgentDelta", "frontend", "e"),
                    ("FileWritten", "frontend", ""), ("AgentDelta", "frontend", "f")]
    held = told[1]
    assert held[2] - held[1] >= TextBatcher.FRAME * 0.5  # since: when "b" came, not sent
