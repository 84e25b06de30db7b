"""Code viewer and light editor: line numbers, find and replace (Ctrl+F, Ctrl+H), copy, open
in your editor, progressive colour; type, undo/redo, auto-indent, a dirty marker, Ctrl+S saves
(``save_requested``: the window makes it a version "Edited by you"). Read-only while a run may
write the project (``lock``), and a file changed on disk shows up unless it has unsaved edits."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QFileSystemWatcher,
    QRect,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeySequence,
    QPainter,
    QShortcut,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.core.workspace import looks_binary
from devora_desktop.ui import theme
from devora_desktop.ui.elided_label import ElidedLabel
from devora_desktop.ui.find_bar import FindBar
from devora_desktop.ui.highlight import (
    SpanHighlighter,
    lex_spans,
    lex_window,
    lexer_class,
    ui_turn,
    warm_up,
)
from devora_desktop.ui.plain import plain_label, tip

if TYPE_CHECKING:
    import asyncio

MAX_VIEW_BYTES = 8 * 1024 * 1024
MAX_EDIT_BYTES = 1024 * 1024  # bigger files open read-only
INDENT = "    "
_OPENERS = (":", "{", "(", "[")
WINDOW_CONTEXT = 12  # lines lexed before the visible ones, to set the lexer's state
#: the Qt thread's CPU (s) a screenful's quick lex may take, a third of a frame: a file a
#: run landed, followed with the code in front, was lexed a whole screen at once (a 55-line
#: screen of TSX: 8 ms; 22 ms on a tall one); the lines past it are coloured by the
#: whole-file pass a moment later. A screen of Python at 1000x700 takes ~4 ms
WINDOW_BUDGET = 0.006
NOTHING_OPEN = ("No file open. Choose one in Files on the left, or press Ctrl+P to find "
                "one by name.")


class _Gutter(QWidget):
    def __init__(self, editor: CodeEdit) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event) -> None:
        self.editor.paint_gutter(event)


class CodeEdit(QPlainTextEdit):
    def __init__(self) -> None:
        super().__init__()
        self.set_editable(False)
        self.setUndoRedoEnabled(False)  # off while loading: the stack only costs time there
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.gutter = _Gutter(self)
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._on_update_request)
        self._update_margin()

    def set_editable(self, editable: bool) -> None:
        self.setReadOnly(not editable)
        # Read-only still navigates by keyboard (Ctrl+End, Page Down, arrows, Shift+select).
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextEditorInteraction if editable else
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)

    def keyPressEvent(self, event) -> None:
        """Enter keeps the line's indentation (one more level after ``:``/``{``/``(``/``[``);
        Tab indents with spaces."""
        if self.isReadOnly():
            return super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            cursor = self.textCursor()
            line = cursor.block().text()[:cursor.positionInBlock()]
            indent = line[:len(line) - len(line.lstrip(" \t"))]
            if line.rstrip().endswith(_OPENERS):
                indent += INDENT
            cursor.insertText("\n" + indent)
            self.ensureCursorVisible()
            return None
        if event.key() == Qt.Key.Key_Tab and not event.modifiers():
            self.textCursor().insertText(INDENT)
            return None
        return super().keyPressEvent(event)

    def gutter_width(self) -> int:
        digits = max(3, len(str(self.blockCount())))
        return 10 + self.fontMetrics().horizontalAdvance("9") * digits

    @Slot()
    def _update_margin(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    @Slot(QRect, int)
    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def paint_gutter(self, event) -> None:
        painter = QPainter(self.gutter)
        painter.fillRect(event.rect(), self.palette().alternateBase())
        painter.setPen(QColor(theme.colors()["muted"]))
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible():
                painter.drawText(0, top, self.gutter.width() - 5, height,
                                 Qt.AlignmentFlag.AlignRight, str(block.blockNumber() + 1))
            top += round(self.blockBoundingRect(block).height())
            block = block.next()
        painter.end()


class FileViewer(QWidget):
    """Shows one file. Text appears at once; colour follows, lexed in a worker thread.
    While a run writes a file, ``show_live`` shows its text as it streams."""

    highlighted = Signal()
    message = Signal(str)  # a line for the status bar (e.g. nothing opens this file type)
    offered = Signal(str, str, str)  # a failure to open, its button's words, what it copies
    save_requested = Signal(str, str)  # rel, text

    def __init__(self) -> None:
        super().__init__()
        self.lock_reason: str | None = None  # why editing is off now (a run is writing)
        self.path: Path | None = None
        self.rel: str | None = None
        self.live: str | None = None  # the file being written, shown as it streams
        self.title = ElidedLabel("No file open")
        self.title.setMinimumWidth(40)  # a long path elides instead of widening the window
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setObjectName("viewer-title")
        self.editor = CodeEdit()
        # no file: words in the editor's place (an empty editor with a "1" in its gutter
        # under "No file open" read as an empty file: walk9 #12)
        self.nothing = QLabel(NOTHING_OPEN)
        self.nothing.setObjectName("empty-hint")
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = plain_label(QLabel())
        self.note.setWordWrap(True)
        self.note.hide()
        self.find_bar = FindBar(self.editor)
        self.find_box = self.find_bar.edit
        self.copy_button = QPushButton("Copy")
        self.copy_button.clicked.connect(self._copy_all)
        self.open_button = QPushButton("Open")
        self.open_button.setToolTip("Open in your editor")
        self.open_button.clicked.connect(self.open_external)
        self.reveal_button = QPushButton("Reveal")
        self.reveal_button.setToolTip("Show the file in its folder")
        self.reveal_button.clicked.connect(self.reveal)
        theme.set_variant("ghost", self.copy_button, self.open_button, self.reveal_button)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for b in (self.copy_button, self.open_button, self.reveal_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.note)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.nothing, 1)
        self._show_editor(False)
        self.highlighter = SpanHighlighter(self.editor.document())
        self.highlighter.finished.connect(self.highlighted)
        self._lex_task: asyncio.Task | None = None
        self._name = ""
        self._size = 0
        self.colour_ms = 0.0  # time the last open or jump spent colouring the visible lines
        self.colour_cpu_ms = 0.0
        self.editor.verticalScrollBar().valueChanged.connect(self._on_editor_scrolled)
        QTimer.singleShot(300, warm_up)  # after the window is painted
        # once: made in changeEvent, every palette/focus change added another Ctrl+F, and
        # two identical shortcuts are ambiguous, so Ctrl+F did nothing
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self, self.show_find)
        self.replace_shortcut = QShortcut(QKeySequence("Ctrl+H"), self, self.show_replace)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.editor.document().modificationChanged.connect(self._on_modification_changed)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.relex = QTimer(self, singleShot=True, interval=400)  # colour follows typing
        self.relex.timeout.connect(self._relex)
        self.disk = QFileSystemWatcher(self)
        self.disk.fileChanged.connect(self._on_disk_file_changed)
        self._set_actions()

    def changeEvent(self, event) -> None:
        """A theme change recolours the open file with the new theme's syntax colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            if self.highlighter.spans:
                self.highlighter.apply(self.highlighter.spans)
            if marks := self.editor.extraSelections():  # the marked line in the new tint
                self._mark(marks[0].cursor)

    def _set_actions(self) -> None:
        for b in (self.copy_button, self.open_button, self.reveal_button):
            b.setEnabled(self.path is not None and self.live is None)

    def show_find(self) -> None:
        self.find_bar.open_bar()

    def show_replace(self) -> None:
        if self.editable:
            self.find_bar.open_bar(replace=True)
        else:
            self.find_bar.open_bar()

    # ---- editing -----------------------------------------------------------------------------
    @property
    def editable(self) -> bool:
        return not self.editor.isReadOnly()

    @property
    def dirty(self) -> bool:
        return self.editable and self.editor.document().isModified()

    def _update_editable(self) -> None:
        can = (self.path is not None and self.live is None and self.lock_reason is None
               and self.note.isHidden() and self._size <= MAX_EDIT_BYTES)
        self.editor.set_editable(can)
        self.find_bar.set_replace_allowed(can)
        self._on_modification_changed(self.editor.document().isModified())

    def lock(self, reason: str | None) -> None:
        """No typing while ``reason`` holds (a run may write any file of the project)."""
        self.lock_reason = reason
        self._update_editable()

    def save(self) -> None:
        if self.lock_reason and self.path is not None:
            self.title.setText(f"{self.rel}  — cannot save now: {self.lock_reason}")
            return
        if self.dirty and self.rel:
            self.save_requested.emit(self.rel, self.editor.toPlainText())

    def mark_saved(self, rel: str) -> None:
        """The window wrote the file and made a version: no longer dirty."""
        if rel == self.rel:
            self.editor.document().setModified(False)
            self._watch()  # an atomic write replaced the file the watcher followed

    def _on_modification_changed(self, modified: bool) -> None:
        if self.rel is None or self.live is not None or not self.note.isHidden():
            return
        self.title.setToolTip(tip(self.lock_reason or ""))
        if self.lock_reason and self.path is not None:
            # short: the title shares a line with three buttons (at 1024 px it was cut to
            # "read-only: a run is w"); the reason in full is its tooltip
            self.title.setText(f"{self.rel}  — read-only during the run")
        elif modified and self.editable:
            self.title.setText(f"● {self.rel}  — unsaved (Ctrl+S saves a version)")
        else:
            self.title.setText(self.rel)

    def _on_editor_text_changed(self) -> None:
        if self.editable and self.editor.document().isModified():
            self._unmark()  # the line tinted was the file's before the edit
            if self._name:
                self.relex.start()

    def _relex(self) -> None:
        import asyncio

        if self._lex_task and not self._lex_task.done():
            self._lex_task.cancel()
        coro = self._lex(self.editor.toPlainText(), self._name)
        try:
            self._lex_task = asyncio.ensure_future(coro)
        except RuntimeError:  # no loop any more (the window is closing): nothing to colour
            coro.close()

    def _watch(self) -> None:
        if self.disk.files():
            self.disk.removePaths(self.disk.files())
        if self.path is not None and self.path.is_file():
            self.disk.addPath(str(self.path))

    def _on_disk_file_changed(self, _path: str) -> None:
        """Another editor (or git) changed the open file: show it, unless the person has
        unsaved edits here (then say so; Ctrl+S keeps theirs)."""
        if self.path is None or self.live is not None:
            return
        if self.dirty:
            self.title.setText(f"● {self.rel}  — changed on disk too: Ctrl+S keeps your "
                               "text, reopening the file shows the disk's")
            self._watch()
            return
        line = self.editor.textCursor().blockNumber() + 1
        self.show_file(self.path, self.rel or "")
        self.go_to_line(line)

    def find_next(self, backwards: bool = False) -> bool:
        return self.find_bar.find_next(backwards)

    def clear(self) -> None:
        """No file: after New project or another project was chosen (nothing stale to act on).
        Unsaved edits are saved first (a version), never dropped."""
        self.save()
        self.highlighter.reset()
        self._name = ""
        self.path = self.rel = self.live = None
        self._unmark()
        self.title.setText("No file open")
        self.editor.setPlainText("")
        self._show_editor(False)
        self.note.hide()
        self.find_bar.hide()
        self._set_actions()
        self._watch()
        self._update_editable()

    def _show_editor(self, shown: bool) -> None:
        self.editor.setVisible(shown)
        self.nothing.setVisible(not shown)

    def show_live(self, rel: str, text: str, who: str) -> None:
        """The file a run is writing: its text so far (appended, not reloaded)."""
        if self.live != rel:
            self.save()
            self.highlighter.reset()
            self._name = ""
            self.path, self.rel, self.live = None, rel, rel
            self._unmark()
            self.note.hide()
            self._show_editor(True)
            self.editor.setPlainText(text)
        else:
            have = self.editor.document().characterCount() - 1
            if len(text) > have:
                cursor = self.editor.textCursor()
                cursor.movePosition(cursor.MoveOperation.End)
                cursor.insertText(text[have:])
                # follow the newest line by its start: the end of a long line scrolled the
                # view sideways and hid the start of every line
                cursor.movePosition(cursor.MoveOperation.StartOfBlock)
                self.editor.setTextCursor(cursor)
        self.title.setText(f"{rel}  ● being written by {who}")
        self._set_actions()
        self._update_editable()

    def go_to_line(self, line: int, mark: bool = False) -> None:
        """The cursor to ``line``, centred; ``mark``: the line is tinted too (an error's
        line opened from the feed: the cursor of a read-only viewer without focus draws
        nothing, so nothing showed which line it was). The tint goes with the next file
        or the first edit."""
        block = self.editor.document().findBlockByNumber(max(0, line - 1))
        if block.isValid():
            cursor = self.editor.textCursor()
            cursor.setPosition(block.position())
            self.editor.setTextCursor(cursor)
            self.editor.centerCursor()
            if mark:
                self._mark(cursor)

    def _mark(self, cursor: QTextCursor) -> None:
        t = theme.current()
        marked = QTextEdit.ExtraSelection()
        marked.cursor = cursor
        marked.format.setBackground(QColor(t.tints["deleted"]))
        marked.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        self.editor.setExtraSelections([marked])

    def _unmark(self) -> None:
        if self.editor.extraSelections():
            self.editor.setExtraSelections([])

    def _copy_all(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.clipboard().setText(self.editor.toPlainText())

    def open_external(self) -> None:
        """In the person's editor; said at once (nothing showed when no editor started,
        and only a failure said anything)."""
        if self.path:
            name = self.rel or self.path.name
            self.message.emit(f"Opening {name} in your editor")
            self._hand_over(self.path, name)

    def reveal(self) -> None:
        if self.path:
            name = self.rel or self.path.name
            self.message.emit(f"Showing {name} in its folder")
            self._hand_over(self.path.parent, f"the folder of {name}")

    def _hand_over(self, path, name: str) -> None:
        from devora_desktop.ui.desktop import open_or_copy

        open_or_copy(QUrl.fromLocalFile(str(path)), self.message.emit, name,
                     offer=self.offered.emit)

    def show_text(self, text: str, name: str, title: str | None = None) -> None:
        """Show ``text`` now and highlight it as ``name`` (a file name picks the lexer)."""
        import asyncio

        self.highlighter.reset()
        if self._lex_task and not self._lex_task.done():
            self._lex_task.cancel()
        self.note.hide()
        self._show_editor(True)
        self.title.setText(title or name)
        self._name = ""
        self.live = None
        if name != self.rel:
            self.path = None  # text that is not the open file is never saved over it
        self.relex.stop()
        self.editor.setUndoRedoEnabled(False)
        self.editor.setPlainText(text)
        self.editor.setUndoRedoEnabled(True)  # a fresh stack: undo never goes past the load
        self.editor.document().setModified(False)
        self._set_actions()
        self._update_editable()
        self._name = name if lexer_class(name) is not None else ""
        self._colour_visible()
        self.highlighter.done = False  # pending until the worker's spans are applied
        self._lex_task = asyncio.ensure_future(self._lex(text, name))

    async def _lex(self, text: str, name: str) -> None:
        import asyncio

        try:
            spans = await asyncio.to_thread(lex_spans, text, name)
        except RuntimeError:  # the loop is shutting down: nothing left to colour
            return
        if spans:
            self.highlighter.apply(spans)
            self._colour_visible()
        else:
            self.highlighter.done = True
            self.highlighted.emit()

    @Slot(int)
    def _on_editor_scrolled(self, _value: int) -> None:
        self._colour_visible()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._colour_visible()  # what was opened while hidden is coloured once it shows

    def _colour_visible(self) -> None:
        """Colour the lines in view now: from the whole-file spans when they are here, else
        by lexing just this screenful (a jump to the end must not wait for the whole file).
        Nothing while the viewer is hidden: a run lands each file in it behind the live
        preview, and lexing a screenful of that cost the Qt thread ~2 ms a file (the first
        one ~13 ms, measured with the thread's CPU clock); :meth:`showEvent` colours it."""
        if not self._name or not self.editor.isVisible():
            return
        started, cpu = time.perf_counter(), time.thread_time()
        editor, hl = self.editor, self.highlighter
        first = editor.firstVisibleBlock().blockNumber()
        rows = editor.viewport().height() // max(1, editor.fontMetrics().lineSpacing()) + 2
        last = min(first + rows, editor.blockCount())
        if first < 0 or hl.coloured(first, last):
            return
        with ui_turn():  # the background lexer waits while the screen is coloured
            if hl.spans:
                hl.prioritize(first, last)
            else:
                context = min(first, WINDOW_CONTEXT)
                block = editor.document().findBlockByNumber(first - context)
                lines = []
                while block.isValid() and len(lines) < last - first + context:
                    lines.append(block.text())
                    block = block.next()
                hl.paint_window(first, lex_window(lines, self._name, context,
                                                  budget=WINDOW_BUDGET))
        self.colour_ms = (time.perf_counter() - started) * 1000
        self.colour_cpu_ms = (time.thread_time() - cpu) * 1000  # the work, without waiting

    def show_file(self, path: Path, rel: str) -> None:
        if rel != self.rel or path != self.path:
            self.save()
        self._unmark()
        self.path, self.rel, self.live = path, rel, None
        self._size = 0
        try:
            size = path.stat().st_size
            with path.open("rb") as fh:
                data = fh.read(MAX_VIEW_BYTES + 1)
        except OSError as exc:
            self._show_note(rel, f"Cannot read this file: {exc.strerror}.")
            return
        if looks_binary(data):
            self._show_note(rel, f"Binary file, {size:,} bytes: not shown. Use "
                                 "“Open” to view it in your editor.")
            return
        if len(data) > MAX_VIEW_BYTES:
            self._show_note(rel, f"File of {size / 1e6:.1f} MB: too large to show here.")
            return
        self._size = size
        self.show_text(data.decode("utf-8", errors="replace"), rel)
        self._watch()

    def _show_note(self, rel: str, message: str) -> None:
        self._show_editor(True)
        self.highlighter.reset()
        self._name = ""
        self._set_actions()
        self.title.setText(rel)
        self.editor.setPlainText("")
        self.note.setText(message)
        self.note.show()
        self._update_editable()
