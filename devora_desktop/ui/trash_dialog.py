"""Project › Recently deleted…: the projects Devora's trash keeps (a week each), with Restore
and Delete now. A list only: ui/project_actions.py reads the trash off the Qt thread, hands
the entries in and carries out what is asked (the store alone knows the trash's layout)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.core.store import TRASH_DAYS, Trashed
from devora_desktop.ui.plain import tip

TOKEN_ROLE = Qt.ItemDataRole.UserRole
EMPTY = f"Nothing was deleted in the last {TRASH_DAYS} days."


def when(dt) -> str:
    return dt.astimezone().strftime("%b %d %H:%M")


class TrashDialog(QDialog):
    restore_requested = Signal(str)  # token
    purge_requested = Signal(str)  # token (the question is asked by whoever carries it out)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Recently deleted")
        self.setMinimumWidth(560)
        intro = QLabel(f"Deleted projects stay here for {TRASH_DAYS} days with their "
                       "versions and conversation; Restore puts one back in the list (a "
                       "project made since under its name stays too).")
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setAccessibleName("Deleted projects")
        self.list.setHeaderLabels(["Project", "Deleted", "Kept until"])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(EMPTY)
        # in the list's place, at its top: emptied while open (the last one restored), the
        # dialog kept its height and the two lines floated apart in it (walk12 #12 k)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton("Restore")
        self.purge_button = QPushButton("Delete now…")
        self.purge_button.setToolTip("Delete it for good: it cannot be brought back")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(lambda: self._ask(self.restore_requested))
        self.purge_button.clicked.connect(lambda: self._ask(self.purge_requested))
        self.list.itemActivated.connect(lambda *_: self._ask(self.restore_requested))
        self.list.itemSelectionChanged.connect(self._on_selection)
        self.set_items([])

    def set_items(self, items: list[Trashed]) -> None:
        """The trash as it is now (the latest deletion first and selected)."""
        self.list.clear()
        for t in items:
            row = QTreeWidgetItem([t.label, when(t.deleted_at), when(t.kept_until)])
            row.setData(0, TOKEN_ROLE, t.token)
            row.setToolTip(0, tip(f"{t.label}: its folder {t.project.folder} was left where it "
                               "is" if t.project.folder else t.label))
            self.list.addTopLevelItem(row)
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)
        if items:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._on_selection()

    def labels(self) -> list[str]:
        return [self.list.topLevelItem(i).text(0) for i in range(self.list.topLevelItemCount())]

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, TOKEN_ROLE) if item is not None and item.isSelected() else None

    def _on_selection(self) -> None:
        chosen = self._selected() is not None
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
        if chosen:
            self.restore_button.setDefault(True)

    def _ask(self, signal) -> None:
        if token := self._selected():
            signal.emit(token)
