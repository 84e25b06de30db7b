"""Architect and code agents, overlapped: building starts while the plan is still streaming.

The Architect's answer is read as it arrives (``plan_stream``). Each code agent's files are
cut, in plan order, into groups of about ``shard_tokens`` of estimated output (at most
``shard_files`` files): a big component gets a worker of its own, small configuration files
share one. A group starts as soon as it is full and the plan's shared contracts (everything
before ``files``: stack, pages, api, data_models) are known, so the first files land on disk
before the plan is complete and an agent that owns much output streams it over several
connections instead of one. The rest start when the plan's object closes (not when the
answer ends: the fence and any closing words come after it); an agent whose whole
output fits one group stays one worker, as does every agent when ``shard_tokens`` is None.

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
from devora_desktop.agents.events import AgentNotice, AgentSkipped, FileRejected
from devora_desktop.agents.journal import agent_span, report_failure
from devora_desktop.agents.mode_plan import framework_file, held, hold
from devora_desktop.agents.plan_stream import FilesClosed, PlanContracts, PlanEntry, PlanStream
from devora_desktop.agents.protocol import (
    DeleteBlock,
    FileBlock,
    Plan,
    PlannedFile,
    validate_plan,
)
from devora_desktop.agents.registry import label
from devora_desktop.agents.roles import ArchitectAgent, FileAgent
from devora_desktop.core.errors import OutputFormatError, UnsafePathError
from devora_desktop.core.gitrepo import is_secret_file
from devora_desktop.core.llm.base import ChatMessage
from devora_desktop.core.models import Mode, Usage
from devora_desktop.core.words import plural
from devora_desktop.core.workspace import normalize_rel_path

if TYPE_CHECKING:
    from devora_desktop.agents.scope import StepScope


#: Rough output of a file by kind, in tokens: enough to keep big files apart and batch the
#: small ones (a plan does not say how long a file will be).
_SMALL = ("package.json", "tsconfig.json", ".gitignore", ".env.example", "jsconfig.json")


def estimate_file_tokens(path: str) -> int:
    name = path.rsplit("/", 1)[-1].lower()
    if name in _SMALL or ".config." in name or name.endswith((".json", ".toml", ".yaml",
                                                              ".yml", ".ini", ".txt")):
        return 150
    if name.endswith((".css", ".scss", ".svg")):
        return 250
    if name.endswith((".md", ".mdx")):
        return 350
    return 600  # code: components, pages, routes, SQL


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

    def __init__(self, run: StepScope, mode: Mode, agents: tuple[str, ...],
                 on_plan: Callable[[Plan], None] | None = None) -> None:
        self.run = run
        self.on_plan = on_plan
        self.mode = mode
        self.agents = agents
        self.budget = run.options.shard_tokens
        self.max_files = max(1, run.options.shard_files)
        self.stream = PlanStream()
        self.contracts: dict | None = None
        self.entries: list[PlannedFile] = []
        self.pending: dict[str, list[PlannedFile]] = {a: [] for a in agents}
        self.started: set[str] = set()
        self.teams: dict[str, AgentTeam] = {}
        self.plan_done = asyncio.Event()
        self.groups = 0
        self.first_group_at: float | None = None
        self.dropped = False  # the first plan was invalid: its workers were stopped
        self.ready: Plan | None = None  # the plan the rest of the workers started from
        #: Server files the plan gives to agents outside the mode's team (agents/mode_plan):
        #: nothing more starts once one is streamed, and the run answers with one line.
        self.server: list[PlannedFile] = []
        self.halted = False
        self.wait_for_plan = False
        self._tg: asyncio.TaskGroup | None = None

    async def execute(self, architect: ArchitectAgent, messages: list[ChatMessage]) -> Plan:
        run = self.run
        async with asyncio.TaskGroup() as tg:
            self._tg = tg
            async with agent_span(run.emit, architect):
                plan = await architect.plan(messages, on_text=self._feed,
                                            on_invalid=self._drop_streamed)
            if self.ready is None:
                self._plan_ready(plan)
        # A plan that was ready from the stream is the one the whole answer holds (one
        # reader, the same object): keep the object the workers started from.
        return self.ready or plan

    # ---- the streamed plan -------------------------------------------------------------
    def _feed(self, text: str) -> None:
        if self.plan_done.is_set() or self.dropped:
            return
        for item in self.stream.feed(text):
            if isinstance(item, PlanContracts) and not item.final:
                self.contracts = item.data
            elif isinstance(item, PlanEntry):
                # held to the mode's team as it streams: the provisional plan the workers
                # read names the owner that writes each file
                file = held(item.file, self.agents)
                self.entries.append(file or item.file)
                if file is None:
                    self._halt()
                if self.mode == Mode.WEB and framework_file(item.file.path):
                    self.wait_for_plan = True  # read it whole first: a server may follow
                if self.halted or self.wait_for_plan or file is None:
                    continue
                queue = self.pending.get(file.owner)
                if queue is None or file.action == "delete":
                    continue
                queue.append(file)
                groups = self._cut(queue, final=False)
                plan = self._provisional() if groups else None
                if plan is None:  # no contracts yet: the groups wait for them
                    queue[:0] = [f for g in groups for f in g]
                for group in groups if plan is not None else []:
                    self._start(file.owner, group, plan, complete=False)
            elif isinstance(item, FilesClosed):
                pass  # the rest starts from the validated plan, once its object closes
        if self.stream.object is not None:
            # The object is complete: what ``parse_plan`` will read from the whole answer.
            # The rest of the workers start now, not after the fence, the model's closing
            # words and the end of the stream.
            try:
                plan = validate_plan(self.stream.object)
            except OutputFormatError:
                return  # the whole answer is read, and asked again, at its end
            self._plan_ready(plan)

    def _drop_streamed(self) -> None:
        """The first plan was invalid and is asked again: the workers started from it stop
        now (their tokens would be spent on a plan nobody keeps), and the files they wrote
        are put back when the new plan arrives, unless it plans them too."""
        self.dropped = True  # nothing more is read from the first answer
        for team in self.teams.values():
            for task in team.tasks:
                task.cancel()
            team.tasks.clear()
        self.contracts, self.entries, self.started, self.ready = None, [], set(), None
        self.halted = self.wait_for_plan = False  # the new plan decides again
        for queue in self.pending.values():
            queue.clear()
        self.run.gate.plan = None

    def _halt(self) -> None:
        """The plan needs a server the mode's team cannot write: what was started stops now
        and nothing more starts (the run puts back what they wrote and says why)."""
        self.halted = True
        for team in self.teams.values():
            for task in team.tasks:
                task.cancel()
        for queue in self.pending.values():
            queue.clear()

    def _put_back(self, plan: Plan) -> None:
        """Files written from a dropped plan that the new plan does not list: as they were."""
        gate, ws = self.run.gate, self.run.ws
        # only workers of the dropped plan have written so far (their writes may have landed
        # after the drop)
        stray = sorted(set(gate.written) - {f.path for f in plan.files}) if self.dropped else []
        if not stray:
            return
        head = ws.head()
        before = ws.files_at(head) if head is not None else {}
        for path in stray:
            if path in before:
                ws.write_file(path, before[path])
            else:
                ws.delete_file(path)
            gate.written.pop(path, None)
        self.run.emit(AgentNotice(agent="architect", level="warning", message=(
            f"put back {plural(len(stray), 'file')} written from the first plan, which the new "
            f"plan does not list: {', '.join(stray[:5])}")))

    def _cut(self, queue: list[PlannedFile], *, final: bool) -> list[list[PlannedFile]]:
        """Take the groups that are ready off the front of ``queue``: full ones (the next
        file would not fit), and at the end of the plan all that is left."""
        groups: list[list[PlannedFile]] = []
        if self.budget is None:
            if final and queue:
                groups.append(queue[:])
                queue.clear()
            return groups
        while queue:
            n, total = 0, 0
            for f in queue:
                est = estimate_file_tokens(f.path)
                if n and (total + est > self.budget or n >= self.max_files):
                    break
                n, total = n + 1, total + est
            if n == len(queue) and not final and n < self.max_files and total < self.budget:
                break  # this group may still grow
            groups.append(queue[:n])
            del queue[:n]
        return groups

    def _provisional(self) -> Plan | None:
        """The plan so far (contracts + entries), when its required fields are known."""
        try:
            return Plan.model_validate({**(self.contracts or {}), "files": self.entries})
        except ValueError:
            return None

    def _plan_ready(self, plan: Plan) -> None:
        run = self.run
        plan, self.server, moved = hold(plan, self.agents)
        self.ready = plan
        run.gate.plan = plan
        self._put_back(plan)
        if self.on_plan is not None:
            self.on_plan(plan)
        if self.server:
            self._halt()
            self.plan_done.set()
            return
        if moved:
            run.emit(AgentNotice(agent="architect", message=(
                f"{plural(len(moved), 'file')} planned for agents outside {self.mode.value} "
                f"mode's team given to its own: {', '.join(moved[:5])}")))
        for queue in self.pending.values():
            queue.clear()
        for f in plan.files:  # what the stream did not start (all of it, without sharding)
            queue = self.pending.get(f.owner)
            if queue is not None and f.action != "delete" and f.path not in self.started:
                queue.append(f)
        for owner in self.agents:
            for group in self._cut(self.pending[owner], final=True):
                self._start(owner, group, plan, complete=True)
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
        whole = [f for f in plan.files_for(owner) if f.action != "delete"]
        sharded = not complete or len(group) < len(whole)
        if sharded:
            worker.worker = len(team.workers)  # 1, 2, ... in AgentDelta.worker
        # a file that exists is sent as it is now even when the plan says "create": a
        # refinement that rewrote it blind lost what the person had changed in it
        current = {f.path: run.ws.read_text(f.path) for f in group
                   if f.action != "delete" and run.ws.exists(f.path)
                   and not is_secret_file(f.path)}  # .env, keys: never in a request
        own = group if sharded else None
        reference = run.reference_for([f.path for f in group])
        msgs = run.fit(worker, lambda files: worker.messages(
            run.brief, plan, files, files=own, plan_complete=complete, reference=reference),
            current, current)
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
                # one of several workers adds nothing unplanned: two could write it at once
                # (while the plan streams, a path not in it yet may still come). Said in the
                # feed's words: an agent's files go out in parallel batches (walk9 #6: "not in
                # this worker's group" under "planned 4 files for 1 agent")
                name = label(agent)
                self.run.emit(FileRejected(agent=agent, path=rel, reason=(
                    "not in the plan" if self.ready is not None and gate.unplanned(agent, rel)
                    else f"another of {name}'s parallel batches writes it (this copy is "
                    "dropped)" if self.ready is not None
                    else f"this batch of {name}'s files was not given it")))
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
