"""A closed window leaves no thread behind: its engine's thread and its preview's server
stop once it is shut down, as the app does after its window closed (app.py) and as every
window test's teardown now does (tests/ui/conftest.py shut_windows). Before, each window
test left both running in the worker: 17 engine threads and 11 preview servers were alive
when one worker segfaulted in a later test's teardown."""

from __future__ import annotations

import threading

from devora_desktop.core import offload, threads
from devora_desktop.core.models import Mode
from tests.ui.conftest import make_window, shut_windows
from tests.ui.drive import show_tab
from tests.ui.test_preview_comes_back import open_project


def live() -> set[threading.Thread]:
    """Python's threads, except a Qt thread that once ran Python (a ``_DummyThread``, listed
    for ever), the one last-project writer of the process (ui/layout_state.py: shared by
    every window, it ends after 30 s idle), the reader of the validators' process
    (core/offload.py: shared by every window, it ends with its child, at the process's
    end, as the stream relay's child does) and the one helper that starts threads for the
    window's thread (core/threads.py, the process's too)."""
    return {t for t in threading.enumerate() if t.is_alive()
            and t.name not in ("devora-layout", offload.ANSWERS, threads.STARTER)
            and not isinstance(t, threading._DummyThread)}


def test_a_closed_window_leaves_no_thread_running(configured, qtbot, aloop) -> None:
    project = configured.store.projects.create("Tea Notes", mode=Mode.WEB)
    configured.store.workspace(project.id).write_file("index.html", "<h1>Tea notes</h1>")
    before = live()

    w = make_window(configured, qtbot)
    open_project(qtbot, w, "Tea Notes")
    show_tab(qtbot, w.center.tabs, "Preview")
    qtbot.waitUntil(lambda: bool(w.center.preview.url), timeout=10000)
    qtbot.waitUntil(lambda: w.controller.engine.thread is not None, timeout=10000)
    names = {t.name for t in live() - before}
    assert {"devora-engine", "preview-server"} <= names  # what the window started

    w.close()  # as a person does; then what the app runs once its window closed
    shut_windows()
    qtbot.waitUntil(lambda: not live() - before, timeout=5000)

