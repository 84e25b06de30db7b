"""Rate limits with the `limits` library: in memory (one process) by default, in Redis when
``REDIS_URL`` is set, so every instance behind a load balancer draws on the same allowance.
Fixed one-minute windows: exact counts, one round trip per request.

Redis is an optimisation, not a dependency: when it fails, the limits fall back to this
process's memory (each instance then allows the full rate on its own), the switch is logged
once and every request served that way is counted (``devora_ratelimit_fallback_total`` in
/metrics); Redis is tried again after :attr:`Limits.RETRY` seconds.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from limits import RateLimitItemPerMinute
from limits.aio.storage import MemoryStorage, RedisStorage
from limits.aio.strategies import FixedWindowRateLimiter

log = logging.getLogger("devora_server.ratelimit")


class Limits:
    RETRY = 5.0   # seconds on the fallback before Redis is asked again

    def __init__(self, per_minute_ip: int, per_minute_key: int, redis_url: str = "", *,
                 on_fallback: Callable[[], None] | None = None) -> None:
        self.shared = None
        if redis_url:
            # short timeouts: a Redis that hangs must cost a request milliseconds, not seconds
            self.shared = RedisStorage(redis_url.replace("redis://", "async+redis://", 1)
                                       if redis_url.startswith("redis://") else redis_url,
                                       implementation="redispy", key_prefix="devora",
                                       socket_connect_timeout=0.25, socket_timeout=0.25)
        self.memory = MemoryStorage()
        self.local = FixedWindowRateLimiter(self.memory)
        self.limiter = FixedWindowRateLimiter(self.shared) if self.shared else self.local
        self.ip = RateLimitItemPerMinute(per_minute_ip)
        self.key = RateLimitItemPerMinute(per_minute_key)
        self.on_fallback = on_fallback or (lambda: None)
        self.down_since: float | None = None   # monotonic time Redis last failed
        self.down_reason = ""

    @property
    def degraded(self) -> str | None:
        """Why the limits are per instance now (None: shared, or Redis was never set)."""
        if self.shared is None or self.down_since is None:
            return None
        return f"redis unavailable ({self.down_reason}): rate limits are per instance"

    async def _hit(self, item, *ids: str) -> int | None:
        if self.shared is not None and (self.down_since is None or
                                        time.monotonic() - self.down_since > self.RETRY):
            try:
                wait = await self._ask(self.limiter, item, *ids)
            except Exception as exc:
                self._failed(exc)
            else:
                if self.down_since is not None:
                    log.warning("redis is back: rate limits are shared again")
                    self.down_since = None
                return wait
        if self.shared is not None:
            self.on_fallback()
        return await self._ask(self.local, item, *ids)

    @staticmethod
    async def _ask(limiter, item, *ids: str) -> int | None:
        if await limiter.hit(item, *ids):
            return None
        stats = await limiter.get_window_stats(item, *ids)
        return max(1, int(stats.reset_time - time.time()) + 1)

    def _failed(self, exc: Exception) -> None:
        if self.down_since is None:
            log.error("redis failed (%s: %s): rate limits fall back to this instance's "
                      "memory", type(exc).__name__, str(exc)[:200])
        self.down_since = time.monotonic()
        self.down_reason = type(exc).__name__

    async def hit_ip(self, ip: str) -> int | None:
        """None when allowed, else the seconds to wait."""
        return await self._hit(self.ip, "ip", ip)

    async def hit_key(self, key_hash: str) -> int | None:
        return await self._hit(self.key, "key", key_hash)

    async def check(self) -> bool:
        """Whether Redis answers now (readiness); True without Redis."""
        if self.shared is None:
            return True
        try:
            return bool(await self.shared.check())
        except Exception:
            return False
