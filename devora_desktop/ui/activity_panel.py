"""The activity feed: a run as readable steps, with a step indicator and live totals.

Lines come from :class:`RunProgress` as :class:`Activity` items; a line with a key replaces
the earlier one with that key ("Frontend is writing …" becomes "Frontend wrote 3 files").
A line that names a file opens it (at its line) when clicked. The line that ends a run
carries "View changes" and "Revert". A check that runs counts its time on its line
("Building the project · 0:42"): an install or a build takes minutes with nothing else moving.
"""

from __future__ import annotations

from math import ceil
from time import monotonic
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from devora_desktop import APP_NAME
from devora_desktop.core.words import AGAIN_IN, plural, window_words
from devora_desktop.ui.binding import Binding
from devora_desktop.ui.budget import AT_THE_CAP, RAISE, raised
from devora_desktop.ui.chat_bubble import SPEAKER_ROLE, ChatDelegate
from devora_desktop.ui.chat_input import ChatInput
from devora_desktop.ui.consent_bar import ConsentBar
from devora_desktop.ui.placeholder import Placeholder
from devora_desktop.ui.plain import plain_label, tip
from devora_desktop.ui.shape_bar import ShapeBar
from devora_desktop.ui.theme import TYPE

if TYPE_CHECKING:
    from devora_desktop.progress import Activity, RunProgress

LEVEL_ICON = {"ok": "✓", "error": "✗", "warning": "⚠", "info": "•", "active": "⟳"}
LEVEL_ICON_NAME = {"ok": "done", "error": "error", "warning": "warning", "info": "info",
                   "active": "streaming"}
STEP_ICON = {"pending": "·", "active": "⟳", "waiting": "‖", "done": "✓", "failed": "✗",
             "stopped": "■", "skipped": "–"}
NBSP = "\u00a0"  # a space no line breaks at
SPEAKERS = {"devora": APP_NAME}  # who says a line, as the feed names them
PATH_ROLE = Qt.ItemDataRole.UserRole
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2  # ok | error | warning | info | active | stopped
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # (the line, its details) of a line with details
#: a finding's file was written again after it was found: its line may hold other code now
REWRITTEN_ROLE = Qt.ItemDataRole.UserRole + 4
LIVE_MS = 200
NARROW_PX = 420  # below this the run's totals go under its steps, not beside them


EMPTY = ("Nothing has run here yet. Describe {what} below and press Run (Ctrl+Enter): "
         "each step shows up here.")

#: a run just started, before the engine has told its first step (1-3 s for a new project)
STARTING = "Starting the run… its steps show up here."
OFFLINE = "Build it offline instead"
#: on the line of a run the plan refused (Free's AI runs of the day): as Help › License's
UPGRADE = "Upgrade to Pro…"
SETTINGS = "Open Settings…"


class RunLine(QWidget):
    """The end of a run in the feed: its summary, and what to do with its changes."""

    def __init__(self, text: str, buttons: tuple[str, ...] = ("View changes", "Revert")) -> None:
        super().__init__()
        self.label = plain_label(QLabel(text))
        self.label.setWordWrap(True)
        self.view_changes = QPushButton("View changes")
        self.revert = QPushButton("Revert")
        self.revert.setToolTip("Bring back the version before this run (kept in History)")
        self.again = QPushButton("Run again")
        self.offline = QPushButton(OFFLINE)
        self.offline.setToolTip("Build it with the offline templates instead: no AI model, "
                                "nothing sent anywhere, not one of today's AI runs")
        self.upgrade = QPushButton(UPGRADE)
        # here, not at the top: the licence module (hashlib, uuid) cost start-up ~12 ms of
        # CPU before the first frame, and only a run's end line says the price
        from devora_license import PRO_PRICE

        self.upgrade.setToolTip(f"Pro is {PRO_PRICE}: opens the checkout page; Help › "
                                "License activates the key it gives you")
        self.settings = QPushButton(SETTINGS)
        self.raise_budget = QPushButton(RAISE)
        self.raise_budget.setToolTip("Settings › Runs › Budget per run: Run again then goes "
                                     "on past where this run stopped")
        self.version = ""  # the version this run saved, when it has View changes and Revert
        #: a budget stop's line: Run again would stop at the same cap, so it waits, and
        #: Raise the budget… is the way forward, until the budget is raised
        self.waits_for_budget = RAISE in buttons
        #: why no run can start now (Run is greyed for it): Run again is greyed with it,
        #: the reason under the buttons (see :meth:`refuse`)
        self.refused: str | None = None
        self._again = (True, "")  # Run again's own state, under a refusal
        self.why = plain_label(QLabel())
        self.why.setObjectName("run-why")  # muted: theme.py
        self.why.setWordWrap(True)
        self.why.hide()
        if self.waits_for_budget:
            from devora_desktop.ui import theme

            theme.set_variant("primary", self.raise_budget)
            self.set_again(False, AT_THE_CAP)
        row = QHBoxLayout()
        first, second = [self.view_changes, self.revert, self.again, self.upgrade,
                         self.settings], \
            [self.offline, self.raise_budget]
        if RAISE in buttons:  # the way forward first, Run again (waiting for it) under it
            first[2], second[1] = self.raise_budget, self.again
        for b in first:
            if b.text() in buttons:
                row.addWidget(b)
            else:
                b.hide()
        row.addStretch(1)
        # its own row: beside Run again it was cut at 1024 px, and Raise the budget there
        # widened the Activity column by 40 px, shrinking the centre (walk14 #30)
        other = QHBoxLayout()
        for b in second:
            other.addWidget(b)
            if b.text() not in buttons:  # never shown here: it has no parent yet, and a
                b.hide()  # widget shown without one is a window of its own, on screen
        other.addStretch(1)
        self.icon = QLabel()
        self._icon = QIcon()
        text_box = QVBoxLayout()
        text_box.addWidget(self.label)
        text_box.addLayout(row)
        if OFFLINE in buttons or RAISE in buttons:
            text_box.addLayout(other)
        text_box.addWidget(self.why)
        box = QHBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(text_box, 1)

    def set_icon(self, icon: QIcon) -> None:
        self._icon = icon
        self.icon.setPixmap(icon.pixmap(20, 20))

    def set_again(self, enabled: bool, tip: str = "") -> None:
        """Run again's own state (a run going, a rate limit, a later line); a refusal
        greys it over that until it is lifted."""
        self._again = (enabled, tip)
        self._show_again()

    def refuse(self, note: str | None) -> None:
        """``note``: why no run can start now, as the prompt's Run says it (the offline
        templates can't change this app; a run goes on in another project): Run again is
        greyed with it, and the line says why. None: as it was."""
        self.refused = note
        self.why.setText(note or "")
        self.why.setVisible(bool(note))
        self._show_again()

    def _show_again(self) -> None:
        enabled, tip = self._again
        self.again.setEnabled(enabled and not self.refused)
        self.again.setToolTip(self.refused or tip)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: a pixmap is fixed
            self.icon.setPixmap(self._icon.pixmap(20, 20))


def _tint(item: QListWidgetItem) -> None:
    """An error or warning line in the theme's colour for it (a colour set on an item stays
    as it was set, so a theme change tints the lines again); other lines take the list's."""
    from devora_desktop.ui import theme

    level = item.data(LEVEL_ROLE)
    if level in ("error", "warning"):
        item.setForeground(QColor(theme.colors()[level]))
    else:  # a keyed line that was a warning ("waiting for you") and is settled now
        item.setData(Qt.ItemDataRole.ForegroundRole, None)


class ActivityPanel(QWidget):
    link_activated = Signal(str, int)  # path, line (0: none)
    #: a finding's line clicked: path, line, and whether the file was written since
    finding_activated = Signal(str, int, bool)
    view_changes_requested = Signal(str)  # version id
    revert_requested = Signal(str)  # version id
    run_line_replayed = Signal(str)  # version id of a reopened run's line (is it still live?)
    retry_requested = Signal()  # run the last prompt again
    offline_requested = Signal()  # run it again with the offline templates
    upgrade_requested = Signal()  # the plan refused the run: open the checkout
    budget_requested = Signal()  # the run stopped at its budget: Settings › Runs
    settings_requested = Signal()  # a run could not start for a setting: Settings
    #: the run's totals as the feed has just drawn them: (RunProgress, tokens, dollars); the
    #: status bar's "today" counts these, so the two never disagree (it lagged the feed's
    #: count by thousands of tokens while a file streamed)
    totals_shown = Signal(object, int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        """``parent``: where it goes, given at once (see MainWindow._build)."""
        super().__init__(parent)
        self.progress: RunProgress | None = None
        self._totals_shown: tuple = ()
        self._live_run = False  # the bound model is a run in flight (its clock redraws)
        self._binding = Binding(self)
        self.steps = plain_label(QLabel())
        self.steps.setObjectName("run-steps")
        self.steps.setWordWrap(True)  # growing step text must not push the panels aside
        small = self.steps.font()  # small print: the five steps fit a 1024 px window's
        small.setPointSizeF(TYPE["small"])  # column on one line (their ✓ is DejaVu's, wide)
        self.steps.setFont(small)
        self.totals = plain_label(QLabel())
        self.totals.setObjectName("run-totals")
        self.feed = QListWidget()
        self.feed.setObjectName("feed")  # a card, not a sunken box (ui/theme.py)
        self.feed.setItemDelegate(ChatDelegate(self.feed))  # prompts as bubbles
        self.feed.setWordWrap(True)
        self.feed.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.feed.setResizeMode(QListView.ResizeMode.Adjust)
        self.feed.setAccessibleName("Activity")
        self.feed.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.feed.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.empty = Placeholder(self.feed, EMPTY.format(what="the app you want"))
        self._opened = False  # a project is open (the empty feed's words, set_project)
        self.consent = ConsentBar()  # "may checks run this project's code?", above the input
        self.shape = ShapeBar()  # offline: "Build it as: [Board] [List]", above the input
        self.input = ChatInput()
        self._keyed: dict[str, QListWidgetItem] = {}
        self._found: dict[str, list[QListWidgetItem]] = {}  # lines naming a file's line, by file
        self._ticking: dict[str, tuple[QListWidgetItem, str, float]] = {}  # key: line, since
        #: a model call's wait, counted down: key -> (its line, its words, when it ends,
        #: whether the server asked for it)
        self._countdown: dict[str, tuple[QListWidgetItem, str, float, bool]] = {}
        self.run_line: RunLine | None = None
        #: why no run can start now (Run is greyed): the last run line's Run again agrees
        self.refused: str | None = None
        self._run_item: QListWidgetItem | None = None
        self.head = head = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        head.setSpacing(16)
        head.addWidget(self.steps, 1)
        head.addWidget(self.totals)
        title = QLabel("Activity · Chat")
        title.setObjectName("panel-title")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(title)
        layout.addLayout(head)
        layout.addWidget(self.feed, 1)
        layout.addWidget(self.input)
        layout.insertWidget(layout.indexOf(self.input), self.consent)  # Tab: prompt first
        layout.insertWidget(layout.indexOf(self.input), self.shape)
        self.feed.itemActivated.connect(self._on_feed_activated)
        self.feed.itemClicked.connect(self._on_feed_item)
        self.live = QTimer(self, interval=LIVE_MS)
        self.live.timeout.connect(self.refresh)
        # the feed scrolls to its end once per turn of the event loop, however many lines
        # came in it (a reopened run's log adds them all at once: ~0.3 ms a scroll)
        self._scroll = QTimer(self, singleShot=True, interval=0)
        self._scroll.timeout.connect(self.feed.scrollToBottom)
        # a feed read to its end stays at its end when it gets shorter: the box above the
        # prompt grew by two lines after a first run and hid the run's buttons at 1024x700
        bar = self.feed.verticalScrollBar()
        self._at_end = True
        bar.valueChanged.connect(lambda value: setattr(
            self, "_at_end", value >= self.feed.verticalScrollBar().maximum() - 2))
        bar.rangeChanged.connect(self._keep_end)
        self.feed.viewport().installEventFilter(self)  # run lines follow its width
        self.clear()

    def minimumSizeHint(self) -> QSize:
        """No narrower than the run line's buttons: with the column dragged narrow by its
        splitter they were cut ("iew change", walk12 #12 k)."""
        hint = super().minimumSizeHint()
        line = self.run_line
        if line is not None:
            margins = self.layout().contentsMargins()
            need = (line.minimumSizeHint().width() + 4 + 2 * self.feed.frameWidth()
                    + self.feed.verticalScrollBar().sizeHint().width()
                    + margins.left() + margins.right())
            hint.setWidth(max(hint.width(), need))
        return hint

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: lines re-tint
            for row in range(self.feed.count()):
                _tint(self.feed.item(row))

    # ---- feed -----------------------------------------------------------------------------
    def clear(self) -> None:
        self.run_line = self._run_item = None
        self.feed.clear()
        self._keyed.clear()
        self._found.clear()
        self._ticking.clear()
        self._countdown.clear()
        self._binding.drop()
        self.progress = None
        self.steps.setText("")
        self.totals.setText("")

    def say(self, who: str, text: str) -> QListWidgetItem:
        """A line by ``who`` ("you", "devora"): the app's own lines read "Devora: …", as
        its run notices do (walk8: "devora:" and "Devora:" side by side)."""
        item = QListWidgetItem(f"{SPEAKERS.get(who, who)}: {text}")
        item.setData(SPEAKER_ROLE, who)  # a person's prompt is drawn as a bubble
        self.feed.addItem(item)
        self._scroll.start()
        return item

    def questions_shown(self, shown: bool) -> None:
        """A question of the run (may checks run, which app to build) shows on the run's
        own project only: left on screen under another project, a click on it read as an
        answer for that one (walk12 #14)."""
        for bar in (self.consent, self.shape):
            if bar.property("asking"):
                bar.setVisible(shown)

    def set_project(self, opened: bool) -> None:
        """The empty feed's words: an open project (an opened folder is already an app) is
        changed, not described from scratch."""
        self._opened = opened
        self.empty.set_text(EMPTY.format(what="a change to make" if opened else
                                         "the app you want"))

    def say_prompt(self, prompt: str, images: int = 0, note: str = "") -> None:
        """A person's prompt, the same live and in a reopened conversation: "[+1 image]"
        after it, and under it what became of the images (``note``), when said."""
        from devora_desktop.ui.pick import as_said

        self.say("you", as_said(prompt) + (f"  [+{plural(images, 'image')}]" if images else ""))
        if note:
            self.say("devora", note)

    def add(self, act: Activity) -> None:
        from devora_desktop.ui.icons import icon

        text = window_words(act.text)
        if act.path and act.kind in ("finding", "file"):
            text += "  ↗"
        item = self._keyed.get(act.key) if act.key else None
        row = self.feed.row(item) if item is not None else -1
        if act.kind == "agent" and act.level == "error" and 0 <= row < self.feed.count() - 1 \
                and self.feed.itemWidget(item) is None:
            # an agent that failed is told where news goes, below what was said since it
            # began: rewritten in place, "Architect failed" read above "Architect: could not
            # reach …; asked again", the failure before its retry (walk25 #18)
            self.feed.addItem(self.feed.takeItem(row))
        if item is None or self.feed.row(item) < 0:
            item = QListWidgetItem()
            self.feed.addItem(item)
            if act.key:
                self._keyed[act.key] = item
        item.setText(text)
        item.setIcon(icon(LEVEL_ICON_NAME[act.level]))  # the state by icon and word, not hue
        item.setData(LEVEL_ROLE, act.level)
        _tint(item)
        item.setData(PATH_ROLE, act.path)
        item.setData(LINE_ROLE, act.line or 0)
        item.setData(REWRITTEN_ROLE, None)
        if act.path and act.line:
            self._found.setdefault(act.path, []).append(item)
        item.setToolTip(tip(f"Open {act.path}" + (f" at line {act.line}" if act.line else "")
                        if act.path else act.detail and f"{act.detail} (click to show)"))
        # the words say what was checked; what ran it (name, tool, time) opens on a click
        item.setData(DETAIL_ROLE, (text, act.detail) if act.detail and not act.path else None)
        if act.kind == "check" and act.level == "active" and self._live_run:
            since = self._ticking.get(act.key, (item, text, monotonic()))[2]
            self._ticking[act.key] = (item, text, since)
        else:
            self._ticking.pop(act.key, None)
        if act.kind == "retry" and act.level == "active" and act.wait and self._live_run:
            self._countdown[act.key] = (item, text, monotonic() + act.wait, act.asked)
        else:
            self._countdown.pop(act.key, None)
        if act.key == "run" and self.progress is not None and not self.progress.running:
            self._run_line(item, text)
        self._scroll.start()
        self.refresh()

    def _run_line(self, item: QListWidgetItem, text: str) -> None:
        p = self.progress
        assert p is not None
        if p.outcome == "finished" and p.saved_version:
            line = RunLine(text)
            vid = line.version = p.saved_version
            line.view_changes.clicked.connect(lambda: self.view_changes_requested.emit(vid))
            line.revert.clicked.connect(lambda: self.revert_requested.emit(vid))
            if not self._live_run:
                self.run_line_replayed.emit(vid)
        elif p.outcome == "failed" and (p.retryable or p.retry_at is not None):
            # no model answered (network off, server down, overloaded: HTTP 500 offered
            # only Run again, walk13 #9): the offline templates need none. They make new
            # apps only (a refinement would be refused)
            offline = not p.refinement and p.provider != "offline"
            line = RunLine(text, ("Run again", OFFLINE) if offline else ("Run again",))
            line.again.clicked.connect(self.retry_requested)
            line.offline.clicked.connect(self.offline_requested)
            from datetime import UTC, datetime  # here: start-up's first frame waited for it

            wait = (p.retry_at - datetime.now(UTC)).total_seconds() if p.retry_at else 0
            if wait > 0:  # rate-limited: the button wakes up when the provider allows
                line.set_again(False, f"Available from {p.retry_at.astimezone():%H:%M:%S}")
                QTimer.singleShot(int(wait * 1000) + 500, line.again, lambda: (
                    line is self.run_line and line.set_again(True)))
        else:
            return
        line.set_icon(item.icon())  # the widget covers the whole row: it draws the icon
        item.setText("")
        item.setIcon(QIcon())
        self.feed.setItemWidget(item, line)
        self._now_the_run_line(line, item)

    def mark_nothing_to_revert(self, version_id: str) -> None:
        """A reopened run whose files are already as before it (reverted, or changed back):
        its Revert would ask and then do nothing."""
        line = self.run_line
        if line is not None and line.version == version_id:
            line.revert.setEnabled(False)
            line.revert.setToolTip("Nothing to revert: the files are as before that run")

    def mark_reverted(self, version_id: str, number: int | None, then: str = "") -> str:
        """The run ``version_id`` was reverted (as v``number``): the feed says so (and
        ``then``: what it left, and the way back), and the run's Revert, which would now ask
        the same and do nothing, is done. Returns the feed's line."""
        line = self.run_line
        where = f" in v{number}" if number else ""
        if line is not None and line.version == version_id:
            # greyed, its words kept: "Reverted in v5" squeezed both buttons at 1024 px (the
            # line under it says what happened)
            line.revert.setEnabled(False)
            line.revert.setToolTip(f"Reverted{where}; History keeps the run: Restore brings "
                                   "it back")
        said = f"Reverted{where}: " + (then or "the files are as before that run.")
        self.say("devora", said)
        return said

    def _fit_run_line(self) -> None:
        line, item = getattr(self, "run_line", None), getattr(self, "_run_item", None)
        if line is None or item is None or self.feed.row(item) < 0:
            return
        self._fit(line, item)

    def _fit(self, line: QWidget, item: QListWidgetItem) -> None:
        width = self.feed.viewport().width() - 4
        line.setFixedWidth(width)
        # a line of it just hidden or shown (its 'why') counts now: the nested layouts'
        # cached heights kept it, and its words sat a line lower over a blank (walk23 #12)
        for layout in line.findChildren(QLayout):
            layout.invalidate()
        item.setSizeHint(QSize(width, line.heightForWidth(width) if line.hasHeightForWidth()
                               else line.sizeHint().height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The feed's viewport got narrower or wider (its scroll bar came or went, the column
        was dragged): every run's line takes its width. Fixed at the width it was drawn at,
        a run line with its tokens and cost went under the scroll bar the next lines
        brought (at 1024 px its end was hidden)."""
        if watched is self.feed.viewport() and event.type() == QEvent.Type.Resize:
            for row in range(self.feed.count()):
                item = self.feed.item(row)
                line = self.feed.itemWidget(item)
                if isinstance(line, RunLine) and line.width() != event.size().width() - 4:
                    self._fit(line, item)
        return super().eventFilter(watched, event)

    def _keep_end(self, _low: int, high: int) -> None:
        if self._at_end:
            self.feed.verticalScrollBar().setValue(high)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_run_line()
        # a narrow column (1024 px windows) puts the totals under the steps: beside them the
        # steps wrapped "· Save" to a line of its own
        narrow = event.size().width() < NARROW_PX
        self.head.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                               else QBoxLayout.Direction.LeftToRight)
        self.head.setSpacing(0 if narrow else 16)

    def _on_feed_item(self, item: QListWidgetItem) -> None:
        """A click opens the file a line names, or shows (hides) the line's details."""
        path = item.data(PATH_ROLE)
        line = int(item.data(LINE_ROLE) or 0)
        if path and line:
            self.finding_activated.emit(path, line, bool(item.data(REWRITTEN_ROLE)))
        elif path:
            self.link_activated.emit(path, line)
        elif (detail := item.data(DETAIL_ROLE)) is not None:
            text, more = detail
            shown = item.text() != text
            item.setText(text if shown else f"{text}\n{more}")
            item.setToolTip(tip(f"{more} (click to {'show' if shown else 'hide'})"))

    def _on_feed_activated(self, item: QListWidgetItem) -> None:
        """Enter (or a double click) on a line: as a click, but a line's details open on
        the click alone (a double click would show and hide them)."""
        from PySide6.QtWidgets import QApplication, QStyle

        single = self.feed.style().styleHint(QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick)
        if item.data(PATH_ROLE) or (not single and QApplication.mouseButtons()
                                    == Qt.MouseButton.NoButton):
            self._on_feed_item(item)

    # ---- run state ------------------------------------------------------------------------
    def bind(self, progress: RunProgress, *, live: bool) -> None:
        """Show ``progress``: its readable steps, step line and totals follow the model's
        signals, for a run in flight as for a saved one being loaded (bind, then
        ``RunProgress.load``: the same lines as when it ran). ``live``: a run in flight,
        whose clock redraws what grows between events ("writing X · 212 lines", the token
        estimate)."""
        self._binding.drop()
        self.progress = progress
        self._keyed = {}
        self._binding.bind(progress, "activity", "step_changed", "cost_changed", "file_written",
                           "file_deleted", "ended")
        self._ticking = {}
        self._countdown = {}
        self._live_run = live
        if live:
            self.live.start()
            self.empty.set_text(STARTING)  # not "Nothing has run here yet"
            self._hold_run_line(True)
        self.refresh()

    def _hold_run_line(self, held: bool) -> None:
        """While a run goes, the last run line's Run again and Build it offline wait: the
        one that started it stayed live beside the run, and a second click did nothing
        (walk12 #12 b). The run's own line, when it ends, spends them for good; a run that
        made no line (refused before it began) gives them back."""
        line = self.run_line
        if line is None or (self._run_item is not None and self.feed.row(self._run_item) < 0):
            return
        if held:
            self._held = line
        elif getattr(self, "_held", None) is not line:
            return
        line.offline.setEnabled(not held)
        line.set_again(not held and not line.waits_for_budget,
                       AT_THE_CAP if line.waits_for_budget else "")

    def budget_saved(self, before: float | None, now: float | None) -> None:
        """Settings were saved with the budget per run ``now`` (``before`` when opened):
        raised (or unset), a budget stop's Run again goes on past where it stopped."""
        line = self.run_line
        if line is None or not line.waits_for_budget or not raised(before, now):
            return
        line.waits_for_budget = False
        line.set_again(self.progress is None or not self.progress.running)

    def _on_model_activity(self, act: Activity) -> None:
        self.add(act)

    def _on_model_file_written(self, _agent: str, path: str, change: str) -> None:
        if change != "unchanged":
            self._rewritten(path)

    def _on_model_file_deleted(self, _agent: str, path: str) -> None:
        self._rewritten(path)

    def _rewritten(self, path: str) -> None:
        """``path`` was written: the lines found in it before (this run's or an earlier
        one's) may point at other code now, and say so when clicked."""
        for item in self._found.pop(path, []):
            if self.feed.row(item) >= 0 and item.data(PATH_ROLE) == path:
                item.setData(REWRITTEN_ROLE, True)

    def _on_model_step_changed(self, _step: str, _state: str) -> None:
        self._show_steps()

    def _on_model_cost_changed(self, _tokens: int, _cost: object) -> None:
        self._show_totals()

    def _on_model_ended(self, _outcome: str) -> None:
        if self._live_run:
            self._hold_run_line(False)  # no line of its own (refused before it began)
        self.set_project(self._opened)  # a run refused before its first step: as before
        self.refresh()

    def _show_steps(self) -> None:
        """"✓ Plan  ⟳ Build  · Check …": a narrow column never breaks a line between a
        step's mark and its name (at 1024 px it left "✓" at a line's end and "Review" on the
        next). A step waiting for the person says so in place of the steps after it, which
        come back when the run goes on: with them the line broke in two at 1024x700 and
        pushed the feed down; the whole list is the tooltip."""
        if (p := self.progress) is not None:
            shown = []
            left = self._waits_left() if self._countdown else None
            for step, state in p.steps.items():
                shown.append(f"{STEP_ICON[state]}{NBSP}{step}")
                if state == "waiting":
                    shown[-1] += " · waiting for you"
                    break
                if state == "active" and left is not None:
                    # the step stands still while a model call waits: it says so, in words
                    # that fit the 1024 px column's one line (the feed's line says whose
                    # server and why: "the model's server…" wrapped the steps). Only a 429 is
                    # the server's ask: a failure's retry (HTTP 503, no connection) is ours
                    secs, asked = left
                    shown[-1] += (f" · the server asked us to wait {secs}{NBSP}s…" if asked
                                  else f" · asking the model again in {secs}{NBSP}s…")
                    break
            self.steps.setText(" ".join(shown))
            waiting = len(shown) < len(p.steps) or "waiting" in p.steps.values()
            self.steps.setToolTip(" ".join(f"{STEP_ICON[state]}{NBSP}{step}"
                                           for step, state in p.steps.items())
                                  if waiting else "")
            if self.steps.property("waiting") != waiting:  # in the warning colour, bold:
                self.steps.setProperty("waiting", waiting)  # the run stopped for the person
                self.steps.style().unpolish(self.steps)
                self.steps.style().polish(self.steps)

    def _show_totals(self) -> None:
        if (p := self.progress) is not None:
            tokens, cost = p.tokens, p.cost
            if (p, tokens, cost) != self._totals_shown:
                self._totals_shown = (p, tokens, cost)
                self.totals_shown.emit(p, tokens, cost)
            parts = [f"{tokens:,} tok"] if tokens else []
            if cost:
                parts.append(f"${cost:.4f}")
            self.totals.setText(" · ".join(parts))
            if self.totals.width() < self.totals.sizeHint().width():
                # laid out now, not at the next turn of the loop: a paint came first, and
                # the grown count showed cut mid-run ("1,114 tok · $0.00", walk14 #23)
                self.layout().activate()

    def refresh(self) -> None:
        p = self.progress
        if p is None:
            return
        self._show_steps()
        self._show_totals()
        for a in p.agents.values():
            item = self._keyed.get(a.key)
            if a.state == "streaming" and item is not None:
                # several workers of one agent share this line: it names every file still
                # streaming, and none that already landed
                note = a.writing_note() or (f"writing · {plural(len(a.files), 'file')} "
                                            "written so far" if a.files else "")
                if note:
                    item.setText(f"{a.name.title()} is {note}")
        self._tick()
        # a live run is bound before its start is told: its clock runs until it has ended
        # (it stopped at once, so "· N lines" grew only when another line came)
        if not p.running and (not self._live_run or p.run_id or p.outcome is not None):
            self.live.stop()
            self._ticking.clear()
            self._settle()

    def _waits_left(self) -> tuple[int, bool] | None:
        """(seconds until the soonest model call that waits asks again, whether its server
        asked for the wait), None when no call waits; each one's line in the feed says so,
        counting down."""
        now, soonest = monotonic(), None
        for key, (item, text, until, asked) in list(self._countdown.items()):
            if self.feed.row(item) < 0 or item.data(LEVEL_ROLE) != "active":
                del self._countdown[key]
                continue
            secs = max(0, ceil(until - now))
            # a failed call's line says its wait once ("…; asking again in 2.3 s"): counted
            # down in place, not "waiting 2.3 s to ask again · asking again in 2 s"
            base, again, _ = text.partition(AGAIN_IN)
            line = (f"{base}{again or ' · asking again in '}{secs} s" if secs
                    else f"{base}{'; asking again' if again else ' · asking again'}")
            if item.text() != line:
                item.setText(line)
            if soonest is None or secs < soonest[0]:
                soonest = (secs, asked)
        return soonest

    def _tick(self) -> None:
        """A running check's line says how long it has run, to the second."""
        now = monotonic()
        for key, (item, text, since) in list(self._ticking.items()):
            if self.feed.row(item) < 0 or item.data(LEVEL_ROLE) != "active":
                del self._ticking[key]
                continue
            secs = int(now - since)
            if secs < 2:  # a page load's second needs no clock
                continue
            line = f"{text} · {secs // 60}:{secs % 60:02d}"
            shown = item.text()
            if shown == line or shown.startswith(line + "\n"):
                continue
            detail = item.data(DETAIL_ROLE)
            if detail is not None:  # its details may be open: they stay open
                item.setData(DETAIL_ROLE, (line, detail[1]))
                if "\n" in shown:
                    line += "\n" + detail[1]
            item.setText(line)

    def _settle(self) -> None:
        """A run that ended leaves no spinner: a line still "in progress" (a worker stopped
        mid-file, a plan cut short) shows it was stopped."""
        from devora_desktop.ui.icons import icon

        for row in range(self.feed.count()):
            item = self.feed.item(row)
            if item.data(LEVEL_ROLE) == "active":
                item.setIcon(icon("cancelled"))
                item.setData(LEVEL_ROLE, "stopped")
                item.setText(item.text().replace(" is writing ", " stopped writing ")
                             .replace(" is planning ", " stopped planning "))

    def offer_run_again(self, text: str) -> None:
        """A line that says why a run has no answer, and runs its prompt again."""
        item = QListWidgetItem()
        self.feed.addItem(item)
        self._run_again_on(item, text)

    def refuse_runs(self, note: str | None) -> None:
        """``note``: why Run is greyed for this project (the offline templates can't change
        it; a run goes on in another): the feed's Run again was live beside it, and its
        click was refused or ran where Run would not. None: runs may start."""
        self.refused = note
        if self.run_line is not None and self.run_line.refused != note:
            self.run_line.refuse(note)
            self._fit_run_line()  # its reason's line comes or goes

    def cannot_start(self, reason: str) -> None:
        """A run that could not start (no model chosen, no key): why, and Settings where the
        way forward is there; no Run again, which would fail the same way (walk18 #38: the
        feed said only that the prompt was back, over Run again)."""
        from devora_desktop.ui.icons import icon

        item = QListWidgetItem()
        self.feed.addItem(item)
        self._run_again_on(item, f"The run did not start: {reason.rstrip('.')}.",
                           (SETTINGS,) if "Settings" in reason else ())
        if self.run_line is not None:
            self.run_line.set_icon(icon("error"))

    def offer_retry(self, progress: RunProgress, text: str = "", *,
                    new_project: bool = False) -> None:
        """A first run that kept nothing: one click runs the same prompt again, on the run's
        own line (a second line said the same again). ``text``: the line's words, when not
        the run's summary; ``new_project``: the run was to make one, which the offline
        templates can do instead when the plan refused it."""
        item = self._keyed.get("run")
        if item is None or self.feed.row(item) < 0 or self.feed.itemWidget(item) is not None:
            item = QListWidgetItem()
            self.feed.addItem(item)
        else:  # the line becomes the widget: the item's own text and icon would paint under it
            item.setText("")
            item.setIcon(QIcon())
            item.setToolTip("")
        # the plan refused it (Free's AI runs of the day): Run again would be refused the
        # same way until the plan changes (the prompt is back in the box for then); a new
        # project can be built offline now, which is no AI run (walk12 #17)
        # its budget stopped it: Run again alone stopped at the same cap (walk14 #12)
        buttons = ((UPGRADE, OFFLINE) if new_project else (UPGRADE,)) \
            if progress.plan_required else (RAISE, "Run again") if progress.budget_stop \
            else ("Run again",)
        self._run_again_on(item, text or progress.summary(), buttons)

    def _run_again_on(self, item: QListWidgetItem, text: str,
                      buttons: tuple[str, ...] = ("Run again",)) -> None:
        """``item`` becomes the run's line: ``text`` and its ``buttons`` (Run again, or
        Upgrade after a run the plan refused)."""
        from devora_desktop.ui.icons import icon

        line = RunLine(text, buttons)
        line.again.clicked.connect(self.retry_requested)
        line.offline.clicked.connect(self.offline_requested)
        line.upgrade.setIcon(icon("pro"))
        line.upgrade.clicked.connect(self.upgrade_requested)
        line.raise_budget.clicked.connect(self.budget_requested)
        line.settings.clicked.connect(self.settings_requested)
        line.set_icon(icon("cancelled"))
        self.feed.setItemWidget(item, line)
        self._now_the_run_line(line, item)
        self._scroll.start()

    def _now_the_run_line(self, line: RunLine, item: QListWidgetItem) -> None:
        """``line`` is the feed's last run line: an earlier line's Run again and Build it
        offline are spent (walk9 #7: after a stop, a 500 and a refused connection three live
        Run again buttons were stacked, and nothing said which was current). View changes
        and Revert stay: an older run's changes can still be looked at or undone."""
        old = self.run_line
        if old is not None and old is not line:
            spent = "A later run is below: its line has the way forward"
            old.offline.setEnabled(False)
            old.offline.setToolTip(spent)
            old.set_again(False, spent)
            if old.refused and self._run_item is not None and self.feed.row(self._run_item) >= 0:
                old.refuse(None)  # the later line says it
                self._fit(old, self._run_item)
        self.run_line, self._run_item = line, item
        line.refuse(self.refused)
        self._fit_run_line()
        self.updateGeometry()  # the splitter keeps the column wide enough for its buttons
