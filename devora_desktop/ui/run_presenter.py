"""A run on screen: starting one, binding the panels to its model (each panel then follows
the model's signals itself), and what changes when it ends. What to do with its changes
afterwards (view, revert, restore) is ui/version_actions.py."""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from devora_desktop.ui.projects_panel import shown_name

if TYPE_CHECKING:
    from devora_desktop.progress import RunProgress
    from devora_desktop.ui.pick import Picked
    from devora_desktop.ui.shell import RunShell


NEW_PROJECT = "New project · being built…"
#: the prompt of a project looked at while a run goes on in another
BUSY = "A run is going in {name}: a run here can start when it ends (Esc stops it)"


class RunPresenter:
    def __init__(self, window: RunShell) -> None:
        """Answers what starts, stops and re-runs a run (Run, Esc, Run again, the preview's
        "ask the agents to fix this") and the controller's news of the run."""
        self.w = w = window
        #: (words typed, Picked, images pasted) of the last Run
        self.asked: tuple[str, Picked | None, list[bytes]] | None = None
        #: the run starting came from Ask the agents to fix this, not the box: the box keeps
        #: what is in it
        self.keep_box = False
        #: the panels show the run in flight (False: another project is looked at meanwhile)
        self.shown = False
        #: a new project's first run failed or stopped while another project was looked at
        #: (its project is gone): the New project page tells it (:meth:`tell_left_new`)
        self.left_new = False
        c = w.controller
        for start in (w.chat.run_button.clicked, w.run_action.triggered):
            start.connect(self.start_run)
        for stop in (w.chat.stop_button.clicked, w.stop_action.triggered):
            stop.connect(c.request_stop)
        for retry in (w.panes.retry_requested, w.activity.retry_requested):
            retry.connect(self._on_retry)
        w.activity.offline_requested.connect(self._on_offline)
        w.center.preview.fix_requested.connect(self.run_prompt)
        w.status.plan_changed.connect(self._on_plan_changed)
        c.running_changed.connect(self._on_run_running)
        c.started.connect(self._on_run_started)
        c.prompt_accepted.connect(self._on_prompt_accepted)
        c.finished.connect(self._on_run_finished)
        c.image_note.connect(lambda note: w.activity.say("devora", note))
        w.current.changed.connect(lambda _id: self._say_offline())
        w.current.changed.connect(lambda _id: w.chat.wait_for_budget(None))  # its own story
        w.files.reloaded.connect(lambda: self._say_offline())  # its files deleted or built
        w.status.provider_changed.connect(lambda _label, _banner: self._say_offline())
        w.status.provider_changed.connect(lambda _label, _banner: w.tasks.spawn(
            self._list_models(), name="list-models"))

    def _say_offline(self, running: bool | None = None) -> None:
        """Before a run is tried, why it can't be: a run goes on in another project (this
        one is looked at meanwhile), or the offline templates make new apps and cannot
        change the open one (the engine refuses, agents/offline.py)."""
        # (not from agents.offline: importing the offline templates, ~200 patterns compiled,
        # held the window's thread at start-up, between its first frame and its projects)
        from devora_desktop.core.words import CANNOT_REFINE, REFINE_HINT

        c = self.w.controller
        if running is None:
            running = c.going
        if running and c.project_id != self.w.current.id:
            # a new project's run has a name only when it ends (the list says "New project
            # · being built…"): its plan's first guess read 'A run is going in "Keep Track
            # My"' (walk12 #14)
            name = c.progress.project_name if c.last is not None and c.last[2] else None
            busy = BUSY.format(name=f"“{name}”" if name else "the new project")
            self.w.activity.refuse_runs(busy)
            return self.w.chat.set_refused(busy)
        # an emptied project ("Delete these files") is built anew offline, as its Preview says
        refused = self.w.status.offline and self.w.current.id and not running and \
            bool(self.w.files.files)
        said = f"{CANNOT_REFINE}; {REFINE_HINT}." if refused else None
        self.w.chat.set_refused(said)
        self.w.activity.refuse_runs(said)
        self.w.center.preview.refuse_changes(said)

    async def _list_models(self) -> None:
        """The chat's model box lists the models of the provider runs use (its arrow opened
        an empty list: walk8 #11), or the known ones; it stays empty for Settings' choice."""
        from devora_desktop.agents.providers import model_choices
        from devora_desktop.ui.settings_dialog import offer

        models, _line = await model_choices(self.w.ctx)
        offer(self.w.chat.model, models)

    def start_run(self) -> None:
        """Run what is in the box: its words, its images and its pick."""
        self._start(self.w.chat.prompt.toPlainText().strip(),
                    list(self.w.chat.attachments.images), self.w.chat.picked)

    def run_prompt(self, prompt: str) -> None:
        """Preview › Ask the agents to fix this: a refinement carrying the console errors.
        It goes to the run without the box, which keeps what was typed, pasted or picked for
        the next change (walk24 #26: a draft was lost to the fix's text)."""
        self._start(prompt, [], None, from_box=False)

    def _start(self, prompt: str, images: list[bytes], picked: Picked | None, *,
               from_box: bool = True) -> None:
        if self.w.controller.running and self.w.chat.refused:  # one goes on elsewhere
            self.w.notifier.notify(self.w.chat.refused)
        if self.w.controller.running or self.w.ctx is None:
            return
        if not prompt:
            self.w.notifier.notify("Type what you want first")
            self.w.chat.prompt.setFocus()
            return
        if note := self.w.chat.locked_note():  # refused before running: the prompt stays
            self.w.notifier.notify(note)
            return
        project_id, mode = self.w.current.id, self.w.chat.mode()
        model = self.w.chat.model.currentText().strip() or None

        def go() -> None:
            if self.w.controller.running:  # (asked over the budget meanwhile)
                return
            if project_id is None:  # a new project starts its own story: a stopped or
                # failed attempt typed before stayed above the run that built it (walk12
                # #12 e); its Run again keeps the attempt's lines (the same request)
                self.left_new = False
                self.w.activity.clear()
            # what a stopped or failed run gives back: the words typed, the pick's chip (not
            # the instruction the pick adds to the prompt) and the images pasted
            self.asked = (prompt, picked, images)
            self.keep_box = not from_box
            # Preview › Pick: change just that element
            said = prompt + picked.instruction() if picked is not None else prompt
            self.w.controller.start(said, mode, project_id, model, images)

        # over the budget per run by its estimate, it asks first (ui/run_estimate.py)
        self.w.estimate.before_run(go, (prompt, mode, project_id, model))

    def _on_plan_changed(self, _pro: bool) -> None:
        """A plan without full-stack keeps the mode choosable, with a lock and its line."""
        from devora_desktop.ui.icons import mode_locks

        self.w.chat.set_locked(mode_locks(self.w.status.features))

    def _on_run_running(self, running: bool) -> None:
        self.w.chat.set_running(running)
        self._say_offline(running)
        if running:
            self.left_new = False
            self.w.follower.follow = True
            web = self.w.chat.mode() == "web" or (
                self.w.chat.mode() == "quick" and self.w.center.preview.shows_a_page())
            # a new project has no page yet: its first file streams on the Code tab, and
            # the Preview comes forward when index.html lands (ui/follow.py)
            self.w.follower.page_first = web and self.w.center.preview.workspace is None
            self.w.center.preview.run_started(web)
            # a web project is watched appearing in the preview, a quick one too (it writes
            # a page: it opened on the Code tab, walk12 #22); full-stack runs show the code
            self.w.center.show_preview() if web else self.w.center.show_code()
            self.w.chat.prompt.setFocus()  # Run turns disabled: focus fell to the project filter
            self.bind(self.w.controller.progress)
        else:
            self.w.center.preview.run_ended()

    def bind(self, progress: RunProgress, *, again: bool = False) -> None:
        """Every panel that shows a run follows this one's model from now on. ``again``:
        the same run, told again from its start (:meth:`relive`): the status bar's spend
        so far stays, and the centre follows only what is written from now on."""
        self.shown = True
        self.w.activity.bind(progress, live=True)
        self.w.agents.bind(progress, live=True)
        self.w.files.bind(progress)
        self.w.changes.bind(progress)
        self.w.history.bind(progress)
        if again:
            self.w.status.follow(progress)
        else:
            self.w.follower.bind(progress)
            self.w.status.bind(progress)

    def asking(self, ask: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        """``ask`` (a question the run puts to the person: may checks run, which app to
        build), asked on the run's own project: it cannot go on without the answer, so a
        person looking at another project is brought back to it first."""
        async def asked(*args: Any) -> Any:
            c = self.w.controller
            if c.going and not self.shown:
                self.w.notifier.notify("The run needs an answer: back to its project")
                self.w.project_view.choose(c.project_id)
            return await ask(*args)

        return asked

    def relive(self) -> None:
        """Back on the project whose run goes on (another was looked at meanwhile): the
        feed, panes, files and changes show the run from its start and follow it again."""
        progress = self.w.controller.relive(lambda p: self.bind(p, again=True))
        self.w.follower.bind(progress)

    def _on_prompt_accepted(self, prompt: str) -> None:
        if self.keep_box:  # a fix the preview asked for: the draft in the box stays
            self.keep_box = False
            return self.w.activity.say_prompt(prompt, 0)
        self.w.chat.prompt.clear()
        images = len(self.w.chat.attachments.images)
        self.w.chat.attachments.clear()
        self.w.chat.set_picked(None)
        self.w.activity.say_prompt(prompt, images)

    def _on_run_started(self, project_id: str) -> None:
        from devora_desktop.core.errors import DevoraError

        with contextlib.suppress(DevoraError):  # unknown: every project's preview waits
            self.w.center.preview.run_project(self.w.ctx.store.workspace(project_id).root)
        last = self.w.controller.last
        if last is not None and last[2] is None:
            # a new project: listed at once as being built (a click on it comes back to its
            # run); under its final name when the run ends (it was invisible until then)
            self.w.projects.show_pending(NEW_PROJECT, project_id)
            # opened after a turn of the loop, before the run's next event: every panel
            # follows it, ~8 ms of the Qt thread, on top of the above (bench/ui_latency.py)
            self.w.controller.engine.gui.next_turn(self._open_new, project_id)
        else:
            self.w.projects.mark_running(project_id)
        if self.shown:
            self.w.files.set_marks({})
        self._say_offline()

    def _open_new(self, project_id: str) -> None:
        """A new project's run has begun: its page, still on screen, opens the project."""
        if self.w.current.id is None:  # on its page still, not looking at another
            self.w.current.set(project_id)
            self.w.chat.set_target(None)

    def _on_run_finished(self, outcome: str) -> None:
        p = self.w.controller.progress
        projects = self.w.ctx.store.projects.list()
        self.w.projects.set_projects(projects, self.w.current.id)
        if not self.shown:
            return self._finished_elsewhere(outcome, p, projects)
        project = next((x for x in projects if x.id == self.w.current.id), None)
        # the run's project is gone: a new project whose first run did not end. The window
        # may never have opened it: the engine's thread can fail and remove it before the
        # window has folded the run's start (then there was nothing to open)
        # (or it was never made: the plan refused the run before it began, and the centre
        # said "Open a project to preview it" over the New project page's examples)
        gone = not p.project_id or all(x.id != p.project_id for x in projects)
        if (self.w.current.id and project is None) or (gone and self.w.current.id is None):
            if self.w.current.id:
                self.w.project_view.keep_feed = True
                self.w.current.set(None)
            else:
                self.w.center.show_empty(True)
            # the run's line says nothing was kept (a refused plan's, what to do instead)
            self._hand_back(p)
            return self.w.run_finished.emit(outcome)
        if project is not None:
            self.w.chat.set_target(shown_name(projects, project))
        if outcome == "cancelled":  # stopped: the request is back in the box to run again,
            self._give_prompt_back()  # and its line runs it again at one click, as a new
            self.w.activity.offer_retry(p)  # project's does (a refinement's had no Run again)
        elif outcome == "failed" or self.w.controller.start_error:  # a refinement that
            # failed (over its budget, say) or could not start: as a new project's, its
            # prompt back and Run again (it had none), or why it could not start
            self._hand_back(p)
        elif p.nothing_changed:  # "No file changed … (describe the change another way)": the
            self._give_prompt_back()  # words to rework are back, as a stopped run's (walk10)
        # the panels that read the project again and the centre after a turn of the loop (a
        # frame between): with the end's fold and the list above they were one stretch of
        # the Qt thread (bench/ui_latency.py); the run's end is told when they are done
        self.w.controller.engine.gui.next_turn(self._show_kept, outcome, p)

    def _show_kept(self, outcome: str, p: RunProgress) -> None:
        """The run's end, second half: what it kept, in the files, history and centre."""
        self.w.files.set_marks(p.kept_changes, p.saved_version)  # a stopped run: no marks
        self.w.files.reload()
        self.w.history.note_run(p.run_id, p.cost)
        self.w.history.reload()
        if self.w.viewer.live:  # the run ended mid-file: show what is on disk
            self.w.viewer.clear()
        elif outcome != "finished" and self.w.viewer.rel:
            self.w.follower.show_disk_copy(self.w.viewer.rel)
        entry = next((f for f in ("app/page.tsx", "index.html", "src/App.tsx", "app.py")
                      if p.changes.get(f) in ("new", "changed")), None)
        if self.w.follower.follow and entry:  # end on the project's front door, not its last file
            self.w.follower.open_file(entry, show=not self.w.center.showing_preview())
        if outcome == "finished" and self.w.follower.follow and \
                not self.w.center.preview.shows_a_page():
            # a full-stack run lands on its app as a web run does (it stayed on the Code
            # tab and the dev server started only when Preview was clicked, walk13 #14):
            # shown, the preview starts it with the consent it needs, its output on screen
            self.w.center.show_preview()
        self.w.run_finished.emit(outcome)

    def _finished_elsewhere(self, outcome: str, p: RunProgress, projects: list) -> None:
        """The run ended while the person looked at another project: that one stays on
        screen; a line says how the run went and where; a stopped or failed run's prompt
        waits in its own project's box (a new project's, on the new project page)."""
        project = next((x for x in projects if x.id == p.project_id), None)
        where = f"“{project.name}”" if project is not None else "the new project"
        said = {"finished": "finished" if p.approved or p.approved is None else
                "finished, not approved", "cancelled": "was stopped"}.get(outcome, outcome)
        self.w.notifier.notify(f"The run in {where} {said}"
                               + (": click it in the list to see it" if project else ""))
        drafts = self.w.project_view.drafts
        key = project.id if project is not None else None
        last = self.w.controller.last
        if outcome != "finished" and last is not None and not drafts.get(key, ("",))[0]:
            drafts[key] = self.asked or (last[0], None, [])
        self.left_new = outcome != "finished" and project is None and last is not None \
            and last[2] is None
        runs = self.w.ctx.store.runs.list(project_id=self.w.current.id) \
            if self.w.current.id else []
        self.w.status.show_record(runs[-1] if runs else None)  # the project on screen's
        self.w.run_finished.emit(outcome)

    def tell_left_new(self) -> None:
        """The New project page, after a new project's first run failed or was stopped
        while another project was looked at: the run's feed, told again from its events, as
        if it had ended on screen: its request, how it ended, and Run again (the prompt
        alone came back, with no word of what became of it)."""
        from devora_desktop.progress import RunProgress
        from devora_desktop.ui.run_controller import merged

        c = self.w.controller
        if not self.left_new or c.going or c.last is None:
            return
        typed, _picked, images = self.asked or (c.last[0], None, [])
        self.w.activity.say_prompt(typed, len(images))
        progress = RunProgress()
        self.w.activity.bind(progress, live=False)
        self.w.agents.bind(progress, live=False)
        for ev in merged(c.ended):
            progress.fold(ev)
        if progress.outcome == "cancelled":
            self.w.activity.offer_retry(progress)
        else:
            self._hand_back(progress)

    def _hand_back(self, p: RunProgress) -> None:
        """A failed run's prompt goes back in the box, and the feed says so; a retryable
        failure has its own Run again, and a plan its mode cannot build is changed in the
        prompt or the mode first (its line says how): the others get one."""
        if self._give_prompt_back():  # (a draft in the box stays: review24 #16)
            self.w.activity.say("devora", "Your prompt is back in the box below.")
        if self.w.controller.start_error:
            return self.w.activity.cannot_start(self.w.controller.start_error)
        if p.budget_stop:  # the same prompt would stop at the same cap: Raise comes first
            self.w.chat.wait_for_budget((self.asked or self.w.controller.last or ("",))[0])
        last = self.w.controller.last
        if not (p.retryable or p.retry_at or p.mode_refused):
            self.w.activity.offer_retry(p, new_project=last is not None and last[2] is None)

    def _give_prompt_back(self) -> bool:
        """The last run's request back in an empty box (True); what the box holds (a
        draft typed during the run, or kept through Ask the agents to fix this) stays."""
        if not self.w.controller.last or self.w.chat.prompt.toPlainText().strip():
            return False
        typed, picked, images = self.asked or (self.w.controller.last[0], None, [])
        self.w.chat.put_back(typed)
        if picked is not None:
            self.w.chat.set_picked(picked)
        if not self.w.chat.attachments.images:  # the mockup comes back with the words
            for png in images:
                self.w.chat.attachments.add(png)
        return True

    def _on_offline(self) -> None:
        """The run reached no model (network off, server down): the same prompt, as a new
        project, built by the offline templates, which need none (and are no AI run)."""
        last = self.w.controller.last
        if last is None or self.w.controller.running:
            return
        prompt, mode = last[0], last[1]
        images = self.asked[2] if self.asked else []  # said unused offline, as on any run
        self.asked = None
        self.w.controller.start(prompt, mode, None, None, images, provider="offline")

    def _on_retry(self) -> None:
        """Run the last prompt again (a failed run left the project as it was)."""
        last = self.w.controller.last
        if last is None and not self.w.controller.running:
            return self.start_run()  # a run Devora's closing cut: its prompt is in the box
        if last is None or self.w.controller.running:
            return
        prompt, mode, project_id, model = last
        images = self.asked[2] if self.asked else []  # the same images as the first time
        self.asked = None  # the prompt as sent, a pick's instruction included
        if project_id != self.w.current.id:
            project_id = self.w.current.id  # a new project whose first run failed is gone
        self.w.controller.start(prompt, mode, project_id, model, images)
