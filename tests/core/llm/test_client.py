from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

import httpx
import pytest

from devora_desktop.core.errors import (
    AuthError,
    ModelNotFound,
    ProviderError,
    ProviderTimeout,
    ProviderUnavailable,
    RateLimited,
    StreamInterrupted,
)
from devora_desktop.core.llm.base import collect
from devora_desktop.core.llm.catalogue import Catalogue, detect_ollama, detect_openai_models
from devora_desktop.core.llm.client import OpenAICompatProvider, RetryPolicy, Timeouts
from devora_desktop.core.models import Usage
from tests.fakes.base import free_port

KEY = "sk-test-ABCDEFGHIJKLMNOPQRSTUVWX"
TEXT = "<file path=\"index.html\">\n<h1>Hello, world</h1>\n</file>\nAll done here."
MSGS = [{"role": "system", "content": "frontend agent"}, {"role": "user", "content": "hi"}]


def provider(fake, tmp_path: Path | None = None, **kw) -> OpenAICompatProvider:
    kw.setdefault("retry", RetryPolicy(attempts=4, initial=0.01, max_wait=0.05, jitter=0))
    kw.setdefault("timeouts", Timeouts(connect=2, first_byte=2, idle=2))
    cat = Catalogue(tmp_path, fake.url) if tmp_path else None
    return OpenAICompatProvider(name="openrouter", label="OpenRouter", base_url=fake.url,
                                api_key=KEY, catalogue=cat, **kw)


async def test_streams_deltas_headers_usage_and_cost(fake_llm, tmp_path: Path) -> None:
    fake_llm.set("frontend", TEXT)
    async with provider(fake_llm, tmp_path) as p:
        await p.catalogue.refresh(p._client)
        deltas = []
        usage = None
        async for item in p.stream_chat(MSGS, "fake/model", "frontend"):
            if isinstance(item, Usage):
                usage = item
            else:
                deltas.append(item)
    assert "".join(deltas) == TEXT
    assert len(deltas) > 5
    assert usage is not None and not usage.estimated
    assert usage.completion_tokens == len(deltas)
    assert usage.cost_usd == pytest.approx(usage.prompt_tokens * 1e-6 +
                                           usage.completion_tokens * 2e-6)
    assert usage.ttft is not None and usage.ttft <= usage.seconds
    req = fake_llm.requests_for("frontend")[0]
    headers = {k.lower(): v for k, v in req["headers"].items()}
    assert headers["x-devora-agent"] == "frontend"
    assert headers["x-title"] == "Devora Desktop"
    assert headers["http-referer"]
    assert headers["authorization"] == f"Bearer {KEY}"
    assert req["body"]["stream"] is True
    assert req["body"]["stream_options"] == {"include_usage": True}


async def test_429_honours_retry_after(fake_llm) -> None:
    fake_llm.set("architect", [{"fault": "429", "retry_after": 0.4}, "ok"])
    async with provider(fake_llm) as p:
        start = time.monotonic()
        text, _ = await collect(p.stream_chat(MSGS, "m", "architect"))
        elapsed = time.monotonic() - start
    assert text == "ok"
    assert fake_llm.calls["architect"] == 2
    assert elapsed >= 0.4


async def test_5xx_retried_then_succeeds(fake_llm) -> None:
    fake_llm.set("backend", [{"fault": "500"}, {"fault": "503"}, {"fault": "502"}, "fine"])
    async with provider(fake_llm) as p:
        text, _ = await collect(p.stream_chat(MSGS, "m", "backend"))
    assert text == "fine"
    assert fake_llm.calls["backend"] == 4


async def test_5xx_gives_up_after_attempts_with_one_line(fake_llm) -> None:
    fake_llm.set("backend", {"fault": "500"})
    async with provider(fake_llm) as p:
        with pytest.raises(ProviderUnavailable) as info:
            await collect(p.stream_chat(MSGS, "m", "backend"))
    assert fake_llm.calls["backend"] == 4
    assert info.value.retryable
    assert "\n" not in info.value.one_line()
    assert "HTTP 500" in info.value.one_line()


async def test_a_5xx_that_says_try_again_is_not_told_twice(fake_llm) -> None:
    """walk12 #5: "… HTTP 500: The model is overloaded. Please try again later. (try again
    in a moment)", in Settings' Test connection and in the run's feed."""
    fake_llm.set("backend", {"status": 500, "message": "The model is overloaded. Please try "
                                                       "again later."})
    async with provider(fake_llm, retry=RetryPolicy(attempts=1)) as p:
        with pytest.raises(ProviderUnavailable) as info:
            await collect(p.stream_chat(MSGS, "m", "backend"))
    said = info.value.one_line()
    assert said.endswith("Please try again later.") and said.lower().count("try again") == 1


async def test_429_exhausted_is_rate_limited(fake_llm) -> None:
    fake_llm.set("database", {"fault": "429", "retry_after": 0})
    async with provider(fake_llm, retry=RetryPolicy(attempts=2, initial=0.01, jitter=0)) as p:
        with pytest.raises(RateLimited):
            await collect(p.stream_chat(MSGS, "m", "database"))
    assert fake_llm.calls["database"] == 2


async def test_dropped_stream_carries_partial_and_is_not_retried(fake_llm) -> None:
    fake_llm.set("frontend", {"text": TEXT, "fault": "drop", "drop_after": 6})
    async with provider(fake_llm) as p:
        seen = []
        with pytest.raises(StreamInterrupted) as info:
            async for item in p.stream_chat(MSGS, "m", "frontend"):
                if isinstance(item, str):
                    seen.append(item)
    assert info.value.retryable
    assert info.value.partial == "".join(seen)
    assert info.value.partial and TEXT.startswith(info.value.partial)
    assert fake_llm.calls["frontend"] == 1


async def test_a_connection_closed_before_any_word_is_said_plainly(fake_llm) -> None:
    """walk24 #18: "the connection to 127.0.0.1:43329 failed (RemoteProtocolError)"."""
    fake_llm.set("frontend", {"text": TEXT, "fault": "drop", "drop_after": 0})
    async with provider(fake_llm, retry=RetryPolicy(attempts=1, initial=0.01, jitter=0)) as p:
        with pytest.raises(ProviderError) as info:
            await collect(p.stream_chat(MSGS, "m", "frontend"))
    said = info.value.one_line()
    assert "closed the connection before answering" in said and "Error)" not in said, said


async def test_stream_without_done_before_tokens_is_retried(fake_llm) -> None:
    fake_llm.set("reviewer", [{"text": "", "fault": "no_done", "usage": False}, "APPROVE"])
    async with provider(fake_llm) as p:
        text, _ = await collect(p.stream_chat(MSGS, "m", "reviewer"))
    assert text == "APPROVE"


async def test_malformed_sse_line_is_skipped(fake_llm, caplog) -> None:
    fake_llm.set("quick", {"text": TEXT, "fault": "malformed"})
    async with provider(fake_llm) as p:
        text, _ = await collect(p.stream_chat(MSGS, "m", "quick"))
    assert text == TEXT
    assert "malformed" in caplog.text


async def test_slow_first_byte_times_out_and_retries(fake_llm) -> None:
    fake_llm.set("architect", [{"text": "late", "first_byte_delay": 1.0}, "on time"])
    async with provider(fake_llm, timeouts=Timeouts(connect=1, first_byte=0.3, idle=1)) as p:
        text, _ = await collect(p.stream_chat(MSGS, "m", "architect"))
    assert text == "on time"
    assert fake_llm.calls["architect"] == 2
    fake_llm.set("architect", {"text": "late", "first_byte_delay": 0.6})
    async with provider(fake_llm, timeouts=Timeouts(connect=1, first_byte=0.2, idle=1),
                        retry=RetryPolicy(attempts=2, initial=0.01, jitter=0)) as p:
        with pytest.raises(ProviderTimeout, match="did not answer in time"):
            await collect(p.stream_chat(MSGS, "m", "architect"))


async def test_idle_gap_after_tokens_is_interrupted(fake_llm) -> None:
    fake_llm.set("frontend", {"text": TEXT, "latency": 0.5})
    async with provider(fake_llm, timeouts=Timeouts(connect=1, first_byte=2, idle=0.2)) as p:
        with pytest.raises(StreamInterrupted, match="stalled"):
            await collect(p.stream_chat(MSGS, "m", "frontend"))


async def test_usage_estimated_when_missing(fake_llm) -> None:
    fake_llm.set("quick", {"text": TEXT, "usage": False})
    async with provider(fake_llm) as p:
        _, usage = await collect(p.stream_chat(MSGS, "m", "quick"))
    assert usage.estimated
    assert usage.completion_tokens == (len(TEXT) + 3) // 4


async def test_cancellation_closes_the_connection(fake_llm) -> None:
    fake_llm.set("frontend", {"text": TEXT * 20, "latency": 0.02})
    got = asyncio.Event()

    async def consume(p) -> None:
        async for item in p.stream_chat(MSGS, "m", "frontend"):
            if isinstance(item, str):
                got.set()

    async with provider(fake_llm) as p:
        task = asyncio.create_task(consume(p))
        await asyncio.wait_for(got.wait(), 5)
        assert fake_llm.active_streams == 1
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert await asyncio.to_thread(fake_llm.wait_idle, 3.0)
        assert fake_llm.cancelled_streams == 1


async def test_auth_error_is_actionable_and_hides_key(fake_llm, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    fake_llm.set("architect", {"status": 401, "message": f"invalid key {KEY}"})
    async with provider(fake_llm) as p:
        with pytest.raises(AuthError) as info:
            await collect(p.stream_chat(MSGS, "m", "architect"))
    line = info.value.one_line()
    assert line == "OpenRouter rejected the API key (401) (set a new one in Settings)"
    assert fake_llm.calls["architect"] == 1
    assert KEY not in repr(p) and KEY not in str(info.value)
    assert KEY not in caplog.text


async def test_unknown_model_and_bad_request(fake_llm) -> None:
    fake_llm.set("quick", [{"status": 404}, {"status": 400, "message": "maximum context length"}])
    async with provider(fake_llm) as p:
        with pytest.raises(ModelNotFound):
            await collect(p.stream_chat(MSGS, "nope", "quick"))
        with pytest.raises(ProviderError, match="context window"):
            await collect(p.stream_chat(MSGS, "m", "quick"))


async def test_error_event_mid_stream(fake_llm) -> None:
    fake_llm.set("quick", {"fault": "error_event"})
    async with provider(fake_llm, retry=RetryPolicy(attempts=1)) as p:
        with pytest.raises(ProviderError, match="overloaded"):
            await collect(p.stream_chat(MSGS, "m", "quick"))


async def test_unreachable_host() -> None:
    p = OpenAICompatProvider(name="openai", base_url=f"http://127.0.0.1:{free_port()}/v1",
                             retry=RetryPolicy(attempts=2, initial=0.01, jitter=0))
    async with p:
        with pytest.raises(ProviderUnavailable, match=r"could not reach 127\.0\.0\.1"):
            await collect(p.stream_chat(MSGS, "m", "quick"))


async def test_catalogue_cached_for_an_hour_and_used_offline(fake_llm, tmp_path: Path) -> None:
    cat = Catalogue(tmp_path, fake_llm.url)
    async with httpx.AsyncClient() as client:
        models = await cat.refresh(client)
        assert models["fake/small"].context_length == 2048
        await Catalogue(tmp_path, fake_llm.url).refresh(client)
        assert len(fake_llm.get_paths) == 1  # second one came from the cache
        fake_llm.stop()
        offline = Catalogue(tmp_path, fake_llm.url)
        models = await offline.refresh(client, force=True)
    assert models["fake/model"].prompt_price == 1e-6
    assert offline.get("fake/model").cost(1000, 1000) == pytest.approx(0.003)
    assert offline.get("unknown/model").cost(1, 1) is None


async def test_detect_local_servers(fake_llm) -> None:
    base = fake_llm.url.removesuffix("/v1")
    assert await detect_ollama(base) == ["llama3.2:3b", "qwen2.5-coder:7b"]
    assert "fake/model" in await detect_openai_models(fake_llm.url)
    start = time.monotonic()
    assert await detect_ollama(f"http://127.0.0.1:{free_port()}") == []
    assert time.monotonic() - start < 1.0
