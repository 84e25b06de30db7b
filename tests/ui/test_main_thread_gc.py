"""The window's garbage collector: one generation at a time on the Qt thread, and a full
collection (tens of ms) at a quiet moment, never in the middle of a run's stream unless it
has waited a minute."""

from __future__ import annotations

from devora_desktop.ui.loop import MainThreadGC


class FakeGC:
    """gc's counters, set by the test; collections are recorded, not run."""

    def __init__(self) -> None:
        self.count = (0, 0, 0)
        self.collected: list[int] = []
        self.enabled = True

    def get_threshold(self) -> tuple[int, int, int]:
        return 700, 10, 10

    def get_count(self) -> tuple[int, int, int]:
        return self.count

    def collect(self, generation: int = 2) -> int:
        self.collected.append(generation)
        return 0

    def disable(self) -> None:
        self.enabled = False

    def freeze(self) -> None:
        self.collected.append(-1)  # -1: frozen

    def enable(self) -> None:
        self.enabled = True


def test_a_due_full_collection_waits_for_a_quiet_check(qapp) -> None:
    gc = FakeGC()
    collector = MainThreadGC(gc_module=gc)
    collector.timer.stop()  # the test calls check() as the timer would
    assert not gc.enabled
    gc.count = (900, 3, 0)  # streaming: the youngest generation grew past its threshold
    collector.check()
    gc.count = (900, 11, 0)
    collector.check()
    assert gc.collected == [0, 1]  # one generation at a time, as before
    gc.count = (900, 11, 101)  # a full collection is due, but tokens still stream
    for _ in range(5):
        collector.check()
    assert gc.collected == [0, 1, 1, 1, 1, 1, 1] and collector.waited == 5
    gc.count = (40, 2, 101)  # a quiet check: little allocated since the last
    collector.check()
    assert gc.collected[-1] == 2 and collector.waited == 0


def test_a_full_collection_waits_a_minute_at_most(qapp) -> None:
    gc = FakeGC()
    collector = MainThreadGC(gc_module=gc)
    collector.timer.stop()
    gc.count = (900, 3, 101)
    for _ in range(MainThreadGC.FULL_WAIT):
        collector.check()
    assert 2 not in gc.collected
    collector.check()
    assert gc.collected[-1] == 2
    collector.stop()
    assert gc.enabled


def test_what_the_warm_up_loaded_is_frozen_once_it_is_done(qapp, qloop) -> None:
    """The window's warm-up loads the engine in worker threads after start-up froze the
    rest: the app freezes that too when the controller says it is warm (it filled the
    young generations, and the first collections scanned it all: 26 ms of the Qt thread as
    bench/ui_latency.py's run began), without a collection of its own."""
    from devora_desktop.ui.run_controller import RunController
    from devora_desktop.ui.tasks import Notifier, Tasks

    gc = FakeGC()
    collector = MainThreadGC(gc_module=gc)
    collector.timer.stop()
    controller = RunController(Tasks(Notifier()))
    controller.warmed.connect(collector.settle)
    try:
        qloop.run_until_complete(controller.warm_up())
    finally:
        controller.engine.close()
    assert gc.collected == [-1]
