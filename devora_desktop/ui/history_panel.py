"""Versions of the project (newest first), their changes, restore and revert. Git work runs
off the Qt thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.core.words import cut_words, fix_label
from devora_desktop.ui.binding import Binding
from devora_desktop.ui.placeholder import Placeholder
from devora_desktop.ui.plain import tip
from devora_desktop.ui.theme import SPACE

if TYPE_CHECKING:
    from devora_desktop.core.models import Version
    from devora_desktop.core.workspace import RevertPlan
    from devora_desktop.progress import RunProgress
    from devora_desktop.ui.tasks import Tasks

ID_ROLE = Qt.ItemDataRole.UserRole
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1  # "v3": how the row's version is named elsewhere


#: the longest prompt a row shows whole (its tooltip has all of it)
MESSAGE_CHARS = 240
ROWS = 3  # versions History always has room for, whole


NO_VERSIONS = "No versions yet. Each run saves one here, and Restore brings any of them back."
#: while a project's history is read (seconds at start on a busy machine): never a false
#: "No versions yet" (walk14 #35)
LOADING = "Loading the project's versions…"


def row_text(number: int, message: str, when: str, cost: float | None) -> str:
    """"v2 · Dec 04 22:15 · $0.0123" over the version's message, wrapped: one line cut at
    its end read "a tracker for my pl…" at 1600 and 1024 px alike (walk9 #12)."""
    first = message.splitlines()[0] if message else ""
    head = f"v{number} · {when}" + (f" · ${cost:.4f}" if cost else "")
    return f"{head}\n{cut_words(first, MESSAGE_CHARS)}"


def whole_request(message: str, prompt: str | None) -> tuple[str, str]:
    """(the row's message, its tooltip): a version's subject is its request cut (the run's
    first paragraph, at most 200 characters); the request itself, when known (its run's
    prompt, or the commit's body), is the tooltip, and a subject cut without a mark (made
    before it had one) gets its "…"."""
    subject, _, body = message.partition("\n\n")
    whole = " ".join((prompt or "").strip().split("\n\n", 1)[0].split())
    if not whole and body and subject.endswith("…"):
        whole = body.strip()
    cut = subject.removesuffix("…").rstrip()
    if cut and len(whole) > len(cut) and whole.startswith(cut):
        return cut_words(whole, len(subject) if subject.endswith("…") else len(cut) + 1), whole
    return message, message


def revert_version(root: Path, version_id: str) -> str | None:
    """Bring back the state before ``version_id`` as a new version (core: Workspace.revert)."""
    from devora_desktop.core.workspace import Workspace

    return Workspace(root).revert(version_id)


def revert_plan(root: Path, version_id: str) -> RevertPlan:
    """What reverting ``version_id`` would do to the project now (core: Workspace.revert_plan)."""
    from devora_desktop.core.workspace import Workspace

    return Workspace(root).revert_plan(version_id)


def version_number(root: Path, version_id: str) -> int | None:
    from devora_desktop.core.workspace import Workspace

    return next((v.number for v in Workspace(root).history() if v.id == version_id), None)


def restore_version(root: Path, version_id: str) -> str | None:
    from devora_desktop.core.workspace import Workspace

    return Workspace(root).restore(version_id)


class _Wrapped(QStyledItemDelegate):
    """A row as tall as its words wrapped in the room the row has: Qt measured them in the
    list's whole width, without the row's padding (ui/theme.py), so a prompt that needed
    one more line was cut ("make the heading red like the …", walk15 #17)."""

    def sizeHint(self, option, index) -> QSize:
        view = self.parent()
        room = max(40, view.viewport().width() - 2 * SPACE["xs"] - 2)
        text = str(index.data() or "")
        height = option.fontMetrics.boundingRect(QRect(0, 0, room, 100_000),
                                                 int(Qt.TextFlag.TextWordWrap), text).height()
        return QSize(room, height + 2 * SPACE["xs"])


class HistoryPanel(QWidget):
    changes_requested = Signal(str)  # version id
    reloaded = Signal()

    def __init__(self, tasks: Tasks) -> None:
        super().__init__()
        self.tasks = tasks
        self.root: Path | None = None
        self._asked = 0  # reads of the history asked so far: only the newest is shown
        self.costs: dict[str, float] = {}  # run id -> cost, from the store
        self.prompts: dict[str, str] = {}  # run id -> the request, from the store
        title = QLabel("History")
        title.setObjectName("panel-title")
        self.list = QListWidget()
        self.list.setAccessibleName("History")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setItemDelegate(_Wrapped(self.list))
        self.list.viewport().installEventFilter(self)
        self._laid_out_at = -1  # the viewport width the rows were measured at
        self.list.setWordWrap(True)  # a row's prompt wraps whole (row_text)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # and again at a new width
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.empty = Placeholder(self.list, NO_VERSIONS)
        self.diff_button = QPushButton("Changes")
        self.diff_button.setToolTip("What this version changed")
        self.restore_button = QPushButton("Restore")
        self.running = False
        self._binding = Binding(self)
        row = QHBoxLayout()
        row.addWidget(self.diff_button)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self._fit_rows()
        self.list.itemActivated.connect(lambda it: self.changes_requested.emit(it.data(ID_ROLE)))
        self.diff_button.clicked.connect(self._on_diff_clicked)
        model = self.list.model()  # no versions (no project yet): nothing to show or restore
        for sig in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            sig.connect(self._sync_buttons)
            sig.connect(self._fit_rows)
        self._sync_buttons()

    def _fit_rows(self, *_args) -> None:
        """Room for ROWS versions whole (fewer when there are fewer), however the column is
        split: at 1024x700 History was squeezed to ~75 px under a Files list of one file,
        one version and the next cut mid-line (walk15 #17); room kept for three under one
        version was ~150 px blank while Projects and Files scrolled (walk22 #11). A row is
        its head line and a prompt that wraps to two lines in the column's width, with the
        sidebar's row padding (ui/theme.py)."""
        row = 3 * self.list.fontMetrics().lineSpacing() + 2 * SPACE["xs"]
        rows = max(1, min(self.list.count(), ROWS))  # none: the empty state's words decide
        self.empty.set_floor(rows * row + 2 * self.list.frameWidth() + SPACE["xs"])

    def eventFilter(self, watched, event) -> bool:
        """The rows are measured again at a new width (a scrollbar came, the column was
        resized): a list of rows top to bottom is laid out again only when its height
        changes."""
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize and \
                event.size().width() != self._laid_out_at:
            self._laid_out_at = event.size().width()
            QTimer.singleShot(0, self.list.doItemsLayout)
        return False

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()

    def set_running(self, running: bool) -> None:
        """A run is going: Restore waits for it (it asked, then refused after the yes)."""
        self.running = running
        self._sync_buttons()

    def _sync_buttons(self, *_args) -> None:
        has = self.list.count() > 0
        self.diff_button.setEnabled(has)
        self.restore_button.setEnabled(has and not self.running)
        self.restore_button.setToolTip(
            "Wait for the run to end (or stop it) to restore a version" if self.running else
            "Make this version the current state (as a new version)")

    def selected(self) -> str | None:
        item = self.list.currentItem() or self.list.item(0)
        return item.data(ID_ROLE) if item else None

    def selected_label(self) -> str:
        """"v3": the selected row's version, as a question or a line names it."""
        item = self.list.currentItem() or self.list.item(0)
        return item.data(LABEL_ROLE) if item else ""

    def _on_diff_clicked(self) -> None:
        vid = self.selected()
        if vid:
            self.changes_requested.emit(vid)

    def set_root(self, root: Path | None, costs: dict[str, float] | None = None,
                 prompts: dict[str, str] | None = None) -> None:
        """``costs``, ``prompts``: each run's, by its id (a row's cost, its whole request)."""
        self.root, self.costs, self.prompts = root, costs or {}, prompts or {}
        self.list.clear()
        self.empty.set_text(LOADING if root is not None else NO_VERSIONS)
        if root is not None:
            self.reload()

    def note_run(self, run_id: str, cost: float | None) -> None:
        """A run that just ended: its version's row shows its cost now, not only after the
        project's runs are read again at the next start (walk24 #17)."""
        if run_id and cost:
            self.costs[run_id] = cost

    def bind(self, progress: RunProgress) -> None:
        """Follow a run: its version is listed when the feed says "Saved as version vN",
        not when the run's end is told (the run closes its provider and records after it,
        2-3 s on a loaded machine with History empty and Changes grey: walk25 #19)."""
        self._binding.bind(progress, "version_saved")

    def unbind(self) -> None:
        """Another project is on screen: the run's version is not its history."""
        self._binding.drop()

    def _on_model_version_saved(self, _version_id: str, _number: int) -> None:
        self.reload()

    def reload(self) -> None:
        if self.root is not None:
            self._asked += 1
            self.tasks.spawn(self._reload(self.root, self._asked), name="history")

    async def _reload(self, root: Path, asked: int) -> None:
        from devora_desktop.core.errors import NotFound
        from devora_desktop.core.workspace import Workspace

        try:
            versions: list[Version] = await self.tasks.off_thread(Workspace(root).history)
        except (NotFound, OSError):  # OSError: read as its folder went to the trash
            if root != self.root:  # its project was deleted meanwhile: nothing to say
                return
            raise
        if root != self.root or asked != self._asked:
            # another project, or a newer read asked meanwhile (a run's save and a Restore
            # read at once): only the newest read is shown and told, so an older one that
            # ends last never puts back a stale list, nor says "reloaded" for it
            return
        self.list.clear()
        for v in versions:
            when = v.created_at.astimezone().strftime("%b %d %H:%M")
            message, whole = whole_request(v.message, self.prompts.get(v.run_id or ""))
            message = fix_label(self.prompts.get(v.run_id or "") or v.message) or message
            item = QListWidgetItem(row_text(v.number, message, when,
                                            self.costs.get(v.run_id or "")))
            item.setData(ID_ROLE, v.id)
            item.setData(LABEL_ROLE, f"v{v.number}")
            item.setToolTip(tip(whole))
            self.list.addItem(item)
        self.empty.set_text(NO_VERSIONS)
        self.reloaded.emit()
