"""Handing a file, folder or link to the desktop. Without a handler (no file manager, no
default browser: common on servers and minimal desktops) nothing visible happens: Qt's
``openUrl`` returns False, or on Linux xdg-open starts, fails ("no method available for
opening …", exit 3) and Qt has already said it worked (walk14 #22). So on Linux xdg-open is
run here and its exit watched, and whenever nothing opened the caller is told one line
saying why, with a button that copies the location (or, where no button can be shown, the
location goes to the clipboard and the line says so)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication

from devora_desktop.core.hostenv import foreign_env

#: how long xdg-open is watched: it ends at once when it fails, and may run as long as the app
#: it started when that app stays in the foreground (then it worked)
WATCH_S = 20.0


class _Ends(QObject):
    """Brings each xdg-open's end from the thread that waits for it to the Qt thread:
    (its number, why it failed or "")."""

    ended = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, Callable[[str], None]] = {}
        self.count = 0
        self.ended.connect(self._on_ended)

    def _on_ended(self, n: int, reason: str) -> None:
        fail = self.waiting.pop(n, None)
        if fail is not None and reason:
            fail(reason)


_ends: _Ends | None = None  # made on the Qt thread at the first xdg-open


def open_url(url: QUrl) -> bool:
    """Qt's ``openUrl`` (a link the page's person clicked), except in the Linux bundle:
    there xdg-open (and the browser or file manager it starts) must get the person's library
    path, not the bundle's, and Qt's own launch passes ours on (core/hostenv.py)."""
    xdg_open = shutil.which("xdg-open")
    if not (getattr(sys, "frozen", False) and sys.platform.startswith("linux") and xdg_open):
        return QDesktopServices.openUrl(url)
    return _run_xdg_open(xdg_open, url.toString(), lambda _reason: None)


#: (the line, its button's words, what the button copies): a failure with its way forward
Offer = Callable[[str, str, str], None]


def open_or_copy(url: QUrl, say: Callable[[str], None], name: str = "",
                 offer: Offer | None = None) -> None:
    """Open ``url`` in the desktop's app; when nothing does (now, or once xdg-open has
    failed), ``offer`` a line that says so with a button that copies its location ("Copy
    the address", "Copy the path"); without ``offer``, copy it and ``say`` that line.
    ``name``: what the line calls it (a project's file as the window names it: the whole
    path of the data folder filled three lines of the notice, walk20 #37); the location
    itself is what is copied.

    A failure that only copied and said so, in a notice gone 8 s later, was missed: Open
    in browser seemed to do nothing (walk22 #19), and the clipboard was overwritten unasked."""
    where = url.toLocalFile() if url.isLocalFile() else url.toString()
    what = name or where

    def fail(reason: str) -> None:
        line = (f"Could not open {what} ({reason})" if reason else
                f"Nothing on this computer is set to open {what}")
        if offer is not None:
            return offer(line, "Copy the path" if url.isLocalFile() else "Copy the address",
                         where)
        QGuiApplication.clipboard().setText(where)
        it = "its path" if name else "it"
        say(f"{line}: {it} is copied to the clipboard" if not reason else
            f"{line}: {it} is copied to the clipboard, to open yourself")

    xdg_open = shutil.which("xdg-open")
    if sys.platform.startswith("linux") and xdg_open:
        _run_xdg_open(xdg_open, url.toString(), fail)
    elif not QDesktopServices.openUrl(url):
        fail("")


def _run_xdg_open(xdg_open: str, target: str, fail: Callable[[str], None]) -> bool:
    """Start xdg-open on ``target`` (with the person's library path in the bundle:
    core/hostenv.py) in its own session, so it outlives the window; a thread waits for its end
    and ``fail`` hears on the Qt thread why it failed. False (``fail`` told) when it could not
    start at all."""
    global _ends
    if _ends is None:
        _ends = _Ends()
    ends = _ends
    # a file, not a pipe: a browser left running may still write to it (the thread closes it)
    errors = tempfile.TemporaryFile()  # noqa: SIM115
    try:
        process = subprocess.Popen([xdg_open, target], env=foreign_env(),
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=errors, start_new_session=True)
    except OSError as exc:
        errors.close()
        fail(exc.strerror or type(exc).__name__)
        return False
    ends.count += 1
    n = ends.count
    ends.waiting[n] = fail

    def wait() -> None:
        try:
            code = process.wait(WATCH_S)
        except subprocess.TimeoutExpired:  # the app it started runs: it worked
            code = 0
        reason = ""
        if code:
            errors.seek(0)
            lines = [ln.strip() for ln in errors.read(4000).decode(errors="replace")
                     .splitlines() if ln.strip()]
            reason = why(lines[-1] if lines else "", code)
        errors.close()
        ends.ended.emit(n, reason)

    threading.Thread(target=wait, name="xdg-open", daemon=True).start()
    return True


def why(line: str, code: int) -> str:
    """Why xdg-open failed, short: in our words for its two everyday failures (3: nothing
    handles the kind of file, 4: the app it started failed), else its own last line."""
    if code in (3, 4):
        return "no app is set to open it" if code == 3 else "the app set to open it failed"
    line = line.removeprefix("xdg-open:").strip() or f"xdg-open ended with {code}"
    return line if len(line) <= 100 else line[:99] + "…"
