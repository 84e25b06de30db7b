"""Verify, fix, review: everything between the build step and the commit.

    verify (validators -> checks) --errors--> fix round to the owners (within the fix budget)
        |                                          |
        +--clean or budget spent--> Reviewer <-----+  re-verify after every round
                                       | ITERATE: the named agents fix (same budget)
                                       v
                                    Verdict

The **checks seam**: ``Checks`` is any async callable taking a :class:`CheckRequest` and
returning findings (``path``, ``line``, ``message``, ``tool``; ``severity="error"`` goes to a
fix round, a warning only to the Reviewer). It runs after the validators on every verify pass
and reports its own steps with CheckStarted / CheckOutput / CheckFinished through
``request.emit``; a check it cannot run is a CheckFinished with ``status="skipped"``, never a
finding. None (the default) means no checks. Set it on ``EngineOptions.checks`` or, per run,
``RunRequest.checks``.

One fix budget (``EngineOptions.max_rounds``, 2) covers every round, whatever found the problem:
validators, the completeness rule, checks or the Reviewer. The Reviewer always sees the
latest findings, after the fixes.

Completeness: before the first verify pass, a planned file that does not exist is asked of its
owner, exactly those files, once; every verify pass then reports a still-missing file as a
"completeness" finding. Approved (docs/ARCHITECTURE.md, Data flow) = no error finding of any
kind on the last pass and a readable APPROVE; anything else ends "not approved: <reasons>".
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import TypeVar

from devora_desktop.agents import registry, validators
from devora_desktop.agents.events import (
    AgentNotice,
    CheckFinished,
    Finding,
    ReviewVerdict,
    RunEvent,
    ValidationReport,
)
from devora_desktop.agents.journal import agent_span
from devora_desktop.agents.protocol import Plan, Review, ReviewIssue
from devora_desktop.agents.review_cache import ReviewBase, review_base
from devora_desktop.agents.roles import FileAgent, QuickAgent, ReviewerAgent
from devora_desktop.agents.scope import CheckRequest, Checks, StepScope
from devora_desktop.core import offload
from devora_desktop.core.errors import DevoraError
from devora_desktop.core.gitrepo import is_secret_file
from devora_desktop.core.models import Mode
from devora_desktop.core.words import plural

T = TypeVar("T")


@dataclass
class FixWork:
    """What one fix round asks of each owner."""

    issues: dict[str, list[ReviewIssue]] = field(default_factory=dict)
    findings: dict[str, list[Finding]] = field(default_factory=dict)

    @property
    def owners(self) -> list[str]:
        return sorted(set(self.issues) | set(self.findings))

    def key(self) -> frozenset[tuple[str, str]]:
        """Two rounds with the same key asked for the same fixes: asking again won't help."""
        keys = {(i.path, " ".join(i.problem.lower().split()))
                for lst in self.issues.values() for i in lst}
        keys |= {(f.path, f.message) for lst in self.findings.values() for f in lst}
        return frozenset(keys)


@dataclass
class Verdict:
    approved: bool
    reasons: list[str] = field(default_factory=list)         # why not, one phrase each
    findings: list[Finding] = field(default_factory=list)   # every finding of the last pass
    fix_rounds: int = 0
    review: Review | None = None
    checks_skipped: list[str] = field(default_factory=list)
    by_model: bool = True   # False: no model reviewed it (offline, quick mode): validators only

    @property
    def text(self) -> str:
        if not self.approved:
            return "not approved: " + "; ".join(self.reasons)
        return "approved" if self.by_model else OFFLINE_PASSED


# What a run that passed with no AI review ended as: nobody approved it.
OFFLINE_PASSED = "finished · validators passed · no AI review"


COMPLETENESS = "completeness"
#: the validators' check names as a verdict says them ("5 errors from import" read as jargon)
CHECK_WORDS = {"import": "links to files that do not exist", "syntax": "syntax errors",
               "dependency": "packages missing from package.json",
               "placeholder": "placeholders instead of code",
               "route": "calls to API routes that do not exist", "security": "security problems"}


class ReviewLoop:
    """Verify, fix, review: ``await ReviewLoop(scope, mode, plan).run_to_verdict()`` returns
    the :class:`Verdict`; ``review_base`` is what the last review opened with."""

    def __init__(self, run: StepScope, mode: Mode, plan: Plan | None = None) -> None:
        self.run = run
        self.mode = mode
        self.plan = plan
        self.review_base: ReviewBase | None = None
        self.owners = tuple(registry.team("quick")) if mode == Mode.QUICK else \
            registry.code_agents(mode.value)
        self.rounds = 0
        self.reviews = 0
        self.findings: list[Finding] = []
        self.checks_seen: list[CheckFinished] = []   # the last verify pass's checks
        self.offline = run.request.provider_name == "offline"
        self.verified = False  # a verify pass has run on what the agents wrote

    # ---- completeness -----------------------------------------------------------------
    def missing(self) -> dict[str, list[str]]:
        """Planned files (not deletions) that do not exist, by owner."""
        run = self.run
        assert self.plan is not None
        out: dict[str, list[str]] = {}
        for f in self.plan.files:
            if f.action != "delete" and not run.gate.ws.exists(f.path):
                out.setdefault(f.owner, []).append(f.path)
        return out

    async def complete(self) -> None:
        """Ask each owner, once, for exactly the planned files it did not write."""
        run = self.run
        assert self.plan is not None
        missing = {a: paths for a, paths in self.missing().items() if a in self.owners}
        if not missing:
            return
        jobs = {}
        for owner, paths in missing.items():
            run.emit(AgentNotice(agent=owner, level="warning", message=(
                f"{plural(len(paths), 'planned file')} missing ({', '.join(paths[:5])}); asking "
                "for exactly those")))
            fa = FileAgent(owner, run.env(owner), self.mode.value)
            jobs[owner] = (fa, fa.messages(run.brief, self.plan, {}, missing=paths))
        await run.parallel(jobs, round_=self.rounds)

    def completeness_findings(self) -> list[Finding]:
        return [Finding(path=p, check=COMPLETENESS, tool="devora",
                        message=f"planned by the Architect for the {owner} agent but never "
                                "written")
                for owner, paths in self.missing().items() for p in paths]

    # ---- verify -----------------------------------------------------------------------
    async def verify(self) -> list[Finding]:
        """Validators on the files this run wrote, then the checks on the whole project."""
        run = self.run
        gate = run.gate
        files = await asyncio.to_thread(gate.text_files)
        # a window's run: where its files were read as they landed (core/offload.py)
        findings = await offload.run(validators.VALIDATE, files, list(gate.written))
        if self.plan is not None:
            findings += self.completeness_findings()
        run.emit(ValidationReport(findings=findings, files_checked=len(gate.written)))
        self.checks_seen = []
        checks = run.checks
        if checks is not None:
            findings = findings + list(await checks(CheckRequest(
                root=gate.ws.root, mode=self.mode, files=tuple(sorted(files)),
                changed=tuple(gate.written), round=self.rounds, emit=self._check_event,
                owner_of=gate.owner_of)))
        self.findings = findings
        self.verified = True
        return findings

    def _check_event(self, event: RunEvent) -> None:
        if isinstance(event, CheckFinished):
            self.checks_seen.append(event)
        self.run.emit(event)

    def check_lines(self) -> list[str]:
        """One line per check of the last pass, as the Reviewer and the summary read it."""
        out = []
        for c in self.checks_seen:
            why = f" ({c.skipped_reason})" if c.skipped_reason else ""
            n = f", {plural(len(c.findings), 'finding')}" if c.findings else ""
            out.append(f"{c.check} ({c.tool}): {c.status}{why}{n}")
        return out

    def verdict(self, review: Review | None, findings: list[Finding],
                stopped: str = "") -> Verdict:
        errors = [f for f in findings if f.severity == "error"]
        missing = sorted({f.path for f in errors if f.check == COMPLETENESS})
        checked = [f for f in errors if f.check != COMPLETENESS]
        reasons = []
        if missing:
            reasons.append(f"{plural(len(missing), 'planned file')} never written: "
                           + ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else ""))
        if checked:
            reasons.append("")  # written below, once it is known whether it comes last
            errors_at = len(reasons) - 1
        if review is not None and not review.readable:
            reasons.append("the review could not be read")
        elif review is not None and review.status != "APPROVE":
            # Offline, the "review" is the templates saying what they could not build.
            reasons.append(review.summary if self.offline and review.summary
                           else "the Reviewer asked for changes")
        stop_in_errors = bool(stopped) and bool(checked) and errors_at == len(reasons) - 1
        if checked:  # what they are in words, and what to do about them
            why = ", ".join(sorted({CHECK_WORDS.get(f.check, f.check) for f in checked}))
            reasons[errors_at] = (f"{plural(len(checked), 'error')} in the code ({why}"
                                  f"{f'; {stopped}' if stop_in_errors else ''}), listed above: "
                                  "ask the agents to fix them, or revert the run")
        if stopped and reasons and not stop_in_errors:
            reasons[-1] += f" ({stopped})"
        skipped = [line for line, c in zip(self.check_lines(), self.checks_seen, strict=True)
                   if c.status == "skipped"]
        return Verdict(not reasons, reasons, findings, self.rounds, review, skipped,
                       by_model=review is not None and not self.offline)

    def errors_by_owner(self, findings: list[Finding]) -> dict[str, list[Finding]]:
        out: dict[str, list[Finding]] = {}
        for f in findings:
            if f.severity == "error":
                owner = "quick" if self.mode == Mode.QUICK else \
                    self.run.gate.written.get(f.path) or self.run.gate.owner_of(f.path)
                if owner in self.owners:
                    out.setdefault(owner, []).append(f)
        return out

    def issues_by_owner(self, review: Review) -> dict[str, list[ReviewIssue]]:
        out: dict[str, list[ReviewIssue]] = {}
        if review.status != "ITERATE":
            return out
        for issue in review.issues:
            owner = issue.agent if issue.agent in self.owners else \
                self.run.gate.owner_of(issue.path or "")
            if owner in self.owners:
                out.setdefault(owner, []).append(issue)
        return out

    # ---- the loop ---------------------------------------------------------------------
    async def run_quick(self) -> Verdict:
        """Quick mode: no plan and no Reviewer; validator and check errors go back to the
        Quick agent within the same fix budget."""
        previous: frozenset | None = None
        while True:
            findings = await self.verify()
            errors = FixWork(findings=self.errors_by_owner(findings))
            if not errors.owners or self.rounds >= self.run.options.max_rounds \
                    or errors.key() == previous:
                stopped = f"after {plural(self.rounds, 'fix round')}" if self.rounds else ""
                verdict = self.verdict(None, findings, stopped)
                if self.offline:  # no Reviewer: the templates say what they could not build
                    from devora_desktop.agents.templates import read

                    request = self.run.request
                    if unfit := read(request.prompt, shape=request.shape).unfit:
                        verdict.approved, verdict.reasons = False, [*verdict.reasons, unfit]
                return verdict
            previous = errors.key()
            if failed := await self.guarded("fix round", self.fix(errors)):
                return failed

    async def run_to_verdict(self) -> Verdict:
        budget = self.run.options.max_rounds
        previous: frozenset | None = None
        await self.complete()
        while True:
            findings = await self.verify()
            errors = FixWork(findings=self.errors_by_owner(findings))
            if errors.owners and self.rounds < budget and errors.key() != previous:
                previous = errors.key()
                if failed := await self.guarded("fix round", self.fix(errors)):
                    return failed
                continue
            review = await self.guarded("review", self.review())
            if isinstance(review, Verdict):
                return review
            work = FixWork(issues=self.issues_by_owner(review), findings=errors.findings)
            if not work.owners:
                return self.verdict(review, findings)
            if self.rounds >= budget:
                return self.verdict(review, findings, f"after {plural(self.rounds, 'fix round')}")
            if work.key() == previous:
                # its own line under the issues; a second verdict replaced the Reviewer's
                # summary, above the first issue (walk13 #28)
                self.run.emit(AgentNotice(agent="reviewer", level="warning",
                                          message="the same issues came back; stopping here"))
                return self.verdict(review, findings, "the same issues came back")
            previous = work.key()
            if failed := await self.guarded("fix round", self.fix(work)):
                return failed

    async def guarded(self, step: str, work: Awaitable[T]) -> T | Verdict:
        """``work`` (a fix round or a review) as is, unless it fails where losing the run
        would lose a new project that was already written and checked: then the verdict is
        "not approved: the fix round failed: …" and the run keeps what was built as its
        first version, to look at, export or refine (docs/ARCHITECTURE.md, Data flow). A
        refinement rolls back as before (its last version is still there); a Stop is not an
        error and still leaves nothing."""
        try:
            return await work
        except DevoraError as exc:  # parallel() raises one agent's error, not a group
            if self.run.request.project_id or not self.verified or not self.run.gate.written:
                raise
            error = " ".join(str(exc).split())
        verdict = self.verdict(None, self.findings)
        # the way forward is on the agent's own line above, said once
        verdict.reasons.insert(0, f"the {step} failed: {error}")
        verdict.approved, verdict.by_model = False, False
        return verdict

    async def fix(self, work: FixWork) -> None:
        """One fix round: each owner gets its issues and findings and the current text of the
        files they name, and sends back only what it changes."""
        self.rounds += 1
        run = self.run
        plan = self.plan
        jobs: dict = {}
        for owner in work.owners:
            issues, findings = work.issues.get(owner, []), work.findings.get(owner, [])
            paths = {i.path for i in issues} | {f.path for f in findings}
            if not paths:
                paths = {p for p, a in run.gate.written.items() if a == owner}
            ws = run.gate.ws
            current = {p: ws.read_text(p) for p in sorted(paths)
                       if ws.exists(p) and not is_secret_file(p)}  # never in a request
            if owner == "quick":
                qa = QuickAgent(run.env("quick"))
                jobs[owner] = (qa, run.fit(qa, lambda files, qa=qa, f=findings: qa.messages(
                    run.brief, files, run.request.preferences, f), current))
                continue
            assert plan is not None
            fa = FileAgent(owner, run.env(owner), self.mode.value)
            jobs[owner] = (fa, run.fit(fa, lambda files, fa=fa, i=issues, f=findings: fa.messages(
                run.brief, plan, files, i, f), current))
        await run.parallel(jobs, round_=self.rounds)

    async def review(self) -> Review:
        run = self.run
        assert self.plan is not None
        self.reviews += 1
        reviewer = ReviewerAgent(run.env("reviewer"), self.mode.value)
        plan, changed = self.plan, list(run.gate.written)
        # a big codebase (it has a map): what this run changed and what that uses, not all
        only = None if run.repo_map is None else \
            set(changed) | set(run.repo_map.related(changed, limit=8))
        files = await asyncio.to_thread(run.gate.text_files, only)
        assert run.project is not None
        # Opens with the project at a checkpoint: the same prefix turn after turn (cached).
        base = self.review_base = await asyncio.to_thread(
            review_base, run.store, run.gate.ws, run.project.id, files)
        async with agent_span(run.emit, reviewer, self.rounds):
            checks = self.check_lines()
            msgs = run.fit(reviewer, lambda f: reviewer.messages(
                run.brief, plan, f, self.findings, changed=changed, checks=checks,
                base=base), files, changed)
            review = await reviewer.review(msgs)
        run.emit(ReviewVerdict(status=review.status, iteration=self.reviews,
                               summary=review.summary, readable=review.readable,
                               issues=[i.model_dump() for i in review.issues],
                               by_model=not self.offline))
        return review


__all__ = ["CheckRequest", "Checks", "ReviewLoop", "Verdict"]  # the checks seam's names too
