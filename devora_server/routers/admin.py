"""Admin API (``Authorization: Bearer $ADMIN_TOKEN`` on every route, via the router)."""

from __future__ import annotations

import asyncio
import time

from fastapi import APIRouter, Depends
from sqlalchemy import select

from devora_server.deps import ApiError, Svc, require_admin
from devora_server.models import (
    License,
    Ticket,
    WebhookEvent,
    hash_key,
    new_key,
    open_key,
    seal_key,
)
from devora_server.routers.billing import key_mail

router = APIRouter(prefix="/v1/admin", tags=["admin"], dependencies=[Depends(require_admin)])


@router.get("/licenses")
def licenses(svc: Svc) -> dict:
    with svc.db.Session() as s:
        return {"licenses": [{"id": lic.id, "email": lic.email, "plan": lic.plan,
                              "status": lic.status, "seats": lic.seats,
                              "subscription_id": lic.subscription_id,
                              "customer_id": lic.customer_id, "period_end": lic.period_end,
                              "has_key": lic.key_hash is not None}
                             for lic in s.scalars(select(License))]}


@router.post("/licenses/{license_id}/revoke")
def revoke(license_id: str, svc: Svc) -> dict:
    with svc.db.write() as s:
        lic = s.get(License, license_id)
        if lic is None:
            raise ApiError(404, "NOT_FOUND", "no such license")
        lic.refunded, lic.status, lic.pay_at = True, "revoked", int(time.time())
    return {"ok": True}


@router.post("/licenses/{license_id}/resend")
async def resend(license_id: str, svc: Svc) -> dict:
    """Email the license's key again (the buyer lost the mail). A key issued before keys
    were sealed cannot be read back: the license gets a new, sealed key, mailed, and the old
    one keeps working (machines activated with it refresh as before)."""
    def read() -> tuple[str, str]:
        with svc.db.write() as s:
            lic = s.get(License, license_id)
            if lic is None:
                raise ApiError(404, "NOT_FOUND", "no such license")
            if lic.key_box:
                return lic.email, open_key(lic.key_box, svc.cfg.key_pepper)
            if lic.key_hash is None:
                raise ApiError(409, "NO_KEY", "no key was issued for this license yet "
                               "(payment not confirmed)")
            key = new_key()
            lic.prior_key_hash, lic.key_hash = lic.key_hash, hash_key(key, svc.cfg.key_pepper)
            lic.key_box = seal_key(key, svc.cfg.key_pepper)
            return lic.email, key

    email, key = await asyncio.to_thread(read)
    sent = await svc.mailer.send(**key_mail(email, key))
    return {"ok": True, "to": email, "delivered": sent}


@router.post("/licenses/{license_id}/reissue")
async def reissue(license_id: str, svc: Svc) -> dict:
    """A new key replaces the old one (leaked key); machines stay activated but must be
    activated again with the new key to refresh."""
    key = new_key()

    def write() -> str:
        with svc.db.write() as s:
            lic = s.get(License, license_id)
            if lic is None:
                raise ApiError(404, "NOT_FOUND", "no such license")
            lic.key_hash = hash_key(key, svc.cfg.key_pepper)
            lic.key_box = seal_key(key, svc.cfg.key_pepper)
            lic.prior_key_hash = None   # a leaked key stops working, whichever it was
            return lic.email

    email = await asyncio.to_thread(write)
    sent = await svc.mailer.send(email, "Your new Devora license key",
                                 f"Your new key is {key}")
    return {"ok": True, "emailed": bool(email), "delivered": sent}


@router.get("/tickets")
def tickets(svc: Svc) -> dict:
    with svc.db.Session() as s:
        return {"tickets": [{"id": t.id, "email": t.email, "message": t.message,
                             "status": t.status, "platform": t.platform,
                             "app_version": t.app_version}
                            for t in s.scalars(select(Ticket))]}


@router.get("/events")
def events(svc: Svc, outcome: str | None = None, limit: int = 100) -> dict:
    """Recorded webhook events, newest first: ``outcome=rejected`` (malformed) or
    ``deferred`` (about a subscription whose checkout never arrived) need a look."""
    with svc.db.Session() as s:
        query = select(WebhookEvent).order_by(WebhookEvent.processed_at.desc()).limit(
            max(1, min(limit, 1000)))
        if outcome:
            query = query.where(WebhookEvent.outcome == outcome)
        return {"events": [{"id": e.id, "type": e.type, "created": e.created,
                            "outcome": e.outcome, "reason": e.reason,
                            "subscription_id": e.subscription_id,
                            "processed_at": e.processed_at.isoformat()}
                           for e in s.scalars(query)]}
