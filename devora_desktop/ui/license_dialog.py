"""Help > License: the plan, activation, deactivation, Upgrade (Checkout) and Manage billing.
Non-modal; every network call is async and its error shown inline as one line."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from devora_desktop.core.context import AppContext
from devora_desktop.core.errors import DevoraError
from devora_desktop.core.licensing import LicenseManager
from devora_license import FEATURE_TITLES


class LicenseDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("License")
        self.mgr = LicenseManager(ctx)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.locked = QLabel()
        self.locked.setWordWrap(True)
        self.key = QLineEdit(placeholderText="DEV-XXXXXX-XXXXXX-XXXXXX-XXXXXX")
        self.activate = QPushButton("Activate")
        self.deactivate = QPushButton("Deactivate this machine")
        self.upgrade = QPushButton("Upgrade to Pro…")
        self.billing = QPushButton("Manage billing…")
        self.error = QLabel()
        self.error.setStyleSheet("color: #d20f39")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(self.activate)
        buttons = QHBoxLayout()
        for b in (self.upgrade, self.billing, self.deactivate):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.locked)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.tasks: set[asyncio.Task] = set()
        self.activate.clicked.connect(lambda: self._spawn(self.do_activate(self.key.text())))
        self.deactivate.clicked.connect(lambda: self._spawn(self.do_deactivate()))
        self.upgrade.clicked.connect(lambda: self._spawn(self.open_url(self.mgr.checkout_url())))
        self.billing.clicked.connect(lambda: self._spawn(self.open_url(self.mgr.portal_url())))
        self.refresh_view()

    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def refresh_view(self) -> None:
        state = self.mgr.state()
        self.status.setText(f"<b>{'Pro' if state.pro else 'Free'}</b> — {state.message}")
        missing = [t for f, t in FEATURE_TITLES.items() if f not in state.features]
        self.locked.setText("🔒 Locked on Free: " + ", ".join(missing) + ". Pro unlocks them."
                            if missing else "Every feature is unlocked.")
        self.deactivate.setEnabled(state.pro or state.status not in ("none",))
        self.billing.setEnabled(state.pro)

    async def do_activate(self, key: str) -> bool:
        self.error.clear()
        self.activate.setEnabled(False)
        try:
            await self.mgr.activate(key)
        except DevoraError as exc:
            self.error.setText(exc.one_line())
            return False
        finally:
            self.activate.setEnabled(True)
        self.key.clear()
        self.refresh_view()
        self.changed.emit()
        return True

    async def do_deactivate(self) -> None:
        try:
            await self.mgr.deactivate()
        except DevoraError as exc:
            self.error.setText(exc.one_line())
        self.refresh_view()
        self.changed.emit()

    async def open_url(self, coro) -> None:
        try:
            url = await coro
        except DevoraError as exc:
            self.error.setText(exc.one_line())
            return
        QDesktopServices.openUrl(QUrl(url))
