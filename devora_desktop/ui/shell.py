"""What each presenter, the project actions and the dialogs may use of the main window.

The window builds them and hands them itself; each sees it through its own Protocol here —
the panels and services it uses, by type — never as ``MainWindow``, so no module the window
imports imports the window back (see docs/ARCHITECTURE.md, Layers: no import circles,
type-only ones included), and what a presenter reaches is written down. The window is a
``QMainWindow``: dialogs use it as their parent and stay alive as its attributes while open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QSplitter, QStatusBar, QWidget

    from devora_desktop.core.context import AppContext
    from devora_desktop.progress import RunProgress
    from devora_desktop.ui.activity_panel import ActivityPanel
    from devora_desktop.ui.agent_panes import AgentPanes, AgentsBox
    from devora_desktop.ui.center import CenterArea
    from devora_desktop.ui.changes_panel import ChangesPanel
    from devora_desktop.ui.chat_input import ChatInput
    from devora_desktop.ui.current import CurrentProject
    from devora_desktop.ui.file_viewer import FileViewer
    from devora_desktop.ui.files_panel import FilesPanel
    from devora_desktop.ui.history_panel import HistoryPanel
    from devora_desktop.ui.projects_panel import ProjectsPanel
    from devora_desktop.ui.run_controller import RunController
    from devora_desktop.ui.status import StatusPresenter
    from devora_desktop.ui.tasks import Notifier, Tasks


class ProjectView(Protocol):
    """What others ask of the project presenter."""

    keep_feed: bool  # the next project change keeps the feed (a first run kept nothing)

    drafts: dict[str | None, tuple[str, object, list[bytes]]]  # unrun prompts, by project

    def choose(self, project_id: str | None) -> None:
        """Switch to a project, as picking it in the list does (a run goes on in its own)."""

    def unrun(self) -> dict[str | None, str]:
        """The words typed and not run, by project, the box's included (kept at quit)."""


class RunView(Protocol):
    """What others ask of the run presenter."""

    shown: bool  # the panels show the run in flight (not another project looked at meanwhile)

    def relive(self) -> None:
        """Back on the run's project: the panels follow the run again, from its start."""

    def tell_left_new(self) -> None:
        """The New project page tells a new project's run that failed out of sight."""


class Estimating(Protocol):
    """What others ask of ui/run_estimate.py."""

    def before_run(self, go: Callable[[], object], request: tuple) -> None:
        """A run of ``request`` (prompt, mode, project, model) was asked for: ``go`` starts
        it, after a question when it is over budget."""


class Follower(Protocol):
    """What others ask of ui/follow.py (it sees the window through FollowShell)."""

    follow: bool  # the centre follows the run's files (until the user opens one)

    def bind(self, progress: RunProgress) -> None:
        """Follow this run's files from now on."""

    def open_file(self, rel: str, line: int = 0, show: bool = True) -> None:
        """``rel`` in the viewer (``show``: bring the Code tab forward)."""

    def unbind(self) -> None:
        """Another project is on screen: the run's files stay out of the centre."""


class Services(Protocol):
    """What every one of them uses: the data, messages, background work, the project on
    screen and the run."""

    ctx: AppContext
    notifier: Notifier
    tasks: Tasks
    current: CurrentProject
    controller: RunController


class EstimateShell(Services, Protocol):
    """ui/run_estimate.py: the prompt and its choices, and which provider runs use."""

    chat: ChatInput
    status: StatusPresenter
    confirm_box: QWidget  # a run over the budget per run asks first


class CentreShell(Services, Protocol):
    """The centre too: code, preview, changes, and the project's links above them."""

    center: CenterArea


class FollowShell(CentreShell, Protocol):
    """ui/follow.py: the places a person opens a file from."""

    files: FilesPanel
    panes: AgentPanes
    activity: ActivityPanel


class DialogsShell(CentreShell, Protocol):
    """ui/dialogs.py: Settings, Export, License, Connect Supabase, the repairs found at
    start, and the menu entries that open them."""

    status: StatusPresenter
    activity: ActivityPanel  # a refused run's Upgrade opens License
    settings_action: QAction
    export_action: QAction
    license_action: QAction
    reveal_action: QAction
    logs_action: QAction
    about_action: QAction
    supabase_action: QAction
    settings_dialog: QWidget  # a dialog is kept alive as the window's attribute while open
    export_dialog: QWidget
    license_dialog: QWidget
    about_box: QWidget
    supabase_dialog: QWidget
    repairs_box: QWidget


class EditShell(CentreShell, Protocol):
    """ui/edit_presenter.py: the viewer's edits become versions (the preview follows)."""

    viewer: FileViewer
    history: HistoryPanel
    files: FilesPanel
    changes: ChangesPanel  # follows a saved edit to its version


class VersionShell(EditShell, CentreShell, Protocol):
    """ui/version_actions.py: view a run's changes, revert it, restore a version."""

    activity: ActivityPanel


class ProjectShell(VersionShell, Protocol):
    """ui/project_presenter.py: every panel follows the current project."""

    projects: ProjectsPanel
    agents: AgentsBox
    chat: ChatInput
    status: StatusPresenter
    new_action: QAction
    follower: Follower
    run_view: RunView


class RunShell(ProjectShell, Protocol):
    """ui/run_presenter.py: a run on screen."""

    project_view: ProjectView
    run_finished: SignalInstance  # outcome
    panes: AgentPanes
    run_action: QAction
    stop_action: QAction
    estimate: Estimating


class ActionsShell(Services, Protocol):
    """ui/project_actions.py: the project verbs of the menus and the list."""

    projects: ProjectsPanel
    project_view: ProjectView
    files: FilesPanel
    history: HistoryPanel
    chat: ChatInput
    status: StatusPresenter
    reveal_action: QAction
    ledger_box: QWidget
    rename_dialog: QWidget
    open_folder_dialog: QWidget
    confirm_box: QWidget
    clone_dialog: QWidget


class CloseShell(Services, Protocol):
    """ui/close_guard.py: closing the window, mid-run or not."""

    main: QSplitter  # everything under the menus: disabled while the run stops
    confirm_box: QWidget
    quit_action: QAction
    project_view: ProjectView

    def splitters(self) -> dict[str, QSplitter]: ...

    def statusBar(self) -> QStatusBar: ...

    def setWindowTitle(self, title: str) -> None: ...

    def close(self) -> bool: ...
