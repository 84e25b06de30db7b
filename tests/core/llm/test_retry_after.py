"""The model client's side of the one retry policy, through the real client and the fake."""

from __future__ import annotations

import email.utils
import time

import pytest

from devora_desktop.core.errors import ProviderError, RateLimited
from devora_desktop.core.llm.base import collect
from devora_desktop.core.llm.client import OpenAICompatProvider, RetryPolicy

MSGS = [{"role": "user", "content": "hi"}]


def provider(fake, **kw) -> OpenAICompatProvider:
    kw.setdefault("retry", RetryPolicy(attempts=4, initial=0.01, max_wait=0.05, jitter=0))
    return OpenAICompatProvider(name="openrouter", label="OpenRouter", base_url=fake.url, **kw)


async def test_retry_after_beyond_the_cap_raises_at_once_with_the_time(fake_llm) -> None:
    fake_llm.set("backend", {"fault": "429", "retry_after": 86400})
    started = time.monotonic()
    async with provider(fake_llm) as p:
        with pytest.raises(RateLimited) as info:
            await collect(p.stream_chat(MSGS, "m", "backend"))
    assert time.monotonic() - started < 2
    assert fake_llm.calls["backend"] == 1
    err = info.value
    assert not err.retryable and err.until is not None
    assert err.one_line().startswith("rate-limited by OpenRouter until ")
    assert err.until.strftime("%Y-%m-%d %H:%M UTC") in err.one_line()
    assert 86000 < err.until.timestamp() - time.time() < 86500


async def test_retry_after_as_an_http_date_is_honoured(fake_llm) -> None:
    when = email.utils.formatdate(time.time() + 2, usegmt=True)
    fake_llm.set("architect", [{"fault": "429", "retry_after": when}, "ok"])
    started = time.monotonic()
    async with provider(fake_llm) as p:
        text, _ = await collect(p.stream_chat(MSGS, "m", "architect"))
    assert text == "ok" and fake_llm.calls["architect"] == 2
    assert time.monotonic() - started >= 0.9  # the date has 1 s resolution


async def test_error_event_before_any_text_is_retried_by_the_http_layer(fake_llm) -> None:
    fake_llm.set("quick", [{"fault": "error_event"}, "fine"])
    async with provider(fake_llm) as p:
        text, _ = await collect(p.stream_chat(MSGS, "m", "quick"))
    assert text == "fine" and fake_llm.calls["quick"] == 2
    fake_llm.calls.clear()
    fake_llm.set("quick", {"fault": "error_event"})
    async with provider(fake_llm) as p:
        with pytest.raises(ProviderError, match="overloaded"):
            await collect(p.stream_chat(MSGS, "m", "quick"))
    assert fake_llm.calls["quick"] == 4
