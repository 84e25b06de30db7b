"""Liveness, metrics (behind METRICS_TOKEN) and the public signing keys."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Header
from fastapi.responses import PlainTextResponse
from prometheus_client import generate_latest
from sqlalchemy import select

from devora_server.deps import ApiError, Svc

router = APIRouter(tags=["ops"])


@router.get("/health")
def health(svc: Svc) -> dict:
    with svc.db.Session() as session:
        session.execute(select(1))
    return {"ok": True}


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
