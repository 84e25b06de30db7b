"""The Orchestrator: runs one request through the agents and reports every step as a RunEvent.

    Run.events():  RunStarted -> Architect (plan) -> Frontend|Backend|Database in a TaskGroup
                   -> ReviewLoop: validators -> checks -> fix rounds -> Reviewer
                   -> commit one version -> RunFinished

Files are written into the project folder the moment their block closes (so the tree grows
live); a run that fails or is cancelled resets the folder to its last committed version, so
no one ever finds half a run. The GUI and the CLI both consume ``Run`` — it is the engine.

The jobs around it live next door: ``file_gate`` (what may be written), ``review_loop`` (verify,
fix, review, and the checks seam), ``journal`` (events, log, record, rollback, agent_span) and
``estimate`` (the cost shown before the run). What stays here is the order of the steps and
the code that reads the plan.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

from devora_desktop.agents import offline, registry, shape_question, validators
from devora_desktop.agents.base import AgentEnv, Budget, CodeAgent, CodeResult, money
from devora_desktop.agents.build_step import BuildStep, estimate_file_tokens
from devora_desktop.agents.compressor import (
    CompressorAgent,
    TokenEstimator,
    compress_conversation,
    fit_files,
    left_out_notice,
    prompt_budget,
)
from devora_desktop.agents.estimate import (
    SCALE_RANGE,
    Estimate,
    estimate_plan,
    estimate_run,
    typical_output,
)
from devora_desktop.agents.events import (
    APP,
    AgentFinished,
    AgentNotice,
    RunCancelled,
    RunEvent,
    RunFailed,
    RunFinished,
    RunStarted,
    ShapeRead,
    VersionCommitted,
)
from devora_desktop.agents.file_gate import FileGate, files_by_age
from devora_desktop.agents.journal import Journal, agent_span, collapse
from devora_desktop.agents.memory import learn_preferences, merge_preferences, similar_projects
from devora_desktop.agents.mode_plan import asks_accounts, no_accounts_note, refusal
from devora_desktop.agents.project_context import (
    MAP_ABOVE_FILES,
    context_note,
    map_manifest,
    reference_files,
)
from devora_desktop.agents.protocol import Plan
from devora_desktop.agents.review_cache import ReviewBase, remember
from devora_desktop.agents.review_loop import ReviewLoop, Verdict
from devora_desktop.agents.roles import ArchitectAgent, QuickAgent
from devora_desktop.agents.scope import Checks, EngineOptions, RunRequest
from devora_desktop.core import offload
from devora_desktop.core.egress import (
    files_in,
    keep_local_values,
    redact_messages,
    redactions_in,
    sent_prompt,
)
from devora_desktop.core.errors import BudgetExceeded, DevoraError, PlanRequired, Unreachable
from devora_desktop.core.licensing import Entitlements
from devora_desktop.core.llm.base import CallParams
from devora_desktop.core.llm.catalogue import ModelInfo
from devora_desktop.core.models import Message, Mode, RunRecord, RunStatus, Usage
from devora_desktop.core.repomap import RepoMap
from devora_desktop.core.store import Store
from devora_desktop.core.words import cut_words, plural
from devora_desktop.core.workspace import Workspace, looks_binary

log = logging.getLogger(__name__)
#: packs a project's history when due (core/workspace.collect_garbage), by name for offload
PACK = "devora_desktop.core.workspace:collect_garbage"
#: a version's subject: the request's first paragraph, cut after a whole word with "…"
SUBJECT_CHARS = 200



class Run:
    """One run in flight. Iterate it for events; ``cancel()`` stops it cleanly (RunCancelled)."""

    def __init__(self, orchestrator: Orchestrator, request: RunRequest) -> None:
        self.o = orchestrator
        self.store: Store = orchestrator.store
        self.request = request
        self.options = orchestrator.options
        self.checks: Checks | None = request.checks or self.options.checks
        self.journal = Journal(orchestrator.store)
        self.emit = self.journal.emit
        self.gate: FileGate = None  # type: ignore[assignment]  # set when the project opens
        self.plan: Plan | None = None
        self.build: BuildStep | None = None
        self.review_base: ReviewBase | None = None  # what the last review opened with
        self.budget = Budget(request.max_usd, request.max_tokens, **request.budget_hints)
        self.verdict = Verdict(approved=True)
        self._task: asyncio.Task | None = None
        self._background: set[asyncio.Future] = set()  # strong references (see _in_background)
        self._reader: ThreadPoolExecutor | None = None  # see _prepare
        self.estimator = TokenEstimator(
            orchestrator.store.kv.get(f"calibration:{request.model}", 4.0))
        self.similar: list[str] = []
        self.sizes: dict[str, int] = {}  # a refinement's files (bytes) when it started
        self.rebuild = False  # an offline run on an emptied project: built as a new one
        self._calibrated = False
        self._cancel_reason = "stopped by the user"
        self._stopped = False  # cancel() was called (maybe before _main began)
        #: The project's rules and the person's own edits since the last run (set when the
        #: project opens), appended to the request every agent reads.
        self.context_note = ""
        #: A big codebase's map (agents/project_context.py): agents also get what their
        #: files reference.
        self.repo_map: RepoMap | None = None

    # The journal owns these; the steps (StepScope) and the run's readers use the names.
    log = property(lambda self: self.journal.log)
    record = property(lambda self: self.journal.record)
    project = property(lambda self: self.journal.project)
    ws = property(lambda self: self.journal.ws)
    #: The request as the agents read it (the person's words stay ``request.prompt``).
    brief = property(lambda self: self.request.prompt + self.context_note)

    # ---- public --------------------------------------------------------------------------
    def __aiter__(self) -> AsyncIterator[RunEvent]:
        return self.events()

    async def events(self) -> AsyncIterator[RunEvent]:
        if self._task is None:
            self._task = asyncio.create_task(self._main(), name="devora-run")
        try:
            while True:
                event = await self.journal.queue.get()
                if event is None:
                    return
                yield event
        finally:
            if not self._task.done():
                self._task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._task

    def pending(self) -> list[RunEvent]:
        """Events queued but not read: after the reader was cancelled (Ctrl+C), the
        rollback's RunCancelled is among them, and a --json reader must still print it."""
        out = []
        while not self.journal.queue.empty():
            event = self.journal.queue.get_nowait()
            if event is not None:
                out.append(event)
        return out

    def cancel(self, reason: str = "stopped by the user") -> None:
        """Stop the run; before its events are first read (the window's Stop between the
        start and that read), it stops as soon as they are, having done nothing."""
        self._cancel_reason = reason
        self._stopped = True
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def close(self, reason: str = "stopped: its caller ended") -> None:
        """Stop the run if it still goes and wait until it has rolled back."""
        self.cancel(reason)
        if self._task is not None:
            await asyncio.wait([self._task])

    @property
    def done(self) -> bool:
        return self._task is not None and self._task.done()

    # ---- plumbing -----------------------------------------------------------------------
    def reference_for(self, paths: list[str]) -> dict[str, str]:
        if self.repo_map is None or self.ws is None:
            return {}
        return reference_files(self.ws, self.repo_map, paths)

    def _on_usage(self, agent: str, model: str, messages, usage: Usage,
                  outcome: str = "") -> None:
        """Every call that was sent is written down in the run's egress ledger, a stopped or
        failed one too (``outcome``): who sent which files where, and how many tokens (the
        person can read it: `devora projects ledger`, Project › What the last run sent…)."""
        self._calibrate(messages, usage)
        if self.record is not None:
            entry = {
                "agent": agent, "provider": self.request.provider_name, "model": model,
                "prompt_tokens": usage.prompt_tokens,
                "completion_tokens": usage.completion_tokens,
                "files": files_in(messages), "redacted": redactions_in(redact_messages(
                    messages))}
            if outcome:
                entry |= {"outcome": outcome, "estimated": usage.estimated}
            self.record.egress.append(entry)

    def _calibrate(self, messages, usage: Usage) -> None:
        """Learn the model's characters per token; kept once, when the run ends (a store
        write on the loop after every call cost ~15 ms each, and a sharded run makes many)."""
        if not usage.estimated and usage.prompt_tokens:
            self.estimator.calibrate(messages, usage.prompt_tokens)
            self._calibrated = True

    def _keep(self) -> None:
        """What the run learnt and recorded, written off the loop when it ends."""
        self._keep_calibration()
        self.journal.save_log()

    def _keep_calibration(self) -> None:
        if self._calibrated:
            self._calibrated = False  # once: a finished run keeps it with its version
            with contextlib.suppress(DevoraError):  # a hint for estimates, not worth a failure
                self.store.kv.set(f"calibration:{self.request.model}", self.estimator.ratio)

    def window(self, model: str | None = None) -> int | None:
        """The model's context window, when the provider knows it (offline: unlimited)."""
        info = self.request.provider.model_info(model or self.request.model)
        return info.context_length if info is not None else None

    def fit(self, agent, build, files: dict[str, str], first=()) -> list:
        """Every request to a code agent or the Reviewer goes through here: ``build(files)``
        with the least relevant files left out until it fits the agent's model window with
        room for the answer, and the user told what was left out (agents/compressor.py)."""
        window = self.window(agent.env.model)
        if window is None:
            return build(files)
        budget = prompt_budget(window)
        msgs, left_out = fit_files(build, files, budget, self.estimator, self.brief,
                                   first)
        if left_out:
            agent.notice(left_out_notice(left_out, window), "warning")
        needed = self.estimator.count_messages(msgs)
        if needed > budget:
            agent.notice(f"even without project files this request needs ~{needed:,} tokens "
                         f"of the model's {window:,}; its answer may be cut short", "warning")
        return msgs

    def env(self, agent: str) -> AgentEnv:
        model = self.request.agent_models.get(agent) or self.request.model
        spec = registry.spec(agent)
        return AgentEnv(provider=self.request.provider, model=model, emit=self.emit,
                        on_usage=lambda msgs, usage, outcome: self._on_usage(agent, model, msgs,
                                                                            usage, outcome),
                        budget=self.budget, max_continuations=self.options.max_continuations,
                        params=CallParams(temperature=spec.temperature if spec else 0.2))

    # ---- the run --------------------------------------------------------------------------
    async def _main(self) -> None:
        try:
            if self._stopped:  # a Stop came before the run began: it was only noted
                raise asyncio.CancelledError
            await self._execute()
        except asyncio.CancelledError:
            self.emit(RunCancelled(reason=self._rollback(RunStatus.CANCELLED,
                                                         self._cancel_reason),
                                   usage=self.budget.spent))
        except BaseException as raw:
            exc = collapse(raw)
            if isinstance(exc, asyncio.CancelledError):
                self.emit(RunCancelled(reason=self._rollback(RunStatus.CANCELLED,
                                                             self._cancel_reason),
                                       usage=self.budget.spent))
            elif isinstance(exc, DevoraError):
                self.emit(RunFailed(error=self._rollback(RunStatus.FAILED, exc.one_line()),
                                    retryable=exc.retryable,
                                    retry_at=getattr(exc, "until", None),
                                    usage=self.budget.spent,
                                    unreachable=isinstance(exc, Unreachable),
                                    plan_required=isinstance(exc, PlanRequired),
                                    budget=isinstance(exc, BudgetExceeded)))
            else:
                log.error("run failed with an unexpected error", exc_info=exc)
                message = f"internal error: {type(exc).__name__}: {exc}"[:300]
                self.emit(RunFailed(error=self._rollback(RunStatus.FAILED, message)
                                    + " (details in the log)", usage=self.budget.spent))
        finally:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(asyncio.to_thread(self._keep))
            if self._reader is not None:  # what it has not read yet is not needed any more
                self._reader.shutdown(wait=False, cancel_futures=True)
            self.journal.end()

    def _in_background(self, work: Callable[..., None], *args: str) -> None:
        """``work`` in a worker thread; it only fills caches, so nobody waits for it."""
        task = asyncio.ensure_future(asyncio.to_thread(work, *args))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _prepare(self, rel: str, text: str) -> None:
        # Each file is read for validation while the model writes the next one: a window's
        # run in its worker process (core/offload.py), where the validation then runs too;
        # elsewhere in the run's own reader thread, so the default pool stays free for the
        # steps the run waits on.
        future: asyncio.Future
        if offload.used():
            future = asyncio.ensure_future(offload.run(validators.PREPARE, rel, text))
        else:
            if self._reader is None:
                self._reader = ThreadPoolExecutor(max_workers=1,
                                                  thread_name_prefix="devora-read")
            future = asyncio.get_running_loop().run_in_executor(
                self._reader, validators.prepare, rel, text)
        self._background.add(future)
        future.add_done_callback(self._background.discard)

    def _rollback(self, status: RunStatus, reason: str) -> str:
        return self.journal.rollback(status, reason, self.budget.spent,
                              new_project=not self.request.project_id)

    def _open_project(self) -> None:
        req = self.request
        projects = self.store.projects
        if req.project_id:
            project = projects.get(req.project_id)
            ws = self.store.workspace(project.id)
            # an emptied project ("Delete these files") is built as a new one would be: the
            # templates make new apps only, and there is no app left to change
            self.rebuild = req.provider_name == "offline" and ws.head() is not None and \
                not offline.holds_files(ws)
            if req.provider_name == "offline" and ws.head() and not self.rebuild:
                raise offline.cannot_refine()  # before anything is written or recorded
        else:
            name = req.project_name or _provisional_name(req.prompt)
            project = projects.create(name, prompt=req.prompt, mode=req.mode, draft=True)
        self.journal.project = project
        ws = self.journal.ws = self.store.workspace(project.id)
        self.gate = FileGate(ws, self.emit, self.options.max_files_per_run,
                             on_written=self._prepare)
        if ws.adopted:
            # The person's own uncommitted work: saved as its own version when they said so,
            # otherwise left exactly as it is (Devora's version holds only what it wrote).
            ws.reset_to_head()  # anything a crashed run of Devora's left half-written
            if project.commit_edits:
                ws.commit_person_edits("Your edits")
            else:  # unsaved edits are kept as a version if an agent rewrites one of them
                ws.hold_person_edits()
        elif ws.head() is not None and ws.has_uncommitted_changes():
            ws.commit("Edits made outside Devora")
        # what the person keeps in .env files never reaches a model, even printed by code
        keep_local_values(ws.root)  # (in the thread that opens the project)
        if ws.head() is not None and not self.rebuild:  # a rebuild starts from nothing
            last = next((r.version_id for r in reversed(self.store.runs.list(
                project_id=project.id)) if r.version_id), None)
            self.context_note = context_note(ws, last)

    async def _execute(self) -> None:
        req = self.request
        if self.o.entitlements is not None:
            self.o.entitlements.require_run(
                mode=Mode(req.mode).value, agent_models=bool(req.agent_models),
                offline=req.provider_name == "offline",
                ai_runs_today=self.store.runs.count_ai_runs_on(date.today()))
        # Opening may commit edits made outside Devora (dulwich walks the tree: ~0.3 s on a
        # real project), and the run's start is written down (fsyncs: tens of ms on a busy
        # disk), so both run off the event loop; a Stop meanwhile lets them finish so the
        # rollback sees a consistent project.
        opening = asyncio.ensure_future(asyncio.to_thread(self._open))
        try:
            started = await asyncio.shield(opening)
        except asyncio.CancelledError:
            await opening
            raise
        self.emit(started)
        mode = Mode(req.mode)
        if req.provider_name == "offline" and not started.refinement:
            # which app, when the prompt reads as more than one: asked before the plan
            settled = await shape_question.settle(req.prompt, req.shape, req.ask_shape,
                                                  self.emit)
            if settled is not None:  # a guess builds the first choice, as it says
                req.shape = settled.shape.shape
            guessed = settled if settled is not None and settled.how == "guessed" else None
        else:
            guessed = None
        if mode == Mode.QUICK:
            await self._quick(started.refinement)
        else:
            await self._team(mode, started.refinement)
        if guessed is not None and not (self.build is not None and self.build.server):
            self._hedge(guessed, mode)
        await self._finish()

    def _hedge(self, guessed: ShapeRead, mode: Mode) -> None:
        """An app built on the reader's guess, which nobody confirmed, is not approved: the
        verdict says what it was read as and what else it may be (agents/shape_question.py).
        """
        unfit = next((r for r in self.verdict.reasons if r.startswith("Offline templates ")),
                     "")
        self.verdict.approved = False
        if line := shape_question.hedge(self.request.prompt, guessed,
                                        "fullstack" if mode == Mode.FULLSTACK else "web", unfit):
            self.verdict.reasons.append(line)

    def _open(self) -> RunStarted:
        """The project opened and the run's start recorded, in one index write.

        The prompt is kept as the models get it: a key typed into it ("use my key sk-…")
        is redacted before anything writes it down (the project's records, the run log, the
        conversation, the version's message in git, an offline README that quotes it), and
        again once the project's own ``.env`` values are known."""
        req = self.request
        req.prompt = sent_prompt(req.prompt)
        with self.store.batch():
            self._open_project()
            req.prompt = sent_prompt(req.prompt)
            return self._begin()

    def _begin(self) -> RunStarted:
        """The run's record, the request in the conversation, what the prompt teaches."""
        req = self.request
        assert self.project is not None and self.ws is not None
        refinement = bool(req.project_id) and self.ws.head() is not None and not self.rebuild
        mode = Mode(req.mode)
        agents = registry.team(mode.value)
        learned = learn_preferences(req.prompt)
        if learned:
            self.store.settings.update(lambda s: setattr(
                s, "preferences", merge_preferences(s.preferences, learned)))
            req.preferences = merge_preferences(req.preferences, learned)
        found = similar_projects(req.prompt, self.store.projects.list(), exclude=self.project.id)
        self.similar = [f"{p.name}: {p.summary or p.prompt}"[:200] for p, _ in found]
        self.journal.record = RunRecord(
            project_id=self.project.id, prompt=req.prompt, mode=mode,
            provider=req.provider_name, model=req.model, refinement=refinement,
            similar_projects=[p.id for p, _ in found])
        self.store.runs.save(self.record)
        self.journal.spend = self.store.runs.spend_writer(self.record)
        self.budget.on_charge = self.journal.spend.note
        self.store.conversations.append(self.project.id, Message(
            role="user", content=req.prompt, run_id=self.record.id, images=req.images,
            image_note=req.image_note))
        return RunStarted(run_id=self.record.id, project_id=self.project.id,
                          project_name=self.project.name, mode=mode.value,
                          provider=req.provider_name,
                          provider_label=req.provider.label or req.provider_name,
                          model=req.model, refinement=refinement, agents=agents,
                          **self._estimate(mode, refinement))

    async def _quick(self, refinement: bool) -> None:
        agent = QuickAgent(self.env("quick"))
        current = self.gate.text_files() if refinement else {}
        msgs = self.fit(agent, lambda files: agent.messages(
            self.brief, files, self.request.preferences, shape=self.request.shape), current)
        await self._run_code_agent(agent, msgs)
        if not refinement and not self.request.project_name:
            self._name_from_page()
        self.verdict = await ReviewLoop(self, Mode.QUICK).run_quick()

    def _name_from_page(self) -> None:
        """A quick new project has no plan to name it: its page's title does, the name the
        page itself shows (the list read "Tip Calculator Splitting", words cut from the
        prompt, over a page titled "Splitting the bill between friends · Tip calculator")."""
        assert self.project is not None and self.ws is not None
        title = page_title(self.ws.root / "index.html")
        if title:
            self.project.name = title
            self.store.projects.save(self.project)

    async def _team(self, mode: Mode, refinement: bool) -> None:
        """The plan-consuming code: the Architect's plan becomes the build step's jobs."""
        assert self.project is not None and self.ws is not None
        architect = ArchitectAgent(self.env("architect"))
        manifest = None
        if refinement:
            # Least recently changed first: the listing's prefix is cached across turns.
            files = await asyncio.to_thread(files_by_age, self.ws)
            if len(files) > MAP_ABOVE_FILES:  # a big codebase: its map, ranked and budgeted
                cache = self.store.paths.cache / "repomap" / f"{self.project.id}.json"
                manifest, self.repo_map = await asyncio.to_thread(
                    map_manifest, self.ws, files, self.request.prompt, cache)
            else:
                manifest = [(p, _summary_line(self.ws, p)) for p in files]
        msgs = await self._architect_messages(architect, mode, manifest)

        def adopt(plan: Plan) -> None:
            if not refinement and not self.request.project_name:
                self.project.name = plan.name.strip()[:80] or self.project.name
            self.project.summary = plan.summary
            self.project.template = plan.template or ""
            self.store.projects.save(self.project)
            if refinement and not self.build.server:  # type: ignore[union-attr]
                self._estimate_plan(plan)
            if mode == Mode.WEB and not self.build.server and asks_accounts(  # type: ignore[union-attr]
                    self.request.prompt):
                self.emit(AgentNotice(agent="architect", level="warning",
                                      message=no_accounts_note(
                                          fullstack_allowed=self._fullstack_allowed())))

        # The Architect's plan starts the code agents while it streams (build_step).
        self.build = BuildStep(self, mode, registry.code_agents(mode.value), on_plan=adopt)
        self.plan = await self.build.execute(architect, msgs)
        if self.build.server:
            self._refuse(self.build.server)
            return

        loop = ReviewLoop(self, mode, self.plan)
        self.verdict = await loop.run_to_verdict()
        self.review_base = loop.review_base

    def _fullstack_allowed(self) -> bool:
        return self.o.entitlements is None or self.o.entitlements.allows("mode.fullstack")

    def _refuse(self, server: list) -> None:
        """The plan needs a server the mode's team cannot write (agents/mode_plan): what its
        first workers wrote is put back, and the run ends not approved with one line saying
        what needs full-stack mode and what can be built instead."""
        assert self.ws is not None
        line = refusal(server, self.request.prompt, fullstack_allowed=self._fullstack_allowed())
        self.ws.reset_to_head()
        self.gate.written.clear()
        self.gate.deleted.clear()
        self.verdict = Verdict(approved=False, reasons=[line])

    async def _architect_messages(self, architect: ArchitectAgent, mode: Mode,
                                  manifest: list[tuple[str, str]] | None):
        """The Architect's request, compressed to fit 85% of the model's window."""
        assert self.project is not None
        conv = self.store.conversations.get(self.project.id)
        history = conv.messages[conv.summarized_upto:-1]  # the last one is this request

        def build(summary: str, recent, listing=manifest):
            text = "\n".join(f"{'user' if m.role == 'user' else 'devora'}: {m.content}"
                             for m in recent)
            if summary:
                text = f"Summary of earlier turns: {summary}\n{text}"
            return architect.messages(self.brief, mode.value,
                                      preferences=self.request.preferences, manifest=listing,
                                      conversation=text, similar=self.similar,
                                      shape=self.request.shape)

        msgs = build(conv.summary, history)
        window = self.window()
        if window is None or manifest is None:
            return msgs
        limit = prompt_budget(window)
        if self.estimator.count_messages(msgs) <= limit:
            return msgs
        fits = lambda summary, recent: self.estimator.count_messages(  # noqa: E731
            build(summary, recent)) <= limit
        compressor = CompressorAgent(self.env("compressor"))
        async with agent_span(self.emit, compressor):
            summary, covered, method = await compress_conversation(
                compressor, conv.summary, history, fits)
        if method == "extractive":
            compressor.notice("the summary call failed; used an extractive summary", "warning")
        conv.summary = summary
        conv.summarized_upto += covered
        self.store.conversations.save(conv)
        recent = history[covered:]
        msgs = build(summary, recent)
        if self.estimator.count_messages(msgs) > limit:  # file bodies give way to the manifest
            msgs = build(summary, recent, [(p, "") for p, _ in manifest])
        if self.estimator.count_messages(msgs) > limit:
            keep = max(10, len(manifest) // 2)
            msgs = build(summary, recent, [(p, "") for p, _ in manifest[:keep]]
                         + [(f"... and {len(manifest) - keep} more files", "")])
        return msgs

    def _estimate(self, mode: Mode, refinement: bool) -> dict:
        """Tokens and USD this run will probably cost, shown before it starts."""
        if refinement and self.ws is not None:  # kept for the plan's estimate (on the loop)
            self.sizes = file_sizes(self.ws)
        est = estimate_for(self.store, mode, refinement=refinement, sizes=self.sizes,
                           model=self.request.model,
                           info=self.request.provider.model_info(self.request.model),
                           prompt=self.request.prompt, options=self.options,
                           offline=self.request.provider_name == "offline",
                           estimator=self.estimator)
        return {"estimate_tokens": est.tokens, "estimate_usd": est.usd,
                "fix_budget": self.options.max_rounds,
                "estimate_fix_tokens": est.fix_tokens, "estimate_fix_usd": est.fix_usd,
                "estimate_typical": est.typical}

    def _estimate_plan(self, plan: Plan) -> None:
        """A refinement's cost from its own plan, said as soon as the plan is known: the
        estimate before it could only guess how much of the project the change touches."""
        info = self.request.provider.model_info(self.request.model)
        if info is None or self.ws is None:
            return
        ratio = self.estimator.ratio
        scale = self.store.kv.get(f"output_scale:{self.request.model}", None)
        scale = scale if isinstance(scale, int | float) else 1.0
        planned = [f for f in plan.files if f.action != "delete"]
        sizes = self.sizes
        outputs = [int(sizes[f.path] / ratio) if f.path in sizes
                   else int(estimate_file_tokens(f.path) * scale) for f in planned]
        # a worker is sent the text of every existing file it writes, whatever the plan's
        # action (build_step), so each one is read as well as written
        current = sum(int(sizes[f.path] / ratio) for f in planned if f.path in sizes)
        project = int(sum(sizes.values()) / ratio) + sum(
            o for f, o in zip(planned, outputs, strict=True) if f.path not in sizes)
        shard = self.options.shard_tokens
        workers = sum(max(1, -(-sum(estimate_file_tokens(f.path) for f in planned
                                    if f.owner == owner) // shard) if shard else 1)
                      for owner in {f.owner for f in planned})
        est = estimate_plan(outputs, current=current, project=project, workers=workers,
                            prompt_tokens=self.estimator.count(self.request.prompt),
                            model=info, fix_budget=self.options.max_rounds)
        if est.usd is None:
            return
        fix = f", up to ${est.fix_usd:.3f} more if fixes are needed" if est.fix_usd else ""
        self.emit(AgentNotice(agent="architect", message=(
            f"{plural(len(planned), 'file')} to write: estimate ~${est.usd:.3f} from here"
            f"{fix}")))
        cap, spent = self.budget.max_usd, self.budget.so_far.cost_usd or 0.0
        if cap is not None and spent + est.usd > cap:  # said before the money goes on it
            self.emit(AgentNotice(agent="architect", level="warning", message=(
                f"This run will likely stop at its budget of {money(cap)} before the end: "
                f"${spent:.4f} spent so far and ~${est.usd:.3f} to go "
                f"({self.budget.usd_hint})")))

    def _keep_output_scale(self) -> None:
        """What this model's code agents wrote for a new project over the typical sizes, so
        the next new project's estimate is this model's (agents/estimate.py)."""
        record, mode = self.record, Mode(self.request.mode)
        if record is None or record.refinement or self.request.provider_name == "offline":
            return
        writers = {a for a in registry.team(mode.value) if registry.AGENTS[a].kind in (
            "code", "quick")}
        written = sum(e.usage.completion_tokens for e in self.journal.events
                      if isinstance(e, AgentFinished) and e.round == 0 and e.agent in writers)
        typical = typical_output(mode)
        if written and typical:
            low, high = SCALE_RANGE
            with contextlib.suppress(DevoraError):
                self.store.kv.set(f"output_scale:{self.request.model}",
                                  round(max(low, min(high, written / typical)), 3))

    async def parallel(self, jobs: dict, round_: int = 0) -> None:
        """Run code agents side by side; the first failure stops the others."""
        try:
            async with asyncio.TaskGroup() as tg:
                for _name, (agent, msgs) in jobs.items():
                    tg.create_task(self._run_code_agent(agent, msgs, round_))
        except BaseExceptionGroup as eg:
            raise collapse(eg) from None

    async def _run_code_agent(self, agent: CodeAgent, msgs, round_: int = 0) -> CodeResult:
        async with agent_span(self.emit, agent, round_) as span:
            result = await agent.generate(msgs, self.gate.write)
            span.files = result.files + result.deleted
        return result

    # ---- endings -------------------------------------------------------------------------
    async def _finish(self) -> None:
        assert self.ws is not None and self.record is not None and self.project is not None
        if self._stopped:
            # A Stop reached the run but an await on the way swallowed the task's cancel (a
            # library retrying, a shield): the person was told nothing of it is kept, so it
            # ends here as stopped instead of saving a version.
            log.warning("the run was stopped (%s) yet reached its end; keeping nothing",
                        self._cancel_reason)
            raise asyncio.CancelledError
        # the version's subject is the request's first paragraph: what follows (a picked
        # element's instruction, the console errors to fix) is for the model, and landed in
        # the person's own git log as one long line
        first = " ".join(self.request.prompt.strip().split("\n\n", 1)[0].split())
        message = cut_words(first, SUBJECT_CHARS) or "Generated"
        if message != first and first:  # cut (with "…" after a whole word): it all below
            message = f"{message}\n\n{first}"
        # The commit is the point of no return: a stop that arrives while it runs is too late
        # (rolling back a finished commit would lose the version the user just paid for).
        # It and the records that close the run are written off the loop, in one index write.
        commit = asyncio.ensure_future(self._keep_and_pack(message))
        while True:
            try:
                committed, finished = await asyncio.shield(commit)
                break
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if task is not None:
                    task.uncancel()
        if committed is not None:
            self.emit(committed)
        self.emit(finished)

    async def _keep_and_pack(self, message: str) -> tuple[VersionCommitted | None, RunFinished]:
        """:meth:`_keep_version` off the loop, then the project's history packed when git
        would (Workspace.collect_garbage): in the window's worker process, since ~0.9 s
        of pure Python in its threads held its interpreter from the Qt thread; before the
        run's end is told, so no panel reads the history while its objects move."""
        ended = await asyncio.to_thread(self._keep_version, message)
        if ended[0] is not None and self.ws is not None and not self.ws.adopted:
            try:
                await offload.run(PACK, str(self.ws.root))
            except Exception as exc:  # housekeeping: the version is kept either way
                log.warning("could not pack the project's history: %s", exc)
        return ended

    def _keep_version(self, message: str) -> tuple[VersionCommitted | None, RunFinished]:
        """Commit the version, close the run's record and write down its answer; returns
        the events that say so."""
        with self.store.batch():
            self._keep_calibration()
            if self.verdict.fix_rounds == 0 and self.gate.written:
                self._keep_output_scale()
            ended = self._commit_and_close(message)
        assert self.ws is not None and self.project is not None
        if ended[1].mode_refused and not self.request.project_id and self.ws.head() is None:
            # a new project its mode cannot build kept nothing: it goes now, not at the next
            # start (its spend stays in the day's ledger, written with its record)
            with contextlib.suppress(DevoraError, OSError):
                self.store.projects.delete(self.project.id)
        return ended

    def _commit_and_close(self, message: str) -> tuple[VersionCommitted | None, RunFinished]:
        assert self.ws is not None and self.record is not None and self.project is not None
        version_id = self.ws.commit(f"{message}\n\nDevora-Run: {self.record.id}")
        if self.ws.saved_person_edits:
            names = self.ws.saved_person_edits
            self.emit(AgentNotice(agent=APP, message=(
                f"Your unsaved changes to {', '.join(names[:3])}"
                f"{f' and {len(names) - 3} more' if len(names) > 3 else ''} were saved as a "
                "version (\"Your edits\") before this run's, since the run changed "
                f"{'that file' if len(names) == 1 else 'those files'}")))
        remember(self.store, self.project.id, self.review_base, version_id)
        committed = None
        if version_id:
            committed = VersionCommitted(version_id=version_id, number=len(self.ws.history()),
                                         message=message)
        usage = self.budget.spent
        rec = self.record
        verdict = self.verdict
        written, deleted = self.gate.written, self.gate.deleted
        rec.status = RunStatus.FINISHED if verdict.approved else RunStatus.NOT_APPROVED
        rec.refused = bool(self.build is not None and self.build.server)
        rec.version_id = version_id or self.ws.head()
        rec.saved_version = bool(version_id)
        rec.files_written = sorted(written)
        rec.files_deleted = sorted(deleted)
        rec.validation = [f.model_dump() for f in verdict.findings]
        review = verdict.review
        rec.review = {"verdict": verdict.text, "fix_rounds": verdict.fix_rounds,
                      **({"status": review.status, "summary": review.summary,
                          "readable": review.readable} if review is not None else {})}
        self.journal.close_record(usage)
        seconds = round(self.journal.elapsed(), 3)
        worked = self.journal.worked()  # the conversation says the run's own time
        cost = f" · ${usage.cost_usd:.4f}" if usage.cost_usd else ""
        # a run that wrote each file as it was saved nothing: not "1 file · approved" (the
        # feed after a restart read so where the live run said no file changed)
        what = (f"{len(written)} file{'' if len(written) == 1 else 's'} · {verdict.text}"
                if rec.saved_version or rec.refused else "No file changed")
        self.store.conversations.append(self.project.id, Message(
            role="assistant", run_id=rec.id,
            content=f"{what}{cost} · {worked:.1f} s"))
        # the user answered the checks question during the run (agents/checking): keep it
        with contextlib.suppress(DevoraError):
            self.project.checks_allowed = self.store.projects.get(self.project.id).checks_allowed
        self.store.projects.save(self.project)
        fix_costs = [e.usage.cost_usd for e in self.journal.events
                     if isinstance(e, AgentFinished) and e.round > 0]
        return committed, RunFinished(
            usage=usage, cost=usage.cost_usd, approved=verdict.approved,
            files_written=len(written), files_deleted=len(deleted), version_id=rec.version_id,
            seconds=seconds, verdict=verdict.text, findings=verdict.findings,
            checks_skipped=verdict.checks_skipped, fix_rounds=verdict.fix_rounds,
            fix_cost=sum(c for c in fix_costs if c is not None) if fix_costs else None,
            mode_refused=bool(self.build is not None and self.build.server))


_warm = threading.Lock()
_warmed = False


def warm_up() -> None:
    """Load now what a run loads on first use: the git library that opens the project, the
    secret detector that redacts every request, the validators' parsers and the HTTP
    client's async backend. In a fresh process they cost the first run ~0.1 s on a quiet
    machine (more under load) before its first request and before its review. Blocking:
    call it in a worker thread (the window does at start-up, ``start_run`` while the
    provider opens). Once per process; later calls return at once."""
    global _warmed
    with _warm:
        if _warmed:
            return
        import dulwich.repo  # noqa: F401
        # and what a run's commit loads (its index, worktree, config, gc check): imported
        # there, ~10-20 ms of pure Python in the window's threads at the first run's start
        # and end (bench/ui_latency.py: Run._open, Run._keep_version)
        for name in ("dulwich.worktree", "dulwich.index", "dulwich.config", "dulwich.gc",
                     "dulwich.commit_graph"):
            importlib.import_module(name)

        validators.warm_up()
        with contextlib.suppress(ImportError):  # httpx's own backend, loaded at first connect
            importlib.import_module("anyio._backends._asyncio")
        _warmed = True


class Orchestrator:
    """Creates runs against one store. Stateless between runs.

    ``entitlements`` (from the license) gates modes, per-agent models and the daily AI-run
    allowance; None means unrestricted (library use and engine tests)."""

    def __init__(self, store: Store, options: EngineOptions | None = None,
                 entitlements: Entitlements | None = None) -> None:
        self.store = store
        self.options = options or EngineOptions()
        self.entitlements = entitlements

    def start(self, request: RunRequest) -> Run:
        return Run(self, request)

    def run(self, request: RunRequest) -> AsyncIterator[RunEvent]:
        return self.start(request).events()


def _provisional_name(prompt: str) -> str:
    words = [w for w in "".join(c if c.isalnum() or c == " " else " " for c in prompt).split()
             if w.lower() not in {"a", "an", "the", "with", "and", "for", "of", "to", "make",
                                  "build", "create", "me", "app", "simple", "please"}]
    return " ".join(words[:3]).title() or "New project"


def file_sizes(ws: Workspace) -> dict[str, int]:
    """Each file of the project and its size in bytes (a refinement's estimate)."""
    return {p: (ws.root / p).stat().st_size for p in ws.list_files()}


def estimate_for(store: Store, mode: Mode, *, refinement: bool, sizes: dict[str, int],
                 model: str, info: ModelInfo | None, prompt: str, options: EngineOptions,
                 offline: bool, estimator: TokenEstimator | None = None) -> Estimate:
    """What a run will probably cost: its first line's estimate, and the window's beside
    Run before it is pressed (agents/launch.estimate_before), from the same figures."""
    if estimator is None:
        estimator = TokenEstimator(store.kv.get(f"calibration:{model}", 4.0))
    scale = store.kv.get(f"output_scale:{model}", None)
    values = list(sizes.values())
    return estimate_run(mode, refinement=refinement, prompt_tokens=estimator.count(prompt),
                        project_bytes=sum(values), largest_bytes=max(values, default=0),
                        files=len(values), chars_per_token=estimator.ratio, model=info,
                        offline=info is None and offline, fix_budget=options.max_rounds,
                        shard_tokens=options.shard_tokens,
                        output_scale=scale if isinstance(scale, int | float) else None)


def page_title(index: Path) -> str | None:
    """The ``<title>`` of a page the model wrote (untrusted: one line, at most 80
    characters), or None."""
    import html
    import re

    try:
        head = index.read_text("utf-8", "replace")[:8000]
    except OSError:
        return None
    found = re.search(r"<title[^>]*>(.*?)</title>", head, re.IGNORECASE | re.DOTALL)
    title = " ".join(html.unescape(found.group(1)).split()) if found else ""
    return "".join(c for c in title if c.isprintable())[:80].strip() or None


def _summary_line(ws: Workspace, rel: str) -> str:
    try:
        data = (ws.root / rel).read_bytes()[:4000]
    except OSError:
        return ""
    if looks_binary(data):
        return f"binary, {len(data)} bytes"
    lines = [ln.strip() for ln in data.decode("utf-8", "replace").splitlines() if ln.strip()]
    first = lines[0][:100] if lines else "(empty)"
    return f"{len(lines)}+ lines; starts: {first}"
