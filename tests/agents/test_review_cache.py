"""The Reviewer's request opens with the project at a checkpoint, identical turn after turn, so
a provider's prompt cache serves it; the files changed since follow, and the checkpoint moves
once they outgrow a third of it."""

from __future__ import annotations

import json

from devora_desktop.agents.review_cache import KEY
from devora_desktop.core.models import Mode
from tests.agents.conftest import APPROVE, block

FILES = {f"src/part{i}.js": f"export const part{i} = {i};\n" * 40 for i in range(6)}


def modify(*paths: str) -> str:
    return "```json\n" + json.dumps({"name": "Parts", "summary": "parts", "files": [
        {"path": p, "owner": "frontend", "purpose": "x", "action": "modify"}
        for p in paths]}) + "\n```"


def head(request: dict) -> str:
    """The checkpoint part: everything before what follows it."""
    text = request["body"]["messages"][-1]["content"]
    ends = [text.find(m) for m in ("Changed since the checkpoint", "Written in this run",
                                   "Plan:\n```json")]
    return text[: min(e for e in ends if e != -1)]


async def test_reviewer_request_opens_the_same_way_each_turn(engine, fake_llm, ctx) -> None:
    fake_llm.set("architect", "```json\n" + json.dumps({"name": "Parts", "summary": "parts",
                 "files": [{"path": p, "owner": "frontend", "purpose": "x"} for p in FILES]})
                 + "\n```")
    fake_llm.set("frontend", "".join(block(p, t.rstrip("\n")) for p, t in FILES.items()))
    fake_llm.set("reviewer", APPROVE)
    first = await engine("parts", mode=Mode.WEB)
    pid = first[0].project_id
    version = first[-1].version_id
    assert ctx.store.kv.get(KEY.format(pid)) == version   # the first version is the checkpoint
    created = head(fake_llm.requests_for("reviewer")[0])
    assert all(f'<file path="{p}">' in created for p in FILES)

    # A small change: the request opens with the same checkpoint text, the change follows.
    fake_llm.set("architect", modify("src/part2.js"))
    fake_llm.set("frontend", block("src/part2.js", "export const part2 = 'two';"))
    turn = await engine("change part 2", mode=Mode.WEB, project_id=pid)
    assert turn[-1].type == "run_finished", turn[-1]
    request = fake_llm.requests_for("reviewer")[1]
    assert head(request) == created
    tail = request["body"]["messages"][-1]["content"][len(created):]
    assert "Changed since the checkpoint" in tail and "part2 = 'two'" in tail
    assert "Written in this run: src/part2.js" in tail
    assert ctx.store.kv.get(KEY.format(pid)) == version   # the checkpoint stays

    # Most of the project changes: the next review opens with it as it is now.
    big = [f"src/part{i}.js" for i in range(4)]
    fake_llm.set("architect", modify(*big))
    fake_llm.set("frontend", "".join(block(p, f"export const v = '{p}';") for p in big))
    turn = await engine("rewrite the parts", mode=Mode.WEB, project_id=pid)
    assert turn[-1].type == "run_finished", turn[-1]
    request = fake_llm.requests_for("reviewer")[2]
    assert head(request) != created and "export const v = 'src/part0.js';" in head(request)
    assert "Changed since the checkpoint" not in request["body"]["messages"][-1]["content"]
    assert ctx.store.kv.get(KEY.format(pid)) == turn[-1].version_id
