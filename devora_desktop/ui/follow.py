"""The centre follows a run: the file being written streams into the viewer, a file that
lands is shown from disk, until the user opens a file themselves (``follow`` turns off)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from devora_desktop.ui.binding import Binding

if TYPE_CHECKING:
    from devora_desktop.progress import RunProgress
    from devora_desktop.ui.center import CenterArea

FOLLOW_MS = 100


class LiveFollow(QObject):
    """Binds the centre (viewer and preview) to a run model. ``open_file(rel, show)`` opens
    a project file from disk (``show``: bring the Code tab forward)."""

    def __init__(self, center: CenterArea, open_file: Callable[[str, bool], None]) -> None:
        super().__init__(center)
        self.center, self.viewer = center, center.viewer
        self.open_file = open_file
        self.follow = True
        self.progress: RunProgress | None = None
        self._following = ("", 0)  # (agent, worker) whose file the centre shows
        self._binding = Binding(self)
        self.timer = QTimer(self, interval=FOLLOW_MS)
        self.timer.timeout.connect(self._on_timer)

    def bind(self, progress: RunProgress) -> None:
        self.progress = progress
        self._binding.bind(progress, "file_started", "file_written", "ended")

    def _on_model_file_started(self, agent: str, _path: str, worker: int) -> None:
        if self.follow:
            self._following = (agent, worker)
            self._on_timer()
            self.timer.start()

    def _on_model_file_written(self, _agent: str, rel: str, change: str) -> None:
        if change == "unchanged":
            return
        self.center.preview.file_landed(rel)
        live = self.viewer.live
        # the file the centre follows is complete: show it from disk (another worker's file
        # landing while one still streams does not take the centre away; when nothing
        # streams, the centre shows each file as it lands)
        if self.follow and (live in (None, rel) or self._streaming() != live):
            self.open_file(rel, not self.center.showing_preview())

    def _on_model_ended(self, _outcome: str) -> None:
        self.timer.stop()

    def _writing(self) -> tuple[str | None, int, str]:
        agent, worker = self._following
        a = self.progress.agents.get(agent) if self.progress is not None else None
        return a.writing(worker) if a is not None else (None, 0, "")

    def _streaming(self) -> str | None:
        """The file the followed worker is writing now, if any."""
        return self._writing()[0]

    def _on_timer(self) -> None:
        path, _lines, text = self._writing()
        if path is None or not self.follow:
            return self.timer.stop()
        self.viewer.show_live(path, text, self._following[0].title())
