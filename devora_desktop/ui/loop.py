"""qasync loop helpers."""

from __future__ import annotations

import sys


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
    time as its threshold is reached.
    """

    def __init__(self, interval_ms: int = 500) -> None:
        import gc

        from PySide6.QtCore import QTimer

        self._gc = gc
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        c0, c1, c2 = self._gc.get_count()
        if c0 > self.threshold[0]:
            gen = 2 if c2 > self.threshold[2] else 1 if c1 > self.threshold[1] else 0
            self._gc.collect(gen)

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
