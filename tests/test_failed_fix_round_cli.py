"""`devora generate` for a new project whose fix round fails: kept, exit code 3 ("finished,
kept, not approved"), the reason said once on each stream (walk4 #15)."""

from __future__ import annotations

import json

from tests.agents.conftest import block, iterate, plan
from tests.agents.test_failed_fix_round import PROSE


def test_a_failed_fix_round_exits_3_and_keeps_the_project(run_cli, fake_llm,
                                                          monkeypatch) -> None:
    fake_llm.set("architect", plan(("index.html", "frontend"), name="Hello Page"))
    fake_llm.set("frontend", [block("index.html", "<h1>Hello</h1>"), PROSE])
    fake_llm.set("reviewer", iterate("no title", path="index.html"))
    monkeypatch.setenv("DEVORA_API_KEY", "sk-env-key-1234567890")
    result = run_cli("generate", "hello page", "--mode", "web", "--provider", "openai",
                     "--base-url", fake_llm.url, "--model", "fake/model")
    assert result.code == 3, result
    said = "the fix round failed: the frontend agent answered in prose without any file"
    assert result.out.count(said) == 1 and result.err.count(said) == 1
    assert "the version is kept" in result.err and "devora models check" not in result.out
    shown = json.loads(run_cli("projects", "show", "Hello Page", "--json").out)
    assert "index.html" in shown["files"] and len(shown["versions"]) == 1
