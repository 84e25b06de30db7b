"""Handing a file, folder or link to the desktop. Without a handler (no file manager, no
default browser: common on servers and minimal desktops) Qt's ``openUrl`` returns False and
nothing visible happens; here the location goes to the clipboard and the caller shows why."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication


def open_or_copy(url: QUrl) -> str:
    """"" when the desktop opened ``url``; else a line saying its location was copied."""
    if QDesktopServices.openUrl(url):
        return ""
    where = url.toLocalFile() if url.isLocalFile() else url.toString()
    QGuiApplication.clipboard().setText(where)
    return f"Nothing on this computer is set to open {where}: it is copied to the clipboard"
