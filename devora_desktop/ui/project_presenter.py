"""Every panel follows the current project: its files, history, changes, chat target and
the last run's feed (replayed from its saved log, every agent closed)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from devora_desktop.ui import dialogs, layout_state
from devora_desktop.ui.projects_panel import shown_name

#: the feed's line while a reopened project's last run is read from its log
LOADING_RUN = "Loading the last run…"

if TYPE_CHECKING:
    import asyncio

    from devora_desktop.ui.shell import ProjectShell


class ProjectPresenter:
    def __init__(self, window: ProjectShell) -> None:
        self.w = window
        self.keep_feed = False
        #: project id (None: a new one) -> its unrun prompt: (words, Pick's element, images)
        self.drafts: dict[str | None, tuple[str, object, list[bytes]]] = {}
        #: the images of a prompt Devora's end cut (core/held_images.py), read at start-up
        self._held: asyncio.Task | None = None
        window.current.changed.connect(self._on_current_changed)
        window.projects.project_chosen.connect(self.choose)
        window.new_action.triggered.connect(self._on_new_project)
        window.projects.new_button.clicked.connect(window.new_action.trigger)
        window.files.mark_seen.connect(self._on_mark_seen)

    def attach(self, last: str | None) -> None:
        """Start-up: the projects listed, and the one left open last time (``last``) on
        screen if it still exists; from now on the open project is remembered."""
        root = self.w.ctx.paths.root
        projects = self.w.ctx.store.projects.list()
        self.w.projects.set_projects(projects, None)
        self.w.current.changed.connect(lambda pid: layout_state.remember_project(root, pid))
        self.w.current.set(last if any(p.id == last for p in projects) else None, force=True)
        from devora_desktop.core.held_images import take

        self._held = self.w.tasks.spawn(self.w.tasks.off_thread(take, root), name="held")
        if lost := self.w.ctx.store.kv.take_lost_first_run():
            # a new project's first run that Devora's end cut: its project went with it
            # (walk8 #13: the next start said nothing, the prompt was gone)
            self.w.current.set(None)
            self.w.activity.offer_run_again("Your last run was cut when Devora closed, before "
                                            "its first version: nothing of it was kept.")
            self.w.chat.set_mode(lost.get("mode", "web"))
            self.w.chat.put_back(lost["prompt"])
            self.w.tasks.spawn(self._give_images(None), name="give-images")
        # the words typed and not run at the last quit, each back with its project
        # (walk25 #17: a change typed while Run was refused was gone after a restart)
        known = {p.id for p in projects}
        for pid, text in layout_state.take_drafts(root).items():
            if pid is None or pid in known:
                self.drafts[pid] = (text, None, [])
        if not self.w.chat.prompt.toPlainText().strip() and \
                (text := self.drafts.pop(self.w.current.id, ("",))[0]):
            self.w.chat.put_back(text)

    async def _give_images(self, project_id: str | None) -> None:
        """A prompt given back after Devora's end cut its run: the images pasted with it
        come back too (they were gone), once, into the project they were pasted for."""
        held = await self._held if self._held is not None else None
        if held is None or held[0] != project_id or self.w.current.id != project_id:
            return
        self._held = None
        if not self.w.chat.attachments.images:
            for png in held[1]:
                self.w.chat.attachments.add(png)

    def unrun(self) -> dict[str | None, str]:
        """The words typed and not run, by project (the box's for the one on screen): kept
        at quit, for the next start (their images and Pick's element are not)."""
        kept = {pid: draft[0] for pid, draft in self.drafts.items()}
        if self.w.ctx is not None:
            kept[self.w.current.id] = self.w.chat.prompt.toPlainText()
        return kept

    def choose(self, project_id: str | None) -> None:
        """Switch to a project: a click in the list, a folder just opened or cloned, a
        duplicate, an undone delete. What was being typed stays with the project it was
        typed for. A run in flight goes on in its own project while others are looked at
        (walk9 #4: the whole window was locked for a run's minutes); back there, its feed is
        live again."""
        self._keep_draft(project_id)
        self.w.current.set(project_id)

    def _on_new_project(self) -> None:
        self._keep_draft(None)
        self.w.current.set(None)
        self.w.chat.prompt.setFocus()

    def _keep_draft(self, project_id: str | None) -> None:
        """A person switching projects: what they were typing stays with the project it was
        for (an idea typed for a new project became a refinement of the one opened next),
        and so do the element Pick chose on its page and the images pasted for it (walk9
        #1: a chip naming the plant app's heading went out with a new project's run)."""
        if project_id == self.w.current.id:
            return
        chat = self.w.chat
        self.drafts[self.w.current.id] = (chat.prompt.toPlainText(), chat.picked,
                                          list(chat.attachments.images))
        text, picked, images = self.drafts.pop(project_id, ("", None, []))
        chat.put_back(text)
        chat.set_picked(picked)
        chat.attachments.clear()
        for png in images:
            chat.attachments.add(png)

    def _on_current_changed(self, project_id: str) -> None:
        from devora_desktop.core.errors import DevoraError

        ctx, pid = self.w.ctx, project_id or None
        project = None
        if pid:
            try:
                project = ctx.store.projects.get(pid)
            except DevoraError:
                if self.run_here():  # the run's new project, removed by the engine as its
                    return  # first run failed: the feed stays on it until the end is told
                return self.w.current.set(None)
        try:
            root = ctx.store.workspace(pid).root if pid else None
        except DevoraError as exc:  # an opened folder that is gone: said, and a way out
            self.w.notifier.notify(exc.one_line(window=True))
            root = None
        self.w.projects.select(pid)
        self.w.viewer.clear()
        self.w.changes.clear(root)
        self.w.files.set_root(root)
        runs = ctx.store.runs.list(project_id=pid) if pid else []
        self.w.history.set_root(root, {r.id: r.usage.cost_usd for r in runs if r.usage.cost_usd},
                                {r.id: r.prompt for r in runs})
        here, running = self.run_here(), self.w.controller.going
        # a new project being built has no name yet: its first guess, cut from the prompt,
        # read "Changes go to Keep Track My" on coming back to it (walk12 #14)
        named = project is not None and not (here and self.w.controller.last is not None
                                             and self.w.controller.last[2] is None)
        self.w.chat.set_target(shown_name(ctx.store.projects.list(), project)
                               if named else None)
        self.w.activity.questions_shown(here or not running)
        done = runs[:-1] if here else runs  # the run in flight has a record: not "last"
        if running or not self.w.controller.running:  # not while its end is being told
            # the bar tells of the project on screen, not of a run elsewhere
            self.w.status.show_record(done[-1] if done else None)
        if project is not None:
            self.w.chat.set_mode(project.mode.value)
        dialogs.update_links(self.w, project)
        keep, self.keep_feed = self.keep_feed, False
        if here and self.w.run_view.shown:
            return  # the run's feed and panes stay (a new project's, just made)
        if running and not here:  # the run goes on in its own project, out of these panels
            self.w.run_view.shown = self.w.status.fed = False
            for panel in (self.w.follower, self.w.files, self.w.changes, self.w.history):
                panel.unbind()
        self.w.center.show_empty(project is None)
        if project is not None and project.mode.value in ("web", "fullstack"):
            # a web project opens on its page; a full-stack one on its page too, or on
            # its dev server starting, or on why it waits (it opened on an empty Code tab)
            self.w.center.show_preview()
        if keep:  # a new project whose first run did not end: its story stays
            return
        self.w.activity.clear()
        self.w.activity.set_project(project is not None)
        self.w.agents.clear()  # the replay below binds this project's last run, if any
        if project is None:
            self.w.run_view.tell_left_new()
        replayed = runs[-1].id if runs else None  # its log ends with its own summary
        later: list = []  # said after the last run's replay: a Revert or Restore since
        if project is not None:
            messages = ctx.store.conversations.get(pid).messages
            asked = max((i for i, m in enumerate(messages) if m.run_id == replayed),
                        default=len(messages)) if replayed else len(messages)
            for i, m in enumerate(messages):
                if m.role == "user":
                    self.w.activity.say_prompt(m.content, m.images, m.image_note)
                elif i > asked and m.run_id is None and not here:
                    later.append(m.content)
                elif m.run_id is None or m.run_id != replayed:  # said once, not twice
                    self.w.activity.say("devora", m.content)
        if here:  # back on the run's project: its feed from its start, and live
            self.w.run_view.relive()
        elif runs:  # its log is read off the Qt thread (seconds at start on a busy machine):
            # the feed says so meanwhile, not a bare list of prompts (walk14 #35)
            loading = self.w.activity.say("devora", LOADING_RUN)
            self.w.tasks.spawn(self._replay(runs[-1], later, loading), name="replay")
            if project is not None:  # under what is being read, which goes when it is in
                self._killed(runs[-1], messages)

    def run_here(self) -> bool:
        """A run is in flight in the project on screen (a new project's before the engine
        has made it: the page of a new project)."""
        c = self.w.controller
        return c.going and c.project_id == self.w.current.id

    def _killed(self, record, messages: list) -> None:
        """The last run died with Devora (a crash, a kill): its request stood in the feed
        with no answer. Said at once, with the feed's other lines: it came after the run's
        log and the project's versions were read off the thread, seconds later at start on
        a busy machine, the feed ending on the request meanwhile (walk18 #44). What was
        kept; the prompt back in the box; Run again runs it."""
        from devora_desktop.core.models import RunStatus

        if record.status != RunStatus.INTERRUPTED:
            return
        asked = [m for m in messages if m.role == "user" and m.run_id == record.id]
        if not asked or messages[-1] is not asked[-1]:
            return
        self.w.activity.offer_run_again("That run was interrupted when Devora closed: nothing "
                                        "of it was kept, the project is as it was before it.")
        self._give_back(record, asked[-1])

    def _give_back(self, record, asked) -> None:
        from devora_desktop.ui.pick import typed_part

        if not self.w.chat.prompt.toPlainText().strip():
            self.w.chat.put_back(typed_part(asked.content))
        self.w.tasks.spawn(self._give_images(record.project_id), name="give-images")

    async def _interrupted(self, record, progress) -> None:
        """The last run ended as the window closed mid-run (its replay read as a Stop): its
        line says so, what was kept and at which version; the prompt is back in the box,
        and Run again runs it. (A run Devora died in: :meth:`_killed`.)"""
        from devora_desktop.core.models import RunStatus
        from devora_desktop.ui.run_controller import WINDOW_CLOSED

        if record.status != RunStatus.CANCELLED or record.error != WINDOW_CLOSED:
            return
        messages = self.w.ctx.store.conversations.get(record.project_id).messages
        asked = [m for m in messages if m.role == "user" and m.run_id == record.id]
        if not asked:
            return
        ws = self.w.ctx.store.workspace(record.project_id)
        versions = len(await self.w.tasks.off_thread(ws.history))
        if self.w.current.id != record.project_id or self.run_here():
            return
        kept = (f"nothing of it was kept, the project is as it was at v{versions}."
                if versions else "nothing of it was kept.")
        self.w.activity.offer_retry(progress, f"Run stopped when Devora closed: {kept}")
        self._give_back(record, asked[-1])

    async def _replay(self, record, later: list[str] | None = None, loading=None) -> None:
        """The last run of a project, from its saved log: feed and panes, all closed;
        ``later``: what the feed said after it (its Revert, a Restore), said after it;
        ``loading``: the feed's line that says it is being read, which it replaces."""
        from devora_desktop.progress import RunProgress

        events = await self.w.tasks.off_thread(self.w.ctx.store.runs.load_events, record)
        if loading is not None:
            feed = self.w.activity.feed
            with contextlib.suppress(RuntimeError):  # gone with the feed (another project)
                if (row := feed.row(loading)) >= 0:
                    feed.takeItem(row)
        if self.w.current.id != record.project_id or self.run_here():
            return
        from devora_desktop.core.models import RunStatus

        progress = RunProgress()
        # a run Devora died in has only what it logged as it went (no text): its feed
        # said so at once (_killed), and its steps and totals say how far it got
        killed = record.status == RunStatus.INTERRUPTED
        if killed:
            progress.load(events)
        # bound first, as to a live run: the feed and the panes hear the log being loaded;
        # a killed run that logged nothing (or from before logs were kept as a run goes)
        # has no step line rather than every step pending
        if progress.run_id or not killed:
            self.w.activity.bind(progress, live=False)
            self.w.agents.bind(progress, live=False)
            self.w.changes.bind(progress)
        if not killed:
            progress.load(events)
        for line in later or []:
            self.w.activity.say("devora", line)
        if progress.seconds:  # the duration and verdict the feed shows
            self.w.status.show_record(record, progress)
        await self._marks(record.project_id, progress)
        await self._interrupted(record, progress)

    async def _marks(self, project_id: str, progress) -> None:
        """The last run's files marked new or changed while its version is still the
        project's (a revert or a saved edit since: nothing is news) and until the person
        opens each one."""
        version = progress.saved_version
        if not progress.kept_changes or version is None:
            return
        ctx = self.w.ctx

        def unseen() -> dict[str, str]:
            if ctx.store.workspace(project_id).head() != version:
                return {}
            seen = ctx.store.kv.seen_marks(project_id, version)
            return {p: k for p, k in progress.kept_changes.items() if p not in seen}

        marks = await self.w.tasks.off_thread(unseen)
        if self.w.current.id == project_id and not self.run_here():
            self.w.files.set_marks(marks, version)

    def _on_mark_seen(self, version: str, rel: str) -> None:
        if (pid := self.w.current.id) is not None:
            self.w.tasks.spawn(self.w.tasks.off_thread(self.w.ctx.store.kv.see_mark, pid,
                                                       version, rel), name="mark-seen")
