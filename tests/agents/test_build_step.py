"""Early start and sharding: code agents start from the streamed plan, a big agent runs as
workers over file groups, and no worker writes outside its group."""

from __future__ import annotations

import json
import re
import threading
from dataclasses import replace

from devora_desktop.agents.journal import Journal
from devora_desktop.agents.orchestrator import EngineOptions
from devora_desktop.core.models import Mode
from tests.agents.conftest import APPROVE, FAST, block, of

FRONT = [f"components/Part{i}.tsx" for i in range(10)]
BACK = ["app/api/tasks/route.ts", "app/api/tags/route.ts"]
PLAN = "Plan:\n```json\n" + json.dumps({
    "name": "Parts", "summary": "many parts", "template": "custom",
    "api": [{"method": "GET", "route": "/api/tasks"}],
    "files": [{"path": p, "owner": "frontend", "purpose": "part"} for p in FRONT]
    + [{"path": p, "owner": "backend", "purpose": "api"} for p in BACK]}, indent=1) + "\n```"
ROGUE = "// written by the wrong worker\n"


def asked_files(request: dict) -> list[str]:
    user = request["body"]["messages"][-1]["content"]
    todo = user.rsplit("Write these files now:\n", 1)[1]
    return re.findall(r"- create (\S+):", todo)


def frontend(request: dict) -> dict:
    """Writes the files it is asked for; the worker given Part0 also tries a sibling's file."""
    mine = asked_files(request)
    text = "".join(block(p, "{}" if p.endswith(".json") else f"export const X = '{p}';")
                   for p in mine)
    if "components/Part0.tsx" in mine:
        text += block("components/Part9.tsx", ROGUE)
    return {"text": text, "latency": 0.002}


def backend(request: dict) -> dict:
    return {"text": "".join(block(p, "export async function GET() {}")
                            for p in asked_files(request)), "latency": 0.002}


async def test_big_agent_is_sharded_and_starts_before_the_plan_ends(engine, fake_llm,
                                                                    monkeypatch) -> None:
    # The Architect's stream pauses at the plan's closing brace until a first file is written:
    # the order checked below follows from the events, whatever the machine's load (a worker
    # that waited for the Architect's end would find it paused, 30 s).
    first_file = threading.Event()
    emit = Journal.emit

    def emit_and_watch(journal: Journal, event) -> None:
        emit(journal, event)
        if event.type == "file_written":
            first_file.set()

    monkeypatch.setattr(Journal, "emit", emit_and_watch)
    fake_llm.set("architect", {"text": PLAN, "latency": 0.004,
                               "hold_at": PLAN.removesuffix("\n```"), "hold": first_file})
    fake_llm.set("frontend", frontend)
    fake_llm.set("backend", backend)
    fake_llm.set("reviewer", APPROVE)
    events = await engine(mode=Mode.FULLSTACK,
                          options=replace(FAST, shard_files=4, shard_tokens=100_000))
    assert events[-1].type == "run_finished", events[-1]

    groups = [asked_files(r) for r in fake_llm.requests_for("frontend")]
    assert sorted(len(g) for g in groups) == [2, 4, 4]
    assert sorted(p for g in groups for p in g) == sorted(FRONT)  # each file asked once
    for r in fake_llm.requests_for("frontend"):
        user = r["body"]["messages"][-1]["content"]
        assert "Other workers write the other files" in user
    [back] = fake_llm.requests_for("backend")  # two files: not sharded
    assert "Other workers" not in back["body"]["messages"][-1]["content"]

    # Shards never write outside their group: the sibling's file keeps its own content.
    rejected = [e for e in of(events, "file_rejected") if e.path == "components/Part9.tsx"]
    # in the feed's words (walk9 #6): no "worker's group"
    assert rejected and rejected[0].reason in (
        "another of Frontend's parallel batches writes it (this copy is dropped)",
        "this batch of Frontend's files was not given it")
    written = {e.path: e.agent for e in of(events, "file_written")}
    assert set(written) == set(FRONT) | set(BACK)
    finished = of(events, "run_finished")[0]
    assert finished.files_written == 12

    # The first files land before the Architect has finished its answer.
    architect_done = next(e.t for e in events if e.type == "agent_finished"
                          and e.agent == "architect")
    first_file = min(e.t for e in of(events, "file_written"))
    assert first_file < architect_done

    # One started/finished pair per agent, spanning its workers, usage summed.
    starts = [e.agent for e in of(events, "agent_started") if e.round == 0]
    assert starts.count("frontend") == 1
    [fin] = [e for e in of(events, "agent_finished") if e.agent == "frontend"]
    assert sorted(fin.files) == sorted(FRONT)
    assert fin.usage.calls == 3


async def test_without_sharding_one_worker_per_agent(engine, fake_llm) -> None:
    fake_llm.set("architect", PLAN)
    fake_llm.set("frontend", frontend)
    fake_llm.set("backend", backend)
    fake_llm.set("reviewer", APPROVE)
    events = await engine(mode=Mode.FULLSTACK, options=EngineOptions(
        shard_tokens=None))
    assert events[-1].type == "run_finished", events[-1]
    [req] = fake_llm.requests_for("frontend")
    assert asked_files(req) == FRONT
    # The agent's only worker may write any file of its own area, as before sharding.
    part9 = [e for e in of(events, "file_written") if e.path == "components/Part9.tsx"]
    assert part9 and not [e for e in of(events, "file_rejected")
                          if "parallel batches" in e.reason or "batch of" in e.reason]


async def test_groups_follow_estimated_output(engine, fake_llm) -> None:
    """Small configuration files share a worker; each big file gets one of its own."""
    files = ["package.json", "tsconfig.json", "next.config.mjs", "app/page.tsx",
             "components/A.tsx", "README.md"]
    fake_llm.set("architect", "```json\n" + json.dumps({
        "name": "Mix", "summary": "mixed sizes", "stack": {"frontend": "next"},
        "files": [{"path": p, "owner": "frontend", "purpose": "x"} for p in files]}) + "\n```")
    fake_llm.set("frontend", frontend)
    fake_llm.set("reviewer", APPROVE)
    events = await engine(mode=Mode.FULLSTACK, options=replace(FAST, shard_tokens=1000))
    assert events[-1].type == "run_finished", events[-1]
    groups = sorted(asked_files(r) for r in fake_llm.requests_for("frontend"))
    assert groups == [["app/page.tsx"], ["components/A.tsx", "README.md"],
                      ["package.json", "tsconfig.json", "next.config.mjs"]]


async def test_no_early_start_without_the_contracts(engine, fake_llm) -> None:
    """A plan that lists files before its contracts: workers wait for the whole plan."""
    plan = "```json\n" + json.dumps({
        "files": [{"path": p, "owner": "frontend", "purpose": "part"} for p in FRONT],
        "name": "Parts", "summary": "many parts", "api": []}) + "\n```"
    fake_llm.set("architect", {"text": plan, "latency": 0.003})
    fake_llm.set("frontend", frontend)
    fake_llm.set("reviewer", APPROVE)
    events = await engine(mode=Mode.FULLSTACK,
                          options=replace(FAST, shard_files=4, shard_tokens=100_000))
    assert events[-1].type == "run_finished", events[-1]
    # No worker starts before the plan's object is whole (the contracts came last).
    assert json.loads(architect_text_before_first(events, "frontend")
                      .split("```json\n", 1)[1].rsplit("}", 1)[0] + "}")["api"] == []
    groups = [asked_files(r) for r in fake_llm.requests_for("frontend")]
    assert sorted(len(g) for g in groups) == [2, 4, 4]
    for r in fake_llm.requests_for("frontend"):
        assert "still listing files" not in r["body"]["messages"][-1]["content"]


def architect_text_before_first(events: list, agent: str) -> str:
    """The Architect's text streamed before ``agent`` started."""
    start = next(i for i, e in enumerate(events) if e.type == "agent_started"
                 and e.agent == agent)
    return "".join(e.text for e in events[:start]
                   if e.type == "agent_delta" and e.agent == "architect")


async def test_the_rest_start_when_the_plan_object_closes(engine, fake_llm) -> None:
    """Workers the stream could not start yet (here: no sharding) start when the plan's
    object is whole, not after the fence, the model's closing words and the stream's end."""
    closing = "\nThat is the plan: the frontend owns the parts, the backend the routes."
    # The Architect's stream pauses right after the plan's closing brace until the Frontend's
    # request arrives: the order below follows from the events, whatever the machine's load
    # (a worker started only at the fence or the stream's end would find it paused, 30 s).
    frontend_asked = threading.Event()

    def frontend_seen(request: dict) -> dict:
        frontend_asked.set()
        return frontend(request)

    fake_llm.set("architect", {"text": PLAN + closing, "latency": 0.004,
                               "hold_at": PLAN.removesuffix("\n```"), "hold": frontend_asked})
    fake_llm.set("frontend", frontend_seen)
    fake_llm.set("backend", backend)
    fake_llm.set("reviewer", APPROVE)
    runs: list = []
    events = await engine(mode=Mode.FULLSTACK, options=EngineOptions(shard_tokens=None),
                          collect_run=runs)
    assert events[-1].type == "run_finished", events[-1]
    for agent in ("frontend", "backend"):
        before = architect_text_before_first(events, agent)
        assert before.rstrip().endswith("}") and "```\n" not in before.split("```json", 1)[1]
        assert "That is the plan" not in before
    order = [(e.type, e.agent) for e in events if e.type in ("agent_started", "agent_finished")]
    assert order.index(("agent_started", "frontend")) < order.index(
        ("agent_finished", "architect"))
    # The plan kept is the one the workers started from, and the whole answer reads the same.
    assert [f.path for f in runs[0].plan.files] == FRONT + BACK
    assert {e.path for e in of(events, "file_written")} == set(FRONT) | set(BACK)


async def test_workers_text_is_kept_apart(engine, fake_llm) -> None:
    """Each worker's deltas carry its number, so views and the saved log can keep them apart."""
    fake_llm.set("architect", {"text": PLAN, "latency": 0.002})
    fake_llm.set("frontend", frontend)
    fake_llm.set("backend", backend)
    fake_llm.set("reviewer", APPROVE)
    collected = []
    events = await engine(mode=Mode.FULLSTACK, collect_run=collected,
                          options=replace(FAST, shard_files=4, shard_tokens=100_000))
    deltas = [e for e in events if e.type == "agent_delta" and e.agent == "frontend"]
    assert {e.worker for e in deltas} == {1, 2, 3}
    assert {e.worker for e in events if e.type == "agent_delta" and e.agent == "backend"} == {0}
    for n in (1, 2, 3):  # each worker's own text is whole blocks, never another's mixed in
        text = "".join(e.text for e in deltas if e.worker == n)
        assert text.count("<file ") == text.count("</file>") >= 2
    saved = [d for d in collected[0].log if d["type"] == "agent_delta" and d["agent"] == "frontend"]
    assert {d["worker"] for d in saved} == {1, 2, 3}


async def test_an_unfenced_plan_then_a_fenced_one_is_read_as_one_plan(engine, fake_llm,
                                                                     ctx) -> None:
    """The workers start from the first object of the answer; the plan the run keeps is that
    same object. (The final read preferred a later fenced plan, so the Backend's route was
    started for the Frontend by the stream and then owned by the Backend.)"""
    first = {"name": "Parts", "summary": "s", "template": "custom",
             "files": [{"path": "components/Part0.tsx", "owner": "frontend"},
                       {"path": "app/api/tasks/route.ts", "owner": "backend"}]}
    second = {**first, "files": [{"path": "components/Part0.tsx", "owner": "frontend"},
                                 {"path": "app/api/tasks/route.ts", "owner": "frontend"}]}
    fake_llm.set("architect", {"text": json.dumps(first) + "\n\nOr, fenced:\n```json\n"
                               + json.dumps(second) + "\n```", "latency": 0.002})
    fake_llm.set("frontend", backend)  # writes what it is asked, as its own
    fake_llm.set("backend", backend)
    fake_llm.set("reviewer", APPROVE)
    runs: list = []
    events = await engine(mode=Mode.FULLSTACK, options=replace(FAST, shard_tokens=100_000),
                          collect_run=runs)
    assert events[-1].type == "run_finished" and events[-1].approved
    assert runs[0].plan.owner_of("app/api/tasks/route.ts") == "backend"
    written = {e.path: e.agent for e in of(events, "file_written")}
    assert written == {"components/Part0.tsx": "frontend", "app/api/tasks/route.ts": "backend"}
    assert not of(events, "file_rejected")
    assert [asked_files(r) for r in fake_llm.requests_for("frontend")] == [
        ["components/Part0.tsx"]]


async def test_a_plan_asked_again_stops_the_workers_started_from_the_first(engine, fake_llm,
                                                                          ctx) -> None:
    """The first plan streams valid entries (workers start) but is invalid as a whole (one
    path with two owners): its workers stop at once, what they wrote is put back, and the
    run goes on from the new plan."""
    bad = {"name": "Parts", "summary": "s", "template": "custom",
           "files": [{"path": "components/Part0.tsx", "owner": "frontend"},
                     {"path": "components/Part1.tsx", "owner": "frontend"},
                     {"path": "components/Part1.tsx", "owner": "backend"}]}
    good = {"name": "Parts", "summary": "s", "template": "custom",
            "files": [{"path": "components/Part2.tsx", "owner": "frontend"}]}
    fake_llm.set("architect", [{"text": json.dumps(bad, indent=1), "latency": 0.01},
                               json.dumps(good)])

    def slow_frontend(request: dict) -> dict:
        mine = asked_files(request)
        text = "".join(block(p, f"export const X = '{p}';") for p in mine)
        if "components/Part0.tsx" in mine:  # the first plan's worker: writes, then dawdles
            return {"text": text + block("components/Part1.tsx", "x\n" * 400),
                    "latency": 0.01}
        return {"text": text, "latency": 0.001}

    fake_llm.set("frontend", slow_frontend)
    fake_llm.set("reviewer", APPROVE)
    events = await engine(mode=Mode.FULLSTACK, options=replace(FAST, shard_tokens=500))
    assert events[-1].type == "run_finished", events[-1]
    assert fake_llm.calls["architect"] == 2
    groups = [asked_files(r) for r in fake_llm.requests_for("frontend")]
    assert ["components/Part0.tsx"] in groups and ["components/Part2.tsx"] in groups
    assert fake_llm.cancelled_streams >= 1  # the first plan's worker was stopped mid-answer
    ws = ctx.store.workspace(events[0].project_id)
    assert ws.list_files() == ["components/Part2.tsx"]
    assert events[-1].files_written == 1
    assert any("put back" in e.message for e in of(events, "agent_notice"))
