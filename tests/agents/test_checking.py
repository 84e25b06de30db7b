"""Consent before checks, and the checks' RunEvents (docs/ARCHITECTURE.md, Safety)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from devora_desktop.agents.checking import NO_CONSENT_CLI, UNCONFINED, ProjectChecks
from devora_desktop.agents.events import (
    CheckFinished,
    CheckOutput,
    CheckStarted,
    WaitingForYou,
    YouAnswered,
)
from devora_desktop.core.checks import CheckOptions
from devora_desktop.progress import RunProgress


@dataclass
class Request:
    """The fields of the review loop's CheckRequest that checks use."""

    root: Path
    round: int = 0
    events: list = field(default_factory=list)

    def emit(self, event) -> None:
        self.events.append(event)


def _project(ctx, files: dict[str, str]):
    project = ctx.store.projects.create("Checked", prompt="x")
    root = ctx.store.paths.project(project.id)
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return project, root


BROKEN = {"main.py": "def f(:\n    pass\n"}
OPTS = CheckOptions(python=sys.executable)


async def test_with_consent_a_failing_check_reports_events_and_returns_its_findings(ctx) -> None:
    _, root = _project(ctx, BROKEN)
    checks = ProjectChecks(ctx.store, choice=True, options=OPTS)
    request = Request(root, round=1)
    findings = await checks(request)
    assert [(f.path, f.line, f.check) for f in findings] == [("main.py", 1, "python-compile")]
    kinds = [type(e) for e in request.events]
    assert kinds[0] is CheckStarted and kinds[-1] is CheckFinished
    assert CheckOutput in kinds
    done = request.events[-1]
    assert done.status == "failed" and done.round == 1 and done.findings == findings
    assert checks.results[0].check == "python-compile"


async def test_the_cli_without_consent_skips_in_one_line_once_per_run(ctx) -> None:
    _, root = _project(ctx, BROKEN)
    checks = ProjectChecks(ctx.store, options=OPTS)
    first, second = Request(root), Request(root, round=1)
    assert await checks(first) == [] and await checks(second) == []
    [skip] = first.events
    assert isinstance(skip, CheckFinished) and skip.status == "skipped"
    assert skip.skipped_reason == NO_CONSENT_CLI and second.events == []


async def test_the_user_is_asked_once_per_project_and_the_answer_is_kept(ctx) -> None:
    project, root = _project(ctx, BROKEN)
    asked = []

    async def ask(p, _risk):
        asked.append(p.id)
        return True

    assert await ProjectChecks(ctx.store, ask=ask, options=OPTS)(Request(root))
    assert asked == [project.id]
    assert ctx.store.projects.get(project.id).checks_allowed is True
    assert await ProjectChecks(ctx.store, ask=ask, options=OPTS)(Request(root))
    assert asked == [project.id]  # remembered: not asked again


async def test_a_no_is_remembered_and_settings_override_the_project(ctx) -> None:
    project, root = _project(ctx, BROKEN)

    async def no(_p, _risk):
        return False

    assert await ProjectChecks(ctx.store, ask=no, options=OPTS)(Request(root)) == []
    assert ctx.store.projects.get(project.id).checks_allowed is False
    settings = ctx.store.settings.load()
    settings.run_checks = "always"
    ctx.store.settings.save(settings)
    assert await ProjectChecks(ctx.store, options=OPTS)(Request(root))
    settings.run_checks = "never"
    ctx.store.settings.save(settings)
    request = Request(root)
    assert await ProjectChecks(ctx.store, options=OPTS)(request) == []
    assert "Settings › Runs › Run checks" in request.events[0].skipped_reason
    assert "run_checks" not in request.events[0].skipped_reason  # no settings key
    # an explicit --checks beats the standing "never"
    assert await ProjectChecks(ctx.store, choice=True, options=OPTS)(Request(root))


async def test_the_answer_given_during_a_run_outlives_the_run(engine, fake_llm, ctx) -> None:
    from devora_desktop.core.models import Mode
    from tests.agents.conftest import APPROVE, block, plan

    fake_llm.set("architect", plan(("tool.py", "frontend")))
    fake_llm.set("frontend", block("tool.py", "print('ok')"))
    fake_llm.set("reviewer", APPROVE)
    asked = []

    async def ask(project, _risk):
        asked.append(project.id)
        return True

    events = await engine("a tool", mode=Mode.WEB,
                          checks=ProjectChecks(ctx.store, ask=ask, options=OPTS))
    [done] = [e for e in events if isinstance(e, CheckFinished)]
    assert done.check == "python-compile" and done.status == "passed"
    assert ctx.store.projects.get(asked[0]).checks_allowed is True


@dataclass
class Status:
    """What the sandbox probe reports (core.sandbox.SandboxStatus's consent fields)."""

    confined: bool
    summary: str
    kind: str = "bwrap"


def _probe(status: Status):
    calls = []

    async def probe() -> Status:
        calls.append(1)
        return status

    return probe, calls


async def test_a_working_sandbox_runs_checks_with_no_question(ctx) -> None:
    project, root = _project(ctx, BROKEN)
    probe, calls = _probe(Status(True, "bubblewrap: no network, no home folder"))

    async def ask(_p, _risk):
        raise AssertionError("nobody may be asked when the code is confined")

    request = Request(root)
    findings = await ProjectChecks(ctx.store, ask=ask, options=OPTS, sandbox=probe)(request)
    assert [f.check for f in findings] == ["python-compile"]  # the checks ran
    assert calls == [1]
    assert not any(isinstance(e, WaitingForYou | YouAnswered) for e in request.events)
    # not remembered as a yes: were the sandbox gone tomorrow, the project would be asked
    assert ctx.store.projects.get(project.id).checks_allowed is None


async def test_no_sandbox_asks_honestly_and_the_run_says_it_waits(ctx) -> None:
    project, root = _project(ctx, BROKEN)
    probe, _ = _probe(Status(False, "not confined on this platform", "unsupported-platform"))
    told = []

    async def ask(p, risk):
        told.append(risk)
        # while the question is open, the run has already said that it waits
        assert [type(e) for e in request.events] == [WaitingForYou]
        return False

    request = Request(root)
    assert await ProjectChecks(ctx.store, ask=ask, options=OPTS, sandbox=probe)(request) == []
    [risk] = told
    assert risk == f"{UNCONFINED} Devora cannot confine code on this platform yet."
    assert "without your keys" not in risk and "sandboxed" not in risk.lower()
    wait, answered, skipped = request.events
    assert "Checked" in wait.question and wait.where
    assert isinstance(answered, YouAnswered) and answered.answer is False
    assert isinstance(skipped, CheckFinished) and skipped.status == "skipped"
    assert ctx.store.projects.get(project.id).checks_allowed is False

    progress = RunProgress()
    steps = []
    for ev in request.events:
        acts = progress.fold(ev)
        steps.append((progress.steps["Check"], [a.text for a in acts]))
    assert steps[0][0] == "waiting" and steps[0][1][0].startswith("Waiting for you: ")
    assert steps[1][0] == "active" and "chose not to run checks" in steps[1][1][0]


async def test_a_standing_no_beats_the_sandbox(ctx) -> None:
    _, root = _project(ctx, BROKEN)
    probe, calls = _probe(Status(True, "confined"))
    settings = ctx.store.settings.load()
    settings.run_checks = "never"
    ctx.store.settings.save(settings)
    assert await ProjectChecks(ctx.store, options=OPTS, sandbox=probe)(Request(root)) == []
    assert calls == []  # nothing to probe: the answer was known


def test_a_run_stopped_while_it_waits_takes_the_question_back() -> None:
    from devora_desktop.agents.events import RunCancelled, RunStarted

    progress = RunProgress()
    progress.fold(RunStarted(run_id="r", project_id="p", project_name="P", mode="web",
                             provider="offline", provider_label="Offline", model="m"))
    [wait] = progress.fold(WaitingForYou(question="may checks run?"))
    assert progress.steps["Check"] == "waiting" and wait.key == "wait"
    void, ended = progress.fold(RunCancelled())
    assert void.key == "wait" and "nothing waits for you now" in void.text
    assert "the run was stopped" in void.text  # not "ended before you answered": they stopped it
    assert ended.key == "run"
    assert progress.steps["Check"] == "stopped" and progress.waiting == ""
