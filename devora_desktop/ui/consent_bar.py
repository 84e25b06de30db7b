"""The question checks and the full-stack preview need before running a project's code: a
non-modal bar (no dialog, no nested loop) that the engine awaits through ``ask(project)``.

It is asked only where nothing confines the project's code (agents/checking.py: with a
working sandbox checks just run), so its text says plainly what that code could do. The
answer is kept on the project, so each project is asked once; Settings' "run checks:
always / never" skips the question altogether.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

if TYPE_CHECKING:
    from devora_desktop.core.models import Project


class ConsentBar(QFrame):
    answered = Signal(bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("consentBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)  # the question above its buttons: the chat column is narrow
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.run_button = QPushButton("Run checks")
        self.run_button.setDefault(True)
        self.skip_button = QPushButton("Not for this project")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.run_button)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.run_button.clicked.connect(lambda: self.answered.emit(True))
        self.skip_button.clicked.connect(lambda: self.answered.emit(False))
        self.hide()

    async def ask(self, project: Project, risk: str = "") -> bool:
        """Show the question and wait for a click; a cancelled run hides it again. ``risk``
        says what is not confined here (agents.checking.risk_text)."""
        from devora_desktop.agents.checking import UNCONFINED

        self.label.setText(
            f"Check “{project.name}” for real? Devora would build it, load its pages and run "
            f"its tests on this computer. {risk or UNCONFINED} Run checks only if you trust "
            "this project. (Asked once per project; Settings › Run checks sets a default.)")
        import asyncio  # not at import: the window is on screen before asyncio loads

        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def done(answer: bool) -> None:
            if not future.done():
                future.set_result(answer)

        self.answered.connect(done)
        before = QApplication.focusWidget()  # where the user was typing (the prompt, mostly)
        self.show()
        self.run_button.setFocus()
        try:
            return await future
        finally:
            self.answered.disconnect(done)
            had_focus = self.isAncestorOf(QApplication.focusWidget())
            self.hide()  # alone, Qt would hand the focus to the next widget: the project filter
            if had_focus and before is not None and shiboken6.isValid(before) \
                    and before.isVisible():
                before.setFocus()
