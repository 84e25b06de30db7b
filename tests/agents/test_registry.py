"""One registry entry adds an agent: it runs end to end in the CLI, headless."""

from __future__ import annotations

import json

import pytest

from devora_desktop.agents import registry
from tests.agents.docs_agent import docs_agent, script


def test_a_registered_agent_runs_end_to_end_in_the_cli(run_cli, fake_llm, pro,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEVORA_API_KEY", "sk-test-1234567890")
    script(fake_llm)
    with docs_agent():
        result = run_cli("generate", "a task app with a user guide", "--mode", "fullstack",
                         "--provider", "openai", "--base-url", fake_llm.url,
                         "--model", "fake/model", "--json")
    assert result.code == 0, result
    events = [json.loads(line) for line in result.out.splitlines()]
    assert "docs" in events[0]["agents"]  # RunStarted lists the team
    started = [e["agent"] for e in events if e["type"] == "agent_started"]
    assert started.count("docs") == 1
    written = {e["path"]: e["agent"] for e in events if e["type"] == "file_written"}
    assert written["docs/guide.md"] == "docs"
    assert events[-1]["type"] == "run_finished" and events[-1]["approved"]
    # it was asked with its own prompt, and the Architect was told it exists
    [asked] = fake_llm.requests_for("docs")
    assert "You are the Docs agent" in asked["body"]["messages"][-1]["content"]
    team = fake_llm.requests_for("architect")[0]["body"]["messages"][0]["content"]
    assert "## The Docs agent\nYou are the Docs agent of Devora." in team
    assert '"docs": user documentation under docs/' in team
    # and once unregistered, a plan naming it is refused by the schema, as any unknown owner
    assert "docs" not in registry.file_owners()


def test_the_built_in_teams() -> None:
    assert registry.team("quick") == ["quick"]
    assert registry.team("web") == ["architect", "frontend", "reviewer"]
    assert registry.team("fullstack") == ["architect", "frontend", "backend", "database",
                                          "reviewer"]
    assert registry.area_of("app/api/x.sql") == "database"
    assert registry.area_of("app/api/tasks/route.ts") == "backend"
    assert registry.area_of("supabase/migrations/1.sql") == "database"
    assert registry.area_of("app/page.tsx") == "frontend"
