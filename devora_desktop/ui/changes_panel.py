"""Changes of one version: the list of new / changed / deleted files and a coloured unified
diff per file, in its own view (not the code viewer). During a run the list follows the run
model: files are listed as they land, and the saved version's changes replace them. Git and
disk reads run off the Qt thread."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextCharFormat
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
from devora_desktop.ui.binding import Binding
from devora_desktop.ui.highlight import Span, SpanHighlighter
from devora_desktop.ui.plain import plain_label

if TYPE_CHECKING:
    from devora_desktop.progress import RunProgress
    from devora_desktop.ui.tasks import Tasks

KIND = {"added": "new", "modified": "changed", "deleted": "deleted"}
PATH_ROLE = Qt.ItemDataRole.UserRole
NO_CHANGES = "No changes yet: a run's files are listed here as they land."
SCREEN_LINES = 80  # a diff's lines coloured at once: more than a tall window shows


def _fmt(fg: str, bg: str | None = None, bold: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor(fg))
    if bg:
        f.setBackground(QColor(bg))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    return f


#: a diff line's first character -> how it is coloured ("+++ b/x", "--- a/x": the file names)
_SIGNS = {"+": "added", "-": "deleted", "@": "hunk"}


def diff_spans(text: str) -> list[list[Span]]:
    """One span per coloured line of a unified diff: added lines green, removed red, hunk
    headers blue, the file names bold (the sign column says it too)."""
    spans: list[list[Span]] = []
    for line in text.split("\n"):
        kind = _SIGNS.get(line[:1])
        if kind is None:
            spans.append([])
            continue
        if line.startswith(("+++", "---")):
            kind = "head"
        spans.append([(0, len(line.encode("utf-16-le")) // 2, kind)])
    return spans


class DiffColours(SpanHighlighter):
    """Colours a diff's lines in slices, those in view first: a QSyntaxHighlighter coloured
    all of a long diff in one go on the window's thread when it was shown (23 ms at a run's
    end, bench/ui_latency.py --sample)."""

    def _format(self, kind: str, table: dict[str, QTextCharFormat]) -> QTextCharFormat:
        t = theme.current()
        fmt = {"head": lambda: _fmt(t.text, bold=True),
               "added": lambda: _fmt(t.states["added"], t.tints["added"]),
               "deleted": lambda: _fmt(t.states["deleted"], t.tints["deleted"]),
               "hunk": lambda: _fmt(t.states["accent"], bold=True)}[kind]()
        table[kind] = fmt
        return fmt


class DiffView(QPlainTextEdit):
    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.setFont(font)
        self.setAccessibleName("Diff")
        self.colours = DiffColours(self.document())

    def setPlainText(self, text: str) -> None:
        self.colours.reset()
        super().setPlainText(text)
        self._colour(diff_spans(text))

    def _colour(self, spans: list[list[Span]]) -> None:
        """The lines in view now (a screenful), the rest on the next turns of the loop."""
        self.colours.apply(spans)
        first = self.firstVisibleBlock().blockNumber()
        self.colours.prioritize(first, first + SCREEN_LINES)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.colours.spans:  # a new theme
            self._colour(self.colours.spans)


def version_changes(root: Path, version_id: str) -> tuple[int, list[tuple[str, str]],
                                                          dict[str, bytes], dict[str, bytes],
                                                          str | None]:
    """(number, [(path, new|changed|deleted)], files before, files after, the first file's
    diff) of one version. The diff shown first is made here, off the window's thread: a
    refinement's 2,000-line file took 6-10 ms of difflib there at the run's end."""
    from devora_desktop.core.workspace import Workspace

    ws = Workspace(root)
    versions = ws.history()
    idx = next(i for i, v in enumerate(versions) if v.id == version_id)
    old = ws.files_at(versions[idx + 1].id) if idx + 1 < len(versions) else {}
    new = ws.files_at(version_id)
    changes = [(c.path, KIND[c.kind]) for c in ws.changes_between(old, new)]
    first = changes[0][0] if changes else None
    diff = unified(first, old.get(first, b""), new.get(first, b"")) if first else None
    return versions[idx].number, changes, old, new, diff


def landed_change(root: Path, path: str) -> tuple[bytes, bytes]:
    """(the last version's bytes, the bytes on disk) of a file a run in flight wrote."""
    from devora_desktop.core.errors import NotFound
    from devora_desktop.core.workspace import Workspace

    ws = Workspace(root)
    head = ws.head()
    old = (ws.file_at(head, path) or b"") if head else b""
    try:
        return old, ws.read_bytes(path)
    except NotFound:
        return old, b""


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
        self._made: tuple[str, str] | None = None  # (path, its diff) made off the thread
        self._new: dict[str, bytes] = {}
        #: the run in flight's files (path -> new|changed|deleted) until its version is saved;
        #: None when the list shows a version
        self._landed: dict[str, str] | None = None
        self._before: str | None = None  # the version listed when the run's first file landed
        self._saved = False  # the run in flight saved its version
        self._binding = Binding(self)
        self.title = plain_label(QLabel(NO_CHANGES))
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
        self.root, self.version_id, self._landed = root, None, None
        self.list.clear()
        self.diff.clear()
        self.title.setText(NO_CHANGES)
        self.count_changed.emit(0)

    def show_version(self, version_id: str) -> None:
        if self.root is not None:
            self._asked += 1
            self.tasks.spawn(self._load(self.root, version_id, self._asked), name="changes")

    async def _load(self, root: Path, version_id: str, asked: int) -> None:
        number, changes, old, new, diff = await self.tasks.off_thread(version_changes, root,
                                                                     version_id)
        if root != self.root or asked != self._asked:
            return
        self.version_id, self._old, self._new, self._landed = version_id, old, new, None
        self._made = (changes[0][0], diff) if changes and diff is not None else None
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

    # ---- a run in flight ---------------------------------------------------------------------
    def bind(self, progress: RunProgress) -> None:
        """Follow a run: its files are listed as they land; its saved version's changes (from
        git) replace them; a run that kept nothing gives the list back."""
        self._binding.bind(progress, "file_written", "file_deleted", "version_saved", "ended")

    def unbind(self) -> None:
        """Another project is on screen: the run's changes are not listed in it."""
        self._binding.drop()

    def _on_model_file_written(self, _agent: str, path: str, change: str) -> None:
        if change != "unchanged":  # new or changed against the last version, not the disk
            was = self._landing().get(path)
            new = was == "new" or (was is None and change == "new")
            self._list_landed(path, "new" if new else "changed")

    def _on_model_file_deleted(self, _agent: str, path: str) -> None:
        landed = self._landing()
        if landed.get(path) == "new":  # made and deleted by this run: no change
            del landed[path]
            self.list.takeItem(self.list.row(self._item(path)))
            self._say_landed()
        else:
            self._list_landed(path, "deleted")

    def _on_model_version_saved(self, version_id: str, _number: int) -> None:
        self._before = version_id  # saved: what the list shows whatever comes next
        self._saved = True
        self.show_version(version_id)

    def _on_model_ended(self, outcome: str) -> None:
        # a finished run that saved no version put its files back too (a plan its mode
        # could not build: agents/mode_plan)
        if self._landed is None or (outcome == "finished" and self._saved):
            return
        if self._before is not None:  # the run put the project back: what was listed before
            self.show_version(self._before)
        else:
            self.clear(self.root)

    def _landing(self) -> dict[str, str]:
        """This run's files; the first one to land replaces the version listed."""
        if self._landed is None:
            self._before, self.version_id, self._landed = self.version_id, None, {}
            self._saved = False
            self._asked += 1  # a version still loading is no longer wanted
            self.list.clear()
            self.diff.clear()
        return self._landed

    def _item(self, path: str) -> QListWidgetItem | None:
        return next((it for i in range(self.list.count())
                     if (it := self.list.item(i)).data(PATH_ROLE) == path), None)

    def _list_landed(self, path: str, kind: str) -> None:
        self._landing()[path] = kind
        item = self._item(path)
        if item is None:  # in path order, as the version's list: nothing moves when it comes
            item = QListWidgetItem()
            item.setData(PATH_ROLE, path)
            self.list.insertItem(next((i for i in range(self.list.count())
                                       if self.list.item(i).data(PATH_ROLE) > path),
                                      self.list.count()), item)
        item.setText(f"{kind:>7}  {path}")
        self._say_landed()

    def _say_landed(self) -> None:
        kinds = list((self._landed or {}).values())
        count = len(kinds)
        self.title.setText(f"This run so far: {count} file{'' if count == 1 else 's'} — "
                           + ", ".join(f"{kinds.count(kind)} {kind}"
                                       for kind in ("new", "changed", "deleted")))
        self.count_changed.emit(count)

    async def _show_landed(self, root: Path, path: str, asked: int) -> None:
        old, new = await self.tasks.off_thread(landed_change, root, path)
        current = self.list.currentItem()
        if asked == self._asked and current is not None and current.data(PATH_ROLE) == path:
            self.diff.setPlainText(unified(path, old, new))
            self.file_shown.emit(path)

    def _on_list_current(self, item: QListWidgetItem | None, _prev) -> None:
        if item is None:
            return
        path = item.data(PATH_ROLE)
        if self._landed is not None:  # no version yet: the last one against the disk
            if self.root is not None:
                self.tasks.spawn(self._show_landed(self.root, path, self._asked),
                                 name="changes")
            return
        made, self._made = self._made, None
        self.diff.setPlainText(made[1] if made is not None and made[0] == path else
                               unified(path, self._old.get(path, b""), self._new.get(path, b"")))
        self.file_shown.emit(path)
