"""Streaming chat over any OpenAI-compatible endpoint (OpenRouter, OpenAI, Ollama, LM Studio, ...).

Retries (``core.retry``: the one tenacity policy, Retry-After honoured up to its cap) cover
everything up to the first text delta, and nothing above this layer retries again; once text
has streamed a failure raises :class:`StreamInterrupted` with the partial text, so the caller
can continue instead of paying twice. A Retry-After beyond the cap raises at once
``RateLimited(until=...)``: "rate-limited by PROVIDER until TIME". Closing or
cancelling the iterator closes the HTTP response at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from httpx_sse import EventSource, SSEError

from devora_desktop import __version__
from devora_desktop.core import providers as provider_registry
from devora_desktop.core.egress import redact_messages_off
from devora_desktop.core.errors import (
    AuthError,
    ModelNotFound,
    ProviderError,
    ProviderTimeout,
    ProviderUnavailable,
    RateLimited,
    StreamInterrupted,
    Unreachable,
)
from devora_desktop.core.llm import relay
from devora_desktop.core.llm.base import (
    CallParams,
    ChatMessage,
    estimate_messages_tokens,
    estimate_tokens,
)
from devora_desktop.core.llm.caching import read_usage, takes_cache_control, wire_messages
from devora_desktop.core.llm.catalogue import Catalogue, ModelInfo
from devora_desktop.core.llm.limiter import ProviderLimiter
from devora_desktop.core.logs import redact, register_secret
from devora_desktop.core.models import Usage
from devora_desktop.core.retry import RetryPolicy, async_retrying, parse_retry_after, until
from devora_desktop.core.retry import until_text as _until_text
from devora_desktop.core.tls import tls_context

log = logging.getLogger(__name__)

APP_URL = "https://devora.dev"


@dataclass
class Timeouts:
    connect: float = 10.0
    first_byte: float = 90.0   # from sending the request to the first streamed event
    idle: float = 60.0         # longest silence between two chunks once streaming
    write: float = 30.0


__all__ = ["OpenAICompatProvider", "RetryPolicy", "Timeouts"]


def _error_text(resp: httpx.Response) -> str:
    try:
        body = resp.json()
        err = body.get("error", body) if isinstance(body, dict) else body
        msg = err.get("message") if isinstance(err, dict) else str(err)
    except (ValueError, AttributeError):
        msg = resp.text
    msg = " ".join(str(msg or "").split())
    return redact(msg[:200])


def _event_kind(event) -> str:
    """Classify an SSE event: text | done | error | finish | other."""
    data = event.data.strip()
    if data == "[DONE]":
        return "done"
    try:
        chunk = json.loads(data)
    except ValueError:
        return "other"
    if not isinstance(chunk, dict):
        return "other"
    if "error" in chunk:
        return "error"
    kind = "other"
    for choice in chunk.get("choices") or []:
        if (choice.get("delta") or {}).get("content"):
            return "text"
        if choice.get("finish_reason"):
            kind = "finish"
    if isinstance(chunk.get("usage"), dict):
        kind = "finish"
    return kind


async def _chain(first: list, rest: AsyncIterator) -> AsyncIterator:
    for item in first:
        yield item
    async for item in rest:
        yield item


class OpenAICompatProvider:
    """One client per endpoint; create inside the running loop and ``aclose()`` when done."""

    def __init__(self, *, name: str, base_url: str, api_key: str | None = None,
                 catalogue: Catalogue | None = None, timeouts: Timeouts | None = None,
                 retry: RetryPolicy | None = None, label: str | None = None,
                 include_usage: bool = True, client: httpx.AsyncClient | None = None,
                 max_concurrency: int | None = None) -> None:
        self.name = name
        self.label = label or name
        self.base_url = base_url.rstrip("/")
        self.host = urlsplit(self.base_url).netloc or self.base_url
        self._key = api_key
        register_secret(api_key)
        self.catalogue = catalogue
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        self.include_usage = include_usage
        limits = httpx.Limits(max_connections=16, max_keepalive_connections=8)
        self._client = client or httpx.AsyncClient(
            trust_env=False, verify=tls_context(), limits=limits,
            transport=relay.transport(verify=tls_context(), limits=limits))
        self._owns_client = client is None
        self.calls = 0
        self.limiter = ProviderLimiter(max_concurrency)

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> OpenAICompatProvider:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def refresh_catalogue(self) -> None:
        """Prices and context windows (cached an hour on disk; offline uses the cache)."""
        if self.catalogue is not None:
            headers = {"Authorization": f"Bearer {self._key}"} if self._key else None
            await self.catalogue.refresh(self._client, headers=headers)

    def __repr__(self) -> str:  # never show the key
        return f"OpenAICompatProvider(name={self.name!r}, base_url={self.base_url!r})"

    # ---- request building ------------------------------------------------------------
    def headers(self, agent: str) -> dict[str, str]:
        h = {"X-Devora-Agent": agent, "X-Title": "Devora Desktop", "HTTP-Referer": APP_URL,
             "User-Agent": f"DevoraDesktop/{__version__}", "Accept": "text/event-stream"}
        if self._key:
            h["Authorization"] = f"Bearer {self._key}"
        return h

    def body(self, messages: list[ChatMessage], model: str, params: CallParams) -> dict:
        body: dict = {"model": model, "stream": True,
                      "messages": wire_messages(messages, takes_cache_control(model))}
        if self.include_usage:
            body["stream_options"] = {"include_usage": True}
        if params.temperature is not None:
            body["temperature"] = params.temperature
        if params.max_tokens:
            body["max_tokens"] = params.max_tokens
        if params.response_format_json:
            body["response_format"] = {"type": "json_object"}
        body.update(params.extra)
        return body

    def model_info(self, model: str) -> ModelInfo:
        return self.catalogue.get(model) if self.catalogue else ModelInfo(id=model)

    # ---- errors ---------------------------------------------------------------------
    def _status_error(self, resp: httpx.Response, model: str) -> ProviderError:
        status = resp.status_code
        detail = _error_text(resp)
        suffix = f": {detail}" if detail else ""
        if status in (401, 403):
            return AuthError(f"{self.label} rejected the API key ({status})",
                             status=status, hint="set a new one in Settings")
        if status == 402:
            return ProviderError(f"{self.label} says the account has no credit left{suffix}",
                                 status=status, hint="top up, or pick a free/local model")
        if status == 404:
            return ModelNotFound(f"{self.label} does not know the model {model!r}",
                                 status=status, hint="pick another model in Settings")
        if status == 429:
            wait = parse_retry_after(resp.headers.get("retry-after"))
            if self.retry.too_long(wait):
                assert wait is not None
                at = until(wait)
                return RateLimited(f"rate-limited by {self.label} until {_until_text(at)}",
                                   retry_after=wait, until=at)
            return RateLimited(f"{self.label} is rate limiting requests{suffix}",
                               retry_after=wait)
        if status in (408, 500, 502, 503, 504) or status >= 520:
            # "Please try again later. (try again in a moment)" said it twice (walk12 #5)
            again = "try again" in detail.lower()
            return ProviderUnavailable(f"{self.label} failed with HTTP {status}{suffix}",
                                       retryable=True, status=status,
                                       hint="" if again else "try again in a moment")
        if status == 400 and "context" in detail.lower():
            return ProviderError(f"the request is larger than {model}'s context window",
                                 status=status, hint="pick a model with a larger window")
        return ProviderError(f"{self.label} refused the request (HTTP {status}){suffix}",
                             status=status)

    def _event_error(self, data: str, *, retryable: bool) -> ProviderError:
        """An ``{"error": ...}`` event in the stream. Before any text it is retried like a
        5xx; after text, the caller continues from the partial answer."""
        try:
            err = json.loads(data).get("error")
        except (ValueError, AttributeError):
            err = data
        msg = err.get("message") if isinstance(err, dict) else str(err)
        return ProviderError(f"{self.label} reported an error mid-stream: "
                             f"{redact(str(msg))[:200]}", retryable=retryable)

    def _unreachable_hint(self) -> str:
        """What to check when no connection could be made: a local server may not be
        running; a provider at its own address leaves only the connection (OpenRouter has
        no base URL to fix: walk8 #10); a typed address may be wrong."""
        spec = provider_registry.PROVIDERS.get(self.name)
        if spec is not None and spec.local:
            return f"is {spec.label} running? check your connection or the base URL"
        if spec is not None and spec.base_url.rstrip("/") == self.base_url:
            return "check your connection"
        return "check your connection or the base URL"

    def _transport_error(self, exc: Exception, partial: str) -> ProviderError:
        if partial:
            what = ("the stream stalled" if isinstance(exc, httpx.ReadTimeout)
                    else "the connection dropped")
            return StreamInterrupted(f"{what} after {len(partial)} characters from {self.label}",
                                     partial=partial)
        if isinstance(exc, httpx.ConnectTimeout | httpx.ConnectError):
            return Unreachable(f"could not reach {self.host}", retryable=True,
                               hint=self._unreachable_hint())
        if isinstance(exc, httpx.TimeoutException | TimeoutError):
            return ProviderTimeout(f"{self.label} did not answer in time", retryable=True,
                                   hint="try again, or use a faster model")
        # plain words, not httpx's class name ("failed (RemoteProtocolError)", walk24 #18)
        if isinstance(exc, httpx.RemoteProtocolError):
            return ProviderUnavailable(f"{self.host} closed the connection before answering",
                                       retryable=True)
        return ProviderUnavailable(f"the connection to {self.host} broke", retryable=True)

    # ---- streaming ----------------------------------------------------------------------
    async def _open(self, body: dict, headers: dict[str, str], model: str):
        """Send the request and read up to the first event. Returns the open stack, the event
        iterator and the first event; raises a mapped ProviderError (retried by the caller)."""
        await self.limiter.ready()
        stack = contextlib.AsyncExitStack()
        t = self.timeouts
        timeout = httpx.Timeout(connect=t.connect, read=t.idle, write=t.write, pool=t.connect)
        try:
            async with asyncio.timeout(t.first_byte):
                resp = await stack.enter_async_context(self._client.stream(
                    "POST", f"{self.base_url}/chat/completions", json=body, headers=headers,
                    timeout=timeout))
                self.calls += 1
                if resp.status_code != 200:
                    await resp.aread()
                    error = self._status_error(resp, model)
                    if isinstance(error, RateLimited):  # every worker waits, not just this one
                        self.limiter.pause(min(self.retry.max_retry_after, error.retry_after)
                                           if error.retry_after is not None
                                           else self.retry.initial)
                    raise error
                ctype = resp.headers.get("content-type", "")
                if "text/event-stream" not in ctype:
                    await resp.aread()
                    raise ProviderError(f"{self.label} did not stream (content-type {ctype!r})",
                                        hint="check the base URL")
                events = EventSource(resp).aiter_sse()
                stack.push_async_callback(events.aclose)
                # Read up to the first text delta: a failure before it costs nothing to retry.
                prelude = []
                async for event in events:
                    prelude.append(event)
                    if _event_kind(event) in ("text", "done", "error"):
                        break
                else:
                    if not any(_event_kind(e) == "finish" for e in prelude):
                        raise ProviderUnavailable(
                            f"{self.label} closed the stream without an answer", retryable=True)
                if prelude and _event_kind(prelude[-1]) == "error":
                    raise self._event_error(prelude[-1].data, retryable=True)
                return stack, events, prelude
        except ProviderError:
            await stack.aclose()
            raise
        except (httpx.HTTPError, TimeoutError, SSEError) as exc:
            await stack.aclose()
            raise self._transport_error(exc, "") from exc
        except BaseException:
            await stack.aclose()
            raise

    async def stream_chat(self, messages: list[ChatMessage], model: str, agent: str,
                          params: CallParams | None = None) -> AsyncIterator[str | Usage]:
        """Stream one answer, holding one of the provider's concurrent slots throughout."""
        async with self.limiter.slot(), \
                contextlib.aclosing(self._stream_chat(messages, model, agent, params)) as items:
            async for item in items:
                yield item

    async def _stream_chat(self, messages: list[ChatMessage], model: str, agent: str,
                           params: CallParams | None = None) -> AsyncIterator[str | Usage]:
        params = params or CallParams()
        # No secret value leaves in any request body (core/egress.py); off the loop: the
        # detector is pure Python (a window's run: off its interpreter, core/offload.py).
        sent = await redact_messages_off(messages)
        body = self.body(sent, model, params)
        headers = self.headers(agent)
        started = time.monotonic()
        retrying = async_retrying(
            self.retry, what=f"{self.label} {agent} call",
            retryable=lambda e: isinstance(e, ProviderError) and e.retryable
            and not isinstance(e, StreamInterrupted),
            retry_after=lambda e: getattr(e, "retry_after", None))
        stack, events, prelude = await retrying(self._open, body, headers, model)
        parts: list[str] = []
        usage_raw: dict | None = None
        ttft: float | None = None
        finished = False
        malformed = 0
        chain = _chain(prelude, events)
        stack.push_async_callback(chain.aclose)  # closed here, not by GC off the loop
        try:
            async for event in chain:
                data = event.data.strip()
                if data == "[DONE]":
                    finished = True
                    break
                try:
                    chunk = json.loads(data) if data else None
                except ValueError:
                    malformed += 1
                    chunk = None
                if isinstance(chunk, dict):
                    if "error" in chunk:
                        if parts:
                            raise StreamInterrupted(
                                self._event_error(data, retryable=False).one_line(),
                                partial="".join(parts))
                        raise self._event_error(data, retryable=False)
                    if isinstance(chunk.get("usage"), dict):
                        usage_raw = chunk["usage"]
                    for choice in chunk.get("choices") or []:
                        delta = (choice.get("delta") or {}).get("content")
                        if isinstance(delta, str) and delta:
                            if ttft is None:
                                ttft = time.monotonic() - started
                            parts.append(delta)
                            yield delta
                        if choice.get("finish_reason"):
                            finished = True
            if not finished and usage_raw is None:
                raise StreamInterrupted(f"the stream from {self.label} ended early",
                                        partial="".join(parts)) if parts else \
                    ProviderUnavailable(f"{self.label} closed the stream without an answer",
                                        retryable=True)
        except (httpx.HTTPError, SSEError) as exc:
            raise self._transport_error(exc, "".join(parts)) from exc
        finally:
            await stack.aclose()
        if malformed:
            log.warning("%s: skipped %d malformed stream lines", self.label, malformed)
        yield self._usage(usage_raw, messages, "".join(parts), model,
                          time.monotonic() - started, ttft)

    def _usage(self, raw: dict | None, messages: list[ChatMessage], text: str, model: str,
               seconds: float, ttft: float | None) -> Usage:
        info = self.model_info(model)
        counts = read_usage(raw)
        estimated = counts is None
        if counts is None:
            counts = read_usage({"prompt_tokens": estimate_messages_tokens(messages),
                                 "completion_tokens": estimate_tokens(text)})
            assert counts is not None
        cost = raw.get("cost") if raw else None
        if not isinstance(cost, int | float) or isinstance(cost, bool):
            cost = info.cost(counts.prompt, counts.completion, counts.cached, counts.written)
        return Usage(prompt_tokens=counts.prompt, completion_tokens=counts.completion,
                     cached_tokens=counts.cached, cache_write_tokens=counts.written,
                     cost_usd=cost, saved_usd=info.cache_saving(counts.cached, counts.written),
                     seconds=round(seconds, 4), ttft=ttft, estimated=estimated, calls=1)
