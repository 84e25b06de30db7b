"""The Preview tab: the project served from loopback, embedded with QtWebEngine when it is
installed (the ``preview`` extra), else a clickable, copyable URL and Open in browser.

JavaScript errors the page logs are listed under it with "Ask the agents to fix this",
which hands a refinement prompt carrying them to the window. A web project is served by
:class:`core.preview.PreviewServer` (only its listed files); a full-stack project needs its
dev server: the window passes a ``dev_server`` factory when one exists (the hook for the
verified-runs work), else the panel says what is missing.

QtWebEngine loads on the first page shown (~0.1 s), never at start-up, and nothing is
served until the tab is visible. It needs ``ui.webengine.prepare_webengine()`` before the
QApplication exists.
"""

from __future__ import annotations

import collections
import contextlib
import html
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from devora_desktop.core import preview_pool
from devora_desktop.ui import desktop, held_frame, icons, keep_scroll, theme
from devora_desktop.ui.page_files import PageDownloads, staging_root
from devora_desktop.ui.plain import tip
from devora_desktop.ui.webengine import webengine_available

if TYPE_CHECKING:
    import asyncio
    from pathlib import Path

    from devora_desktop.core.preview import OriginPolicy, PreviewSource
    from devora_desktop.core.workspace import Workspace

DevServerFactory = Callable[["Workspace"], Awaitable["PreviewSource"]]
MAX_ERRORS = 50
LOG_LINES = 300  # of a dev server's output while it starts
#: files landing within this of each other make one reload (the first of them after a quiet
#: spell reloads at once: see file_landed)
RELOAD_MS = 80
#: files landing reload the page as they land for this many reloads in a row; a run that
#: keeps landing files after that reloads it once every RELOAD_EVERY_MS (each reload is
#: Chromium's work on the window's thread: a reload every 250 ms through a 23 s run held the
#: agents' text off the screen, bench/ui_latency.py), and its end reloads it at once
BURST_RELOADS = 6
RELOAD_EVERY_MS = 1000
COPIED_MS = 2000  # how long Copy says "Copied" (it stuck until the next page, walk13 #23)
#: after a run's end, when the pages left during it go (see _set_page)
RETIRED_MS = 3000
FROZEN_PAGES = 2  # pages left during a run kept frozen at most (the oldest goes first)
#: While a run goes, its checks may build the project (``next build``) in the folder a dev
#: server would use: one Next process per .next.
WAIT_FOR_CHECKS = ("The preview starts when the checks finish: the project's dev server and "
                   "the run's build can't share its folder.")
NO_PROJECT = "Open a project to preview it."
PICK_TIP = "Click an element of the page to change just that in the next run"
FIX_TIP = "A run that fixes the errors listed here"
#: a web run's project before its first page (a new project's, before it exists too)
FIRST_PAGE = ("The preview appears here as soon as the agents write the first page; each "
              "file that lands updates it.")
#: a new project's full-stack run, before its project exists
BUILT_FIRST = "The preview starts when the run has built the project."
COMPILING = "The dev server is up; compiling the first page… (the output below)"
BACK = "The dev server kept running while you were away; loading the page…"
APPLICATION_WORLD = 1  # QWebEngineScript.ApplicationWorld: the page's scripts cannot see it


@dataclass(frozen=True)
class ConsoleError:
    message: str
    source: str  # a project path when the page is ours, else the URL
    line: int

    def in_project(self) -> bool:
        """The error names a file of the project (not a URL elsewhere, not the server log)."""
        return bool(self.source) and "://" not in self.source and self.source != "npm run dev"

    def describe(self) -> str:
        where = (f"{self.source}:{self.line}" if self.line else self.source) if self.source \
            else f"line {self.line}"
        return f"{self.message} ({where})"


class ReloadBudget:
    """How many live reloads may start now: a bucket of BURST_RELOADS, one more each
    RELOAD_EVERY_MS (a web run's few files reload the page as each lands; a long run landing
    file after file shows the page once a second)."""

    def __init__(self, burst: int = BURST_RELOADS, every_ms: int = RELOAD_EVERY_MS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.burst, self.every, self.clock = burst, every_ms / 1000, clock
        self.left = float(burst)
        self.at = clock()

    def _refill(self) -> float:
        now = self.clock()
        self.left = min(float(self.burst), self.left + (now - self.at) / self.every)
        self.at = now
        return self.left

    def wait_ms(self) -> int:
        """0 when a reload may start now, else how long until one may."""
        left = self._refill()
        return 0 if left >= 1 else max(1, int((1 - left) * self.every * 1000 + 0.999))

    def take(self) -> None:
        self._refill()
        self.left = max(0.0, self.left - 1)

    def fill(self) -> None:
        """A new run (or a page shown afresh): its first files reload at once again."""
        self.left, self.at = float(self.burst), self.clock()


def fix_prompt(errors: list[ConsoleError]) -> str:
    """The refinement prompt "Ask the agents to fix this" sends."""
    lines = "\n".join(f"- {e.describe()}" for e in errors[:20])
    from devora_desktop.core.words import FIX_REQUEST

    return f"{FIX_REQUEST}\n{lines}"


def is_static_site(ws: Workspace) -> bool:
    return ws.exists("index.html")


def no_page(ws: Workspace) -> str:
    """Why a folder with neither a page nor a dev server shows nothing, and what to do (an
    opened folder of Python scripts met "package.json cannot be read: [Errno 2]…")."""
    python = any(ws.root.glob("*.py"))
    return ("No page to show: this folder has no index.html or package.json"
            + (" (a Python script runs outside Devora)." if python else ".")
            + " Describe the page you want below and the agents write it, or open the folder "
              "(Project › Reveal in file manager) to run it yourself.")


def _guarded_page(policy: OriginPolicy, open_url: Callable[[QUrl], object],
                  on_error: Callable[[str, int, str], None], parent: QWidget,
                  profile: QObject | None = None) -> QObject:
    """A page that stays on ``policy``'s origin: requests elsewhere on this computer are
    blocked, a clicked link to another site opens in the system browser, other navigations
    are dropped. ``profile``: the project's own (its storage kept between launches, see
    :func:`project_profile`), which outlives the page; without one, a fresh off-the-record
    profile that goes with the page. A profile must outlive its pages (Qt warns otherwise)."""
    from PySide6.QtWebEngineCore import (
        QWebEnginePage,
        QWebEngineProfile,
        QWebEngineUrlRequestInterceptor,
    )

    error_level = QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel
    clicked = QWebEnginePage.NavigationType.NavigationTypeLinkClicked
    multiple = QWebEnginePage.FileSelectionMode.FileSelectOpenMultiple

    class Interceptor(QWebEngineUrlRequestInterceptor):
        def interceptRequest(self, info) -> None:
            if not policy.allows_request(info.requestUrl().toString()):
                info.block(True)

    class Page(QWebEnginePage):
        def javaScriptConsoleMessage(self, level, message, line, source) -> None:
            # a page replaced by the next project's says nothing more: its last words came
            # under that project's page (walk18 #36)
            if level == error_level and getattr(parent, "page", lambda: None)() is self:
                on_error(message, line, source)

        def acceptNavigationRequest(self, url, nav_type, is_main_frame) -> bool:
            verdict = policy.navigation(url.toString(), clicked=nav_type == clicked)
            if verdict == "browser" and is_main_frame:
                open_url(url)
            return verdict == "stay"

        def chooseFiles(self, mode, _old, accepted) -> list[str]:
            """A file input (the app's Import CSV): opened in the person's Documents."""
            from devora_desktop.ui.page_files import choose_files

            return choose_files(parent, mode == multiple, list(accepted))

        def createWindow(self, _type) -> QWebEnginePage:
            """window.open and target=_blank: a hidden page that only hands a clicked
            outside link to the system browser, then goes away."""
            return Popup(self.profile(), self)

    class Popup(QWebEnginePage):
        def acceptNavigationRequest(self, url, nav_type, is_main_frame) -> bool:
            if is_main_frame:
                if policy.navigation(url.toString(), clicked=nav_type == clicked) \
                        == "browser":
                    open_url(url)
                self.deleteLater()
            return False

    own = profile is None
    if profile is None:
        profile = QWebEngineProfile()  # no storage name: off the record, in memory only
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        profile.setDownloadPath(str(staging_root()))
    interceptor = Interceptor(profile)
    profile.setUrlRequestInterceptor(interceptor)  # this page's policy from now on
    page = Page(profile, parent)
    if own:
        # after the page among the parent's children, so deleted after it (and after the
        # popups, the page's children); a page replaced by the next project's takes it along
        profile.setParent(parent)
        page.destroyed.connect(profile.deleteLater)
    page.guard = interceptor  # PySide drops the Python override of an unreferenced object
    return page


def _frozen(page: QObject) -> bool:
    """Freeze ``page`` (no longer in a view): its timers and scripts stop. False when
    Chromium refused (the page is left running: delete it)."""
    from PySide6.QtWebEngineCore import QWebEnginePage

    frozen = QWebEnginePage.LifecycleState.Frozen
    page.setLifecycleState(frozen)
    return page.lifecycleState() == frozen


def project_profile(key: str, folder: Path, parent: QObject) -> QObject:
    """One project's preview profile, kept on disk in ``folder``: what its page stores
    (localStorage, IndexedDB) is there at the next launch, as in a browser — the page said
    "Saved in this browser" and lost it at every restart. Projects never share one (cookies
    are per host, not per port). The HTTP cache stays in memory; cookies end with the
    session."""
    from PySide6.QtWebEngineCore import QWebEngineProfile

    folder.mkdir(parents=True, exist_ok=True)
    profile = QWebEngineProfile(f"devora-preview-{key}", parent)
    profile.setPersistentStoragePath(str(folder))
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(
        QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
    profile.setDownloadPath(str(staging_root()))
    return profile


class FittingLabel(QLabel):
    """One line that shows the longest of its wordings its width holds, so a narrow centre
    drops words whole ("· this computer only" went under Pick, cut to "this computer or"),
    and at the narrowest the last wording's link keeps its end ("…0.1:40399": the port).
    A wording is (link text, its href or "", plain text after it)."""

    def __init__(self) -> None:
        super().__init__()
        self.wordings: list[tuple[str, str, str]] = []

    def set_wordings(self, *wordings: tuple[str, str, str]) -> None:
        self.wordings = list(wordings)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        metrics = self.fontMetrics()
        for link, href, tail in self.wordings:
            if metrics.horizontalAdvance(link + tail) <= room:
                return self._show(link, href, tail)
        if self.wordings:
            link, href, tail = self.wordings[-1]
            if link:
                link = metrics.elidedText(link, Qt.TextElideMode.ElideLeft,
                                          max(0, room - metrics.horizontalAdvance(tail)))
            else:
                tail = metrics.elidedText(tail, Qt.TextElideMode.ElideRight, room)
            return self._show(link, href, tail)
        self.setText("")

    def _show(self, link: str, href: str, tail: str) -> None:
        text = (f"<a href='{html.escape(href)}'>{html.escape(link)}</a>" if href
                else html.escape(link)) + html.escape(tail)
        if text != self.text():
            self.setText(text)


class PreviewPanel(QWidget):
    fix_requested = Signal(str)  # a refinement prompt carrying the console errors
    show_requested = Signal()  # bring the Preview tab back (after the fix run it asked for)
    loaded = Signal(bool)
    url_changed = Signal(str)
    busy_changed = Signal(bool)
    source_requested = Signal(str, int)  # a console error's project file and line, clicked
    element_picked = Signal(object)  # ui.pick.Picked: the element the next run changes
    painted = Signal()  # a page with content is on screen (the first load of a source)
    page_shown = Signal()  # a page just loaded is on screen (any load: see ui/held_frame.py)
    supabase_requested = Signal()  # "Connect Supabase": the window opens its form
    said = Signal(str)  # a line for the status bar ("Opening … in your browser")
    offered = Signal(str, str, str)  # a failure, its button's words, what it copies

    def __init__(self, *, use_webengine: bool | None = None,
                 open_url: Callable[[QUrl], object] | None = None) -> None:
        super().__init__()
        self.embedded = webengine_available() if use_webengine is None else use_webengine
        # a browser that fails to start is said, not silent (walk18 #21: xdg-open's browser
        # refused to start and nothing showed)
        self.open_url = open_url or (lambda url: desktop.open_or_copy(
            url, self.said.emit, offer=self.offered.emit))
        #: why no run can change this project (the offline templates): Pick is off then
        self.pick_refused: str | None = None
        self.dev_server: DevServerFactory | None = None
        #: None: ask (the Start button); True/False: a known answer (core.checks)
        self.consent: Callable[[Workspace], bool | None] | None = None
        #: the sandbox probe: where it confines the dev server, nobody is asked either
        self.sandbox: Callable[[], Awaitable[object]] | None = None
        #: the project's mode (attach): a web project Devora made is a static site, never
        #: previewed through a dev server (full-stack mode's, which a licence may not allow)
        self.mode_of: Callable[[Workspace], str | None] | None = None
        #: the current project's id and the folder its preview keeps its storage in (attach);
        #: None: a throwaway profile and any free port (nothing kept)
        self.storage: Callable[[], tuple[str, Path] | None] | None = None
        self._profiles: dict[str, QObject] = {}
        self._deciding: asyncio.Task | None = None
        self.source: PreviewSource | None = None
        self.workspace: Workspace | None = None
        self.errors: list[ConsoleError] = []
        self.view: QWidget | None = None
        self.policy: OriginPolicy | None = None  # what the embedded view may reach
        self._task: asyncio.Task | None = None
        self._pending = False
        self._fix_asked = False
        self._server_seen = 0  # the dev server's error lines the console has listed
        self._server_mark = 0  # ...of which those before this were cleared (a reload)
        #: the dev servers of projects left, for coming back to (core/preview_pool.py);
        #: ``_dev_stamp``: what the server on screen started from (None: not a dev server)
        self.pool = preview_pool.DevServerPool()
        #: the output of each dev server starting, by project: shown again if its project
        #: comes back before it answers
        self._start_logs: dict[Path, collections.deque[str]] = {}
        self._dev_stamp: preview_pool.Stamp | None = None
        self.server_timer = QTimer(self, interval=1000)
        self.server_timer.timeout.connect(self._on_server_timer)
        self.ctx = None
        #: a run of a web project is writing it: no dev server; each landed file reloads
        self.expect_static = False
        #: a run is going: its project's dev server waits until it ends (see run_started);
        #: ``run_root`` is that project's folder once known (None: any project waits)
        self.run_going = False
        self.run_root: Path | None = None
        self.live_timer = QTimer(self, singleShot=True, interval=RELOAD_MS)
        self.live_timer.timeout.connect(self._on_live_timer)
        self._live_due = False  # files landed since the last reload began: one at the timer
        #: a fresh page's load starts a turn after the page is made (_load): the two were
        #: 8-10 ms of the Qt thread in one go when a run's first page landed
        self._load_soon = QTimer(self, singleShot=True, interval=0)
        self._load_soon.timeout.connect(self._start_load)
        self._load_url: str | None = None  # the URL it loads
        #: blank pages replaced while a run went, deleted once it has ended (_set_page)
        self._retired: list[QObject] = []
        self._retire_timer = QTimer(self, singleShot=True, interval=RETIRED_MS)
        self._retire_timer.timeout.connect(self._let_go_retired)
        self.budget = ReloadBudget()  # how many live reloads may start now
        self._shown_view = False  # the view replaced the intro (only once it has painted)
        self._painted = False  # the current source's page has loaded once
        self._reload_due = False  # files landed while its first page loaded (_live_reload)
        self._stale = False  # files landed while the tab was hidden: reload when shown
        #: the loads under way, the place kept across a reload (ui/keep_scroll.py) and
        #: the readiness asked of the page beneath the held frame
        self.loads = held_frame.Loads()

        self.url_label = FittingLabel()
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.url_label.setOpenExternalLinks(False)
        self.url_label.linkActivated.connect(lambda url: self.open_url(QUrl(url)))
        # the bar must fit a 1024 px window's centre: the URL shrinks, Reload is an icon
        self.url_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.url_label.setMinimumWidth(60)
        # icons with a name and a tooltip: with Pick beside them, their words cut the URL
        # at 1024 px
        self.copy_button = QPushButton(icons.icon("copy"), "")
        self.copy_button.setToolTip("Copy the URL")
        self.copy_button.setAccessibleName("Copy the URL")
        self.copied_timer = QTimer(self, singleShot=True, interval=COPIED_MS)
        self.copied_timer.timeout.connect(lambda: self._say_copied(False))
        self.reload_button = QPushButton(icons.icon("reload"), "")
        self.reload_button.setToolTip("Reload")
        self.reload_button.setAccessibleName("Reload")
        self.browser_button = QPushButton(icons.icon("browser"), "")
        self.browser_button.setToolTip("Open in your browser")
        self.browser_button.setAccessibleName("Open in browser")
        self.pick_button = QPushButton(icons.icon("search"), "Pick")
        self.pick_button.setCheckable(True)
        self.pick_button.setToolTip(PICK_TIP)
        # hidden where there is no page to pick in, never shown here: a widget shown before
        # it has a parent is a window of its own (an empty one stood on screen at start-up)
        if not self.embedded:
            self.pick_button.hide()
        theme.set_variant("ghost", self.copy_button, self.reload_button, self.browser_button,
                          self.pick_button)
        # a full-stack app without its Supabase URL and key shows only "Connect Supabase to
        # start": the way to do that, where the person is looking
        self.supabase_button = QPushButton(icons.icon("connect"), "Connect Supabase")
        self.supabase_button.setToolTip("Paste your Supabase project's URL and anon key; the "
                                        "preview restarts with them")
        self.supabase_button.hide()
        #: what the page downloads (its Export CSV) is saved where the person says, and this
        #: line says where, with a way to open that folder (ui/page_files.py)
        self.downloads = PageDownloads(self)
        self.downloads.said.connect(self._on_download_said)
        self.download_line = QLabel()
        self.download_line.setObjectName("download-line")
        self.download_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.download_line.linkActivated.connect(self._on_download_link)
        self.download_line.hide()
        self.pick_timer = QTimer(self, interval=150)  # reads the pick from the isolated world
        self.pick_timer.timeout.connect(self._read_pick)
        bar = QHBoxLayout()
        bar.addWidget(self.url_label, 1)
        for b in (self.supabase_button, self.pick_button, self.copy_button,
                  self.reload_button, self.browser_button):
            bar.addWidget(b)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.message.setOpenExternalLinks(True)
        self.start_button = QPushButton(icons.icon("run"), "Start the dev server")
        self.start_button.hide()
        self.log = QPlainTextEdit(readOnly=True)  # the dev server's output while it starts
        self.log.setAccessibleName("Dev server output")
        self.log.setMaximumBlockCount(LOG_LINES)
        self.log.setMaximumHeight(220)
        self.log.hide()
        intro = QWidget()
        iv = QVBoxLayout(intro)
        iv.addStretch(1)
        iv.addWidget(self.message)
        iv.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignCenter)
        iv.addWidget(self.log)
        iv.addStretch(1)
        self.intro = intro
        intro.setAutoFillBackground(True)  # over the view, which renders beneath it
        self.held = held_frame.HeldFrame()
        self.held.touched.connect(self._show_page)
        self.page_area = QStackedWidget()
        # every page of the stack stays shown, the current one on top: the view goes on
        # loading and painting beneath the intro or the held frame (a hidden view paints
        # nothing, and would show an empty frame when brought up)
        self.page_area.layout().setStackingMode(QStackedLayout.StackingMode.StackAll)
        self.page_area.addWidget(intro)
        self.page_area.addWidget(self.held)
        self.console = QListWidget()
        self.console.setAccessibleName("JavaScript console errors")
        self.console.setMaximumHeight(140)  # the page keeps the room
        # an error wraps to the width it has: at 1024 px its end ("(app.js:107)", where to
        # look) was cut off behind a sideways scroll (walk9 #9)
        self.console.setWordWrap(True)
        self.console.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.console.setResizeMode(QListView.ResizeMode.Adjust)
        self.console.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fix_button = QPushButton(icons.icon("bug"), "Ask the agents to fix this")
        self.fix_button.setToolTip(FIX_TIP)
        self.console_title = QLabel()
        self.console_title.setObjectName("console-title")  # the error colour: theme.py
        console_box = QWidget()
        cv = QVBoxLayout(console_box)
        cv.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.console_title, 1)
        head.addWidget(self.fix_button)
        cv.addLayout(head)
        cv.addWidget(self.console)
        console_box.setMaximumHeight(180)
        self.console_box = console_box
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.page_area)
        split.addWidget(console_box)
        split.setStretchFactor(0, 4)
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.download_line)
        layout.addWidget(split, 1)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.reload_button.clicked.connect(self.reload)
        self.browser_button.clicked.connect(self._on_browser_clicked)
        self.fix_button.clicked.connect(self._on_fix_clicked)
        self.pick_button.toggled.connect(self._on_pick_toggled)
        self.console.itemActivated.connect(self._on_console_item)
        self.console.itemClicked.connect(self._on_console_item)
        self.start_button.clicked.connect(self.start_dev_server)
        self.supabase_button.clicked.connect(self.supabase_requested)
        #: what is on screen until the page loading beneath is ready (ui/held_frame.py):
        #: the intro at a source's first load, else the frame held from before the reload.
        #: Made after the view's parents: children go in the order they came, and a load the
        #: view ends as it goes (loadFinished(False)) reaches _on_loaded, which uses them
        self.ready_timer = QTimer(self, interval=held_frame.POLL_MS)
        self.ready_timer.timeout.connect(self._ask_ready)
        self.hold_timer = QTimer(self, singleShot=True)  # the latest the page shows
        self.hold_timer.timeout.connect(self._show_page)
        self._set_errors([])
        self._set_url(None, NO_PROJECT)

    # ---- what is shown ----------------------------------------------------------------
    @property
    def url(self) -> str | None:
        return self.source.url if self.source is not None else None

    def _set_url(self, url: str | None, message: str = "") -> None:
        self._say_copied(False)
        if url is None:
            self.pick_button.setChecked(False)
        # no page, nothing to pick (Pick stayed enabled over "no page yet", walk10)
        for b in (self.copy_button, self.reload_button, self.browser_button):
            b.setEnabled(url is not None)
        self.pick_button.setEnabled(url is not None and not self.pick_refused)
        if url is None:
            self.url_label.set_wordings()
            # a dev server's error may quote the project's own text: drawn as written
            self.message.setTextFormat(Qt.TextFormat.PlainText)
            self.message.setText(message)
            self._to_intro()
            return
        safe = html.escape(url)
        where = urlsplit(url).netloc
        self.url_label.set_wordings((url, url, " · this computer only"),
                                    (url, url, " · local only"), (url, url, ""),
                                    (where, url, ""))
        self.url_label.setToolTip(
            "Served to this computer only. Here the page stays on this address: links to "
            "other sites open in your browser; requests to other ports of this computer or "
            "your network, and to plain-http sites, are blocked. What it stores is kept for "
            "this project alone and deleted with it."
            if self.embedded else
            "Served to this computer only. In your browser the page runs under its rules.")
        if not self.embedded:
            self.message.setTextFormat(Qt.TextFormat.RichText)  # its link, escaped
            self.message.setText(
                "The embedded preview needs QtWebEngine (install devora-desktop[preview]). "
                f"Open <a href='{safe}'>{safe}</a> in your browser, or copy the URL.")
            self._cover_with(self.intro)
        self.url_changed.emit(url)

    def _set_errors(self, errors: list[ConsoleError]) -> None:
        self.errors = errors
        self.console.clear()
        for e in errors:
            item = QListWidgetItem(icons.icon("error"), e.describe(), self.console)
            if e.in_project():
                item.setToolTip(tip(f"Open {e.source}" + (f" at line {e.line}" if e.line else "")))
        n = len(errors)
        self.console_title.setText(f"{n} JavaScript error{'s' if n != 1 else ''}")
        if self.console_box.isHidden() == bool(errors):
            self.console_box.setVisible(bool(errors))
            self.split.refresh()  # lay the box out now: the Fix button is where it is drawn

    def _on_console_error(self, message: str, line: int, source: str) -> None:
        # while a run writes the site, a page referring to files not written yet fails to
        # load them: not errors to fix; the reload after the run collects the real ones
        if len(self.errors) >= MAX_ERRORS or \
                (self.workspace is not None and self._run_writes_page(self.workspace)):
            return
        base = self.url or ""
        if base and source.startswith(base):
            source = urlsplit(source).path.lstrip("/") or "index.html"
        error = ConsoleError(message, source, line)
        # the same error again is listed once: a timer or a loop throwing it, or the page
        # loaded twice (a run that ends while its first page still loads loads it again,
        # and the first load's error arrived after the console was cleared for the second:
        # "2 JavaScript errors", one error, twice in the fix prompt)
        if error not in self.errors:
            self._set_errors([*self.errors, error])

    # ---- project lifecycle ------------------------------------------------------------
    # ---- the window's current project ---------------------------------------------------
    def attach(self, ctx, current) -> None:
        """Follow the window's current project (ui.current.CurrentProject); full-stack
        projects get their dev server with the consent core.checks decides."""
        from devora_desktop.core.checks import consent_needed

        self.ctx = ctx
        self.consent = lambda _ws: consent_needed(ctx.settings,
                                                  ctx.store.projects.get(current.id))
        self.sandbox = _sandbox_status
        self.mode_of = lambda _ws: _mode(ctx, current.id)
        self.storage = lambda: (current.id, ctx.paths.preview(current.id)) \
            if current.id else None
        self.dev_server = dev_server_factory(ctx, self.on_server_line, self._own_port)
        current.changed.connect(self._on_current_changed)

    def _on_current_changed(self, project_id: str) -> None:
        from devora_desktop.core.errors import DevoraError

        try:
            self.show_project(self.ctx.store.workspace(project_id) if project_id else None)
        except DevoraError:  # removed meanwhile: a failed first run's project, by the engine
            self.show_project(None)  # on its own thread; the window is told by the run's end

    def on_run_finished(self, _outcome: str = "") -> None:
        self.reload()
        if self._fix_asked:  # the user asked for this run from here: show its result
            self._fix_asked = False
            self.show_requested.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending:  # nothing is served or loaded until the tab is looked at
            self._pending = False
            self.show_project(self.workspace)
        elif self._stale:
            self._live_due = True
            self.live_timer.start(RELOAD_MS)
        self._stale = False

    def show_project(self, workspace: Workspace | None) -> None:
        """Serve ``workspace`` (None: nothing open) once the panel is visible. A dev server,
        when needed, starts in a task; ``busy_changed(False)`` says the panel is settled.
        The dev server of a project left keeps running for a while (:attr:`pool`): coming
        back to it shows its page at once."""
        leaving = self.workspace is not None and \
            (workspace is None or workspace.root != self.workspace.root)
        self._stop_source(park=leaving)
        if leaving:
            self.download_line.hide()  # about the page of the project left
        self.workspace = workspace
        self.update_supabase_button()
        self._stale = False
        self._pending = workspace is not None and not self.isVisible()
        if self._pending:
            self._set_url(None, "")
            return
        self.start_button.hide()
        self.log.hide()
        self._set_errors([])
        if workspace is None:
            self._set_url(None, NO_PROJECT)
            return
        if is_static_site(workspace):
            from devora_desktop.core.preview import PreviewServer, on_port

            self._use(on_port(lambda p: PreviewServer(workspace, port=p), self._own_port()))
            return
        if self._run_writes_page(workspace):  # a web run has not written its page yet
            self._set_url(None, FIRST_PAGE)
            return
        if self.mode_of is not None and not workspace.adopted and \
                self.mode_of(workspace) == "web":
            self._set_url(None, "This web project has no index.html yet, so there is no page "
                                "to show: describe the page you want below and the agents "
                                "write it.")
            return
        if not workspace.exists("package.json") and not self._run_builds(workspace):
            # nothing a dev server could start from (a run may be writing it)
            self._set_url(None, no_page(workspace))
            return
        if self.dev_server is None:
            self._set_url(None, "This project has no index.html: a full-stack project is "
                                "previewed through its dev server (npm run dev), which this "
                                "installation cannot start. Open the folder to run it yourself.")
            return
        if self._run_builds(workspace):
            self._set_url(None, WAIT_FOR_CHECKS)
            return
        allowed = self.consent(workspace) if self.consent is not None else True
        if allowed is not False and self._come_back(workspace):
            return
        if allowed:
            self.start_dev_server()
        elif allowed is None and self.sandbox is not None:
            import asyncio

            self._set_url(None, "Looking at what would confine the project's dev server…")
            self._deciding = asyncio.ensure_future(self._start_if_confined(workspace))
        elif allowed is None:
            self._ask_to_start()
        else:
            self.pool.drop(workspace.root)
            if self.ctx is not None and self.ctx.settings.run_checks != "never":
                # the project's own answer, not Settings (which say Ask there)
                self._set_url(None, "You chose not to run this project's code when its "
                                    "checks asked, so there is no live preview. Settings › "
                                    "Runs › Run checks on generated code › Always runs it.")
            else:
                self._set_url(None, "Running this project's code is off (Settings › Runs › "
                                    "Run checks on generated code), so there is no live "
                                    "preview.")

    def _come_back(self, workspace: Workspace) -> bool:
        """Show the dev server kept running for ``workspace`` since it was left, or the
        start left under way then, if any."""
        start = self.pool.resume(workspace.root)
        if start is not None:
            self._task = start
            self.start_button.hide()
            self._show_starting(workspace)
            return True
        parked = self.pool.take(workspace.root)
        if parked is None:
            return False
        self._use(parked.source, parked.stamp, listed=parked.mark)
        return True

    def settings_changed(self) -> None:
        """Running the project's code was turned off (Settings › Runs): no dev server goes
        on running or starting, kept for a project left or shown."""
        if self.ctx is None or self.ctx.settings.run_checks != "never":
            return
        self.pool.stop_all()
        starting = any(t is not None and not t.done() for t in (self._task, self._deciding))
        if starting or (self.source is not None and self._dev_stamp is not None):
            # it stops (a start under way too: it came up anyway), and the panel says why
            self.show_project(self.workspace)

    def update_supabase_button(self) -> None:
        """Offer Connect Supabase for a project that uses Supabase and has no URL and key."""
        from devora_desktop.core import supabase

        ws = self.workspace
        self.supabase_button.setVisible(
            ws is not None and not is_static_site(ws) and supabase.uses_supabase(ws.root)
            and not supabase.looks_connected(ws.root))

    def restart_dev_server(self, root: Path) -> None:
        """The project at ``root`` got new settings (.env.local): its dev server starts
        again so the page reads them (Devora runs it, so the person can't restart it)."""
        if self.workspace is not None and self.workspace.root == root:
            self.show_project(self.workspace)
        else:
            self.pool.drop(root)

    def _ask_to_start(self, unconfined: bool = False) -> None:
        risk = " Nothing confines it on this computer: it would run as you." if unconfined \
            else ""
        self._set_url(None, "A full-stack project is previewed through its own dev server "
                            f"(npm run dev), which runs the code the agents wrote.{risk}")
        self.start_button.show()

    async def _start_if_confined(self, workspace: Workspace) -> None:
        """With a working sandbox the dev server starts at once (it runs confined, as the
        checks do); without one, the Start button asks."""
        status = await self.sandbox()  # type: ignore[misc]
        if workspace is not self.workspace:
            return
        if getattr(status, "confined", False):
            self.start_dev_server()
        else:
            self._ask_to_start(unconfined=True)

    def start_dev_server(self) -> None:
        """Start the project's dev server (a click on the button is the user's consent)."""
        if self.workspace is None or self.dev_server is None or \
                (self._task is not None and not self._task.done()):
            return
        self.start_button.hide()
        if self._run_builds(self.workspace):
            self._set_url(None, WAIT_FOR_CHECKS)
            return
        self._start_logs[self.workspace.root] = collections.deque(maxlen=LOG_LINES)
        self._show_starting(self.workspace)
        import asyncio  # not at import: the window is on screen before asyncio loads

        self._task = asyncio.ensure_future(self._start_dev_server(self.workspace))

    def _show_starting(self, workspace: Workspace) -> None:
        """'Starting the dev server…' with its output so far."""
        from devora_desktop.core.checks.node import deps_current

        self._set_url(None, "Starting the dev server… (npm run dev: its packages are "
                            "installed already). Its output:"
                      if deps_current(workspace.root) else
                      "Starting the dev server… (npm install, then npm run dev; the first "
                      "start can take a minute). Its output:")
        self.log.setPlainText("\n".join(self._start_logs.get(workspace.root, ())))
        self.log.show()
        self.busy_changed.emit(True)

    async def _start_dev_server(self, workspace: Workspace) -> None:
        import asyncio

        from devora_desktop.core.errors import DevoraError

        root, me = workspace.root, asyncio.current_task()
        assert me is not None
        log = self._start_logs.get(root)
        started_from = preview_pool.stamp(root)  # read before it reads them
        try:
            source = await self.dev_server(workspace)  # type: ignore[misc]
        except Exception as exc:  # any failure is said: a silent one left "Starting…"
            if self._task is me:
                said = exc.one_line(window=True) if isinstance(exc, DevoraError) else \
                    f"the dev server could not start ({type(exc).__name__}: {exc})"[:300]
                self._set_url(None, said)
                if not self.log.toPlainText().strip():  # no empty output box under the reason
                    self.log.hide()
            else:  # left: said again at the next start, when its project is back
                self.pool.started(root, me, None)
        else:
            if self._task is me and self._showing(root):
                self._use(source, started_from)
            elif not self.pool.started(root, me, preview_pool.Parked(source, started_from)):
                source.stop()
            elif hasattr(source, "on_line"):  # its output is no longer the intro's log
                source.on_line = None
        finally:
            if self._start_logs.get(root) is log:  # not a newer start's
                self._start_logs.pop(root, None)
            if self._task in (None, me):  # not a newer start's
                self.busy_changed.emit(False)

    def _showing(self, root: Path) -> bool:
        return self.workspace is not None and self.workspace.root == root

    def on_server_line(self, line: str, root: Path | None = None) -> None:
        """A line of a dev server's output while it starts (the page is not there yet);
        ``root``: its project's, kept for when that project is shown again mid-start."""
        if root is not None and root in self._start_logs:
            self._start_logs[root].append(line)
        if root is None or self._showing(root):
            self.log.appendPlainText(line)

    def _use(self, source: PreviewSource, stamp: preview_pool.Stamp | None = None,
             listed: int | None = None) -> None:
        """Show ``source``; ``stamp``: it is the project's dev server, started from that;
        ``listed``: it was kept running while away, its console's errors from there on."""
        self.source = source
        self._dev_stamp = stamp
        self._server_seen = self._server_mark = listed or 0
        self._set_url(source.url)
        if hasattr(source, "errors"):  # a dev server: its error lines join the console
            self.server_timer.start()
            self.message.setText(COMPILING if listed is None else BACK)
        elif self.embedded:
            self.message.setText("Loading the page…")
        if self.embedded:
            self._load(source.url, fresh=True)

    # ---- live: files land during a run ------------------------------------------------
    def run_started(self, web: bool) -> None:
        """A run began; ``web``: it writes a static site, previewed live as files land."""
        self.expect_static = web
        self.run_going = True
        self.budget.fill()
        if web:
            self.warm()
        if self.workspace is None:  # a new project, which the engine is making: "Open a
            # project to preview it" stood there for the 1-3 s before it exists
            self._set_url(None, FIRST_PAGE if web else BUILT_FIRST)
        dev = self.workspace is not None and not is_static_site(self.workspace)
        if dev and (self.source is not None or (self._task is not None
                                                 and not self._task.done())):
            # A dev server and the checks' ``next build`` in one folder share its .next and
            # break each other (the build failed on "PageNotFoundError /_document" and a paid
            # fix round began): it stops now and starts again when the run has ended.
            self._stop_source()
            self.start_button.hide()
            self.log.hide()
            self._set_url(None, WAIT_FOR_CHECKS)

    def shows_a_page(self) -> bool:
        """The project on screen is a static site, or there is none yet (a new project's
        quick run writes a page): not a dev server's app."""
        return self.workspace is None or is_static_site(self.workspace)

    def run_project(self, root: Path) -> None:
        """The running run's project folder: another project's preview need not wait, and
        its dev server, if one was kept running, stops (the run builds in its folder)."""
        self.run_root = root
        self.pool.drop(root)

    def _run_builds(self, workspace: Workspace) -> bool:
        return self.run_going and (self.run_root is None or workspace.root == self.run_root)

    def _run_writes_page(self, workspace: Workspace) -> bool:
        """A web run writes ``workspace``'s site (another project opened meanwhile is
        previewed as always: a full-stack one got "the preview appears here as soon as the
        agents write the first page" and no dev server)."""
        return self.expect_static and self._run_builds(workspace)

    def run_ended(self) -> None:
        """The run is over: a waiting dev server starts with on_run_finished's reload."""
        self.expect_static = False
        self.run_going, self.run_root = False, None
        self.live_timer.stop()
        self._live_due = False
        if self._retired:  # at a quiet moment, not beside the run's last reload
            self._retire_timer.start()
        if self.workspace is None:  # a new project's run that kept nothing
            self._set_url(None, NO_PROJECT)

    def file_landed(self, _rel: str) -> None:
        """A file of the project was written: reload soon (debounced), or when the tab is
        looked at again (a page left behind while the Code tab was in front stayed without
        the files that landed meanwhile until the run's end). A reload keeps the place on
        the page (:meth:`_reload_view`).
        The first file after a quiet spell (no reload due, none loading) reloads at once:
        waiting RELOAD_MS for others was a third of the time a lone file took to reach the
        screen (bench/preview.py). Those that land within RELOAD_MS of each other after it,
        or while a page loads, make one reload when they stop. After BURST_RELOADS reloads
        in a row, files that go on landing reload the page once every RELOAD_EVERY_MS
        (:class:`ReloadBudget`)."""
        if self.workspace is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        at_once = not self.live_timer.isActive() and self.settled()
        self._live_due = not at_once
        self.live_timer.start(max(RELOAD_MS, self.budget.wait_ms()))
        if at_once:
            self._live_reload()

    def _on_live_timer(self) -> None:
        if self._live_due:
            self._live_due = False
            self._live_reload()

    def file_saved(self) -> None:
        """The person saved a file (the Code tab): the page reloads in place with a clean
        console, now or when the tab is next looked at (it showed the page from before the
        edit until Reload was pressed, walk10 #2). A dev server is not restarted."""
        if self.workspace is None:
            return
        if self.isVisible():
            self.reload()
        else:
            self._clear_console()
            self._stale = True

    def _live_reload(self) -> None:
        if self.workspace is None:
            return
        if self.source is None:  # the first page has just landed
            self.show_project(self.workspace)
            return
        if not self.embedded or self.view is None or \
                (not self._shown_view and hasattr(self.source, "errors")):
            return  # a dev server's first page compiles: its intro stays
        if not self._painted and not self.settled():
            # the first page is on its way: it reloads once on screen. Restarted at each
            # file instead, it stayed off screen until the files stopped landing (2 s
            # after index.html at load 30, bench/preview.py)
            self._reload_due = True
            return
        wait = self.budget.wait_ms()
        if wait:  # files have been landing for a while: the next reload when one may
            self._live_due = True
            self.live_timer.start(wait)
            return
        self.budget.take()
        self._reload_view()

    def _reload_view(self) -> None:
        """Reload the page in place, keeping the place on it: the element at the top of the
        view is read first and scrolled back after the load when Chromium's own restore
        did not happen (ui/keep_scroll.py says when it doesn't).

        A reload due while the page still loads (files landing one after another) keeps the
        place read for the load it replaces: the page on screen may be that load's, not yet
        scrolled back (its top). Waiting for that load's end instead made a file reach the
        screen 2-3 times later under load (bench/preview.py).
        If the first load has not committed, a page has no history entry to reload until
        then, and a reload() in that moment (a file landing while the first page loads) makes
        Chromium commit that load without one, after which every reload() does nothing; the
        page stayed as first loaded, without app.js's work, until Reload was pressed. Loading
        the URL again then starts the first load afresh."""
        assert self.view is not None and self.source is not None
        if self._load_url is not None:  # a fresh page loads at the next turn: the files then
            return
        self.downloads.allow_again()  # reloaded by the person or the app, not by the page
        self._hold_frame()
        n = self.loads.reload()
        if n is not None:
            self._keep_place(n)
        if self.view.history().count():
            self.view.reload()
        else:
            self.view.load(QUrl(self.source.url))

    def settled(self) -> bool:
        """No load of the page is under way and the page loaded is on screen: what shows is
        what stays (the run's end may reload right after a file's reload; tests wait for
        this)."""
        return not self.loads.navs and not self.ready_timer.isActive() and \
            self._load_url is None

    # ---- what is on screen while the page loads (ui/held_frame.py) ---------------------
    def _hold_frame(self) -> None:
        """The page on screen stays there, as a picture, until the reload beneath it is
        ready; a frame held already (a reload over a reload) stays as it is."""
        assert self.view is not None
        if self.page_area.currentWidget() is self.view:
            self.held.hold(self.view)
            self._cover_with(self.held)
            self.hold_timer.start(held_frame.HOLD_MAX_MS)
            self.loads.text_before = 0  # until the page on screen says how much it holds
            self.view.page().runJavaScript(held_frame.TEXT_JS, APPLICATION_WORLD,
                                           self._on_text_before)

    def _on_text_before(self, chars: object) -> None:
        self.loads.text_before = chars

    def _wait_until_ready(self) -> None:
        """A load has ended: ask the page beneath whether it is ready to be shown, until it
        is or HOLD_MS has passed (never later than the held frame's own limit)."""
        self.loads.new_round()
        left = self.hold_timer.remainingTime() if self.hold_timer.isActive() \
            else held_frame.HOLD_MS
        self.hold_timer.start(max(0, min(left, held_frame.HOLD_MS)))
        self.ready_timer.start()
        self._ask_ready()  # now: a page ready at its load's end waits no poll for it

    def _ask_ready(self) -> None:
        if self.view is None:
            self.ready_timer.stop()
            return
        if self.loads.place_pending:
            return  # the place to bring back is not read yet
        n = self.loads.asking
        self.view.page().runJavaScript(held_frame.ready_js(self.loads.text_before),
                                       APPLICATION_WORLD,
                                       lambda ready: self._on_ready(n, ready))

    def _on_ready(self, n: int, ready: object) -> None:
        """The page beneath is shown once ready (:meth:`held_frame.Loads.ready`)."""
        if not self.ready_timer.isActive() or not self.loads.ready(n, ready):
            return
        if not self.loads.navs:
            assert self.view is not None
            if self.loads.still(self.view.grab().toImage()):  # what comes on screen is
                self._show_page()  # the page as it is now, not a frame from before
            return
        # the next load is under way (files landing one after another): the page that is
        # ready beneath (two answers in a row) is shown as a picture until then, not kept
        # from the person
        if self.loads.ready_in_row < 2:
            return
        assert self.view is not None
        self.ready_timer.stop()
        self.held.hold(self.view)
        self._cover_with(self.held)
        self.hold_timer.start(held_frame.HOLD_MAX_MS)
        self._shown_view = True
        self._on_screen()

    def _show_page(self) -> None:
        """The page loaded beneath is ready, or has been waited for long enough (or the
        person used it): it comes on screen."""
        self.ready_timer.stop()
        self.hold_timer.stop()
        if self.view is None or self.source is None:
            return
        self._show_view()
        self._on_screen()

    def _on_screen(self) -> None:
        if not self._painted:
            self._painted = True
            self.painted.emit()
        self.page_shown.emit()
        if self._reload_due:  # with the files that landed while it loaded
            self._reload_due = False
            self._live_reload()

    def _stop_waiting(self) -> None:
        """No page is waited for any more (a stop, a new source): a held frame goes."""
        self.ready_timer.stop()
        self.hold_timer.stop()
        self.loads.new_round()
        if self.page_area.currentWidget() is self.held:
            self._cover_with(self.intro)
            self._shown_view = False
        self.held.let_go()

    def _to_intro(self) -> None:
        self._cover_with(self.intro)
        self._shown_view = False  # the next page that loads replaces the intro
        self.loads.text_before = 0
        self._stop_waiting()

    def _keep_place(self, n: int) -> None:
        """Read where the page is (in the isolated world, before the reload: the script runs
        in the page on screen now) for :meth:`_restore_place` after load ``n``."""
        assert self.view is not None
        url = self.view.url().toString()
        self.view.page().runJavaScript(keep_scroll.CAPTURE_JS, APPLICATION_WORLD,
                                       lambda raw: self._on_place_read(n, url, raw))

    def _on_place_read(self, n: int, url: str, raw: object) -> None:
        if self.loads.place_read(n, keep_scroll.clean(raw), url):
            self._restore_place()  # the load ended before the answer came

    def _restore_place(self) -> None:
        place, url = self.loads.take_place()
        if place is not None and self.view is not None and \
                self.view.url().toString() == url:
            self.view.page().runJavaScript(place.restore_js(), APPLICATION_WORLD)

    def _show_view(self) -> None:
        self._shown_view = True
        self.page_area.setCurrentWidget(self.view)
        self.held.let_go()
        # what lay over the view goes out of sight: left shown beneath it, it was painted
        # again at each of the page's frames (bench/ui_latency.py: event-loop gaps p99
        # 3.8 -> 22 ms with the preview reloading)
        self.intro.hide()
        self.held.hide()
        self.log.hide()

    def _cover_with(self, widget: QWidget) -> None:
        """``widget`` (the intro or the held frame) on top, the view loading beneath it."""
        widget.show()
        self.page_area.setCurrentWidget(widget)

    def _on_loaded(self, ok: bool) -> None:
        """What is on screen (the intro with a dev server's output, or the frame held from
        before a reload) stays until the page beneath is ready: a dev server's first
        compile would otherwise be a blank white page for half a minute, and a page its
        script builds flashed white at every reload. A reload's place comes back.
        A load that failed, with none after it, shows what the view has (a dev server's
        intro stays: its log says why)."""
        ours = self.view is not None and self.source is not None
        self.loads.ended(ok, ours)
        if not ours:  # about:blank of warm(), a stop
            return
        if ok:
            self._restore_place()
            self._wait_until_ready()
        elif not self.loads.navs and not hasattr(self.source, "errors") and self.isVisible():
            self._show_page()

    def _on_server_timer(self) -> None:
        """New error lines of the dev server's log (compile errors never reach the page's
        console), listed as the page's errors are."""
        lines = self.source.errors() if self.source is not None else []  # type: ignore[attr-defined]
        fresh, self._server_seen = lines[self._server_seen:], len(lines)
        if fresh:
            self._set_errors([*self.errors, *(ConsoleError(" ".join(ln.split())[:300],
                                                           "npm run dev", 0)
                                              for ln in fresh)][:MAX_ERRORS])
            if self.message.text() == COMPILING:  # it said so for good after a failed compile
                self.message.setText("The page does not compile: the errors are listed "
                                     "below, with a button to ask the agents to fix them.")

    def _make_view(self) -> None:
        from PySide6.QtWebEngineWidgets import QWebEngineView

        self.view = QWebEngineView()
        self.view.loadFinished.connect(self._on_loaded)
        self.view.loadFinished.connect(lambda _ok: self.downloads.loaded())
        self.view.loadFinished.connect(self.loaded)
        self.view.urlChanged.connect(self._on_view_url)
        self.page_area.addWidget(self.view)

    def warm(self) -> None:
        """Start Chromium before the first page lands (a web run began): its first start
        took seconds, so the page appeared long after it was written. about:blank in a
        throwaway off-the-record profile; the project's page gets its own, as always."""
        if not self.embedded or self.view is not None:
            return
        from devora_desktop.core.preview import OriginPolicy

        self._make_view()
        assert self.view is not None
        # a guarded page too: its profile must outlive it (a profile made first, as the
        # view's child, was deleted before the page: Qt warned "Release of profile requested")
        self._set_page(_guarded_page(OriginPolicy("about:blank"), self.open_url,
                                        self._on_console_error, self.view))
        self.view.setUrl(QUrl("about:blank"))

    def _set_page(self, page: QObject) -> None:
        """The view shows ``page`` from now on, and the page it showed goes: the view keeps
        a page it did not make when another replaces it, and one left running went on with
        its timers and scripts, its errors said under the next project's page (walk18 #36).
        While a run goes, a page left (the blank page Chromium was warmed with, replaced by
        the run's first page; the run's project's page, left for another project) is frozen
        and goes once the run has ended (run_ended): deleting a page (and a throwaway
        profile) was ~15 ms of Chromium's work on the Qt thread, at the moment the agents
        began to stream (bench/ui_latency.py). Frozen, it runs no timer or script."""
        import shiboken6

        assert self.view is not None
        old = self.view.page()
        self.view.setPage(page)  # (it deletes only the page it made itself)
        if old is not None and shiboken6.isValid(old) and old is not page \
                and old.parent() is self.view:
            if self.run_going and _frozen(old):
                self._retired.append(old)
                while len(self._retired) > FROZEN_PAGES:  # each keeps a page process: a
                    self._retired.pop(0).deleteLater()  # click through projects mid-run
            else:
                old.deleteLater()

    def _let_go_retired(self) -> None:
        import shiboken6

        retired, self._retired = self._retired, []
        for page in retired:
            if shiboken6.isValid(page):
                page.deleteLater()  # its throwaway profile goes after it (_guarded_page)

    def _load(self, url: str, fresh: bool = False) -> None:
        """Load ``url``; ``fresh``: in a new page and profile (a new project or server), its
        load started at the next turn of the loop (:meth:`_start_load`)."""
        if self._load_url is not None and not fresh:  # that load, due now, loads this
            self._load_url = url
            return
        if self.view is None:
            self._make_view()
            fresh = True
        if fresh:
            from devora_desktop.core.preview import OriginPolicy

            self.policy = OriginPolicy(url)
            # the old page, owned by the view, is deleted by setPage (a throwaway profile
            # with it; a project's own stays for its next page)
            self._set_page(_guarded_page(self.policy, self.open_url,
                                            self._on_console_error, self.view,
                                            self._project_profile()))
            self.view.page().scripts().insert(held_frame.watch_script(APPLICATION_WORLD))
            self.downloads.watch(self.view.page().profile())
            self._painted = False
            self._reload_due = False
            # the intro stays until the new page is ready (a dev server's first compile
            # takes long; a static page is ready at once), never another page's frame
            self._to_intro()
            self._load_url = url
            self._load_soon.start()
            return
        self._hold_frame()
        self._navigate(url, fresh=False)

    def _start_load(self) -> None:
        """The fresh page's load, a turn after the page was made (:meth:`_load`)."""
        url, self._load_url = self._load_url, None
        if url is not None and self.view is not None:
            self._navigate(url, fresh=True)

    def _navigate(self, url: str, fresh: bool) -> None:
        assert self.view is not None
        self.downloads.allow_again()  # loaded by the app: its downloads ask again
        self.loads.navigate(fresh)
        self.view.load(QUrl(url))

    def _own_port(self, _workspace: Workspace | None = None) -> int:
        """The current project's own preview port (0: any free one)."""
        from devora_desktop.core.preview import stable_port

        where = self.storage() if self.storage is not None else None
        return stable_port(where[0]) if where else 0

    def _project_profile(self) -> QObject | None:
        where = self.storage() if self.storage is not None else None
        if where is None:
            return None
        key, folder = where
        if key not in self._profiles:  # one per project: two with one name can't coexist
            self._profiles[key] = project_profile(key, folder, self)
        return self._profiles[key]

    def release(self, project_id: str) -> QObject | None:
        """The project is being deleted: its page and profile let go of its storage folder
        (Chromium writes there until the profile is gone). Returns the profile on its way
        out (wait for its ``destroyed``), or None when there was none. A dev server kept
        running for it stops."""
        from PySide6.QtWebEngineCore import QWebEnginePage

        from devora_desktop.core.errors import DevoraError

        if self.ctx is not None:
            with contextlib.suppress(DevoraError):  # a folder gone has no server either
                root = self.ctx.store.workspace(project_id).root
                self.pool.drop(root)
                if self.workspace is not None and self.workspace.root == root:
                    self._stop_source()  # not kept for a project that goes
        profile = self._profiles.pop(project_id, None)
        if profile is None:
            return None
        if self.view is not None and self.view.page().profile() is profile:
            from devora_desktop.core.preview import OriginPolicy

            self._stop_source()
            self._set_page(_guarded_page(OriginPolicy("about:blank"), self.open_url,
                                            self._on_console_error, self.view))
            self.loads.navs = 0  # the old page's loads end with it, untold
        # a profile outlives its pages (a page replaced earlier may still wait for its
        # deferred delete; Qt warned "Release of profile requested but WebEnginePage still
        # not deleted"): it goes once the last of them has
        pages = [page for page in (self.view.findChildren(QWebEnginePage)
                                   if self.view is not None else [])
                 if page.profile() is profile]
        left = [len(pages)]

        def one_gone() -> None:
            left[0] -= 1
            if left[0] == 0:
                profile.deleteLater()

        for page in pages:
            page.destroyed.connect(one_gone)
            page.deleteLater()
        if not pages:
            profile.deleteLater()
        return profile

    def _on_view_url(self, url: QUrl) -> None:
        """The label names what the view shows; were it ever off the preview's origin, it
        would say so rather than keep claiming the project's address."""
        text = url.toString()
        if self.policy is not None and text and text != "about:blank" \
                and not self.policy.own(text):
            self.url_label.set_wordings((text, "", " · not this project's preview"),
                                        ("", "", "Not this project's preview"))
            self.url_label.setToolTip("")

    def reload(self) -> None:
        """After a run, Reload, a revert: the files changed on disk; load them again with a
        clean console. The page on screen reloads in place, keeping the place on it (a load
        of the URL came back at the top at every run's end). A dev server that runs is
        never started again for it (another project's run ended while this one was shown
        behind the Code tab: its dev server began again, a minute of "Starting…") unless
        its package.json, lock or .env.local changed (a Restore): then it must.
        A live reload held back for later (:class:`ReloadBudget`) is dropped: this one
        reads every file as it is now (the held one reloaded the page a second time, up to
        a second after a run's end, wherever :meth:`run_ended` had not stopped it first)."""
        self.live_timer.stop()
        self._live_due = False
        server_kept = self.source is not None and self._dev_stamp is not None and \
            self.workspace is not None and \
            preview_pool.stamp(self.workspace.root) == self._dev_stamp
        if not self.isVisible():
            if server_kept:
                self._clear_console()
                self._stale = True  # reloaded in place when looked at
            else:
                self._pending = self.workspace is not None
            return
        if self.source is None and any(t is not None and not t.done()
                                       for t in (self._task, self._deciding)):
            return  # a start under way reads the files as they are now (shown at a run's end)
        if self.source is None or self._page_gone() or \
                (self._dev_stamp is not None and not server_kept):
            if self.workspace is not None:
                self.show_project(self.workspace)  # e.g. index.html exists now, or is gone
            return
        self._clear_console()
        if not self.embedded:
            return
        if self.view is not None and self._shown_view and self.policy is not None and \
                self.policy.own(self.view.url().toString()):
            self._reload_view()  # the page on screen, in place: the person keeps their place
        else:
            self._load(self.source.url)

    def _clear_console(self) -> None:
        """The page's errors so far are about files that changed: the next load says anew."""
        self._set_errors([])
        self._server_mark = self._server_seen

    def _page_gone(self) -> bool:
        """The site served has no page any more: a run that kept nothing put back the
        index.html its first workers wrote."""
        from devora_desktop.core.preview import PreviewServer

        return isinstance(self.source, PreviewServer) and self.workspace is not None and \
            not is_static_site(self.workspace)

    def _stop_source(self, park: bool = False, wait: bool = False) -> None:
        """Stop serving; ``park``: the project is left, its dev server keeps running in
        :attr:`pool` (a static server is quick to start again: it stops). The static server
        the panel serves a site with closes on its own thread unless ``wait`` (a dev server,
        whatever it is made of, is always stopped here: it owns a process, and whoever
        stopped it counts on it being gone on return)."""
        self.server_timer.stop()
        self._load_soon.stop()  # no page of the source that stops
        self._load_url = None
        self._stop_waiting()
        if self._deciding is not None and not self._deciding.done():
            self._deciding.cancel()
        if self._task is not None and not self._task.done():
            if park and self.workspace is not None:  # it goes on; its server is kept
                self.pool.leave_starting(self.workspace.root, self._task)
            else:
                self._task.cancel()  # done only later: a start right after must not wait
        self._task = None
        source, self.source = self.source, None
        if source is None:
            return
        from devora_desktop.core.preview import PreviewServer

        if park and self._dev_stamp is not None and self.workspace is not None:
            if hasattr(source, "on_line"):  # its output is no longer the intro's log
                source.on_line = None
            self.pool.park(self.workspace.root, preview_pool.Parked(
                source, self._dev_stamp, self._server_mark))
        elif not wait and self._dev_stamp is None and isinstance(source, PreviewServer):
            source.close_soon()
        else:
            source.stop()

    def shutdown(self) -> None:
        """Stop serving, and every dev server kept running (the window closes)."""
        self._stop_source(wait=True)
        self.pool.stop_all()
        self.downloads.close()
        if self.view is not None:
            self.view.setUrl(QUrl("about:blank"))

    # ---- buttons ----------------------------------------------------------------------
    def _on_copy_clicked(self) -> None:
        if self.url:
            QGuiApplication.clipboard().setText(self.url)
            self._say_copied(True)
            self.copied_timer.start()

    def _say_copied(self, copied: bool) -> None:
        """A tick for "Copied", in the button's own size: its word widened the button and
        moved Pick ~45 px under the pointer for as long as it showed (walk14 #15)."""
        self.copy_button.setIcon(icons.icon("copied" if copied else "copy"))
        said = "Copied the URL" if copied else "Copy the URL"
        self.copy_button.setToolTip(said)
        self.copy_button.setAccessibleName(said)

    def _on_browser_clicked(self) -> None:
        if self.url:
            self.said.emit(f"Opening {self.url} in your browser")
            self.open_url(QUrl(self.url))

    # ---- pick mode: click to change ----------------------------------------------------
    def refuse_changes(self, why: str | None) -> None:
        """Pick and Ask the agents to fix this start a change: off, with ``why`` as their
        tooltip, where no run can change this project (walk18 #21: offline, a chip was placed
        and the change typed for a Run that stayed grey)."""
        self.pick_refused = why
        if why:
            self.pick_button.setChecked(False)
        self.pick_button.setEnabled(self.url is not None and not why)
        said = f"{why[:1].lower()}{why[1:]}" if why else ""
        self.pick_button.setToolTip(f"Pick is off: {said}" if why else PICK_TIP)
        self.fix_button.setEnabled(not why)
        self.fix_button.setToolTip(f"Off: {said}" if why else FIX_TIP)

    def _on_pick_toggled(self, on: bool) -> None:
        from devora_desktop.ui.pick import STOP_JS, pick_script

        if self.view is None or self.source is None:
            self.pick_button.setChecked(False) if on else None
            return
        self.view.page().runJavaScript(pick_script() if on else STOP_JS, APPLICATION_WORLD)
        self.pick_timer.start() if on else self.pick_timer.stop()

    def _read_pick(self) -> None:
        from devora_desktop.ui.pick import READ_JS

        if self.view is None or not self.pick_button.isChecked():
            return self.pick_timer.stop()
        self.view.page().runJavaScript(READ_JS, APPLICATION_WORLD, self._on_pick_read)

    def _on_pick_read(self, raw: object) -> None:
        from urllib.parse import unquote

        from devora_desktop.ui.pick import clean

        if not raw or not self.pick_button.isChecked() or self.view is None:
            return
        page = unquote(self.view.url().path().lstrip("/")) or "index.html"
        if page.endswith("/"):
            page += "index.html"
        root = self.workspace.root if self.workspace is not None else None
        picked = clean(raw, page, root)
        self.pick_timer.stop()
        self.pick_button.setChecked(False)
        if picked is not None:
            self.element_picked.emit(picked)

    def _on_download_said(self, text: str, folder: str, more: str) -> None:
        """One line under the bar about the page's download; a saved one links its folder."""
        link = f" · <a href='{html.escape(QUrl.fromLocalFile(folder).toString())}'>Show in " \
            "folder</a>" if folder else ""
        self.download_line.setText(html.escape(text, quote=False) + link
                                   + (f" · {html.escape(more, quote=False)}" if more else ""))
        self.download_line.setToolTip(tip(" · ".join(filter(None, (text, more)))))
        self.download_line.show()

    def _on_download_link(self, url: str) -> None:
        desktop.open_or_copy(QUrl(url),
                             lambda said: self.download_line.setText(html.escape(said)))

    def _on_console_item(self, item: QListWidgetItem) -> None:
        row = self.console.row(item)
        if 0 <= row < len(self.errors) and self.errors[row].in_project():
            self.source_requested.emit(self.errors[row].source, self.errors[row].line)

    def _on_fix_clicked(self) -> None:
        if self.errors:
            self._fix_asked = True
            self.fix_requested.emit(fix_prompt(self.errors))


async def _sandbox_status() -> object:
    from devora_desktop.agents.checking import sandbox_status

    return await sandbox_status()


def _mode(ctx, project_id: str | None) -> str | None:
    """The mode of the window's current project, None when it is gone."""
    from devora_desktop.core.errors import DevoraError
    from devora_desktop.core.models import Mode

    try:
        return Mode(ctx.store.projects.get(project_id).mode).value if project_id else None
    except DevoraError:
        return None


def dev_server_factory(ctx, on_line: Callable[[str, Path], None] | None = None,
                       port_of: Callable[[Workspace], int] | None = None) -> DevServerFactory:
    """The window's hook: a full-stack project's ``npm run dev`` (core.devserver); its
    output goes to ``on_line`` (with its project's folder) while it starts; ``port_of``:
    where its preview is loaded."""
    async def start(workspace: Workspace) -> PreviewSource:
        from devora_desktop.core.devserver import DevServer

        root = workspace.root
        server = DevServer(root, cache_dir=ctx.paths.cache,
                           on_line=(lambda line: on_line(line, root)) if on_line else None,
                           proxy_port=port_of(workspace) if port_of is not None else 0)
        try:
            await server.start()
        except BaseException:
            server.stop()
            raise
        return server

    return start
