"""Syntax highlighting: pygments lexes off the UI thread; Qt applies precomputed spans.

Spans are per line, in UTF-16 code units (Qt's unit), and one ``setFormat`` per token from a
format cache keeps ``highlightBlock`` cheap. A large file is re-highlighted in slices on a
timer so the event loop never stalls.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextDocument, QTextLayout

Span = tuple[int, int, str]  # start, length (UTF-16 units), token kind

COLORS_LIGHT = {"Keyword": "#8839ef", "Name.Function": "#1e66f5", "Name.Class": "#df8e1d",
                "Name.Tag": "#d20f39", "Name.Attribute": "#df8e1d", "Name.Builtin": "#fe640b",
                "String": "#40a02b", "Number": "#fe640b", "Comment": "#8c8fa1",
                "Operator": "#04a5e5", "Generic.Inserted": "#40a02b",
                "Generic.Deleted": "#d20f39", "Generic.Heading": "#1e66f5",
                "Generic.Subheading": "#8839ef"}


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def lex_spans(text: str, filename: str) -> list[list[Span]]:
    """Per-line spans for ``text`` (pure Python; run it in a worker thread)."""
    from pygments.lexers import get_lexer_for_filename
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_for_filename(filename, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return []
    lines: list[list[Span]] = [[]]
    col = 0
    for ttype, value in lexer.get_tokens(text):
        kind = _kind(ttype)
        parts = value.split("\n")
        for i, part in enumerate(parts):
            if i:
                lines.append([])
                col = 0
            n = _utf16_len(part)
            if kind and n:
                lines[-1].append((col, n, kind))
            col += n
    return lines


def _kind(ttype) -> str | None:
    while ttype is not None:
        name = str(ttype).removeprefix("Token.")
        if name in COLORS_LIGHT:
            return name
        ttype = ttype.parent
        if ttype is not None and str(ttype) == "Token":
            return None
    return None


class SpanHighlighter(QObject):
    """Applies spans to a document's blocks in slices, as QSyntaxHighlighter would
    (``QTextLayout.setFormats`` + ``markContentsDirty``) but without the full synchronous
    pass a QSyntaxHighlighter runs when attached (57 ms for 26k lines, measured)."""

    finished = Signal()

    def __init__(self, document: QTextDocument, slice_blocks: int = 200) -> None:
        super().__init__(document)
        self.doc = document
        self.spans: list[list[Span]] = []
        self._formats: dict[str, QTextCharFormat] = {}
        self._next = 0
        self._slice = slice_blocks
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self.done = True

    def _format(self, kind: str) -> QTextCharFormat:
        fmt = self._formats.get(kind)
        if fmt is None:
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(COLORS_LIGHT[kind]))
            if kind in ("Keyword", "Generic.Heading"):
                fmt.setFontWeight(QFont.Weight.DemiBold)
            if kind == "Comment":
                fmt.setFontItalic(True)
            self._formats[kind] = fmt
        return fmt

    def apply(self, spans: list[list[Span]]) -> None:
        self.spans = spans
        self._next = 0
        self.done = False
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.done = True

    def _step(self) -> None:
        end = min(self._next + self._slice, self.doc.blockCount(), len(self.spans))
        block = self.doc.findBlockByNumber(self._next)
        first = block.position() if block.isValid() else 0
        last = first
        while block.isValid() and block.blockNumber() < end:
            ranges = []
            for start, length, kind in self.spans[block.blockNumber()]:
                r = QTextLayout.FormatRange()
                r.start, r.length, r.format = start, length, self._format(kind)
                ranges.append(r)
            if ranges:
                block.layout().setFormats(ranges)
            last = block.position() + block.length()
            block = block.next()
        if last > first:
            self.doc.markContentsDirty(first, last - first)
        self._next = end
        if end >= min(self.doc.blockCount(), len(self.spans)):
            self._timer.stop()
            self.done = True
            self.finished.emit()
