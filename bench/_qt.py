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


class GapRecorder:
    """A 5 ms QTimer; the time between its ticks beyond 5 ms is how long the loop was busy."""

    def __init__(self, interval_ms: int = 5) -> None:
        import time

        from PySide6.QtCore import QTimer

        self._time = time.perf_counter
        self.interval = interval_ms / 1000
        self.gaps: list[float] = []
        self._last = None
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self._time()
        if self._last is not None:
            self.gaps.append(max(0.0, now - self._last - self.interval) * 1000)
        self._last = now

    def start(self) -> None:
        self._last = None
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def table(self) -> dict[str, float]:
        g = sorted(self.gaps) or [0.0]
        return {"p50": statistics.median(g), "p99": g[max(0, int(len(g) * 0.99) - 1)],
                "max": g[-1], "samples": len(g)}


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
