"""Files the preview's page hands over or asks for, as a browser would: a download (the app's
own Export CSV, an ``<a download>`` blob link) asks where to save it, in the person's
Downloads folder first; a file input (Import CSV) opens in their Documents, not in Devora's
working folder. The page is untrusted: it suggests a name, never a place — the name loses
any folder part, and the file lands only where the person said.

Chromium needs a download accepted while it is requested, and the window opens no nested
event loop for a save dialog, so the file first lands in a folder of its own in the temporary
directory and is moved once the person has chosen (Cancel deletes it).
"""

from __future__ import annotations

import re
import shutil
import tempfile
import unicodedata
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

#: the longest file name kept from the page's suggestion (most file systems hold 255 bytes)
NAME_CHARS = 120
#: the most a page's download may write before the person chose where (the staging folder
#: is in the temporary directory, RAM on many desktops)
MAX_BYTES = 200 * 1024 * 1024
TOO_BIG = "it was over 200 MB, the most a preview's page may download"
#: the staging folders' names in the temporary directory
STAGING_PREFIX = "devora-downloads-"
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


def safe_name(suggested: str, fallback: str = "download") -> str:
    """The page's suggested file name, reduced to a plain name: no folder part (``../x``,
    ``C:\\x``), no control or reserved characters, no leading dots (a hidden file, ``..``),
    no invisible format characters: a right-to-left override (U+202E) drew
    "report<U+202E>vsc.desktop" as "reportpotksed.csv", a name that read .csv."""
    visible = "".join(c for c in suggested if unicodedata.category(c) not in ("Cf", "Zl", "Zp"))
    name = _UNSAFE.sub("_", visible.replace("\\", "/").rsplit("/", 1)[-1]).strip(" ._")
    if len(name) > NAME_CHARS:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:NAME_CHARS - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 \
            else name[:NAME_CHARS]
    return name or fallback


def user_folder(kind: str) -> Path:
    """The person's Downloads or Documents folder ("downloads", "documents") when it exists,
    else their home."""
    where = {"downloads": QStandardPaths.StandardLocation.DownloadLocation,
             "documents": QStandardPaths.StandardLocation.DocumentsLocation}[kind]
    found = QStandardPaths.writableLocation(where)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def shown(path: Path) -> str:
    """A path as a person reads it: ``~/Downloads/x.csv`` under their home."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)


def choose_files(parent: QWidget, multiple: bool, accepted: list[str]) -> list[str]:
    """A page's file input: Qt's own dialog, opened in the person's Documents (Qt's default
    opened in the folder Devora was started from). QWebEnginePage.chooseFiles must answer
    at once, so this dialog runs as Qt's default one does (exec)."""
    dialog = QFileDialog(parent, "Choose a file for the page", str(user_folder("documents")))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if multiple
                       else QFileDialog.FileMode.ExistingFile)
    patterns = [f"*{a}" for a in accepted if a.startswith(".")]
    if patterns:
        dialog.setNameFilters([f"Files the page takes ({' '.join(patterns)})", "All files (*)"])
    parent.file_dialog = dialog  # where a test (or an accessibility tool) finds it
    try:
        return dialog.selectedFiles() if dialog.exec() else []
    finally:
        parent.file_dialog = None
        dialog.deleteLater()


@cache
def staging_root() -> Path:
    """Where this process's preview pages download to until the person chose a place. Set
    on every preview profile as it is made, and as QtWebEngine's own default directory on
    Linux (see :class:`DefaultDirectory`). Removed at exit; the empty ones crashed runs
    left are swept (core/scratch.py)."""
    from devora_desktop.core.scratch import own_folder

    return own_folder(STAGING_PREFIX)


class DefaultDirectory:
    """QtWebEngine's default download directory, pointed at :func:`staging_root` once, at
    start-up, before any worker thread exists (Linux): :func:`prime_downloads`.

    Chromium writes a download's first bytes to a hidden ".org.chromium.Chromium.XXXXXX"
    file in the *default* download directory while it still asks where the download goes;
    the profile's download path and the request's directory only decide where it is moved
    after. QtWebEngine's default is not the profile's: ``DownloadManagerDelegateQt::
    GetSaveDir`` answers a process-wide static, read once, at the first download, from
    ``QStandardPaths::DownloadLocation`` (``$XDG_CONFIG_HOME/user-dirs.dirs``, else
    ``~/Downloads``). So the person's Downloads held that file during every first download
    of a run of the app (seen 1 run in 6 while the save dialog was open, and left behind
    after a Cancel 1 in 5-9 before the staging folder). A throwaway download is made while
    ``XDG_CONFIG_HOME`` (set in C only: Python's ``os.environ`` and what reads it are
    untouched) names a folder whose user-dirs.dirs puts Downloads in the staging folder; its
    request ends it (the static is read by then), or 5 s do.

    That change of the process's environment once happened at the first preview page, while
    the engine's thread and the window's workers ran: a child they started then (git, a
    check, xdg-open) inherited the throwaway folder, and a C ``getenv`` in another thread
    raced the ``setenv``. At start-up only the Qt thread runs. macOS and Windows read no such
    file: there the first bytes may still land in Downloads (measured on Linux only)."""

    #: the longest start-up waits for Chromium to ask for the throwaway download
    WAIT_S = 5.0

    def __init__(self) -> None:
        self.page: QObject | None = None
        self.profile: QObject | None = None
        self.old: bytes | None = None
        self.done = False
        self.changed = False  # XDG_CONFIG_HOME is the throwaway folder now

    def prime(self, root: Path) -> bool:
        """The throwaway download, waited for here (Qt's events are processed meanwhile),
        in an off-the-record profile of its own made *before* the environment changes:
        Chromium's first profile starts its helper processes, which would inherit it.
        True when QtWebEngine read the staging folder as its default."""
        import ctypes
        import os
        import sys
        import time

        from PySide6.QtCore import QCoreApplication, QEventLoop, QUrl
        from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

        if self.done or not sys.platform.startswith("linux"):
            self.done = True
            return False
        config = root / ".config"
        config.mkdir(exist_ok=True)
        (config / "user-dirs.dirs").write_text(f'XDG_DOWNLOAD_DIR="{root}"\n')
        # held here: a profile Python lets go of is released at once, its page still there
        self.profile = profile = QWebEngineProfile()
        profile.setDownloadPath(str(root))
        asked: list[bool] = []
        profile.downloadRequested.connect(lambda request: (request.cancel(), asked.append(True)))
        self.page = QWebEnginePage(profile, profile)
        self.page.destroyed.connect(profile.deleteLater)
        self.old = os.environb.get(b"XDG_CONFIG_HOME")
        ctypes.CDLL(None).setenv(b"XDG_CONFIG_HOME", os.fsencode(config), 1)
        self.changed = True
        try:
            self.page.download(QUrl("data:text/plain,devora"), "devora-first-download")
            deadline = time.monotonic() + self.WAIT_S
            # not the person's clicks: the window is not attached to its engine yet
            flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
            while not asked and time.monotonic() < deadline:
                QCoreApplication.processEvents(flags, 20)
        finally:
            self.end()
            shutil.rmtree(config, ignore_errors=True)  # read: no page's download lands there
        return bool(asked)

    def end(self) -> None:
        """The static is read: the person's own settings back for everything else."""
        import ctypes

        if self.done:
            return
        self.done = True
        if self.changed:
            self.changed = False
            libc = ctypes.CDLL(None)
            if self.old is None:
                libc.unsetenv(b"XDG_CONFIG_HOME")
            else:
                libc.setenv(b"XDG_CONFIG_HOME", self.old, 1)
        if self.page is not None:
            self.page.deleteLater()


_default_directory = DefaultDirectory()


def prime_downloads() -> bool:
    """Point QtWebEngine's default download directory at the staging folder, at start-up
    before any worker thread starts (see :class:`DefaultDirectory`); once per process. True
    when it took."""
    from devora_desktop.ui.webengine import webengine_available

    if _default_directory.done or not webengine_available():
        return False
    return _default_directory.prime(staging_root())


def _move(staged: Path, target: Path) -> None:
    try:
        shutil.move(staged, target)
    finally:
        shutil.rmtree(staged.parent, ignore_errors=True)


class PageDownloads(QObject):
    """Saves what the preview's pages download. ``said(text, folder, more)``: the one line
    the panel shows about it, the folder to reveal ("" when there is none) and what else
    the page asked for meanwhile ("" when nothing)."""

    said = Signal(str, str, str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.owner = parent
        self.dialog: QFileDialog | None = None  # the save dialog open, if any
        self.refused = 0  # downloads the page asked for while it was open
        #: the line a Cancel said: from then on the page's downloads are refused without a
        #: dialog until the person or the app loads it again (:meth:`allow_again`); a page
        #: downloading on a timer brought the save dialog back after every Cancel
        self.cancelled: str | None = None
        self.refused_since = 0  # downloads refused since that Cancel
        self.allow_at_load = False  # the app loads the page again: asked again once loaded
        self.moves: set = set()  # the finished downloads being moved into place
        self.root: Path | None = None  # where downloads land until the person chose

    def watch(self, profile: QObject) -> None:
        """Handle the downloads of ``profile``'s pages (once per profile)."""
        if profile.property("devora-downloads"):
            return
        profile.setProperty("devora-downloads", True)
        self.root = staging_root()
        profile.setDownloadPath(str(self.root))
        profile.downloadRequested.connect(self._on_requested)

    def allow_again(self) -> None:
        """The person or the app loads the page again: its downloads ask again once that
        load has ended (the page on screen until then is the one refused: its timer's next
        download brought the dialog back between Reload and the new page)."""
        self.allow_at_load = self.cancelled is not None

    def loaded(self) -> None:
        """A load of the page ended: asked again if the app or the person started it (a
        page's own location.reload() stays refused)."""
        if self.allow_at_load:
            self.cancelled, self.refused_since, self.allow_at_load = None, 0, False

    def _on_requested(self, request) -> None:
        name = safe_name(request.suggestedFileName() or request.downloadFileName())
        if self.cancelled is not None:  # the person said no: not asked again, one line
            self.refused_since += 1
            self._refuse(request)
            self.said.emit(self.cancelled, "", f"the page asked for {self.refused_since} "
                           "more since: refused until it is reloaded (Reload)")
            return
        if self.dialog is not None or request.totalBytes() > MAX_BYTES:
            # one asked at a time: a page downloading in a loop piled up save dialogs, each
            # window-modal (not accepted: Chromium cancels it)
            if self.dialog is None:
                self.said.emit(f"{name} was not saved: {TOO_BIG}", "", "")
            else:
                self.refused += 1
            self._refuse(request)
            return
        self.refused = 0
        staging = Path(tempfile.mkdtemp(prefix="download-", dir=self.root))
        request.setDownloadDirectory(str(staging))
        request.setDownloadFileName(name)
        request.accept()
        #: the place chosen, and how the download ended (the request goes with its profile)
        state: dict = {"to": None, "cancelled": False, "ended": None}

        dialog = QFileDialog(self.owner, "Save the page's download",
                             str(user_folder("downloads") / name))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.selectFile(name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finish() -> None:
            if state["cancelled"] or state["ended"] is None or state["to"] is None:
                return
            self._deliver(state["ended"], staging / name, Path(state["to"]), name)

        def ended() -> None:
            from PySide6.QtWebEngineCore import QWebEngineDownloadRequest

            done = request.state() == QWebEngineDownloadRequest.DownloadState.DownloadCompleted
            if state["ended"] is None:  # not already stopped for its size
                state["ended"] = "" if done else \
                    (request.interruptReasonString().lower() or "failed")
            finish()

        def grown() -> None:
            if request.receivedBytes() > MAX_BYTES and state["ended"] is None:
                state["ended"] = TOO_BIG
                request.cancel()
                finish()

        def chosen(path: str) -> None:
            state["to"] = path
            finish()

        def rejected() -> None:
            state["cancelled"] = True
            if state["ended"] is None:
                request.cancel()
            shutil.rmtree(staging, ignore_errors=True)
            self._say(f"{name} was not saved: you cancelled", "")
            self.cancelled = f"{name} was not saved: you cancelled"

        dialog.fileSelected.connect(chosen)
        dialog.rejected.connect(rejected)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        request.isFinishedChanged.connect(ended)
        request.receivedBytesChanged.connect(grown)
        if request.isFinished():
            ended()
        dialog.open()
        self.dialog = dialog

    def _refuse(self, request) -> None:
        """Cancel a download the page asked for, said outright in our folder: left to
        Chromium, what it had received stayed in the person's Downloads as
        ".org.chromium.Chromium.*"."""
        if self.root is not None:
            request.setDownloadDirectory(str(self.root))
        request.cancel()

    def _deliver(self, failure: str, staged: Path, target: Path, name: str) -> None:
        """Move the finished download where the person chose (the dialog asked before
        replacing a file), or say why there is nothing to move."""
        if failure:
            shutil.rmtree(staged.parent, ignore_errors=True)
            self._say(f"{name} was not saved: {failure}" if failure == TOO_BIG else
                      f"{name} could not be saved: the page's download ended ({failure})", "")
            return
        import asyncio  # not at import: the window is on screen before asyncio loads

        # off the Qt thread: the staging folder may be on another disk (a copy, up to the cap)
        task = asyncio.ensure_future(asyncio.to_thread(_move, staged, target))
        self.moves.add(task)

        def moved(done: asyncio.Future) -> None:
            self.moves.discard(task)
            error = done.exception() if not done.cancelled() else None
            if error is not None or done.cancelled():
                reason = getattr(error, "strerror", None) or error or "stopped"
                self._say(f"{name} could not be saved to {shown(target.parent)}: {reason}", "")
            else:
                self._say(f"Saved {target.name} to {shown(target.parent)}",
                          str(target.parent))

        task.add_done_callback(moved)

    def _say(self, text: str, folder: str) -> None:
        more = f"the page asked for {self.refused} more meanwhile: not saved" \
            if self.refused else ""
        self.said.emit(text, folder, more)

    def close(self) -> None:
        """The window closes: what was downloaded and never saved goes."""
        if self.root is not None and not self.moves:
            for left in self.root.iterdir():  # the folder stays: the profiles point to it
                if left.is_dir():
                    shutil.rmtree(left, ignore_errors=True)
                else:
                    left.unlink(missing_ok=True)
