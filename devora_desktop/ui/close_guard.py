"""Closing the window: Quit, or the window's close button, mid-run asks first (the run is lost
otherwise); a close that goes ahead saves the layout, and mid-run stops the run visibly
before the window goes. A programmatic close (SIGTERM, logout) stops the run without asking."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QMessageBox

from devora_desktop import APP_NAME
from devora_desktop.ui import layout_state
from devora_desktop.ui.confirm import confirm

if TYPE_CHECKING:
    from devora_desktop.ui.shell import CloseShell


class CloseGuard:
    def __init__(self, window: CloseShell) -> None:
        self.w = window
        self.closing = False  # the window is on its way out: nothing asks again
        self.box: QMessageBox | None = None  # the question, while it is open
        window.controller.running_changed.connect(self._on_run_running)
        window.quit_action.triggered.connect(self.quit)

    def quit(self) -> None:
        """File › Quit (and the close button, through ``may_close``)."""
        if not self.w.controller.running or self.closing:
            self.w.close()
            return
        last = self.w.controller.last
        # a new project's first run keeps nothing at all: there is no "before" to go back to
        kept = ("The project stays as it was before this run." if last and last[2] else
                "Nothing of the new project is kept.")
        self.box = confirm(self.w, "Stop the run and quit?",
                           "A run is in progress; quitting stops it and keeps nothing of it.",
                           "Stop the run and quit", self.w.close, detail=kept)

    def _on_run_running(self, running: bool) -> None:
        """The run ended while the question was open: it no longer warns of a loss (a
        person reading "keeps nothing" after v2 was saved would cancel, or fear it lost)."""
        box, self.box = self.box, None
        if running or box is None or not shiboken6.isValid(box) or not box.isVisible():
            return
        # the box keeps its width and its buttons their places (a line under the question
        # holds the width confirm() gave it, each button its own): the shorter words shrank
        # it, and Quit moved away from under the pointer aimed at "Stop the run and quit"
        # (the click hit nothing, walk25 #24)
        widths = {button: button.width() for button in box.buttons()}
        box.setWindowTitle("Quit?")
        box.setText("The run has ended; quitting now loses nothing.")
        box.setInformativeText("Quit closes Devora; Cancel keeps it open.")
        box.setIcon(QMessageBox.Icon.Question)
        for button, width in widths.items():
            if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole:
                button.setText("Quit")
            button.setMinimumWidth(width)

    def may_close(self, spontaneous: bool) -> bool:
        """The window's closeEvent asks: close now? If not, this has asked the person
        (``spontaneous``: the window manager's button) or is stopping the run first."""
        running = self.w.controller.running and not self.closing
        if spontaneous and running:
            self.quit()
            return False
        if self.w.ctx is not None and not self.closing:
            # what was typed and not run comes back with its project at the next start
            # (walk25 #17: a change typed while Run was refused was gone after a restart)
            layout_state.keep_drafts(self.w.ctx.paths.root, self.w.project_view.unrun())
            layout_state.save(self.w, self.w.splitters(), self.w.ctx.paths.root,
                              self.w.current.id)
        self.closing = True
        if running:  # stop the run first, visibly, then close
            self.w.setWindowTitle(f"{APP_NAME} — stopping the run…")
            self.w.statusBar().showMessage("Stopping the run and closing…")
            self.w.main.setEnabled(False)
            self.w.tasks.spawn(self._close_after_run(), name="close")
            return False
        return True

    async def _close_after_run(self) -> None:
        await self.w.controller.close()
        self.w.close()
