"""The project list: filter, choose by click, double-click or Enter (even the highlighted
one), names told apart when two projects share one, and a context menu (right-click, the Menu
key or Shift+F10) with the project verbs (ui/project_actions.py carries them out)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.ui.icons import TintSelection
from devora_desktop.ui.placeholder import Placeholder
from devora_desktop.ui.plain import tip
from devora_desktop.ui.theme import SPACE

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction

    from devora_desktop.core.models import Project

ID_ROLE = Qt.ItemDataRole.UserRole
OPENED_ROLE = Qt.ItemDataRole.UserRole + 1
#: (name, twin_stamps) of a row whose name is used twice: the row fits them (twin_text)
TWIN_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's whole name (its text may be cut)
#: (verb, label) of the context menu; "delete" reads "Remove from Devora…" on opened folders.
VERBS = (("rename", "Rename…"), ("duplicate", "Duplicate"),
         ("reveal", "Reveal in file manager"), ("delete", "Delete…"))


def twin_stamps(projects: list[Project]) -> dict[str, tuple[str, str]]:
    """For each project whose name is used twice: (stamp, short stamp) that tell it apart —
    when it was made ("Dec 06 14:34"), and the time alone when the times differ ("14:34");
    each plus the id's end when even the stamp ties."""
    counts = Counter(p.name for p in projects)
    twins = [p for p in projects if counts[p.name] > 1]
    made = {p.id: p.created_at.astimezone() for p in twins}
    stamps = {pid: (when.strftime("%b %d %H:%M"), when.strftime("%H:%M"))
              for pid, when in made.items()}
    out = {}
    for p in twins:
        same = [q for q in twins if q.name == p.name]
        full, short = stamps[p.id]
        if sum(stamps[q.id][0] == full for q in same) > 1:  # made the same minute
            full, short = f"{full} · {p.id[-4:]}", f"{short} · {p.id[-4:]}"
        elif sum(stamps[q.id][1] == short for q in same) > 1:
            short = full  # made at one time on two days: the date is what differs
        out[p.id] = (full, short)
    return out


def display_names(projects: list[Project]) -> dict[str, str]:
    """Name, plus when it was made for names used twice (plus the id if that ties too)."""
    stamps = twin_stamps(projects)
    return {p.id: f"{p.name} · {stamps[p.id][0]}" if p.id in stamps else p.name
            for p in projects}


def twin_text(fm: QFontMetrics, name: str, stamp: tuple[str, str], room: int) -> str:
    """A twin's row in ``room`` px: the name stays readable and the date gives way first
    (walk15 #28: "Cat's vet visits · …nses · Dec 06 14:34" cut the name's middle and kept
    the date); what tells the twins apart stays at the end (walk12 #15)."""
    full, short = stamp
    for text in (f"{name} · {full}", f"{name} · {short}"):
        if fm.horizontalAdvance(text) <= room:
            return text
    tail = f" · {short}"
    return fm.elidedText(name, Qt.TextElideMode.ElideRight,
                         max(0, room - fm.horizontalAdvance(tail))) + tail


def shown_name(projects: list[Project], project: Project) -> str:
    """``project``'s name as its row reads among ``projects`` (the prompt's "Changes go to",
    a question that names it: "Ride Log" alone did not say which of two)."""
    return display_names(projects).get(project.id, project.name)


class _FitWidth(TintSelection):
    """Rows as wide as the list, their names elided ("Club de ajedrez de Val…") with the
    whole name in the tooltip: a row as wide as its name gave the list a horizontal
    scrollbar at 1024x700 and cut names at the list's edge (walk8 #8); and all as tall."""

    def sizeHint(self, option, index) -> QSize:
        """As tall as a row of text alone: a run's clock icon made its row taller (the
        style adds a margin round any icon) and moved every row under it, so a click meant
        for the next project landed on the running one (walk12 #7)."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        opt.icon = QIcon()
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        return QSize(0, style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt,
                                               QSize(), widget).height())

    def fit(self, option, index) -> None:
        """The icon fits in that row (it is drawn at its own size otherwise)."""
        side = max(8, option.fontMetrics.height() - 2)
        option.decorationSize = QSize(side, side)


RUNNING_TIP = "A run is going in this project"
FLOOR_ROWS = 4  # projects the list always has room for


def grey_with_reasons(actions: dict[str, QAction], line: QAction, why_not) -> None:
    """Grey each of ``actions`` that ``why_not(verb)`` refuses, the reason in its tooltip
    and once on ``line`` (a disabled entry of the same menu, hidden when nothing is grey)."""
    reasons = []
    for verb in ("rename", "duplicate", "delete"):
        if verb in actions and (reason := why_not(verb)):
            actions[verb].setEnabled(False)
            actions[verb].setToolTip(tip(reason))
            reasons.append(reason)
        elif verb in actions:
            actions[verb].setToolTip("")
    line.setText(reasons[0] if reasons else "")
    line.setVisible(bool(reasons))


class ProjectsPanel(QWidget):
    project_chosen = Signal(str)
    verb_requested = Signal(str, str)  # verb, project id

    def __init__(self) -> None:
        super().__init__()
        self.filter = QLineEdit(placeholderText="Filter projects")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Projects")
        self.list.setItemDelegate(_FitWidth(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        # the window shows before the data folder opens: "No projects yet" over a folder
        # with four, for seconds on a busy machine, until the list is known. In the list's
        # box, as Files' and History's empty states are: a bold line flush left under it
        # read as Files' heading's (walk23 #16)
        self.placeholder = Placeholder(self.list, "Loading projects…")
        self.empty = self.placeholder.label
        title = QLabel("Projects")
        title.setObjectName("panel-title")
        # New project was only Project › New project (Ctrl+N): nothing in sight said how to
        # start another one once a project was open (walk10 #12)
        from devora_desktop.ui.icons import icon

        self.new_button = QToolButton()
        self.new_button.setIcon(icon("new"))
        self.new_button.setText("New project")
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_button.setToolTip("Start a new project: describe it in the chat (Ctrl+N)")
        self.new_button.setAutoRaise(True)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.list.itemClicked.connect(self._on_list_item)
        self.list.itemActivated.connect(self._on_list_item)
        self.list.currentItemChanged.connect(self._on_list_current)
        self._quiet = False
        self.context_menu: QMenu | None = None
        #: (verb, project id) -> why it cannot be done now, or None (set by the window)
        self.why_not: Callable[[str, str], str | None] | None = None
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu)
        self.list.installEventFilter(self)
        self.list.viewport().installEventFilter(self)  # its width: the twins' rows fit it
        model = self.list.model()
        for sig in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            sig.connect(self._hold_rows)

    def _hold_rows(self, *_args) -> None:
        """The list keeps room for FLOOR_ROWS projects whole (fewer when there are fewer):
        at 1024x700 a split left by an earlier window, with History's floor for three
        versions, squeezed it to two rows and a half over Files' blank room (walk17 #26)."""
        rows = min(self.list.count(), FLOOR_ROWS)
        self.placeholder.set_floor(rows * self.list.sizeHintForRow(0)
                                   + 2 * self.list.frameWidth() if rows else 0)

    def set_projects(self, projects: list[Project], current: str | None) -> None:
        """The projects, newest first when the list is filled; later, rows already shown
        keep their places (a run's end re-sorted them, moving rows under the pointer) and
        new ones come on top."""
        shown = {self.list.item(i).data(ID_ROLE): i for i in range(self.list.count())}
        projects = sorted(projects, key=lambda p: shown.get(p.id, -1))  # stable: new first
        self._quiet = True
        try:
            self.list.clear()
            names, stamps = display_names(projects), twin_stamps(projects)
            for p in projects:
                item = QListWidgetItem(names[p.id])
                item.setData(ID_ROLE, p.id)
                item.setData(OPENED_ROLE, bool(p.folder))
                item.setData(NAME_ROLE, names[p.id])
                if p.id in stamps:
                    item.setData(TWIN_ROLE, (p.name, stamps[p.id]))
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, names[p.id])
                about = p.summary or p.prompt
                item.setToolTip(tip(f"{names[p.id]}\n{about}" if about and about != names[p.id]
                                    else names[p.id]))  # the whole name: the row may elide it
                self.list.addItem(item)
            self.select(current)
        finally:
            self._quiet = False
        self.placeholder.set_text("No projects yet: describe one in the chat.")
        self._fit_twins()
        self._on_filter_text_changed(self.filter.text())

    def select(self, project_id: str | None) -> None:
        """Follow the current project without emitting anything."""
        self._quiet, was = True, self._quiet
        try:
            self.list.setCurrentItem(None)
            self.list.clearSelection()
            for i in range(self.list.count()):
                if self.list.item(i).data(ID_ROLE) == project_id:
                    self.list.setCurrentRow(i)
        finally:
            self._quiet = was

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _on_filter_text_changed(self, text: str) -> None:
        """Each word typed must be in the name, in any order: a stray space hid every
        one-word project with nothing in the box to say why (walk7 #8)."""
        words = text.lower().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            name = (item.data(NAME_ROLE) or item.text()).lower()
            item.setHidden(not all(word in name for word in words))

    def _on_list_item(self, item: QListWidgetItem) -> None:
        if item is not None and item.data(ID_ROLE) is not None and not self._quiet:
            self.project_chosen.emit(item.data(ID_ROLE))

    def _on_list_current(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None and not self._quiet:
            self.project_chosen.emit(current.data(ID_ROLE))

    def _fit_twins(self) -> None:
        """Each twin's row text for the list's width (twin_text); the tooltip has it all."""
        room = self.list.viewport().width() - 2 * SPACE["xs"] - SPACE["s"]
        fm = self.list.fontMetrics()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if twin := item.data(TWIN_ROLE):
                name, stamp = twin
                item.setText(twin_text(fm, name, tuple(stamp), room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The Menu key and Shift+F10 open the context menu on the highlighted project."""
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_twins()
            return False
        if watched is self.list and event.type() == QEvent.Type.KeyPress and (
                event.key() == Qt.Key.Key_Menu or (
                    event.key() == Qt.Key.Key_F10
                    and event.modifiers() == Qt.KeyboardModifier.ShiftModifier)):
            item = self.list.currentItem()
            if item is not None:
                self._on_list_context_menu(self.list.visualItemRect(item).center())
            return True
        return super().eventFilter(watched, event)

    def show_pending(self, label: str, project_id: str) -> None:
        """A new project whose first run is going: listed at once, in words rather than a
        name that would change, until the run ends and ``set_projects`` lists it (or not,
        when nothing was kept); a click on it comes back to its run."""
        from devora_desktop.ui.icons import icon

        item = QListWidgetItem(icon("streaming"), label)
        item.setData(ID_ROLE, project_id)
        item.setToolTip(RUNNING_TIP)
        self._quiet, was = True, self._quiet  # listed: not chosen (a list in focus with no
        try:  # current row makes the first one current)
            self.list.insertItem(0, item)
        finally:
            self._quiet = was

    def mark_running(self, project_id: str) -> None:
        """The project a run goes on in, marked as a new one's is, while others are looked
        at (``set_projects`` at the run's end lists it plainly again)."""
        from devora_desktop.ui.icons import icon

        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ID_ROLE) == project_id:
                item.setIcon(icon("streaming"))
                item.setToolTip(f"{item.toolTip()}\n{RUNNING_TIP}")

    def _on_list_context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None or item.data(ID_ROLE) is None:
            return
        pid = item.data(ID_ROLE)
        menu = QMenu(self.list)
        menu.setToolTipsVisible(True)
        actions = {}
        for verb, label in VERBS:
            if verb == "delete" and item.data(OPENED_ROLE):
                label = "Remove from Devora…"
            actions[verb] = menu.addAction(label)
            actions[verb].triggered.connect(
                lambda _c=False, v=verb: self.verb_requested.emit(v, pid))
        if self.why_not is not None:  # a run going: what waits for it is grey, and why
            sep, line = menu.addSeparator(), menu.addAction("")
            line.setEnabled(False)
            grey_with_reasons(actions, line, lambda v: self.why_not(v, pid))
            sep.setVisible(line.isVisible())
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context_menu = menu
        menu.popup(self.list.viewport().mapToGlobal(pos))
