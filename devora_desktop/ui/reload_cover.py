"""The page as it was, held over the preview while it reloads in place.

A reload of a page its script builds showed, for a few hundred milliseconds, the page's top
with nothing under its heading (the script had not run yet), then the list at the top, then
the place the person was at (ui/keep_scroll.py brings it back). The cover is a still of the
view taken before the reload, laid over it (the view stays shown underneath: a hidden page's
timers are throttled, which would slow the very script the reload waits for), and lifted once
the place is back, the load failed, or after a cap."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from devora_desktop.ui.keep_scroll import WAIT_MS

#: the longest the person looks at the still: the keeper's own wait, and a little more
CAP_MS = WAIT_MS + 500


class ReloadCover(QLabel):
    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.view = view
        self.hide()
        self.cap = QTimer(self, singleShot=True, interval=CAP_MS)
        self.cap.timeout.connect(self.lift)

    @property
    def on(self) -> bool:
        return not self.isHidden()

    def hold(self) -> None:
        """Lay a still of the view over it (a reload over one still loading keeps the first
        still: the view shows that load's unfinished page now)."""
        if self.on or not self.view.isVisible():
            return
        self.setPixmap(self.view.grab())
        self.setGeometry(self.view.rect())
        self.show()
        self.raise_()
        self.cap.start()

    def lift(self) -> None:
        self.cap.stop()
        self.hide()
        self.clear()  # the still's memory goes with it
