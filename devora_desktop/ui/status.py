"""The provider line that the status bar and the empty-state banner share, and the plan
badge. Both read one answer (the provider a run would use now), so they always agree, and
both refresh after Settings change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from devora_desktop.core.words import spend_words
from devora_desktop.ui.binding import Binding
from devora_desktop.ui.plain import plain_label, tip
from devora_desktop.ui.theme import SPACE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from devora_desktop.core.context import AppContext
    from devora_desktop.progress import RunProgress
    from devora_desktop.ui.tasks import Notifier, Tasks

MESSAGE_MS = 8000  # how long a notice stays in the status bar
OFFER_MS = 30000  # one with a button (Copy the address): read, then clicked
OFFLINE_HINT = "add an OpenRouter key or start Ollama for AI generation"
#: on Free, the status bar counts the day's AI runs down from this many left
RUNS_LEFT_SAID = 3
EDGE = SPACE["s"]  # the status line's ends from the window's edges


def last_run_text(seconds: float | None, tokens: int, cost: float | None,
                  verdict: str) -> str:
    """"9.8 s, 21,300 tok, $0.0140, approved": the status bar's words for a run (``seconds``
    None: not known yet, left out)."""
    return ", ".join([*([f"{seconds:.1f} s"] if seconds is not None else []),
                      *([f"{tokens:,} tok"] if tokens else []),
                      *([f"${cost:.4f}"] if cost else []), verdict])


def run_verdict(p: RunProgress) -> str:
    """How a run ended, in the bar's words: an approval says who approved ("finished ·
    validators passed · no AI review" when no model reviewed it); an empty change approved
    is no success."""
    if p.outcome != "finished":
        if p.budget_stop:  # no fault: the cap the person set (walk14 #12)
            return "stopped at its budget"
        return {"cancelled": "stopped"}.get(p.outcome or "", p.outcome or "")
    if p.nothing_changed and p.approved:
        return "nothing changed"
    return (p.final_verdict or "approved") if p.approved else "not approved"


async def provider_line(ctx: AppContext) -> tuple[str, str]:
    """(label, banner): what the next run will use, in the words both places show. Worked
    out in a worker thread with its own loop: building the HTTP client (TLS context) and
    probing local servers cost the Qt thread 100+ ms."""
    import asyncio

    return await asyncio.to_thread(lambda: asyncio.run(_provider_line(ctx)))


async def _provider_line(ctx: AppContext) -> tuple[str, str]:
    from devora_desktop.agents.offline import LABEL
    from devora_desktop.agents.providers import choose_provider
    from devora_desktop.core.errors import DevoraError

    try:
        choice = await choose_provider(ctx)
    except DevoraError as exc:
        return "No provider ready", \
            f"No provider ready: {exc.one_line(window=True)}. Open Settings."
    try:
        if choice.offline:
            label = LABEL
            return label, f"Runs use {label} — {_lost_key_hint(ctx) or OFFLINE_HINT}."
        return choice.label, f"Runs use {choice.label}."
    finally:
        await choice.provider.aclose()


def _lost_key_hint(ctx: AppContext) -> str | None:
    """Why runs went offline when a model key typed earlier was kept only until Devora
    closed (no system keyring): said at the next start instead of switching quietly."""
    from devora_desktop.core import providers as registry

    lost = [registry.PROVIDERS[n].label for n in registry.keyed() if ctx.secrets.lost(n)]
    if not lost:
        return None
    return (f"the {' and '.join(lost)} key typed last time was not kept (no system keyring): "
            "paste it again in Settings › Models")


class Notice(QLabel):
    """A status notice: a card over the foot of ``over`` (else of the window), just above
    the status bar, in no layout, so it moves nothing. It lets the mouse through to what is
    beneath (the code's last lines, the preview), unless it offers a button (:meth:`offer`)."""

    MARGIN = 8
    MAX_WIDTH = 720

    def __init__(self, window: QWidget, bar: QWidget, over: QWidget | None) -> None:
        super().__init__(window)
        plain_label(self)
        self.setObjectName("status-message")
        self.setAccessibleName("Notice")
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.bar, self.over = bar, over or window
        self.button = QPushButton(self)  # "Copy the address": what a failure offers
        self.button.hide()
        self.button.clicked.connect(self._on_button)
        # a notice with a button takes clicks and stays 30 s over whatever is beneath it (the
        # Agents strip, "Raw model text"): it can be closed at once (walk24 #20)
        self.dismiss = QToolButton(self, text="✕", autoRaise=True)
        self.dismiss.setAccessibleName("Close the notice")
        self.dismiss.setToolTip("Close")
        self.dismiss.hide()
        self.dismiss.clicked.connect(self.bar.clearMessage)
        self.copied = ""  # what the button copies
        self._padding = None  # the stylesheet's padding (contents margins), once polished
        self.hide()
        for watched in {window, bar, self.over}:
            watched.installEventFilter(self)

    def setText(self, text: str) -> None:
        """A line alone (any button offered with another line goes)."""
        self._offer("", "")
        super().setText(text)
        self.place()

    def offer(self, text: str, label: str, copied: str) -> None:
        """``text`` with a button ``label`` at its end that copies ``copied``."""
        self._offer(label, copied)
        super().setText(text)
        self.place()

    def _offer(self, label: str, copied: str) -> None:
        self.copied = copied
        self.button.setText(label)
        self.button.setEnabled(True)
        self.button.setVisible(bool(label))
        self.dismiss.setVisible(bool(label))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, not label)
        if self._padding is None:
            self.ensurePolished()
            self._padding = self.contentsMargins()
        pad, room = self._padding, (self.button.sizeHint().width() + self.MARGIN
                                    + self.dismiss.sizeHint().width()) if label else 0
        self.setContentsMargins(pad.left(), pad.top(), pad.right() + room, pad.bottom())
        self.setMinimumHeight(self.button.sizeHint().height() + self.MARGIN if label else 0)

    def _on_button(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.copied)
        self.button.setText("Copied")
        self.button.setEnabled(False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        size, close = self.button.sizeHint(), self.dismiss.sizeHint()
        right = self.width() - close.width() - self.MARGIN // 2
        self.dismiss.setGeometry(right, (self.height() - close.height()) // 2, close.width(),
                                 close.height())
        self.button.setGeometry(right - size.width() - self.MARGIN // 2,
                                (self.height() - size.height()) // 2, size.width(),
                                size.height())

    def showEvent(self, event) -> None:
        self.place()
        self.raise_()
        super().showEvent(event)

    def place(self) -> None:
        """Fit the text (wrapped to the room over ``over``) and sit on the bar's top edge."""
        window = self.parentWidget()
        if window is None:
            return
        room = self.over.mapTo(window, QPoint(0, 0)).x() if self.over is not window else 0
        span = self.over.width() if self.over.isVisible() else window.width()
        m = self.MARGIN
        width = max(120, min(self.MAX_WIDTH, span - 2 * m,
                             self.sizeHint().width() if not self.text() else
                             self.fontMetrics().horizontalAdvance(self.text())
                             + self.contentsMargins().left() + self.contentsMargins().right()
                             + 2 * m + 4))
        height = max(self.heightForWidth(width), self.minimumHeight())
        bottom = self.bar.mapTo(window, QPoint(0, 0)).y() if self.bar.isVisible() \
            else window.height()
        self.setGeometry(room + (span - width) // 2, bottom - m - height, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show) and \
                self.isVisible():
            self.place()
        return False


class PlanBadge(QLabel):
    """The plan at the status bar's end ("Free — Help › License", "● Pro"): a click opens
    Help › License, which its words name (they read as a link, and a click did nothing:
    walk22 #11)."""

    clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("plan-badge")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName("Plan: open Help › License")

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()


class StatusPresenter(QObject):
    """Owns the status bar's labels; ``refresh()`` re-reads the provider and today's spend."""

    provider_changed = Signal(str, str)  # label, banner
    plan_changed = Signal(bool)  # pro

    def __init__(self, tasks: Tasks) -> None:
        super().__init__()
        self.tasks = tasks
        self.ctx: AppContext | None = None
        self.label = ""
        self.banner = ""
        self.offline = False  # the next run uses the offline templates
        self.pro, self.daily_ai_runs = False, None  # the plan, and its AI runs a day
        self.last_run = ""
        self._last_offline = False
        from devora_desktop.ui.elided_label import ElidedLabel

        # a line longer than its room drops its least useful parts, then ends in "…": a cut
        # QLabel read "today 42,600 tok, $0.080" for $0.0808 (walk18 #33)
        self.status_label = plain_label(ElidedLabel())
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        # both ends of the line one step (8 px) off the window's edges: QStatusBar keeps
        # 2 px there, and '● Pro' maximised (no size grip) read as touching the edge
        # beside a provider line 2 px from the other one (walk20 #28)
        self.status_label.setContentsMargins(EDGE - 2, 0, 0, 0)
        self.plan_label = PlanBadge()
        self.plan_label.setContentsMargins(0, 0, EDGE - 2, 0)
        self._binding = Binding(self)
        self.progress: RunProgress | None = None
        self._spent_before = (0, 0.0)  # today's spend before the run in flight
        self._run_totals: tuple[int, float | None] = (0, None)  # the run's, as the feed shows
        #: the feed shows the run in flight (False: another project is looked at meanwhile,
        #: and the run's reported totals come from its model)
        self.fed = True
        self.license_timer = QTimer(self, interval=3600 * 1000)  # tokens refresh daily
        self.license_timer.timeout.connect(lambda: self.tasks.spawn(self.refresh_license()))

    def install(self, bar: QStatusBar, notifier: Notifier, over: QWidget | None = None) -> None:
        """The window's status bar: the provider and last-run line, the plan badge at its
        end; every notice for a few seconds in a card floating just above the bar, over
        ``over``'s foot (the window's centre), wrapped whole.

        The notice was a wrapped label in the bar: a long one ("Could not open <path> …")
        made the bar two or three lines tall and the whole window jumped up 11-25 px for
        the notice's 8 s, and back (walk14 #7). Drawn by the bar itself, a long one was cut
        mid-word under the plan badge (walk12 #12 i). Now nothing in the bar changes: its
        labels are permanent (a normal one is hidden while the bar holds a message, which
        it still does: currentMessage, its timeout), so the bar draws no message of its own.
        Plain text: a notice names projects and files ("Opened <name>…")."""
        bar.addPermanentWidget(self.status_label, 1)
        bar.addPermanentWidget(self.plan_label)
        self.message_label = Notice(bar.parentWidget() or bar, bar, over)
        bar.messageChanged.connect(self._on_message)

        def show(message: str) -> None:
            offered = bool(self.message_label.copied) and \
                message == self.message_label.text()  # (notifier.offered came first)
            if not offered:
                self.message_label.setText(message)
            bar.showMessage(message, OFFER_MS if offered else MESSAGE_MS)

        notifier.offered.connect(self.message_label.offer)
        notifier.message.connect(show)

    def _on_message(self, message: str) -> None:
        if message and message != self.message_label.text():  # another's (close_guard)
            self.message_label.setText(message)
        self.message_label.setVisible(bool(message))

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.update_plan()
        self.license_timer.start()
        self.refresh()

    def refresh(self) -> None:
        if self.ctx is not None:
            self.tasks.spawn(self._refresh(self.ctx), name="provider-status")

    async def _refresh(self, ctx: AppContext) -> None:
        # (not from agents.offline, on this thread: that imports the offline templates)
        from devora_desktop.core.words import OFFLINE_LABEL

        self.label, self.banner = await provider_line(ctx)
        self.offline = self.label == OFFLINE_LABEL
        self.show_spend()
        self.provider_changed.emit(self.label, self.banner)

    def bind(self, progress: RunProgress) -> None:
        """A run in flight: today's spend counts it with the totals the feed draws (see
        :meth:`show_run_totals`), and when it ends the bar says how it went."""
        self.follow(progress)
        self._spent_before = self._spent_today()
        self._run_totals = (0, None)

    def follow(self, progress: RunProgress) -> None:
        """The same run, told again to a new model (ui/run_presenter.py, relive): its spend
        so far is kept (the ledger holds its calls already: counted again, "today" grew)."""
        self.progress = progress
        self.fed = True
        self._binding.bind(progress, "ended", "cost_changed")

    def _on_model_cost_changed(self, tokens: int, cost: float | None) -> None:
        """Another project is on screen: "today" still grows with what the run's calls
        report (the feed that told it shows the other project)."""
        if not self.fed:
            self._run_totals = (tokens, cost)
            self.show_spend()

    def show_run_totals(self, progress: RunProgress, tokens: int, cost: float | None) -> None:
        """The feed has just drawn the run's totals (ActivityPanel.totals_shown): the one
        source of the run's part of "today", so the two always say the same."""
        if progress is self.progress:
            self._run_totals = (tokens, cost)
            self.show_spend()

    def _on_model_ended(self, outcome: str) -> None:
        if (p := self.progress) is None:
            return
        self.set_last_run(last_run_text(p.seconds, p.tokens, p.cost, run_verdict(p)),
                          offline=p.provider == "offline")

    def show_record(self, record, progress: RunProgress | None = None) -> None:
        """The last run of the project on screen (another project's run must not linger).
        ``progress``: that run told again from its log, once read: its duration is the one
        the feed shows (the record's end also counts saving the version) and its verdict
        the live run's (a record kept before ``saved_version`` cannot tell "nothing
        changed" from "approved")."""
        if record is None:
            return self.set_last_run("")
        if progress is not None and progress.outcome is not None:
            seconds, verdict = progress.seconds, run_verdict(progress)
        else:
            # the run's own time comes with its log: the record's start to end counts the
            # waits for the person too (34.2 s for the feed's 13.2 s: it read as another
            # project's run for the seconds the log took to read, walk19 #30)
            seconds = None
            verdict = {"finished": "nothing changed"
                       if record.saved_version is False and not record.refused
                       else (record.review or {}).get("verdict") or "approved",
                       "not_approved": "not approved",
                       "cancelled": "stopped"}.get(record.status.value, record.status.value)
        self.set_last_run(last_run_text(seconds, record.usage.total_tokens,
                                        record.usage.cost_usd, verdict),
                          offline=record.provider == "offline")

    def set_last_run(self, text: str, offline: bool = False) -> None:
        """``offline``: the offline templates built that run (see :meth:`show_spend`)."""
        self.last_run, self._last_offline = text, offline
        self.show_spend()

    def _spent_today(self) -> tuple[int, float]:
        from datetime import date  # here: start-up's first frame waited for its import

        return self.ctx.store.runs.spent_on(date.today()) if self.ctx else (0, 0.0)

    def show_spend(self) -> None:
        """The provider, the last run and today's spend. A run in flight counts with the
        totals the feed shows (the ledger holds only its calls that reported: the bar said
        "today 0 tok" beside a feed at 6,182 tok)."""
        if self.ctx is None:
            return
        if (p := self.progress) is not None and p.running:
            tokens, cost = self._spent_before
            tokens, cost = tokens + self._run_totals[0], cost + (self._run_totals[1] or 0.0)
        else:
            tokens, cost = self._spent_today()
        today = [f"today {spend_words(tokens, cost)}"] if tokens or cost else []
        # (nothing spent today, offline templates: nothing to say)
        said: list[str] = []
        # the provider, once worked out (off the thread: seconds at a busy start); a "…"
        # in its place read as a cut line, and alone as a broken bar (walk19 #18)
        label = [self.label] if self.label else []
        if self.last_run:
            # a build accepted from "Build it offline instead" beside the model of Settings
            # read as that model's run: the bar says which one made it
            used = "offline, " if self._last_offline and not self.offline else ""
            run = f"last run {used}{self.last_run}"
            # narrower: the run without its checks' words ("· validators passed · no AI
            # review"), then without the run, then without the provider's model
            said = [" · ".join([*label, run, *today]),
                    " · ".join([*label, run.split(" · ")[0], *today])]
        said += [" · ".join([*label, *today]),
                 " · ".join([*[part.split(" · ")[0] for part in label], *today])]
        self.status_label.set_wordings(*dict.fromkeys(said))  # (in order, each once)
        self.status_label.setToolTip(tip(said[0]))
        self._show_plan()

    def update_plan(self) -> None:
        from devora_desktop.core.errors import in_window
        from devora_desktop.core.licensing import LicenseManager
        from devora_license import PLANS

        assert self.ctx is not None
        state = LicenseManager(self.ctx).state()
        self.pro, self.daily_ai_runs = state.pro, PLANS[state.plan].daily_ai_runs
        self.plan_label.setToolTip(tip(f"{in_window(state.message)}\n"
                                       "Click to open Help › License."))
        self.features = set(state.features)
        self._show_plan()
        self.plan_changed.emit(state.pro)

    def ai_runs_left(self) -> int | None:
        """Free's AI runs left today (the counter the plan's limit reads); None: no limit,
        or runs use the offline templates, which are no AI runs."""
        if self.ctx is None or self.pro or self.offline or self.daily_ai_runs is None:
            return None
        from datetime import date

        return max(0, self.daily_ai_runs - self.ctx.store.kv.ai_runs_on(date.today()))

    def _show_plan(self) -> None:
        """The plan badge; on Free with a model, the day's last few AI runs counted down
        as they go (the main window said nothing until a run was refused: walk12 #17)."""
        from devora_desktop.core.words import plural

        if self.ctx is None or self.pro:
            return self.plan_label.setText("● Pro" if self.pro else "")
        left = self.ai_runs_left()
        if left is None or left > RUNS_LEFT_SAID:
            return self.plan_label.setText("Free — Help › License")
        said = plural(left, "AI run") if left else "no AI runs"
        self.plan_label.setText(f"Free — {said} left today · Help › License")

    async def refresh_license(self) -> None:
        """In the background: refresh the license token when it is due."""
        from devora_desktop.core.licensing import LicenseManager

        if self.ctx is not None:
            await LicenseManager(self.ctx).refresh_if_due()
            self.update_plan()
