"""Window geometry, docks, splitter sizes and the last project, as the user left them."""

from __future__ import annotations

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
    qs = _settings(root)
    qs.setValue("geometry", w.saveGeometry())
    qs.setValue("state", w.saveState())
    for name, splitter in splitters.items():
        qs.setValue(f"splitter/{name}", [int(s) for s in splitter.sizes()])
    qs.setValue("last_project", last_project or "")
    qs.sync()


def remember_project(root: Path, project_id: str) -> None:
    """Keep the last project as soon as it changes: a killed or crashed app (no closeEvent)
    still reopens where the user was, and a refinement typed then goes to that project."""
    qs = _settings(root)
    qs.setValue("last_project", project_id)
    qs.sync()
