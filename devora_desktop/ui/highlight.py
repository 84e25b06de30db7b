"""Syntax highlighting: pygments lexes off the UI thread; Qt applies precomputed spans.

Spans are per line, in UTF-16 code units (Qt's unit), and one ``setFormat`` per token from a
format cache keeps ``highlightBlock`` cheap. A large file is re-highlighted in slices on a
timer so the event loop never stalls.

The screen comes first: the lines in view are lexed on the spot (a window of a few dozen
lines takes a few ms) when a file opens or the view jumps, and the whole-file spans replace
them when the worker is done. Finding a lexer goes through our own table of pygments' lexer
patterns, because ``get_lexer_for_filename`` scans plugins and costs ~200 ms the first time.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import posixpath
import threading
import time
from collections.abc import Iterator
from fnmatch import fnmatchcase

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextDocument, QTextLayout

from devora_desktop.ui import theme

Span = tuple[int, int, str]  # start, length (UTF-16 units), token kind

#: Token kinds that get a colour; the colours are the theme's (ui.theme, AA-checked).
KINDS = frozenset(theme.LIGHT.syntax)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@functools.cache
def _lexer_table() -> tuple[dict[str, list[tuple[str, str]]], list[tuple[str, str, str]]]:
    """pygments' file patterns: ``*.ext`` by extension, the rest as (pattern, module, class)."""
    from pygments.lexers._mapping import LEXERS

    by_ext: dict[str, list[tuple[str, str]]] = {}
    others: list[tuple[str, str, str]] = []
    for cls, (module, _name, _aliases, patterns, _mimes) in LEXERS.items():
        for pattern in patterns:
            ext = pattern[2:]
            if pattern.startswith("*.") and not any(c in ext for c in "*?["):
                by_ext.setdefault(ext.lower(), []).append((module, cls))
            else:
                others.append((pattern, module, cls))
    return by_ext, others


#: Lexers of the files Devora writes: compiled ahead so their first file opens in a frame.
COMMON = ("x.py", "x.tsx", "x.ts", "x.js", "x.jsx", "x.html", "x.css", "x.sql", "x.json",
          "x.md", "x.sh", "x.yaml", "x.toml", "x.mjs")


#: Touches the usual token kinds, so their colours are looked up once, ahead of time.
_SAMPLE = ('import os  # note\n"""doc"""\nclass A(B):\n    def f(self, x=1.5):\n'
           '        return {"k": [x, 0x1F, \'s\']} if x else None\n'
           '<div class="a" id=\'b\'>text</div>\n/* c */ .a { color: #fff; }\n'
           'SELECT id FROM t WHERE n = 2; -- c\nconst f = (a) => `t ${a}`;\n')


def _compile_common() -> None:
    for name in COMMON:
        cls = lexer_class(name)
        if cls is not None:
            _spans(cls, _SAMPLE)


@functools.cache
def warm_up() -> None:
    """Build the lexer table and compile the common lexers in a daemon thread (once)."""
    threading.Thread(target=_compile_common, name="devora-lexers", daemon=True).start()


def warmed() -> bool:
    """The common lexers are compiled (the app's viewer is this far before a first file)."""
    return all((cls := lexer_class(n)) is None or compiled(cls) for n in COMMON)


def compiled(cls: type) -> bool:
    """A regex lexer compiles its rules on first use (~50 ms): not on the UI thread."""
    from pygments.lexer import RegexLexer

    return not issubclass(cls, RegexLexer) or "_tokens" in cls.__dict__


@functools.lru_cache(maxsize=256)
def lexer_class(filename: str) -> type | None:
    """The pygments lexer class for a file name, or None. Of several candidates (``.sql``,
    ``.h``) the plainest (shortest class name) wins, the same every time."""
    base = posixpath.basename(filename.replace("\\", "/"))
    by_ext, others = _lexer_table()
    found = by_ext.get(base.rpartition(".")[2].lower(), []) if "." in base else []
    if not found:
        found = [(m, c) for pattern, m, c in others if fnmatchcase(base, pattern)]
    if not found:
        return None
    module, cls = min(found, key=lambda mc: (len(mc[1]), mc[1]))
    return getattr(importlib.import_module(module), cls)


#: Clear while the UI thread colours a screenful: the background lexer then waits (without
#: the GIL) at its next yield point instead of competing with it for the interpreter.
_background_may_run = threading.Event()
_background_may_run.set()


@contextlib.contextmanager
def ui_turn() -> Iterator[None]:
    """Hold the background lexer back while the UI thread lexes and paints what is on screen
    (a jump to the end of a big file took 25 ms of wall time for 6 ms of work)."""
    _background_may_run.clear()
    try:
        yield
    finally:
        _background_may_run.set()


def lex_spans(text: str, filename: str) -> list[list[Span]]:
    """Per-line spans for ``text`` (pure Python; run it in a worker thread). The worker
    lets go of the GIL every few hundred tokens, so a screenful the UI thread lexes after a
    jump does not wait a whole switch interval behind it."""
    cls = lexer_class(filename)
    return _spans(cls, text, yield_every=256) if cls is not None else []


def lex_window(lines: list[str], filename: str, context: int,
               budget: float | None = None) -> list[list[Span]]:
    """Spans for ``lines[context:]``, lexed from ``lines[0]`` so that a few lines before the
    window set the lexer's state. Good enough for a first look at a screenful; the whole-file
    pass corrects what starts inside a long string or comment. Nothing ([]) when the lexer
    is not compiled yet: the background pass compiles it. ``budget``: seconds of the
    thread's CPU at most; the lines lexed by then (fewer), the rest left to that pass."""
    cls = lexer_class(filename)
    if cls is None or not compiled(cls):
        return []
    return _spans(cls, "\n".join(lines), budget=budget)[context:]


def _spans(cls: type, text: str, yield_every: int = 0,
           budget: float | None = None) -> list[list[Span]]:
    lexer = cls(stripnl=False, ensurenl=False)
    lines: list[list[Span]] = [[]]
    col = 0
    deadline = None if budget is None else time.thread_time() + budget
    for count, (ttype, value) in enumerate(lexer.get_tokens(text)):
        if yield_every and count % yield_every == 0:
            time.sleep(0)  # releases the GIL: a waiting UI thread runs now
            _background_may_run.wait(0.05)  # and keeps out while the UI colours a screen
        if deadline is not None and count % 32 == 0 and time.thread_time() > deadline:
            return lines[:-1]  # the line cut short is coloured whole, later
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


@functools.cache
def _kind(ttype) -> str | None:
    while ttype is not None:
        name = str(ttype).removeprefix("Token.").removeprefix("Literal.")
        if name in KINDS:
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
        self._formats: dict[str, dict[str, QTextCharFormat]] = {}  # theme -> kind -> format
        self._next = 0
        self._slice = slice_blocks
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self.done = True
        self._final = bytearray()   # 1: the block has its whole-file spans
        self._rough: set[int] = set()  # blocks coloured from a window lex

    def _table(self) -> dict[str, QTextCharFormat]:
        """The formats of the theme in use (looked up once per block, not per token)."""
        return self._formats.setdefault(theme.current().name, {})

    def _format(self, kind: str, table: dict[str, QTextCharFormat]) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(theme.current().syntax[kind]))
        if kind in ("Keyword", "Generic.Heading"):
            fmt.setFontWeight(QFont.Weight.DemiBold)
        if kind == "Comment":
            fmt.setFontItalic(True)
        table[kind] = fmt
        return fmt

    def apply(self, spans: list[list[Span]]) -> None:
        self.spans = spans
        self._next = 0
        self.done = False
        self._final = bytearray(len(spans))
        self._timer.start()

    def reset(self) -> None:
        """A new text: nothing is coloured yet."""
        self.stop()
        self.spans = []
        self._final = bytearray()
        self._rough = set()

    def stop(self) -> None:
        self._timer.stop()
        self.done = True

    def coloured(self, first: int, last: int) -> bool:
        """True when blocks ``first``..``last - 1`` carry spans (final or from a window)."""
        final = self._final
        return all((n < len(final) and final[n]) or n in self._rough
                   for n in range(first, last))

    def paint_window(self, first: int, spans: list[list[Span]]) -> None:
        """Colour blocks from ``first`` with spans lexed for just those lines, unless the
        whole-file spans already coloured them; those replace these when they arrive."""
        block = self.doc.findBlockByNumber(first)
        start = block.position() if block.isValid() else 0
        end = start
        for line in spans:
            if not block.isValid():
                break
            n = block.blockNumber()
            if not (n < len(self._final) and self._final[n]):
                self._set(block, line)
                self._rough.add(n)
            end = block.position() + block.length()
            block = block.next()
        if end > start:
            self.doc.markContentsDirty(start, end - start)

    def prioritize(self, first: int, last: int) -> None:
        """Apply the whole-file spans to blocks ``first``..``last - 1`` now (the view jumped
        ahead of the background pass)."""
        last = min(last, self.doc.blockCount(), len(self.spans))
        block = self.doc.findBlockByNumber(first)
        start = block.position() if block.isValid() else 0
        end = start
        while block.isValid() and block.blockNumber() < last:
            n = block.blockNumber()
            if not self._final[n]:
                self._set(block, self.spans[n])
                self._final[n] = 1
                end = block.position() + block.length()
            block = block.next()
        if end > start:
            self.doc.markContentsDirty(start, end - start)

    def _set(self, block, line: list[Span]) -> None:
        ranges = []
        table = self._table()
        for start, length, kind in line:
            r = QTextLayout.FormatRange()
            r.start, r.length = start, length
            r.format = table.get(kind) or self._format(kind, table)
            ranges.append(r)
        block.layout().setFormats(ranges)

    def _step(self) -> None:
        end = min(self._next + self._slice, self.doc.blockCount(), len(self.spans))
        block = self.doc.findBlockByNumber(self._next)
        first = block.position() if block.isValid() else 0
        last = first
        while block.isValid() and block.blockNumber() < end:
            n = block.blockNumber()
            if not self._final[n]:
                line = self.spans[n]
                if line or n in self._rough:
                    self._set(block, line)
                self._final[n] = 1
            last = block.position() + block.length()
            block = block.next()
        if last > first:
            self.doc.markContentsDirty(first, last - first)
        self._next = end
        if end >= min(self.doc.blockCount(), len(self.spans)):
            self._timer.stop()
            self.done = True
            self.finished.emit()
