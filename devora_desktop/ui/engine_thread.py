"""The engine's own thread: a window's runs (network, parsing of model output, orchestration,
the file gate) go on a plain asyncio loop there, so the Qt thread only paints and folds what
the engine tells it (the streams' reading, the validators and the redaction go further, to
child processes). See docs/ARCHITECTURE.md, Threads.

Both ways across are explicit. The engine hands the window work with :meth:`Engine.to_gui`:
calls queue in order and run on the Qt thread in batches (one queued Qt signal wakes the
window however many calls came meanwhile). The window runs a coroutine on the engine with
:meth:`Engine.run` and the engine asks the window (a question to the person) with
:meth:`Engine.on_gui`; cancelling either side cancels the other and waits for it to end.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")


def _settle(future: asyncio.Future, task: asyncio.Future) -> None:
    """Copy ``task``'s end to ``future`` (both on the caller's loop by then)."""
    if future.done():
        return
    if task.cancelled():
        future.cancel()
    elif (exc := task.exception()) is not None:
        future.set_exception(exc)
    else:
        future.set_result(task.result())


class GuiQueue(QObject):
    """Calls from any thread, run on the Qt thread in the order they came.

    One queued signal per batch, not per call, and at most one batch per ``SPACING``: each
    wake-up is a moment the Qt thread must win the GIL back from the engine's, so streamed
    tokens (a thousand events a second) are folded a few at a time, not one by one (the
    panes show them at most every 8 ms anyway). A batch stops after ``BUDGET`` seconds and
    goes on at the next turn of the Qt loop, so a burst never holds the window longer than
    about a frame."""

    BUDGET = 0.008
    SPACING = 0.004
    _wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._calls: deque[tuple[float, Callable[..., Any], tuple]] = deque()
        self._lock = threading.Lock()
        self._woken = False
        self._next = 0.0  # no batch before this (perf_counter)
        self.batches = 0  # how many ran (bench/ui_latency.py)
        self._draining = False  # a batch runs now
        self._turn = False  # a call asked for the rest after a turn of the loop (next_turn)
        #: when the call being run now was posted (perf_counter): what a latency bench needs
        self.posted_at: float | None = None
        #: called on the Qt thread after each batch: what the batch changed goes on screen
        #: now, not after the paints and timers queued meanwhile (ui/agent_panes.py)
        self.after_batch: list[Callable[[], None]] = []
        self._wake.connect(self._on_wake, Qt.ConnectionType.QueuedConnection)
        self._later = QTimer(self, singleShot=True)
        self._later.setTimerType(Qt.TimerType.PreciseTimer)
        self._later.timeout.connect(self._run_batch)

    def post(self, fn: Callable[..., Any], *args: Any, since: float | None = None) -> None:
        """``since``: when what the call carries came (perf_counter), when earlier than now
        (text the engine held for a frame, :class:`TextBatcher`): :attr:`posted_at` says
        it, so a latency measure counts the hold too."""
        self._calls.append((time.perf_counter() if since is None else since, fn, args))
        with self._lock:
            if self._woken:
                return
            self._woken = True
        self._wake.emit()

    def _on_wake(self) -> None:
        wait = self._next - time.perf_counter()
        if wait > 0.001:  # a batch ran just now: this one a little later, with what comes
            self._later.start(math.ceil(wait * 1000))
        else:
            self._run_batch()

    def _run_batch(self) -> None:
        self._next = time.perf_counter() + self.SPACING
        self.batches += 1
        self.drain(self.BUDGET)

    def next_turn(self, fn: Callable[..., Any], *args: Any) -> None:
        """From a call this queue runs (Qt thread): ``fn(*args)`` runs before every call
        still queued, after the loop has turned once (painted, ticked): a call that does
        two costly things in a row (a run's start folded, then its project opened) lets a
        frame through between them. Elsewhere: as :meth:`post`."""
        if not self._draining:
            self.post(fn, *args)
            return
        self._calls.appendleft((self.posted_at or time.perf_counter(), fn, args))
        self._turn = True

    def drain(self, budget: float | None = None) -> None:
        """Run what is queued (Qt thread only); with a budget, the rest at the next turn."""
        with self._lock:
            self._woken = False
        deadline = None if budget is None else time.perf_counter() + budget
        self._draining, self._turn = True, False
        try:
            while self._calls:
                if deadline is not None and (self._turn or time.perf_counter() > deadline):
                    break
                self.posted_at, fn, args = self._calls.popleft()
                fn(*args)
        finally:
            self.posted_at = None
            self._draining = self._turn = False
            if self._calls:  # out of budget, or a call raised: the rest at the next turn
                with self._lock:
                    woken, self._woken = self._woken, True
                if not woken:
                    self._wake.emit()
            for fn in self.after_batch:
                fn()


class Engine:
    """One thread with its own asyncio loop, started on first use and stopped by
    :meth:`close`; made on the Qt thread (its :class:`GuiQueue` lives there)."""

    def __init__(self, name: str = "devora-engine") -> None:
        self.name = name
        self.gui = GuiQueue()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._gui_loop: asyncio.AbstractEventLoop | None = None  # the loop run() was awaited on

    # ---- the engine's side -------------------------------------------------------------
    @property
    def thread(self) -> threading.Thread | None:
        return self._thread

    def loop(self) -> asyncio.AbstractEventLoop:
        """The engine's loop, its thread started if it is not running."""
        with self._lock:
            if self._loop is None or self._thread is None or not self._thread.is_alive():
                ready = threading.Event()
                box: list[asyncio.AbstractEventLoop] = []
                self._thread = threading.Thread(target=self._main, args=(box, ready),
                                                name=self.name, daemon=True)
                self._thread.start()
                ready.wait()
                self._loop = box[0]
            return self._loop

    @staticmethod
    def _main(box: list, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        box.append(loop)
        ready.set()
        try:
            loop.run_forever()
            # stopped: what still runs is cancelled and may roll back before the loop closes
            tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in tasks:
                task.cancel()
            if tasks:
                loop.run_until_complete(asyncio.wait(tasks, timeout=5))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            asyncio.set_event_loop(None)
            loop.close()

    def call(self, fn: Callable[..., Any], *args: Any) -> None:
        """Call ``fn(*args)`` on the engine's loop (from any thread)."""
        self.loop().call_soon_threadsafe(fn, *args)

    def close(self, timeout: float = 5.0) -> None:
        """Stop the loop (cancelling what still runs) and wait a little for the thread."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None or not thread.is_alive():
            return
        with contextlib.suppress(RuntimeError):  # already closed
            loop.call_soon_threadsafe(loop.stop)
        if thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive():
                log.warning("the engine thread did not stop within %.1f s; leaving it", timeout)

    # ---- across ------------------------------------------------------------------------
    def to_gui(self, fn: Callable[..., Any], *args: Any, since: float | None = None) -> None:
        """Call ``fn(*args)`` on the Qt thread, after everything posted before it
        (``since``: :meth:`GuiQueue.post`)."""
        self.gui.post(fn, *args, since=since)

    async def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run ``coro`` on the engine's loop and wait for it on the caller's (the Qt) loop.

        Its end is told through the same queue as its :meth:`to_gui` calls, so by the time
        this returns every call it posted has run. Cancelling the caller cancels ``coro``
        and still waits for it to end (a run rolls back before its caller goes on)."""
        here = self._gui_loop = asyncio.get_running_loop()
        engine = self.loop()
        done = here.create_future()
        started: list[asyncio.Task] = []

        def told(task: asyncio.Task) -> None:  # engine thread
            self.to_gui(_settle, done, task)

        def start() -> None:  # engine thread
            task = engine.create_task(coro)
            started.append(task)
            task.add_done_callback(told)

        def stop() -> None:  # engine thread
            if started:
                started[0].cancel()
            else:  # not started yet: it never will be
                coro.close()
                self.to_gui(done.cancel)

        engine.call_soon_threadsafe(start)
        try:
            return await asyncio.shield(done)
        except asyncio.CancelledError:
            if done.done():  # cancelled by the engine's side (the task itself was)
                raise
            engine.call_soon_threadsafe(stop)
            with contextlib.suppress(BaseException):
                await done
            raise

    async def on_gui(self, fn: Callable[..., Awaitable[T]], *args: Any) -> T:
        """Await ``fn(*args)`` on the Qt loop from the engine's (a question to the person).
        Cancelling the engine's side cancels the question."""
        here = asyncio.get_running_loop()
        answer = here.create_future()
        asked: list[asyncio.Future] = []

        def told(task: asyncio.Future) -> None:  # Qt thread
            with contextlib.suppress(RuntimeError):  # the engine's loop is gone
                here.call_soon_threadsafe(_settle, answer, task)

        def ask() -> None:  # Qt thread
            task = asyncio.ensure_future(fn(*args), loop=self._gui_loop)
            asked.append(task)
            task.add_done_callback(told)

        self.to_gui(ask)
        try:
            return await answer
        except asyncio.CancelledError:
            self.to_gui(lambda: asked and asked[0].cancel())
            raise
