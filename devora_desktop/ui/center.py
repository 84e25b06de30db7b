"""The centre: the empty state before a project exists, else tabs [Code] [Preview] [Changes N].
The Preview tab is ui.preview_panel (embedded page, or a URL to open)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.ui import icons
from devora_desktop.ui.plain import plain_label

if TYPE_CHECKING:
    from devora_desktop.ui.changes_panel import ChangesPanel
    from devora_desktop.ui.file_viewer import FileViewer
    from devora_desktop.ui.preview_panel import PreviewPanel

LOOKING = "Looking for the model your runs will use…"
EXAMPLES = ["A todo app with due dates", "A landing page for a bakery called Crumb",
            "A blog about mountain hiking", "A SaaS dashboard for subscriptions"]


class EmptyState(QWidget):
    example_chosen = Signal(str)  # the example prompt a person clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel("<h2>Describe the app you want</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel("Type it in the chat on the right, or start from an example:")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(hint)
        self.example_buttons = []
        for text in EXAMPLES:
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, t=text: self.example_chosen.emit(t))
            self.example_buttons.append(b)
            layout.addWidget(b, alignment=Qt.AlignmentFlag.AlignCenter)
        # Said from the first frame, in the room its answer takes: the provider is worked
        # out seconds after the window shows (keys, local servers), and the line came in
        # late and moved the whole block up when it did (walk23 #22).
        self.banner = plain_label(QLabel(LOOKING))
        self.banner.setObjectName("provider-banner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.settings_button = QPushButton("Open Settings")
        layout.addSpacing(12)
        layout.addWidget(self.banner)
        layout.addWidget(self.settings_button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)

    def showEvent(self, event) -> None:
        # two lines kept for the banner (its longest answers wrap once at 1024 px): the
        # block above stays put whether it says one line or two
        self.banner.setMinimumHeight(2 * self.banner.fontMetrics().lineSpacing())
        super().showEvent(event)


class CenterArea(QStackedWidget):
    viewer: FileViewer
    preview: PreviewPanel
    changes: ChangesPanel
    tabs: QTabWidget

    def __init__(self, parent: QWidget | None = None) -> None:
        """``parent``: where it goes, given at once (see MainWindow._build). The empty state
        only: the tabs come with :meth:`build_tabs`, after the window's first frame."""
        super().__init__(parent)
        self.empty = EmptyState(self)
        self.addWidget(self.empty)

    def build_tabs(self, changes: ChangesPanel) -> None:
        """The Code, Preview and Changes tabs, behind the empty state until a project is
        open (their modules load here, not before the window is first shown)."""
        from devora_desktop.ui.file_viewer import FileViewer
        from devora_desktop.ui.preview_panel import PreviewPanel

        self.viewer = FileViewer()
        self.preview = PreviewPanel()
        self.changes = changes
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # each with its icon, as a product's view switcher has (Dyad's preview header)
        self.tabs.addTab(self.viewer, icons.icon("code"), "Code")
        self.tabs.addTab(self.preview, icons.icon("preview"), "Preview")
        self.tabs.addTab(self.changes, icons.icon("changes"), "Changes")
        self.links = QLabel()
        self.links.setOpenExternalLinks(True)
        self.tabs.setCornerWidget(self.links)
        self.addWidget(self.tabs)
        # Tab goes through them where they are, after the empty state's buttons: made after
        # the window's other panels, they came last in its focus chain
        QWidget.setTabOrder(self.empty.settings_button, self.tabs)
        changes.count_changed.connect(self.set_changes_count)
        self.preview.show_requested.connect(self.show_preview)

    def set_changes_count(self, n: int) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.changes), f"Changes {n}" if n else "Changes")

    def show_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty if empty else self.tabs)

    def show_preview(self) -> None:
        """Web projects: the page is the main view, the code one click away."""
        self.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.preview)

    def showing_preview(self) -> bool:
        return self.currentWidget() is self.tabs and self.tabs.currentWidget() is self.preview

    def show_code(self) -> None:
        self.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.viewer)

    def show_changes(self) -> None:
        self.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.changes)
