"""The run's journal: what a run tells and what it keeps.

``Journal.emit`` stamps each RunEvent, folds it into the saved log (one entry per stretch of an
agent's text) and hands it to the front ends; ``agent_span`` is the one place an agent's
started / failed / finished events are written; ``rollback`` leaves the project at its last
committed version and closes the RunRecord; ``save_log`` writes the NDJSON the run replays
from. Nothing here decides anything about the run: it records.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING

from devora_desktop.agents.events import (
    AgentDelta,
    AgentFailed,
    AgentFinished,
    AgentStarted,
    FileProgress,
    FileStarted,
    RunEvent,
    WaitingForYou,
    YouAnswered,
)
from devora_desktop.core.errors import BudgetExceeded, DevoraError
from devora_desktop.core.models import Message, Project, RunRecord, RunStatus, Usage
from devora_desktop.core.store import LiveSpend, Store
from devora_desktop.core.workspace import Workspace, make_folders

if TYPE_CHECKING:
    from devora_desktop.agents.base import BaseAgent

log = logging.getLogger(__name__)

Emit = Callable[[RunEvent], None]


def collapse(exc: BaseException) -> BaseException:
    """A TaskGroup failure of one agent should read as that agent's error."""
    while isinstance(exc, BaseExceptionGroup):
        inner = [e for e in exc.exceptions if not isinstance(e, asyncio.CancelledError)]
        exc = (inner or list(exc.exceptions))[0]
    return exc


def report_failure(emit: Emit, agent: str, exc: BaseException) -> None:
    """AgentFailed for a real failure; a cancellation is the run's to report, not the agent's."""
    exc = collapse(exc)
    if isinstance(exc, asyncio.CancelledError):
        return
    text = exc.one_line() if isinstance(exc, DevoraError) else f"{type(exc).__name__}"
    emit(AgentFailed(agent=agent, error=text, retryable=bool(getattr(exc, "retryable", False)),
                     budget=isinstance(exc, BudgetExceeded)))


@dataclass
class Span:
    """Filled in by the code inside ``agent_span``: what AgentFinished reports."""

    files: list[str] = field(default_factory=list)


@contextlib.asynccontextmanager
async def agent_span(emit: Emit, agent: BaseAgent, round_: int = 0) -> AsyncIterator[Span]:
    """AgentStarted now; AgentFinished (usage, seconds, files) on success; AgentFailed and
    re-raise on failure. Every agent call of a run goes through here, so a replay always ends
    with every agent in a final state."""
    emit(AgentStarted(agent=agent.name, model=agent.env.model, round=round_))
    started = time.monotonic()
    span = Span()
    try:
        yield span
    except BaseException as exc:
        report_failure(emit, agent.name, exc)
        raise
    emit(AgentFinished(agent=agent.name, usage=agent.usage, round=round_,
                       seconds=round(time.monotonic() - started, 3), files=span.files))


class Journal:
    """Events out, the log and the RunRecord kept. ``record``, ``project`` and ``ws`` are set
    once the run has opened its project."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.queue: asyncio.Queue[RunEvent | None] = asyncio.Queue()
        self.log: list[dict] = []
        self.events: list[RunEvent] = []
        self.usage_by_agent: dict[str, Usage] = {}
        self.record: RunRecord | None = None
        self.spend: LiveSpend | None = None  # the record's spend as calls report it
        self.project: Project | None = None
        self.ws: Workspace | None = None
        self._t0 = time.monotonic()
        self.waited = 0.0  # seconds the run stood still for the person's answers
        self._asked_at: float | None = None
        self._delta_at: dict[tuple[str, int], int] = {}
        self._lines_at: dict[tuple[str, int, str], int] = {}
        self._partial: IO[str] | None = None  # the log as it goes: see keep_going
        self._partial_from = 0  # the log's entries before this one are in it

    def elapsed(self) -> float:
        return time.monotonic() - self._t0

    def worked(self) -> float:
        """The run's own time so far: its clock without the waits for the person."""
        return self.elapsed() - self.waited

    def emit(self, event: RunEvent) -> None:
        event.t = round(self.elapsed(), 4)
        agent = getattr(event, "agent", None)
        if isinstance(event, AgentDelta):
            # One log entry per stretch of an agent's text, even while agents interleave:
            # the saved log stays small and replays the same panes.
            key = (event.agent, event.worker)
            index = self._delta_at.get(key)
            if index is not None:
                self.log[index]["text"] += event.text
            else:
                self._delta_at[key] = len(self.log)
                self.log.append(event.model_dump(mode="json"))
        elif isinstance(event, FileProgress):
            # its text is in the deltas; how far the file got is kept, once per file and
            # worker, without the text (a stopped run's replay said "stopped writing
            # app.js · 0 lines" of a file that had 154)
            at = self._lines_at.get((event.agent, event.worker, event.path))
            if at is not None:
                self.log[at]["lines"] = event.lines
            else:
                self._lines_at[(event.agent, event.worker, event.path)] = len(self.log)
                self.log.append({**event.model_dump(mode="json"), "text": ""})
        else:
            if agent is not None and not isinstance(event, FileStarted):
                for key in [k for k in self._delta_at if k[0] == agent]:
                    del self._delta_at[key]
            self.log.append(event.model_dump(mode="json"))
            self.events.append(event)
            self.keep_going()
        if isinstance(event, WaitingForYou) and self._asked_at is None:
            self._asked_at = event.t
        elif isinstance(event, YouAnswered) and self._asked_at is not None:
            self.waited += event.t - self._asked_at
            self._asked_at = None
        if isinstance(event, AgentFinished):
            prev = self.usage_by_agent.get(event.agent, Usage())
            self.usage_by_agent[event.agent] = prev + event.usage
        self.queue.put_nowait(event)

    def end(self) -> None:
        """No more events: the consumer's iteration stops."""
        self.queue.put_nowait(None)

    def close_record(self, usage: Usage) -> None:
        assert self.record is not None
        if self.spend is not None:
            self.spend.close()  # the record's own usage replaces it
        self.record.usage = usage
        self.record.usage_by_agent = dict(self.usage_by_agent)
        self.record.finished_at = datetime.now(UTC)
        self.store.runs.save(self.record)

    def rollback(self, status: RunStatus, reason: str, spent: Usage, *,
                 new_project: bool) -> str:
        """Reset the project to its last version, close the record with ``reason``, and drop
        a brand-new project whose first run never committed (``new_project``). Returns the
        one line to show, which says so when the rollback itself failed (the record too)."""
        self._end_partial()  # the run ends here: save_log writes its whole log
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
            self.close_record(spent)
            if self.project is not None:
                verb = "cancelled" if status == RunStatus.CANCELLED else "failed"
                with contextlib.suppress(DevoraError):
                    self.store.conversations.append(self.project.id, Message(
                        role="assistant", run_id=self.record.id,
                        content=f"Run {verb}: {reason}. {outcome}"))
        if self.project is not None and self.ws is not None and self.ws.head() is None \
                and new_project:
            # A brand-new project whose first run failed: keep nothing half-made.
            with contextlib.suppress(DevoraError, OSError):
                self.store.projects.delete(self.project.id)
        return reason

    def keep_going(self) -> None:
        """The log's new entries, each as it happens, but the agents' text and a file's
        growing line count: a run killed mid-way (kill -9, a crash) saves no log, and its
        replay at the next start showed every step pending, as if it had never begun. Its
        steps, files and calls are read from this one then (Store's recovery makes it the
        run's log); :meth:`save_log` replaces it with the whole log."""
        if self.record is None or self.project is None:
            return
        if self._partial is None:
            if self._partial_from < 0:
                return  # it could not be opened: the run goes on without it
            path = self.store.runs.partial_path(self.record)
            try:
                make_folders(path.parent, within=self.store.paths.project(self.project.id))
                self._partial = path.open("a", encoding="utf-8")
            except (OSError, DevoraError):
                self._partial_from = -1
                return
        lines = [json.dumps(e) for e in self.log[self._partial_from:]
                 if e.get("type") not in ("agent_delta", "file_progress")]
        self._partial_from = len(self.log)
        with contextlib.suppress(OSError, ValueError):  # a full disk: the run goes on
            self._partial.write("".join(line + "\n" for line in lines))
            self._partial.flush()

    def _end_partial(self) -> None:
        """No more entries go to the log as it goes (a file held open kept its project's
        folder from being deleted on Windows)."""
        if self._partial is not None:
            with contextlib.suppress(OSError):
                self._partial.close()
        self._partial, self._partial_from = None, -1

    def save_log(self) -> None:
        self._end_partial()
        if self.record is None or self.project is None:
            return
        folder = self.store.paths.project(self.project.id)
        path = self.store.runs.events_path(self.record)
        with contextlib.suppress(OSError):  # FileNotFoundError: the project was deleted
            make_folders(path.parent, within=folder)
            path.write_text("".join(json.dumps(e) + "\n" for e in self.log), "utf-8")
            self.store.runs.partial_path(self.record).unlink(missing_ok=True)
