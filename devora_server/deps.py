"""What every router shares: the services of one app, the error type, and the `Depends`
for admin auth, license-key auth and per-key rate limits. (No ``from __future__ import
annotations`` here: FastAPI must see the real body type of :func:`licensed`'s closure.)"""


import time
from dataclasses import dataclass, field
from typing import Annotated, Generic, TypeVar

from fastapi import Depends, Header, Request
from prometheus_client import CollectorRegistry, Counter, Histogram
from pydantic import BaseModel, Field

from devora_license import make_claims, sign
from devora_server.config import Config
from devora_server.mail import Mailer
from devora_server.models import Database, License, Machine, hash_key
from devora_server.ratelimit import Limits

RETRY_AFTER = 5   # seconds a client waits after a 503 (a dependency is unavailable)


class ApiError(Exception):
    """An answer ``{"code", "message"}`` with an HTTP status (and Retry-After)."""

    def __init__(self, status: int, code: str, message: str, retry_after: int | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.retry_after = status, code, message, \
            retry_after


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.latency = Histogram("devora_request_seconds", "Request latency",
                                 ["route", "method"], registry=self.registry)
        self.webhooks = Counter("devora_webhooks_total", "Stripe webhooks",
                                ["type", "outcome"], registry=self.registry)
        self.activations = Counter("devora_activations_total", "Activations", ["outcome"],
                                   registry=self.registry)
        self.ratelimit_fallback = Counter(
            "devora_ratelimit_fallback_total", "Rate-limit checks served from this instance's "
            "memory because Redis failed", registry=self.registry)
        self.unavailable = Counter("devora_unavailable_total", "Requests answered 503 because "
                                   "a dependency failed", ["dependency"], registry=self.registry)


@dataclass
class Services:
    cfg: Config
    db: Database
    limits: Limits
    mailer: Mailer
    metrics: Metrics
    _key_cache: tuple = field(default=(), init=False, repr=False)

    def hash(self, key: str) -> str:
        return hash_key(key, self.cfg.key_pepper)

    def issue(self, lic: License, machine: Machine) -> str:
        """A token for ``machine``, carrying the signing key's certificate when it has one."""
        cfg = self.cfg
        claims = make_claims(license_id=lic.id, plan=lic.plan if lic.status != "revoked"
                             else "free", seats=lic.seats, machine_id=machine.id,
                             fingerprint=machine.fingerprint, status=lic.status,
                             period_end=lic.period_end)
        return sign(claims, self._signing_key(), cfg.current_kid,
                    cfg.signing_certs.get(cfg.current_kid))

    def _signing_key(self):
        """The current private key, parsed once (PEM parsing per token cost ~0.1 ms)."""
        cached = self._key_cache
        if not cached or cached[0] != self.cfg.current_kid:
            from cryptography.hazmat.primitives import serialization

            pem = self.cfg.signing_keys[self.cfg.current_kid]
            cached = (self.cfg.current_kid,
                      serialization.load_pem_private_key(pem.encode(), None))
            self._key_cache = cached
        return cached[1]

    def problem(self, lic: License) -> ApiError | None:
        """Why this license may not be used now (None: it may)."""
        now = int(time.time())
        grace = self.cfg.payment_grace_days * 86400
        if lic.status == "revoked":
            return ApiError(403, "SUSPENDED", "this license was revoked or refunded")
        if lic.status == "pending":
            return ApiError(402, "PAYMENT_PENDING", "the payment is not confirmed yet")
        if lic.status == "canceled" and (lic.period_end or 0) < now:
            return ApiError(403, "EXPIRED", "the subscription has ended")
        if lic.status == "past_due" and now - (lic.past_due_since or now) > grace:
            return ApiError(402, "PAST_DUE", "the last payment failed; update the card")
        if lic.period_end and now > lic.period_end + grace and lic.status != "active":
            return ApiError(403, "EXPIRED", "the subscription has ended")
        return None


async def services(request: Request) -> Services:
    """(async: a sync dependency would cost a thread-pool hop on every request)"""
    return request.app.state.services


Svc = Annotated[Services, Depends(services)]


def require_admin(svc: Svc, authorization: Annotated[str | None, Header()] = None) -> None:
    """Admin routes: ``Authorization: Bearer $ADMIN_TOKEN`` (no token configured: closed)."""
    import hmac

    token = svc.cfg.admin_token
    if not token or not hmac.compare_digest((authorization or "").encode(),
                                            f"Bearer {token}".encode()):
        raise ApiError(401, "UNAUTHORIZED", "admin token required")


class KeyIn(BaseModel):
    """Every license endpoint validates the key the same way."""

    license_key: str = Field(min_length=8, max_length=64)


B = TypeVar("B", bound=KeyIn)


@dataclass
class Licensed(Generic[B]):
    """A request that named a license key: its body and the key's hash (rate limit passed)."""

    body: B
    key_hash: str


async def _limit_key(svc: Services, key_hash: str) -> None:
    wait = await svc.limits.hit_key(key_hash)
    if wait is not None:
        raise ApiError(429, "RATE_LIMITED", "too many requests for this license", wait)


def licensed(model: type[B]):
    """A dependency that reads a ``model`` body, hashes its key and applies the per-key
    limit, so no handler forgets one of the three."""

    async def dependency(body: model, svc: Svc) -> Licensed[B]:  # type: ignore[valid-type]
        key_hash = svc.hash(body.license_key)
        await _limit_key(svc, key_hash)
        return Licensed(body, key_hash)

    return dependency


async def header_key(svc: Svc, x_license_key: Annotated[str, Header(min_length=8,
                                                                       max_length=64)]) -> str:
    """License-key auth for GET routes (header ``X-License-Key``): the key's hash."""
    key_hash = svc.hash(x_license_key)
    await _limit_key(svc, key_hash)
    return key_hash
