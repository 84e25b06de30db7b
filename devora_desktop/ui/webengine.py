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
    """True when PySide6-Addons (the ``preview`` extra) is installed."""
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return False
    return True
