"""The project's files: a tree with new/changed marks, Go to file (Ctrl+P), and a watch on
the folder so files added on disk appear (debounced; the listing runs off the Qt thread)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.ui.binding import Binding
from devora_desktop.ui.placeholder import Placeholder
from devora_desktop.ui.plain import tip

if TYPE_CHECKING:
    from devora_desktop.progress import RunProgress
    from devora_desktop.ui.tasks import Tasks

DEBOUNCE_MS = 250
MARKS = {"new": "new", "changed": "changed"}


def _scan(root: Path) -> tuple[list[str], list[str]]:
    """The project's files and the folders to watch (tool-filled and internal ones pruned)."""
    import os

    from devora_desktop.core.workspace import IGNORED_DIRS, Workspace

    if not root.is_dir():
        return [], []
    dirs = []
    for here, subdirs, _files in os.walk(root, followlinks=False):
        subdirs[:] = [d for d in subdirs if d not in IGNORED_DIRS and not d.startswith(".")]
        dirs.append(here)
        if len(dirs) >= 2000:  # the OS limits watches; a project this large rescans on focus
            break
    return Workspace(root).export_files(), dirs  # an opened folder: its images too


def _sort_key(item: QTreeWidgetItem, folder: bool) -> tuple[bool, str]:
    name = item.data(0, Qt.ItemDataRole.UserRole) or item.text(0)
    return (not folder, name.rsplit("/", 1)[-1].casefold())


def _insert_sorted(parent: QTreeWidgetItem, item: QTreeWidgetItem, *, folder: bool) -> None:
    """Folders first, then files, each by name: the one order whether a run's files land one
    by one or the project is listed whole (walk24 #8: index.html, README.md, config.js … while
    a run wrote them, README.md, app.js … once opened again). Searched from the end: a listing
    comes in this order (:func:`listing_order`), so each row is appended at once (a scan from
    the start made opening a folder of 2000 files take 35 s on the Qt thread)."""
    key = _sort_key(item, folder)
    at = parent.childCount()
    while at > 0:
        sibling = parent.child(at - 1)
        if _sort_key(sibling, sibling.data(0, Qt.ItemDataRole.UserRole) is None) <= key:
            break
        at -= 1
    parent.insertChild(at, item)


def listing_order(files: list[str]) -> list[str]:
    """``files`` in the panel's order: at each level folders first, then files, by name."""
    def key(rel: str) -> list[tuple[bool, str]]:
        parts = rel.split("/")
        return [(i == len(parts) - 1, p.casefold()) for i, p in enumerate(parts)]

    return sorted(files, key=key)


NO_PROJECT = "No project open. Choose one above, or describe a new app in the chat."
NO_FILES = "No files yet: they appear here as the agents write them."
#: while a project's folder is listed (seconds at start on a busy machine): never a false
#: "No files yet" (walk14 #35)
LOADING = "Loading the project's files…"



class WholeRowsTree(QTreeWidget):
    """A tree that keeps the blank its column gives it under its whole rows
    (ui/project_column.py, ContentSplit.snap): QTreeView sets its viewport's margins again
    for its header each time it lays itself out, which dropped it."""

    def updateGeometries(self) -> None:
        super().updateGeometries()
        blank = self.property("blank") or 0
        if self.viewportMargins().bottom() != blank:
            self.setViewportMargins(0, 0, 0, blank)

class FilesPanel(QWidget):
    file_chosen = Signal(str)
    reloaded = Signal()
    mark_seen = Signal(str, str)  # version, path: a marked file the person opened

    def __init__(self, tasks: Tasks) -> None:
        super().__init__()
        self.tasks = tasks
        self.root: Path | None = None
        self.files: list[str] = []
        self.marks: dict[str, str] = {}
        self.marks_version: str | None = None  # the version whose changes the marks show
        self.items: dict[str, QTreeWidgetItem] = {}
        self._landed: dict[str, float] = {}  # a run's file -> when it landed (monotonic)
        self._binding = Binding(self)
        title = QLabel("Files")
        title.setObjectName("panel-title")
        self.goto = QLineEdit(placeholderText="Go to file (Ctrl+P)")
        self.goto_model = QStringListModel(self)
        completer = QCompleter(self.goto_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.goto.setCompleter(completer)
        self.tree = WholeRowsTree()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Files")
        self.empty = Placeholder(self.tree, NO_PROJECT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.goto)
        layout.addWidget(self.tree, 1)
        self.watcher = QFileSystemWatcher(self)
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.watcher.directoryChanged.connect(self.debounce.start)
        self.debounce.timeout.connect(self.reload)
        self.tree.itemActivated.connect(self._on_tree_item)
        self.tree.itemClicked.connect(self._on_tree_item)
        completer.activated.connect(self._on_goto_chosen)
        self.file_chosen.connect(self._seen)
        self.goto.returnPressed.connect(lambda: self._on_goto_chosen(self.goto.text()))

    def set_root(self, root: Path | None) -> None:
        """Follow a project (None: no project). Marks belong to the project they were made in."""
        self.root, self.marks, self.marks_version = root, {}, None
        self.files = []
        self._landed = {}
        self.tree.clear()
        self.items.clear()
        self.goto_model.setStringList([])
        self.goto.clear()  # a path of the last project (or stray text) matched nothing here
        self.empty.set_text(LOADING if root is not None else NO_PROJECT)
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if root is not None:
            self.reload()

    def reload(self) -> None:
        if self.root is not None:
            self.tasks.spawn(self._reload(self.root), name="list-files")

    async def _reload(self, root: Path) -> None:
        listed_at = time.monotonic()
        files, dirs = await self.tasks.off_thread(_scan, root)
        if root != self.root:
            return  # the user moved on to another project meanwhile
        # a run's files that landed while the folder was listed (the engine writes on its
        # own thread): the listing may be older than they are
        files += [rel for rel, at in self._landed.items() if at >= listed_at and rel not in files]
        self.set_files(files)
        self.empty.set_text(NO_FILES)
        watched = set(self.watcher.directories())
        if set(dirs) - watched:
            self.watcher.addPaths(sorted(set(dirs) - watched))
        if watched - set(dirs):
            self.watcher.removePaths(sorted(watched - set(dirs)))
        self.reloaded.emit()

    def bind(self, progress: RunProgress) -> None:
        """Follow a run: its files appear, marked new or changed, as they land."""
        self._binding.bind(progress, "run_started", "file_written", "file_deleted")

    def unbind(self) -> None:
        """Another project is on screen: the run's files are not listed in it."""
        self._binding.drop()

    def _on_model_run_started(self) -> None:
        self.set_marks({})

    def _on_model_file_written(self, _agent: str, rel: str, change: str) -> None:
        if change != "unchanged":
            self._landed[rel] = time.monotonic()
            self.add(rel, change)

    def _on_model_file_deleted(self, _agent: str, rel: str) -> None:
        self._landed.pop(rel, None)
        self.remove(rel)

    def set_marks(self, marks: dict[str, str], version: str | None = None) -> None:
        """Mark the files ``version`` added or changed (a run's, as it saved them)."""
        self.marks = {p: k for p, k in marks.items() if k in MARKS}
        self.marks_version = version if self.marks else None
        self.set_files(self.files)

    def _seen(self, rel: str) -> None:
        """The person opened a marked file: it is no longer news ("● new" stayed on every
        file until the next run, and came back each time the project was opened)."""
        if self.marks.pop(rel, None) is None:
            return
        self.add(rel)
        if self.marks_version is not None:
            self.mark_seen.emit(self.marks_version, rel)

    def set_files(self, files: list[str]) -> None:
        self.files = list(files)
        if set(self.files) != {k for k in self.items if not k.endswith("/")}:
            self.tree.clear()
            self.items.clear()
        for rel in listing_order(self.files):
            self.add(rel)
        self.goto_model.setStringList(self.files)
        self.tree.expandAll()

    def add(self, rel: str, mark: str | None = None) -> None:
        if mark in MARKS:
            self.marks[rel] = mark
        if rel not in self.files:
            self.files.append(rel)
            self.goto_model.setStringList(self.files)
        item = self.items.get(rel)
        if item is None:
            parent: QTreeWidgetItem = self.tree.invisibleRootItem()
            parts = rel.split("/")
            for i, part in enumerate(parts[:-1]):
                key = "/".join(parts[: i + 1]) + "/"
                node = self.items.get(key)
                if node is None:
                    node = QTreeWidgetItem([part])
                    _insert_sorted(parent, node, folder=True)
                    node.setExpanded(True)
                    self.items[key] = node
                parent = node
            item = QTreeWidgetItem([parts[-1]])
            item.setData(0, Qt.ItemDataRole.UserRole, rel)
            _insert_sorted(parent, item, folder=False)
            self.items[rel] = item
        name = rel.rsplit("/", 1)[-1]
        m = self.marks.get(rel)
        item.setText(0, f"{name}  ● {m}" if m else name)
        item.setToolTip(0, tip(f"{rel} ({m} in the last run)" if m else rel))

    def remove(self, rel: str) -> None:
        item = self.items.pop(rel, None)
        if rel in self.files:
            self.files.remove(rel)
        if item is not None:
            (item.parent() or self.tree.invisibleRootItem()).removeChild(item)

    def focus_goto(self) -> None:
        self.goto.setFocus()
        self.goto.selectAll()

    def _on_tree_item(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        rel = item.data(0, Qt.ItemDataRole.UserRole)
        if rel:
            self.file_chosen.emit(rel)

    def _on_goto_chosen(self, rel: str) -> None:
        """A whole path, or Enter on part of one: the first file the popup offers for it
        (case-insensitive, anywhere in the path), as in other editors' Ctrl+P."""
        if rel not in self.files:
            needle = rel.strip().lower()
            rel = next((f for f in self.files if needle in f.lower()), "") if needle else ""
        if rel:
            if item := self.items.get(rel):  # the tree shows which file is open
                self.tree.setCurrentItem(item)
            self.file_chosen.emit(rel)
            self.goto.clear()
