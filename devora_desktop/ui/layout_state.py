"""Window geometry, docks, splitter sizes and the last project, as the user left them."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QSplitter


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
    geo, state = qs.value("geometry"), qs.value("state")
    if geo is not None:
        w.restoreGeometry(geo)
    if state is not None:
        w.restoreState(state)
    for name, splitter in splitters.items():
        sizes = qs.value(f"splitter/{name}")
        if sizes:
            splitter.setSizes([int(s) for s in sizes])
    last = qs.value("last_project")
    return str(last) if last else None


def save(w: QMainWindow, splitters: dict[str, QSplitter], root: Path,
         last_project: str | None) -> None:
    flush()  # a last project still being written must not land after this one
    qs = _settings(root)
    qs.setValue("geometry", w.saveGeometry())
    qs.setValue("state", w.saveState())
    for name, splitter in splitters.items():
        qs.setValue(f"splitter/{name}", [int(s) for s in splitter.sizes()])
    qs.setValue("last_project", last_project or "")
    qs.sync()


class _ProjectWriter:
    """Writes the last project on a thread of its own: QSettings writes its file through a
    temporary file and an fsync, 1–16 ms at load 6 and ~0.1 s under a loaded disk, which the
    Qt thread paid at every project change. Only the newest id per folder is written."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._pending: dict[Path, str] = {}
        self._busy = False
        self._thread: threading.Thread | None = None

    def put(self, root: Path, project_id: str) -> None:
        with self._cond:
            self._pending[root] = project_id
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="devora-layout",
                                                daemon=True)
                self._thread.start()
            self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                if not self._cond.wait_for(lambda: bool(self._pending), timeout=30):
                    self._thread = None  # idle: a later put starts another
                    return
                root, project_id = self._pending.popitem()
                self._busy = True
            try:
                qs = _settings(root)
                qs.setValue("last_project", project_id)
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
    """Wait until every remembered project is on disk."""
    _writer.flush()
