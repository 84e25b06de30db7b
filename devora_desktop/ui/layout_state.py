"""Window geometry, docks, splitter sizes, the last project and the prompts typed and not
run, as the user left them."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QMainWindow, QSplitter

    from devora_desktop.core.threads import UnwaitedThread


def fit_to_screen(w: QMainWindow) -> None:
    """1280x820, or less on a small screen (a saved geometry wins in ``restore``)."""
    screen = w.screen().availableGeometry() if w.screen() else None
    width, height = 1280, 820
    if screen is not None:
        width, height = min(width, screen.width()), min(height, screen.height() - 30)
    w.resize(width, height)


def _settings(root: Path) -> QSettings:
    return QSettings(str(root / "layout.ini"), QSettings.Format.IniFormat)


def restore(w: QMainWindow, splitters: dict[str, QSplitter], root: Path) -> str | None:
    """Apply the saved layout (before the first show); returns the last project's id."""
    qs = _settings(root)
    rect, state = qs.value("window/rect"), qs.value("state")
    if rect:
        frame = [int(v) for v in qs.value("window/frame") or (0, 0, 0, 0)]
        place(w, QRect(*(int(v) for v in rect)), frame)
        if _true(qs.value("window/maximized")):
            w.setWindowState(w.windowState() | Qt.WindowState.WindowMaximized)
    elif (geo := qs.value("geometry")) is not None:  # kept by an earlier Devora
        w.restoreGeometry(geo)
        place(w, w.geometry(), (0, 0, 0, 0))
    if state is not None:
        w.restoreState(state)
    for name, splitter in splitters.items():
        sizes = [int(s) for s in qs.value(f"splitter/{name}") or ()]
        if sizes:
            splitter.setSizes(sizes)
        # the person dragged it (ui/project_column.ContentSplit): it keeps their sizes
        held = sizes and _true(qs.value(f"splitter/{name}/held"))
        splitter.setProperty("held", sizes if held else None)
    last = qs.value("last_project")
    return str(last) if last else None


def place(w: QMainWindow, rect: QRect, frame: list[int] | tuple[int, ...]) -> None:
    """Put the window's inside at ``rect`` (screen coordinates), made to fit, with the
    window manager's ``frame`` round it (left, top, right, bottom), in the screen's
    available area: on the screen that holds the rect's centre, else the window's own.

    Where it was, exactly: Qt's restoreGeometry placed the frame where the saved one was,
    and under openbox that put the window 5 px lower at each start, its bottom edge off a
    700 px screen after a few (walk22 #11). The inside's own rectangle, set before the
    window is shown, comes back where it was left."""
    screen: QScreen | None = QGuiApplication.screenAt(rect.center()) or w.screen() \
        or QGuiApplication.primaryScreen()
    if screen is None:
        return w.setGeometry(rect)
    room = screen.availableGeometry()
    left, top, right, bottom = frame
    width = max(1, min(rect.width(), room.width() - left - right))
    height = max(1, min(rect.height(), room.height() - top - bottom))
    x = min(max(rect.x(), room.x() + left), room.x() + room.width() - right - width)
    y = min(max(rect.y(), room.y() + top), room.y() + room.height() - bottom - height)
    w.setGeometry(x, y, width, height)


def _true(value: object) -> bool:
    """A flag as QSettings reads it back from the ini file ("true"), or as it was set."""
    return value is True or str(value).lower() == "true"


def save(w: QMainWindow, splitters: dict[str, QSplitter], root: Path,
         last_project: str | None) -> None:
    flush()  # a last project still being written must not land after this one
    qs = _settings(root)
    maximized = w.isMaximized() or w.isFullScreen()
    normal = w.normalGeometry() if maximized else w.geometry()
    frame, inside = w.frameGeometry(), w.geometry()
    qs.setValue("window/rect", [normal.x(), normal.y(), normal.width(), normal.height()])
    qs.setValue("window/frame", [inside.left() - frame.left(), inside.top() - frame.top(),
                                 frame.right() - inside.right(),
                                 frame.bottom() - inside.bottom()])
    qs.setValue("window/maximized", maximized)
    qs.remove("geometry")
    qs.setValue("state", w.saveState())
    for name, splitter in splitters.items():
        qs.setValue(f"splitter/{name}", [int(s) for s in splitter.sizes()])
        qs.setValue(f"splitter/{name}/held", bool(splitter.property("held")))
    qs.setValue("last_project", last_project or "")
    qs.sync()


#: the ini key of the prompts typed and not run: {project id, "" for a new one: words}
DRAFTS = "drafts"


class _ProjectWriter:
    """Writes the last project (and the drafts at quit) on a thread of its own: QSettings
    writes its file through a temporary file and an fsync, 1–16 ms at load 6 and ~0.1 s
    under a loaded disk, which the Qt thread paid at every project change; a draft is
    redacted first (a key typed in it, ~0.7 s when the detector is not loaded yet). Only the
    newest value per folder and key is written."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._pending: dict[tuple[Path, str], object] = {}
        self._busy = False
        self._thread: UnwaitedThread | None = None

    def put(self, root: Path, project_id: str) -> None:
        self.put_value(root, "last_project", project_id)

    def put_value(self, root: Path, key: str, value: object) -> None:
        with self._cond:
            self._pending[(root, key)] = value
            if self._thread is None or not self._thread.is_alive():
                from devora_desktop.core.threads import UnwaitedThread  # not before the frame

                self._thread = UnwaitedThread(self._run, "devora-layout")
            self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                if not self._cond.wait_for(lambda: bool(self._pending), timeout=30):
                    self._thread = None  # idle: a later put starts another
                    return
                (root, key), value = self._pending.popitem()
                self._busy = True
            try:
                if key == DRAFTS:
                    value = _redacted_drafts(value)
                qs = _settings(root)
                qs.setValue(key, value)
                qs.sync()
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    def flush(self, timeout: float = 5.0) -> None:
        with self._cond:
            self._cond.wait_for(lambda: not self._pending and not self._busy, timeout=timeout)


_writer = _ProjectWriter()


def remember_project(root: Path, project_id: str) -> None:
    """Keep the last project as soon as it changes: a killed or crashed app (no closeEvent)
    still reopens where the user was, and a refinement typed then goes to that project.
    The write happens off the calling thread (``flush`` waits for it)."""
    _writer.put(root, project_id)


def flush() -> None:
    """Wait until every remembered project (and the drafts) is on disk."""
    _writer.flush()


def keep_drafts(root: Path, drafts: dict[str | None, str]) -> None:
    """The prompts typed and not run (``None``: the New project page's), for the next start:
    redacted and written off the calling thread (``save`` and ``flush`` wait for them)."""
    _writer.put_value(root, DRAFTS, {pid or "": text for pid, text in drafts.items()
                                     if text.strip()})


def take_drafts(root: Path) -> dict[str | None, str]:
    """The drafts kept at the last quit, once: the file forgets them (off this thread), so
    a run of one, or a crash, brings no stale words back at a later start."""
    raw = _settings(root).value(DRAFTS)
    try:
        found = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:
        found = {}
    if found:
        _writer.put_value(root, DRAFTS, {})
    return {str(pid) or None: text for pid, text in found.items()
            if isinstance(text, str) and text.strip()} if isinstance(found, dict) else {}


def _redacted_drafts(drafts: object) -> str:
    """The drafts as the ini keeps them: JSON, with a key typed in one redacted."""
    from devora_desktop.core.egress import sent_prompt

    kept = drafts if isinstance(drafts, dict) else {}
    return json.dumps({pid: sent_prompt(text) for pid, text in kept.items()})
