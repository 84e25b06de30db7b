"""GUI bootstrap: QApplication + qasync loop, single-instance lock, orderly shutdown."""

from __future__ import annotations

import asyncio
import os
import sys


def run_app(screenshot: str | None = None, project: str | None = None) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

    from devora_desktop import APP_NAME
    from devora_desktop.core.errors import InstanceLocked

    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    try:
        from devora_desktop.cli import open_context

        ctx = open_context()
    except InstanceLocked as exc:
        QMessageBox.information(None, APP_NAME, exc.one_line())
        return 1
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    window.resize(1200, 800)
    window.show()
    try:
        if screenshot:
            window.grab().save(screenshot)
            return 0
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            closed = asyncio.Event()
            app.lastWindowClosed.connect(closed.set)
            runner.run(closed.wait())
        return 0
    finally:
        ctx.close()
