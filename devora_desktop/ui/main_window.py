"""The main window builds the panels and the menus and hands itself to those that answer
them; it holds no behaviour of its own: the run is RunController's, what starts and shows it
ui/run_presenter.py, the project on screen ui/project_presenter.py, files opened in the centre
ui/follow.py, the status bar ui/status.py, closing ui/close_guard.py, the dialogs ui/dialogs.py.
Each of those connects what it answers where it is made (as ui/project_actions.py does);
``_connect_signals`` wires the panels to one another. The current project is one piece of
state (``current``) that every panel follows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from devora_desktop import APP_NAME
from devora_desktop.ui import layout_state
from devora_desktop.ui.activity_panel import ActivityPanel
from devora_desktop.ui.agent_panes import AgentsBox
from devora_desktop.ui.center import CenterArea
from devora_desktop.ui.current import CurrentProject
from devora_desktop.ui.icons import mode_locks
from devora_desktop.ui.project_column import ProjectColumn
from devora_desktop.ui.run_controller import RunController
from devora_desktop.ui.status import StatusPresenter
from devora_desktop.ui.tasks import Notifier, Tasks
from devora_desktop.ui.theme import use_app_font
from devora_desktop.ui.webengine import composite_from_the_start

if TYPE_CHECKING:
    from devora_desktop.agents.orchestrator import EngineOptions
    from devora_desktop.core.context import AppContext


class MainWindow(QMainWindow):
    run_finished = Signal(str)  # finished | failed | cancelled | interrupted | error
    closed = Signal()

    def __init__(self, ctx: AppContext | None = None,
                 options: EngineOptions | None = None, *, frame_first: bool = False) -> None:
        """Builds the widgets at once; ``attach(ctx)`` fills them (the app shows the window
        first, then loads the engine and the data folder: start-up is what users see).
        ``frame_first``: only what the first frame shows (the columns, the centre's empty
        state, the menus); :meth:`finish` builds the rest once it is on screen."""
        use_app_font(QApplication.instance())  # before any widget: laid out once, in Geist
        super().__init__()
        self.ctx: AppContext = None  # type: ignore[assignment]
        self.notifier = Notifier()
        self.tasks = Tasks(self.notifier)
        self.current = CurrentProject()
        self.controller = RunController(self.tasks, options)
        self._restored = False
        self.setWindowTitle(APP_NAME)
        layout_state.fit_to_screen(self)
        self._build()
        for obj in (self.notifier, self.current, self.controller, self.status):
            obj.setParent(self)  # they go with the window: no signal outlives it
        self._finished = False
        if not frame_first:
            self.finish()
        if ctx is not None:
            self.attach(ctx)

    def finish(self) -> None:
        """The parts the first frame does not show: the centre's Code, Preview and Changes
        tabs (hidden behind its empty state until a project is open; their modules were a
        fifth of the CPU before the window was shown, bench/startup.py) and what answers
        the window's panels and menus. Once."""
        if self._finished:
            return
        self._finished = True
        # what answers the panels and menus is imported here, after the first frame: their
        # modules (dialogs, confirmations, the project verbs) and the Qt classes they bring
        from devora_desktop.ui.changes_panel import ChangesPanel
        from devora_desktop.ui.close_guard import CloseGuard
        from devora_desktop.ui.edit_presenter import EditPresenter
        from devora_desktop.ui.follow import LiveFollow
        from devora_desktop.ui.project_actions import ProjectActions
        from devora_desktop.ui.project_presenter import ProjectPresenter
        from devora_desktop.ui.run_estimate import RunEstimate
        from devora_desktop.ui.run_presenter import RunPresenter
        from devora_desktop.ui.version_actions import VersionActions

        self.center.build_tabs(ChangesPanel(self.tasks))
        self.viewer, self.changes = self.center.viewer, self.center.changes
        self.follower = LiveFollow(self)  # what the viewer shows: a run's files, or yours
        self.project_view = ProjectPresenter(self)
        self.versions = VersionActions(self)
        self.project_actions = ProjectActions(self, self.file_menu, self.project_menu)
        # also where File › New is in other apps, over Open folder… and Clone (walk10 #12)
        self.file_menu.insertAction(self.file_menu.actions()[0], self.new_action)
        self.edits = EditPresenter(self)
        self.close_guard = CloseGuard(self)
        self.run_view = RunPresenter(self)
        self.estimate = RunEstimate(self)
        self._connect_signals()

    def attach(self, ctx: AppContext) -> None:
        from devora_desktop.ui import dialogs
        from devora_desktop.ui.theme import apply_theme

        self.finish()
        self.ctx = self.controller.ctx = ctx
        last = self.restore_layout(ctx.paths.root) if not self._restored else self._last
        apply_theme(ctx.settings.theme)
        self.status.attach(ctx)
        self.center.preview.attach(ctx, self.current)
        self.project_view.attach(last)
        self.project_actions.attach()
        self.chat.prompt.setFocus()
        self.tasks.spawn(self.controller.warm_up(), name="warm-up")
        self.panes.prepare()
        dialogs.show_start_notes(self)

    # ---- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        # the frame first, then each panel made in its place (its parent given): under the
        # stylesheet a widget moved to a new parent is styled again with all it holds, and
        # a panel put in a splitter that went into another, then into the window, was
        # styled three times (moves: 34 -> 8 ms, MainWindow() 52 -> 32 ms CPU median)
        self.main = QSplitter(Qt.Orientation.Horizontal)
        self.setCentralWidget(self.main)
        self.middle = QSplitter(Qt.Orientation.Vertical)
        self.middle.setContentsMargins(8, 0, 4, 0)  # the centre's cards off the sidebar's edge
        self.main.addWidget(self.middle)
        column = ProjectColumn(self.tasks, self)
        self.projects, self.files, self.history = column.projects, column.files, column.history
        self.left = column.split
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, column)
        self.center = CenterArea(self.middle)  # its tabs come in finish()
        self.agents = AgentsBox(self.middle)
        self.panes = self.agents.panes
        self.middle.addWidget(self.center)
        self.middle.addWidget(self.agents)
        self.middle.setSizes([620, 40])
        self.activity = ActivityPanel(self.main)
        self.chat, self.consent = self.activity.input, self.activity.consent
        self.chat.set_locked(mode_locks(None))  # the plan is read with the data folder
        self.main.addWidget(self.activity)
        self.main.setStretchFactor(0, 3)
        self.main.setStretchFactor(1, 2)
        self.main.setCollapsible(0, False)  # a drag that widens the chat never hides the centre
        self.main.setCollapsible(1, False)  # nor one that narrows it the prompt and Run: it
        # stops where the run line's buttons still fit (ActivityPanel.minimumSizeHint)
        self.status = StatusPresenter(self.tasks)
        self.status.install(self.statusBar(), self.notifier, self.center)
        composite_from_the_start(self)  # the preview's page comes later without a black frame
        self._build_menus()

    def _build_menus(self) -> None:
        def action(menu, text: str, shortcut=None) -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            menu.addAction(a)
            return a

        m = self.menuBar()
        file_menu, project_menu = self.file_menu, self.project_menu = \
            m.addMenu("&File"), m.addMenu("&Project")
        run_menu, export_menu, help_menu = m.addMenu("&Run"), m.addMenu("&Export"), \
            m.addMenu("&Help")
        self.settings_action = action(file_menu, "&Settings…", "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = action(file_menu, "&Quit", "Ctrl+Q")  # some desktops bind none
        self.new_action = action(project_menu, "&New project", QKeySequence.StandardKey.New)
        self.reveal_action = action(project_menu, "Reveal folder")
        self.supabase_action = action(project_menu, "Connect &Supabase…")
        self.run_action = action(run_menu, "Run", "Ctrl+Return")
        self.stop_action = action(run_menu, "Stop", "Escape")
        self.export_action = action(export_menu, "Export / deploy…", "Ctrl+E")
        self.license_action = action(help_menu, "License…")
        self.logs_action = action(help_menu, "Open logs folder")
        self.about_action = action(help_menu, "About Devora and shortcuts…")
        self.goto_shortcut = QShortcut(QKeySequence("Ctrl+P"), self)

    def splitters(self) -> dict[str, QSplitter]:
        return {"left": self.left, "middle": self.middle, "main": self.main}

    def _connect_signals(self) -> None:
        from devora_desktop.ui import dialogs

        self.controller.ask_consent = self.run_view.asking(self.consent.ask)
        self.controller.ask_shape = self.run_view.asking(self.activity.shape.ask)
        self.controller.finished.connect(self.center.preview.on_run_finished)
        self.controller.after_batch.append(self.panes.flush)
        self.center.preview.element_picked.connect(self.chat.set_picked)
        self.center.preview.said.connect(self.notifier.notify)
        self.center.preview.offered.connect(self.notifier.offer)
        self.center.preview.pick_button.toggled.connect(self.chat.set_picking)
        self.status.provider_changed.connect(lambda _l, b: self.center.empty.banner.setText(b))
        self.activity.totals_shown.connect(self.status.show_run_totals)
        self.center.empty.example_chosen.connect(self.chat.suggest)
        self.viewer.message.connect(self.notifier.notify)
        self.viewer.offered.connect(self.notifier.offer)
        self.goto_shortcut.activated.connect(self.files.focus_goto)
        dialogs.connect(self)

    @property
    def follow(self) -> bool:
        """The centre follows the run's files (until the user opens one)."""
        return self.follower.follow

    def bring_to_front(self) -> None:
        """A second launch asked for us (see ui/single_instance.py)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.notifier.notify("Devora was already running: here it is")

    def restore_layout(self, root) -> str | None:
        self._restored, self._last = True, layout_state.restore(self, self.splitters(), root)
        self.agents.fit()  # the raw text starts shut, whatever share it had when saved
        return self._last

    async def shutdown(self) -> None:
        """Stop a run in flight (bounded wait) and the window's other work."""
        self.project_actions.trash_timer.stop()  # no trash read once the window goes
        await self.controller.close()
        await self.tasks.cancel_all()
        self.center.preview.shutdown()

    def closeEvent(self, event) -> None:
        if not self.close_guard.may_close(event.spontaneous()):
            return event.ignore()  # it asks first, or stops the run and closes after
        event.accept()
        self.closed.emit()
