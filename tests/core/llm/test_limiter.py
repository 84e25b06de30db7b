"""Per-provider concurrency bound and shared 429 pause, against the loopback fake."""

from __future__ import annotations

import asyncio
import time

from devora_desktop.core.llm.base import collect
from devora_desktop.core.llm.client import OpenAICompatProvider, RetryPolicy, Timeouts
from devora_desktop.core.llm.limiter import ProviderLimiter, default_concurrency
from tests.fakes.llm_server import FakeLLM

MSGS = [{"role": "user", "content": "hi"}]


def provider(fake: FakeLLM, limit: int | None) -> OpenAICompatProvider:
    return OpenAICompatProvider(
        name="openrouter", base_url=fake.url, max_concurrency=limit,
        retry=RetryPolicy(attempts=4, initial=0.01, max_wait=0.05, jitter=0),
        timeouts=Timeouts(connect=2, first_byte=5, idle=5))


async def test_no_more_streams_than_the_bound() -> None:
    with FakeLLM({"frontend": {"text": "word " * 20, "latency": 0.01}}) as fake:
        async with provider(fake, 3) as p:
            texts = await asyncio.gather(*[collect(p.stream_chat(MSGS, "m", "frontend"))
                                           for _ in range(10)])
        assert all(t == "word " * 20 for t, _ in texts)
        assert fake.max_active_streams == 3 and p.limiter.peak == 3
        assert len(fake.requests) == 10


async def test_unbounded_provider_runs_everything_at_once() -> None:
    with FakeLLM({"frontend": {"text": "word " * 20, "latency": 0.01}}) as fake:
        async with provider(fake, None) as p:
            await asyncio.gather(*[collect(p.stream_chat(MSGS, "m", "frontend"))
                                   for _ in range(6)])
        assert fake.max_active_streams == 6   # the bound above is the limiter's, not the fake's


async def test_a_429_pauses_every_worker_of_the_provider() -> None:
    pause = 0.5
    ok = {"text": "word " * 10, "latency": 0.02}
    with FakeLLM({"frontend": [{"fault": "429", "retry_after": pause}, ok]}) as fake:
        async with provider(fake, 3) as p:
            results = await asyncio.gather(*[collect(p.stream_chat(MSGS, "m", "frontend"))
                                             for _ in range(6)])
        assert all(t == "word " * 10 for t, _ in results)
        limited_at = fake.requests[0]["time"]
        later = [r["time"] for r in fake.requests[1:] if r["time"] > limited_at + 0.05]
        assert later, "some workers had to wait for a slot"
        # Nobody started a request during the pause the provider asked for.
        assert all(t >= limited_at + pause - 0.05 for t in later), \
            [round(t - limited_at, 3) for t in later]
        assert p.limiter.pauses == 1 and fake.max_active_streams <= 3


async def test_limiter_pause_and_defaults() -> None:
    limiter = ProviderLimiter(2)
    limiter.pause(0.2)
    limiter.pause(0.05)  # a shorter pause never shortens a longer one
    start = time.monotonic()
    await limiter.ready()
    assert time.monotonic() - start >= 0.19
    assert default_concurrency("ollama") < default_concurrency("openrouter")
