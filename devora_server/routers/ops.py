"""Liveness and readiness, metrics (behind METRICS_TOKEN) and the public signing keys."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Header
from fastapi.responses import JSONResponse, PlainTextResponse
from prometheus_client import generate_latest
from sqlalchemy import select

from devora_server.deps import RETRY_AFTER, ApiError, Svc

router = APIRouter(tags=["ops"])


@router.get("/health/live")
async def live() -> dict:
    """Liveness: the process answers (restart it only when this fails)."""
    return {"ok": True}


@router.get("/health/ready")
@router.get("/health")
async def ready(svc: Svc):
    """Readiness: 503 when the database cannot be reached (send traffic elsewhere); 200 with
    ``degraded`` listing what works in a reduced way (Redis down: per-instance limits)."""
    import asyncio

    degraded = []
    if not await svc.limits.check():
        degraded.append("redis: unavailable, rate limits are per instance")
    elif svc.limits.degraded:
        degraded.append(svc.limits.degraded)
    try:
        await asyncio.to_thread(_ping, svc)
    except Exception as exc:
        return JSONResponse({"ready": False, "degraded": [
            f"database: unavailable ({type(exc).__name__})", *degraded]}, 503,
            headers={"Retry-After": str(RETRY_AFTER)})
    return {"ready": True, "degraded": degraded}


def _ping(svc) -> None:
    with svc.db.engine.connect() as conn:
        conn.execute(select(1))


@router.get("/metrics")
def metrics(svc: Svc, authorization: Annotated[str | None, Header()] = None):
    token = svc.cfg.metrics_token
    if not token:
        raise ApiError(404, "NOT_FOUND", "metrics are off (set METRICS_TOKEN)")
    if not hmac.compare_digest((authorization or "").encode(), f"Bearer {token}".encode()):
        raise ApiError(401, "UNAUTHORIZED", "metrics token required")
    return PlainTextResponse(generate_latest(svc.metrics.registry).decode(),
                             media_type="text/plain; version=0.0.4")


@router.get("/v1/keys")
def keys(svc: Svc) -> dict:
    cfg = svc.cfg
    return {"keys": [{"kid": k, "alg": "EdDSA", "pem": pem,
                      **({"certificate": cfg.signing_certs[k]} if k in cfg.signing_certs
                         else {})}
                     for k, pem in cfg.public_keys().items()], "current": cfg.current_kid}
