"""QtWebEngine's start-up needs, kept apart from the Preview panel so the app can prepare
them before the QApplication exists without importing anything heavy."""

from __future__ import annotations

import os
from functools import cache


def prepare_webengine() -> None:
    """Call before creating the QApplication: QtWebEngine shares GL contexts, and as root
    its Chromium refuses to start with the sandbox on (CI, containers) — never for others."""
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


#: the capability that lets a thread raise its own priority (linux/capability.h)
_CAP_SYS_NICE = 23


def keep_chromium_at_window_priority() -> bool:
    """Where this process may raise thread priorities (root: CI, containers; or given
    CAP_SYS_NICE), Chromium raises its GPU, compositor, IO and software-raster (llvmpipe)
    threads, in this process and in its page processes, to nice -8: above the window's Qt
    thread and the engine's (nice 0). Each reload of the preview then took both cores for
    its raster, the Qt thread waited for a core, and for the GIL the preempted engine
    thread held (bench/ui_latency.py's long gaps, "queued" and "asleep"). A person's
    session can't raise them (RLIMIT_NICE is 0): this gives up CAP_SYS_NICE for the
    calling thread, the threads it starts and the processes they start (its bounding
    set), so Chromium's threads stay at the window's priority there too. Call it on the
    Qt thread before QtWebEngine starts (after the first frame: it loads ctypes). True
    when it gave the capability up; it never fails a start."""
    import sys

    if not sys.platform.startswith("linux") or not _has_cap(_CAP_SYS_NICE):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)

        class Header(ctypes.Structure):
            _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

        class Data(ctypes.Structure):
            _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                        ("inheritable", ctypes.c_uint32)]

        header, data = Header(0x20080522, 0), (Data * 2)()  # _LINUX_CAPABILITY_VERSION_3
        libc.prctl(24, _CAP_SYS_NICE, 0, 0, 0)  # PR_CAPBSET_DROP: what it starts, too
        if libc.capget(ctypes.byref(header), data) != 0:
            return False
        bit = ~(1 << _CAP_SYS_NICE)
        for field in ("effective", "permitted", "inheritable"):
            setattr(data[0], field, getattr(data[0], field) & bit)
        return libc.capset(ctypes.byref(header), data) == 0 and not _has_cap(_CAP_SYS_NICE)
    except (OSError, AttributeError):
        return False


def _has_cap(cap: int) -> bool:
    """Whether the calling thread has capability ``cap`` in effect (Linux /proc)."""
    try:
        with open("/proc/thread-self/status") as fh:
            line = next(x for x in fh if x.startswith("CapEff:"))
    except (OSError, StopIteration):
        return False
    return bool(int(line.split()[1], 16) >> cap & 1)


@cache
def webengine_available() -> bool:
    """True when PySide6-Addons (the ``preview`` extra) is installed. Found, not imported:
    loading QtWebEngine while the window is built cost start-up ~40 ms."""
    from importlib.util import find_spec

    try:
        return find_spec("PySide6.QtWebEngineWidgets") is not None
    except (ImportError, ValueError):
        return False


def composite_from_the_start(window) -> None:
    """The window composites through the GPU from its first frame, as it must once the
    preview's page (a QWebEngineView) is in it: added to a window already on screen, the
    page made Qt create the window anew, and the whole client area was black for ~0.3 s at
    the first Run of a session that opened no project (walk12 #25, seen under Xvfb at
    1600x1000). A hidden QRhiWidget made before the window is shown settles it then. Not
    on platforms without QRhi (offscreen, minimal), where Qt would only warn."""
    from PySide6.QtGui import QGuiApplication

    if not webengine_available() or QGuiApplication.platformName() in ("offscreen",
                                                                          "minimal", "vnc"):
        return
    from PySide6.QtWidgets import QRhiWidget

    anchor = QRhiWidget(window)
    anchor.setObjectName("composite-anchor")
    anchor.setFixedSize(0, 0)
    anchor.hide()
