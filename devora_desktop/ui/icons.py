"""Icons from the Material Design Icons font, coloured by the current theme.

Font glyphs such as 🔒 or ⟳ depend on the fonts a machine has and render as boxes on many
Linux installs; these icons ship with the app. The glyphs are drawn here, as qtawesome's
painter draws them (the glyph at 7/8 of the icon's height, centred), without importing
qtawesome: through qtpy it imports every Qt module PySide6 has (0.2-0.8 s), and the window's
first paint draws its icons, so that was start-up time before the window showed
(bench/startup.py). For the same reason the font is ours, cut to the glyphs NAMES asks for
(resources/fonts/mdi6-devora.ttf, made by packaging/icon_font.py): qtawesome's whole font
(1.3 MB, 7,367 glyphs) and its charmap cost ~15 ms before the first frame.
"""

from __future__ import annotations

import json
from functools import cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

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

    def paint(self, painter, rect, mode, state) -> None:
        """Draw a pixmap rendered once per colour, size and state: a streaming run repaints
        its tabs' and feed's icons dozens of times a second."""
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(QRect(rect), self._cached(rect.width(), rect.height(), ratio, mode))

    def pixmap(self, size, mode, state) -> QPixmap:
        """What buttons and tabs paint (QIcon.pixmap): the same cached pixmaps (drawing the
        glyph at each of their paints was a tenth of the Qt thread's work in a run)."""
        return self._cached(size.width(), size.height(), 1.0, mode)

    def _cached(self, width: int, height: int, ratio: float, mode) -> QPixmap:
        tint, disabled, selected = self.colours()
        colour = disabled if mode == QIcon.Mode.Disabled else \
            selected if mode == QIcon.Mode.Selected else tint
        key = (self.name, colour, width, height, ratio)
        pixmap = _PIXMAPS.get(key)
        if pixmap is None:
            if len(_PIXMAPS) >= 512:  # theme switches and sizes come and go: start again
                _PIXMAPS.clear()
            pixmap = _draw(NAMES[self.name], colour, round(width * ratio),
                           round(height * ratio))
            pixmap.setDevicePixelRatio(ratio)
            _PIXMAPS[key] = pixmap
        return pixmap

    def clone(self) -> QIconEngine:
        return _ThemedEngine(self.name, self.color)


#: the icon font and its code points (packaging/icon_font.py makes both from NAMES)
FONT = theme.FONTS / "mdi6-devora.ttf"
CHARMAP = theme.FONTS / "mdi6-devora.json"


@cache
def _font() -> tuple[str, dict[str, str]]:
    """The icon font's family, loaded into Qt, and its code point per icon name."""
    family = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(FONT)))[0]
    return family, json.loads(CHARMAP.read_text())  # name -> hex code point


def _draw(spec: str, colour: str, width: int, height: int) -> QPixmap:
    """``spec`` ("mdi6.lock")'s glyph in ``colour`` on a transparent pixmap."""
    family, glyphs = _font()
    pixmap = QPixmap(max(width, 1), max(height, 1))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    font = QFont(family)
    font.setPixelSize(max(round(0.875 * height), 1))
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(QRect(0, 0, width, height), int(Qt.AlignmentFlag.AlignCenter),
                     chr(int(glyphs[spec.partition(".")[2]], 16)))
    painter.end()
    return pixmap


def lock_note(feature: str) -> str:
    """The one line shown next to a locked feature."""
    return f"{feature} needs Pro — Help › License to upgrade or activate a key."


def mode_locks(features: frozenset[str] | set[str] | None) -> dict[str, str]:
    """The prompt's modes a plan leaves locked (mode -> its line). ``None``: the plan is not
    read yet (the window shows before the data folder opens), and full-stack wears Free's
    lock until it is: it was offered open to a Free plan for seconds at start."""
    if features is not None and "mode.fullstack" in features:
        return {}
    return {"fullstack": lock_note("Full-stack mode")}


class TintSelection(QStyledItemDelegate):
    """Rows whose selection is a light tint (ui/theme.py: the feed and the sidebar's lists)
    keep a selected row's icon in its own colours. Qt draws it in the Selected mode, made for
    the strong highlight colour: white on lavender read at 1.3:1 and the error's "!"
    vanished (walk15 #24)."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        self.fit(option, index)
        if option.state & QStyle.StateFlag.State_Selected and not option.icon.isNull():
            ratio = option.widget.devicePixelRatioF() if option.widget is not None else 1.0
            normal = option.icon.pixmap(option.decorationSize, ratio, QIcon.Mode.Normal)
            kept = QIcon(normal)
            kept.addPixmap(normal, QIcon.Mode.Selected)
            option.icon = kept

    def fit(self, option, index) -> None:
        """A subclass's changes to ``option`` (its icon's size) before the icon is kept."""
