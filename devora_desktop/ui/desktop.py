"""Handing a file, folder or link to the desktop. Without a handler (no file manager, no
default browser: common on servers and minimal desktops) Qt's ``openUrl`` returns False and
nothing visible happens; here the location goes to the clipboard and the caller shows why."""

from __future__ import annotations

import shutil
import sys

from PySide6.QtCore import QProcess, QProcessEnvironment, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from devora_desktop.core.hostenv import foreign_env


def open_url(url: QUrl) -> bool:
    """Qt's ``openUrl``, except in the Linux bundle: there xdg-open (and the browser or file
    manager it starts) must get the person's library path, not the bundle's, and Qt's own
    launch passes ours on (core/hostenv.py)."""
    xdg_open = shutil.which("xdg-open")
    if not (getattr(sys, "frozen", False) and sys.platform.startswith("linux") and xdg_open):
        return QDesktopServices.openUrl(url)
    env = QProcessEnvironment()
    for name, value in foreign_env().items():
        env.insert(name, value)
    process = QProcess()
    process.setProgram(xdg_open)
    process.setArguments([url.toString()])
    process.setProcessEnvironment(env)
    return process.startDetached()


def open_or_copy(url: QUrl) -> str:
    """"" when the desktop opened ``url``; else a line saying its location was copied."""
    if open_url(url):
        return ""
    where = url.toLocalFile() if url.isLocalFile() else url.toString()
    QGuiApplication.clipboard().setText(where)
    return f"Nothing on this computer is set to open {where}: it is copied to the clipboard"
