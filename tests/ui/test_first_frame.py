"""Start-up paints the window before it loads the engine (ui/first_frame.py): shown and left
to the window system's expose, the window sat mapped and black while the engine's models
and the data folder loaded on the same thread (walk15 #3, ~2 s at load)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow

from devora_desktop.ui.first_frame import show_painted


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_window_has_painted_when_show_painted_returns(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    paints = Paints()
    window.installEventFilter(paints)
    assert show_painted(window)
    assert window.windowHandle().isExposed() and paints.count >= 1


def test_a_window_never_exposed_does_not_hold_start_up(qtbot) -> None:
    """A window the window system never exposes (here: not shown on screen at all) is given
    up on after the limit: start-up goes on."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    assert not show_painted(window, limit_ms=50)
    assert window.isVisible()


def test_the_data_folder_opens_on_a_worker_while_the_window_is_built() -> None:
    """Start-up opened the data folder on the Qt thread before "ready" (mostly a wait on
    the disk: ~10-20 ms a start, ~0.2 s for a new one). ``beside`` starts it on a worker
    while the Qt thread builds the rest of the window; its result or its error comes back."""
    import threading

    import pytest

    from devora_desktop.ui.first_frame import beside

    building = threading.Event()

    def opening() -> str:
        assert building.wait(10)  # runs while the caller goes on (it would hang otherwise)
        return threading.current_thread().name

    opened = beside(opening)
    building.set()  # the caller's own work meanwhile
    assert opened() != threading.main_thread().name

    def failing() -> None:
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        beside(failing)()


def test_chromiums_threads_can_not_be_raised_above_the_window() -> None:
    """As root (CI, containers) Chromium raised its GPU, compositor, IO and llvmpipe raster
    threads to nice -8, above the Qt and engine threads: a preview reload's raster took both
    cores. Start-up gives up raising priorities before QtWebEngine starts, for the thread
    that starts it and what that starts. Capabilities are a thread's own: a fresh thread
    here, so the rest of the test run keeps its own."""
    import os
    import threading

    from devora_desktop.ui.webengine import (
        _CAP_SYS_NICE,
        _has_cap,
        keep_chromium_at_window_priority,
    )

    seen: dict[str, object] = {}

    def starting() -> None:
        could = _has_cap(_CAP_SYS_NICE)
        seen["dropped"] = keep_chromium_at_window_priority()
        seen["could"] = could
        try:
            os.setpriority(os.PRIO_PROCESS, 0, -1)  # this thread (Linux), as Chromium's do
            seen["raised"] = True
            os.setpriority(os.PRIO_PROCESS, 0, 0)
        except PermissionError:
            seen["raised"] = False
        with open("/proc/thread-self/status") as fh:
            bounding = next(x for x in fh if x.startswith("CapBnd:"))
        seen["bounding"] = bool(int(bounding.split()[1], 16) >> _CAP_SYS_NICE & 1)

    thread = threading.Thread(target=starting)
    thread.start()
    thread.join()
    if not seen["could"]:  # a person's session: nothing to give up, nothing changes
        assert seen["dropped"] is False and seen["raised"] is False
        return
    assert seen == {"could": True, "dropped": True, "raised": False, "bounding": False}
