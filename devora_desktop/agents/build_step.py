"""Architect and code agents, overlapped: building starts while the plan is still streaming.

The Architect's answer is read as it arrives (``plan_stream``). Each code agent's files are
cut into groups of at most ``shard_files``; a group starts as a worker as soon as it is full
and the plan's shared contracts (everything before ``files``: stack, pages, api, data_models)
are known, so the first files land on disk before the plan is complete and an agent that owns
many files streams them over several connections instead of one. The rest start when the
file list ends; an agent with ``shard_files`` files or fewer stays one worker.

Every worker of an agent uses the agent's prompt and name (the provider limiter bounds how
many stream at once) and may write only its own group: another group's path is rejected. The
agent's started/finished events span all its workers, with their usage summed.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from devora_desktop.agents.base import CodeResult
from devora_desktop.agents.events import AgentSkipped, FileRejected
from devora_desktop.agents.journal import agent_span, report_failure
from devora_desktop.agents.plan_stream import FilesClosed, PlanContracts, PlanEntry, PlanStream
from devora_desktop.agents.protocol import DeleteBlock, FileBlock, Plan, PlannedFile
from devora_desktop.agents.roles import ArchitectAgent, FileAgent
from devora_desktop.core.errors import UnsafePathError
from devora_desktop.core.llm.base import ChatMessage
from devora_desktop.core.models import Mode, Usage
from devora_desktop.core.workspace import normalize_rel_path

if TYPE_CHECKING:
    from devora_desktop.agents.orchestrator import Run


@dataclass
class _Env:
    model: str


@dataclass
class AgentTeam:
    """What ``agent_span`` reports for an agent that runs as several workers."""

    name: str
    env: _Env
    workers: list[FileAgent] = field(default_factory=list)
    tasks: list[asyncio.Task] = field(default_factory=list)
    results: list[CodeResult] = field(default_factory=list)

    @property
    def usage(self) -> Usage:
        total = Usage()
        for w in self.workers:
            total = total + w.usage
        return total


class BuildStep:
    """One per run: ``await BuildStep(run, mode, agents).execute(architect, messages)``
    returns the plan once the Architect is done and every code agent has finished."""

    def __init__(self, run: Run, mode: Mode, agents: tuple[str, ...],
                 on_plan: Callable[[Plan], None] | None = None) -> None:
        self.run = run
        self.on_plan = on_plan
        self.mode = mode
        self.agents = agents
        self.size = run.options.shard_files or 0
        self.stream = PlanStream()
        self.contracts: dict | None = None
        self.entries: list[PlannedFile] = []
        self.pending: dict[str, list[PlannedFile]] = {a: [] for a in agents}
        self.started: set[str] = set()
        self.teams: dict[str, AgentTeam] = {}
        self.plan_done = asyncio.Event()
        self.groups = 0
        self.first_group_at: float | None = None
        self._tg: asyncio.TaskGroup | None = None

    async def execute(self, architect: ArchitectAgent, messages: list[ChatMessage]) -> Plan:
        run = self.run
        async with asyncio.TaskGroup() as tg:
            self._tg = tg
            async with agent_span(run.emit, architect):
                plan = await architect.plan(messages, on_text=self._feed)
            self._plan_ready(plan)
        return plan

    # ---- the streamed plan -------------------------------------------------------------
    def _feed(self, text: str) -> None:
        if self.plan_done.is_set():
            return
        for item in self.stream.feed(text):
            if isinstance(item, PlanContracts) and not item.final:
                self.contracts = item.data
            elif isinstance(item, PlanEntry):
                self.entries.append(item.file)
                queue = self.pending.get(item.file.owner)
                if queue is None or item.file.action == "delete":
                    continue
                queue.append(item.file)
                if self.size and len(queue) > self.size:  # the agent is big: shard it
                    plan = self._provisional()
                    if plan is not None:  # else its contracts are unknown: wait for them
                        self._start(item.file.owner, queue[: self.size], plan,
                                    complete=False)
                        del queue[: self.size]
            elif isinstance(item, FilesClosed):
                pass  # the rest starts from the validated plan, a few tokens later

    def _provisional(self) -> Plan | None:
        """The plan so far (contracts + entries), when its required fields are known."""
        try:
            return Plan.model_validate({**(self.contracts or {}), "files": self.entries})
        except ValueError:
            return None

    def _plan_ready(self, plan: Plan) -> None:
        run = self.run
        run.plan = plan
        run.gate.plan = plan
        if self.on_plan is not None:
            self.on_plan(plan)
        for queue in self.pending.values():
            queue.clear()
        for f in plan.files:  # what the stream did not start (all of it, without sharding)
            queue = self.pending.get(f.owner)
            if queue is not None and f.action != "delete" and f.path not in self.started:
                queue.append(f)
        for owner in self.agents:
            queue = self.pending[owner]
            while queue:
                take = self.size if self.size and len(queue) > self.size else len(queue)
                self._start(owner, queue[:take], plan, complete=True)
                del queue[:take]
            if owner not in self.teams:
                run.emit(AgentSkipped(agent=owner, reason="the plan gives it no files"))
        self.plan_done.set()
        for path in [f.path for f in plan.files if f.action == "delete"]:
            self._tg.create_task(run.gate.write(plan.owner_of(path) or "architect",  # type: ignore[union-attr]
                                                DeleteBlock(path)))

    # ---- workers --------------------------------------------------------------------------
    def _start(self, owner: str, group: list[PlannedFile], plan: Plan, *,
               complete: bool) -> None:
        assert self._tg is not None
        run = self.run
        if run.gate.plan is None or not complete:
            run.gate.plan = plan
        team = self.teams.get(owner)
        if team is None:
            env = run.env(owner)
            team = self.teams[owner] = AgentTeam(owner, _Env(env.model))
            self._tg.create_task(self._team(team))
        worker = FileAgent(owner, run.env(owner), self.mode.value)
        team.workers.append(worker)
        sharded = self.size > 0 and (not complete or len(group) < len(plan.files_for(owner)))
        current = {f.path: run.ws.read_text(f.path) for f in group
                   if f.action == "modify" and run.ws.exists(f.path)}
        msgs = run.fit(worker, lambda chosen: worker.messages(
            run.request.prompt, plan, chosen, files=group if sharded else None,
            plan_complete=complete), current, current)
        self.started.update(f.path for f in group)
        self.groups += 1
        if self.first_group_at is None:
            self.first_group_at = time.monotonic()
        team.tasks.append(self._tg.create_task(
            self._worker(team, worker, msgs, group if sharded else None)))

    async def _worker(self, team: AgentTeam, worker: FileAgent, msgs: list[ChatMessage],
                      group: list[PlannedFile] | None) -> None:
        """``group`` None: the agent's only worker, bound by the file gate alone."""
        gate = self.run.gate
        paths = {f.path for f in group} if group is not None else None

        async def write(agent: str, item: FileBlock | DeleteBlock) -> bool:
            if paths is None:
                return await gate.write(agent, item)
            try:
                rel = normalize_rel_path(item.path)
            except UnsafePathError:
                return await gate.write(agent, item)  # the gate rejects it and says why
            if rel not in paths and gate.owner_of(rel) == agent:
                self.run.emit(FileRejected(agent=agent, path=rel, reason=(
                    f"{rel} is not in this worker's group: another {agent} worker writes "
                    "it, or nobody planned it")))
                return False
            return await gate.write(agent, item)  # another agent's path: the gate says so

        try:
            team.results.append(await worker.generate(msgs, write))
        except Exception as exc:
            report_failure(self.run.emit, team.name, exc)
            raise

    async def _team(self, team: AgentTeam) -> None:
        """The agent's span: open from its first worker until its last one is done."""
        async with agent_span(self.run.emit, team) as span:  # type: ignore[arg-type]
            await self.plan_done.wait()
            while not all(t.done() for t in team.tasks):
                # A failed worker reported itself; the task group then cancels this wait.
                await asyncio.wait([t for t in team.tasks if not t.done()])
            files: list[str] = []
            for r in team.results:
                files += r.files + r.deleted
            span.files = files
