"""Versions of the project (newest first), their changes, restore and revert. Git work runs
off the Qt thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.ui.placeholder import Placeholder

if TYPE_CHECKING:
    from devora_desktop.core.models import Version
    from devora_desktop.core.workspace import RevertPlan
    from devora_desktop.ui.tasks import Tasks

ID_ROLE = Qt.ItemDataRole.UserRole
PARTS_ROLE = Qt.ItemDataRole.UserRole + 1  # (number, message, date and cost) of a row


class VersionDelegate(QStyledItemDelegate):
    """Cuts a row's message at its end and keeps its number, date and cost whole: cutting the
    row's middle read "v2  make the strea…en · Dec 04 22:15"."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        parts = index.data(PARTS_ROLE)
        if not parts:
            return
        head, message, tail = parts
        metrics = option.fontMetrics
        room = option.rect.width() - metrics.horizontalAdvance(head + tail) - 12  # margins
        option.text = head + metrics.elidedText(message, Qt.TextElideMode.ElideRight,
                                                max(room, 0)) + tail


def revert_version(root: Path, version_id: str) -> str | None:
    """Bring back the state before ``version_id`` as a new version (core: Workspace.revert)."""
    from devora_desktop.core.workspace import Workspace

    return Workspace(root).revert(version_id)


def revert_plan(root: Path, version_id: str) -> RevertPlan:
    """What reverting ``version_id`` would do to the project now (core: Workspace.revert_plan)."""
    from devora_desktop.core.workspace import Workspace

    return Workspace(root).revert_plan(version_id)


def version_number(root: Path, version_id: str) -> int | None:
    from devora_desktop.core.workspace import Workspace

    return next((v.number for v in Workspace(root).history() if v.id == version_id), None)


def restore_version(root: Path, version_id: str) -> str | None:
    from devora_desktop.core.workspace import Workspace

    return Workspace(root).restore(version_id)


class HistoryPanel(QWidget):
    changes_requested = Signal(str)  # version id
    reloaded = Signal()

    def __init__(self, tasks: Tasks) -> None:
        super().__init__()
        self.tasks = tasks
        self.root: Path | None = None
        self.costs: dict[str, float] = {}  # run id -> cost, from the store
        title = QLabel("History")
        title.setObjectName("panel-title")
        self.list = QListWidget()
        self.list.setAccessibleName("History")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(VersionDelegate(self.list))  # "v3  add due da… · $0.01"
        self.empty = Placeholder(self.list, "No versions yet. Each run saves one here, and "
                                            "Restore brings any of them back.")
        self.diff_button = QPushButton("Changes")
        self.diff_button.setToolTip("What this version changed")
        self.restore_button = QPushButton("Restore")
        self.running = False
        row = QHBoxLayout()
        row.addWidget(self.diff_button)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.list.itemActivated.connect(lambda it: self.changes_requested.emit(it.data(ID_ROLE)))
        self.diff_button.clicked.connect(self._on_diff_clicked)
        model = self.list.model()  # no versions (no project yet): nothing to show or restore
        for sig in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            sig.connect(self._sync_buttons)
        self._sync_buttons()

    def set_running(self, running: bool) -> None:
        """A run is going: Restore waits for it (it asked, then refused after the yes)."""
        self.running = running
        self._sync_buttons()

    def _sync_buttons(self, *_args) -> None:
        has = self.list.count() > 0
        self.diff_button.setEnabled(has)
        self.restore_button.setEnabled(has and not self.running)
        self.restore_button.setToolTip(
            "Wait for the run to end (or stop it) to restore a version" if self.running else
            "Make this version the current state (as a new version)")

    def selected(self) -> str | None:
        item = self.list.currentItem() or self.list.item(0)
        return item.data(ID_ROLE) if item else None

    def _on_diff_clicked(self) -> None:
        vid = self.selected()
        if vid:
            self.changes_requested.emit(vid)

    def set_root(self, root: Path | None, costs: dict[str, float] | None = None) -> None:
        self.root, self.costs = root, costs or {}
        self.list.clear()
        if root is not None:
            self.reload()

    def reload(self) -> None:
        if self.root is not None:
            self.tasks.spawn(self._reload(self.root), name="history")

    async def _reload(self, root: Path) -> None:
        from devora_desktop.core.errors import NotFound
        from devora_desktop.core.workspace import Workspace

        try:
            versions: list[Version] = await self.tasks.off_thread(Workspace(root).history)
        except NotFound:
            if root != self.root:  # its project was deleted meanwhile: nothing to say
                return
            raise
        if root != self.root:
            return
        self.list.clear()
        for v in versions:
            cost = self.costs.get(v.run_id or "")
            when = v.created_at.astimezone().strftime("%b %d %H:%M")
            parts = (f"v{v.number}  ", v.message.splitlines()[0],
                     f"  · {when}" + (f" · ${cost:.4f}" if cost else ""))
            item = QListWidgetItem("".join(parts))
            item.setData(PARTS_ROLE, parts)
            item.setData(ID_ROLE, v.id)
            item.setToolTip(v.message)
            self.list.addItem(item)
        self.reloaded.emit()
