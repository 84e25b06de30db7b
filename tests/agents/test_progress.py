"""RunProgress: every event type and every way a run ends, replay included (no Qt)."""

from __future__ import annotations

import json

import pytest

from devora_desktop.agents.base import LiveFiles
from devora_desktop.agents.events import (
    AgentDelta,
    AgentFailed,
    AgentFinished,
    AgentNotice,
    AgentSkipped,
    AgentStarted,
    CheckFinished,
    CheckOutput,
    CheckStarted,
    FileDeleted,
    FileRejected,
    FileWritten,
    Finding,
    ReviewVerdict,
    RunCancelled,
    RunFailed,
    RunFinished,
    RunStarted,
    ValidationReport,
    VersionCommitted,
)
from devora_desktop.agents.protocol import FileBlockParser, FileOpened, FileText
from devora_desktop.core.models import Usage
from devora_desktop.progress import Activity, RunProgress

PLAN = ('Here is the plan.\n```json\n{"name": "Task Garden", "summary": "s", "files": ['
        '{"path": "app/page.tsx", "owner": "frontend"},'
        '{"path": "app/api/tasks/route.ts", "owner": "backend"},'
        '{"path": "supabase/migrations/001.sql", "owner": "database"}]}\n```')


def started(agents=("architect", "frontend", "backend", "database", "reviewer"),
            provider: str = "offline") -> RunStarted:
    return RunStarted(run_id="r1", project_id="p1", project_name="Task Garden",
                      mode="fullstack", provider=provider, provider_label="Offline templates",
                      model="templates", agents=list(agents), estimate_usd=0.012)


def usage(tokens: int, cost: float | None = 0.001) -> Usage:
    return Usage(prompt_tokens=tokens // 2, completion_tokens=tokens - tokens // 2,
                 cost_usd=cost)


def fold_all(progress: RunProgress, events) -> list[Activity]:
    out: list[Activity] = []
    for ev in events:
        out += progress.fold(ev)
    return out


class Streams:
    """What the engine emits for chunks of code agents' answers (agents/base.py): each
    AgentDelta, then the file events the protocol parser reads from it, per worker."""

    def __init__(self) -> None:
        self.readers: dict[tuple[str, int], tuple[FileBlockParser, LiveFiles]] = {}

    def __call__(self, agent: str, text: str, worker: int = 0, t: float = 0.0) -> list:
        parser, live = self.readers.setdefault((agent, worker),
                                               (FileBlockParser(), LiveFiles(agent, worker)))
        return [AgentDelta(agent=agent, text=text, worker=worker, t=t),
                *[live.event(i).model_copy(update={"t": t}) for i in parser.feed(text)
                  if isinstance(i, FileOpened | FileText)]]


def texts(acts: list[Activity]) -> list[str]:
    return [a.text for a in acts]


def full_run() -> list:
    page = "export default function Page() {\n  return <main/>;\n}\n"
    stream = Streams()
    return [
        started(),
        AgentStarted(agent="architect", model="m", t=0.1),
        *[AgentDelta(agent="architect", text=PLAN[i:i + 7]) for i in range(0, len(PLAN), 7)],
        AgentFinished(agent="architect", usage=usage(800), seconds=1.0, t=1.1),
        AgentSkipped(agent="database", reason="the plan gives it no files"),
        AgentStarted(agent="frontend", model="m", t=1.2),
        *stream("frontend", 'Writing.\n<file pa'),
        *stream("frontend", 'th="app/page.tsx">\n' + page[:20]),
        *stream("frontend", page[20:] + "</fi"),
        *stream("frontend", "le>\n"),
        AgentNotice(agent="frontend", message="continuing a cut answer", level="warning"),
        FileWritten(agent="frontend", path="app/page.tsx", size=len(page)),
        FileRejected(agent="frontend", path="../etc/passwd", reason="leaves the project"),
        FileDeleted(agent="frontend", path="old.css"),
        AgentFinished(agent="frontend", usage=usage(1400), seconds=2.0,
                      files=["app/page.tsx"], t=3.2),
        AgentStarted(agent="backend", model="m", t=1.3),
        FileWritten(agent="backend", path="app/api/tasks/route.ts", size=10, change="changed"),
        FileWritten(agent="backend", path="README.md", size=10, change="unchanged"),
        AgentFinished(agent="backend", usage=usage(600, None), seconds=1.5, t=2.8),
        ValidationReport(findings=[Finding(path="app/page.tsx", line=2, check="syntax",
                                           message="missing semicolon", severity="warning")],
                         files_checked=2),
        CheckStarted(check="npm-build", tool="npm", command="npm run build"),
        CheckOutput(check="npm-build", lines=["compiling"]),
        CheckFinished(check="npm-build", tool="npm", status="failed", exit_code=1, seconds=9.0,
                      findings=[Finding(path="app/page.tsx", line=14, check="npm-build",
                                        tool="npm", message="Type error")]),
        CheckFinished(check="web-load", tool="chromium", status="skipped",
                      skipped_reason="no browser"),
        AgentStarted(agent="reviewer", model="m", t=4.0),
        AgentFinished(agent="reviewer", usage=usage(300), seconds=0.5, t=4.5),
        ReviewVerdict(status="APPROVE", iteration=1, summary="Looks good"),
        VersionCommitted(version_id="abc", number=2, message="tasks"),
        RunFinished(usage=usage(3100), cost=0.014, approved=True, files_written=2,
                    files_deleted=1, version_id="abc", seconds=9.8, t=9.8),
    ]


def test_a_full_run_folds_into_state_and_readable_steps() -> None:
    p = RunProgress()
    acts = fold_all(p, full_run())
    lines = texts(acts)
    assert lines[0] == "Building a new project with Offline templates (estimate ~$0.012)"
    assert "Architect planned 3 files for Frontend, Backend and Database in 1.0 s" in lines
    assert "Frontend is writing app/page.tsx" in lines
    assert "Frontend: continuing a cut answer" in lines
    assert "Refused ../etc/passwd from Frontend: leaves the project" in lines
    assert "Frontend deleted old.css" in lines
    assert "Frontend wrote 1 file in 2.0 s" in lines
    assert "Validators: app/page.tsx:2: missing semicolon" in lines
    # what a check found out, in words; its name and tool are the line's details
    assert "Building the project" in lines
    build = next(a for a in acts if a.text == "The project does not build")
    assert build.detail == "npm-build check · npm · exit code 1"
    assert "Build: app/page.tsx:14: Type error" in lines
    assert "Not checked whether the page loads: no browser" in lines
    # walk25 #20: the build still fails as the Reviewer approves: no green tick on its line
    review = [a for a in acts if a.kind == "review"][-1]
    assert (review.text, review.level) == (
        "Reviewer approved the code: Looks good, but the project does not build", "info")
    assert "Saved as version v2" in lines
    assert lines[-1].startswith("3 files changed · approved · 2 findings · $0.0140 · 3,100 tok")
    finding = next(a for a in acts if a.text.endswith("Type error"))
    assert (finding.path, finding.line, finding.level) == ("app/page.tsx", 14, "error")

    assert p.outcome == "finished" and not p.running
    assert {n: a.state for n, a in p.agents.items()} == {
        "architect": "done", "frontend": "done", "backend": "done", "database": "skipped",
        "reviewer": "done"}
    fe = p.agents["frontend"]
    assert fe.tokens == 1400 and fe.cost == pytest.approx(0.001) and fe.seconds == 2.0
    assert fe.files == ["app/page.tsx"] and fe.note == "continuing a cut answer"
    assert p.agents["backend"].cost is None
    assert p.planned == [("app/page.tsx", "frontend"), ("app/api/tasks/route.ts", "backend"),
                         ("supabase/migrations/001.sql", "database")]
    assert p.changes == {"app/page.tsx": "new", "app/api/tasks/route.ts": "changed",
                         "old.css": "deleted"}
    assert p.changes_by_kind() == {"new": ["app/page.tsx"],
                                   "changed": ["app/api/tasks/route.ts"], "deleted": ["old.css"]}
    assert p.rejected == [("../etc/passwd", "leaves the project")]
    assert [f.line for f in p.findings] == [2, 14]
    assert p.checks == {"npm-build": "failed", "web-load": "skipped"}
    assert p.verdict == "APPROVE" and p.approved is True
    assert (p.version_number, p.version_id) == (2, "abc")
    assert p.tokens == 3100 and p.cost == 0.014 and p.seconds == 9.8
    assert all(s == "done" for s in p.steps.values())


def test_the_file_being_written_is_followed_across_split_tags() -> None:
    p, stream = RunProgress(), Streams()
    fold_all(p, [started(provider="openrouter"),  # a model: its live tokens are estimated
                 AgentStarted(agent="frontend", model="m", t=0.0)])
    fold_all(p, [*stream("frontend", "<fi"),
                 *stream("frontend", "le path='a.js'>\nl1\nl2\n"),
                 *stream("frontend", "l3\n</")])
    a = p.agents["frontend"]
    assert (a.current_file, a.current_lines) == ("a.js", 3)
    assert a.writing() == ("a.js", 3, "l1\nl2\nl3\n")
    assert a.live_tokens > 0 and p.tokens == a.live_tokens
    fold_all(p, stream("frontend", "file>\n<file path=\"b.js\">\nx\n"))
    assert (a.current_file, a.current_lines) == ("b.js", 1)
    fold_all(p, [*stream("frontend", '</file>\n<file path="c.js">'),
                 *stream("frontend", "\nfirst\n")])
    assert a.writing()[2] == "first\n"
    fold_all(p, [FileWritten(agent="frontend", path="c.js", size=6)])
    assert a.writing() == (None, 0, "")  # on disk: nobody is writing it any more
    assert p.steps["Build"] == "active" and p.steps["Plan"] == "skipped"


def test_a_fix_round_and_iterate_verdict() -> None:
    p = RunProgress()
    acts = fold_all(p, [
        started(["frontend", "reviewer"]),
        AgentStarted(agent="frontend", model="m"),
        AgentFinished(agent="frontend", usage=usage(10), seconds=1),
        AgentStarted(agent="reviewer", model="m"),
        ReviewVerdict(status="ITERATE", iteration=1, summary="fix it",
                      issues=[{"path": "a.js", "agent": "frontend", "problem": "broken"}]),
        AgentStarted(agent="frontend", model="m", round=1),
    ])
    assert "Reviewer asked for changes: fix it" in texts(acts)
    assert "a.js: broken" in texts(acts)
    assert "Frontend is writing (fix round 1)" in texts(acts)
    assert p.steps["Build"] == "active" and p.steps["Review"] == "pending"
    assert p.steps["Check"] == "skipped"  # no checks ran before the review


@pytest.mark.parametrize(("terminal", "outcome", "streaming_to", "waiting_to", "step"), [
    (RunFinished(usage=Usage(), approved=False), "finished", "done", "skipped", "done"),
    (RunFailed(error="provider said no"), "failed", "failed", "cancelled", "failed"),
    (RunCancelled(), "cancelled", "cancelled", "cancelled", "stopped"),
])
def test_every_terminal_event_closes_every_agent(terminal, outcome, streaming_to, waiting_to,
                                                 step) -> None:
    p = RunProgress()
    fold_all(p, [started(), AgentStarted(agent="architect", model="m"),
                 AgentFinished(agent="architect", usage=usage(5), seconds=1),
                 AgentStarted(agent="frontend", model="m", t=1.0),
                 *Streams()("frontend", '<file path="a.js">\nx\n', t=2.0)])
    assert p.agents["frontend"].current_file == "a.js"
    acts = p.fold(terminal.model_copy(update={"t": 3.0}))
    assert p.outcome == outcome and not p.running
    assert p.agents["frontend"].state == streaming_to
    assert p.agents["frontend"].current_file is None
    assert p.agents["frontend"].seconds == pytest.approx(2.0)
    assert p.agents["backend"].state == waiting_to
    assert p.agents["architect"].state == "done"
    assert all(a.final for a in p.agents.values())
    assert p.steps["Build"] == step and p.steps["Save"] == "skipped"
    assert acts[-1].key == "run"
    assert p.end() == []  # already closed


def test_failure_text_says_the_project_is_unchanged_and_when_to_retry() -> None:
    from datetime import UTC, datetime

    p = RunProgress()
    p.fold(started().model_copy(update={"refinement": True}))  # a project that stays
    when = datetime(2026, 11, 27, 9, 30, 5, tzinfo=UTC)
    acts = p.fold(RunFailed(error="rate-limited by OpenRouter", retryable=True, retry_at=when))
    local = when.astimezone().strftime("%H:%M:%S")
    assert acts[0].text == ("Run failed: rate-limited by OpenRouter. The project is "
                            f"unchanged. You can run it again from {local}.")
    assert p.retryable and p.retry_at == when


def test_agent_failure() -> None:
    p = RunProgress()
    acts = fold_all(p, [started(), AgentStarted(agent="backend", model="m", t=1.0),
                        AgentFailed(agent="backend", error="timed out", t=4.0)])
    assert texts(acts)[-1] == "Backend failed: timed out"
    b = p.agents["backend"]
    assert (b.state, b.error, b.seconds) == ("failed", "timed out", 3.0)


def test_replay_of_a_log_cut_short_ends_with_every_agent_closed() -> None:
    events = full_run()
    cut = next(i for i, e in enumerate(events) if e.type == "file_written")
    log = [json.loads(e.model_dump_json()) for e in events[:cut]]
    log.append({"type": "something_new", "t": 1.5, "agent": "frontend"})  # a newer app's event
    log.append({"type": "agent_delta"})  # a damaged entry
    p, acts = RunProgress.replay(log)
    assert p.outcome == "interrupted"
    assert p.agents["frontend"].state == "cancelled"
    assert p.agents["reviewer"].state == "cancelled"
    assert p.agents["architect"].state == "done"
    assert not any(a.state in ("streaming", "waiting") for a in p.agents.values())
    assert acts[-1].text.startswith("Run interrupted")
    assert p.steps["Build"] == "stopped" and p.steps["Review"] == "skipped"


def test_replay_of_a_finished_log_matches_the_live_fold() -> None:
    live = RunProgress()
    live_acts = fold_all(live, full_run())
    p, acts = RunProgress.replay(json.loads(e.model_dump_json()) for e in full_run())
    assert texts(acts) == texts(live_acts)
    assert p.changes == live.changes and p.outcome == "finished"


def test_unknown_events_are_ignored() -> None:
    p = RunProgress()

    class Other:
        type = "telemetry"
        t = 1.0

    assert p.fold(Other()) == [] and p.fold(object()) == []
    assert p.end() == []  # no run yet: nothing to close


def test_a_new_file_then_deleted_is_no_change() -> None:
    p = RunProgress()
    fold_all(p, [started(), FileWritten(agent="frontend", path="a.js", size=1),
                 FileDeleted(agent="frontend", path="a.js"),
                 FileDeleted(agent="frontend", path="b.js"),
                 FileWritten(agent="frontend", path="b.js", size=1)])
    assert p.changes == {"b.js": "changed"}


def test_the_summary_of_a_stopped_run() -> None:
    p = RunProgress()
    fold_all(p, [started().model_copy(update={"refinement": True}),
                 RunCancelled(reason="stopped by the user")])
    assert p.summary() == "Run stopped by the user. The project is unchanged."
    # a new project's first run: there is no project left to be unchanged (walk5 #21)
    p = RunProgress()
    fold_all(p, [started(), RunCancelled(reason="stopped by the user")])
    assert p.summary() == "Run stopped by the user. Nothing was kept of the new project."


def test_the_engine_verdict_findings_and_fix_rounds_of_a_finished_run() -> None:
    p = RunProgress()
    last = Finding(path="app/page.tsx", line=3, check="npm-build", message="still broken")
    acts = fold_all(p, [
        started(),
        ValidationReport(findings=[Finding(path="a.js", check="syntax", message="old")]),
        ReviewVerdict(status="ITERATE", iteration=1, readable=False),
        RunFinished(usage=usage(10), approved=False, seconds=2.0, fix_rounds=2,
                    verdict="not approved: npm-build fails", findings=[last],
                    checks_skipped=["web-load"]),
    ])
    assert ("The Reviewer's answer could not be read twice, so the run is not approved: "
            "run it again or choose another Reviewer model in Settings › Agents") in texts(acts)
    assert p.findings == [last]
    # no version was saved (no VersionCommitted): "0 files changed" read as a version
    assert p.summary().startswith("No file changed: no new version (describe the change "
                                  "another way) · not approved: npm-build fails · "
                                  "2 fix rounds · 1 finding")
    assert p.checks_skipped == ["web-load"]


def test_the_estimate_says_what_fixes_may_add() -> None:
    p = RunProgress()
    ev = started().model_copy(update={"estimate_fix_usd": 0.02})
    assert p.fold(ev)[0].text == ("Building a new project with Offline templates (estimate "
                                  "~$0.012, up to $0.020 more if fixes are needed)")


def test_workers_of_one_agent_are_followed_apart() -> None:
    """An agent that runs as several workers streams their texts interleaved."""
    p = RunProgress()
    fold_all(p, [started(), AgentStarted(agent="frontend", model="m")])
    stream = Streams()
    acts = fold_all(p, [
        *stream("frontend", '<file path="a.tsx">\nA1\n', worker=1),
        *stream("frontend", '<file path="b.css">\nB1\n', worker=2),
        *stream("frontend", "A2\n", worker=1),
        *stream("frontend", "B2\nB3\n", worker=2),
    ])
    a = p.agents["frontend"]
    assert a.writing(1) == ("a.tsx", 2, "A1\nA2\n")
    assert a.writing(2) == ("b.css", 3, "B1\nB2\nB3\n")
    assert a.current_file == "b.css"  # the latest worker to speak
    assert [(x.path, x.worker) for x in acts] == [("a.tsx", 1), ("b.css", 2)]
    p.fold(RunCancelled())
    assert a.writing(1) == (None, 0, "") and a.current_file is None


def test_the_writing_note_names_every_file_still_streaming_and_none_that_landed() -> None:
    """Several workers of one agent share one feed line: it said "writing README.md · 0
    lines" after README.md had landed while another worker streamed app.js."""
    p = RunProgress()
    fold_all(p, [started(), AgentStarted(agent="frontend", model="m")])
    stream = Streams()
    fold_all(p, [*stream("frontend", '<file path="app.js">\nA1\nA2\n', worker=2),
                 *stream("frontend", '<file path="README.md">\n', worker=1)])
    a = p.agents["frontend"]
    assert a.writing_note() == "writing README.md, app.js · 2 lines"
    fold_all(p, [FileWritten(agent="frontend", path="README.md", size=1)])
    assert a.writing_note() == "writing app.js · 2 lines"
    fold_all(p, [*stream("frontend", "A3\n", worker=2),
                 FileWritten(agent="frontend", path="app.js", size=9)])
    assert a.writing_note() == ""  # between files: nothing is being written


def test_a_stopped_or_failed_run_keeps_how_long_it_ran() -> None:
    """Only RunFinished carries seconds: the window's 'last run 0.0 s' after Esc or a
    failure that had retried for ten seconds. The event clock knows the run's length."""
    from devora_desktop.agents.events import RunCancelled, RunFailed

    for end in (RunCancelled(t=2.5), RunFailed(t=2.5, error="could not reach the server")):
        p = RunProgress()
        p.fold(end)
        assert p.seconds == 2.5



def test_a_runs_time_is_its_own_work_and_the_waits_are_said_apart() -> None:
    """The run's duration counted the minutes it stood at the checks question; a question
    still open when the run is stopped counts as waited up to the stop."""
    from devora_desktop.agents.events import WaitingForYou, YouAnswered

    p = RunProgress()
    fold_all(p, [started(), WaitingForYou(t=1.0, question="may checks run?"),
                 YouAnswered(t=31.0, answer=True), RunFinished(t=33.0, seconds=33.0,
                                                               usage=usage(100))])
    assert (p.seconds, p.waited) == (3.0, 30.0)
    assert p.summary().endswith(" · 3.0 s · 30.0 s waiting for you")
    p = RunProgress()
    fold_all(p, [started(), WaitingForYou(t=1.0, question="may checks run?"),
                 RunCancelled(t=5.0, reason="stopped")])
    assert (p.seconds, p.waited) == (1.0, 4.0)


def test_a_check_runs_with_a_spinner_says_a_long_time_and_a_no_is_said_once() -> None:
    """walk4: "Installing the packages" ran for minutes under an info mark and ended "The
    packages install"; after "Not for this project" the feed said "You chose not to run
    checks" and then "Checks skipped: you chose not to run checks"."""
    from devora_desktop.agents.events import WaitingForYou, YouAnswered

    p = RunProgress()
    fold_all(p, [started()])
    [running] = p.fold(CheckStarted(check="npm-install", tool="npm", command="npm install"))
    assert (running.text, running.level) == ("Installing the packages", "active")
    [done] = p.fold(CheckFinished(check="npm-install", tool="npm", status="passed",
                                  seconds=37.2))
    assert (done.text, done.level) == ("Packages installed · 37 s", "ok")
    [quick] = p.fold(CheckFinished(check="python-compile", tool="python", status="passed",
                                   seconds=0.4))
    assert quick.text == "The Python code compiles"
    acts = fold_all(p, [WaitingForYou(question="may checks run?"),
                        YouAnswered(answer=False, text="You chose not to run checks for this "
                                                       "project"),
                        CheckFinished(check="checks", tool="none", status="skipped",
                                      skipped_reason="you chose not to run checks for this "
                                                     "project")])
    assert [a.text for a in acts][1:] == ["You chose not to run checks for this project"]

@pytest.mark.parametrize("answer", [
    '<dyad-write path="src/app.js">\nconst a = 1;\nconst b = 2;\n',
    '<boltAction type="file" filePath="src/app.js">\nconst a = 1;\nconst b = 2;\n',
    "<write_to_file>\n<path>src/app.js</path>\n<content>\nconst a = 1;\nconst b = 2;\n",
    "Here it is.\n\n`src/app.js`\n```js\nconst a = 1;\nconst b = 2;\n",
    "```js src/app.js\nconst a = 1;\nconst b = 2;\n",
    '<file path="src/app.js">\n```js\nconst a = 1;\nconst b = 2;\n',
], ids=["dyad", "bolt", "cline", "header-fence", "info-fence", "fence-in-tag"])
def test_every_block_format_the_engine_accepts_is_followed_live(answer: str) -> None:
    """One grammar: the live "writing" line and viewer read what the engine writes, so a
    model that answers in another tool's format is followed too (the view model's own
    scanner knew only <file path=...>)."""
    p, stream = RunProgress(), Streams()
    fold_all(p, [started(), AgentStarted(agent="frontend", model="m")])
    acts = fold_all(p, [e for i in range(0, len(answer), 5)
                        for e in stream("frontend", answer[i:i + 5])])
    assert p.agents["frontend"].writing() == ("src/app.js", 2, "const a = 1;\nconst b = 2;\n")
    assert "Frontend is writing src/app.js" in texts(acts)


def test_an_offline_review_is_never_called_a_reviewers_approval() -> None:
    from devora_desktop.agents.events import ReviewVerdict

    progress = RunProgress()
    ok = progress.fold(ReviewVerdict(status="APPROVE", iteration=1, summary="", by_model=False))
    assert "Reviewer approved" not in ok[0].text and "validators only" in ok[0].text
    said = "Offline templates built a tracker for roommates; they can't build an expense splitter"
    unfit = progress.fold(ReviewVerdict(status="ITERATE", iteration=1, summary=said,
                                        by_model=False))
    # the feed says no AI reviewed it; what was not built is the verdict's, said once
    assert said not in unfit[0].text and unfit[0].level == "warning"
    assert "No AI review" in unfit[0].text


def test_every_run_event_class_has_its_fold() -> None:
    """Dispatch is by class: a new RunEvent without a fold in RunProgress fails here."""
    from typing import get_args

    from devora_desktop.agents.events import RunEvent
    from devora_desktop.progress import _handlers

    assert set(get_args(get_args(RunEvent)[0])) == set(_handlers())


def test_an_event_table_gives_each_class_its_handler_and_none_to_the_rest() -> None:
    """The front ends' one dispatch (by_event_class): a tuple of classes shares a handler,
    a class the table does not name gets None, and a subclass is not its parent."""
    from devora_desktop.agents import events as e
    from devora_desktop.progress import by_event_class

    table = by_event_class(lambda ev: {ev.TERMINAL: "ended", ev.FileWritten: "written"})
    assert {cls: table().get(cls) for cls in (*e.TERMINAL, e.FileWritten, e.FileDeleted)} == {
        e.RunFinished: "ended", e.RunFailed: "ended", e.RunCancelled: "ended",
        e.FileWritten: "written", e.FileDeleted: None}

    class Newer(e.FileWritten):
        pass

    assert table().get(Newer) is None
    assert table() is table()  # built once


def test_offline_templates_count_no_tokens_while_they_write() -> None:
    """No model, no tokens: the live total read "12,541 tok" and then "0 tok" at the end."""
    p, stream = RunProgress(), Streams()
    fold_all(p, [started(), AgentStarted(agent="frontend", model="templates", t=0.0),
                 *stream("frontend", '<file path="app.js">\n' + "const streak = 1;\n" * 500)])
    assert p.agents["frontend"].current_lines == 500
    assert p.tokens == 0


def test_a_path_refused_by_several_workers_reads_as_one_line() -> None:
    """Five workers of a sharded Frontend each tried the same unplanned about.html: the feed
    said "Refused about.html …" five times. Repeats replace one line (its key)."""
    from devora_desktop.agents.events import FileRejected

    model = RunProgress()
    refused = FileRejected(agent="frontend", path="about.html", reason="not in the plan")
    acts = [a for _ in range(5) for a in model.fold(refused.model_copy())]
    assert len(acts) == 5 and len({a.key for a in acts}) == 1
    assert acts[0].text == "Refused about.html from Frontend: not in the plan"
    other = model.fold(FileRejected(agent="frontend", path="TypeError", reason="x"))
    assert other[0].key != acts[0].key


def test_a_check_that_passes_in_a_fix_round_is_said_below_the_failure_it_fixed() -> None:
    """walk10: a fix round's web-load pass rewrote the first run's line in place, so the
    feed read "The page loads without errors" right above the red error it had found, and
    nothing said the error was fixed."""
    from devora_desktop.core.models import Finding

    p = RunProgress()
    fold_all(p, [started()])
    error = Finding(path="index.html", line=55, check="web-load",
                    message="uncaught exception: showLongest is not defined")
    first = fold_all(p, [CheckStarted(check="web-load", tool="qtwebengine"),
                         CheckFinished(check="web-load", tool="qtwebengine", status="failed",
                                       findings=[error])])
    again = fold_all(p, [CheckStarted(check="web-load", tool="qtwebengine"),
                         CheckFinished(check="web-load", tool="qtwebengine", status="passed",
                                       seconds=1.0)])
    feed: dict[str, str] = {}  # a feed: a keyed line replaces its earlier line, in place
    order: list[str] = []
    for i, act in enumerate(first + again):
        key = act.key or f"line{i}"
        if key not in feed:
            order.append(key)
        feed[key] = act.text
    assert [feed[k] for k in order] == [
        "The page shows errors when it loads",
        "Page: index.html:55: uncaught exception: showLongest is not defined",
        "The page loads without errors now, after the fix"]


def test_the_plan_is_said_done_before_the_architects_note_on_it() -> None:
    """walk12 #12 d: a refinement's Architect said its plan's estimate while its call still
    streamed; the budget then stopped the run and the feed read "Architect stopped
    planning the files" above "Architect: 2 files to write: estimate ~$0.009 from here".
    Once a plan is known, its line says so before any note on it."""
    p = RunProgress()
    acts = fold_all(p, [
        started(("architect", "frontend", "reviewer")),
        AgentStarted(agent="architect", model="m", t=0.1),
        *[AgentDelta(agent="architect", text=PLAN[i:i + 7]) for i in range(0, len(PLAN), 7)],
        AgentNotice(agent="architect", message="3 files to write: estimate ~$0.009 from here"),
    ])
    keyed = [a for a in acts if a.key == "agent:architect"]
    assert keyed[-1].text.startswith("Architect planned 3 files") and keyed[-1].level == "ok"
    assert acts.index(keyed[-1]) < next(i for i, a in enumerate(acts) if "to write" in a.text)


def test_a_fix_rounds_writing_gets_a_line_below_what_sent_it_back() -> None:
    """walk13 #8: during a fix round the first round's line ("Frontend wrote 1 file") turned
    back into "Frontend is writing index.html" above the errors it was fixing, and at the
    end said the first write's time. The fix round's work is a line of its own, below."""
    p = RunProgress()
    acts = fold_all(p, [
        started(("architect", "frontend", "reviewer")),
        AgentStarted(agent="frontend", model="m", t=0.1),
        AgentFinished(agent="frontend", usage=usage(100), seconds=9.0, files=["index.html"]),
        AgentStarted(agent="frontend", model="m", t=10.0, round=1),
        AgentFinished(agent="frontend", usage=usage(100), seconds=2.0, files=["index.html"],
                      round=1),
    ])
    first = [a for a in acts if a.agent == "frontend" and a.key == acts[1].key]
    fixing = [a for a in acts if a.agent == "frontend" and a.key != first[0].key]
    assert first[-1].text.startswith("Frontend wrote 1 file in 9.0 s")
    assert fixing[0].text == "Frontend is writing (fix round 1)"
    assert fixing[-1].text.startswith("Frontend wrote 1 file in 2.0 s")


def test_a_second_review_and_its_stop_come_below_the_first_reviews_issues() -> None:
    """walk13 #28: every review row shared one key, so review 2 and the "same issues" stop
    overwrote review 1's row, above its issues, and the Reviewer's summary was lost."""
    p = RunProgress()
    issue = {"path": "index.html", "agent": "frontend", "problem": "No weekly rotation"}
    acts = fold_all(p, [
        started(),
        AgentStarted(agent="reviewer", model="m"),
        ReviewVerdict(status="ITERATE", iteration=1, summary="Chores don't rotate.",
                      issues=[issue]),
        AgentStarted(agent="frontend", model="m", round=1),
        AgentStarted(agent="reviewer", model="m"),
        ReviewVerdict(status="ITERATE", iteration=2, summary="Still no rotation.",
                      issues=[issue, {"path": "", "problem": ""}]),
        AgentNotice(agent="reviewer", level="warning",
                    message="the same issues came back; stopping here"),
    ])
    rows: list[Activity] = []  # the feed: a keyed row is replaced where it stands
    for a in acts:
        at = next((i for i, r in enumerate(rows) if a.key and r.key == a.key), None)
        rows[at if at is not None else len(rows):at + 1 if at is not None else len(rows)] = [a]
    assert texts(rows)[1:] == [
        "Reviewer asked for changes: Chores don't rotate.", "index.html: No weekly rotation",
        "Frontend is writing (fix round 1)",
        "Reviewer asked for changes: Still no rotation.", "index.html: No weekly rotation",
        "(no description given)",
        "Reviewer: the same issues came back; stopping here"]


def test_an_estimate_is_measured_against_the_budget_per_run() -> None:
    """walk13 #29: the line above the prompt says when a run will not fit its budget."""
    from devora_desktop.progress import over_budget_words

    assert over_budget_words(0.007, 0.01, 0.002) == (
        "over your $0.002 budget per run: raise it in Settings › Runs")
    assert over_budget_words(0.007, 0.01, 0.01) == (
        "fixes may go over your $0.01 budget per run (Settings › Runs)")
    assert over_budget_words(0.007, 0.01, None) == over_budget_words(0.007, 0.01, 5.0) == ""


def test_the_reviewer_line_is_green_only_when_no_check_still_fails() -> None:
    """walk25 #20: ✓ "Reviewer approved" sat above ⚠ "not approved: 1 error" when the page's
    error outlived the fix rounds; an approval after the check passed again stays green."""
    def review_after(*statuses: str) -> Activity:
        p = RunProgress()
        for status in statuses:
            p.fold(CheckStarted(check="web-load", tool="chromium"))
            p.fold(CheckFinished(check="web-load", tool="chromium", status=status, findings=[
                Finding(path="app.js", line=3, check="web-load", message="x is not defined")]
                if status == "failed" else []))
        [line] = p.fold(ReviewVerdict(status="APPROVE", iteration=1, summary="Tasks work"))
        return line

    fixed, remains = review_after("failed", "passed"), review_after("failed", "failed")
    assert (fixed.text, fixed.level) == ("Reviewer approved: Tasks work", "ok")
    assert (remains.text, remains.level) == (
        "Reviewer approved the code: Tasks work, but the page shows errors when it loads", "info")
