"""Per-agent panes: state, time, tokens, cost, streamed text (batched every ~30 ms), files."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
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

if TYPE_CHECKING:
    from devora_desktop.core.models import Usage

AGENTS = ("architect", "frontend", "backend", "database", "reviewer", "quick", "compressor")
STATES = {"waiting": ("…", "#8c8fa1"), "streaming": ("⟳", "#1e66f5"), "done": ("✓", "#40a02b"),
          "failed": ("✗", "#d20f39"), "skipped": ("–", "#8c8fa1")}
FLUSH_MS = 30


class AgentPane(QWidget):
    file_clicked = Signal(str)
    retry_requested = Signal()

    def __init__(self, agent: str) -> None:
        super().__init__()
        self.agent = agent
        self.state = "waiting"
        self.usage: Usage | None = None  # None until the first call reports
        self.started: float | None = None
        self.seconds = 0.0
        self.pending: list[str] = []
        self.header = QLabel()
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setMaximumBlockCount(20000)
        self.files = QListWidget()
        self.files.setMaximumWidth(260)
        self.files.itemActivated.connect(lambda it: self.file_clicked.emit(it.text()))
        self.files.itemClicked.connect(lambda it: self.file_clicked.emit(it.text()))
        self.error = QLabel()
        self.error.setStyleSheet("color: #d20f39")
        self.error.setWordWrap(True)
        self.retry = QPushButton("Retry run")
        self.retry.clicked.connect(self.retry_requested)
        err_row = QHBoxLayout()
        err_row.addWidget(self.error, 1)
        err_row.addWidget(self.retry)
        self.error.hide()
        self.retry.hide()
        split = QSplitter()
        split.addWidget(self.text)
        split.addWidget(self.files)
        split.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addLayout(err_row)
        layout.addWidget(split, 1)
        self.refresh()

    def reset(self) -> None:
        self.state, self.usage, self.started, self.seconds = "waiting", None, None, 0.0
        self.pending.clear()
        self.text.clear()
        self.files.clear()
        self.error.hide()
        self.retry.hide()
        self.refresh()

    def set_state(self, state: str) -> None:
        self.state = state
        if state == "streaming" and self.started is None:
            self.started = time.monotonic()
        self.refresh()

    def summary(self) -> str:
        icon, _ = STATES[self.state]
        secs = self.seconds or (time.monotonic() - self.started if self.started and
                                self.state == "streaming" else 0.0)
        parts = [f"{icon} {self.agent.title()}", self.state]
        if secs:
            parts.append(f"{secs:.1f} s")
        if self.usage is not None and self.usage.total_tokens:
            parts.append(f"{self.usage.total_tokens:,} tok" + ("~" if self.usage.estimated
                                                                else ""))
        if self.usage is not None and self.usage.cost_usd:
            parts.append(f"${self.usage.cost_usd:.4f}")
        return " · ".join(parts)

    def refresh(self) -> None:
        _, color = STATES[self.state]
        self.header.setText(self.summary())
        self.header.setStyleSheet(f"font-weight: 600; color: {color}")

    def flush(self) -> None:
        if not self.pending:
            return
        chunk = "".join(self.pending)
        self.pending.clear()
        cursor = self.text.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(chunk)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def add_file(self, path: str) -> None:
        if not self.files.findItems(path, Qt.MatchFlag.MatchExactly):
            self.files.addItem(path)

    def show_error(self, message: str, retryable: bool) -> None:
        self.error.setText(message)
        self.error.show()
        self.retry.setVisible(True)


class AgentPanes(QTabWidget):
    """All panes plus the one timer that flushes their streamed text."""

    file_clicked = Signal(str)
    retry_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.panes: dict[str, AgentPane] = {}
        for agent in AGENTS:
            pane = AgentPane(agent)
            pane.file_clicked.connect(self.file_clicked)
            pane.retry_requested.connect(self.retry_requested)
            self.panes[agent] = pane
        self.show_agents(["architect", "frontend", "backend", "database", "reviewer"])
        self.timer = QTimer(self)
        self.timer.setInterval(FLUSH_MS)
        self.timer.timeout.connect(self.flush)
        self.clock = QElapsedTimer()
        self.timer.start()

    def show_agents(self, agents: list[str]) -> None:
        self.clear()
        for agent in agents:
            pane = self.panes[agent]
            self.addTab(pane, pane.summary())

    def reset(self, agents: list[str]) -> None:
        for pane in self.panes.values():
            pane.reset()
        self.show_agents(agents)

    def flush(self) -> None:
        for i in range(self.count()):
            pane = self.widget(i)
            if isinstance(pane, AgentPane):
                pane.flush()
                if pane.state == "streaming":
                    pane.refresh()
                label = pane.summary()
                if self.tabText(i) != label:
                    self.setTabText(i, label)
