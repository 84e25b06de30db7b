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


@cache
def webengine_available() -> bool:
    """True when PySide6-Addons (the ``preview`` extra) is installed. Found, not imported:
    loading QtWebEngine while the window is built cost start-up ~40 ms."""
    from importlib.util import find_spec

    try:
        return find_spec("PySide6.QtWebEngineWidgets") is not None
    except (ImportError, ValueError):
        return False
