"""Prompt caching: breakpoints on the wire for Anthropic models only, and cached tokens read
from both usage shapes and priced at the provider's cached rate."""

from __future__ import annotations

from pathlib import Path

import pytest

from devora_desktop.core.llm.base import CallParams, collect
from devora_desktop.core.llm.caching import read_usage, stable, wire_messages
from devora_desktop.core.llm.catalogue import Catalogue
from devora_desktop.core.llm.client import OpenAICompatProvider
from devora_desktop.core.models import Usage
from tests.fakes.llm_server import FakeLLM

SYSTEM = "You are the Reviewer agent of Devora.\n" + "Rules of review. " * 400   # ~1.7k tokens
CONTEXT = "".join(f'<file path="c{i}.ts">\nexport const c{i} = {i};\n</file>\n'
                  for i in range(300))                                          # ~3k tokens


def turn(request: str) -> list:
    return [stable("system", SYSTEM), stable("user", CONTEXT, f"\n\nRequest: {request}")]


async def two_calls(fake: FakeLLM, tmp_path: Path, model: str) -> tuple[Usage, Usage]:
    fake.set("reviewer", "ok")
    async with OpenAICompatProvider(name="openrouter", base_url=fake.url,
                                    catalogue=Catalogue(tmp_path, fake.url)) as p:
        await p.refresh_catalogue()
        _, first = await collect(p.stream_chat(turn("add a footer"), model, "reviewer",
                                               CallParams()))
        _, second = await collect(p.stream_chat(turn("make it blue"), model, "reviewer",
                                                CallParams()))
    return first, second


def test_read_usage_shapes() -> None:
    openrouter = {"prompt_tokens": 194, "completion_tokens": 2, "total_tokens": 196,
                  "cost": 0.95, "prompt_tokens_details": {"cached_tokens": 100,
                                                          "cache_write_tokens": 50}}
    assert read_usage(openrouter).__dict__ == {"prompt": 194, "completion": 2, "cached": 100,
                                               "written": 50}
    anthropic = {"input_tokens": 44, "output_tokens": 2, "cache_read_input_tokens": 100,
                 "cache_creation_input_tokens": 50}
    assert read_usage(anthropic).__dict__ == {"prompt": 194, "completion": 2, "cached": 100,
                                              "written": 50}
    passthrough = {"prompt_tokens": 44, "completion_tokens": 2, "cache_read_input_tokens": 100,
                   "cache_creation_input_tokens": 50}   # a proxy that kept Anthropic's count
    assert read_usage(passthrough).prompt == 194
    litellm = {"prompt_tokens": 194, "completion_tokens": 2, "cache_read_input_tokens": 100}
    assert read_usage(litellm).__dict__ == {"prompt": 194, "completion": 2, "cached": 100,
                                            "written": 0}
    deepseek = {"prompt_tokens": 194, "completion_tokens": 2, "prompt_cache_hit_tokens": 128}
    assert read_usage(deepseek).cached == 128
    assert read_usage({"completion_tokens": 3}) is None
    assert read_usage(None) is None
    bogus = {"prompt_tokens": 10, "completion_tokens": True,
             "prompt_tokens_details": {"cached_tokens": "lots"}}
    assert read_usage(bogus).__dict__ == {"prompt": 10, "completion": 0, "cached": 0,
                                          "written": 0}


def test_breakpoints_only_for_models_that_need_them() -> None:
    msgs = [stable("system", "sys"), stable("user", "ctx", " var"),
            {"role": "assistant", "content": "a"}]
    plain = wire_messages(msgs, breakpoints=False)
    assert plain == [{"role": "system", "content": "sys"}, {"role": "user", "content": "ctx var"},
                     {"role": "assistant", "content": "a"}]
    marked = wire_messages(msgs, breakpoints=True)
    assert marked[1]["content"] == [
        {"type": "text", "text": "ctx", "cache_control": {"type": "ephemeral"}},
        {"type": "text", "text": " var"}]
    assert marked[0]["content"][0]["cache_control"] == {"type": "ephemeral"}
    many = [stable("user", f"m{i}") for i in range(6)]
    assert sum(isinstance(m["content"], list) for m in wire_messages(many, True)) == 4


async def test_openrouter_shape_cached_tokens_and_cost(tmp_path: Path) -> None:
    with FakeLLM(cache="auto", usage_shape="openrouter") as fake:
        first, second = await two_calls(fake, tmp_path, "fake/model")
        body = fake.requests[1]["body"]
    assert all(isinstance(m["content"], str) and "cache_prefix" not in m
               for m in body["messages"])   # OpenAI-style: nothing to mark
    assert first.cached_tokens == 0 and first.saved_usd == 0
    assert second.cached_tokens >= 0.9 * (len(SYSTEM) + len(CONTEXT)) // 4
    assert second.cached_share > 0.9
    fresh = second.prompt_tokens - second.cached_tokens
    assert second.cost_usd == pytest.approx(fresh * 1e-6 + second.cached_tokens * 1e-7
                                            + second.completion_tokens * 2e-6)
    assert second.saved_usd == pytest.approx(second.cached_tokens * (1e-6 - 1e-7))
    total = first + second
    assert total.cached_tokens == second.cached_tokens
    assert total.saved_usd == pytest.approx(second.saved_usd)


async def test_anthropic_shape_with_breakpoints(tmp_path: Path) -> None:
    with FakeLLM(cache="breakpoints", usage_shape="anthropic") as fake:
        first, second = await two_calls(fake, tmp_path, "anthropic/claude-fake")
        body = fake.requests[1]["body"]
    user = body["messages"][1]["content"]
    assert user[0]["cache_control"] == {"type": "ephemeral"} and user[0]["text"] == CONTEXT
    assert user[1] == {"type": "text", "text": "\n\nRequest: make it blue"}
    assert first.cached_tokens == 0 and first.cache_write_tokens > 1500
    assert second.cached_tokens == first.cache_write_tokens   # what was written is read
    assert second.cached_tokens >= (len(SYSTEM) + len(CONTEXT)) // 4
    assert second.cache_write_tokens == 0
    fresh = second.prompt_tokens - second.cached_tokens
    assert second.cost_usd == pytest.approx(fresh * 3e-6 + second.cached_tokens * 3e-7
                                            + second.completion_tokens * 15e-6)
    assert first.saved_usd < 0 < second.saved_usd   # writing costs 1.25x, reading 0.1x


def test_cli_summary_shows_the_cache_saving(run_cli, monkeypatch) -> None:
    """Three quick runs on one project: the third resends the system prompt and the current
    files first, as the second did, so the provider serves them from its cache."""
    monkeypatch.setenv("DEVORA_API_KEY", "sk-env-key-1234567890")
    page = "<h1>Hello</h1>\n" + "<p>Some words on the page.</p>\n" * 200
    with FakeLLM(cache="auto", usage_shape="openrouter", cache_min=256, cache_step=64) as fake:
        fake.set("quick", [f'<file path="index.html">\n{page}</file>',
                           '<file path="about.html">\n<h1>About</h1>\n</file>'])
        args = ["--provider", "openai", "--base-url", fake.url, "--model", "fake/model",
                "--mode", "quick"]
        first = run_cli("generate", "hello page", *args)
        assert first.code == 0, first
        assert "from cache" not in first.out
        second = run_cli("generate", "an about page", "--project", "Hello Page", *args)
        assert second.code == 0, second
        third = run_cli("generate", "another about page", "--project", "Hello Page", *args)
    assert third.code == 0, third
    assert "of input from cache, saved $" in third.out, third.out
