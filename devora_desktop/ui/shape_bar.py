"""The offline templates' question when a prompt reads as more than one app: "Build it as:
[Habit tracker] [Board] [List]", a non-modal bar above the prompt that the engine awaits
through ``ask(choices)`` (agents/shape_question.py), as it awaits the checks' consent
(consent_bar.py). Each button says what the app is in its tooltip; the first has the focus,
Tab moves along them and Enter or Space picks one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
)

from devora_desktop.ui.consent_bar import shown_until
from devora_desktop.ui.plain import plain_label, tip

if TYPE_CHECKING:
    from devora_desktop.agents.events import ShapeChoice

class ShapeBar(QFrame):
    chosen = Signal(str)  # the shape picked

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("shapeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)  # the question above its buttons: the chat column is narrow
        self.label = plain_label(QLabel())
        self.label.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        # side by side where they fit, one above the other where not (at 1024 px the chat
        # column is ~240 px)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        layout.addWidget(self.label)
        layout.addLayout(self.row)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see minimumSizeHint
        self.hide()

    def _fill(self, choices: list[ShapeChoice]) -> None:
        for button in self.buttons:
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for c in choices:
            button = QPushButton(c.name)
            button.setToolTip(tip(c.label[:1].upper() + c.label[1:]))
            button.setAccessibleName(f"Build it as {c.label}")
            button.setAutoDefault(True)
            button.clicked.connect(lambda _=False, shape=c.shape: self.chosen.emit(shape))
            self.row.addWidget(button)
            self.buttons.append(button)
        from devora_desktop.agents.shape_question import asked  # the engine's: not before
        # the window is on screen (pydantic and the templates, ~0.3 s of start-up)

        self.label.setText(asked(choices))
        self._lay_out()

    def _side_by_side_width(self) -> int:
        m = self.layout().contentsMargins()
        return (sum(b.sizeHint().width() for b in self.buttons)
                + self.row.spacing() * max(0, len(self.buttons) - 1) + m.left() + m.right())

    def minimumSizeHint(self) -> QSize:
        """As narrow as its widest button: the column keeps its width, the buttons stack."""
        m = self.layout().contentsMargins()
        width = max((b.sizeHint().width() for b in self.buttons), default=0)
        return QSize(width + m.left() + m.right(), super().minimumSizeHint().height())

    def _lay_out(self) -> None:
        fits = self.width() >= self._side_by_side_width()
        self.row.setDirection(QBoxLayout.Direction.LeftToRight if fits
                              else QBoxLayout.Direction.TopToBottom)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lay_out()

    async def ask(self, choices: list[ShapeChoice]) -> str:
        """Show the choices and wait for a click (or Enter on one); a cancelled run hides the
        bar again."""
        self._fill(choices)
        return await shown_until(self, self.chosen, self.buttons[0])
