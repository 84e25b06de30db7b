"""The run model says what changed through typed signals, emitted where events are folded:
a view that connects them sees the whole run without reading events itself."""

from __future__ import annotations

import sys

from devora_desktop.agents.events import AgentDelta, RunFinished
from devora_desktop.progress import STEPS, AgentProgress, RunProgress
from tests.agents.test_progress import full_run, started, usage


def record(p: RunProgress) -> list[tuple]:
    seen: list[tuple] = []
    for name in ("run_started", "activity", "step_changed", "agent_changed", "agent_text",
                 "agent_said", "file_started", "file_progress", "file_written",
                 "file_deleted", "cost_changed", "waiting_for_you", "verdict_ready",
                 "version_saved", "ended"):
        getattr(p, name).connect(lambda *args, name=name: seen.append((name, *args)))
    return seen


def test_a_full_run_is_told_by_the_models_signals_alone() -> None:
    p = RunProgress()
    seen = record(p)
    for ev in full_run():
        p.fold(ev)

    names = [s[0] for s in seen]
    assert names[0] == "run_started" and names[-1] == "ended"
    assert names.count("run_started") == 1 and seen[-1] == ("ended", "finished")
    steps = {}
    for _name, step, state in (s for s in seen if s[0] == "step_changed"):
        steps[step] = state
    assert steps == dict.fromkeys(STEPS, "done") == p.steps
    assert [s[1:] for s in seen if s[0] == "file_written"] == [
        ("frontend", "app/page.tsx", "new"), ("backend", "app/api/tasks/route.ts", "changed"),
        ("backend", "README.md", "unchanged")]
    assert [s[1:] for s in seen if s[0] == "file_deleted"] == [("frontend", "old.css")]
    assert [s[1:] for s in seen if s[0] == "file_started"] == [
        ("frontend", "app/page.tsx", 0)]
    streamed = "".join(s[4] for s in seen if s[0] == "file_progress")
    assert streamed == "export default function Page() {\n  return <main/>;\n}\n"
    raw = "".join(s[3] for s in seen if s[0] == "agent_text" and s[1] == "frontend")
    assert raw.startswith("Writing.\n<file path=\"app/page.tsx\">") and raw.endswith("</file>\n")
    assert ("agent_said", "frontend", "warning", "continuing a cut answer") in seen
    assert ("agent_said", "frontend", "refused", "../etc/passwd: leaves the project") in seen
    assert ("verdict_ready", "APPROVE", "Looks good") in seen
    assert ("version_saved", "abc", 2) in seen
    assert [s for s in seen if s[0] == "cost_changed"][-1] == ("cost_changed", 3100, 0.014)
    finals = {s[1].name: s[1].state for s in seen if s[0] == "agent_changed"}
    assert finals == {a.name: a.state for a in p.agents.values()}
    assert all(isinstance(s[1], AgentProgress) for s in seen if s[0] == "agent_changed")
    # the readable steps are the ones fold returns, in order
    replayed = RunProgress()
    returned = [a for ev in full_run() for a in replayed.fold(ev)]
    assert [s[1] for s in seen if s[0] == "activity"] == returned


def test_a_token_sends_its_text_and_nothing_else() -> None:
    p = RunProgress()
    p.fold(started())
    seen = record(p)
    p.fold(AgentDelta(agent="frontend", text="hello"))
    assert seen == [("agent_text", "frontend", 0, "hello")]


def test_a_stream_cut_short_ends_the_run_through_the_same_signals() -> None:
    p = RunProgress()
    p.fold(started())
    seen = record(p)
    acts = p.end()
    assert seen[-1] == ("ended", "interrupted")
    assert [s[1] for s in seen if s[0] == "activity"] == acts
    assert {s[1] for s in seen if s[0] == "step_changed"} == set(STEPS)  # all closed


def test_a_failing_slot_is_reported_and_the_other_views_still_hear_the_run(
        monkeypatch) -> None:
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: reported.append(exc))
    p = RunProgress()
    ended: list[str] = []

    def broken(*_args: object) -> None:
        raise ValueError("a panel's bug")

    p.activity.connect(broken)
    p.ended.connect(ended.append)
    p.fold(started())
    p.fold(RunFinished(usage=usage(10), cost=None, approved=True, files_written=0,
                       files_deleted=0, version_id=None, seconds=1.0))
    assert ended == ["finished"] and p.outcome == "finished"
    assert reported and all(str(e) == "a panel's bug" for e in reported)
