"""One concurrency bound and one 429 pause per provider, shared by every worker of a run.

Sharded agents multiply the streams a run opens; a provider that rate-limits answers each of
them with 429, and workers that back off on their own keep hammering it. So a provider owns a
:class:`ProviderLimiter`: at most ``limit`` streams at once, and when any request is told to
wait (429, Retry-After), no new request to that provider starts before the pause ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator

#: Streams at once when the settings do not say: hosted routers take many (OpenRouter sets no
#: concurrency cap for paid models; a 429 still pauses every worker); a local server
#: shares one GPU, so more parallel streams only slow each one down.
FALLBACK_CONCURRENCY = 4


def default_concurrency(provider: str) -> int:
    """The registry's streams-at-once for ``provider`` (core/providers.py)."""
    from devora_desktop.core.providers import PROVIDERS

    spec = PROVIDERS.get(provider)
    return spec.concurrency if spec is not None else FALLBACK_CONCURRENCY


class ProviderLimiter:
    """Create inside the running loop; ``limit=None`` bounds nothing but still shares pauses."""

    def __init__(self, limit: int | None = None) -> None:
        self.limit = limit
        self._sem = asyncio.Semaphore(limit) if limit else None
        self._resume_at = 0.0
        self.active = 0
        self.peak = 0
        self.pauses = 0

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one of the provider's streams for the body of the ``async with``."""
        if self._sem is not None:
            await self._sem.acquire()
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            yield
        finally:
            self.active -= 1
            if self._sem is not None:
                self._sem.release()

    async def ready(self) -> None:
        """Wait out a pause another worker was told to take."""
        while (delay := self._resume_at - time.monotonic()) > 0:
            await asyncio.sleep(delay)

    def pause(self, seconds: float) -> None:
        """The provider asked for ``seconds`` of quiet: every worker honours it."""
        resume = time.monotonic() + max(0.0, seconds)
        if resume > self._resume_at:
            self._resume_at = resume
            self.pauses += 1

    @property
    def paused_for(self) -> float:
        return max(0.0, self._resume_at - time.monotonic())
