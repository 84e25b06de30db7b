"""A plan held to the mode the person picked: a web run whose plan needs a server stops with
one line before its files are written; files of other owners that the team can write are
given to it (agents/mode_plan.py)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from devora_desktop.agents import templates
from devora_desktop.agents.orchestrator import EngineOptions
from devora_desktop.core.licensing import PLANS, Entitlements
from devora_desktop.core.models import Mode
from devora_desktop.progress import RunProgress
from tests.agents.conftest import APPROVE, block, of, plan

FREE = Entitlements("free", PLANS["free"].features, PLANS["free"].daily_ai_runs)
RECIPES = "a recipe box for my family, with accounts and a database"
LINE = ("Accounts and a database need full-stack mode (Pro: Help › License); or build it "
        "without accounts, data kept in this browser")
# What the walk's fake model planned for "accounts" in web mode: the full-stack to-do
# template's 30 files between Frontend, Backend and Database, the Frontend's first.
FULL = templates.all_files("todo", "fullstack", "Task Garden")


def owner(path: str) -> str:
    if path.startswith("supabase/"):
        return "database"
    if path.startswith(("app/api/", "lib/", "middleware")):
        return "backend"
    return "frontend"


def worker(request: dict) -> dict:
    """Writes exactly the files a worker is asked for (sharded runs work)."""
    user = request["body"]["messages"][-1]["content"]
    user = user if isinstance(user, str) else "".join(p.get("text", "") for p in user)
    todo = re.split(r"(?:Write these files now|these files now, complete):\n", user)[-1]
    asked = re.findall(r"^- \w+ (\S+):", todo, re.M)
    return {"text": "".join(block(p, FULL.get(p, f"// {p}\n")) for p in asked),
            "latency": 0.002}


def script_fullstack_plan(fake) -> None:
    fake.set("architect", {"text": plan(*((p, owner(p)) for p in FULL), name="Recipe Box"),
                           "latency": 0.001})
    for agent in ("frontend", "backend", "database"):
        fake.set(agent, worker)
    fake.set("reviewer", APPROVE)


@pytest.mark.parametrize("shard", [None, 800])
async def test_a_web_run_whose_plan_needs_a_server_stops_with_one_line(engine, fake_llm, ctx,
                                                                        shard) -> None:
    """Free licence, web mode, the fake plans full-stack: no backend or database agent runs,
    nothing is kept, no review or fix round is paid for, and the run ends not approved with
    the line that says what to do."""
    script_fullstack_plan(fake_llm)
    events = await engine(RECIPES, mode=Mode.WEB, entitlements=FREE,
                          options=EngineOptions(shard_tokens=shard))
    finished = events[-1]
    assert finished.type == "run_finished" and not finished.approved
    assert finished.verdict == "not approved: " + LINE
    assert finished.files_written == 0 and finished.fix_rounds == 0
    # the plan lists Next.js files first: no worker starts before it is read whole
    for agent in ("frontend", "backend", "database", "reviewer"):
        assert agent not in fake_llm.calls
    assert not of(events, "file_written")
    assert not [e for e in of(events, "finding")]
    # the new project kept nothing: it is gone at once (it stayed listed without a version
    # until the next start), and what its run cost still counts today
    project_id = events[0].project_id
    assert ctx.store.projects.list() == []
    assert not ctx.store.paths.project(project_id).exists()
    assert ctx.store.runs.spent_on(date.today())[1] == pytest.approx(finished.cost)
    # a run the app refused before building is not one of the Free plan's daily AI runs
    assert ctx.store.runs.count_ai_runs_on(date.today()) == 0
    # the window's feed: the line, not "describe the change another way", and no changes
    progress = RunProgress()
    for event in events:
        progress.fold(event)
    assert progress.summary().startswith(f"Nothing kept · not approved: {LINE} · $")
    assert progress.changes == {}


async def test_with_full_stack_allowed_the_line_says_to_pick_it(engine, fake_llm) -> None:
    script_fullstack_plan(fake_llm)
    events = await engine(RECIPES, mode=Mode.WEB)
    assert events[-1].verdict == (
        "not approved: Accounts and a database need full-stack mode (pick it for a new "
        "project); or build it without accounts, data kept in this browser")


async def test_a_page_planned_for_the_backend_is_written_by_the_frontend(engine,
                                                                         fake_llm) -> None:
    fake_llm.set("architect", plan(("index.html", "frontend"), ("styles.css", "backend")))
    fake_llm.set("frontend", block("index.html", '<link rel="stylesheet" href="styles.css">'
                                   "<h1>Hi</h1>") + block("styles.css", "h1 { color: red }"))
    fake_llm.set("reviewer", APPROVE)
    events = await engine("a page", mode=Mode.WEB)
    finished = events[-1]
    assert finished.approved, finished.verdict
    assert {e.path for e in of(events, "file_written")} == {"index.html", "styles.css"}
    assert "backend" not in fake_llm.calls
    notes = [e.message for e in of(events, "agent_notice") if e.agent == "architect"]
    assert any("styles.css" in n for n in notes)


async def test_a_full_stack_run_keeps_its_backend(engine, fake_llm) -> None:
    script_fullstack_plan(fake_llm)
    events = await engine(RECIPES, mode=Mode.FULLSTACK, options=EngineOptions(shard_tokens=None))
    assert fake_llm.calls["backend"] == 1 and fake_llm.calls["database"] == 1
    assert events[-1].files_written == len(FULL)


def test_the_cli_says_the_same_line_and_exits_3(run_cli, fake_llm, monkeypatch) -> None:
    script_fullstack_plan(fake_llm)
    monkeypatch.setenv("DEVORA_API_KEY", "sk-env-key-1234567890")
    result = run_cli("generate", RECIPES, "--provider", "openai", "--base-url", fake_llm.url,
                     "--model", "fake/model", "--mode", "web")
    assert result.code == 3, result
    assert result.out.strip().splitlines()[-1] == "Nothing was kept of the new project."
    assert run_cli("projects", "list", "--json").out.strip() == "[]"
    assert result.err.strip().splitlines()[-1] == f"devora: not approved: {LINE}"
    assert "backend" not in fake_llm.calls and "Traceback" not in result.err


async def test_a_web_app_built_for_a_sign_in_ask_says_it_has_no_accounts(engine,
                                                                          fake_llm) -> None:
    """The model kept to web mode, but the person asked for accounts (here in French): the
    run says, as the offline templates do, that a web app has none."""
    fake_llm.set("architect", plan(("index.html", "frontend")))
    fake_llm.set("frontend", block("index.html", "<h1>Recettes</h1>"))
    fake_llm.set("reviewer", APPROVE)
    note = ("Sign-in is not built in web mode: a web app keeps its data in this browser, with "
            "no real accounts; accounts need full-stack mode (Pro: Help › License)")

    def warned(events) -> bool:
        return any(e.message == note and e.level == "warning"
                   for e in of(events, "agent_notice"))

    events = await engine("des recettes de famille avec connexion et mot de passe",
                          mode=Mode.WEB, entitlements=FREE)
    assert events[-1].type == "run_finished" and warned(events)
    events = await engine("des recettes de famille", mode=Mode.WEB, entitlements=FREE)
    assert events[-1].type == "run_finished" and not warned(events)


def test_a_web_plan_is_held_to_the_frontend() -> None:
    from devora_desktop.agents.mode_plan import hold
    from devora_desktop.agents.plan_stream import parse_plan

    web = ("frontend",)
    planned = parse_plan(plan(("index.html", "frontend"), ("styles.css", "backend"),
                              ("lib/db.js", "database")).replace(
        '"path": "lib/db.js", "owner": "database", "purpose": "x"',
        '"path": "lib/db.js", "owner": "database", "purpose": "x", "action": "delete"'))
    held, server, moved = hold(planned, web)
    assert server == [] and moved == ["styles.css", "lib/db.js"]
    assert {f.owner for f in held.files} == {"frontend"}
    planned = parse_plan(plan(("index.html", "frontend"), ("app/api/x/route.ts", "backend")))
    held, server, moved = hold(planned, web)
    assert [f.path for f in server] == ["app/api/x/route.ts"] and moved == []
    assert hold(planned, ("frontend", "backend", "database")) == (planned, [], [])
