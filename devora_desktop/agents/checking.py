"""The engine's checks: consent first, then core.checks on the project, reported as RunEvents.

``ProjectChecks`` fits the review loop's checks seam (an async callable taking the loop's
CheckRequest and returning findings). Checks run code a model wrote, so before the first one
it settles consent (docs/ARCHITECTURE.md, Safety), in this order:

1. the run's explicit choice (CLI ``--checks`` / ``--no-checks``);
2. Settings.run_checks ``always`` / ``never``;
3. the project's remembered answer (``Project.checks_allowed``);
4. a working sandbox (``sandbox()``, the probe, says the code is confined): checks run,
   nobody is asked. The window passes the probe; the CLI does not (a script's run starts no
   code it was not told to: ``--checks``);
5. ``ask(project, risk)`` — the window's non-modal question, told honestly what is not
   confined — whose answer the project keeps. While it waits the run says so
   (WaitingForYou, then YouAnswered). Without ``ask`` (a non-interactive CLI) the checks
   are off, said in one line.
A "no" is one skipped CheckFinished (check "checks"), never a failure.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Protocol

from devora_desktop.agents.events import (
    CheckFinished,
    CheckOutput,
    CheckStarted,
    Finding,
    WaitingForYou,
    YouAnswered,
)
from devora_desktop.core.checks import (
    CheckOptions,
    CheckResult,
    applicable,
    consent_needed,
    run_checks,
)
from devora_desktop.core.errors import DevoraError
from devora_desktop.core.models import Project
from devora_desktop.core.store import Store
from devora_desktop.core.words import CHECKS_CLI

ConsentAsk = Callable[[Project, str], Awaitable[bool]]
NO_CONSENT_CLI = CHECKS_CLI
UNCONFINED = ("Nothing confines that code on this computer: it would run as you, able to read "
              "your files and keys and to use the network.")
WHERE_TO_ANSWER = "answer in the bar above the prompt"


class Confinement(Protocol):
    """What consent needs of the sandbox probe (core.sandbox.SandboxStatus)."""

    @property
    def kind(self) -> str: ...

    @property
    def confined(self) -> bool: ...

    @property
    def summary(self) -> str: ...


SandboxProbe = Callable[[], Awaitable[Confinement | None]]


WHY_UNCONFINED = {
    "unsupported-platform": "Devora cannot confine code on this platform yet.",
    "none": "No sandbox works here (Settings › Runs says why).",
}
LEAKY = "The sandbox here let a test probe through (Settings › Runs says how)."


def risk_text(status: Confinement | None) -> str:
    """The honest line the question carries: that nothing confines the code, and why."""
    if status is None:
        return UNCONFINED
    return f"{UNCONFINED} {WHY_UNCONFINED.get(status.kind, LEAKY)}"


async def sandbox_status() -> Confinement:
    """What the start-up probe found (core.sandbox.probe: a real child run through the
    sandbox), off the event loop; cached after the first call."""
    from devora_desktop.core.sandbox import probe

    return await asyncio.to_thread(probe)


class EventReporter:
    """core.checks' reporter, as CheckStarted / CheckOutput / CheckFinished of one round."""

    def __init__(self, emit: Callable[[Any], None], round_: int) -> None:
        self.emit, self.round = emit, round_
        self.results: list[CheckResult] = []

    def check_started(self, check: str, tool: str, command: str) -> None:
        self.emit(CheckStarted(check=check, tool=tool, command=command, round=self.round))

    def check_output(self, check: str, lines: list[str]) -> None:
        self.emit(CheckOutput(check=check, lines=list(lines)))

    def check_finished(self, result: CheckResult) -> None:
        self.results.append(result)
        self.emit(CheckFinished(**result.model_dump(), round=self.round))


class ProjectChecks:
    """One run's checks. ``choice`` is the run's explicit yes/no (None: follow Settings and
    the project); ``ask`` asks the user once per project."""

    def __init__(self, store: Store, *, choice: bool | None = None, ask: ConsentAsk | None = None,
                 options: CheckOptions | None = None,
                 sandbox: SandboxProbe | None = None) -> None:
        self.store = store
        self.choice = choice
        self.ask = ask
        self.sandbox = sandbox
        self.options = options or CheckOptions(cache_dir=store.paths.cache)
        self._consent: tuple[bool, str] | None = None
        self.results: list[CheckResult] = []   # every round's, in order (bench, summaries)

    def _project(self, root: Path) -> Project | None:
        """The project whose folder this is (projects/<id>/ in the data dir, or the folder
        it was opened from)."""
        with contextlib.suppress(DevoraError):
            project = self.store.projects.get(Path(root).name)
            if self.store.paths.project(project.id).resolve() == Path(root).resolve():
                return project
        return next((p for p in self.store.projects.list()
                     if p.folder and Path(p.folder).resolve() == Path(root).resolve()), None)

    async def consent(self, root: Path, emit: Callable[[Any], None] | None = None
                      ) -> tuple[bool, str]:
        """(allowed, why not) — settled once per run. ``emit`` reports a wait on the person."""
        if self._consent is not None:
            return self._consent
        if self.choice is not None:
            self._consent = (self.choice, "checks are off for this run (--no-checks)")
            return self._consent
        settings = self.store.settings.load()
        project = self._project(root)
        known = consent_needed(settings, project) if project is not None else \
            {"always": True, "never": False}.get(settings.run_checks)
        if known is not None:
            why = ("checks are off in Settings › Runs › Run checks on generated code"
                   if settings.run_checks == "never" else
                   "checks are off for this project (you said no): Settings › Runs › Run "
                   "checks on generated code › Always runs them")
            self._consent = (known, why)
            return self._consent
        status = await self.sandbox() if self.sandbox is not None else None
        if status is not None and status.confined:
            self._consent = (True, "")  # contained: nothing to ask (not kept on the project)
        elif self.ask is not None and project is not None:
            self._consent = (await self._ask(project, risk_text(status), emit),
                             "you chose not to run checks for this project")
        else:
            self._consent = (False, NO_CONSENT_CLI)
        return self._consent

    async def _ask(self, project: Project, risk: str,
                   emit: Callable[[Any], None] | None) -> bool:
        assert self.ask is not None
        if emit is not None:
            emit(WaitingForYou(question=f"may checks run the code of “{project.name}”? "
                                        "Nothing confines it on this computer.",
                               where=WHERE_TO_ANSWER))
        answer = bool(await self.ask(project, risk))
        fresh = self.store.projects.get(project.id)
        fresh.checks_allowed = answer
        self.store.projects.save(fresh)
        if emit is not None:
            emit(YouAnswered(answer=answer, text=(
                "You allowed checks for this project" if answer else
                "You chose not to run checks for this project")))
        return answer

    async def __call__(self, request: Any) -> list[Finding]:
        """``request``: the review loop's CheckRequest (root, round, emit)."""
        if not await asyncio.to_thread(applicable, Path(request.root)):
            return []  # nothing to build, load or test: no reason to ask
        first = self._consent is None
        allowed, why = await self.consent(request.root, request.emit)
        if not allowed:
            if first:
                request.emit(CheckFinished(check="checks", tool="none", status="skipped",
                                           skipped_reason=why, round=request.round))
            return []
        reporter = EventReporter(request.emit, request.round)
        results = await run_checks(Path(request.root), reporter, self.options)
        self.results += results
        return [f for r in results if r.failed for f in r.findings]
