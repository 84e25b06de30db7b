"""Threads the window's thread starts without waiting for them to run.

``threading.Thread.start`` returns only once the new thread has run, which takes a core and
the GIL: the window's thread slept there 0.2-15 ms (p90 11 ms with the engine's thread busy,
up to 160 ms on a busy machine) each time it started one during a run (a preview server at a
run's start or a project switch, the last project's writer after a quiet spell:
bench/ui_latency.py's long gaps, asleep). :class:`UnwaitedThread` hands the start to a
helper thread instead; what the thread serves must not need it running at once (a server's
socket listens already; a writer's work waits for it in a queue).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable

#: the helper thread's name: one per process, it lives as long as the process
STARTER = "thread-starter"


class UnwaitedThread:
    """A daemon thread running ``target``, started by a helper thread, not by the caller.
    Alive until it has started and ended; ``join`` waits for both."""

    _starts: queue.SimpleQueue[UnwaitedThread] | None = None
    _lock = threading.Lock()

    def __init__(self, target: Callable[[], None], name: str) -> None:
        self.thread = threading.Thread(target=target, daemon=True, name=name)
        self.started = threading.Event()  # set once start() has returned (or failed)
        with UnwaitedThread._lock:
            if UnwaitedThread._starts is None:  # the helper's own start waits, once
                UnwaitedThread._starts = queue.SimpleQueue()
                threading.Thread(target=self._start_each, args=(UnwaitedThread._starts,),
                                 daemon=True, name=STARTER).start()
            UnwaitedThread._starts.put(self)

    @staticmethod
    def _start_each(starts: queue.SimpleQueue[UnwaitedThread]) -> None:
        while True:
            unwaited = starts.get()
            try:
                unwaited.thread.start()
            except RuntimeError:  # no thread could be started: never alive
                pass
            finally:
                unwaited.started.set()

    def is_alive(self) -> bool:
        return not self.started.is_set() or self.thread.is_alive()

    def join(self, timeout: float | None = None) -> None:
        began = time.monotonic()
        if self.started.wait(timeout) and self.thread.ident is not None:
            left = None if timeout is None else max(0.0, timeout - (time.monotonic() - began))
            self.thread.join(left)
