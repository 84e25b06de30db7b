"""The window's first frame is on screen before start-up goes on loading the engine.

A shown window is drawn when the window system exposes it, and a window manager maps it a
moment later (openbox under Xvfb: the expose came ~0.5 s after ``show()`` at load 13). The
app went straight on, on the same thread, to import the engine's models and open the data
folder, so the expose waited for all of that: the window sat mapped and black, unpainted,
for ~2 s on a busy machine (walk15 #3). So start-up waits here for the expose, whose
handling paints the window, before it goes on; at most ``limit_ms``, so a window system that
never exposes the window (a minimised start, a broken compositor) does not hold it up."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

T = TypeVar("T")

LIMIT_MS = 1500
_STEP_S = 0.005  # between two looks at the window system's events: a wait, not a spin


def show_painted(window: QWidget, limit_ms: int = LIMIT_MS) -> bool:
    """Show ``window`` and return once it is exposed, its first frame painted (True), or
    after ``limit_ms`` (False). Qt paints a widget window as it handles its expose."""
    window.show()
    deadline = time.monotonic() + limit_ms / 1000
    while True:
        QCoreApplication.processEvents()
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(_STEP_S)


def beside(fn: Callable[..., T], *args, **kwargs) -> Callable[[], T]:
    """Start ``fn(*args, **kwargs)`` on a worker thread while this one goes on; the callable
    returned waits for it and gives its result, or raises its exception. Start-up opens the
    data folder this way while the Qt thread builds the rest of the window: the opening is
    mostly a wait on the disk (its fsyncs: ~10-20 ms a start, ~0.2 s for a new data folder,
    more on a busy disk), which the Qt thread spent idle before ``ready``. Nothing here
    turns Qt's loop: processing its events meanwhile crashed Chromium's start now and then."""
    result: list[T] = []
    error: list[BaseException] = []

    def work() -> None:
        try:
            result.append(fn(*args, **kwargs))
        except BaseException as exc:  # raised to the caller, as if called there
            error.append(exc)

    thread = threading.Thread(target=work, name="devora-start", daemon=True)
    thread.start()

    def wait() -> T:
        thread.join()
        if error:
            raise error[0]
        return result[0]

    return wait
