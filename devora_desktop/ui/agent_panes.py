"""The raw model text of each agent, one click away from the activity feed.

States, clocks and tokens come from the run's :class:`RunProgress` (the controller folds the
events); the panes bind to its signals and only show them. Streamed text is appended in
batches: the engine's events reach the Qt thread a batch at a time (ui/engine_thread.py,
at most one batch per few ms), and the text a batch brought is appended once, right after
it — not one widget update per token, and no fixed wait on top (an 8 ms flush timer was
half of the token-to-screen time). The window calls :meth:`AgentPanes.flush` at each batch's
end (RunController.after_batch); the zero timer is for text folded otherwise (a test's model)
and waited behind the paints and timers queued meanwhile.

Only the pane on screen gets text: a tab behind another, or every tab while "Raw model
text" is shut (as it is by default), keeps what came in its buffer, and takes it all in
the moment it is shown. Inserting every agent's stream into panes nobody saw was about a
tenth of the Qt thread's time while four agents streamed (bench/ui_latency.py).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.agents import registry
from devora_desktop.ui.binding import Binding
from devora_desktop.ui.plain import plain_label, tip
from devora_desktop.ui.theme import set_variant

if TYPE_CHECKING:
    from devora_desktop.progress import AgentProgress, RunProgress

AGENTS = registry.AGENTS  # every agent, built-in or registered: its pane when it shows up
ICONS = {"waiting": "…", "streaming": "⟳", "done": "✓", "failed": "✗", "cancelled": "■",
         "skipped": "–"}
FLUSH_MS = 0  # after the batch of engine events being folded, before the next paint
CLOCK_MS = 250


def agent_summary(a: AgentProgress, now: float) -> str:
    """"⟳ Frontend · streaming · 2.1 s · 1,400 tok · $0.0020": the state in words too."""
    parts = [f"{ICONS[a.state]} {a.name.title()}", a.state]
    secs = a.elapsed(now)
    if secs:
        parts.append(f"{secs:.1f} s")
    if a.live_tokens:
        parts.append(f"{a.live_tokens:,} tok" + ("~" if a.estimated or a.state == "streaming"
                                                 else ""))
    if a.cost:
        parts.append(f"${a.cost:.4f}")
    if a.state in ("failed", "skipped") and (a.error or a.note):
        parts.append(a.error or a.note)
    return " · ".join(parts)


class AgentPane(QWidget):
    file_clicked = Signal(str)
    retry_requested = Signal()

    def __init__(self, agent: str) -> None:
        super().__init__()
        self.agent = agent
        self.state = "waiting"
        self.worker = 0  # the worker whose text the pane shows
        self.pending: list[str] = []  # text of the shown worker not yet on screen
        self.texts: dict[int, list[str]] = {}  # each worker's whole text, kept apart
        self.worker_files: dict[int, list[str]] = {}  # the files each worker began
        self.chosen = False  # the person picked a worker: the pane stays on it
        self.header = plain_label(QLabel())
        self.header.setWordWrap(True)
        self.workers = QComboBox()  # workers stream at once: one worker's text at a time
        self.workers.setAccessibleName("Worker")
        self.workers.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.workers.hide()
        self.workers.currentIndexChanged.connect(self._on_worker_chosen)
        #: what the run said about this agent ("[info] 1 file to write: estimate …"): its own
        #: lines, never inside the model's text (walk15 #24: one landed in the Architect's
        #: JSON fence while it streamed)
        self.notes = plain_label(QLabel())
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName("Notes")
        self.notes.hide()
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setMaximumBlockCount(20000)
        self.text.setPlaceholderText(f"The {agent.title()}'s raw answer appears here.")
        self.files = QListWidget()
        self.files.setMaximumWidth(260)
        self.files.hide()  # until the agent has written a file
        self.files.itemActivated.connect(lambda it: self.file_clicked.emit(it.text()))
        self.files.itemClicked.connect(lambda it: self.file_clicked.emit(it.text()))
        self.retry = QPushButton("Retry run")
        self.retry.clicked.connect(self.retry_requested)
        self.retry.hide()
        row = QHBoxLayout()
        row.addWidget(self.header, 1)
        row.addWidget(self.workers)
        row.addWidget(self.retry)
        split = QSplitter()
        split.addWidget(self.text)
        split.addWidget(self.files)
        split.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.notes)
        layout.addWidget(split, 1)

    def reset(self) -> None:
        self.state, self.worker, self.chosen = "waiting", 0, False
        self.pending.clear()
        self.texts.clear()
        self.worker_files.clear()
        self.workers.blockSignals(True)
        self.workers.clear()
        self.workers.blockSignals(False)
        self.workers.hide()
        self.text.clear()
        self.notes.clear()
        self.notes.hide()
        self.files.clear()
        self.files.hide()
        self.retry.hide()

    def show_progress(self, a: AgentProgress, now: float) -> None:
        self.state = a.state
        self.header.setText(agent_summary(a, now))
        self.retry.setVisible(a.state == "failed")
        if self.files.count() != len(a.files):
            self.files.clear()
            self.files.addItems(a.files)
        self.files.setVisible(bool(a.files))  # an empty list beside the text read as broken

    def append(self, worker: int, text: str) -> None:
        """Text from ``worker``: kept in its own buffer; on screen if it is the one shown."""
        if worker not in self.texts:
            self._new_worker(worker)
        self.texts[worker].append(text)
        if worker == self.worker:
            self.pending.append(text)

    def _new_worker(self, worker: int) -> None:
        """``worker`` sent its first text: its place in the picker is by number (they came in
        as they first streamed: 'Worker 4, Worker 1, Worker 3, Worker 2', open on 4), and
        until the person picks one the pane shows the lowest-numbered."""
        self.texts[worker] = []
        if worker:
            at = sum(1 for i in range(self.workers.count()) if self.workers.itemData(i) < worker)
            with QSignalBlocker(self.workers):
                self.workers.insertItem(at, "", worker)
                self._label_worker(worker)
                if not self.chosen:
                    self.workers.setCurrentIndex(0)
            self.workers.setVisible(self.workers.count() > 1)
        if len(self.texts) == 1:
            self.worker = worker
        elif not self.chosen and worker < self.worker:
            self._show_worker(worker)

    def _worker_label(self, worker: int) -> str:
        """'Worker 2 · styles.css +1': which files each worker writes, in the picker (the
        first it began, and how many more: the picker stays narrow)."""
        files = self.worker_files.get(worker)
        if not files:
            return f"Worker {worker}"
        more = f" +{len(files) - 1}" if len(files) > 1 else ""
        return f"Worker {worker} · {files[0].rsplit('/', 1)[-1]}{more}"

    def worker_file(self, worker: int, path: str) -> None:
        """``worker`` began ``path``: its name in the picker says so."""
        files = self.worker_files.setdefault(worker, [])
        if path in files:
            return
        files.append(path)
        self._label_worker(worker)

    def _label_worker(self, worker: int) -> None:
        index = self.workers.findData(worker)
        if index >= 0:
            self.workers.setItemText(index, self._worker_label(worker))
            # as written: a path is the model's text, before any check (Qt draws a tooltip
            # that looks like HTML as HTML)
            self.workers.setItemData(index, tip("\n".join(self.worker_files.get(worker, []))),
                                     Qt.ItemDataRole.ToolTipRole)

    def note(self, level: str, message: str) -> None:
        """A line the run said about this agent, under its header."""
        line = f"[{level}] {message}"
        self.notes.setText(f"{self.notes.text()}\n{line}" if self.notes.text() else line)
        self.notes.show()

    def _on_worker_chosen(self, index: int) -> None:
        worker = self.workers.itemData(index)
        if worker is None or worker == self.worker:
            return
        self.chosen = True  # the person's pick: a worker streaming later doesn't take over
        self._show_worker(worker)

    def _show_worker(self, worker: int) -> None:
        self.worker = worker
        self.pending.clear()
        self.text.setPlainText("".join(self.texts.get(worker, [])))
        self.text.moveCursor(QTextCursor.MoveOperation.End)

    def on_screen(self) -> bool:
        """Shown, or would be once the window is: not a tab behind another, nor inside the
        shut raw-text box."""
        return self.isVisibleTo(self.window())

    def showEvent(self, event) -> None:
        """Shown (its tab chosen, the raw text opened): what came meanwhile goes in now."""
        super().showEvent(event)
        self.flush()

    def flush(self) -> None:
        """Append what came since the last flush at the document's end, when the pane is on
        screen (otherwise it waits for :meth:`showEvent`). The view follows the end only
        while it is there: a person who scrolled up to read keeps their place (it jumped to
        the end at every flush), and moving the text cursor each time cost more than the
        insert."""
        if not self.pending or not self.on_screen():
            return
        chunk = "".join(self.pending)
        self.pending.clear()
        bar = self.text.verticalScrollBar()
        at_end = bar.value() >= bar.maximum()
        cursor = QTextCursor(self.text.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(chunk)
        if at_end:
            bar.setValue(bar.maximum())


class AgentPanes(QTabWidget):
    """One tab per agent of the run. Tabs never jump: the user's choice stays selected."""

    file_clicked = Signal(str)
    retry_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setDocumentMode(True)
        self.progress: RunProgress | None = None
        self._binding = Binding(self)
        self._t0 = time.monotonic()  # wall clock of the run's t=0, for live clocks
        self.panes: dict[str, AgentPane] = {}  # made when an agent first shows up
        self.flush_timer = QTimer(self, singleShot=True, interval=FLUSH_MS)
        self.flush_timer.timeout.connect(self.flush)
        self._flush_due = False  # the timer is started (a Python flag: checked per token)
        self.clock = QTimer(self, interval=CLOCK_MS)
        self.clock.timeout.connect(self.refresh)

    def pane(self, agent: str) -> AgentPane | None:
        """The pane of ``agent`` (made on first use: none is built before a run)."""
        if agent not in AGENTS:
            return None
        if agent not in self.panes:
            pane = AgentPane(agent)
            pane.file_clicked.connect(self.file_clicked)
            pane.retry_requested.connect(self.retry_requested)
            self.panes[agent] = pane
        return self.panes[agent]

    def prepare(self) -> None:
        """Build every agent's pane ahead of the first run, one per turn of the loop: made
        and styled (the stylesheet, as each is first put in the tabs) when RunStarted named
        them, they were 20-30 ms of the Qt thread at once, the longest the run asked of it
        (bench/ui_latency.py). A run that began meanwhile makes the rest as they come."""
        todo = [agent for agent in AGENTS if agent not in self.panes]

        def one() -> None:
            if not todo or self.count():
                return
            agent = todo.pop(0)
            with QSignalBlocker(self):  # put in the tabs and out in the same turn: unseen
                self.removeTab(self.addTab(self.pane(agent), agent))
            QTimer.singleShot(0, self, one)

        QTimer.singleShot(0, self, one)

    def bind(self, progress: RunProgress, agents: list[str], *, live: bool) -> None:
        """Show ``progress``'s agents and follow its signals: raw text, notices and refusals,
        agents' states (a replayed run is told by them too, as its log is loaded). ``live``:
        a run in flight, whose clock redraws the elapsed times between events."""
        self._binding.drop()
        self.progress = progress
        self._t0 = time.monotonic()
        if agents or not live:
            self._show_agents(agents)
        else:  # a run starting: RunStarted names its agents in a moment; until then the
            for pane in self.panes.values():  # tabs stay, emptied, and the one read stays
                pane.reset()
        self._binding.bind(progress, "run_started", "agent_text", "agent_said",
                           "agent_changed", "file_started", "ended")
        if live:
            self.clock.start()
        self.refresh()

    def unbind(self) -> None:
        """No run: no model, no tabs, no text."""
        self._binding.drop()
        self.progress = None
        self.clock.stop()
        self._show_agents([])

    def _show_agents(self, agents: list[str]) -> None:
        for pane in self.panes.values():
            pane.reset()
        wanted = [pane for agent in agents if (pane := self.pane(agent)) is not None]
        if [self.widget(i) for i in range(self.count())] == wanted:
            # the same tabs (each run of a project): taking them down and back flicked the
            # tab being read
            for i in range(len(wanted)):  # their state icons are the new run's
                self.tabBar().setTabData(i, None)
            return
        current = self.currentWidget()
        self.clear()
        for pane in wanted:
            self.tabBar().setTabData(self.addTab(pane, pane.agent.title()), None)
        if current is not None and self.indexOf(current) >= 0:
            self.setCurrentWidget(current)

    def add_agent(self, agent: str) -> None:
        pane = self.pane(agent)
        if pane is not None and self.indexOf(pane) < 0:
            self.tabBar().setTabData(self.addTab(pane, agent.title()), None)

    def _on_model_run_started(self) -> None:
        self._t0 = time.monotonic()
        if self.progress is not None:
            self._show_agents(list(self.progress.agents))
        self.refresh()

    def _on_model_agent_text(self, agent: str, worker: int, text: str) -> None:
        if (pane := self.panes.get(agent)) is not None or (pane := self.pane(agent)) is not None:
            pane.append(worker, text)
            if not self._flush_due:
                self._flush_due = True
                self.flush_timer.start()

    def _on_model_file_started(self, agent: str, path: str, worker: int) -> None:
        if worker and (pane := self.pane(agent)) is not None:
            pane.worker_file(worker, path)

    def _on_model_agent_said(self, agent: str, level: str, message: str) -> None:
        if (pane := self.pane(agent)) is not None:
            pane.note(level, message)

    def _on_model_agent_changed(self, a: AgentProgress) -> None:
        """A state, a reported count or a file: its tab shows up (an agent that started),
        the text so far reaches the screen when it ends."""
        if self.pane(a.name) is None:
            return
        self.add_agent(a.name)
        if a.final:
            self.flush()
        self.refresh()

    def _on_model_ended(self, _outcome: str) -> None:
        self.flush()
        self.clock.stop()
        self.refresh()

    def flush(self) -> None:
        self._flush_due = False
        self.flush_timer.stop()
        for pane in self.panes.values():
            pane.flush()

    def refresh(self) -> None:
        if self.progress is None:
            return
        now = time.monotonic() - self._t0 if self.clock.isActive() else self.progress.t
        for i in range(self.count()):
            pane = self.widget(i)
            a = self.progress.agents.get(pane.agent) if isinstance(pane, AgentPane) else None
            if a is None:
                continue
            pane.show_progress(a, now)
            if self.tabBar().tabData(i) != a.state:  # the state by icon; words in the tooltip
                from devora_desktop.ui.icons import icon

                self.tabBar().setTabData(i, a.state)
                self.setTabIcon(i, icon(a.state))
            self.setTabToolTip(i, pane.header.text())

    def strip(self) -> str:
        """"Architect ✓ · Frontend ⟳ · …" for the line above the raw text."""
        if self.progress is None:
            return ""
        return " · ".join(f"{a.name.title()} {ICONS[a.state]}"
                          for a in self.progress.agents.values())


#: the part of the centre column "Raw model text" takes when opened
RAW_SHARE = 0.45


class AgentsBox(QWidget):
    """"Agents: Architect ✓ · Frontend ⟳ …" with the raw text one click away (hidden by
    default: the activity feed is the primary view of a run)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """``parent``: where it goes, given at once (see MainWindow._build)."""
        super().__init__(parent)
        self.panes = AgentPanes()
        self.strip = plain_label(QLabel("Agents appear here when a run starts."))
        self.strip.setObjectName("agents-strip")
        self.strip.setWordWrap(True)  # a long line of agents wraps; it must not widen the centre
        self.toggle = QPushButton("Raw model text ▸")
        self.toggle.setCheckable(True)
        self.toggle.setToolTip("Show what each agent's model sent, as it streams")
        set_variant("ghost", self.toggle)
        row = QHBoxLayout()
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.strip, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.panes, 1)
        self.panes.hide()
        self.toggle.toggled.connect(self._on_toggle_toggled)
        self.panes.clock.timeout.connect(self.refresh_strip)
        self._binding = Binding(self)

    def bind(self, progress: RunProgress, *, live: bool) -> None:
        """The strip and the panes show ``progress`` and follow its agents."""
        self.panes.bind(progress, list(progress.agents), live=live)
        self._binding.bind(progress, "run_started", "agent_changed")
        self.refresh_strip()

    def _on_model_run_started(self) -> None:
        self.refresh_strip()

    def _on_model_agent_changed(self, _agent: AgentProgress) -> None:
        self.refresh_strip()

    def _on_toggle_toggled(self, on: bool) -> None:
        """Open, the raw text gets a readable share of the column (at 1024x700 it opened
        ~80 px high: walk9 #12); closed, the space goes back."""
        self.panes.setVisible(on)
        self.fit(on)

    def fit(self, on: bool | None = None) -> None:
        """The column's share for the raw text open (``on``), or for the strip alone; by
        default as the toggle is: a layout saved with it open came back with it shut over
        the same share, an empty band above and below the strip (walk13 #26)."""
        from PySide6.QtWidgets import QSplitter

        on = self.toggle.isChecked() if on is None else on
        split = self.parentWidget()
        if isinstance(split, QSplitter) and split.count() == 2 and split.widget(1) is self:
            total = sum(split.sizes())
            if total <= 0:  # not laid out yet: nothing to share
                pass
            elif on and split.sizes()[1] < total * RAW_SHARE:
                split.setSizes([total - int(total * RAW_SHARE), int(total * RAW_SHARE)])
            elif not on:
                strip = self.minimumSizeHint().height()
                split.setSizes([total - strip, strip])
        self.toggle.setText("Raw model text ▾" if on else "Raw model text ▸")

    def clear(self) -> None:
        """No run on screen (a new project, or one that has none): no agents, no raw text
        of another project's run."""
        self._binding.drop()
        self.panes.unbind()
        self.refresh_strip()

    def refresh_strip(self) -> None:
        text = self.panes.strip()
        self.strip.setText(f"Agents: {text}" if text else "Agents appear here when a run "
                                                          "starts.")
