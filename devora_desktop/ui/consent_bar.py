"""The question checks and the full-stack preview need before running a project's code: a
non-modal bar (no dialog, no nested loop) that the engine awaits through ``ask(project)``.

It is asked only where nothing confines the project's code (agents/checking.py: with a
working sandbox checks just run), so its text says plainly what that code could do. The
answer is kept on the project, so each project is asked once; Settings' "run checks:
always / never" skips the question altogether.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.ui.plain import tip

if TYPE_CHECKING:
    from devora_desktop.core.models import Project


QUESTION = ("Let checks run this project's code on your computer? Nothing sandboxes it "
            "here.")


class ConsentBar(QFrame):
    answered = Signal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("consentBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)  # the question above its buttons: the chat column is narrow
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(self._why)
        self.run_button = QPushButton("Run checks")
        self.run_button.setDefault(True)
        self.skip_button = QPushButton("Not for this project")
        # side by side where they fit, one above the other where not: at 1024 px the chat
        # column is ~240 px, and the pair (~260 px) widened it when the question came,
        # cutting the centre's words ("read-only during t", "this computer or")
        self.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.skip_button)
        self.buttons.addWidget(self.run_button)
        layout.addWidget(self.label)
        layout.addLayout(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # see minimumSizeHint
        self.run_button.clicked.connect(lambda: self.answered.emit(True))
        self.skip_button.clicked.connect(lambda: self.answered.emit(False))
        self.hide()

    def _why(self, _link: str) -> None:
        """"Why?" clicked: the tooltip's full reason, without waiting for a hover."""
        QToolTip.showText(QCursor.pos(), self.label.toolTip(), self.label)

    def _side_by_side_width(self) -> int:
        m = self.layout().contentsMargins()
        return (self.skip_button.sizeHint().width() + self.run_button.sizeHint().width()
                + self.buttons.spacing() + m.left() + m.right())

    def minimumSizeHint(self) -> QSize:
        """As narrow as one button: the column keeps its width, the buttons stack."""
        m = self.layout().contentsMargins()
        width = max(self.skip_button.sizeHint().width(), self.run_button.sizeHint().width())
        return QSize(width + m.left() + m.right(), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        fits = self.width() >= self._side_by_side_width()
        self.buttons.setDirection(QBoxLayout.Direction.LeftToRight if fits
                                  else QBoxLayout.Direction.TopToBottom)

    async def ask(self, project: Project, risk: str = "") -> bool:
        """Show the question and wait for a click; a cancelled run hides it again. ``risk``
        says what is not confined here (agents.checking.risk_text)."""
        from devora_desktop.agents.checking import UNCONFINED

        # short enough for the chat column at 1024x700 (the whole paragraph was cut at its top
        # and bottom there); the rest is one hover or click on "Why?" away
        self.label.setText(f"{QUESTION} <a href=\"why\">Why?</a>")
        self.label.setToolTip(tip(
            f"Checks would build “{project.name}”, load its pages and run its tests on this "
            f"computer. {risk or UNCONFINED} Run checks only if you trust this project. "
            "(Asked once per project; Settings › Run checks sets a default.)"))
        return await shown_until(self, self.answered, self.run_button)


async def shown_until(bar: QFrame, answered: SignalInstance, first: QWidget) -> Any:
    """Show ``bar`` with the focus on ``first`` until ``answered`` fires, and return what it
    sent; then hide it and give the focus back to where the person was (a cancelled run
    hides it too). The window's questions to the person (this one, ui/shape_bar.py) wait so."""
    import asyncio  # not at import: the window is on screen before asyncio loads

    future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    def done(answer: Any) -> None:
        if not future.done():
            future.set_result(answer)

    answered.connect(done)
    before = QApplication.focusWidget()  # where the user was typing (the prompt, mostly)
    bar.setProperty("asking", True)  # hidden while another project is looked at
    bar.show()
    first.setFocus()
    try:
        return await future
    finally:
        answered.disconnect(done)
        had_focus = bar.isAncestorOf(QApplication.focusWidget())
        bar.setProperty("asking", False)
        bar.hide()  # alone, Qt would hand the focus to the next widget: the project filter
        if had_focus and before is not None and shiboken6.isValid(before) \
                and before.isVisible():
            before.setFocus()
