"""A new project's run that fails after its files were written and checked keeps what was
built as a version marked not approved (a fix round or a review that fails: a model that
answers in prose, stops answering, or the run's cap); a run that never got that far, a Stop,
or a refinement (its last version is still there) leaves the project as it was."""

from __future__ import annotations

import asyncio

from devora_desktop.agents.events import AgentFailed, RunFailed, RunFinished, VersionCommitted
from devora_desktop.core.models import Mode, RunStatus
from tests.agents.conftest import block, iterate, of
from tests.agents.test_orchestrator import PAGE, script_fullstack
from tests.waiting import until

PROSE = "I would build a lovely page with React and a nice header."


async def test_a_failed_fix_round_keeps_the_new_project_not_approved(engine, fake_llm,
                                                                      ctx) -> None:
    script_fullstack(fake_llm, frontend=[PAGE, PROSE], reviewer=iterate("no heading"))
    events = await engine()
    assert fake_llm.calls["frontend"] == 3  # the build, the fix round, its one re-ask
    assert not of(events, "run_failed")
    [failed] = [e for e in events if isinstance(e, AgentFailed)]
    assert "(try a stronger model in Settings)" in failed.error  # no command line
    done = events[-1]
    assert isinstance(done, RunFinished) and not done.approved
    assert done.verdict.startswith("not approved: the fix round failed: the frontend agent "
                                   "answered in prose without any file")
    assert "Settings" not in done.verdict  # the way forward is on the agent's line, once
    assert done.files_written == 3 and done.fix_rounds == 1
    [version] = [e for e in events if isinstance(e, VersionCommitted)]
    assert version.number == 1
    project = ctx.store.projects.get(events[0].project_id)
    assert project.name == "Task Garden"  # listed under its name, like any project
    ws = ctx.store.workspace(project.id)
    assert ws.read_text("app/page.tsx").startswith("export default function Page()")
    assert ws.read_text("app/api/tasks/route.ts").startswith("export async function GET")
    [record] = ctx.store.runs.list(project_id=project.id)
    assert record.status == RunStatus.NOT_APPROVED and record.version_id == version.version_id
    assert record.usage.total_tokens > 0  # what was paid for is on the record
    assert "the fix round failed" in record.review["verdict"]


async def test_a_review_that_fails_keeps_the_new_project(engine, fake_llm, ctx) -> None:
    script_fullstack(fake_llm, reviewer={"status": 400, "message": "model overloaded"})
    events = await engine()
    done = events[-1]
    assert isinstance(done, RunFinished) and not done.approved
    assert done.verdict.startswith("not approved: the review failed: ")
    assert "model overloaded" in done.verdict
    assert [p.id for p in ctx.store.projects.list()] == [events[0].project_id]


async def test_quick_mode_keeps_its_checked_file_when_the_fix_fails(engine, fake_llm,
                                                                    ctx) -> None:
    broken = block("app.js", "function (\n")  # a syntax error: a fix round
    fake_llm.set("quick", [broken, PROSE])
    events = await engine(mode=Mode.QUICK)
    done = events[-1]
    assert isinstance(done, RunFinished) and not done.approved
    assert "the fix round failed" in done.verdict
    assert "syntax errors" in done.verdict  # what the checks found is still said
    ws = ctx.store.workspace(events[0].project_id)
    assert ws.read_text("app.js").strip() == "function ("


async def test_a_failure_before_anything_was_checked_still_keeps_nothing(engine, fake_llm,
                                                                         ctx) -> None:
    script_fullstack(fake_llm, frontend=PROSE)  # the build itself fails
    events = await engine()
    assert isinstance(events[-1], RunFailed)
    assert ctx.store.projects.list() == []


async def test_a_refinement_whose_fix_round_fails_rolls_back(engine, fake_llm, ctx) -> None:
    script_fullstack(fake_llm)
    first = await engine()
    pid = first[0].project_id
    ws = ctx.store.workspace(pid)
    before = ws.snapshot()
    fake_llm.calls.clear()
    script_fullstack(fake_llm, frontend=[block("app/page.tsx", "export default 1;"), PROSE],
                     reviewer=iterate("no heading"))
    events = await engine("change the page", project_id=pid)
    assert isinstance(events[-1], RunFailed)
    assert ws.snapshot() == before and len(ws.history()) == 1


async def test_a_stop_during_the_fix_round_keeps_nothing(engine, fake_llm, ctx) -> None:
    slow = {"text": PROSE * 40, "latency": 0.01}
    script_fullstack(fake_llm, frontend=[PAGE, slow], reviewer=iterate("no heading"))
    runs: list = []
    task = asyncio.create_task(engine(collect_run=runs))
    await until(lambda: runs and any(e.get("round") == 1 and e["type"] == "agent_started"
                                     for e in runs[0].log), "no fix round", step=0.005)
    runs[0].cancel()
    events = await asyncio.wait_for(task, 10)
    assert events[-1].type == "run_cancelled"
    assert ctx.store.projects.list() == []
    assert await asyncio.to_thread(fake_llm.wait_idle, 3.0)

