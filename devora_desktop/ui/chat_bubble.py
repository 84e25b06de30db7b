"""The feed drawn as a chat: a person's prompt is a bubble on the right (Dyad's
ChatMessage.tsx: the user's message in a rounded box of the sidebar's accent, set in from the
left; the assistant's lines unboxed), the run's lines stay quiet rows with their icons.

The item keeps its text ("you: a task app"): that is what a screen reader says and what the
tests read; only the drawing differs.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QStyle, QStyleOptionViewItem

from devora_desktop.ui import theme
from devora_desktop.ui.icons import TintSelection

SPEAKER_ROLE = Qt.ItemDataRole.UserRole + 4  # "you" on a person's prompt
PREFIX = "you: "
PAD = 8  # inside the bubble, on the 8-px rhythm
GAP = 4  # above and below it
INSET = 0.2  # the share of the row's width left free on the bubble's left
DRAWN_BYTES = 8 << 20  # the run lines kept drawn: ~100 rows of 700x30 px at 1x


def _size(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4


class ChatDelegate(TintSelection):
    """Draws items whose SPEAKER_ROLE is "you" as bubbles; every other row as the list's
    style draws it."""

    def __init__(self, feed: QListWidget) -> None:
        super().__init__(feed)
        self.feed = feed
        #: each row's size by what decides it (see sizeHint)
        self._sizes: dict[tuple, QSize] = {}
        self._pixmaps: dict[tuple, QPixmap] = {}  # each run line as drawn (see _drawn)
        self._bytes = 0  # what they hold

    @staticmethod
    def said(index) -> str:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        return text[len(PREFIX):] if text.startswith(PREFIX) else text

    def _text_width(self) -> int:
        row = self.feed.viewport().width() - 2 * GAP
        return max(60, int(row * (1 - INSET)) - 2 * PAD)

    def _text_rect(self, option, index) -> QRect:
        flags = int(Qt.TextFlag.TextWordWrap)
        return option.fontMetrics.boundingRect(QRect(0, 0, self._text_width(), 100_000), flags,
                                               self.said(index))

    def sizeHint(self, option, index) -> QSize:
        """Measured once per row's text, icon, width, font and theme: the list lays out
        every row again at each line added (QListView's rowsInserted), and measuring a
        wrapped line is ~75 us of text layout, so the Qt thread spent 3-8 ms at each new
        line of a long feed (more as it grew) in this one call."""
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        key = (index.data(Qt.ItemDataRole.DisplayRole), index.data(SPEAKER_ROLE),
               icon is not None and not icon.isNull(),
               index.data(Qt.ItemDataRole.SizeHintRole), self.feed.viewport().width(),
               option.font.key(), theme.current().name)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= 4096:  # lines come and go with runs: start again
                self._sizes.clear()
            size = self._sizes[key] = self._measure(option, index)
        return QSize(size)

    def _measure(self, option, index) -> QSize:
        if index.data(SPEAKER_ROLE) != "you":
            # measured at the width the row is painted at: the list's layout asks 4 px
            # narrower, so a line that wraps just there was given a third line's height and
            # painted in two over a blank ~17-25 px (walk24 #28)
            painted = QStyleOptionViewItem(option)
            painted.rect = QRect(option.rect.x(), option.rect.y(), self.feed.viewport().width(),
                                 option.rect.height())
            return super().sizeHint(painted, index)
        text = self._text_rect(option, index)
        return QSize(self.feed.viewport().width() - 2 * GAP, text.height() + 2 * PAD + 2 * GAP)

    def _drawn(self, painter: QPainter, option, index) -> QPixmap:
        """A run's line as the style draws it, drawn once per text, icon, colour, size, state
        and theme: the feed repaints whole at each line added (it scrolls to its end) and
        as the mouse moves over it, and the style's drawing of a row (its stylesheet's
        rules, the wrapped text, the icon) was ~60 us, 2.5 ms a paint of a 40-line feed."""
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        size = option.rect.size()
        key = (index.data(Qt.ItemDataRole.DisplayRole), icon.cacheKey() if icon else 0,
               colour.color().rgba() if colour is not None else None, size.width(),
               size.height(), option.state, option.font.key(), theme.current().name, ratio)
        pixmap = self._pixmaps.pop(key, None)
        if pixmap is not None:
            self._pixmaps[key] = pixmap  # the most recently used last
        else:
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            drawn = QStyleOptionViewItem(option)
            drawn.rect = QRect(QPoint(0, 0), size)
            on = QPainter(pixmap)
            super().paint(on, drawn, index)
            on.end()
            self._pixmaps[key] = pixmap
            self._bytes += _size(pixmap)
            while self._bytes > DRAWN_BYTES:  # the least recently used go first (a line
                # that streams is drawn anew at each of its texts)
                self._bytes -= _size(self._pixmaps.pop(next(iter(self._pixmaps))))
        return pixmap

    def updateEditorGeometry(self, editor, option, index) -> None:
        """A run's line (a widget on its row) takes the whole row: the base class set it in
        the row's text rectangle, short of the stylesheet's padding, which cut off the
        bottoms of its View changes and Revert."""
        editor.setGeometry(option.rect)

    def paint(self, painter: QPainter, option, index) -> None:
        if index.data(SPEAKER_ROLE) != "you":
            painter.drawPixmap(option.rect.topLeft(), self._drawn(painter, option, index))
            return
        t = theme.current()
        text = self._text_rect(option, index)
        width = text.width() + 2 * PAD
        box = QRectF(option.rect.right() - GAP - width, option.rect.top() + GAP, width,
                     option.rect.height() - 2 * GAP)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(box, theme.RADIUS["l"], theme.RADIUS["l"])
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor(t.states["accent"]), 1.5) if selected else Qt.PenStyle.NoPen)
        painter.fillPath(path, QColor(t.bubble))
        painter.drawPath(path)
        painter.setPen(QColor(t.text))
        painter.setFont(option.font)
        painter.drawText(box.adjusted(PAD, PAD, -PAD, -PAD), int(Qt.TextFlag.TextWordWrap),
                         self.said(index))
        painter.restore()
