from __future__ import annotations

import asyncio
import json

import pytest

from devora_desktop.agents.orchestrator import EngineOptions
from devora_desktop.core.models import Mode, RunStatus
from tests.agents.conftest import APPROVE, FAST, block, iterate, of, plan, types
from tests.waiting import until

FULL_PLAN = plan(("app/page.tsx", "frontend"), ("app/api/tasks/route.ts", "backend"),
                 ("supabase/migrations/001_tasks.sql", "database"))
PAGE = block("app/page.tsx", "export default function Page() { return <main>Tasks</main>; }")
ROUTE = block("app/api/tasks/route.ts", "export async function GET() { return Response.json([]); }")
SQL = block("supabase/migrations/001_tasks.sql",
            "create table tasks (id uuid primary key, owner uuid not null default auth.uid());"
            "\nalter table tasks enable row level security;"
            '\ncreate policy "own" on tasks for all using (auth.uid() = owner);')


def script_fullstack(fake, **over) -> None:
    fake.set("architect", over.get("architect", FULL_PLAN))
    fake.set("frontend", over.get("frontend", PAGE))
    fake.set("backend", over.get("backend", ROUTE))
    fake.set("database", over.get("database", SQL))
    fake.set("reviewer", over.get("reviewer", APPROVE))


async def test_fullstack_run_end_to_end(engine, fake_llm, ctx) -> None:
    script_fullstack(fake_llm)
    events = await engine()
    assert types(events)[0] == "run_started" and types(events)[-1] == "run_finished"
    written = {e.path for e in of(events, "file_written")}
    assert written == {"app/page.tsx", "app/api/tasks/route.ts",
                       "supabase/migrations/001_tasks.sql"}
    for agent in ("architect", "frontend", "backend", "database", "reviewer"):
        assert fake_llm.calls[agent] == 1
        # one team prompt opens every request (cached after the first); the agent is named
        # by its header and at the start of its own message
        messages = fake_llm.requests_for(agent)[0]["body"]["messages"]
        assert messages[0]["content"].startswith("You are one agent of Devora")
        assert f"You are the {agent.title()} agent" in messages[-1]["content"]
        assert fake_llm.requests_for(agent)[0]["headers"]["X-Devora-Agent"] == agent
    finished = events[-1]
    assert finished.approved and finished.files_written == 3
    assert finished.usage.total_tokens > 0 and finished.cost is not None
    run_started = events[0]
    project = ctx.store.projects.get(run_started.project_id)
    assert project.name == "Task Garden"
    ws = ctx.store.workspace(project.id)
    assert ws.read_text("app/page.tsx").startswith("export default function Page()")
    versions = ws.history()
    assert len(versions) == 1 and versions[0].message == "a task app"
    record = ctx.store.runs.list(project_id=project.id)[0]
    assert record.status == RunStatus.FINISHED
    assert set(record.usage_by_agent) == {"architect", "frontend", "backend", "database",
                                          "reviewer"}
    logged = ctx.store.runs.load_events(record)
    assert logged[0]["type"] == "run_started" and logged[-1]["type"] == "run_finished"
    conv = ctx.store.conversations.get(project.id).messages
    assert [m.role for m in conv] == ["user", "assistant"]


async def test_the_reviewer_alone_carries_its_instructions_in_its_message(engine,
                                                                         fake_llm) -> None:
    """The team prompt holds the instructions of the agents that work on the plan at once;
    the Reviewer's open its own message, so no other request (a small refinement's two)
    carries them."""
    script_fullstack(fake_llm)
    assert (await engine())[-1].type == "run_finished"
    asked = {a: fake_llm.requests_for(a)[0]["body"]["messages"] for a in
             ("architect", "frontend", "backend", "database", "reviewer")}
    team = asked["architect"][0]["content"]
    own = {"architect": 'Write "files" LAST', "frontend": "Quality bar: accessible markup",
           "backend": "answer 503 with a clear JSON error",
           "database": "public forms get an insert-only policy for anon",
           "reviewer": "Say ITERATE only for real defects"}
    for agent, messages in asked.items():
        if agent != "reviewer":
            assert messages[0]["content"] == team                  # one cacheable prefix
            assert own[agent] in team and own["reviewer"] not in messages[-1]["content"]
    reviewer = asked["reviewer"]
    assert own["reviewer"] not in team and own["reviewer"] in reviewer[-1]["content"]
    assert reviewer[0]["content"].startswith("You are one agent of Devora")
    assert "Security rules" in reviewer[0]["content"] and own["frontend"] not in reviewer[0]["content"]


async def test_code_agents_run_in_parallel(engine, fake_llm) -> None:
    script_fullstack(fake_llm)
    for agent in ("frontend", "backend", "database"):
        text = {"frontend": PAGE, "backend": ROUTE, "database": SQL}[agent]
        fake_llm.set(agent, {"text": text, "latency": 0.01})
    events = await engine()
    starts = {e.agent: e.t for e in of(events, "agent_started") if e.agent != "reviewer"}
    ends = {e.agent: e.t for e in of(events, "agent_finished")}
    # every code agent started before any of them finished
    assert max(starts[a] for a in ("frontend", "backend", "database")) < min(
        ends[a] for a in ("frontend", "backend", "database"))


async def test_web_and_quick_modes(engine, fake_llm) -> None:
    fake_llm.set("architect", plan(("index.html", "frontend"), ("app.js", "frontend")))
    fake_llm.set("frontend", block("index.html", "<h1>Hi</h1>") + block("app.js", "let x = 1;"))
    fake_llm.set("reviewer", APPROVE)
    events = await engine(mode=Mode.WEB)
    assert events[-1].type == "run_finished"
    assert "backend" not in fake_llm.calls
    fake_llm.set("quick", "Here you go.\n" + block("index.html", "<p>quick</p>"))
    events = await engine("a quick page", mode=Mode.QUICK)
    assert events[-1].type == "run_finished"
    assert [e.agent for e in of(events, "agent_started")] == ["quick"]
    assert fake_llm.calls["quick"] == 1


HOSTILE = ["../evil.sh", "/etc/passwd", "app/../../x", "C:\\win.ini", "~/.bashrc",
           ".git/hooks/pre-commit", "NUL", "a/\u2025/b"]


async def test_path_traversal_in_model_output_is_rejected(engine, fake_llm, ctx, tmp_path) -> None:
    evil = "".join(block(p, "echo pwned") for p in HOSTILE)
    fake_llm.set("quick", evil + block("index.html", "<p>ok</p>"))
    events = await engine(mode=Mode.QUICK)
    rejected = {e.path for e in of(events, "file_rejected")}
    assert rejected == set(HOSTILE)
    assert {e.path for e in of(events, "file_written")} == {"index.html"}
    assert events[-1].type == "run_finished"
    root = ctx.paths.root
    for path in root.parent.rglob("*"):
        # the run's event log records what the model said; no *file* may hold it
        if path.is_file() and ".devora" not in path.parts and path.name != "devora.json":
            assert b"echo pwned" not in path.read_bytes(), path


async def test_symlink_planted_in_project_is_not_followed(engine, fake_llm, ctx, tmp_path) -> None:
    fake_llm.set("quick", block("index.html", "<p>v1</p>"))
    events = await engine(mode=Mode.QUICK)
    pid = events[0].project_id
    outside = tmp_path / "outside"
    outside.mkdir()
    (ctx.paths.project(pid) / "link").symlink_to(outside, target_is_directory=True)
    fake_llm.set("quick", block("link/x.sh", "echo pwned"))
    events = await engine("more", mode=Mode.QUICK, project_id=pid)
    assert of(events, "file_rejected")[0].reason == "passes through a symbolic link"
    assert not list(outside.iterdir())


async def test_ownership_is_enforced(engine, fake_llm) -> None:
    script_fullstack(fake_llm, frontend=PAGE + block("app/api/tasks/route.ts", "hijack"))
    events = await engine()
    rejected = of(events, "file_rejected")
    assert [(e.agent, e.path) for e in rejected] == [("frontend", "app/api/tasks/route.ts")]
    assert "belongs to the backend agent" in rejected[0].reason


async def test_truncated_block_is_continued(engine, fake_llm, ctx) -> None:
    body = "export default function Page() {\n  return <main>Tasks</main>;\n}"
    cut = 30
    script_fullstack(fake_llm, frontend=[
        '<file path="app/page.tsx">\n' + body[:cut],
        body[cut:] + "\n</file>\n"])
    events = await engine()
    assert fake_llm.calls["frontend"] == 2
    second = fake_llm.requests_for("frontend")[1]["body"]["messages"]
    assert second[-2]["role"] == "assistant" and second[-1]["content"].startswith(
        "Your answer was cut off")
    assert events[-1].type == "run_finished"
    ws = ctx.store.workspace(events[0].project_id)
    assert ws.read_text("app/page.tsx") == body + "\n"


async def test_truncated_twice_then_fails_without_partial_file(engine, fake_llm, ctx) -> None:
    script_fullstack(fake_llm, frontend='<file path="app/page.tsx">\nexport default')
    events = await engine()
    assert fake_llm.calls["frontend"] == 3  # first + 2 continuations
    assert events[-1].type == "run_failed"
    assert "cut off" in events[-1].error
    assert ctx.store.projects.list() == []  # the new project was not left half-made


async def test_prose_only_answer_reasked_once_then_fails(engine, fake_llm) -> None:
    script_fullstack(fake_llm, frontend="I think you should build a nice page with React.")
    events = await engine()
    assert fake_llm.calls["frontend"] == 2
    assert events[-1].type == "run_failed"
    assert "prose" in events[-1].error
    fake_llm.calls.clear()
    script_fullstack(fake_llm, frontend=["Sure, let me think.", PAGE])
    events = await engine()
    assert events[-1].type == "run_finished"


async def test_placeholder_rejected_and_reasked(engine, fake_llm, ctx) -> None:
    script_fullstack(fake_llm, frontend=[
        block("app/page.tsx", "// ... rest of the code remains the same"), PAGE])
    events = await engine()
    assert fake_llm.calls["frontend"] == 2
    assert "placeholders" in fake_llm.requests_for("frontend")[1]["body"]["messages"][-1][
        "content"]
    assert events[-1].type == "run_finished"
    ws = ctx.store.workspace(events[0].project_id)
    assert "remains the same" not in ws.read_text("app/page.tsx")


async def test_architect_json_in_fences_and_schema_error(engine, fake_llm) -> None:
    bad = '```json\n{"name": "X", "summary": "y", "files": [{"path": "a", "owner": "designer"}]}\n```'
    script_fullstack(fake_llm, architect=[bad, FULL_PLAN])
    events = await engine()
    assert fake_llm.calls["architect"] == 2
    reask = fake_llm.requests_for("architect")[1]["body"]["messages"][-1]["content"]
    assert "files.0.owner" in reask
    assert events[-1].type == "run_finished"
    fake_llm.calls.clear()
    script_fullstack(fake_llm, architect=bad)
    events = await engine()
    assert events[-1].type == "run_failed"
    assert "could not produce a valid plan" in events[-1].error


async def test_reviewer_always_iterates_exactly_two_rounds(engine, fake_llm, ctx) -> None:
    script_fullstack(fake_llm, reviewer=[iterate("bug one"), iterate("bug two"),
                                         iterate("bug three"), iterate("bug four")])
    events = await engine()
    assert fake_llm.calls["frontend"] == 3  # first pass + 2 rounds
    assert fake_llm.calls["reviewer"] == 3
    assert fake_llm.calls["backend"] == 1  # not named by the reviewer
    fix = fake_llm.requests_for("frontend")[1]["body"]["messages"][-1]["content"]
    assert "bug one" in fix and "export default function Page" in fix
    finished = events[-1]
    assert finished.type == "run_finished" and not finished.approved
    assert finished.verdict == ("not approved: the Reviewer asked for changes "
                                "(after 2 fix rounds)")
    assert finished.fix_rounds == 2 and finished.fix_cost and finished.fix_cost > 0
    assert finished.cost > finished.fix_cost
    started = events[0]
    assert started.fix_budget == 2 and started.estimate_fix_usd > 0
    record = ctx.store.runs.list()[0]
    assert record.status == RunStatus.NOT_APPROVED
    assert len(ctx.store.workspace(events[0].project_id).history()) == 1


async def test_reviewer_repeating_same_issue_stops(engine, fake_llm) -> None:
    script_fullstack(fake_llm, reviewer=iterate("the button does nothing"))
    events = await engine()
    assert fake_llm.calls["frontend"] == 2  # one round, then the same issue came back
    assert fake_llm.calls["reviewer"] == 2
    assert not events[-1].approved


async def test_a_review_in_a_models_own_keys_reaches_the_feed_in_order(engine,
                                                                       fake_llm) -> None:
    """walk13 #28: issues as {"file", "message"} showed as ":" rows, and the "same issues
    came back" line replaced the Reviewer's summary above the first issue."""
    from devora_desktop.progress import RunProgress

    said = "Chores don't rotate between people each week."
    review = json.dumps({"status": "ITERATE", "summary": said, "issues": [
        {"file": "app/page.tsx", "severity": "major", "message": "No weekly rotation"}]})
    script_fullstack(fake_llm, reviewer=review)
    events = await engine()
    assert fake_llm.calls["frontend"] == 2 and fake_llm.calls["reviewer"] == 2
    fix = fake_llm.requests_for("frontend")[1]["body"]["messages"][-1]["content"]
    assert "No weekly rotation" in fix  # the fix round was told what was asked, too
    progress, rows = RunProgress(), []
    for ev in events:
        for a in progress.fold(ev):
            at = next((i for i, r in enumerate(rows) if a.key and r.key == a.key), len(rows))
            rows[at:at + 1] = [a]
    feed = [r.text for r in rows]
    first = feed.index(f"Reviewer asked for changes: {said}")
    assert feed[first + 1] == "app/page.tsx: No weekly rotation"
    stop = feed.index("Reviewer: the same issues came back; stopping here")
    assert feed.count("app/page.tsx: No weekly rotation") == 2
    assert first < feed.index(f"Reviewer asked for changes: {said}", first + 1) < stop
    assert ":" not in [t.strip() for t in feed]


async def test_unreadable_review_is_asked_again_then_not_approved(engine, fake_llm, ctx) -> None:
    script_fullstack(fake_llm, reviewer="LGTM!")
    events = await engine()
    assert fake_llm.calls["reviewer"] == 2  # one re-ask, then never an approval
    reask = fake_llm.requests_for("reviewer")[1]["body"]["messages"][-1]["content"]
    assert reask.startswith("Your review could not be read")
    finished = events[-1]
    assert finished.type == "run_finished" and not finished.approved
    assert finished.verdict == "not approved: the review could not be read"
    verdicts = of(events, "review_verdict")
    assert [v.readable for v in verdicts] == [False]
    # walk13 #27: the schema's words came three times in orange; one plain warning now
    said = [(n.level, n.message) for n in of(events, "agent_notice") if n.agent == "reviewer"]
    assert said == [("info", "its answer was not in the review's form; asking once more")]
    record = ctx.store.runs.list()[0]
    assert record.status == RunStatus.NOT_APPROVED
    assert record.review["verdict"] == finished.verdict
    assert len(ctx.store.workspace(events[0].project_id).history()) == 1  # the version stays
    fake_llm.calls.clear()
    script_fullstack(fake_llm, reviewer=["LGTM!", APPROVE])
    events = await engine()
    assert events[-1].approved and events[-1].verdict == "approved"


NAV_PLAN = plan(("app/page.tsx", "frontend"), ("components/Nav.tsx", "frontend"),
                ("app/api/tasks/route.ts", "backend"),
                ("supabase/migrations/001_tasks.sql", "database"))
NAV = block("components/Nav.tsx", "export function Nav() { return <nav>Tasks</nav>; }")


async def test_missing_planned_file_is_asked_of_its_owner_once(engine, fake_llm, ctx) -> None:
    script_fullstack(fake_llm, architect=NAV_PLAN, frontend=[PAGE, NAV])
    events = await engine()
    assert fake_llm.calls["frontend"] == 2 and fake_llm.calls["backend"] == 1
    ask = fake_llm.requests_for("frontend")[1]["body"]["messages"][-1]["content"]
    assert "did not include these planned files" in ask
    todo = ask.split("did not include these planned files")[1]
    assert "components/Nav.tsx" in todo and "app/page.tsx" not in todo
    assert events[-1].approved and not events[-1].findings
    ws = ctx.store.workspace(events[0].project_id)
    assert ws.exists("components/Nav.tsx")


async def test_still_missing_file_is_a_finding_and_not_approved(engine, fake_llm, ctx) -> None:
    script_fullstack(fake_llm, architect=NAV_PLAN, frontend=PAGE)
    events = await engine()
    finished = events[-1]
    assert finished.type == "run_finished" and not finished.approved
    assert finished.verdict.startswith(
        "not approved: 1 planned file never written: components/Nav.tsx")
    assert [(f.path, f.check) for f in finished.findings] == [
        ("components/Nav.tsx", "completeness")]
    reviewer_saw = fake_llm.requests_for("reviewer")[0]["body"]["messages"][-1]["content"]
    assert "components/Nav.tsx [completeness]" in reviewer_saw
    # asked once for exactly the file, then one fix round with the finding; it came back the
    # same, so the budget's second round is not spent on it
    assert fake_llm.calls["frontend"] == 3 and finished.fix_rounds == 1
    assert ctx.store.runs.list()[0].status == RunStatus.NOT_APPROVED
    assert len(ctx.store.workspace(events[0].project_id).history()) == 1


def test_run_finished_from_an_old_log_replays() -> None:
    from devora_desktop.agents.events import load_event

    old = {"type": "run_finished", "t": 1.0, "approved": True, "files_written": 3,
           "usage": {"prompt_tokens": 10, "completion_tokens": 5}}
    ev = load_event(old)
    assert ev.approved and ev.verdict == "" and ev.findings == [] and ev.fix_rounds == 0


async def test_validator_errors_send_agent_round_even_when_approved(engine, fake_llm) -> None:
    broken = block("app/page.tsx", "export default function Page() { return <main>; }")
    script_fullstack(fake_llm, frontend=[broken, PAGE])
    events = await engine()
    reports = of(events, "validation_report")
    assert reports[0].findings and reports[0].findings[0].check == "syntax"
    assert fake_llm.calls["frontend"] == 2
    assert not reports[-1].findings
    assert events[-1].approved


async def test_429_and_dropped_stream_mid_run(engine, fake_llm, ctx) -> None:
    script_fullstack(fake_llm,
                     backend=[{"fault": "429", "retry_after": 0.05}, ROUTE],
                     database=[{"text": SQL, "fault": "drop", "drop_after": 8},
                               SQL.split("\n", 1)[1] if False else ""])
    # the continuation completes the dropped SQL block
    dropped_at = None

    def continuation(request):
        nonlocal dropped_at
        partial = request["body"]["messages"][-2]["content"]
        dropped_at = len(partial)
        return SQL[len(partial):]

    fake_llm.set("database", [{"text": SQL, "fault": "drop", "drop_after": 8}, continuation])
    events = await engine()
    assert fake_llm.calls["backend"] == 2
    assert fake_llm.calls["database"] == 2
    assert dropped_at and dropped_at < len(SQL)
    assert events[-1].type == "run_finished"
    ws = ctx.store.workspace(events[0].project_id)
    assert "row level security" in ws.read_text("supabase/migrations/001_tasks.sql")


async def test_failed_agent_fails_run_and_keeps_last_version(engine, fake_llm, ctx) -> None:
    fake_llm.set("quick", block("index.html", "<p>v1</p>"))
    first = await engine(mode=Mode.QUICK)
    pid = first[0].project_id
    script_fullstack(fake_llm, backend={"status": 401})
    events = await engine("add an API", project_id=pid)
    assert events[-1].type == "run_failed"
    assert "rejected the API key" in events[-1].error
    failed = of(events, "agent_failed")
    assert failed and failed[0].agent == "backend"
    ws = ctx.store.workspace(pid)
    assert ws.snapshot() == {"index.html": b"<p>v1</p>\n"}
    assert len(ws.history()) == 1


async def test_a_runs_end_packs_its_history_through_the_worker_when_due(
        engine, fake_llm, ctx, monkeypatch) -> None:
    """Commits never pack (core/workspace.collect_garbage: ~0.9 s of pure Python that held
    the window's interpreter at a run's end); the run's end asks for it by path through
    core/offload.py, whose worker process a window's run uses, and it is done when due."""
    from dulwich.repo import Repo

    from devora_desktop.agents import orchestrator
    from devora_desktop.core import offload

    asked: list[tuple] = []
    run = offload.run

    async def spy(target: str, *args):
        asked.append((target, *args))
        return await run(target, *args)

    monkeypatch.setattr(offload, "run", spy)
    fake_llm.set("quick", block("index.html", "<p>v1</p>"))
    pid = (await engine(mode=Mode.QUICK))[0].project_id
    root = ctx.store.workspace(pid).root
    assert asked[-1] == (orchestrator.PACK, str(root))
    repo = Repo(str(root))
    config = repo.get_config()
    config.set((b"gc",), b"auto", b"2")  # due at the next version
    config.write_to_path()
    repo.close()
    objects = root / ".git" / "objects"
    fake_llm.set("quick", block("index.html", "<p>v2</p>"))
    await engine("v2", mode=Mode.QUICK, project_id=pid)
    assert not [p for p in objects.glob("??/*") if p.is_file()]
    assert list(objects.glob("pack/*.pack"))
    assert ctx.store.workspace(pid).read_text("index.html") == "<p>v2</p>\n"
    assert len(ctx.store.workspace(pid).history()) == 2


@pytest.mark.parametrize("stop_after", ["run_started", "agent_started", "file_written",
                                        "validation_report"])
async def test_cancellation_at_several_points(engine, fake_llm, ctx, stop_after) -> None:
    fake_llm.set("quick", block("index.html", "<p>v1</p>"))
    first = await engine(mode=Mode.QUICK)
    pid = first[0].project_id
    before = ctx.store.workspace(pid).snapshot()
    script_fullstack(fake_llm, frontend={"text": PAGE + block("app/b.tsx", "export const b = 1;"),
                                         "latency": 0.01},
                     reviewer={"text": APPROVE, "latency": 0.05})
    runs: list = []

    async def consume():
        await engine("change it", project_id=pid, collect_run=runs)

    task = asyncio.create_task(consume())
    await until(lambda: runs, "the run never started", step=0)
    run = runs[0]
    # watch the run's own log until the point we want, then stop it
    await until(lambda: stop_after in [e["type"] for e in run.log],
                f"the run never reached {stop_after}", step=0.005)
    run.cancel()
    await asyncio.wait_for(task, 10)
    assert run.log[-1]["type"] == "run_cancelled"
    ws = ctx.store.workspace(pid)
    assert ws.snapshot() == before
    assert len(ws.history()) == 1
    record = [r for r in ctx.store.runs.list(project_id=pid)][-1]
    assert record.status == RunStatus.CANCELLED
    assert await asyncio.to_thread(fake_llm.wait_idle, 3.0)


async def test_a_stop_before_the_runs_events_are_read_stops_it(engine, fake_llm,
                                                                ctx) -> None:
    """The window's Stop (Esc) can come between the run's start and the first read of its
    events (the prompt is redacted off the loop meanwhile: seconds at load 10). It was only
    noted, and the run went on to its end (test_walk4_window6's Esc, under load)."""
    script_fullstack(fake_llm)
    events = await engine(before_reading=lambda run: run.cancel())
    assert types(events) == ["run_cancelled"] and events[-1].reason == "stopped by the user"
    assert not fake_llm.requests_for("architect")
    assert ctx.store.projects.list() == []


async def test_a_stop_an_await_swallowed_keeps_nothing(engine, fake_llm, ctx,
                                                      monkeypatch) -> None:
    """A window's "Stop the run and quit … nothing of the new project is kept" once let the
    run go on to save its first version (walk23 #15): a step on the way swallowed the task's
    cancel. Here the review swallows it (as a retrying library can) and starts over; the run
    still ends stopped and keeps nothing."""
    from devora_desktop.agents.review_loop import ReviewLoop

    reviewing = ReviewLoop.run_to_verdict
    runs: list = []

    async def swallowing(self):
        runs[0].cancel()  # the Stop lands while the review runs
        try:
            return await reviewing(self)
        except asyncio.CancelledError:
            asyncio.current_task().uncancel()
            return await reviewing(self)

    monkeypatch.setattr(ReviewLoop, "run_to_verdict", swallowing)
    script_fullstack(fake_llm)
    events = await engine(collect_run=runs)
    assert events[-1].type == "run_cancelled", types(events)
    assert "version_committed" not in types(events)
    assert ctx.store.projects.list() == []


async def test_budget_cap_stops_the_run(engine, fake_llm, ctx) -> None:
    script_fullstack(fake_llm)
    events = await engine(max_tokens=50)
    assert events[-1].type == "run_failed"
    assert "budget of 50 tokens" in events[-1].error
    assert ctx.store.projects.list() == []


async def test_too_many_files_capped(engine, fake_llm) -> None:
    fake_llm.set("quick", "".join(block(f"f{i}.txt", "x") for i in range(12)))
    events = await engine(mode=Mode.QUICK, options=EngineOptions(max_files_per_run=10))
    assert len(of(events, "file_written")) == 10
    assert len(of(events, "file_rejected")) == 2


async def test_refinement_sends_manifest_and_only_changed_files(engine, fake_llm, ctx) -> None:
    script_fullstack(fake_llm)
    first = await engine()
    pid = first[0].project_id
    fake_llm.requests.clear()
    refine_plan = plan(("app/page.tsx", "frontend"))
    refine_plan = refine_plan.replace('"purpose": "x"', '"purpose": "x", "action": "modify"')
    script_fullstack(fake_llm, architect=refine_plan,
                     frontend=block("app/page.tsx", "export default function Page() "
                                    "{ return <main>Tasks v2</main>; }"))
    events = await engine("rename the heading", project_id=pid)
    arch = fake_llm.requests_for("architect")[0]["body"]["messages"][-1]["content"]
    assert "REFINEMENT" in arch and "app/api/tasks/route.ts" in arch and "a task app" in arch
    front = fake_llm.requests_for("frontend")[0]["body"]["messages"][-1]["content"]
    assert "<main>Tasks</main>" in front  # current text of the file it changes
    assert "create table" not in front     # not other agents' files
    assert not fake_llm.requests_for("backend")
    assert {e.path for e in of(events, "file_written")} == {"app/page.tsx"}
    assert len(ctx.store.workspace(pid).history()) == 2
    assert FAST.max_rounds == 2


async def test_checks_seam_sends_findings_to_the_owner_before_the_review(engine, fake_llm,
                                                                        ctx) -> None:
    from devora_desktop.agents.events import CheckFinished, Finding
    from devora_desktop.agents.review_loop import CheckRequest

    seen: list[CheckRequest] = []

    async def checks(request: CheckRequest) -> list[Finding]:
        seen.append(request)
        text = (request.root / "app/page.tsx").read_text()
        broken = "Tasks v2" not in text
        request.emit(CheckFinished(check="npm-build", tool="npm",
                                   status="failed" if broken else "passed",
                                   round=request.round))
        return [Finding(path="app/page.tsx", line=1, check="npm-build", tool="npm",
                        message="Type error: 'x' is not assignable")] if broken else []

    fixed = block("app/page.tsx", "export default function Page() { return <main>Tasks v2</main>; }")
    script_fullstack(fake_llm, frontend=[PAGE, fixed])
    events = await engine(options=EngineOptions(checks=checks))
    assert [r.round for r in seen] == [0, 1]
    assert seen[0].owner_of("app/api/tasks/route.ts") == "backend"
    assert "app/page.tsx" in seen[0].files and seen[0].mode == "fullstack"
    fix = fake_llm.requests_for("frontend")[1]["body"]["messages"][-1]["content"]
    assert "app/page.tsx:1 [npm-build] Type error" in fix
    assert fake_llm.calls["backend"] == 1 and fake_llm.calls["reviewer"] == 1
    order = [(e.type, getattr(e, "agent", "")) for e in events
             if e.type in ("check_finished", "agent_started", "review_verdict")]
    assert order[-5:] == [("check_finished", ""), ("agent_started", "frontend"),
                          ("check_finished", ""), ("agent_started", "reviewer"),
                          ("review_verdict", "")]  # fix round, re-check, then the Reviewer
    assert [e.round for e in of(events, "agent_started") if e.agent == "frontend"] == [0, 1]
    assert events[-1].approved


def test_estimate_prices_the_fix_budget() -> None:
    from devora_desktop.agents.estimate import estimate_run
    from devora_desktop.core.llm.catalogue import ModelInfo

    model = ModelInfo(id="m", prompt_price=1e-6, completion_price=2e-6)
    est = {b: estimate_run(Mode.FULLSTACK, refinement=False, prompt_tokens=20, project_bytes=0,
                           model=model, offline=False, fix_budget=b) for b in (0, 1, 2)}
    assert est[0].fix_tokens == 0 and est[0].fix_usd == 0
    assert est[2].fix_tokens == 2 * est[1].fix_tokens > 0
    assert est[2].fix_usd == pytest.approx(2 * est[1].fix_usd)
    assert est[2].tokens == est[0].tokens and est[2].usd == est[0].usd  # the base is the base
    offline = estimate_run(Mode.WEB, refinement=False, prompt_tokens=20, project_bytes=0,
                           model=None, offline=True, fix_budget=2)
    assert offline.usd == 0.0 and offline.fix_usd == 0.0
    # Workers each send their own request: sharding costs input, and the estimate says so.
    sharded = estimate_run(Mode.FULLSTACK, refinement=False, prompt_tokens=20, project_bytes=0,
                           model=model, offline=False, fix_budget=0, shard_tokens=800)
    assert sharded.tokens > est[0].tokens and sharded.usd > est[0].usd


async def test_retries_are_not_stacked(engine, fake_llm) -> None:
    """The HTTP layer's policy (3 attempts in these tests) is the only retry: before, the agent
    layer retried each failed call twice more, 9 requests for one call."""
    script_fullstack(fake_llm, backend={"fault": "500"})
    events = await engine()
    assert events[-1].type == "run_failed" and "HTTP 500" in events[-1].error
    assert fake_llm.calls["backend"] == 3


async def test_retry_after_beyond_the_cap_ends_the_run_at_once(engine, fake_llm, ctx) -> None:
    import time

    script_fullstack(fake_llm, backend={"fault": "429", "retry_after": 86400})
    started = time.monotonic()
    events = await engine()
    assert time.monotonic() - started < 5
    failed = events[-1]
    assert failed.type == "run_failed"
    assert failed.error.startswith("rate-limited by OpenRouter until ")
    assert failed.retry_at is not None and not failed.retryable
    assert failed.retry_at.strftime("%Y-%m-%d %H:%M UTC") in failed.error
    assert fake_llm.calls["backend"] == 1
    assert ctx.store.projects.list() == []


LONG = block("index.html", "<p>" + "lorem ipsum dolor sit amet " * 1500 + "</p>")  # ~40k chars


@pytest.mark.parametrize(("cap", "said"), [({"max_usd": 0.005}, "budget of $0.005"),
                                          ({"max_tokens": 2500}, "budget of 2,500 tokens")])
async def test_budget_cap_stops_the_stream_not_after_it(engine, fake_llm, ctx, cap, said) -> None:
    """The run stops the stream at the cap, not after it. The server pauses half-way through
    the answer until the run has ended, so the stream cannot end before the run, whatever the
    machine's load: a run that read on to the stream's end would wait out the pause (30 s) and
    the server would finish its answer instead of seeing the client hang up."""
    import threading

    run_ended = threading.Event()
    fake_llm.set("quick", {"text": LONG, "latency": 0.0004,  # ~4 s to stream it all
                           "hold_at": LONG[:len(LONG) // 2], "hold": run_ended})
    try:
        events = await engine(mode=Mode.QUICK, **cap)
    finally:
        run_ended.set()
    failed = events[-1]
    assert failed.type == "run_failed" and said in failed.error
    streamed = sum(len(e.text) for e in events if e.type == "agent_delta")
    assert streamed < len(LONG) / 2
    assert await asyncio.to_thread(fake_llm.wait_idle, 10.0)
    assert fake_llm.cancelled_streams == 1  # the server saw the client hang up mid-answer
    assert ctx.store.projects.list() == []
    record = ctx.store.runs.list()
    assert not record or record[0].usage.total_tokens > 0


def test_budget_counts_calls_in_flight_together() -> None:
    from devora_desktop.agents.base import Budget, BudgetExceeded
    from devora_desktop.core.models import Usage

    budget = Budget(max_usd=0.01)
    budget.project(1, Usage(completion_tokens=100, cost_usd=0.006))
    with pytest.raises(BudgetExceeded, match=r"budget of \$0\.01$"):
        budget.project(2, Usage(completion_tokens=100, cost_usd=0.006))
    assert budget.spent.cost_usd == pytest.approx(0.006)  # the stopped call is charged
    budget.settle(1)
    budget.charge(Usage(cost_usd=0.003))


@pytest.mark.parametrize(("usd", "shown"), [(0.002, "$0.002"), (5, "$5.00"), (1.5, "$1.50"),
                                            (1e-7, "$0.0000001"), (1234.5, "$1,234.50"),
                                            (0.125, "$0.125")])
def test_cap_is_shown_as_given(usd, shown) -> None:
    from devora_desktop.agents.base import money

    assert money(usd) == shown


def test_cli_says_the_cost_cap_as_given(run_cli, fake_llm, monkeypatch) -> None:
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", LONG)
    fake_llm.set("reviewer", APPROVE)
    monkeypatch.setenv("DEVORA_API_KEY", "sk-env-key-1234567890")
    result = run_cli("generate", "a page", "--provider", "openai", "--base-url", fake_llm.url,
                     "--model", "fake/model", "--max-cost", "0.002")
    assert result.code == 1
    assert result.err.strip().splitlines()[-1] == (
        "devora: the run reached its budget of $0.002 (raise the cap in Settings or with "
        "--max-cost)")


@pytest.mark.parametrize(("cut", "again"), [
    ('<file path="supabase/migrations/001_', ""),
    ("create table tasks", "Sorry, here is the whole file again.\n")])
async def test_drop_then_the_model_starts_the_block_over(engine, fake_llm, ctx, cut,
                                                          again) -> None:
    """The stream drops mid-header (or mid-body); asked to continue, the model starts the
    file block again from its opening tag. Before, the partial header and the new one were
    joined into the path `supabase/migrations/001_<file path=`, the block was refused and
    the run still approved."""
    script_fullstack(fake_llm, database=[{"text": SQL, "fault": "drop", "drop_at": cut},
                                         again + SQL])
    events = await engine()
    assert fake_llm.calls["database"] == 2
    assert not of(events, "file_rejected")
    written = [e.path for e in of(events, "file_written") if e.agent == "database"]
    assert written == ["supabase/migrations/001_tasks.sql"]
    ws = ctx.store.workspace(events[0].project_id)
    assert ws.read_text("supabase/migrations/001_tasks.sql") == SQL.split("\n", 1)[1].rsplit(
        "</file>", 1)[0]
    assert events[-1].approved


async def test_a_local_model_writing_whole_file_fences(engine, fake_llm, ctx) -> None:
    fake_llm.set("quick", "Sure! Here is your page.\n\nindex.html\n```html\n<h1>Hi</h1>\n```\n\n"
                          "`app.js`:\n```js\nconsole.log('hi');\n```\n")
    events = await engine(mode=Mode.QUICK)
    assert events[-1].type == "run_finished" and fake_llm.calls["quick"] == 1
    ws = ctx.store.workspace(events[0].project_id)
    assert ws.read_text("index.html") == "<h1>Hi</h1>\n"
    assert ws.read_text("app.js") == "console.log('hi');\n"


async def test_files_are_followed_live_in_the_format_the_model_wrote(engine, fake_llm,
                                                                    ctx) -> None:
    """The engine's parser tells the front ends which file is being written and its lines,
    in any format it accepts (here Dyad's tags, which the old live scanner could not see)."""
    page = "".join(f"<p>{i}</p>\n" for i in range(30))
    fake_llm.set("quick", f'<dyad-write path="index.html">\n{page}</dyad-write>\n'
                          '<dyad-write path="app.js">\nconsole.log(1);\n</dyad-write>\n')
    events = await engine(mode=Mode.QUICK)
    assert events[-1].type == "run_finished"
    live = [(e.type, e.path) for e in events
            if e.type in ("file_started", "file_progress", "file_written")]
    assert live[0] == ("file_started", "index.html")
    assert live.index(("file_started", "index.html")) < live.index(
        ("file_progress", "index.html")) < live.index(("file_written", "index.html"))
    assert live.index(("file_started", "app.js")) < live.index(("file_written", "app.js"))
    progress = [e for e in of(events, "file_progress") if e.path == "index.html"]
    shown = "".join(e.text for e in progress)
    assert len(shown) > 100 and page.startswith(shown)
    assert progress[-1].lines == shown.count("\n")
    # the saved log keeps where files started, not their text twice (the deltas have it),
    # and how far each file got, once (a stopped run's replay said "· 0 lines")
    record = ctx.store.runs.list(project_id=events[0].project_id)[0]
    logged = ctx.store.runs.load_events(record)
    assert [e["type"] for e in logged].count("file_started") == 2
    kept = [e for e in logged if e["type"] == "file_progress"]
    assert len(kept) == len({e["path"] for e in kept}) and all(e["text"] == "" for e in kept)
    assert [e["lines"] for e in kept if e["path"] == "index.html"] == [progress[-1].lines]


async def test_calibration_is_kept_when_the_run_ends(engine, fake_llm, ctx) -> None:
    script_fullstack(fake_llm)
    assert ctx.store.kv.get("calibration:fake/model") is None
    events = await engine()
    assert events[-1].type == "run_finished"
    ratio = ctx.store.kv.get("calibration:fake/model")
    assert isinstance(ratio, float) and 2.0 < ratio < 6.0


def test_cli_says_why_a_run_is_not_approved(run_cli, fake_llm, monkeypatch) -> None:
    fake_llm.set("architect", plan(("index.html", "frontend"), ("app.js", "frontend")))
    fake_llm.set("frontend", block("index.html", "<h1>Hello</h1>"))
    fake_llm.set("reviewer", APPROVE)
    monkeypatch.setenv("DEVORA_API_KEY", "sk-env-key-1234567890")
    result = run_cli("generate", "a page", "--provider", "openai", "--base-url", fake_llm.url,
                     "--model", "fake/model", "--mode", "web")
    assert result.code == 3, result  # the version is kept; the summary says why
    assert "(not approved: 1 planned file never written: app.js" in result.out
    assert result.err.strip().splitlines()[-1].startswith(
        "devora: not approved: 1 planned file never written: app.js"), result
    assert ".json" not in result.err and "Traceback" not in result.err


async def test_quick_mode_sends_check_findings_back_to_the_quick_agent(engine, fake_llm) -> None:
    from devora_desktop.agents.events import Finding
    from devora_desktop.agents.review_loop import CheckRequest

    rounds: list[int] = []

    async def checks(request: CheckRequest) -> list[Finding]:
        rounds.append(request.round)
        if "console.log" in (request.root / "app.js").read_text():
            return []
        return [Finding(path="app.js", line=1, check="web-load", tool="qtwebengine",
                        message="Uncaught ReferenceError: consol is not defined")]

    fake_llm.set("quick", [block("index.html", "<script src=app.js></script>")
                           + block("app.js", "consol.log(1);"),
                           block("app.js", "console.log(1);")])
    events = await engine(mode=Mode.QUICK, options=EngineOptions(checks=checks))
    assert rounds == [0, 1] and fake_llm.calls["quick"] == 2
    fix = fake_llm.requests_for("quick")[1]["body"]["messages"][-1]["content"]
    assert "app.js:1 [web-load] Uncaught ReferenceError" in fix and "consol.log(1);" in fix
    assert [e.round for e in of(events, "agent_started")] == [0, 1]
    assert events[-1].approved and events[-1].fix_rounds == 1
    assert events[0].fix_budget == 2


async def test_each_written_file_is_read_for_validation_as_it_arrives(engine, fake_llm,
                                                                      monkeypatch) -> None:
    """The file gate hands each file to the validators in a worker thread while the model
    writes the next; the validation after the last file then finds them read."""
    from devora_desktop.agents import validators

    prepared: list[str] = []
    real = validators.prepare
    monkeypatch.setattr(validators, "prepare",
                        lambda path, text: prepared.append(path) or real(path, text))
    script_fullstack(fake_llm)
    events = await engine()
    assert events[-1].type == "run_finished"
    written = sorted({e.path for e in of(events, "file_written")})
    await until(lambda: sorted(prepared) == written, "every written file prepared")


async def test_a_versions_subject_is_the_requests_first_paragraph(engine, fake_llm,
                                                                  ctx) -> None:
    """Walk5 #27: a picked element's instruction (CSS path and all) landed in the subject of
    the version, in the person's own git log. The model still gets all of it."""
    fake_llm.set("quick", block("index.html", "<h1>Hi</h1>"))
    prompt = ("make the title bigger\n\nChange only this element of the page, and nothing "
              "else: the <h1> with the text “Hi” (CSS selector `body > h1`), written in "
              "index.html at line 1.")
    events = await engine(prompt, mode=Mode.QUICK)
    assert events[-1].type == "run_finished"
    [version] = ctx.store.workspace(events[0].project_id).history()
    assert version.message.splitlines()[0] == "make the title bigger", version.message
    assert "CSS selector" in str(fake_llm.requests_for("quick")[0]["body"]["messages"])
