"""The window's left column: the projects, the open project's files and its history, one
above the other in a dock the person can resize or hide (its panels carry their own
headings, so the dock has no title bar saying "Project" above them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QSplitter, QWidget

from devora_desktop.ui.files_panel import FilesPanel
from devora_desktop.ui.history_panel import HistoryPanel
from devora_desktop.ui.projects_panel import ProjectsPanel

if TYPE_CHECKING:
    from devora_desktop.ui.tasks import Tasks


class ProjectColumn(QDockWidget):
    def __init__(self, tasks: Tasks, parent: QWidget) -> None:
        super().__init__("Project", parent)
        self.setObjectName("project-dock")  # the saved layout knows it by this name
        self.projects = ProjectsPanel()
        self.files = FilesPanel(tasks)
        self.history = HistoryPanel(tasks)
        self.split = QSplitter(Qt.Orientation.Vertical, self)  # in the dock at once: styled once
        self.split.setObjectName("sidebar")  # its own surface tone (ui/theme.py)
        self.split.setContentsMargins(8, 4, 4, 8)  # off the window's edge, on the 8-px rhythm
        for panel in (self.projects, self.files, self.history):
            self.split.addWidget(panel)
        self.split.setSizes([220, 260, 260])  # History: several versions (walk15 #17)
        self.setWidget(self.split)
        self.setTitleBarWidget(QWidget())
