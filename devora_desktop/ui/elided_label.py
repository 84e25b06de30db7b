"""A one-line label that ends in "…" where its room ends. A QLabel given less room than its
text (an Ignored size policy, so a long path cannot widen the window) cuts mid-letter: the
Code view's title read "components/TaskBoard.tsx — read-only during t" at 1024 px."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QLabel


class ElidedLabel(QLabel):
    """``text()`` stays whole (the tooltip or a test can read it); only the drawing ends in
    "…" when it does not fit. Shorter wordings (:meth:`set_wordings`) come first: the
    first that fits is drawn, and the last is cut only when none does."""

    wordings: tuple[str, ...] = ()

    def set_wordings(self, text: str, *shorter: str) -> None:
        """``text``, or where it does not fit the first of ``shorter`` that does (the least
        useful parts left out first), each said whole."""
        self.wordings = shorter
        self.setText(text)
        self.update()  # the same text with other wordings is drawn anew

    def shown_text(self) -> str:
        """What is drawn: the text or the first shorter wording that fits, or the last
        one's start and "…"."""
        room = self.contentsRect().width()
        metrics = self.fontMetrics()
        for said in (self.text(), *self.wordings):
            if metrics.horizontalAdvance(said) <= room:
                return said
        return metrics.elidedText((self.wordings or (self.text(),))[-1],
                                  Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(),
                                  int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), self.shown_text(),
                                  QPalette.ColorRole.WindowText)
