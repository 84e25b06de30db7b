"""What the centre's viewer shows: a file a person opens (from the tree, the feed, an agent's
pane, the preview's source link), or, during a run, the file being written streaming in and
each file that lands shown from disk, until the person opens one (``follow`` turns off)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from devora_desktop.ui.binding import Binding

if TYPE_CHECKING:
    from devora_desktop.progress import RunProgress
    from devora_desktop.ui.shell import FollowShell

FOLLOW_MS = 100


class LiveFollow(QObject):
    """Opens project files in the viewer, and binds the centre (viewer and preview) to a run
    model."""

    def __init__(self, window: FollowShell) -> None:
        super().__init__(window.center)
        self.w = window
        self.center, self.viewer = window.center, window.center.viewer
        self.follow = True
        self.progress: RunProgress | None = None
        for chose_file in (window.files.file_chosen, window.panes.file_clicked,
                           window.activity.link_activated):
            chose_file.connect(self.open_by_user)
        window.activity.finding_activated.connect(self.open_finding)
        # a console error of the page: its line as the feed's errors
        window.center.preview.source_requested.connect(
            lambda rel, line: self.open_finding(rel, line, False))
        self._following = ("", 0)  # (agent, worker) whose file the centre shows
        # a new web project's first run: the Code tab shows the file being written until
        # the first page lands, then the Preview (it said "The preview appears here…" over
        # the whole write, walk14 #38). A tab the person clicks ends it: theirs stays.
        self.page_first = False
        window.center.tabs.tabBarClicked.connect(self._on_tab_clicked)
        self._binding = Binding(self)
        self.timer = QTimer(self, interval=FOLLOW_MS)
        self.timer.timeout.connect(self._on_timer)

    def open_by_user(self, rel: str, line: int = 0) -> None:
        """A person chose ``rel``: the centre stops following the run."""
        self.follow = False
        self.open_file(rel, line)

    def open_finding(self, rel: str, line: int, rewritten: bool) -> None:
        """A line of the feed that names ``rel``'s ``line`` (an error, a finding): the file
        opens with that line tinted; one written again since says its line may be other
        code now, and one that has no such line any more says so."""
        self.follow = False
        self.open_file(rel, line, mark=True)
        if self.viewer.rel != rel or self.viewer.path is None:
            return
        lines = self.viewer.editor.blockCount()
        if line > lines:
            self.w.notifier.notify(f"{rel} has {lines} lines now: line {line} is not in it "
                                   "any more (the file was written again after this was found)")
        elif rewritten:
            self.w.notifier.notify(f"{rel} was written again after this was found: line "
                                   f"{line} may hold other code now")

    def open_file(self, rel: str, line: int = 0, show: bool = True,
                  mark: bool = False) -> None:
        """``rel`` in the viewer; ``show``: bring the Code tab forward (a run following its
        files leaves a live preview in front)."""
        from devora_desktop.core.errors import DevoraError

        if not self.w.current.id:
            return
        try:
            path = self.w.ctx.store.workspace(self.w.current.id).path_for(rel)
        except DevoraError as exc:
            return self.w.notifier.notify(exc.one_line(window=True))
        if show:
            self.center.show_code()
        self.viewer.show_file(path, rel)
        if line:
            self.viewer.go_to_line(line, mark=mark)

    def show_disk_copy(self, rel: str) -> None:
        """What is on disk of ``rel`` now, or nothing: a stopped or failed run put the project
        back, or the file shown being written was refused (it may be gone, hold its old text,
        or never have been a path of the project)."""
        from devora_desktop.core.errors import DevoraError

        try:
            path = self.w.ctx.store.workspace(self.w.current.id).path_for(rel)
        except DevoraError:
            path = None
        if path is not None and path.is_file():
            self.viewer.show_file(path, rel)
        else:
            self.viewer.clear()

    def bind(self, progress: RunProgress) -> None:
        self.progress = progress
        self._binding.bind(progress, "file_started", "file_written", "ended")

    def unbind(self) -> None:
        """Another project is on screen: the run's files no longer come to the centre."""
        self._binding.drop()
        self.timer.stop()

    def _on_tab_clicked(self, _index: int) -> None:
        self.page_first = False

    def _on_model_file_started(self, agent: str, path: str, worker: int) -> None:
        if self.follow and self.page_first:
            self.center.show_code()
            if path != "index.html" and self._streaming() == "index.html":
                return  # the page a new project waits for stays in front (walk25 #22)
        if self.follow:
            self._following = (agent, worker)
            self._on_timer()
            self.timer.start()

    def _on_model_file_written(self, _agent: str, rel: str, change: str) -> None:
        if change != "unchanged":
            self.center.preview.file_landed(rel)
        live = self.viewer.live
        # the file the centre follows is complete: show it from disk, even when the model
        # wrote it as it was (else it stayed "being written" on the lines streamed so far).
        # Another worker's file landing while one still streams does not take the centre
        # away; when nothing streams, the centre shows each changed file as it lands.
        if not self.follow:
            self.page_first = False
            return
        if self.page_first and rel == "index.html" and change != "unchanged":
            self.page_first = False  # the first page landed: it is the main view now
            self.open_file(rel, show=False)
            return self.center.show_preview()
        if live == rel or (change != "unchanged"
                           and (live is None or self._streaming() != live)):
            self.open_file(rel, show=not self.center.showing_preview())

    def _on_model_ended(self, _outcome: str) -> None:
        self.timer.stop()

    def _writing(self) -> tuple[str | None, int, str]:
        agent, worker = self._following
        a = self.progress.agents.get(agent) if self.progress is not None else None
        return a.writing(worker) if a is not None else (None, 0, "")

    def _streaming(self) -> str | None:
        """The file the followed worker is writing now, if any."""
        return self._writing()[0]

    def _next_streaming(self) -> tuple[str, int] | None:
        """Another worker still writing a file, when the one followed has none: a short file
        of a second worker landed while a long one streams (the centre stayed on the short
        one for minutes)."""
        for a in self.progress.agents.values() if self.progress is not None else ():
            if a.live:
                return a.name, a.active if a.active in a.live else min(a.live)
        return None

    def _on_timer(self) -> None:
        path, _lines, text = self._writing()
        if path is None and self.follow and (other := self._next_streaming()) is not None:
            self._following = other
            path, _lines, text = self._writing()
        if path is None or not self.follow:
            self.timer.stop()
            if self.follow and self.viewer.live:  # it ended without landing (refused)
                self.show_disk_copy(self.viewer.live)
            return None
        self.viewer.show_live(path, text, self._following[0].title())
