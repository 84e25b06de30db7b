"""start_run sends each provider's own default model, headless."""

from __future__ import annotations

import pytest

from devora_desktop.agents.launch import start_run
from devora_desktop.agents.providers import check_connection
from devora_desktop.core.errors import AuthError
from devora_desktop.core.models import Mode
from tests.agents.conftest import block


def _point_openai_at(ctx, url: str, model: str) -> None:
    s = ctx.settings.model_copy(deep=True)
    s.default_provider = "openai"
    s.providers["openai"].base_url = url
    s.providers["openai"].default_model = model
    s.providers["openrouter"].default_model = "anthropic/claude-sonnet-4.5"
    ctx.save_settings(s)


async def _drain(ctx, mode=Mode.QUICK, **kw) -> None:
    async with start_run(ctx, "a page", mode, **kw) as (run, _choice):
        async for _ev in run:
            pass


async def test_openai_compatible_runs_its_own_default_model(ctx, fake_llm) -> None:
    _point_openai_at(ctx, fake_llm.url, "fake/small")
    fake_llm.set("quick", block("index.html", "<h1>hi</h1>"))
    await _drain(ctx)
    assert [r["body"]["model"] for r in fake_llm.requests] == ["fake/small"]


async def test_explicit_model_still_wins(ctx, fake_llm) -> None:
    _point_openai_at(ctx, fake_llm.url, "fake/small")
    fake_llm.set("quick", block("index.html", "<h1>hi</h1>"))
    await _drain(ctx, model="fake/model")
    assert [r["body"]["model"] for r in fake_llm.requests] == ["fake/model"]


async def test_check_connection_sends_one_token_with_the_given_key(ctx, fake_llm) -> None:
    _point_openai_at(ctx, fake_llm.url, "fake/small")
    line = await check_connection(ctx, "openai", api_key="sk-unsaved-key-123")
    assert line.startswith("Connected")
    (req,) = fake_llm.requests
    assert req["body"]["max_tokens"] == 1 and req["body"]["model"] == "fake/small"
    assert req["headers"]["Authorization"] == "Bearer sk-unsaved-key-123"
    fake_llm.set("quick", {"status": 401})
    with pytest.raises(AuthError):
        await check_connection(ctx, "openai", api_key="sk-revoked")
    assert (await check_connection(ctx, "offline")).startswith("Offline templates")
