"""Changes of one version: the list of new / changed / deleted files and a coloured unified
diff per file, in its own view (not the code viewer). Git reads run off the Qt thread."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.ui import theme

if TYPE_CHECKING:
    from devora_desktop.ui.tasks import Tasks

KIND = {"added": "new", "modified": "changed", "deleted": "deleted"}
PATH_ROLE = Qt.ItemDataRole.UserRole


def _fmt(fg: str, bg: str | None = None, bold: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor(fg))
    if bg:
        f.setBackground(QColor(bg))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    return f


class DiffHighlighter(QSyntaxHighlighter):
    """Added lines green, removed red, hunk headers blue; the sign column says it too."""

    def highlightBlock(self, text: str) -> None:
        t = theme.current()
        if text.startswith(("+++", "---")):
            self.setFormat(0, len(text), _fmt(t.text, bold=True))
        elif text[:1] == "+":
            self.setFormat(0, len(text), _fmt(t.states["added"], t.tints["added"]))
        elif text[:1] == "-":
            self.setFormat(0, len(text), _fmt(t.states["deleted"], t.tints["deleted"]))
        elif text[:1] == "@":
            self.setFormat(0, len(text), _fmt(t.states["accent"], bold=True))


class DiffView(QPlainTextEdit):
    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.setFont(font)
        self.setAccessibleName("Diff")
        self.highlighter = DiffHighlighter(self.document())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed
            self.highlighter.rehighlight()


def version_changes(root: Path, version_id: str) -> tuple[int, list[tuple[str, str]],
                                                          dict[str, bytes], dict[str, bytes]]:
    """(number, [(path, new|changed|deleted)], files before, files after) of one version."""
    from devora_desktop.core.workspace import Workspace

    ws = Workspace(root)
    versions = ws.history()
    idx = next(i for i, v in enumerate(versions) if v.id == version_id)
    old = ws.files_at(versions[idx + 1].id) if idx + 1 < len(versions) else {}
    new = ws.files_at(version_id)
    changes = [(c.path, KIND[c.kind]) for c in ws.changes_between(old, new)]
    return versions[idx].number, changes, old, new


def unified(path: str, a: bytes, b: bytes) -> str:
    from devora_desktop.core.workspace import looks_binary

    if looks_binary(a) or looks_binary(b):
        return f"Binary file {path}: {len(a):,} → {len(b):,} bytes"
    lines = difflib.unified_diff(a.decode("utf-8", "replace").splitlines(),
                                 b.decode("utf-8", "replace").splitlines(),
                                 fromfile=f"a/{path}" if a else "/dev/null",
                                 tofile=f"b/{path}" if b else "/dev/null", lineterm="")
    return "\n".join(lines) or "(no textual change)"


class ChangesPanel(QWidget):
    count_changed = Signal(int)
    shown = Signal()  # a version's changes are listed
    file_shown = Signal(str)  # a file's diff is on screen

    def __init__(self, tasks: Tasks) -> None:
        super().__init__()
        self.tasks = tasks
        self.root: Path | None = None
        self.version_id: str | None = None
        self._asked = 0  # the latest show_version: an earlier load that ends later is dropped
        self._old: dict[str, bytes] = {}
        self._new: dict[str, bytes] = {}
        self.title = QLabel("No changes yet: they appear after a run.")
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(40)
        self.list = QListWidget()
        self.list.setAccessibleName("Changed files")
        self.diff = DiffView()
        split = QSplitter(Qt.Orientation.Vertical)  # the diff gets the centre's full width
        split.addWidget(self.list)
        split.addWidget(self.diff)
        split.setStretchFactor(1, 3)
        split.setSizes([110, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        self.list.currentItemChanged.connect(self._on_list_current)

    def clear(self, root: Path | None) -> None:
        self.root, self.version_id = root, None
        self.list.clear()
        self.diff.clear()
        self.title.setText("No changes yet: they appear after a run.")
        self.count_changed.emit(0)

    def show_version(self, version_id: str) -> None:
        if self.root is not None:
            self._asked += 1
            self.tasks.spawn(self._load(self.root, version_id, self._asked), name="changes")

    async def _load(self, root: Path, version_id: str, asked: int) -> None:
        number, changes, old, new = await self.tasks.off_thread(version_changes, root,
                                                               version_id)
        if root != self.root or asked != self._asked:
            return
        self.version_id, self._old, self._new = version_id, old, new
        self.list.clear()
        self.diff.clear()
        for path, kind in changes:
            item = QListWidgetItem(f"{kind:>7}  {path}")
            item.setData(PATH_ROLE, path)
            self.list.addItem(item)
        count = len(changes)
        self.title.setText(f"v{number}: {count} file{'' if count == 1 else 's'} — "
                           + ", ".join(f"{sum(1 for _p, k in changes if k == kind)} {kind}"
                                       for kind in ("new", "changed", "deleted")))
        self.count_changed.emit(len(changes))
        if changes:
            self.list.setCurrentRow(0)
        self.shown.emit()

    def _on_list_current(self, item: QListWidgetItem | None, _prev) -> None:
        if item is None:
            return
        path = item.data(PATH_ROLE)
        self.diff.setPlainText(unified(path, self._old.get(path, b""), self._new.get(path, b"")))
        self.file_shown.emit(path)
