"""Help › License › Machines: which machines use the license, which hold its seats, and a
Deactivate for any of them — what a person needs when the seats were lowered and this machine
was refused (the server keeps the machines used most recently)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from devora_desktop.core.errors import DevoraError, sentence
from devora_desktop.core.licensing import LicenseManager
from devora_desktop.core.models import clean_text
from devora_desktop.ui.plain import plain_label


def _machines(n: int) -> str:
    return f"{n} machine{'' if n == 1 else 's'}"


class MachinesBox(QGroupBox):
    changed = Signal()
    relaid = Signal()   # the content changed size: the dialog grows to fit it

    def __init__(self, mgr: LicenseManager, spawn: Callable, parent=None) -> None:
        super().__init__("Machines", parent)
        self.mgr, self.spawn = mgr, spawn
        self.note = plain_label(QLabel("The machines using this license, and which hold its "
                                       "seats."))
        self.note.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setHeaderLabels(["Machine", "Last seen", "Seat"])
        self.list.setRootIsDecorated(False)
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(160)
        self.list.hide()
        self.show_list = QPushButton("Show machines")
        self.deactivate = QPushButton("Deactivate selected")
        self.deactivate.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.show_list)
        row.addWidget(self.deactivate)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        layout.addLayout(row)
        for b in (self.show_list, self.deactivate):
            b.setAutoDefault(False)
        self.show_list.clicked.connect(lambda: self.spawn(self.load()))
        self.deactivate.clicked.connect(lambda: self.spawn(self.deactivate_selected()))
        self.list.itemSelectionChanged.connect(
            lambda: self.deactivate.setEnabled(bool(self.list.selectedItems())))

    async def load(self) -> None:
        self.show_list.setEnabled(False)
        try:
            machines = await self.mgr.machines()
        except DevoraError as exc:
            self.note.setText(sentence(exc.one_line(window=True)))
            self.relaid.emit()
            return
        finally:
            self.show_list.setEnabled(True)
        self.show_list.setText("Refresh list")
        self.list.clear()
        for m in machines:
            name = clean_text(m.name) + (" (this machine)" if m.this else "")
            item = QTreeWidgetItem([name, m.last_seen, "holds a seat" if m.holds_seat
                                    else "no seat"])
            item.setData(0, Qt.ItemDataRole.UserRole, m.id)
            self.list.addTopLevelItem(item)
        for col in range(3):
            self.list.resizeColumnToContents(col)
        self.list.show()
        refused = [m for m in machines if not m.holds_seat]
        if any(m.this for m in refused):
            self.note.setText("This machine has no seat: the seats are held by the machines "
                              "used most recently. Select one and Deactivate it to use the "
                              "license here, or add a seat in Manage billing.")
        elif refused:
            self.note.setText(f"{_machines(len(refused))} {'has' if len(refused) == 1 else 'have'}"
                              " no seat. Deactivate one that holds a seat to hand it over.")
        else:
            self.note.setText("This machine alone uses the license, holding its seat."
                              if len(machines) == 1 and machines[0].this else
                              f"{_machines(len(machines))}, each holding a seat.")
        self.relaid.emit()

    async def deactivate_selected(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        machine_id = items[0].data(0, Qt.ItemDataRole.UserRole)
        self.deactivate.setEnabled(False)
        try:
            await self.mgr.deactivate_machine(machine_id)
            if self.mgr.state().status == "seat_lost":
                await self.mgr.refresh()   # the seat just freed may be this machine's now
        except DevoraError as exc:
            self.note.setText(sentence(exc.one_line(window=True)))
            self.changed.emit()
            return
        self.changed.emit()
        if self.mgr.kv.get("license:machine_id"):
            await self.load()
        else:
            self.hide()   # this machine was the one deactivated
