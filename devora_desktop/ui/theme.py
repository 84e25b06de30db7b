"""Light, dark, or follow the system.

Qt's colour-scheme hint is ignored by some platform plugins (offscreen, older Linux themes),
so an explicit palette is applied: the result is the same on every platform.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_DARK = {
    QPalette.ColorRole.Window: "#1e1e2a", QPalette.ColorRole.WindowText: "#e6e6f0",
    QPalette.ColorRole.Base: "#16161f", QPalette.ColorRole.AlternateBase: "#232332",
    QPalette.ColorRole.Text: "#e6e6f0", QPalette.ColorRole.Button: "#2a2a3a",
    QPalette.ColorRole.ButtonText: "#e6e6f0", QPalette.ColorRole.Highlight: "#5b5bd6",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2a2a3a",
    QPalette.ColorRole.ToolTipText: "#e6e6f0", QPalette.ColorRole.PlaceholderText: "#8c8fa1",
    QPalette.ColorRole.Link: "#8fa8ff",
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(theme: str) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if theme == "system":
        if hasattr(app.styleHints(), "unsetColorScheme"):
            app.styleHints().unsetColorScheme()
        app.setPalette(app.style().standardPalette())
        return
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    if theme == "dark":
        for role, color in _DARK.items():
            palette.setColor(role, QColor(color))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text,
                         QColor("#6c6c80"))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText,
                         QColor("#6c6c80"))
    if hasattr(app.styleHints(), "setColorScheme"):
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark if theme == "dark"
                                        else Qt.ColorScheme.Light)
    app.setPalette(palette)
