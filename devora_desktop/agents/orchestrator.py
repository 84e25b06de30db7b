"""The Orchestrator: runs one request through the agents and reports every step as a RunEvent.

    Run.events():  RunStarted -> Architect (plan) -> Frontend|Backend|Database in a TaskGroup
                   -> validators -> Reviewer -> (ITERATE: re-run named agents, <= 2 rounds)
                   -> commit one version -> RunFinished

Files are written into the project folder the moment their block closes (so the tree grows
live); a run that fails or is cancelled resets the folder to its last committed version, so
no one ever finds half a run. The GUI and the CLI both consume ``Run`` — it is the engine.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from devora_desktop.agents import validators
from devora_desktop.agents.base import AgentEnv, Budget, CodeAgent, CodeResult
from devora_desktop.agents.compressor import (
    BUDGET_SHARE,
    CompressorAgent,
    TokenEstimator,
    compress_conversation,
)
from devora_desktop.agents.events import (
    AgentDelta,
    AgentFailed,
    AgentFinished,
    AgentSkipped,
    AgentStarted,
    FileDeleted,
    FileRejected,
    FileWritten,
    Finding,
    ReviewVerdict,
    RunCancelled,
    RunEvent,
    RunFailed,
    RunFinished,
    RunStarted,
    ValidationReport,
    VersionCommitted,
)
from devora_desktop.agents.memory import learn_preferences, merge_preferences, similar_projects
from devora_desktop.agents.protocol import DeleteBlock, FileBlock, Plan, Review, ReviewIssue
from devora_desktop.agents.roles import (
    ArchitectAgent,
    FileAgent,
    QuickAgent,
    ReviewerAgent,
    area_of,
)
from devora_desktop.core.errors import DevoraError, UnsafePathError
from devora_desktop.core.licensing import Entitlements
from devora_desktop.core.llm.base import CallParams, ChatProvider
from devora_desktop.core.models import Message, Mode, Project, RunRecord, RunStatus, Usage
from devora_desktop.core.store import Store
from devora_desktop.core.workspace import Workspace, looks_binary, normalize_rel_path

log = logging.getLogger(__name__)

CODE_AGENTS = {Mode.WEB: ("frontend",), Mode.FULLSTACK: ("frontend", "backend", "database")}


@dataclass
class RunRequest:
    prompt: str
    provider: ChatProvider
    model: str
    mode: Mode = Mode.WEB
    provider_name: str = ""
    project_id: str | None = None
    project_name: str | None = None
    agent_models: dict[str, str] = field(default_factory=dict)
    max_usd: float | None = None
    max_tokens: int | None = None
    preferences: list[str] = field(default_factory=list)


@dataclass
class EngineOptions:
    max_rounds: int = 2
    agent_retries: int = 2
    retry_delay: float = 2.0
    max_continuations: int = 2
    max_files_per_run: int = 300
    review_file_chars: int = 60_000


def _collapse(exc: BaseException) -> BaseException:
    """A TaskGroup failure of one agent should read as that agent's error."""
    while isinstance(exc, BaseExceptionGroup):
        inner = [e for e in exc.exceptions if not isinstance(e, asyncio.CancelledError)]
        exc = (inner or list(exc.exceptions))[0]
    return exc


class Run:
    """One run in flight. Iterate it for events; ``cancel()`` stops it cleanly (RunCancelled)."""

    def __init__(self, orchestrator: Orchestrator, request: RunRequest) -> None:
        self.o = orchestrator
        self.store: Store = orchestrator.store
        self.request = request
        self.options = orchestrator.options
        self.queue: asyncio.Queue[RunEvent | None] = asyncio.Queue()
        self.log: list[dict] = []
        self.record: RunRecord | None = None
        self.project: Project | None = None
        self.ws: Workspace | None = None
        self.plan: Plan | None = None
        self.budget = Budget(request.max_usd, request.max_tokens)
        self.approved = True
        self.usage_by_agent: dict[str, Usage] = {}
        self.written: dict[str, str] = {}   # path -> agent, this run
        self.deleted: list[str] = []
        self.findings: list[Finding] = []
        self._task: asyncio.Task | None = None
        self._t0 = time.monotonic()
        self._delta_at: dict[str, int] = {}
        self.estimator = TokenEstimator(
            orchestrator.store.kv.get(f"calibration:{request.model}", 4.0))
        self.similar: list[str] = []
        self._cancel_reason = "stopped by the user"

    # ---- public --------------------------------------------------------------------------
    def __aiter__(self) -> AsyncIterator[RunEvent]:
        return self.events()

    async def events(self) -> AsyncIterator[RunEvent]:
        if self._task is None:
            self._task = asyncio.create_task(self._main(), name="devora-run")
        try:
            while True:
                event = await self.queue.get()
                if event is None:
                    return
                yield event
        finally:
            if not self._task.done():
                self._task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._task

    def cancel(self, reason: str = "stopped by the user") -> None:
        self._cancel_reason = reason
        if self._task is not None and not self._task.done():
            self._task.cancel()

    @property
    def done(self) -> bool:
        return self._task is not None and self._task.done()

    # ---- plumbing -----------------------------------------------------------------------
    def emit(self, event: RunEvent) -> None:
        event.t = round(time.monotonic() - self._t0, 4)
        agent = getattr(event, "agent", None)
        if isinstance(event, AgentDelta):
            # One log entry per stretch of an agent's text, even while agents interleave:
            # the saved log stays small and replays the same panes.
            index = self._delta_at.get(event.agent)
            if index is not None:
                self.log[index]["text"] += event.text
            else:
                self._delta_at[event.agent] = len(self.log)
                self.log.append(event.model_dump(mode="json"))
        else:
            if agent is not None:
                self._delta_at.pop(agent, None)
            self.log.append(event.model_dump(mode="json"))
        if isinstance(event, AgentFinished):
            prev = self.usage_by_agent.get(event.agent, Usage())
            self.usage_by_agent[event.agent] = prev + event.usage
        self.queue.put_nowait(event)

    def _calibrate(self, messages, usage: Usage) -> None:
        if not usage.estimated and usage.prompt_tokens:
            self.estimator.calibrate(messages, usage.prompt_tokens)
            self.store.kv.set(f"calibration:{self.request.model}", self.estimator.ratio)

    def window(self) -> int | None:
        """The model's context window, when the provider knows it (offline: unlimited)."""
        info = getattr(self.request.provider, "model_info", None)
        return info(self.request.model).context_length if info else None

    def env(self, agent: str) -> AgentEnv:
        model = self.request.agent_models.get(agent) or self.request.model
        return AgentEnv(provider=self.request.provider, model=model, emit=self.emit,
                        on_usage=self._calibrate,
                        budget=self.budget, retries=self.options.agent_retries,
                        retry_delay=self.options.retry_delay,
                        max_continuations=self.options.max_continuations,
                        params=CallParams(temperature=0.1 if agent in ("architect", "reviewer")
                                          else 0.2))

    # ---- the run --------------------------------------------------------------------------
    async def _main(self) -> None:
        try:
            await self._execute()
        except asyncio.CancelledError:
            self.emit(RunCancelled(reason=self._rollback(RunStatus.CANCELLED,
                                                         self._cancel_reason)))
        except BaseException as raw:
            exc = _collapse(raw)
            if isinstance(exc, asyncio.CancelledError):
                self.emit(RunCancelled(reason=self._rollback(RunStatus.CANCELLED,
                                                             self._cancel_reason)))
            elif isinstance(exc, DevoraError):
                self.emit(RunFailed(error=self._rollback(RunStatus.FAILED, exc.one_line()),
                                    retryable=exc.retryable))
            else:
                log.error("run failed with an unexpected error", exc_info=exc)
                message = f"internal error: {type(exc).__name__}: {exc}"[:300]
                self.emit(RunFailed(error=self._rollback(RunStatus.FAILED, message)
                                    + " (details in the log)"))
        finally:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(asyncio.to_thread(self._save_log))
            self.queue.put_nowait(None)

    def _open_project(self) -> None:
        req = self.request
        projects = self.store.projects
        if req.project_id:
            self.project = projects.get(req.project_id)
        else:
            name = req.project_name or _provisional_name(req.prompt)
            self.project = projects.create(name, prompt=req.prompt, mode=req.mode, draft=True)
        self.ws = self.store.workspace(self.project.id)
        if self.ws.head() is not None and self.ws.has_uncommitted_changes():
            self.ws.commit("Edits made outside Devora")

    async def _execute(self) -> None:
        req = self.request
        if self.o.entitlements is not None:
            self.o.entitlements.require_run(
                mode=Mode(req.mode).value, agent_models=bool(req.agent_models),
                offline=req.provider_name == "offline",
                ai_runs_today=self.store.runs.count_ai_runs_on(date.today()))
        self._open_project()
        assert self.project is not None and self.ws is not None
        refinement = self.ws.head() is not None
        mode = Mode(req.mode)
        agents = ["quick"] if mode == Mode.QUICK else \
            ["architect", *CODE_AGENTS[mode], "reviewer"]
        learned = learn_preferences(req.prompt)
        if learned:
            self.store.settings.update(lambda s: setattr(
                s, "preferences", merge_preferences(s.preferences, learned)))
            req.preferences = merge_preferences(req.preferences, learned)
        found = similar_projects(req.prompt, self.store.projects.list(), exclude=self.project.id)
        self.similar = [f"{p.name}: {p.summary or p.prompt}"[:200] for p, _ in found]
        self.record = RunRecord(project_id=self.project.id, prompt=req.prompt, mode=mode,
                                provider=req.provider_name, model=req.model,
                                refinement=refinement,
                                similar_projects=[p.id for p, _ in found])
        self.store.runs.save(self.record)
        self.store.conversations.append(self.project.id, Message(
            role="user", content=req.prompt, run_id=self.record.id))
        self.emit(RunStarted(run_id=self.record.id, project_id=self.project.id,
                             project_name=self.project.name, mode=mode.value,
                             provider=req.provider_name,
                             provider_label=getattr(req.provider, "label", req.provider_name),
                             model=req.model, refinement=refinement, agents=agents,
                             **self._estimate(mode, refinement)))
        if mode == Mode.QUICK:
            await self._quick(refinement)
        else:
            await self._team(mode, refinement)
        await self._finish()

    async def _quick(self, refinement: bool) -> None:
        agent = QuickAgent(self.env("quick"))
        current = self._text_files() if refinement else {}
        msgs = agent.messages(self.request.prompt, current, self.request.preferences)
        await self._run_code_agent(agent, msgs)
        self.findings = await asyncio.to_thread(validators.validate, self._text_files(),
                                                list(self.written))
        self.emit(ValidationReport(findings=self.findings, files_checked=len(self.written)))

    async def _team(self, mode: Mode, refinement: bool) -> None:
        assert self.project is not None and self.ws is not None
        architect = ArchitectAgent(self.env("architect"))
        manifest = None
        if refinement:
            manifest = [(p, _summary_line(self.ws, p)) for p in self.ws.list_files()]
        msgs = await self._architect_messages(architect, mode, manifest)
        self.emit(AgentStarted(agent="architect", model=architect.env.model))
        started = time.monotonic()
        try:
            self.plan = await architect.plan(msgs)
        except BaseException as exc:
            self._agent_failed("architect", exc)
            raise
        self.emit(AgentFinished(agent="architect", usage=architect.usage,
                                seconds=round(time.monotonic() - started, 3)))
        if not refinement and not self.request.project_name:
            self.project.name = self.plan.name.strip()[:80] or self.project.name
        self.project.summary = self.plan.summary
        self.project.template = self.plan.template or ""
        self.store.projects.save(self.project)

        for path in [f.path for f in self.plan.files if f.action == "delete"]:
            await self._write(self.plan.owner_of(path) or "architect", DeleteBlock(path))
        wanted = [a for a in CODE_AGENTS[mode]
                  if any(f.owner == a and f.action != "delete" for f in self.plan.files)]
        for a in CODE_AGENTS[mode]:
            if a not in wanted:
                self.emit(AgentSkipped(agent=a, reason="the plan gives it no files"))
        await self._parallel({a: self._code_agent_messages(a, mode) for a in wanted})

        reviewer_rounds = 0
        previous: set[tuple[str, str]] | None = None
        while True:
            self.findings = await asyncio.to_thread(validators.validate, self._text_files(),
                                                    list(self.written))
            self.emit(ValidationReport(findings=self.findings, files_checked=len(self.written)))
            review = await self._review(reviewer_rounds + 1)
            errors_by_agent: dict[str, list[Finding]] = {}
            for f in self.findings:
                if f.severity == "error":
                    owner = self.written.get(f.path) or self.plan.owner_of(f.path) \
                        or area_of(f.path)
                    if owner in CODE_AGENTS[mode]:
                        errors_by_agent.setdefault(owner, []).append(f)
            issues_by_agent: dict[str, list[ReviewIssue]] = {}
            if review.status == "ITERATE":
                for issue in review.issues:
                    owner = issue.agent if issue.agent in CODE_AGENTS[mode] else (
                        self.plan.owner_of(issue.path) or area_of(issue.path or ""))
                    if owner in CODE_AGENTS[mode]:
                        issues_by_agent.setdefault(owner, []).append(issue)
                if not review.issues:
                    issues_by_agent = {}
            targets = sorted(set(issues_by_agent) | set(errors_by_agent))
            if not targets:
                self.approved = review.status == "APPROVE"
                return
            self.approved = False
            keys = {(i.path, " ".join(i.problem.lower().split()))
                    for lst in issues_by_agent.values() for i in lst}
            keys |= {(f.path, f.message) for lst in errors_by_agent.values() for f in lst}
            if reviewer_rounds >= self.options.max_rounds:
                return
            if previous is not None and keys == previous:
                self.emit(ReviewVerdict(status="ITERATE", iteration=reviewer_rounds + 1,
                                        summary="the same issues came back; stopping here",
                                        issues=[]))
                return
            previous = keys
            reviewer_rounds += 1
            await self._parallel({
                a: self._fix_messages(a, mode, issues_by_agent.get(a, []),
                                      errors_by_agent.get(a, []))
                for a in targets}, round_=reviewer_rounds)

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
            return architect.messages(self.request.prompt, mode.value,
                                      preferences=self.request.preferences, manifest=listing,
                                      conversation=text, similar=self.similar)

        msgs = build(conv.summary, history)
        window = self.window()
        if window is None or manifest is None:
            return msgs
        limit = int(window * BUDGET_SHARE)
        if self.estimator.count_messages(msgs) <= limit:
            return msgs
        fits = lambda summary, recent: self.estimator.count_messages(  # noqa: E731
            build(summary, recent)) <= limit
        compressor = CompressorAgent(self.env("compressor"))
        self.emit(AgentStarted(agent="compressor", model=compressor.env.model))
        started = time.monotonic()
        summary, covered, method = await compress_conversation(
            compressor, conv.summary, history, fits)
        self.emit(AgentFinished(agent="compressor", usage=compressor.usage,
                                seconds=round(time.monotonic() - started, 3)))
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
        out = {"quick": 6000} if mode == Mode.QUICK else {
            "architect": 900, "frontend": 5000, "reviewer": 700,
            **({"backend": 2500, "database": 1200} if mode == Mode.FULLSTACK else {})}
        if refinement:
            out = {k: v // 2 for k, v in out.items()}
        prompt_each = 1500 + (self.estimator.count(self.request.prompt))
        if refinement and self.ws is not None:
            prompt_each += min(20_000, sum((self.ws.root / p).stat().st_size
                                           for p in self.ws.list_files()) // 8)
        info = getattr(self.request.provider, "model_info", None)
        tokens = sum(out.values()) + prompt_each * len(out) + sum(out.values())  # reviewer reads
        cost = None
        if info is not None:
            m = info(self.request.model)
            cost = m.cost(prompt_each * len(out) + sum(out.values()), sum(out.values()))
        elif self.request.provider_name == "offline":
            cost, tokens = 0.0, 0
        return {"estimate_tokens": tokens, "estimate_usd": cost}

    def _code_agent_messages(self, agent: str, mode: Mode):
        assert self.plan is not None and self.ws is not None
        fa = FileAgent(agent, self.env(agent), mode.value)
        current = {f.path: self.ws.read_text(f.path) for f in self.plan.files_for(agent)
                   if f.action == "modify" and self.ws.exists(f.path)}
        return fa, fa.messages(self.request.prompt, self.plan, current)

    def _fix_messages(self, agent: str, mode: Mode, issues: list[ReviewIssue],
                      findings: list[Finding]):
        assert self.plan is not None and self.ws is not None
        fa = FileAgent(agent, self.env(agent), mode.value)
        paths = {i.path for i in issues} | {f.path for f in findings}
        paths |= {p for p, a in self.written.items() if a == agent} if not paths else set()
        current = {p: self.ws.read_text(p) for p in sorted(paths) if self.ws.exists(p)}
        return fa, fa.messages(self.request.prompt, self.plan, current, issues, findings)

    async def _parallel(self, jobs: dict, round_: int = 0) -> None:
        try:
            async with asyncio.TaskGroup() as tg:
                for _name, (agent, msgs) in jobs.items():
                    tg.create_task(self._run_code_agent(agent, msgs, round_))
        except BaseExceptionGroup as eg:
            raise _collapse(eg) from None

    async def _run_code_agent(self, agent: CodeAgent, msgs, round_: int = 0) -> CodeResult:
        self.emit(AgentStarted(agent=agent.name, model=agent.env.model, round=round_))
        started = time.monotonic()
        try:
            result = await agent.generate(msgs, self._write)
        except BaseException as exc:
            self._agent_failed(agent.name, exc)
            raise
        self.emit(AgentFinished(agent=agent.name, usage=agent.usage, round=round_,
                                seconds=round(time.monotonic() - started, 3),
                                files=result.files + result.deleted))
        return result

    async def _review(self, iteration: int) -> Review:
        assert self.plan is not None
        reviewer = ReviewerAgent(self.env("reviewer"))
        self.emit(AgentStarted(agent="reviewer", model=reviewer.env.model, round=iteration - 1))
        started = time.monotonic()
        files = self._text_files()
        try:
            review = await reviewer.review(reviewer.messages(
                self.request.prompt, self.plan, files, self.findings, changed=self.written))
        except BaseException as exc:
            self._agent_failed("reviewer", exc)
            raise
        self.emit(AgentFinished(agent="reviewer", usage=reviewer.usage, round=iteration - 1,
                                seconds=round(time.monotonic() - started, 3)))
        self.emit(ReviewVerdict(status=review.status, iteration=iteration,
                                summary=review.summary,
                                issues=[i.model_dump() for i in review.issues]))
        return review

    def _agent_failed(self, agent: str, exc: BaseException) -> None:
        exc = _collapse(exc)
        if isinstance(exc, asyncio.CancelledError):
            return
        text = exc.one_line() if isinstance(exc, DevoraError) else f"{type(exc).__name__}"
        self.emit(AgentFailed(agent=agent, error=text,
                              retryable=bool(getattr(exc, "retryable", False))))

    # ---- files -------------------------------------------------------------------------
    async def _write(self, agent: str, item: FileBlock | DeleteBlock) -> bool:
        assert self.ws is not None
        try:
            rel = normalize_rel_path(item.path)
        except UnsafePathError as exc:
            self.emit(FileRejected(agent=agent, path=str(item.path)[:200], reason=exc.reason))
            return False
        if agent in ("frontend", "backend", "database") and self.plan is not None:
            owner = self.plan.owner_of(rel) or area_of(rel)
            if owner != agent:
                self.emit(FileRejected(agent=agent, path=rel,
                                       reason=f"{rel} belongs to the {owner} agent"))
                return False
        if isinstance(item, DeleteBlock):
            if not self.ws.exists(rel):
                self.emit(FileRejected(agent=agent, path=rel, reason="no such file to delete"))
                return False
            self.ws.delete_file(rel)
            self.written.pop(rel, None)
            self.deleted.append(rel)
            self.emit(FileDeleted(agent=agent, path=rel))
            return True
        if rel not in self.written and len(self.written) >= self.options.max_files_per_run:
            self.emit(FileRejected(agent=agent, path=rel, reason="too many files in one run "
                                   f"(limit {self.options.max_files_per_run})"))
            return False
        data = item.content.encode("utf-8")
        try:
            target = self.ws.path_for(rel)
            before = target.read_bytes() if target.is_file() else None
            self.ws.write_file(rel, data)
        except UnsafePathError as exc:
            self.emit(FileRejected(agent=agent, path=rel, reason=exc.reason))
            return False
        self.written[rel] = agent
        if rel in self.deleted:
            self.deleted.remove(rel)
        change = "new" if before is None else ("unchanged" if before == data else "changed")
        self.emit(FileWritten(agent=agent, path=rel, size=len(data), change=change))
        return True

    def _text_files(self) -> dict[str, str]:
        """Text files, least recently changed first: prompts that quote them then share a
        long prefix with the previous turn's, which the provider serves from its cache."""
        assert self.ws is not None
        out = {}
        for rel in files_by_age(self.ws):
            data = (self.ws.root / rel).read_bytes()
            if len(data) <= 512_000 and not looks_binary(data):
                out[rel] = data.decode("utf-8", errors="replace")
        return out

    # ---- endings -------------------------------------------------------------------------
    async def _finish(self) -> None:
        assert self.ws is not None and self.record is not None and self.project is not None
        message = " ".join(self.request.prompt.split())[:200] or "Generated"
        # The commit is the point of no return: a stop that arrives while it runs is too late
        # (rolling back a finished commit would lose the version the user just paid for).
        commit = asyncio.ensure_future(asyncio.to_thread(
            self.ws.commit, f"{message}\n\nDevora-Run: {self.record.id}"))
        while True:
            try:
                version_id = await asyncio.shield(commit)
                break
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if task is not None:
                    task.uncancel()
        if version_id:
            number = len(self.ws.history())
            self.emit(VersionCommitted(version_id=version_id, number=number, message=message))
        usage = self.budget.spent
        rec = self.record
        rec.status = RunStatus.FINISHED if self.approved else RunStatus.NOT_APPROVED
        rec.version_id = version_id or self.ws.head()
        rec.files_written = sorted(self.written)
        rec.files_deleted = sorted(self.deleted)
        rec.validation = [f.model_dump() for f in self.findings]
        self._close_record(usage)
        seconds = round(time.monotonic() - self._t0, 3)
        verdict = "approved" if self.approved else "not approved"
        cost = f" · ${usage.cost_usd:.4f}" if usage.cost_usd else ""
        self.store.conversations.append(self.project.id, Message(
            role="assistant", run_id=rec.id,
            content=f"{len(self.written)} files · {verdict}{cost} · {seconds:.1f} s"))
        self.store.projects.save(self.project)
        self.emit(RunFinished(usage=usage, cost=usage.cost_usd, approved=self.approved,
                              files_written=len(self.written), files_deleted=len(self.deleted),
                              version_id=rec.version_id, seconds=seconds))

    def _close_record(self, usage: Usage) -> None:
        assert self.record is not None
        self.record.usage = usage
        self.record.usage_by_agent = dict(self.usage_by_agent)
        self.record.finished_at = datetime.now(UTC)
        self.store.runs.save(self.record)

    def _rollback(self, status: RunStatus, reason: str) -> str:
        """Put the project back at its last version; returns the one line to show, which
        says so when the rollback itself failed (the record says the same)."""
        outcome = "The project is unchanged."
        if self.ws is not None:
            try:
                self.ws.reset_to_head()
            except DevoraError as exc:
                log.warning("could not roll the project back: %s", exc.one_line())
                reason = f"{reason}; and {exc.one_line()}"
                outcome = "The project was NOT restored to its last version."
        if self.record is not None:
            self.record.status = status
            self.record.error = reason
            self._close_record(self.budget.spent)
            if self.project is not None:
                verb = "cancelled" if status == RunStatus.CANCELLED else "failed"
                with contextlib.suppress(DevoraError):
                    self.store.conversations.append(self.project.id, Message(
                        role="assistant", run_id=self.record.id,
                        content=f"Run {verb}: {reason}. {outcome}"))
        if self.project is not None and self.ws is not None and self.ws.head() is None \
                and not self.request.project_id:
            # A brand-new project whose first run failed: keep nothing half-made.
            with contextlib.suppress(DevoraError, OSError):
                self.store.projects.delete(self.project.id)
        return reason

    def _save_log(self) -> None:
        if self.record is None or self.project is None:
            return
        if not self.store.paths.project(self.project.id).exists():
            return
        path = self.store.runs.events_path(self.record)
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("".join(json.dumps(e) + "\n" for e in self.log), "utf-8")


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


def files_by_age(ws: Workspace) -> list[str]:
    def changed(rel: str) -> tuple[int, str]:
        try:
            return (ws.path_for(rel).stat().st_mtime_ns, rel)
        except (OSError, DevoraError):
            return (0, rel)

    return sorted(ws.list_files(), key=changed)


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
