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
