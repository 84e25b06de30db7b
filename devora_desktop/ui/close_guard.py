"""Closing the window: Quit, or the window's close button, mid-run asks first (the run is lost
otherwise); a close that goes ahead saves the layout, and mid-run stops the run visibly
before the window goes. A programmatic close (SIGTERM, logout) stops the run without asking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from devora_desktop import APP_NAME
from devora_desktop.ui import layout_state
from devora_desktop.ui.confirm import confirm

if TYPE_CHECKING:
    from devora_desktop.ui.shell import CloseShell


class CloseGuard:
    def __init__(self, window: CloseShell) -> None:
        self.w = window
        self.closing = False  # the window is on its way out: nothing asks again

    def quit(self) -> None:
        """File › Quit (and the close button, through ``may_close``)."""
        if not self.w.controller.running or self.closing:
            self.w.close()
            return
        confirm(self.w, "Stop the run and quit?",
                "A run is in progress; quitting stops it and keeps nothing of it.",
                "Stop the run and quit", self.w.close,
                detail="The project stays as it was before this run.")

    def may_close(self, spontaneous: bool) -> bool:
        """The window's closeEvent asks: close now? If not, this has asked the person
        (``spontaneous``: the window manager's button) or is stopping the run first."""
        running = self.w.controller.running and not self.closing
        if spontaneous and running:
            self.quit()
            return False
        if self.w.ctx is not None and not self.closing:
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
