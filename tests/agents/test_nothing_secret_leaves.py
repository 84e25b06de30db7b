"""An opened project holding real secrets: no request carries them, and the ledger says what
was sent where."""

from __future__ import annotations

import json
from pathlib import Path

from devora_desktop.core.importer import import_folder
from devora_desktop.core.models import Mode
from tests.agents.conftest import APPROVE, block, plan
from tests.gitrepos import make_repo, needs_git

pytestmark = needs_git

ENV_CANARY = "sk-proj-EnvCanary0123456789abcdefghijklmnopqrstuvwxyzAB"
SOURCE_CANARY = "ghp_SourceCanary0123456789abcdefghijABCD"


def _all_bodies(fake_llm) -> str:
    return "\n".join(json.dumps(r["body"]) + json.dumps(r.get("headers", {}))
                     for agent in ("architect", "frontend", "reviewer")
                     for r in fake_llm.requests_for(agent))


async def test_no_request_carries_a_secret_and_the_ledger_lists_what_was_sent(
        engine, fake_llm, ctx, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "shop", {
        "index.html": "<h1>Shop</h1>\n",
        "app.js": f'const token = "{SOURCE_CANARY}";\nconsole.log("shop");\n'})
    (repo / ".env").write_text(f"OPENAI_API_KEY={ENV_CANARY}\n")
    project = import_folder(ctx.store, repo).project
    fake_llm.set("architect", plan(("app.js", "frontend"), (".env", "frontend")).replace(
        '"purpose": "x"', '"purpose": "x", "action": "modify"'))
    # the model echoes the placeholder it was given: the file keeps the person's value
    fake_llm.set("frontend", lambda req: block(
        "app.js", 'const token = "[REDACTED:GitHub Token]";\nconsole.log("green shop");'))
    fake_llm.set("reviewer", APPROVE)
    events = await engine("log a greener message", mode=Mode.WEB, project_id=project.id)
    assert events[-1].type == "run_finished", events[-1]
    sent = _all_bodies(fake_llm)
    assert "shop" in sent  # the requests did carry the project
    assert ENV_CANARY not in sent and SOURCE_CANARY not in sent
    assert "[REDACTED:" in sent
    assert (repo / "app.js").read_text() == (f'const token = "{SOURCE_CANARY}";\n'
                                             'console.log("green shop");\n')
    assert (repo / ".env").read_text() == f"OPENAI_API_KEY={ENV_CANARY}\n"
    run = ctx.store.runs.list(project_id=project.id)[-1]
    agents = [c["agent"] for c in run.egress]
    assert agents[0] == "architect" and "frontend" in agents and "reviewer" in agents
    frontend = next(c for c in run.egress if c["agent"] == "frontend")
    assert frontend["files"] == ["app.js"] and frontend["redacted"] >= 1
    assert frontend["provider"] == "openrouter" and frontend["model"] == "fake/model"
    assert all(c["prompt_tokens"] > 0 for c in run.egress)
    assert not any(".env" in c["files"] for c in run.egress)
