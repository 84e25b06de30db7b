"""Icons from qtawesome's bundled Material Design font, coloured by the current theme.

Font glyphs such as 🔒 or ⟳ depend on the fonts a machine has and render as boxes on many
Linux installs; these icons ship with the app. qtawesome costs ~0.2 s to import, so it is
loaded on the first ``icon()`` call, after the window is on screen.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QIcon, QIconEngine, QPixmap

from devora_desktop.ui import theme

NAMES = {
    "lock": "mdi6.lock", "unlocked": "mdi6.lock-open-variant", "pro": "mdi6.star-circle",
    "waiting": "mdi6.clock-outline", "streaming": "mdi6.progress-clock",
    "done": "mdi6.check-circle", "failed": "mdi6.close-circle", "cancelled": "mdi6.cancel",
    "skipped": "mdi6.minus-circle-outline", "warning": "mdi6.alert", "error": "mdi6.alert-circle",
    "info": "mdi6.information", "run": "mdi6.play", "stop": "mdi6.stop", "settings": "mdi6.cog",
    "export": "mdi6.export", "github": "mdi6.github", "vercel": "mdi6.triangle",
    "zip": "mdi6.archive-outline", "folder": "mdi6.folder", "preview": "mdi6.web",
    "code": "mdi6.code-tags", "changes": "mdi6.file-compare", "browser": "mdi6.open-in-new",
    "copy": "mdi6.content-copy", "copied": "mdi6.check", "reload": "mdi6.refresh",
    "key": "mdi6.key",
    "history": "mdi6.history", "new": "mdi6.plus", "search": "mdi6.magnify",
    "close": "mdi6.close", "connect": "mdi6.lan-connect", "sign-in": "mdi6.login",
    "bug": "mdi6.bug", "agent": "mdi6.robot",
}

#: Which theme colour each icon takes (others use the window text colour).
TINTS = {"lock": "lock", "pro": "accent", "waiting": "waiting", "streaming": "streaming",
         "done": "done", "failed": "failed", "cancelled": "cancelled", "skipped": "skipped",
         "warning": "warning", "error": "error", "info": "accent", "bug": "error",
         "copied": "done"}


def icon(name: str, color: str | None = None) -> QIcon:
    """The icon for ``name`` (a key of NAMES). It takes the colours of the theme in use each
    time it is painted, so icons made before a theme change follow it."""
    NAMES[name]  # an unknown name fails here, not at paint time
    return QIcon(_ThemedEngine(name, color))


_PIXMAPS: dict[tuple, QPixmap] = {}


class _ThemedEngine(QIconEngine):
    def __init__(self, name: str, color: str | None) -> None:
        super().__init__()
        self.name, self.color = name, color

    def colours(self) -> tuple[str, str, str]:
        """(tint, disabled, selected) in the theme in use: on a selected row the tint would
        sit on the selection colour (a red or blue icon on blue: 1.0-3.0:1), so selected
        icons take the selected text's colour."""
        t = theme.current()
        tint = self.color or (t.color(TINTS[self.name]) if self.name in TINTS
                              else t.window_text)
        return tint, t.disabled_text, t.highlighted_text

    def current(self) -> QIcon:
        return _icon(NAMES[self.name], *self.colours())

    def paint(self, painter, rect, mode, state) -> None:
        """Draw a pixmap rendered once per colour, size and state: qtawesome draws the glyph
        as text at every paint, and a streaming run repaints its tabs' and feed's icons
        dozens of times a second."""
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(QRect(rect), self._cached(rect.width(), rect.height(), ratio,
                                                     mode, state))

    def _cached(self, width: int, height: int, ratio: float, mode, state) -> QPixmap:
        colours = self.colours()
        key = (self.name, colours, width, height, ratio, mode, state)
        pixmap = _PIXMAPS.get(key)
        if pixmap is None:
            if len(_PIXMAPS) >= 512:  # theme switches and sizes come and go: start again
                _PIXMAPS.clear()
            pixmap = _icon(NAMES[self.name], *colours).pixmap(
                QSize(round(width * ratio), round(height * ratio)), mode, state)
            pixmap.setDevicePixelRatio(ratio)
            _PIXMAPS[key] = pixmap
        return pixmap

    def pixmap(self, size, mode, state):
        return self.current().pixmap(size, mode, state)

    def clone(self) -> QIconEngine:
        return _ThemedEngine(self.name, self.color)


@cache
def _font():
    """qtawesome's icon font object with the Material Design 6 set only: ``qtawesome.icon``
    loads all thirteen of its fonts, and the bundle ships just this one (packaging/README.md)."""
    os.environ.setdefault("QT_API", "pyside6")  # qtawesome goes through qtpy
    import qtawesome
    from qtawesome.iconic_font import IconicFont

    fonts = Path(qtawesome.__file__).parent / "fonts"
    ttf = next(fonts.glob("materialdesignicons6-webfont-[0-9]*.ttf"))
    charmap = next(fonts.glob("materialdesignicons6-webfont-charmap-*.json"))
    return IconicFont(("mdi6", ttf.name, charmap.name))


@cache
def _icon(spec: str, color: str, disabled: str, selected: str) -> QIcon:
    return _font().icon(spec, color=color, color_disabled=disabled, color_selected=selected)


def lock_note(feature: str) -> str:
    """The one line shown next to a locked feature."""
    return f"{feature} needs Pro — Help › License to upgrade or activate a key."
