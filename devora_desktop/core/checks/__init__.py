"""Checks: run the generated project for real (build, load, tests) and turn what breaks into
findings for the agents that own the files (docs/ARCHITECTURE.md,
Data flow).

    run_checks(root, reporter, options) -> [CheckResult]
        web       index.html (+ up to 4 pages beside it) load headless (QtWebEngine, else
                  Chromium; see devora_desktop/webcheck.py) -> web-load
        node      package.json: npm install (scripts off, shared cache) -> npm run build
        python    *.py: python -m compileall; pytest -q when the project has tests

A check whose tool is missing, or that needs the network while offline, is *skipped* with one
line saying why, never failed. Checks run the model's code: each process goes through the
ProjectRunner, confined by core/sandbox.py (the project folder only, no network but npm
install's registry, capped processes, memory, file size, output and time); where nothing
confines, the caller asks first (``consent_needed``). A run a cap ended is one finding that
says which cap. No Qt here: the browser part runs as a subprocess.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from pydantic import Field

from devora_desktop.core.models import Finding, Model, Project, Settings
from devora_desktop.core.project_runner import ProcessResult, ProjectRunner
from devora_desktop.core.sandbox import Confinement, Kind, Limits

CheckStatus = Literal["passed", "failed", "skipped"]


class CheckResult(Model):
    """One check's outcome; the fields of the CheckFinished event (less the run's round)."""

    check: str
    tool: str
    status: CheckStatus
    exit_code: int | None = None
    seconds: float = 0.0
    skipped_reason: str | None = None
    findings: list[Finding] = Field(default_factory=list)
    output_truncated: bool = False

    @property
    def failed(self) -> bool:
        return self.status == "failed"


class CheckReporter(Protocol):
    """Where checks report progress; the engine turns these calls into RunEvents."""

    def check_started(self, check: str, tool: str, command: str) -> None: ...
    def check_output(self, check: str, lines: list[str]) -> None: ...
    def check_finished(self, result: CheckResult) -> None: ...


class NullReporter:
    def check_started(self, check: str, tool: str, command: str) -> None:
        pass

    def check_output(self, check: str, lines: list[str]) -> None:
        pass

    def check_finished(self, result: CheckResult) -> None:
        pass


@dataclass
class CheckOptions:
    """``cache_dir`` holds the npm cache shared by every project (DataPaths.cache)."""

    cache_dir: Path | None = None
    web_timeout: float = 45.0         # the page gets 20 s less: the browser must start too
    install_timeout: float = 600.0
    build_timeout: float = 600.0
    python_timeout: float = 300.0
    browser: str | None = None        # a Chromium-family binary; None: QtWebEngine or search
    python: str | None = None         # the interpreter for compileall/pytest; None: PATH
    web_engine: Literal["auto", "qtwebengine", "chromium"] = "auto"
    limits: Limits = field(default_factory=Limits)
    sandbox: Kind | None = None       # how to confine; None: what sandbox.probe() found


def consent_needed(settings: Settings, project: Project) -> bool | None:
    """True/False when the answer is already known (a standing choice in Settings, or this
    project's remembered answer); None when the user must be asked."""
    if settings.run_checks == "always":
        return True
    if settings.run_checks == "never":
        return False
    return project.checks_allowed


class _Batcher:
    """Output lines go to the reporter in batches (every 50 lines or 0.3 s), not one by one."""

    def __init__(self, reporter: CheckReporter, check: str) -> None:
        self.reporter, self.check = reporter, check
        self.lines: list[str] = []
        self.at = time.monotonic()

    def add(self, line: str) -> None:
        self.lines.append(line)
        if len(self.lines) >= 50 or time.monotonic() - self.at > 0.3:
            self.flush()

    def flush(self) -> None:
        if self.lines:
            self.reporter.check_output(self.check, self.lines)
        self.lines, self.at = [], time.monotonic()


@dataclass
class CheckEnv:
    """What every check gets: the project folder, its runner and where to report."""

    root: Path
    runner: ProjectRunner
    reporter: CheckReporter
    options: CheckOptions

    def confinement(self, **kw) -> Confinement:
        """The sandbox rules for one run: the project and this check's limits, plus ``kw``."""
        return Confinement(project=self.root, limits=self.options.limits, **kw)

    async def tool(self, check: str, argv: list[str], timeout: float,
                   env: dict[str, str] | None = None, confine: Confinement | None = None,
                   cwd: Path | None = None) -> ProcessResult:
        """Run one program for a check, streaming its output to the reporter. The caller
        has already reported check_started. Raises FileNotFoundError if it is missing."""
        batch = _Batcher(self.reporter, check)
        try:
            return await self.runner.run(argv, timeout=timeout, env=env, on_line=batch.add,
                                         confine=confine, cwd=cwd)
        finally:
            batch.flush()

    def over_limit(self, check: str, tool: str, proc: ProcessResult, path: str,
                   what: str) -> CheckResult | None:
        """The one finding for a run a cap ended (fork bomb, huge file, endless output)."""
        message = proc.limit_message(what, self.options.limits)
        if message is None:
            return None
        finding = Finding(path=path, check=check, tool=tool, message=message)
        return self.finish(check, tool, proc, [finding], proc.seconds, status="failed")

    def skipped(self, check: str, tool: str, reason: str) -> CheckResult:
        result = CheckResult(check=check, tool=tool, status="skipped", skipped_reason=reason)
        self.reporter.check_finished(result)
        return result

    def finish(self, check: str, tool: str, proc: ProcessResult | None, findings: list[Finding],
               seconds: float, *, status: CheckStatus | None = None) -> CheckResult:
        if status is None:
            status = "failed" if any(f.severity == "error" for f in findings) else "passed"
        result = CheckResult(check=check, tool=tool, status=status, seconds=round(seconds, 3),
                             exit_code=proc.exit_code if proc else None, findings=findings,
                             output_truncated=bool(proc and proc.truncated))
        self.reporter.check_finished(result)
        return result


def project_files(root: Path, suffix: str = "") -> list[str]:
    """The project's own files (never node_modules, .next, .venv...: the workspace prunes
    them rather than walking them)."""
    from devora_desktop.core.workspace import Workspace

    return [rel for rel in Workspace(Path(root)).iter_files() if rel.endswith(suffix)]


def applicable(root: Path) -> list[str]:
    """Which kinds of checks this project gets, by its files. Walks the folder: call it off
    the event loop."""
    kinds = []
    if (root / "package.json").is_file():
        kinds.append("node")
    elif (root / "index.html").is_file():
        kinds.append("web")
    if project_files(root, ".py"):
        kinds.append("python")
    return kinds


async def run_checks(root: Path, reporter: CheckReporter | None = None,
                     options: CheckOptions | None = None) -> list[CheckResult]:
    """Every applicable check, one after another (2 cores: a build and a browser at once
    would slow both). Cancelling kills the running tool's whole process tree."""
    from devora_desktop.core.checks import node, python, web

    options = options or CheckOptions()
    env_extra = {"NEXT_TELEMETRY_DISABLED": "1", "NO_COLOR": "1", "FORCE_COLOR": "0",
                 "npm_config_update_notifier": "false",
                 "npm_config_fund": "false", "npm_config_audit": "false"}
    runner = ProjectRunner(root, env_extra=env_extra, kind=options.sandbox,
                           confine=Confinement(project=Path(root), limits=options.limits))
    env = CheckEnv(Path(root), runner, reporter or NullReporter(), options)
    results: list[CheckResult] = []
    for kind in await asyncio.to_thread(applicable, Path(root)):
        module = {"web": web, "node": node, "python": python}[kind]
        try:
            results += await module.run(env)
        except OSError as exc:  # a tool that vanished or cannot start: a skip, not a failure
            name = {"web": "web-load", "node": "npm-build", "python": "python-compile"}[kind]
            results.append(env.skipped(name, kind, f"could not start the tool: {exc}"[:200]))
    return results


def failing_findings(results: list[CheckResult]) -> list[Finding]:
    return [f for r in results if r.failed for f in r.findings if f.severity == "error"]
