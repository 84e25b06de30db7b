"""Help › License: the plan, activation, deactivation, Upgrade (Checkout) and Manage billing.

Non-modal; every network call is async and its error shown inline as one wrapped line. A key
that cannot be a license key is refused here and never sent to the server.
"""

from __future__ import annotations

import asyncio
import html
from datetime import date

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from devora_desktop.core.context import AppContext
from devora_desktop.core.errors import DevoraError, in_window, sentence
from devora_desktop.core.licensing import LicenseManager, pro_terms
from devora_desktop.core.llm.client import APP_URL
from devora_desktop.ui import icons, theme
from devora_desktop.ui.license_machines import MachinesBox
from devora_desktop.ui.plain import plain_label
from devora_license import (
    FEATURE_TITLES,
    FREE_DAILY_AI_RUNS,
    LICENSE_KEY_EXAMPLE,
    PRO_PRICE,
    normalize_license_key,
    why_not_a_key,
)

SITE = APP_URL.removeprefix("https://")
PRICING = f"{APP_URL}/pricing"
#: Upgrade or Manage billing with no connection: one line of what failed (walk15 #4: five red
#: lines), then what a person can do (walk9 #11: it said only "could not reach the server")
OFFLINE = "no connection to the license server."
CHECKOUT = "the checkout page"
AGAIN = "Click again once you are online: Devora keeps working meanwhile."
OFFLINE_WAY = (f"Pro is {PRO_PRICE}. Click again once you are online, or buy it at "
               f"<a href='{PRICING}'>{SITE}/pricing</a> on any device and paste the key it "
               "mails you above. Devora keeps working meanwhile.")



#: words that keep their capital inside a sentence
_NAMES = ("GitHub", "Vercel", "AI")


def _in_sentence(titles: list[str]) -> str:
    """Feature titles as one list in a sentence: "full-stack mode, GitHub export, …", not
    "Full-stack mode, GitHub export, Per-agent models" (walk24 #10)."""
    return ", ".join(t if t.split(" ", 1)[0] in _NAMES else t[:1].lower() + t[1:]
                     for t in titles)

class LicenseDialog(QDialog):
    changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("License")
        self.setMinimumWidth(480)
        self.mgr = LicenseManager(ctx)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.terms = QLabel()  # Pro: renews on, the key's tail, what happens at expiry
        self.terms.setWordWrap(True)
        self.locked = QLabel()
        self.locked.setWordWrap(True)
        self.key = QLineEdit(placeholderText=LICENSE_KEY_EXAMPLE)
        self.key.setClearButtonEnabled(True)
        self.activate = QPushButton("Activate")
        self.deactivate = QPushButton("Deactivate this machine")
        self.upgrade = QPushButton("Upgrade to Pro…")
        self.billing = QPushButton("Manage billing…")
        self.error = plain_label(QLabel())
        self.error.setWordWrap(True)
        self.error.hide()
        self.way = QLabel()  # under an error: what to do now (a link opens the browser)
        self.way.setWordWrap(True)
        self.way.setOpenExternalLinks(False)
        self.way.linkActivated.connect(lambda url: self._open_link(url))
        self.way.hide()
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.close_buttons.button(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(self.activate)
        buttons = QHBoxLayout()
        for b in (self.upgrade, self.billing, self.deactivate):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.terms)
        layout.addWidget(self.locked)
        layout.addLayout(row)
        # what failed goes under the buttons: above them, each line moved Upgrade under the
        # pointer that was about to click it (walk18 #20)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.way)
        self.machines = MachinesBox(self.mgr, self._spawn, self)
        self.machines.changed.connect(self._on_machines_changed)
        self.machines.relaid.connect(self.grow_to_fit)
        layout.addWidget(self.machines)
        layout.addWidget(self.close_buttons)
        self.tasks: set[asyncio.Task] = set()
        self.activate.clicked.connect(self._on_activate_clicked)
        self.key.returnPressed.connect(self._on_activate_clicked)
        self.deactivate.clicked.connect(lambda: self._spawn(self.do_deactivate()))
        self.upgrade.clicked.connect(self.checkout)
        self.billing.clicked.connect(lambda: self._spawn(
            self.open_url(self.mgr.portal_url(), "billing")))
        self.close_buttons.rejected.connect(self.reject)
        for b in (self.activate, self.deactivate, self.upgrade, self.billing, self.close_button):
            b.setAutoDefault(False)  # Enter in the key field activates once, not twice
        self.refresh_view()
        if self.mgr.state().status == "seat_lost":
            self._spawn(self.machines.load())   # say at once who holds the seats

    def checkout(self) -> None:
        """Upgrade: the checkout page in the browser (this dialog's button, and a run line's
        when the plan refused the run)."""
        self._spawn(self.open_url(self.mgr.checkout_url(), CHECKOUT))

    def _on_machines_changed(self) -> None:
        self.refresh_view()
        self.changed.emit()

    def _spawn(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        task.add_done_callback(lambda _t: self.busy_changed.emit(bool(self.tasks)))
        self.busy_changed.emit(True)

    def show_error(self, text: str, way: str = "") -> None:
        """``text``: what failed, one line; ``way``: rich text of what to do now."""
        self.error.setStyleSheet(f"color: {theme.colors()['error']}")
        self.error.setText(sentence(text))
        self.error.setVisible(bool(text))
        self.way.setText(way)
        self.way.setVisible(bool(way))
        self.grow_to_fit()

    def _open_link(self, url: str) -> None:
        from devora_desktop.ui.desktop import open_or_copy

        open_or_copy(QUrl(url), self.show_error)

    def grow_to_fit(self) -> None:
        """A top-level window does not follow its labels' height-for-width: grow it so a
        long, wrapped error is never clipped."""
        self.layout().activate()
        need = self.layout().totalHeightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), need)

    def refresh_view(self) -> None:
        state = self.mgr.state()
        title = "Pro" if state.pro else "Free"
        detail = in_window(state.message)
        if detail.lower().rstrip(".") in (f"{title} plan".lower(), title.lower()):
            detail = ""  # "Pro — Pro plan" says it twice
        # the message may be the license server's words: drawn as written
        self.status.setText(f"<b>{title} plan</b>" + (f" — {html.escape(detail)}" if detail
                                                       else ""))
        terms = pro_terms(state, self.mgr.stored_key() if state.pro else None)
        self.terms.setText("<br>".join(f"<b>{label}:</b> {html.escape(text)}"
                                       for label, text in terms))
        self.terms.setVisible(bool(terms))
        missing = [t for f, t in FEATURE_TITLES.items() if f not in state.features]
        if missing:
            # the counter the plan's limit reads (one key: no run records on the Qt thread)
            left = max(0, FREE_DAILY_AI_RUNS - self.mgr.kv.ai_runs_on(date.today()))
            self.locked.setText(f"<span style='color:{theme.colors()['lock']}'>Locked on "
                                f"Free:</span> {_in_sentence(missing)}. Pro unlocks them: "
                                f"<b>{PRO_PRICE}</b>.<br>"
                                f"Free includes {FREE_DAILY_AI_RUNS} AI runs a day (offline "
                                f"templates without limit): <b>{left} left today</b>, the "
                                "count starts again at midnight.")
        else:
            self.locked.setText("Every feature is unlocked.")
        self.upgrade.setVisible(not state.pro)
        self.upgrade.setIcon(icons.icon("pro"))
        self.upgrade.setToolTip(f"Pro is {PRO_PRICE}: the checkout page opens in your browser")
        self.billing.setVisible(state.pro)
        self.deactivate.setVisible(state.pro or state.status != "none")
        self.machines.setVisible(bool(self.mgr.kv.get("license:machine_id")))
        self.grow_to_fit()  # Pro's terms are three more wrapped lines: never clipped

    def _on_activate_clicked(self) -> None:
        if not self.activate.isEnabled():
            return
        self._spawn(self.do_activate(self.key.text()))

    async def do_activate(self, key: str) -> bool:
        self.show_error("")
        canonical = normalize_license_key(key)
        if canonical is None:
            self.show_error(why_not_a_key(key) or "")
            return False
        self.activate.setEnabled(False)
        try:
            await self.mgr.activate(canonical)
        except DevoraError as exc:
            self.show_error(exc.one_line(window=True))
            return False
        finally:
            self.activate.setEnabled(True)
        self.key.clear()
        self.refresh_view()
        self.changed.emit()
        return True

    async def do_deactivate(self) -> None:
        self.show_error("")
        try:
            await self.mgr.deactivate()
        except DevoraError as exc:
            self.show_error(exc.one_line(window=True))
        self.refresh_view()
        self.changed.emit()

    async def open_url(self, coro, what: str) -> None:
        self.show_error("")
        try:
            url = await coro
        except DevoraError as exc:  # says what failed: not the activation's error again
            if getattr(exc, "code", "") == "OFFLINE":
                self.show_error(f"Could not open {what}: {OFFLINE}",
                                OFFLINE_WAY if what == CHECKOUT else AGAIN)
            else:
                self.show_error(f"Could not open {what}: " + exc.one_line(window=True))
            return
        self._open_link(url)

    def reject(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        super().reject()
