"""The window's stream relay (core/llm/relay.py): the client reads through it what it would
have read straight from the model, with the closely following text joined."""

from __future__ import annotations

import asyncio

import pytest

from devora_desktop.core.errors import (
    AuthError,
    ModelNotFound,
    ProviderError,
    ProviderUnavailable,
    RateLimited,
    StreamInterrupted,
)
from devora_desktop.core.llm import relay
from devora_desktop.core.llm.base import collect
from devora_desktop.core.llm.client import RetryPolicy, Timeouts
from devora_desktop.core.models import Usage
from tests.core.llm.test_client import MSGS, TEXT, provider
from tests.fakes.base import free_port


@pytest.fixture
def relayed():
    relay.use(True)
    assert relay.shared().start()  # as the window's warm-up: not within a test's timeouts
    yield relay.shared()
    relay.use(False)


async def test_text_comes_joined_and_the_rest_as_the_model_sent_it(fake_llm, relayed) -> None:
    fake_llm.set("frontend", {"text": TEXT * 4, "latency": 0.001})
    deltas: list[str] = []
    usage = None
    async with provider(fake_llm) as p:
        async for item in p.stream_chat(MSGS, "fake/model", "frontend"):
            if isinstance(item, Usage):
                usage = item
            else:
                deltas.append(item)
    assert relayed.running(), "the request went through the relay's process"
    assert "".join(deltas) == TEXT * 4
    assert usage is not None and not usage.estimated  # the usage event came as it was
    assert len(deltas) < usage.completion_tokens / 2  # a token every ms: joined per frame
    assert deltas[0] == "<fil"  # the first token at once, not held
    headers = {k.lower(): v for k, v in fake_llm.requests_for("frontend")[0]["headers"].items()}
    assert headers["x-devora-agent"] == "frontend" and headers["authorization"].startswith("Bearer")


@pytest.mark.parametrize(("reply", "error", "said"), [
    ({"status": 401, "message": "bad key"}, AuthError, "rejected the API key (401)"),
    ({"status": 404}, ModelNotFound, "does not know the model"),
    ({"fault": "429", "retry_after": 3600}, RateLimited, "rate-limited by OpenRouter until"),
    ({"fault": "503"}, ProviderUnavailable, "HTTP 503"),
    ({"fault": "error_event"}, ProviderError, "overloaded"),
    ({"text": TEXT, "fault": "drop", "drop_after": 6}, StreamInterrupted,
     "the connection dropped after"),
])
async def test_failures_map_as_they_do_without_it(fake_llm, relayed, reply, error,
                                                  said) -> None:
    fake_llm.set("quick", reply)
    async with provider(fake_llm, retry=RetryPolicy(attempts=1)) as p:
        with pytest.raises(error) as info:
            await collect(p.stream_chat(MSGS, "m", "quick"))
    assert said in info.value.one_line()
    if isinstance(info.value, StreamInterrupted):
        assert info.value.partial and TEXT.startswith(info.value.partial)


async def test_an_unreachable_model_and_a_stopped_stream(fake_llm, relayed) -> None:
    p = provider(fake_llm, retry=RetryPolicy(attempts=1))
    p.base_url = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(ProviderUnavailable, match=r"could not reach 127\.0\.0\.1"):
        await collect(p.stream_chat(MSGS, "m", "quick"))
    p.base_url = fake_llm.url
    fake_llm.set("frontend", {"text": TEXT * 20, "latency": 0.02})
    got = asyncio.Event()

    async def consume() -> None:
        async for item in p.stream_chat(MSGS, "m", "frontend"):
            if isinstance(item, str):
                got.set()

    async with p:
        task = asyncio.create_task(consume())
        await asyncio.wait_for(got.wait(), 5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # the relay closed its request to the model when the client closed its socket
        assert await asyncio.to_thread(fake_llm.wait_idle, 1.0)
        assert fake_llm.cancelled_streams == 1


def test_a_relay_that_does_not_start_in_time_leaves_the_streams_direct(monkeypatch) -> None:
    monkeypatch.setattr(relay, "START_TIMEOUT", 0.0)
    late = relay.Relay()
    assert late.start() is None and late.failed and late.running() is None


async def test_a_relay_whose_socket_is_gone_leaves_the_stream_direct(fake_llm, relayed,
                                                                     monkeypatch) -> None:
    monkeypatch.setattr(relayed, "path", relayed.path + ".gone")
    fake_llm.set("quick", "fine")
    async with provider(fake_llm) as p:
        text, _ = await collect(p.stream_chat(MSGS, "m", "quick"))
    assert text == "fine"


async def test_the_models_keep_alive_comments_reach_the_idle_timer(fake_llm, relayed) -> None:
    """OpenRouter keeps a waiting request open with comment lines and nothing else; the
    relay dropped them (its event reader skips comments), so the client's idle timer ended
    relayed streams that a direct one kept."""
    fake_llm.set("quick", {"text": TEXT, "keep_alive": [6, 0.25]})  # 1.5 s of comments
    async with provider(fake_llm, retry=RetryPolicy(attempts=1),
                        timeouts=Timeouts(connect=2, first_byte=10, idle=0.6)) as p:
        text, _ = await collect(p.stream_chat(MSGS, "m", "quick"))
    assert text == TEXT
    assert relayed.running()
