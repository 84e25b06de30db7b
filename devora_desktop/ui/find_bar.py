"""Find in the open file: Enter next, Shift+Enter previous, a match count, Esc or × closes.

Esc in the find box belongs to the find box (it claims the key before window shortcuts), so
the window's "Stop (Esc)" never becomes an ambiguous shortcut."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.core.words import plural


class FindEdit(QLineEdit):
    """Esc here closes the find bar: the edit claims Esc before any window shortcut sees it,
    so "Stop (Esc)" stays unambiguous everywhere else."""

    escaped = Signal()
    back = Signal()

    def event(self, ev) -> bool:
        if ev.type() == QEvent.Type.ShortcutOverride and ev.key() == Qt.Key.Key_Escape:
            ev.accept()
            return True
        return super().event(ev)

    def keyPressEvent(self, ev) -> None:
        if ev.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        elif ev.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                ev.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.back.emit()
        else:
            super().keyPressEvent(ev)


class FindBar(QWidget):
    """Find in the open file: Enter next, Shift+Enter previous, a match count, Esc or × close;
    with replace (Ctrl+H, editable files only): Replace (Enter in its box) and All."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__()
        self.editor = editor
        self.edit = FindEdit(placeholderText="Find (Enter: next, Shift+Enter: previous)")
        self.count = QLabel()
        self.count.setMinimumWidth(80)
        self.prev_button = QPushButton("↑")
        self.prev_button.setToolTip("Previous match (Shift+Enter)")
        self.next_button = QPushButton("↓")
        self.next_button.setToolTip("Next match (Enter)")
        self.close_button = QPushButton("×")
        self.close_button.setToolTip("Close find (Esc)")
        self.close_button.setAccessibleName("Close find")
        self.replace_edit = FindEdit(placeholderText="Replace with (Enter: replace and next)")
        self.replace_button = QPushButton("Replace")
        self.replace_all_button = QPushButton("All")
        self.replace_row = QWidget()
        replace_row = QHBoxLayout(self.replace_row)
        replace_row.setContentsMargins(0, 0, 0, 0)
        replace_row.addWidget(self.replace_edit, 1)
        replace_row.addWidget(self.replace_button)
        replace_row.addWidget(self.replace_all_button)
        self.replace_row.hide()
        self._replace_allowed = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        column.addLayout(row)
        column.addWidget(self.replace_row)
        row.addWidget(self.edit, 1)
        row.addWidget(self.count)
        for b in (self.prev_button, self.next_button, self.close_button):
            b.setFixedWidth(32)
            row.addWidget(b)
        self.edit.returnPressed.connect(self.find_next)
        self.edit.back.connect(lambda: self.find_next(backwards=True))
        self.edit.escaped.connect(self.close_bar)
        self.edit.textChanged.connect(lambda _t: self.update_count())
        self.next_button.clicked.connect(lambda: self.find_next())
        self.prev_button.clicked.connect(lambda: self.find_next(backwards=True))
        self.close_button.clicked.connect(self.close_bar)
        self.replace_edit.returnPressed.connect(self.replace_next)
        self.replace_edit.escaped.connect(self.close_bar)
        self.replace_button.clicked.connect(self.replace_next)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.hide()

    def open_bar(self, replace: bool = False) -> None:
        self.show()
        self.replace_row.setVisible(replace and self._replace_allowed)
        self.edit.setFocus()
        self.edit.selectAll()
        self.update_count()

    def set_replace_allowed(self, allowed: bool) -> None:
        self._replace_allowed = allowed
        if not allowed:
            self.replace_row.hide()

    def replace_next(self) -> bool:
        """Replace the selected match (one undo step) and go to the next one."""
        needle = self.edit.text()
        if not needle or not self._replace_allowed:
            return False
        cursor = self.editor.textCursor()
        if cursor.hasSelection() and cursor.selectedText().lower() == needle.lower():
            cursor.insertText(self.replace_edit.text())
        return self.find_next()

    def replace_all(self) -> int:
        """Every match, as one undo step."""
        found = self.matches()
        if not found or not self._replace_allowed:
            return 0
        size, new = len(self.edit.text()), self.replace_edit.text()
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        for pos in reversed(found):
            cursor.setPosition(pos)
            cursor.setPosition(pos + size, cursor.MoveMode.KeepAnchor)
            cursor.insertText(new)
        cursor.endEditBlock()
        self.update_count()
        return len(found)

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()

    def matches(self) -> list[int]:
        needle = self.edit.text().lower()
        if not needle:
            return []
        hay = self.editor.toPlainText().lower()
        out, i = [], hay.find(needle)
        while i >= 0 and len(out) < 10000:
            out.append(i)
            i = hay.find(needle, i + max(1, len(needle)))
        return out

    def update_count(self) -> None:
        found = self.matches()
        if not self.edit.text():
            self.count.setText("")
            return
        if not found:
            self.count.setText("no matches")
            return
        cursor = self.editor.textCursor()
        start = cursor.selectionStart() if cursor.hasSelection() else -1
        current = next((i + 1 for i, pos in enumerate(found) if pos == start), 0)
        self.count.setText(f"{current} of {len(found)}" if current  # never "1 matches"
                           else plural(len(found), "match", "matches"))

    def find_next(self, backwards: bool = False) -> bool:
        flags = QTextDocument.FindFlag.FindBackward if backwards else QTextDocument.FindFlag(0)
        text = self.edit.text()
        found = bool(text) and self.editor.find(text, flags)
        if text and not found:  # wrap around
            cursor = self.editor.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backwards else
                                cursor.MoveOperation.Start)
            self.editor.setTextCursor(cursor)
            found = self.editor.find(text, flags)
        self.update_count()
        return found
