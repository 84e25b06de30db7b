"""Rate limits with the `limits` library: in memory (one process) by default, in Redis when
``REDIS_URL`` is set, so every instance behind a load balancer draws on the same allowance.
Fixed one-minute windows: exact counts, one round trip per request."""

from __future__ import annotations

import time

from limits import RateLimitItemPerMinute
from limits.aio.storage import MemoryStorage, RedisStorage
from limits.aio.strategies import FixedWindowRateLimiter


class Limits:
    def __init__(self, per_minute_ip: int, per_minute_key: int, redis_url: str = "") -> None:
        if redis_url:
            storage = RedisStorage(redis_url.replace("redis://", "async+redis://", 1)
                                   if redis_url.startswith("redis://") else redis_url,
                                   implementation="redispy", key_prefix="devora")
        else:
            storage = MemoryStorage()
        self.storage = storage
        self.limiter = FixedWindowRateLimiter(storage)
        self.ip = RateLimitItemPerMinute(per_minute_ip)
        self.key = RateLimitItemPerMinute(per_minute_key)

    async def _hit(self, item, *ids: str) -> int | None:
        if await self.limiter.hit(item, *ids):
            return None
        stats = await self.limiter.get_window_stats(item, *ids)
        return max(1, int(stats.reset_time - time.time()) + 1)

    async def hit_ip(self, ip: str) -> int | None:
        """None when allowed, else the seconds to wait."""
        return await self._hit(self.ip, "ip", ip)

    async def hit_key(self, key_hash: str) -> int | None:
        return await self._hit(self.key, "key", key_hash)
