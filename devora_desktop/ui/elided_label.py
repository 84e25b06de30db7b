"""A one-line label that ends in "…" where its room ends. A QLabel given less room than its
text (an Ignored size policy, so a long path cannot widen the window) cuts mid-letter: the
Code view's title read "components/TaskBoard.tsx — read-only during t" at 1024 px."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QLabel


class ElidedLabel(QLabel):
    """``text()`` stays whole (the tooltip or a test can read it); only the drawing ends in
    "…" when it does not fit."""

    def shown_text(self) -> str:
        """What is drawn: the text, or its start and "…"."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(),
                                  int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), self.shown_text(),
                                  QPalette.ColorRole.WindowText)
