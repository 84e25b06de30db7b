"""What the presenters, the project actions and the dialogs may use of the main window.

The window builds them and hands them itself; they see it as a :class:`Shell` — its panels
and services by type — never as ``MainWindow``, so no module the window imports imports the
window back (see docs/ARCHITECTURE.md, Layers: no import circles, type-only ones included).
A Shell is a ``QMainWindow``: dialogs use it as their parent, and keep themselves alive as
its attributes while they are open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from devora_desktop.core.context import AppContext
    from devora_desktop.ui.activity_panel import ActivityPanel
    from devora_desktop.ui.agent_panes import AgentPanes, AgentsBox
    from devora_desktop.ui.center import CenterArea
    from devora_desktop.ui.changes_panel import ChangesPanel
    from devora_desktop.ui.chat_input import ChatInput
    from devora_desktop.ui.current import CurrentProject
    from devora_desktop.ui.file_viewer import FileViewer
    from devora_desktop.ui.files_panel import FilesPanel
    from devora_desktop.ui.follow import LiveFollow
    from devora_desktop.ui.history_panel import HistoryPanel
    from devora_desktop.ui.projects_panel import ProjectsPanel
    from devora_desktop.ui.run_controller import RunController
    from devora_desktop.ui.status import StatusPresenter
    from devora_desktop.ui.tasks import Notifier, Tasks


class ProjectView(Protocol):
    """What others ask of the project presenter."""

    keep_feed: bool  # the next project change keeps the feed (a first run kept nothing)

    def choose(self, project_id: str) -> None:
        """Switch to a project, as picking it in the list does (refused mid-run)."""


class Shell(Protocol):
    ctx: AppContext
    notifier: Notifier
    tasks: Tasks
    current: CurrentProject
    controller: RunController
    project_view: ProjectView
    # panels
    projects: ProjectsPanel
    files: FilesPanel
    history: HistoryPanel
    center: CenterArea
    viewer: FileViewer
    changes: ChangesPanel
    agents: AgentsBox
    panes: AgentPanes
    activity: ActivityPanel
    chat: ChatInput
    status: StatusPresenter
    follower: LiveFollow
    reveal_action: QAction
    run_finished: SignalInstance  # outcome
    # dialogs kept alive while open
    settings_dialog: QWidget
    export_dialog: QWidget
    license_dialog: QWidget
    repairs_box: QWidget
    ledger_box: QWidget
    rename_dialog: QWidget
    open_folder_dialog: QWidget
    confirm_box: QWidget
    clone_dialog: QWidget

    def open_file(self, rel: str, line: int = 0, show: bool = True) -> None:
        """``rel`` in the viewer (``show``: bring the Code tab forward)."""
