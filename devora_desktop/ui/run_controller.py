"""RunController: owns one run's lifecycle (start, stop, close) and tells the window about
it through Qt signals. It folds every event into a :class:`RunProgress`, the model the
panels bind to: what happens in a run is told by the model's signals alone (a new model at
each start, made before ``running_changed(True)``); panels never fold events.

The run itself goes on the engine's thread (ui/engine_thread.py): the Qt thread only folds
the events it is handed, in batches, and answers the questions the run asks the person."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    import asyncio

    from devora_desktop.agents.events import RunEvent
    from devora_desktop.agents.orchestrator import EngineOptions, Run
    from devora_desktop.core.context import AppContext
    from devora_desktop.core.models import Mode, Project
    from devora_desktop.progress import RunProgress
    from devora_desktop.ui.engine_thread import Engine
    from devora_desktop.ui.tasks import Tasks

log = logging.getLogger(__name__)
#: Why a run stopped when the window closed: its record says so, and the next start tells
#: it apart from a Stop (ui/project_presenter.py).
WINDOW_CLOSED = "the window was closed"


async def _sandbox_status() -> Any:
    from devora_desktop.agents.checking import sandbox_status

    return await sandbox_status()


CLOSE_TIMEOUT = 3.0


class RunController(QObject):
    started = Signal(str)  # project id, once the engine has opened (or created) the project
    prompt_accepted = Signal(str)  # the prompt the run was started with
    running_changed = Signal(bool)
    finished = Signal(str)  # finished | failed | cancelled | interrupted | error
    image_note = Signal(str)  # why the prompt's images are not used by this run
    warmed = Signal()  # warm_up has loaded what a run needs

    def __init__(self, tasks: Tasks, options: EngineOptions | None = None) -> None:
        super().__init__()
        self.tasks = tasks
        self.options = options
        self.ctx: AppContext | None = None
        self._progress: RunProgress | None = None
        self.run: Run | None = None
        self.task: asyncio.Task | None = None
        self.last: tuple | None = None  # (prompt, mode, project id, model) of the last start
        #: why the last run could not start (no model chosen, no key), in the window's words
        self.start_error = ""
        #: asks the user before a project's code runs (checks); set by the window
        self.ask_consent: Callable[[Project, str], Awaitable[bool]] | None = None
        #: asks which app an offline new project should be, when its prompt reads as more
        #: than one (agents/shape_question.py); set by the window
        self.ask_shape: Callable[[list[Any]], Awaitable[str]] | None = None
        #: says whether the project's code would run confined (then nobody is asked)
        self.sandbox: Callable[[], Awaitable[Any]] | None = _sandbox_status
        self._engine: Engine | None = None
        #: called after each batch of the engine's events folded here (the engine's own
        #: ``after_batch``): the raw text panes show what came at once (set by the window)
        self.after_batch: list[Callable[[], None]] = []
        self._closing = False
        #: this run's events as folded: a person who looked at another project meanwhile
        #: comes back to the whole run, live (:meth:`relive`)
        self.events: list[RunEvent] = []
        #: the events of the last run that ended, until the next starts: a new project's
        #: first run that failed out of sight is told on the New project page (its project
        #: is gone; ui/run_presenter.tell_left_new)
        self.ended: list[RunEvent] = []
        #: the run has not ended (``running`` stays true while its end is told)
        self.going = False

    async def warm_up(self) -> None:
        """Load what the first run needs (the engine and what it loads on first use, the HTTP
        client, the icon font) before the user asks for it: imported on the Qt thread at the
        first Run, they stalled the loop for a few hundred ms, and in the run they delay its
        first request."""
        import asyncio
        import importlib

        self.engine.loop()
        for name in ("devora_desktop.agents.launch", "devora_desktop.core.llm.client",
                     "devora_desktop.agents.plan_stream", "devora_desktop.agents.validators",
                     "devora_desktop.progress",  # and psygnal: the run model and its signals
                     "devora_desktop.ui.pick"):  # the prompt said in the feed (html.parser)
            await asyncio.to_thread(importlib.import_module, name)
        from devora_desktop.agents.orchestrator import warm_up

        await asyncio.to_thread(warm_up)  # the git library, the redactor, the parsers
        from devora_desktop.core.llm import relay

        await asyncio.to_thread(relay.shared().start)  # the runs' stream relay (its process)
        from devora_desktop.core import offload

        if await asyncio.to_thread(offload.shared().start):  # the validators' process
            offload.shared().submit("devora_desktop.agents.validators:warm_up")  # its parsers
        from devora_desktop.ui.icons import icon

        icon("done").pixmap(16, 16)  # the icon font loads at the first paint: do it now
        self.warmed.emit()

    @property
    def engine(self) -> Engine:
        """Where runs go (ui/engine_thread.py); made on first use (it imports asyncio),
        its thread started by warm_up or the first run."""
        if self._engine is None:
            from devora_desktop.ui.engine_thread import Engine

            self._engine = Engine()
            self._engine.gui.after_batch = self.after_batch
            import weakref

            weakref.finalize(self, self._engine.close, 1.0)  # a window dropped unclosed
        return self._engine

    @property
    def progress(self) -> RunProgress:
        """The model of the current (or last) run; made on first use, not at start-up."""
        if self._progress is None:
            from devora_desktop.progress import RunProgress

            self._progress = RunProgress()
        return self._progress

    @progress.setter
    def progress(self, value: RunProgress) -> None:
        self._progress = value

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done()

    @property
    def project_id(self) -> str | None:
        """The project of the run in flight (None: a new one the engine has not made yet,
        or no run, or its end is being told)."""
        if not self.going:
            return None
        return self.progress.project_id or (self.last[2] if self.last else None)

    def relive(self, bind: Callable[[RunProgress], None]) -> RunProgress:
        """A fresh model of the run in flight, ``bind``-ed, then told every event so far
        (the panels hear them as they would a saved log); the run's next events go to it."""
        from devora_desktop.progress import RunProgress

        self.progress = progress = RunProgress()
        bind(progress)
        for ev in merged(self.events):
            progress.fold(ev)
        return progress

    def start(self, prompt: str, mode: Mode, project_id: str | None,
              model: str | None = None, images: list[bytes] | None = None, *,
              provider: str | None = None) -> bool:
        """``images``: PNG bytes pasted or dropped into the prompt (agents/images.py);
        ``provider``: this run's, not Settings' (the offline templates after a network
        failure)."""
        if self.running or self.ctx is None or not prompt.strip():
            return False
        self.last = (prompt, mode, project_id, model)
        self.task = self.tasks.spawn(self._run(prompt.strip(), mode, project_id, model,
                                               images or [], provider),
                                     name="devora-window-run")
        return True

    @Slot()
    def request_stop(self) -> None:
        """Stop (Esc), from a button or an action (their ``checked`` argument is dropped)."""
        self.stop()

    def stop(self, reason: str = "stopped by the user") -> None:
        run = self.run  # set on the engine's thread once the run exists
        if run is not None:
            self.engine.call(run.cancel, reason)
        elif self.task is not None and not self.task.done():
            self.task.cancel()  # still choosing the provider

    async def close(self, timeout: float = CLOSE_TIMEOUT) -> None:
        """Stop a run in flight and wait (bounded) for the engine to roll back."""
        import asyncio
        import contextlib

        task = self.task
        left = False
        if task is not None and not task.done():
            self._closing = True  # the prompt's images stay held for the next start
            # The stop goes first and nothing is awaited before it: the prompt's redaction
            # (a thread) once waited there behind the window's other threads while the run
            # went on to keep a version after "Stop the run and quit … nothing is kept".
            self.stop(WINDOW_CLOSED)
            said = first = None
            if self.ctx is not None and self.last is not None and self.last[2] is None:
                # a new project's first run: kept as the run keeps it (a key typed into it
                # is redacted: it was written whole into the data folder's store)
                from devora_desktop.core.egress import sent_prompt

                first = self.last
                said = asyncio.ensure_future(asyncio.to_thread(sent_prompt, first[0]))
            done, _ = await asyncio.wait([task], timeout=timeout)
            if not done:
                log.warning("the run did not stop within %.1f s; leaving it", timeout)
                task.cancel()
                left = True
            if said is not None and first is not None and not self.progress.saved_version:
                # it kept nothing: the project goes with it, so the next start gives its
                # prompt back from here (ui/project_presenter.py)
                with contextlib.suppress(TimeoutError):
                    prompt = await asyncio.wait_for(said, timeout)
                    self.ctx.store.kv.remember_lost_first_run(prompt, str(first[1].value))
        if self._engine is not None:  # its loop is idle now: it stops at once
            self._engine.close(timeout=0 if left else 1.0)

    async def _run(self, prompt: str, mode: Mode, project_id: str | None,
                   model: str | None, images: list[bytes], provider: str | None) -> None:
        """The Qt side of a run: a fresh model, then wait while the engine's thread runs it
        and hands each event here (folded in order, before the run's end is told)."""
        import asyncio

        from devora_desktop.progress import RunProgress

        assert self.ctx is not None
        self.progress = RunProgress()
        self.events, self.ended = [], []
        self.start_error = ""
        self.going = True
        self.running_changed.emit(True)
        outcome = "error"
        holding = self._hold_images(project_id, images)
        try:
            if await self.engine.run(self._engine_run(prompt, mode, project_id, model, images,
                                                      provider)):
                self.progress.end()  # the stream ended without a terminal event
                outcome = self.progress.outcome or "error"
        except asyncio.CancelledError:
            outcome = "cancelled"
            raise
        finally:
            self.run = None
            self.ended, self.events, self.going = self.events, [], False
            if holding is not None and not self._closing:  # given back from memory now
                self.tasks.spawn(self._let_go(holding), name="drop-held-images")
            self.running_changed.emit(False)
            self.finished.emit(outcome)

    def _could_not_start(self, said: str) -> None:
        self.start_error = said

    def _hold_images(self, project_id: str | None,
                     images: list[bytes]) -> asyncio.Future | None:
        """The prompt's images, on disk while the run goes on (core/held_images.py): a run
        Devora's end cuts gives its prompt back at the next start, and these with it."""
        import asyncio

        from devora_desktop.core.held_images import hold

        if not images or self.ctx is None:
            return None
        return asyncio.ensure_future(asyncio.to_thread(hold, self.ctx.paths.root, project_id,
                                                       images))

    async def _let_go(self, holding: asyncio.Future) -> None:
        import asyncio
        import contextlib

        from devora_desktop.core.held_images import drop

        with contextlib.suppress(OSError):
            await holding
        if self.ctx is not None:
            await asyncio.to_thread(drop, self.ctx.paths.root)

    async def _engine_run(self, prompt: str, mode: Mode, project_id: str | None,
                          model: str | None, images: list[bytes],
                          provider: str | None) -> bool:
        """On the engine's thread: open the run, hand every event to the Qt thread, close
        it. False when it could not start (the reason is told to the person)."""
        import asyncio
        import contextlib

        from devora_desktop.agents.launch import start_run
        from devora_desktop.core.egress import sent_prompt
        from devora_desktop.core.errors import DevoraError

        assert self.ctx is not None
        _relay_streams()
        gui = self.engine.to_gui
        ask = self._ask_on_gui if self.ask_consent is not None else None
        shape = self._shape_on_gui if self.ask_shape is not None else None
        async with contextlib.AsyncExitStack() as opened:  # stops the run, closes the provider
            try:
                self.run, choice = await opened.enter_async_context(start_run(
                    self.ctx, prompt, mode, project_id=project_id, model=model,
                    provider=provider, options=self.options, ask_consent=ask, sandbox=self.sandbox,
                    images=images, ask_shape=shape))
            except DevoraError as exc:
                said = exc.one_line(window=True)
                gui(self._could_not_start, said)
                gui(self.tasks.notifier.notify, said)
                return False
            try:
                # the feed says the prompt as the models get it and the run keeps it: a key
                # typed into it shows as [REDACTED:…] (off this loop: the detector's first use
                # sets it up)
                said = await asyncio.to_thread(sent_prompt, prompt)
                gui(self.prompt_accepted.emit, said)
                if choice.image_note:
                    gui(self.image_note.emit, choice.image_note)
                told = TextBatcher(lambda ev, since: gui(self._on_event, ev, since=since))
                try:
                    async for ev in self.run:
                        told.add(ev)
                finally:
                    told.flush()
            finally:
                self.run = None
        return True

    def _on_event(self, ev: RunEvent) -> None:
        """Qt thread: one event of the run, in the order the engine told them (a thousand a
        second while agents stream: no import statement here, each cost ~5 us in PySide's
        import hook)."""
        self.events.append(ev)
        self.progress.fold(ev)
        if isinstance(ev, _run_started()):  # the panels reset, then the project opens: a
            # frame between the two (together 12-14 ms of the Qt thread at a new project's
            # start, bench/ui_latency.py)
            self.engine.gui.next_turn(self.started.emit, ev.project_id)

    async def _ask_on_gui(self, project: Project, risk: str) -> bool:
        """The run's question to the person: asked by the window, awaited by the engine."""
        assert self.ask_consent is not None
        return await self.engine.on_gui(self.ask_consent, project, risk)

    async def _shape_on_gui(self, choices: list[Any]) -> str:
        """Which app an offline new project should be: asked by the window, awaited by the
        engine, as the checks' consent is."""
        assert self.ask_shape is not None
        return await self.engine.on_gui(self.ask_shape, choices)


def merged(events: list[RunEvent]) -> list[RunEvent]:
    """``events`` with each stretch of streamed text (AgentDelta, FileProgress: a token or a
    line each) joined per agent, worker and file, as one event that says the same: folded
    one by one, a run's 29,000 events took ~1 s of the Qt thread when a person came back to
    it. Each joined event keeps its stretch's last time and its place (by its last event),
    so the state folded is the same."""
    from devora_desktop.agents.events import AgentDelta, FileProgress

    out: list[RunEvent] = []
    stretch: dict[tuple, list] = {}

    def flush() -> None:
        for evs in sorted(stretch.values(), key=lambda evs: evs[-1][0]):
            last = evs[-1][1]
            out.append(last if len(evs) == 1 else last.model_copy(
                update={"text": "".join(ev.text for _i, ev in evs)}))
        stretch.clear()

    for i, ev in enumerate(events):
        if type(ev) is AgentDelta:
            stretch.setdefault(("text", ev.agent, ev.worker), []).append((i, ev))
        elif type(ev) is FileProgress:
            stretch.setdefault(("file", ev.agent, ev.path, ev.worker), []).append((i, ev))
        else:
            flush()
            out.append(ev)
    flush()
    return out


class TextBatcher:
    """Hands a run's events to the window, its streamed text (AgentDelta, FileProgress)
    every 4 ms at most, not once a token: 4 agents streaming 300 tokens/s each were 1,200 calls
    a second on the Qt thread (each a fold and a Qt signal, ~70 us), and as many hand-overs
    between the threads. Text that comes FRAME or more after the last hand-over goes at
    once; text that follows it closely waits for the rest of that frame and goes joined
    (:func:`merged`), before any other event, so the order each view sees is kept.
    ``tell(ev, since)``: ``since`` is when the oldest text joined in ``ev`` came, so the
    window's latency measure counts the wait here (bench/ui_latency.py). On the engine's
    loop only."""

    #: s: the Qt thread takes a batch at most this often anyway (GuiQueue.SPACING); 8 ms
    #: held text 4 ms longer for the same CPU (bench/ui_latency.py, token to screen p50)
    FRAME = 0.004

    def __init__(self, tell: Callable[[RunEvent, float | None], None]) -> None:
        # here, like every asyncio import in this module: at its top it would bring
        # subprocess into the window's first frame (tests/ui/test_window_basics.py)
        import asyncio

        from devora_desktop.agents.events import AgentDelta, FileProgress

        self.tell = tell
        self._text = (AgentDelta, FileProgress)
        self._held: list[RunEvent] = []
        self._since = 0.0  # when the first text held came (perf_counter)
        from devora_desktop.core.pacing import FramePacer

        self._pace = FramePacer(asyncio.get_running_loop(), self.FRAME, self.flush)

    def add(self, ev: RunEvent) -> None:
        if type(ev) not in self._text:
            self.flush()
            self.tell(ev, None)
            return
        if not self._held:
            self._since = time.perf_counter()
        self._held.append(ev)
        self._pace.held()

    def flush(self) -> None:
        """Hand over the text held now (at the frame's end, before another event, and at
        the run's end)."""
        self._pace.cancel()
        if not self._held:
            return
        held, self._held = self._held, []
        for ev in merged(held):
            self.tell(ev, self._since)
        self._pace.handed()


def _relay_streams() -> None:
    """The calling task's providers (the window's run's) read the model's streams in a
    process of their own (core/llm/relay.py), and its validators and redaction run in
    another (core/offload.py): that work is off this process's interpreter, so the Qt
    thread never waits for it."""
    from devora_desktop.core import offload
    from devora_desktop.core.llm import relay

    relay.use()
    offload.use()


@functools.cache
def _run_started() -> type:
    """The RunStarted class, imported with the first run (not with the window)."""
    from devora_desktop.agents.events import RunStarted

    return RunStarted
