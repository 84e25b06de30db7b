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


def test_a_registered_provider_is_one_entry(run_cli, fake_llm, monkeypatch) -> None:
    """An OpenAI-compatible provider needs only its ProviderSpec: the CLI offers it, the run
    uses its URL, default model and label, and it needs no settings saved for it."""
    from devora_desktop.core import providers
    from tests.agents.conftest import APPROVE, block

    monkeypatch.setenv("DEVORA_API_KEY", "sk-test-1234567890")
    fake_llm.set("quick", block("index.html", "<h1>hi</h1>"))
    fake_llm.set("reviewer", APPROVE)
    providers.register(providers.ProviderSpec(
        "acme", "Acme AI", "Acme AI (cloud)", base_url=fake_llm.url,
        default_model="fake/small", key="required"))
    try:
        result = run_cli("generate", "a page", "--mode", "quick", "--provider", "acme",
                         "--json")
    finally:
        providers.unregister("acme")
    assert run_cli("generate", "a page", "--provider", "acme").code == 2  # gone again
    assert result.code == 0, result
    started = json.loads(result.out.splitlines()[0])
    assert started["provider"] == "acme" and started["provider_label"] == "Acme AI"
    assert started["model"] == "fake/small"
    assert [r["body"]["model"] for r in fake_llm.requests] == ["fake/small"]
