"""The current project: one piece of state every panel follows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class CurrentProject(QObject):
    """``changed`` carries the project id, or "" for "a new project" (none yet)."""

    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.id: str | None = None

    def set(self, project_id: str | None, *, force: bool = False) -> None:
        if project_id == self.id and not force:
            return
        self.id = project_id or None
        self.changed.emit(self.id or "")
