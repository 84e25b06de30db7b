"""The main window. ``_connect_signals`` holds every connection; ``_on_run_event`` maps the
engine's RunEvents onto widgets. Logic stays in the engine: this file only binds."""

from __future__ import annotations

import contextlib
import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStringListModel, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from devora_desktop import APP_NAME
from devora_desktop.core.errors import DevoraError
from devora_desktop.ui.agent_panes import AgentPanes
from devora_desktop.ui.file_viewer import FileViewer
from devora_desktop.ui.theme import apply_theme

if TYPE_CHECKING:  # the engine (pydantic models) loads after the window is on screen
    import asyncio

    from devora_desktop.agents.events import RunEvent
    from devora_desktop.agents.orchestrator import EngineOptions, Run
    from devora_desktop.core.context import AppContext
    from devora_desktop.core.models import Mode

log = logging.getLogger(__name__)

EXAMPLES = ["A todo app with due dates", "A landing page for a bakery called Crumb",
            "A blog about mountain hiking", "A SaaS dashboard for subscriptions"]


class ChatPanel(QWidget):
    """Conversation, prompt box (Ctrl+Enter), mode selector, model override, Run and Stop."""

    def __init__(self) -> None:
        super().__init__()
        self.history = QPlainTextEdit(readOnly=True)
        self.prompt = QPlainTextEdit()
        self.prompt.setPlaceholderText("Describe the app you want, or a change to make…")
        self.prompt.setMaximumHeight(90)
        self.modes = QButtonGroup(self)
        mode_row = QHBoxLayout()
        for i, (mode, label) in enumerate([("quick", "quick"), ("web", "web"),
                                           ("fullstack", "full-stack")]):
            rb = QRadioButton(label)
            rb.setProperty("mode", mode)
            self.modes.addButton(rb, i)
            mode_row.addWidget(rb)
        self.modes.button(1).setChecked(True)
        self.model = QComboBox(editable=True)
        self.model.setToolTip("Model for this run (empty: Settings)")
        self.model.setMinimumWidth(200)
        self.model.lineEdit().setPlaceholderText("model: from Settings")
        self.run_button = QPushButton("Run (Ctrl+Enter)")
        self.stop_button = QPushButton("Stop (Esc)")
        self.stop_button.setEnabled(False)
        mode_row.addWidget(self.model)
        mode_row.addStretch(1)
        mode_row.addWidget(self.stop_button)
        mode_row.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.history, 1)
        layout.addWidget(self.prompt)
        layout.addLayout(mode_row)

    def mode(self) -> Mode:
        from devora_desktop.core.models import Mode

        return Mode(self.modes.checkedButton().property("mode"))

    def set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.stop_button.setEnabled(running)

    def add(self, who: str, text: str) -> None:
        self.history.appendPlainText(f"{who}: {text}")


class MainWindow(QMainWindow):
    run_finished = Signal(str)  # the terminal event's type, for tests and the status bar
    closed = Signal()

    def __init__(self, ctx: AppContext | None = None,
                 options: EngineOptions | None = None) -> None:
        """Builds the widgets at once; ``attach(ctx)`` fills them (the app shows the window
        first, then loads the engine and the data folder: start-up is what users see)."""
        super().__init__()
        self.ctx: AppContext = None  # type: ignore[assignment]
        self.options = options
        self.project_id: str | None = None
        self.run: Run | None = None
        self.run_task: asyncio.Task | None = None
        self._tasks: set[asyncio.Task] = set()
        self.tree_items: dict[str, QTreeWidgetItem] = {}
        self.last_status = ""
        self._closing = False
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 820)
        self._build()
        self._connect_signals()
        self.license_timer = QTimer(self)  # the token refreshes after refresh_after (1 day)
        self.license_timer.setInterval(3600 * 1000)
        self.license_timer.timeout.connect(self._on_license_timer_timeout)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        if not self.isVisible():
            self.restore_layout(ctx.paths.root)
        apply_theme(ctx.settings.theme)
        self.reload_projects()
        self.update_status()
        self.update_plan()
        self.license_timer.start()

    # ---- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.filter = QLineEdit(placeholderText="Filter projects")
        self.projects = QListWidget()
        self.files = QTreeWidget()
        self.files.setHeaderHidden(True)
        self.goto = QLineEdit(placeholderText="Go to file (Ctrl+P)")
        self.goto_model = QStringListModel(self)
        completer = QCompleter(self.goto_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.goto.setCompleter(completer)
        self.history = QListWidget()
        self.diff_button = QPushButton("Diff")
        self.restore_button = QPushButton("Restore")
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(4, 4, 4, 4)
        lv.addWidget(QLabel("Projects"))
        lv.addWidget(self.filter)
        lv.addWidget(self.projects, 2)
        lv.addWidget(QLabel("Files"))
        lv.addWidget(self.goto)
        lv.addWidget(self.files, 3)
        lv.addWidget(QLabel("History"))
        lv.addWidget(self.history, 2)
        hb = QHBoxLayout()
        hb.addWidget(self.diff_button)
        hb.addWidget(self.restore_button)
        lv.addLayout(hb)
        dock = QDockWidget("Project", self)
        dock.setObjectName("project-dock")
        dock.setWidget(left)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)

        self.viewer = FileViewer()
        self.preview = QWidget()
        pv = QVBoxLayout(self.preview)
        self.preview_label = QLabel("Preview serves the project on 127.0.0.1 only.")
        self.preview_label.setWordWrap(True)
        self.open_browser = QPushButton("Open in browser")
        pv.addWidget(self.preview_label)
        pv.addWidget(self.open_browser)
        pv.addStretch(1)
        self.center_tabs = QTabWidget()
        self.center_tabs.addTab(self.viewer, "Code")
        self.center_tabs.addTab(self.preview, "Preview")
        self.links = QLabel()
        self.links.setOpenExternalLinks(True)
        self.center_tabs.setCornerWidget(self.links)

        self.empty = QWidget()
        ev = QVBoxLayout(self.empty)
        ev.addStretch(1)
        title = QLabel("<h2>Describe the app you want</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ev.addWidget(title)
        self.example_buttons = []
        for text in EXAMPLES:
            b = QPushButton(text)
            self.example_buttons.append(b)
            ev.addWidget(b, alignment=Qt.AlignmentFlag.AlignCenter)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.settings_button = QPushButton("Open Settings")
        ev.addWidget(self.banner)
        ev.addWidget(self.settings_button, alignment=Qt.AlignmentFlag.AlignCenter)
        ev.addStretch(1)
        self.center = QStackedWidget()
        self.center.addWidget(self.empty)
        self.center.addWidget(self.center_tabs)

        self.panes = AgentPanes()
        self.chat = ChatPanel()
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.center)
        right.addWidget(self.panes)
        right.addWidget(self.chat)
        right.setSizes([420, 220, 200])
        self.setCentralWidget(right)

        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.plan_label = QLabel()
        self.statusBar().addPermanentWidget(self.plan_label)

        m = self.menuBar()
        file_menu = m.addMenu("&File")
        self.settings_action = QAction("&Settings…", self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(self.settings_action)
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.quit_action)
        run_menu = m.addMenu("&Run")
        self.run_action = QAction("Run", self)
        self.run_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.stop_action = QAction("Stop", self)
        self.stop_action.setShortcut(QKeySequence("Escape"))
        run_menu.addAction(self.run_action)
        run_menu.addAction(self.stop_action)
        project_menu = m.addMenu("&Project")
        self.new_action = QAction("&New project", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        project_menu.addAction(self.new_action)
        self.reveal_action = QAction("Reveal folder", self)
        project_menu.addAction(self.reveal_action)
        export_menu = m.addMenu("&Export")
        self.export_action = QAction("&Export project…", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        export_menu.addAction(self.export_action)
        help_menu = m.addMenu("&Help")
        self.license_action = QAction("&License…", self)
        help_menu.addAction(self.license_action)
        self.logs_action = QAction("Open logs folder", self)
        help_menu.addAction(self.logs_action)
        QShortcut(QKeySequence("Ctrl+P"), self, self._on_goto_shortcut)

    def _connect_signals(self) -> None:
        self.filter.textChanged.connect(self._on_filter_changed)
        self.projects.currentItemChanged.connect(self._on_projects_current)
        self.files.itemActivated.connect(self._on_files_activated)
        self.goto.completer().activated.connect(self._on_goto_chosen)
        self.goto.returnPressed.connect(lambda: self._on_goto_chosen(self.goto.text()))
        self.files.itemClicked.connect(self._on_files_activated)
        self.history.itemActivated.connect(lambda _it: self._on_diff_clicked())
        self.diff_button.clicked.connect(self._on_diff_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.chat.run_button.clicked.connect(self.start_run)
        self.chat.stop_button.clicked.connect(self.stop_run)
        self.run_action.triggered.connect(self.start_run)
        self.stop_action.triggered.connect(self.stop_run)
        self.panes.file_clicked.connect(self.open_file)
        self.panes.retry_requested.connect(self._on_retry)
        self.settings_action.triggered.connect(self.open_settings)
        self.settings_button.clicked.connect(self.open_settings)
        self.quit_action.triggered.connect(self.close)
        self.new_action.triggered.connect(self._on_new_project)
        self.reveal_action.triggered.connect(self._on_reveal)
        self.export_action.triggered.connect(self.open_export)
        self.license_action.triggered.connect(self.open_license)
        self.logs_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.logs))))
        self.open_browser.clicked.connect(self._on_open_browser)
        for b in self.example_buttons:
            text = b.text()
            b.clicked.connect(lambda _=False, t=text: self.chat.prompt.setPlainText(t))

    # ---- projects, files, history ---------------------------------------------------------
    def reload_projects(self, select: str | None = None, replay: bool = True,
                        show: bool = True) -> None:
        select = select or self.project_id
        self.projects.blockSignals(True)
        self.projects.clear()
        for p in self.ctx.store.projects.list():
            item = QListWidgetItem(p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setToolTip(p.summary or p.prompt)
            self.projects.addItem(item)
            if p.id == select:
                self.projects.setCurrentItem(item)
        self.projects.blockSignals(False)
        self._on_filter_changed(self.filter.text())
        if select and show:
            self.show_project(select, replay=replay)
        self._update_center()

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        for i in range(self.projects.count()):
            item = self.projects.item(i)
            item.setHidden(text.lower() not in item.text().lower())

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_projects_current(self, current, _previous) -> None:
        if current is not None and self.run is None:
            self.show_project(current.data(Qt.ItemDataRole.UserRole))

    def show_project(self, project_id: str, replay: bool = True) -> None:
        self.project_id = project_id
        with contextlib.suppress(DevoraError):  # a follow-up refines in the project's mode
            mode = self.ctx.store.projects.get(project_id).mode
            self.chat.modes.button({"quick": 0, "web": 1, "fullstack": 2}[mode.value]) \
                .setChecked(True)
        self.reload_files()
        self.reload_history()
        conv = self.ctx.store.conversations.get(project_id)
        self.chat.history.clear()
        for m in conv.messages:
            self.chat.add("you" if m.role == "user" else "devora", m.content)
        self.update_links()
        runs = self.ctx.store.runs.list(project_id=project_id) if replay else []
        if runs and self.run is None:  # panes of a project opened later: from its saved log
            self.replay(self.ctx.store.runs.load_events(runs[-1]))
        self._update_center()

    def reload_files(self, marks: dict[str, str] | None = None) -> None:
        self.files.clear()
        self.tree_items.clear()
        if not self.project_id:
            return
        files = self.ctx.store.workspace(self.project_id).list_files()
        for rel in files:
            self._tree_item(rel, (marks or {}).get(rel))
        self.goto_model.setStringList(files)
        self.files.expandAll()

    def _tree_item(self, rel: str, mark: str | None = None) -> QTreeWidgetItem:
        item = self.tree_items.get(rel)
        if item is None:
            parent: QTreeWidget | QTreeWidgetItem = self.files
            parts = rel.split("/")
            for i, part in enumerate(parts[:-1]):
                key = "/".join(parts[: i + 1]) + "/"
                node = self.tree_items.get(key)
                if node is None:
                    node = QTreeWidgetItem([part])
                    (parent.addTopLevelItem(node) if isinstance(parent, QTreeWidget)
                     else parent.addChild(node))
                    node.setExpanded(True)
                    self.tree_items[key] = node
                parent = node
            item = QTreeWidgetItem([parts[-1]])
            item.setData(0, Qt.ItemDataRole.UserRole, rel)
            (parent.addTopLevelItem(item) if isinstance(parent, QTreeWidget)
             else parent.addChild(item))
            self.tree_items[rel] = item
        name = rel.rsplit("/", 1)[-1]
        item.setText(0, f"{name}  [{mark}]" if mark else name)
        return item

    @Slot()
    def _on_goto_shortcut(self) -> None:
        self.goto.setFocus()
        self.goto.selectAll()

    @Slot(str)
    def _on_goto_chosen(self, rel: str) -> None:
        if rel in self.tree_items:
            self.open_file(rel)
            self.goto.clear()

    @Slot(QTreeWidgetItem, int)
    def _on_files_activated(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        rel = item.data(0, Qt.ItemDataRole.UserRole)
        if rel:
            self.open_file(rel)

    @Slot(str)
    def open_file(self, rel: str) -> None:
        if not self.project_id:
            return
        ws = self.ctx.store.workspace(self.project_id)
        try:
            path = ws.path_for(rel)
        except DevoraError as exc:
            self.notify(exc.one_line())
            return
        self.center_tabs.setCurrentWidget(self.viewer)
        self.viewer.show_file(path, rel)

    def reload_history(self) -> None:
        self.history.clear()
        if not self.project_id:
            return
        runs = {r.id: r for r in self.ctx.store.runs.list(project_id=self.project_id)}
        for v in self.ctx.store.workspace(self.project_id).history():
            run = runs.get(v.run_id or "")
            cost = f" · ${run.usage.cost_usd:.4f}" if run and run.usage.cost_usd else ""
            when = v.created_at.astimezone().strftime("%b %d %H:%M")
            item = QListWidgetItem(f"v{v.number}  {v.message.splitlines()[0][:50]}  "
                                   f"· {when}{cost}")
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            self.history.addItem(item)

    def _selected_version(self) -> str | None:
        item = self.history.currentItem() or self.history.item(0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    @Slot()
    def _on_diff_clicked(self) -> None:
        vid = self._selected_version()
        if not vid or not self.project_id:
            return
        ws = self.ctx.store.workspace(self.project_id)
        versions = ws.history()
        idx = next(i for i, v in enumerate(versions) if v.id == vid)
        prev = versions[idx + 1].id if idx + 1 < len(versions) else None
        self.center_tabs.setCurrentWidget(self.viewer)
        self.viewer.show_text(ws.diff(prev, vid) or "(no changes)", "changes.diff",
                              title=f"Diff of v{versions[idx].number}")

    @Slot()
    def _on_restore_clicked(self) -> None:
        vid = self._selected_version()
        if not vid or not self.project_id or self.run is not None:
            return
        ws = self.ctx.store.workspace(self.project_id)
        new = ws.restore(vid)
        self.notify("Restored as a new version" if new else "That version is the current state")
        self.reload_files()
        self.reload_history()

    # ---- runs ------------------------------------------------------------------------------
    @Slot()
    def start_run(self) -> None:
        import asyncio

        prompt = self.chat.prompt.toPlainText().strip()
        if self.run is not None or self.ctx is None:
            return
        if not prompt:
            self.notify("Type what you want first")
            return
        task = asyncio.ensure_future(self._run(prompt))
        self.run_task = task
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, prompt: str) -> None:
        self.chat.set_running(True)
        choice = None
        terminal = "run_failed"
        try:
            from devora_desktop.agents.launch import start_run

            self.run, choice = await start_run(
                self.ctx, prompt, self.chat.mode(), project_id=self.project_id,
                model=self.chat.model.currentText().strip() or None, options=self.options)
            self.chat.prompt.clear()
            self.chat.add("you", prompt)
            async for event in self.run:
                self._on_run_event(event)
                if event.type in ("run_finished", "run_failed", "run_cancelled"):
                    terminal = event.type
        except DevoraError as exc:
            self.notify(exc.one_line())
        finally:
            self.run = None
            if choice is not None:
                await choice.provider.aclose()
            self.chat.set_running(False)
            # names may have changed; files and history were refreshed by the run's events
            self.reload_projects(self.project_id, show=False)
            self.update_status()
            self.run_finished.emit(terminal)

    @Slot()
    def stop_run(self) -> None:
        if self.run is not None:
            self.run.cancel()

    @Slot()
    def _on_retry(self) -> None:
        conv = self.ctx.store.conversations.get(self.project_id) if self.project_id else None
        last = next((m.content for m in reversed(conv.messages) if m.role == "user"), "") \
            if conv else ""
        if last:
            self.chat.prompt.setPlainText(last)
            self.start_run()

    def replay(self, events: list[dict]) -> None:
        """Show a finished run's panes from its saved log (works offline)."""
        from devora_desktop.agents.events import load_event

        for data in events:
            with contextlib.suppress(ValueError):
                self._on_run_event(load_event(data), replay=True)
        for pane in self.panes.panes.values():
            pane.flush()

    def _on_run_event(self, ev: RunEvent, replay: bool = False) -> None:
        panes = self.panes.panes
        pane = panes.get(getattr(ev, "agent", ""))
        kind = ev.type  # dispatch on the tag: no engine import needed to draw the window
        if kind == "run_started":
            self.panes.reset(ev.agents)
            if not replay:
                self.project_id = ev.project_id
                self.reload_projects(ev.project_id, replay=False)
                self.last_status = f"{ev.provider_label} · {ev.model}"
                if ev.estimate_usd:
                    self.chat.add("devora", f"estimated cost ~${ev.estimate_usd:.3f} "
                                            f"({ev.estimate_tokens:,} tokens)")
        elif kind == "agent_started" and pane:
            pane.set_state("streaming")
            if self.panes.indexOf(pane) >= 0 and not replay:
                self.panes.setCurrentWidget(pane)
        elif kind == "agent_delta" and pane:
            pane.pending.append(ev.text)
        elif kind == "agent_notice" and pane:
            pane.pending.append(f"\n[{ev.level}] {ev.message}\n")
        elif kind == "agent_finished" and pane:
            pane.usage = ev.usage if pane.usage is None else pane.usage + ev.usage
            pane.seconds += ev.seconds
            pane.set_state("done")
        elif kind == "agent_failed" and pane:
            pane.set_state("failed")
            pane.show_error(ev.error, ev.retryable)
        elif kind == "agent_skipped" and pane:
            pane.set_state("skipped")
        elif kind == "file_written":
            if pane:
                pane.add_file(ev.path)
            if not replay:
                self._tree_item(ev.path, ev.change if ev.change != "unchanged" else None)
                self.files.expandAll()
                self._update_center()
        elif kind == "file_deleted" and not replay:
            item = self.tree_items.pop(ev.path, None)
            if item is not None:
                (item.parent() or self.files.invisibleRootItem()).removeChild(item)
        elif kind == "file_rejected" and pane:
            pane.pending.append(f"\n[rejected] {ev.path}: {ev.reason}\n")
        elif kind == "validation_report":
            if ev.findings and not replay:
                self.chat.add("validators", "; ".join(
                    f"{f.path}: {f.message}" for f in ev.findings[:5]))
        elif kind == "review_verdict" and not replay:
            self.chat.add("reviewer", f"{ev.status} — {ev.summary}")
        elif kind == "run_finished" and not replay:
            verdict = "approved" if ev.approved else "not approved"
            cost = f" · ${ev.cost:.4f}" if ev.cost else ""
            self.chat.add("devora", f"{ev.files_written} files · {verdict}{cost} · "
                                    f"{ev.seconds:.1f} s")
            self.last_status += (f" · last run {ev.seconds:.1f} s, "
                                 f"{ev.usage.total_tokens:,} tok{cost}")
            self.reload_files()
            self.reload_history()
            if ev.files_written and not self.viewer.path:
                first = next(iter(self.tree_items), None)
                files = [k for k in self.tree_items if not k.endswith("/")]
                if first and files:
                    self.open_file(files[0])
        elif kind == "run_failed" and not replay:
            self.chat.add("devora", f"Run failed: {ev.error}. The project is unchanged.")
            self.notify(ev.error)
            self.reload_files()
        elif kind == "run_cancelled" and not replay:
            self.chat.add("devora", f"Run cancelled: {ev.reason}. The project is unchanged.")
            self.reload_files()

    # ---- chrome ----------------------------------------------------------------------------
    def _update_center(self) -> None:
        has_files = bool(self.project_id and self.tree_items)
        self.center.setCurrentWidget(self.center_tabs if has_files else self.empty)
        if not has_files:
            self.banner.setText(self._provider_banner())

    def _provider_banner(self) -> str:
        s = self.ctx.settings
        if s.default_provider and s.default_provider != "offline":
            return f"Runs use {s.default_provider}."
        if self.ctx.secrets.has("openrouter"):
            return "Runs use OpenRouter with your key."
        return ("Offline templates (no AI) — add an OpenRouter key or start Ollama for AI "
                "generation.")

    def update_plan(self) -> None:
        """Plan badge, and locked features marked with what unlocks them (never hidden)."""
        from devora_desktop.core.licensing import LicenseManager

        state = LicenseManager(self.ctx).state()
        self.plan_label.setText("● Pro" if state.pro else "Free — Help > License")
        self.plan_label.setToolTip(state.message)
        full = self.chat.modes.button(2)
        locked = "mode.fullstack" not in state.features
        full.setText("full-stack 🔒" if locked else "full-stack")
        full.setToolTip("Full-stack mode needs Pro (Help > License)" if locked else "")

    @Slot()
    def open_license(self) -> None:
        from devora_desktop.ui.license_dialog import LicenseDialog

        dialog = LicenseDialog(self.ctx, parent=self)
        dialog.changed.connect(self.update_plan)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.license_dialog = dialog

    @Slot()
    def _on_license_timer_timeout(self) -> None:
        import asyncio

        task = asyncio.ensure_future(self.refresh_license())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def refresh_license(self) -> None:
        """In the background after start-up: refresh the token when it is due."""
        from devora_desktop.core.licensing import LicenseManager

        await LicenseManager(self.ctx).refresh_if_due()
        self.update_plan()

    def update_status(self) -> None:
        tokens, cost = self.ctx.store.runs.spent_on(date.today())
        today = f"today {tokens:,} tok" + (f", ${cost:.4f}" if cost else "")
        head = self.last_status or self._provider_banner().split(" —")[0]
        self.status_label.setText(f"{head} · {today}")

    def bring_to_front(self) -> None:
        """A second launch asked for us (see ui/single_instance.py)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.notify("Devora was already running: here it is")

    def notify(self, message: str) -> None:
        """Non-modal: status bar message (no nested event loop)."""
        self.statusBar().showMessage(message, 8000)

    @Slot()
    def open_settings(self) -> None:
        import asyncio

        from devora_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, parent=self)

        async def detect() -> None:
            from devora_desktop.agents.providers import available_local

            found = await available_local(self.ctx)
            with contextlib.suppress(RuntimeError):  # the dialog may be closed by now
                dialog.set_local_models(found)

        task = asyncio.ensure_future(detect())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        dialog.saved.connect(self.notify)
        dialog.saved.connect(lambda _m: self._update_center())
        dialog.saved.connect(lambda _m: apply_theme(self.ctx.settings.theme))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.settings_dialog = dialog

    def update_links(self) -> None:
        if not self.project_id:
            self.links.clear()
            return
        p = self.ctx.store.projects.get(self.project_id)
        parts = [f"<a href='{url}'>{label}</a>" for label, url in
                 (("GitHub", p.github_repo_url), ("Vercel", p.vercel_url)) if url]
        self.links.setText(" · ".join(parts))

    @Slot()
    def open_export(self) -> None:
        if not self.project_id or self.run is not None:
            self.notify("Open a project (and wait for its run) to export it")
            return
        from devora_desktop.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx, self.project_id, parent=self)
        dialog.exported.connect(lambda where: (self.notify(f"Exported: {where}"),
                                               self.update_links()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.export_dialog = dialog

    @Slot()
    def _on_new_project(self) -> None:
        if self.run is None:
            self.project_id = None
            self.projects.clearSelection()
            self.files.clear()
            self.tree_items.clear()
            self.history.clear()
            self.chat.history.clear()
            self._update_center()

    @Slot()
    def _on_reveal(self) -> None:
        if self.project_id:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.project(
                self.project_id))))

    @Slot()
    def _on_open_browser(self) -> None:
        if not self.project_id:
            return
        from devora_desktop.core.preview import PreviewServer

        if getattr(self, "_preview", None) is None or self._preview.root != \
                self.ctx.paths.project(self.project_id):
            if getattr(self, "_preview", None) is not None:
                self._preview.stop()
            self._preview = PreviewServer(self.ctx.paths.project(self.project_id))
        self.preview_label.setText(f"Serving at {self._preview.url} (loopback only)")
        QDesktopServices.openUrl(QUrl(self._preview.url))

    def restore_layout(self, root) -> None:
        """Window geometry and docks as the user left them (before the first show)."""
        qs = QSettings(str(root / "layout.ini"), QSettings.Format.IniFormat)
        geo, state = qs.value("geometry"), qs.value("state")
        if geo is not None:
            self.restoreGeometry(geo)
        if state is not None:
            self.restoreState(state)

    def _save_layout(self) -> None:
        if self.ctx is None:
            return
        qs = QSettings(str(self.ctx.paths.root / "layout.ini"), QSettings.Format.IniFormat)
        qs.setValue("geometry", self.saveGeometry())
        qs.setValue("state", self.saveState())

    async def shutdown(self) -> None:
        """Stop a run in flight and wait for the engine to clean up."""
        import asyncio

        if self.run is not None:
            self.run.cancel("the window was closed")
        pending = [t for t in self._tasks if not t.done()]
        if pending:
            await asyncio.wait(pending, timeout=10)
        if getattr(self, "_preview", None) is not None:
            self._preview.stop()

    def closeEvent(self, event) -> None:
        import asyncio

        self._save_layout()
        if self._closing or not any(not t.done() for t in self._tasks):
            self._closing = True
            event.accept()
            self.closed.emit()
            return
        event.ignore()
        self._closing = True
        task = asyncio.ensure_future(self.shutdown())
        self._tasks.add(task)
        task.add_done_callback(lambda _t: self.close())
