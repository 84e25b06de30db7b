"""The project list: filter, choose by click, double-click or Enter (even the highlighted
one), names told apart when two projects share one, and a context menu (right-click, the Menu
key or Shift+F10) with the project verbs (ui/project_actions.py carries them out)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QIcon
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
from devora_desktop.ui.plain import tip

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction

    from devora_desktop.core.models import Project

ID_ROLE = Qt.ItemDataRole.UserRole
OPENED_ROLE = Qt.ItemDataRole.UserRole + 1
#: the row's name is used twice: its end (when it was made) is what tells the two apart
TWIN_ROLE = Qt.ItemDataRole.UserRole + 2
#: (verb, label) of the context menu; "delete" reads "Remove from Devora…" on opened folders.
VERBS = (("rename", "Rename…"), ("duplicate", "Duplicate"),
         ("reveal", "Reveal in file manager"), ("delete", "Delete…"))


def display_names(projects: list[Project]) -> dict[str, str]:
    """Name, plus when it was made for names used twice (plus the id if that ties too)."""
    counts = Counter(p.name for p in projects)
    out: dict[str, str] = {}
    for p in projects:
        if counts[p.name] < 2:
            out[p.id] = p.name
            continue
        when = p.created_at.astimezone().strftime("%b %d %H:%M")
        out[p.id] = f"{p.name} · {when}"
    counts = Counter(out.values())
    return {pid: f"{name} · {pid[-4:]}" if counts[name] > 1 else name
            for pid, name in out.items()}


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
        if index.data(TWIN_ROLE):  # "Daily water intake · Tr…" cut the telling stamp off
            option.textElideMode = Qt.TextElideMode.ElideMiddle  # (walk12 #15)


RUNNING_TIP = "A run is going in this project"


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
        self.empty = QLabel("No projects yet: describe one in the chat.")
        self.empty.setWordWrap(True)
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
        layout.addWidget(self.empty)
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

    def set_projects(self, projects: list[Project], current: str | None) -> None:
        """The projects, newest first when the list is filled; later, rows already shown
        keep their places (a run's end re-sorted them, moving rows under the pointer) and
        new ones come on top."""
        shown = {self.list.item(i).data(ID_ROLE): i for i in range(self.list.count())}
        projects = sorted(projects, key=lambda p: shown.get(p.id, -1))  # stable: new first
        self._quiet = True
        try:
            self.list.clear()
            names = display_names(projects)
            for p in projects:
                item = QListWidgetItem(names[p.id])
                item.setData(ID_ROLE, p.id)
                item.setData(OPENED_ROLE, bool(p.folder))
                item.setData(TWIN_ROLE, names[p.id] != p.name)
                about = p.summary or p.prompt
                item.setToolTip(tip(f"{names[p.id]}\n{about}" if about and about != names[p.id]
                                    else names[p.id]))  # the whole name: the row may elide it
                self.list.addItem(item)
            self.select(current)
        finally:
            self._quiet = False
        self.empty.setVisible(not projects)
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
            name = item.text().lower()
            item.setHidden(not all(word in name for word in words))

    def _on_list_item(self, item: QListWidgetItem) -> None:
        if item is not None and item.data(ID_ROLE) is not None and not self._quiet:
            self.project_chosen.emit(item.data(ID_ROLE))

    def _on_list_current(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None and not self._quiet:
            self.project_chosen.emit(current.data(ID_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The Menu key and Shift+F10 open the context menu on the highlighted project."""
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
        self.empty.hide()

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
