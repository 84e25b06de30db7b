"""The prompt box with its mode, model, Run and Stop. Tab leaves the box (no keyboard trap);
Ctrl+Enter runs (the window's action), Esc stops."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.ui.budget import AT_THE_CAP, RAISE
from devora_desktop.ui.plain import plain_label, tip
from devora_desktop.ui.prompt_images import ImageStrip, PromptEdit

if TYPE_CHECKING:
    from devora_desktop.core.models import Mode

MODES = [("quick", "quick"), ("web", "web"), ("fullstack", "full-stack")]


PICKING = ("Pick: click an element on the page; the next run changes just that one "
           "(click Pick again to cancel)")


class ChatInput(QWidget):
    """Where the prompt is written, shaped as a chat app's composer (Dyad's ChatInput.tsx: a
    rounded box with its send button inside): the mode as a segmented control above it, the
    prompt and Stop/Run in one rounded frame, the model on a quiet line under it."""

    def __init__(self) -> None:
        super().__init__()
        from devora_desktop.ui import icons, theme

        self.target = QLabel()
        self.target.setObjectName("chat-target")
        self.target.setWordWrap(True)
        self.prompt = PromptEdit()
        self.prompt.setObjectName("prompt")
        self.prompt.setTabChangesFocus(True)
        # the shortcuts said where the eye is when the box is empty (Run says only "Run")
        self.prompt.setPlaceholderText("Describe the app you want, or a change to make… "
                                       "Ctrl+Enter runs it, Esc stops.")
        self.prompt.setMaximumHeight(90)
        self.prompt.setAccessibleName("Prompt")
        self.attachments = ImageStrip()  # screenshots pasted or dropped into the prompt
        self.picked = None  # ui.pick.Picked: the element the next run changes (Preview › Pick)
        self.pick_chip = QLabel()
        self.pick_chip.setObjectName("pick-chip")
        self.pick_chip.setWordWrap(True)
        self.pick_chip.setTextFormat(Qt.TextFormat.PlainText)  # page text: never markup
        self.unpick = QToolButton()
        self.unpick.setText("✕")
        self.unpick.setAccessibleName("Remove the picked element")
        self.unpick.setToolTip("Change the whole page again, not just this element")
        self.unpick.clicked.connect(lambda: self.set_picked(None))
        chip_row = QHBoxLayout()
        chip_row.addWidget(self.pick_chip, 1)
        chip_row.addWidget(self.unpick)
        self.prompt.image_added.connect(self.attachments.add)
        # the mode: a segmented control (checkable buttons in one exclusive group: the arrow
        # keys move the choice, as between radio buttons; each says its mode when read out)
        self.mode_bar = QFrame()
        self.mode_bar.setProperty("segmented", True)
        self.mode_bar.setAccessibleName("Mode")
        segments = QHBoxLayout(self.mode_bar)
        segments.setContentsMargins(2, 2, 2, 2)
        segments.setSpacing(2)
        self.modes = QButtonGroup(self)
        for i, (mode, label) in enumerate(MODES):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setProperty("mode", mode)
            button.setAccessibleName(f"{label} mode")
            self.modes.addButton(button, i)
            segments.addWidget(button)
        self.modes.button(1).setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.mode_bar)
        row.addStretch(1)
        self.model = QComboBox(editable=True)
        self.model.setObjectName("model-picker")  # quiet until pointed at (ui/theme.py)
        self.model.setToolTip("Model for this run (empty: Settings)")
        self.model.setMinimumWidth(90)
        self.model.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model.setMinimumContentsLength(8)
        self.model.lineEdit().setPlaceholderText("model: from Settings")
        self.run_button = QPushButton(icons.icon("run", theme.current().on_primary), "Run")
        self.run_button.setAccessibleName("Run")
        self.run_button.setAccessibleDescription("Ctrl+Enter")
        theme.set_variant("primary", self.run_button)  # the one filled button
        self.stop_button = QPushButton(icons.icon("stop"), "Stop")
        self.stop_button.setAccessibleName("Stop")
        self.stop_button.setAccessibleDescription("Esc")
        theme.set_variant("ghost", self.stop_button)
        self.stop_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        # after a budget stop, in Run's place while its prompt is in the box (wait_for_budget)
        self.raise_budget = QPushButton(RAISE)
        self.raise_budget.setToolTip(tip(AT_THE_CAP))
        theme.set_variant("primary", self.raise_budget)
        self.raise_budget.hide()
        buttons.addWidget(self.raise_budget)
        buttons.addWidget(self.run_button)
        self.composer = QFrame()
        self.composer.setObjectName("composer")
        inside = QVBoxLayout(self.composer)
        inside.setContentsMargins(6, 6, 6, 6)
        inside.setSpacing(4)
        inside.addWidget(self.prompt)
        inside.addWidget(self.attachments)
        inside.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.target)
        layout.addLayout(chip_row)
        layout.addLayout(row)
        layout.addWidget(self.composer)
        layout.addWidget(self.model)  # a line of its own: beside the modes it read "model: f…"
        # above the prompt: the box sits at the bottom of its column, so a line shown under
        # the modes moved them (and Run) up under the pointer (walk9 #10)
        self.lock_note = plain_label(QLabel())
        self.lock_note.setObjectName("mode-lock")
        self.lock_note.setWordWrap(True)
        self.lock_note.hide()
        layout.insertWidget(1, self.lock_note)
        # what a model run of this prompt will probably cost, before Run is pressed (it
        # was said only in the feed once the run had begun); above the prompt too
        self.estimate = QLabel()
        self.estimate.setObjectName("run-estimate")
        self.estimate.setWordWrap(True)
        self.estimate.hide()
        layout.insertWidget(2, self.estimate)
        self.locked: dict[str, str] = {}
        self.refused: str | None = None  # why no mode may run on this project (offline)
        self.running = False  # a run is in flight (set_running)
        self.budget_stopped: str | None = None  # the prompt a budget per run stopped
        self.prompt.textChanged.connect(self._show_lock)
        self.modes.idToggled.connect(lambda _i, _on: self._show_lock())
        self.set_target(None)
        self.set_picked(None)
        QApplication.instance().focusChanged.connect(self._on_focus)

    def _on_focus(self, _old, new) -> None:
        """The composer's rim shows the prompt's focus (the prompt inside it has no frame of
        its own). The app's focus signal, not the prompt's focus events: those left the rim
        grey when the window was activated with the prompt already focused."""
        focused = new is self.prompt
        if self.composer.property("focused") != focused:
            self.composer.setProperty("focused", focused)
            self.composer.style().unpolish(self.composer)
            self.composer.style().polish(self.composer)

    def put_back(self, text: str) -> None:
        """A prompt given back (a stopped or failed run, a draft kept for its project), all
        selected: what is typed next replaces it, End or an arrow key edits it. With the
        caret at its start the next prompt was glued in front of it ("a todo app with due
        datesa reading list with ratings")."""
        self.prompt.setPlainText(text)
        self.prompt.selectAll()

    def suggest(self, prompt: str) -> None:
        """An example chosen elsewhere: in the box to edit or run, the caret at its end
        (at its start, words typed next went in front of it: "…with ratingsA landing page")."""
        self.prompt.setPlainText(prompt)
        self.prompt.moveCursor(QTextCursor.MoveOperation.End)
        self.prompt.setFocus()

    def set_picked(self, picked) -> None:
        """The element a click in the preview picked (None: the whole page again)."""
        self.picked = picked
        self.pick_chip.setText(f"Only this element: {picked.chip()}" if picked else "")
        self.pick_chip.setToolTip(tip(picked.detail()) if picked else "")
        self.pick_chip.setVisible(picked is not None)
        self.unpick.setVisible(picked is not None)
        if picked is not None:
            self.prompt.setFocus()

    def set_picking(self, on: bool) -> None:
        """Preview › Pick is pressed: what to do now, where the chosen element's chip will
        show (the pressed button alone said nothing: walk9 #12)."""
        if on:
            self.pick_chip.setText(PICKING)
            self.pick_chip.setToolTip("")
            self.pick_chip.show()
        else:
            self.set_picked(self.picked)

    def set_locked(self, locked: dict[str, str]) -> None:
        """Modes the plan does not include (mode -> the line on what unlocks it): they stay
        choosable, with a lock, and say so before a run is tried."""
        from devora_desktop.ui import icons

        self.locked = dict(locked)
        for button in self.modes.buttons():
            note = self.locked.get(button.property("mode"))
            button.setIcon(icons.icon("lock") if note else QIcon())
            button.setToolTip(tip(note or ""))
        self._show_lock()

    def set_refused(self, note: str | None) -> None:
        """Why a run of this project would be refused whatever the mode (the offline
        templates cannot change an app), said under the prompt before one is tried."""
        self.refused = note
        self._show_lock()

    def locked_note(self) -> str | None:
        """The lock line of the chosen mode (or why any run is refused), or None when it
        may run."""
        return self.locked.get(self.modes.checkedButton().property("mode")) or self.refused \
            or (f"{AT_THE_CAP}, or change the prompt" if self._at_the_cap() else None)

    def wait_for_budget(self, prompt: str | None) -> None:
        """``prompt`` stopped at the budget per run: while it is in the box, Raise the
        budget… takes Run's place (Run stayed live and would stop at the same cap, polish15);
        another prompt runs as usual. None: the budget was raised, or it is another story."""
        self.budget_stopped = prompt.strip() if prompt else None
        self._show_lock()

    def _at_the_cap(self) -> bool:
        return self.budget_stopped is not None and \
            self.prompt.toPlainText().strip() == self.budget_stopped

    def _show_lock(self) -> None:
        note = self.locked_note()  # in the lock colour: the app's stylesheet, #mode-lock
        self.lock_note.setText(note or "")
        self.lock_note.setVisible(bool(note))
        self._show_run()

    def _show_run(self) -> None:
        """Run is greyed while a run goes, and while the chosen mode (or the provider) can't
        run this prompt: it looked enabled and a click did nothing but the status bar's line
        (walk8 #12); the line under the prompt says why, and so does the button's tip."""
        note = self.locked_note()
        self.run_button.setEnabled(not self.running and not note)
        self.run_button.setToolTip(tip(note or ""))
        capped = self._at_the_cap() and not self.running
        # in Stop's and Run's room, the one going hidden first: the three side by side, even
        # for a moment, widened the Activity column by 63 px at 1024
        going, coming = ([self.run_button, self.stop_button], [self.raise_budget]) if capped \
            else ([self.raise_budget], [self.run_button, self.stop_button])
        for button in going:
            button.hide()
        for button in coming:
            button.show()

    def mode(self) -> Mode:
        from devora_desktop.core.models import Mode

        return Mode(self.modes.checkedButton().property("mode"))

    def set_mode(self, mode: str) -> None:
        index = [m for m, _ in MODES].index(mode) if mode in [m for m, _ in MODES] else 1
        self.modes.button(index).setChecked(True)

    def set_target(self, project_name: str | None) -> None:
        """Say where the prompt goes: never make a new project silently."""
        if not project_name:  # the first frame's: no html module yet (ui/plain.py)
            self.target.setText("A prompt here starts a <b>new project</b>")
            return
        from html import escape

        self.target.setText(f"Changes go to <b>{escape(project_name)}</b>")

    def set_estimate(self, words: str) -> None:
        """``words``: what the next run will probably cost ("" hides the line)."""
        self.estimate.setText(f"This run: {words}" if words else "")
        self.estimate.setVisible(bool(words))

    def set_running(self, running: bool) -> None:
        self.running = running
        self._show_run()
        self.stop_button.setEnabled(running)
