"""The window's left column: the projects, the open project's files and its history, one
above the other in a dock the person can resize or hide (its panels carry their own
headings, so the dock has no title bar saying "Project" above them). The split between
them follows what they hold until the person drags it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListView,
    QSplitter,
    QTreeView,
    QWidget,
)

from devora_desktop.ui.files_panel import FilesPanel
from devora_desktop.ui.history_panel import HistoryPanel
from devora_desktop.ui.projects_panel import ProjectsPanel

if TYPE_CHECKING:
    from devora_desktop.ui.tasks import Tasks


#: rows a list keeps when the three need more room than the column has (walk23 #26)
MIN_ROWS = 3


def share(total: int, wants: list[int]) -> list[int]:
    """``total`` px among panels that want ``wants``: when all fit, each gets what it wants
    and the room left over in proportion; else those that want least get it all and the
    others share the rest evenly (each panel's own floor is the splitter's to keep)."""
    if sum(wants) <= total:
        extra, whole = total - sum(wants), max(1, sum(wants))
        sizes = [want + extra * want // whole for want in wants]
    else:
        sizes, left = list(wants), total
        order = sorted(range(len(wants)), key=lambda i: wants[i])
        for n, i in enumerate(order):
            sizes[i] = min(wants[i], left // (len(order) - n))
            left -= sizes[i]
    sizes[-1] += total - sum(sizes)
    return sizes


def pitches(view: QAbstractItemView) -> list[int]:
    """The height of each of ``view``'s rows, top to bottom (a tree: those its open folders
    show)."""
    if isinstance(view, QTreeView):
        count, index = 0, view.model().index(0, 0)
        while index.isValid():
            count, index = count + 1, view.indexBelow(index)
        return [view.sizeHintForRow(0)] * count if count else []
    spacing = 2 * view.spacing() if isinstance(view, QListView) else 0
    return [view.sizeHintForRow(row) + spacing for row in range(view.model().rowCount())]


def rows_height(view: QAbstractItemView) -> int:
    """How tall ``view``'s rows are, all of them (a tree: those its open folders show)."""
    return sum(pitches(view))


def whole(rows: list[int], room: int) -> int:
    """How tall the rows that fit whole in ``room`` px are, counted from the top."""
    used = 0
    for pitch in rows:
        if used + pitch > room:
            break
        used += pitch
    return used


def minimum(panel: QWidget) -> int:
    """The least height a splitter gives ``panel``."""
    return max(panel.minimumHeight(), panel.minimumSizeHint().height())


def wanted(panel: QWidget, view: QAbstractItemView) -> int:
    """The height ``panel`` needs to show every row of ``view`` (its list) with no scroll
    bar, or its empty state's words whole (the view's minimum then: ui/placeholder.py)."""
    if not view.isVisible():
        return panel.sizeHint().height()
    # frame, margins (not the blank a list keeps under its whole rows: ContentSplit.snap)
    chrome = view.height() - view.viewport().height() - view.viewportMargins().bottom()
    return panel.height() - view.height() + max(view.minimumHeight(),
                                                 chrome + rows_height(view) + 2)


class ProjectColumn(QDockWidget):
    def __init__(self, tasks: Tasks, parent: QWidget) -> None:
        super().__init__("Project", parent)
        self.setObjectName("project-dock")  # the saved layout knows it by this name
        self.projects = ProjectsPanel()
        self.files = FilesPanel(tasks)
        self.history = HistoryPanel(tasks)
        self.split = QSplitter(Qt.Orientation.Vertical, self)  # in the dock at once: styled once
        self.split.setObjectName("sidebar")  # its own surface tone (ui/theme.py)
        self.split.setContentsMargins(8, 4, 4, 8)  # off the window's edge, on the 8-px rhythm
        for panel in (self.projects, self.files, self.history):
            self.split.addWidget(panel)
        self.split.setSizes([220, 260, 260])  # History: several versions (walk15 #17)
        self.setWidget(self.split)
        self.setTitleBarWidget(QWidget())
        self.fitter = ContentSplit(self.split, [(self.projects, self.projects.list),
                                                (self.files, self.files.tree),
                                                (self.history, self.history.list)])


class ContentSplit(QObject):
    """Keeps a splitter's panels as tall as their lists' rows need, the room shared when
    they need more than there is (see :func:`share`): at 1024x700 Projects (4 rows) and
    Files (5) scrolled while History below had ~150 px blank (walk22 #11). A drag of the
    splitter is the person's choice: from then on (and after a restart: ui/layout_state.py
    keeps the splitter's "held" sizes) the split comes back to where they put it, in
    proportion, once a list's empty or loading state, which may need more, has gone."""

    def __init__(self, split: QSplitter, panels: list[tuple[QWidget, QAbstractItemView]]):
        super().__init__(split)
        self.split, self.panels = split, panels
        self.timer = QTimer(self, singleShot=True, interval=0)  # once the rows are laid out
        self.timer.timeout.connect(self.fit)
        split.splitterMoved.connect(lambda *_: split.setProperty("held", split.sizes()))
        split.splitterMoved.connect(lambda *_: self.snap_all())  # dragged: whole rows still
        split.installEventFilter(self)
        #: a list's rows measured again at its new width (History's wrap) end on a whole row
        self.snapper = QTimer(self, singleShot=True, interval=0)
        self.snapper.timeout.connect(self.snap_all)
        for _panel, view in panels:
            view.viewport().installEventFilter(self)
            model = view.model()
            for changed in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                            model.layoutChanged):
                changed.connect(self.timer.start)
            if isinstance(view, QTreeView):
                view.expanded.connect(self.timer.start)
                view.collapsed.connect(self.timer.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.split:
            if event.type() == QEvent.Type.Resize:
                self.snapper.start()
        elif event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.timer.start()
        return False

    def fit(self) -> None:
        if not self.split.isVisible():
            return
        total, held = sum(self.split.sizes()), self.split.property("held")
        if held:
            self.split.setSizes([int(size) for size in held])  # (scaled to the room)
        elif total > 0:
            sizes = share(total, [wanted(p, v) for p, v in self.panels])
            self.split.setSizes(self.whole_rows(sizes))
        self.snap_all()

    def snap_all(self) -> None:
        for _panel, view in self.panels:
            self.snap(view)

    def _room(self, panel: QWidget, view: QAbstractItemView) -> tuple[int, list[int]]:
        """What of ``panel``'s height is not its rows' room (heading, frames), and its rows."""
        return panel.height() - view.viewport().height() - view.viewportMargins().bottom(), \
            pitches(view) if view.isVisible() else []

    def whole_rows(self, sizes: list[int]) -> list[int]:
        """``sizes`` with every list that has more rows than room showing whole rows, at
        least MIN_ROWS of them (walk23 #26: at 1024x700 with all three lists full, each
        showed a row cut in half): what a list's last part row would have taken goes to a
        list with room to spare, or else to the one whose rows are shortest, where it is
        least (a blank strip under its rows, :meth:`snap`)."""
        sizes = list(sizes)
        rooms = [self._room(p, v) for p, v in self.panels]
        # (and no less than the splitter keeps: it took the rest from the others' rows)
        floors = [max(outside + sum(rows[:MIN_ROWS]), minimum(panel))
                  for (panel, _view), (outside, rows) in zip(self.panels, rooms, strict=True)]
        for i, floor in enumerate(floors):  # the floor first, from the panel most above its own
            if sizes[i] < floor:
                j = max(range(len(sizes)), key=lambda k: sizes[k] - floors[k])
                give = max(0, min(floor - sizes[i], sizes[j] - floors[j]))
                sizes[i], sizes[j] = sizes[i] + give, sizes[j] - give
        over = [i for i, (outside, rows) in enumerate(rooms) if outside + sum(rows) > sizes[i]]
        if not over:
            return sizes
        spare = [i for i in range(len(sizes)) if i not in over]
        sink = spare[0] if spare else min(over, key=lambda i: (rooms[i][1][0], -i))
        for i in over:
            if i == sink:
                continue
            outside, rows = rooms[i]
            kept = max(outside + whole(rows, sizes[i] - outside), floors[i])
            if kept > outside:
                sizes[sink] += sizes[i] - kept
                sizes[i] = kept
        return sizes

    @staticmethod
    def snap(view: QAbstractItemView) -> None:
        """A list with more rows than room shows the rows that fit whole (at its top), the
        rest of its box blank under them, never a row cut across."""
        margin = view.viewportMargins().bottom()
        room = view.viewport().height() + margin
        rows = pitches(view)
        used = whole(rows, room)
        fits = [n for n in range(len(rows) + 1) if sum(rows[:n]) <= used][-1]
        # (a next row taller than the whole room can only be seen cut: no blank for it)
        want = room - used if used > 0 and fits < len(rows) and rows[fits] <= room else 0
        view.setProperty("blank", want)  # (a tree sets its margins again: WholeRowsTree)
        if want != margin:
            view.setViewportMargins(0, 0, 0, want)
