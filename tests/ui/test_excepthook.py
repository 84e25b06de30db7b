"""What a synchronous slot raises reaches the person as one line, like a background task's
error, with the traceback in the log (ui/tasks.install_excepthook, installed by app.py)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QObject, Signal

from devora_desktop.core.errors import DevoraError
from devora_desktop.ui.tasks import Notifier, install_excepthook


class Button(QObject):
    clicked = Signal()


@pytest.mark.qt_no_exception_capture
def test_a_slots_error_goes_to_the_notifier(qtbot, caplog: pytest.LogCaptureFixture) -> None:
    notifier = Notifier()
    restore = install_excepthook(notifier)
    button = Button()

    def broken() -> None:
        raise ZeroDivisionError("division by zero")

    def refused() -> None:
        raise DevoraError("the project folder is gone", hint="open another project")

    try:
        button.clicked.connect(broken)
        with caplog.at_level(logging.ERROR):
            button.clicked.emit()
        button.clicked.disconnect(broken)
        button.clicked.connect(refused)
        button.clicked.emit()
    finally:
        restore()
    assert notifier.history[0] == "Unexpected error (ZeroDivisionError): see Help › Open logs folder"
    assert "division by zero" in caplog.text  # the details, in the log only
    assert notifier.history[1].startswith("the project folder is gone")
