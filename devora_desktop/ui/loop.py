"""qasync loop helpers, and the loop the window runs on."""

from __future__ import annotations

import asyncio
import heapq
import math
import sys
from collections import deque
from typing import Any

import qasync
from PySide6.QtCore import QSocketNotifier, Qt, QTimer


class EventLoop(qasync.QEventLoop):
    """qasync's loop with the three things a streamed run does per token made cheap.

    A run streams on the window's thread, and for every network read asyncio schedules
    callbacks (``call_soon``), anyio arms and cancels a read timeout (``call_at``) and the
    transport re-registers its socket (``_add_reader``). qasync answers each with a new Qt
    timer or socket notifier (and keeps a cancelled 60 s timeout's Qt timer alive until it
    fires): at 4 agents x 300 tokens/s that was about a third of the thread's time. Here
    callbacks queue and run together at the next zero-timer, timeouts sit in a heap behind
    one precise timer (cancelled ones dropped in bulk, as asyncio does), and a socket keeps
    its notifier, only switched on and off. Writers and everything else stay qasync's.
    """

    _MIN_CANCELLED = 100  # rebuild the heap once this many, and half of it, are cancelled

    def __init__(self, *args: object, **kwargs: object) -> None:
        self._soon: deque[asyncio.Handle] = deque()
        self._soon_timer = QTimer(singleShot=True, interval=0)
        self._soon_timer.timeout.connect(self._run_soon)
        self._heap: list[asyncio.TimerHandle] = []
        self._cancelled = 0
        self._due_timer = QTimer(singleShot=True)
        self._due_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._due_timer.timeout.connect(self._run_due)
        self._readers: dict[int, list] = {}  # fd -> [notifier, handle or None]
        super().__init__(*args, **kwargs)

    # ---- callbacks ----------------------------------------------------------------------
    def call_soon(self, callback, *args, context=None):  # type: ignore[override]
        handle = asyncio.Handle(callback, args, self, context=context)
        if self.is_closed():  # dropped, as qasync's stopped timer drops them
            return handle
        self._soon.append(handle)
        if not self._soon_timer.isActive():
            self._soon_timer.start()
        return handle

    def _run_soon(self) -> None:
        outside = self._enter()
        try:
            for _ in range(len(self._soon)):  # what came meanwhile runs at the next pass
                handle = self._soon.popleft()
                if not handle._cancelled:
                    handle._run()
        finally:
            self._leave(outside)
        if self._soon and not self._soon_timer.isActive():
            self._soon_timer.start()

    def _enter(self) -> bool:
        """Make this the running loop for a pass of Qt's events outside a run: qasync's
        run_until_complete passes over them once more after its loop stopped, and a task
        stepped then (the Files panel's listing, spawned by its folder watcher as the
        window closed) failed in asyncio.to_thread: "no running event loop". True when it
        was made so (:meth:`_leave` undoes it)."""
        if asyncio.events._get_running_loop() is not None:
            return False
        asyncio.events._set_running_loop(self)
        return True

    @staticmethod
    def _leave(outside: bool) -> None:
        if outside:
            asyncio.events._set_running_loop(None)

    # ---- timers -------------------------------------------------------------------------
    def call_later(self, delay, callback, *args, context=None):  # type: ignore[override]
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):  # type: ignore[override]
        handle = asyncio.TimerHandle(when, callback, args, self, context=context)
        if self.is_closed():
            return handle
        heapq.heappush(self._heap, handle)
        handle._scheduled = True
        if self._heap[0] is handle:
            self._arm()
        return handle

    def _timer_handle_cancelled(self, handle: asyncio.TimerHandle) -> None:
        if not handle._scheduled:
            return
        self._cancelled += 1  # (asyncio marks ``handle`` cancelled after this call)
        if self._cancelled > self._MIN_CANCELLED and self._cancelled * 2 > len(self._heap):
            kept = []
            for h in self._heap:
                if h._cancelled or h is handle:
                    h._scheduled = False
                else:
                    kept.append(h)
            heapq.heapify(kept)
            self._heap, self._cancelled = kept, 0
            self._arm()

    def _arm(self) -> None:
        while self._heap and self._heap[0]._cancelled:
            heapq.heappop(self._heap)._scheduled = False
            self._cancelled -= 1
        if not self._heap:
            self._due_timer.stop()
            return
        ms = math.ceil(max(0.0, self._heap[0].when() - self.time()) * 1000)
        self._due_timer.start(min(ms, 2**31 - 1))

    def _run_due(self) -> None:
        now = self.time() + 0.0005  # a timer may fire a little early
        due = []
        while self._heap and self._heap[0].when() <= now:
            handle = heapq.heappop(self._heap)
            handle._scheduled = False
            if handle._cancelled:
                self._cancelled -= 1
            else:
                due.append(handle)
        outside = self._enter()
        try:
            for handle in due:
                if not handle._cancelled:
                    handle._run()
        finally:
            self._leave(outside)
        self._arm()

    # ---- sockets ------------------------------------------------------------------------
    def _add_reader(self, fd, callback, *args):  # type: ignore[override]
        self._check_closed()
        entry = self._readers.get(fd)
        if entry is None:
            notifier = QSocketNotifier(qasync._fileno(fd), QSocketNotifier.Type.Read)
            notifier.activated.connect(lambda *_: self._reader_ready(fd))
            entry = self._readers[fd] = [notifier, None]
        entry[1] = asyncio.Handle(callback, args, self)
        entry[0].setEnabled(True)
        self._read_notifiers[fd] = entry[0]  # qasync's close() switches these off

    def _remove_reader(self, fd):  # type: ignore[override]
        if self.is_closed():
            return False
        self._read_notifiers.pop(fd, None)
        entry = self._readers.get(fd)
        if entry is None or entry[1] is None:
            return False
        entry[0].setEnabled(False)
        entry[1] = None
        return True

    def _reader_ready(self, fd: int) -> None:
        entry = self._readers.get(fd)
        if entry is None or entry[1] is None:
            if entry is not None:
                entry[0].setEnabled(False)
            return
        outside = self._enter()
        try:
            entry[1]._run()
        finally:
            self._leave(outside)

    def close(self) -> None:
        super().close()
        self._soon_timer.stop()
        self._due_timer.stop()
        self._soon.clear()
        self._heap.clear()
        for notifier, _ in self._readers.values():
            notifier.setEnabled(False)
        self._readers.clear()


def install_asyncgen_hooks(loop) -> None:
    """qasync's run_forever does not install asyncio's async-generator hooks, so generators
    left suspended (httpx's inner byte iterators after a stream closes) would be finalized by
    the GC off the loop. Install the loop's own hooks, as BaseEventLoop.run_forever does."""
    sys.set_asyncgen_hooks(firstiter=loop._asyncgen_firstiter_hook,
                           finalizer=loop._asyncgen_finalizer_hook)


class MainThreadGC:
    """Cyclic garbage collection only on the GUI thread.

    Automatic collection runs in whichever thread happens to allocate; when that is a worker
    (PyGithub, zipping, lexing) and the garbage holds Qt objects, Qt destroys them on the
    wrong thread ("Timers cannot be stopped from another thread", then a segfault: seen in
    the export tests). So automatic GC is off and a timer collects here, one generation at a
    time as its threshold is reached. Often: a streamed run allocates fast, and at one check
    every 500 ms the youngest generation grew so large that collecting it stalled the window
    for 25-50 ms; every 50 ms it stays small. A full collection (every object not frozen at
    start-up: 20-150 ms, ~34 ms of CPU after a bench run) still comes about once a minute,
    as at one check per 500 ms, but at a quiet moment: the first check that finds little
    allocated since the last (the youngest generation under its threshold: no run
    streaming), or after ``FULL_WAIT`` checks at the latest. Mid-stream it was the longest
    stall of bench/ui_latency.py.
    """

    FULL_EVERY = 10  # x the oldest threshold: the checks are 10x as frequent
    FULL_WAIT = 1200  # checks a due full collection waits for a quiet one (a minute)

    def __init__(self, interval_ms: int = 50, gc_module: Any = None) -> None:
        """``gc_module``: gc itself, or a test's stand-in with its counters."""
        import gc

        from PySide6.QtCore import QTimer

        self._gc = gc_module or gc
        self.threshold = self._gc.get_threshold()
        self._gc.disable()
        self.waited = 0  # checks a due full collection has waited
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        c0, c1, c2 = self._gc.get_count()
        busy = c0 > self.threshold[0]
        if c2 > self.threshold[2] * self.FULL_EVERY:
            if not busy or self.waited >= self.FULL_WAIT:
                self.waited = 0
                self._gc.collect(2)
                return
            self.waited += 1
        if busy:
            self._gc.collect(1 if c1 > self.threshold[1] else 0)

    def settle(self) -> None:
        """What start-up loaded after :func:`tune_interpreter` froze the rest (the engine,
        pydantic's models, the parsers: the window's warm-up, in worker threads) lives as
        long as the app: out of the collector's view too. Left in, the next checks scanned
        it all in one young collection (26 ms in bench/ui_latency.py, whose run starts right
        after the warm-up) and every full collection after it (57 ms)."""
        self._gc.freeze()

    def stop(self) -> None:
        self.timer.stop()
        self._gc.enable()
        self._gc.collect()


def tune_interpreter() -> MainThreadGC:
    """Keep the UI thread responsive and Qt objects on their thread.

    ``gc.freeze`` moves start-up objects out of the collector's view, so gen-2 collections
    during a run stop scanning them (they showed as 40-75 ms gaps mid-stream); a 1 ms GIL
    switch interval lets the UI thread win the GIL back sooner from busy worker threads;
    collection itself happens on the GUI thread (see MainThreadGC). Keep the result alive.
    """
    import gc

    gc.collect()
    gc.freeze()
    sys.setswitchinterval(0.001)
    return MainThreadGC()
