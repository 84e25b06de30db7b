"""walk19's and the last stop's window findings, each driven as a person does (clicks, keys,
waitSignal): no stray window at start-up."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import bare_window


class _WindowsShown(QObject):
    """Every widget shown as a window of its own while it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Show and obj.isWidgetType() and obj.isWindow():
            text = obj.text() if callable(getattr(obj, "text", None)) else ""
            self.shown.append(f"{obj.metaObject().className()} {text!r}".strip())
        return False


def test_the_window_opens_with_no_other_window_beside_it(qtbot, aloop) -> None:
    """A small empty window (the Preview's Pick button, shown before the panel had placed
    it) stood at the screen's bottom-left for seconds at each start under a window manager
    (walk19 #18(a)). Building and showing the window shows it alone."""
    spy = _WindowsShown()
    app = QApplication.instance()
    app.installEventFilter(spy)
    try:
        w = bare_window(qtbot)
    finally:
        app.removeEventFilter(spy)
    assert w.center.preview.embedded  # the panel with its Pick button
    assert spy.shown == ["MainWindow ''"]
