"""Shared set-up for the Qt benchmarks: offscreen app, qasync loop, a throwaway data dir."""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def qt_loop():
    from PySide6.QtWidgets import QApplication

    from devora_desktop.ui.loop import EventLoop, install_asyncgen_hooks

    app = QApplication.instance() or QApplication([])
    from devora_desktop.ui.webengine import keep_chromium_at_window_priority

    keep_chromium_at_window_priority()  # as the app does before QtWebEngine starts
    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    install_asyncgen_hooks(loop)
    return app, loop


def temp_home() -> Path:
    import keyring

    from tests.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    home = Path(tempfile.mkdtemp(prefix="devora-bench-"))
    os.environ["DEVORA_HOME"] = str(home)
    return home


def _queued_ms() -> float:
    """The calling thread's time spent runnable but waiting for a core so far, in ms
    (the kernel's schedstat run_delay); 0 where the kernel does not say."""
    try:
        with open("/proc/thread-self/schedstat") as fh:
            return int(fh.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


class GapRecorder:
    """A 5 ms QTimer; the time between its ticks beyond 5 ms is how long the loop was busy.

    Each gap is kept with the Qt thread's own CPU time over it and its time queued for a
    core (Linux's schedstat): a gap the thread spent working is the window's code (or Qt's)
    holding it; one spent queued is the machine's load; the rest the thread slept, waiting
    for a lock: in this process almost always the GIL, held by another thread."""

    def __init__(self, interval_ms: int = 5) -> None:
        import time

        from PySide6.QtCore import QTimer

        self._time = time.perf_counter
        self._cpu = time.thread_time
        self.interval = interval_ms / 1000
        self.gaps: list[float] = []
        self.worked: list[float] = []  # the Qt thread's CPU ms between the same two ticks
        self.queued: list[float] = []  # its ms runnable but off a core, between them
        self.at: list[float] = []  # when each tick came (perf_counter)
        self._last: float | None = None
        self._last_cpu = self._last_queued = 0.0
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now, cpu, queued = self._time(), self._cpu(), _queued_ms()
        if self._last is not None:
            self.gaps.append(max(0.0, now - self._last - self.interval) * 1000)
            self.worked.append((cpu - self._last_cpu) * 1000)
            self.queued.append(queued - self._last_queued)
            self.at.append(now)
        self._last, self._last_cpu, self._last_queued = now, cpu, queued

    def start(self) -> None:
        self._last = None
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def table(self) -> dict[str, float]:
        g = sorted(self.gaps) or [0.0]
        long = [(gap + self.interval * 1000, cpu, q) for gap, cpu, q
                in zip(self.gaps, self.worked, self.queued, strict=True) if gap > 16]
        span = max(sum(t for t, _, _ in long), 1e-9)  # tick to tick: what cpu and q cover
        worked = sum(c for _, c, _ in long) / span
        queued = min(sum(q for _, _, q in long) / span, 1.0 - worked)
        return {"p50": statistics.median(g), "p99": g[max(0, int(len(g) * 0.99) - 1)],
                "max": g[-1], "samples": len(g),
                # gaps over a frame: the share of their time the Qt thread worked, waited
                # for a core, and slept (the GIL, or another lock)
                "long": len(long), "long_worked": worked, "long_queued": queued,
                "long_blocked": max(0.0, 1.0 - worked - queued),
                # the same in ms, summed: the time asleep holds better under load than a share
                "long_asleep_ms": max(0.0, span - sum(c + q for _, c, q in long))
                if long else 0.0,
                # the longest stretch of the Qt thread's own work, and how many passed a frame
                "max_worked": max(self.worked, default=0.0),
                "worked_over_frame": sum(1 for c in self.worked if c > 16)}


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux /proc; 0 where it can't be read)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def descendants(skip: tuple[int, ...] = ()) -> set[int]:
    """This process's descendants (QtWebEngine's renderer, zygote and GPU processes, the
    relay, the fake model), those in ``skip`` and theirs left out."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int(
                    (entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    mine, todo = set(), [os.getpid()]
    while todo:
        pid = todo.pop()
        for child, parent in parents.items():
            if parent == pid and child not in mine and child not in skip:
                mine.add(child)
                todo.append(child)
    return mine


def children_cpu(skip: tuple[int, ...] = ()) -> float:
    """The CPU seconds so far of this process's descendants, those in ``skip`` and theirs
    left out."""
    return sum(cpu_seconds(pid) for pid in descendants(skip))


def use_fake_model(ctx, url: str, **settings: object) -> None:
    """Runs of ``ctx`` go to the fake model server at ``url`` (with ``settings`` changed too,
    e.g. ``run_checks="never"``), with an API key in the environment as a user's would be."""
    s = ctx.settings.model_copy(deep=True)
    s.default_provider = "openai"
    s.providers["openai"].base_url = url
    s.providers["openai"].default_model = "fake/model"
    for name, value in settings.items():
        setattr(s, name, value)
    ctx.save_settings(s)
    os.environ["DEVORA_API_KEY"] = "bench-key-123456"


def print_table(rows: list[tuple[str, str, str]]) -> None:
    print("| metric | value | target |")
    print("|---|---|---|")
    for name, value, target in rows:
        print(f"| {name} | {value} | {target} |")


#: frames of the event loop itself, left out of the stacks StackSampler prints
_LOOP_FILES = ("loop.py", "events.py", "base_events.py", "ui_latency.py", "__init__.py")


class StackSampler:
    """Samples one thread's Python stack every ``every`` seconds from a thread of its own:
    what a long stretch of that thread (the Qt thread's) was doing, Qt's and Chromium's work
    shown as the Python call that entered it (the event loop's, for events Qt delivers
    itself). A diagnosis aid: the sampling takes the GIL about a thousand times a second, so
    figures taken with it on are not the bench's."""

    def __init__(self, thread_id: int, every: float = 0.001, depth: int = 40) -> None:
        import threading

        self.thread_id, self.every, self.depth = thread_id, every, depth
        self.samples: list[tuple[float, tuple[str, ...]]] = []  # (perf_counter, stack)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="stack-sampler")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import time

        root = str(Path(__file__).resolve().parents[1]) + os.sep
        while not self._stop.wait(self.every):
            frame = sys._current_frames().get(self.thread_id)
            stack: list[str] = []
            while frame is not None and len(stack) < self.depth:
                code = frame.f_code
                where = code.co_filename.replace(root, "")
                if "site-packages" in where:
                    where = where.split("site-packages" + os.sep, 1)[1]
                stack.append(f"{where.rsplit(os.sep, 1)[-1]}:{code.co_name}")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), tuple(stack)))

    def between(self, start: float, end: float, top: int = 3) -> str:
        """The stacks sampled between ``start`` and ``end``, the most frequent first, as
        'N× innermost < caller < …' (a few frames each, the event loop's own left out)."""
        import collections

        counted: collections.Counter[tuple[str, ...]] = collections.Counter()
        for at, stack in self.samples:
            if start <= at <= end:
                kept = [f for f in stack if f.split(":")[0] not in _LOOP_FILES][:5]
                counted[tuple(kept)] += 1
        return "; ".join(f"{n}× {' < '.join(s) or '(event loop: Qt/Chromium)'}"
                         for s, n in counted.most_common(top))
