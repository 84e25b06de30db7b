"""A killed or logged-out app still reopens where the user was (found walking the real
window: after a kill the last project was forgotten and a refinement made a new project)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.ui.test_main_window import make_window
from tests.ui.test_window_basics import choose_project, project_with


def _layout(home: Path) -> QSettings:
    return QSettings(str(home / "layout.ini"), QSettings.Format.IniFormat)


def test_the_last_project_is_kept_the_moment_it_is_chosen(ctx, qtbot, aloop,
                                                          monkeypatch) -> None:
    """...and written off the Qt thread: QSettings' write is a temporary file and an fsync
    (up to ~0.1 s on a loaded disk), which every project change used to pay."""
    from devora_desktop.ui import layout_state

    syncs: list[threading.Thread] = []

    class Recording(QSettings):
        def sync(self) -> None:
            syncs.append(threading.current_thread())
            super().sync()

    monkeypatch.setattr(layout_state, "QSettings", Recording)
    project_with(ctx, "Garden", {"index.html": "<h1>Garden</h1>"})
    bakery = project_with(ctx, "Bakery", {"index.html": "<h1>Bakery</h1>"})
    w = make_window(ctx, qtbot)
    row = next(i for i in range(w.projects.list.count())
               if "Bakery" in w.projects.list.item(i).text())
    syncs.clear()
    choose_project(qtbot, w, row)
    # no close, no closeEvent: what a kill -9 leaves behind
    qtbot.waitUntil(lambda: _layout(ctx.paths.root).value("last_project") == bakery,
                    timeout=3000)
    assert syncs and threading.main_thread() not in syncs


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32",
                    reason="POSIX signals")
def test_sigterm_closes_the_window_as_the_user_would(tmp_path: Path) -> None:
    home = tmp_path / "h"
    env = {**os.environ, "DEVORA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DEVORA_EXIT_AFTER_START", None)
    proc = subprocess.Popen([sys.executable, "-m", "devora_desktop"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not (home / "layout.ini").exists():  # written once the window is attached
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the window never became ready"
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert _layout(home).value("window/rect") is not None  # closeEvent saved the layout
