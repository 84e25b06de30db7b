"""Stripe: Checkout and the billing portal out, signed webhooks in. The decisions are in
``devora_server.billing`` (pure); this router verifies, records, stores and mails.

Each event id is inserted in the same transaction as its effects, so a duplicate (even a
concurrent one) is a no-op. Events about one subscription are serialised (the license row's
lock, plus a transaction-scoped advisory lock on PostgreSQL while the license does not exist
yet; SQLite's BEGIN IMMEDIATE serialises all writers), so an event deferred for a
subscription that is being created is never missed by the checkout that replays them.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
import uuid
from dataclasses import fields
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request
from pydantic import BaseModel, EmailStr, Field
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from devora_license import PRO_PRICE
from devora_server import billing
from devora_server.deps import RETRY_AFTER, ApiError, KeyIn, Licensed, Services, Svc, licensed
from devora_server.models import (
    Invoice,
    License,
    WebhookEvent,
    by_key,
    hash_key,
    new_key,
    seal_key,
)

log = logging.getLogger("devora_server.billing")
router = APIRouter(prefix="/v1", tags=["billing"])


class CheckoutIn(BaseModel):
    plan: str = "pro"
    seats: int = Field(1, ge=1, le=billing.MAX_SEATS)
    email: EmailStr | None = None


@router.post("/checkout")
def checkout(body: CheckoutIn, svc: Svc) -> dict:
    cfg = svc.cfg
    if body.plan != "pro":
        raise ApiError(400, "BAD_PLAN", "only the pro plan is sold")
    price = PRO_PRICE
    # the price the app shows (devora_license), not a second copy kept in Stripe's dashboard
    params = {"mode": "subscription",
              "line_items": [{"price_data": {"currency": price.currency,
                                             "unit_amount": price.cents,
                                             "recurring": {"interval": price.interval},
                                             "product_data": {"name": "Devora Pro"}},
                              "quantity": body.seats}],
              "success_url": f"{cfg.public_url}/thanks?session={{CHECKOUT_SESSION_ID}}",
              "cancel_url": f"{cfg.public_url}/pricing",
              "metadata": {"seats": str(body.seats)}, "allow_promotion_codes": True}
    if body.email:
        params["customer_email"] = body.email
    session = _stripe(svc).v1.checkout.sessions.create(params)
    return {"url": session.url, "id": session.id}


@router.post("/portal")
def portal(req: Annotated[Licensed[KeyIn], Depends(licensed(KeyIn))], svc: Svc) -> dict:
    with svc.db.Session() as s:
        lic = s.scalar(select(License).where(by_key(req.key_hash)))
    if lic is None:
        raise ApiError(404, "NOT_FOUND", "no license with that key")
    if not lic.customer_id:
        raise ApiError(409, "NO_CUSTOMER", "this license has no billing account")
    session = _stripe(svc).v1.billing_portal.sessions.create(
        {"customer": lic.customer_id, "return_url": f"{svc.cfg.public_url}/account"})
    return {"url": session.url}


def _stripe(svc: Services):
    import stripe

    base = svc.cfg.stripe_api_base
    return stripe.StripeClient(svc.cfg.stripe_api_key, base_addresses={"api": base}) \
        if base else stripe.StripeClient(svc.cfg.stripe_api_key)


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refused (413) as soon as it passes ``limit`` bytes: nothing larger is held
    in memory or parsed."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "TOO_LARGE", f"request bodies are limited to {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "TOO_LARGE", f"request bodies are limited to {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


@router.post("/stripe/webhook")
async def stripe_webhook(request: Request, svc: Svc,
                         stripe_signature: Annotated[str | None, Header()] = None) -> dict:
    import stripe

    payload = await read_body(request, svc.cfg.max_body)
    try:
        stripe.WebhookSignature.verify_header(payload.decode("utf-8", "replace"),
                                              stripe_signature or "",
                                              svc.cfg.stripe_webhook_secret,
                                              tolerance=stripe.Webhook.DEFAULT_TOLERANCE)
    except stripe.SignatureVerificationError:
        svc.metrics.webhooks.labels("?", "bad_signature").inc()
        raise ApiError(400, "BAD_SIGNATURE", "signature missing, invalid or stale") from None
    # the library refuses old timestamps only; one signed too far ahead is as suspect
    signed_at = _signed_at(stripe_signature or "")
    if signed_at is None or signed_at > time.time() + stripe.Webhook.DEFAULT_TOLERANCE:
        svc.metrics.webhooks.labels("?", "bad_signature").inc()
        raise ApiError(400, "BAD_SIGNATURE", "the signature's timestamp is in the future")
    outcome, typ, mails = await asyncio.to_thread(process, svc, payload)
    svc.metrics.webhooks.labels(typ, outcome).inc()
    for mail in mails:
        await svc.mailer.send(**mail)
    if outcome == "rejected":
        raise ApiError(400, "BAD_EVENT", "the event is malformed; it was recorded and will "
                       "not be applied")
    return {"received": True, "outcome": outcome}


def _signed_at(header: str) -> int | None:
    """The ``t=`` of a Stripe-Signature header."""
    for part in header.split(","):
        name, _, value = part.strip().partition("=")
        if name == "t" and value.isdigit():
            return int(value)
    return None


def process(svc: Services, payload: bytes) -> tuple[str, str, list[dict]]:
    """(outcome, event type, mails to send) for one signed payload; retried when SQLite is
    busy."""
    try:
        raw = json.loads(payload)
        if not isinstance(raw, dict):
            raise billing.BadEvent("not a JSON object")
        ev = billing.parse(raw)
    except (ValueError, billing.BadEvent) as exc:
        # the first delivery gets 400 and is recorded; a redelivery is a duplicate (200), so
        # Stripe stops retrying an event that can never apply
        return ("rejected" if _reject(svc, payload, str(exc)) else "duplicate"), "?", []
    for attempt in range(8):
        try:
            return _apply(svc, raw, ev)
        except IntegrityError:
            if _recorded(svc, ev.id):
                return "duplicate", ev.type, []
            time.sleep(0.05 * (attempt + 1))   # another row raced (an invoice): try again
        except OperationalError:
            time.sleep(0.05 * (attempt + 1))
    raise ApiError(503, "BUSY", "the database is busy; try again", RETRY_AFTER)


def _recorded(svc: Services, event_id: str) -> bool:
    with svc.db.Session() as s:
        return s.get(WebhookEvent, event_id) is not None


def _reject(svc: Services, payload: bytes, reason: str) -> bool:
    """Record a malformed event; False when it was already recorded."""
    try:
        raw = json.loads(payload)
    except ValueError:
        raw = None
    rid = raw.get("id") if isinstance(raw, dict) else None
    if not isinstance(rid, str) or not 0 < len(rid) <= 255:
        rid = "rejected:" + hashlib.sha256(payload).hexdigest()
    typ = raw.get("type") if isinstance(raw, dict) else None
    log.warning("rejected webhook %s: %s", rid, reason)
    try:
        with svc.db.tx() as s:
            s.add(WebhookEvent(id=rid, type=str(typ)[:100] if typ else "?", created=0,
                               outcome="rejected", reason=reason[:300]))
    except IntegrityError:
        return False
    return True


_STATE_FIELDS = [f.name for f in fields(billing.Billing)
                 if f.name not in ("subscription_id", "key_issued")]


def _state(lic: License) -> billing.Billing:
    return billing.Billing(subscription_id=lic.subscription_id,
                           key_issued=lic.key_hash is not None,
                           **{name: getattr(lic, name) for name in _STATE_FIELDS})


def _apply(svc: Services, raw: dict, ev: billing.Event) -> tuple[str, str, list[dict]]:
    mails: list[dict] = []
    with svc.db.write() as s:
        record = WebhookEvent(id=ev.id, type=ev.type, created=ev.created)
        s.add(record)
        s.flush()  # a duplicate fails here, before any effect
        if svc.db.postgres:
            # what a waiting refund is keyed by, then the subscription: every transaction
            # takes these locks in this order, so a refund and the invoice that ties it to
            # its subscription never both miss each other (nor deadlock)
            names = [billing.refund_key(ev.obj)] if ev.type == billing.REFUNDED else \
                billing.resolves(ev)
            for name in sorted(set(names)):
                _advisory_lock(s, name)
        sub = _subject(s, ev)
        if sub and svc.db.postgres:
            _advisory_lock(s, sub)
        lic = s.scalar(select(License).where(License.subscription_id == sub)
                       .with_for_update()) if sub else None
        waiting = [] if lic is not None or not sub else s.scalars(
            select(WebhookEvent).where(WebhookEvent.subscription_id == sub,
                                       WebhookEvent.outcome == "deferred")
            .order_by(WebhookEvent.created)).all()
        result = billing.apply(ev, _state(lic) if lic else None,
                               [json.loads(w.payload) for w in waiting], subscription_id=sub)
        record.outcome, record.reason = result.outcome, result.reason[:300]
        if isinstance(ev.obj, billing.Invoice) and ev.obj.id and sub and \
                s.get(Invoice, ev.obj.id) is None:
            s.add(Invoice(id=ev.obj.id, subscription_id=sub, charge_id=ev.obj.charge))
        for effect in result.effects:
            if isinstance(effect, billing.Defer):
                record.subscription_id, record.payload = sub, json.dumps(raw)
                record.waits_for = effect.waits_for
        if result.state is not None:
            if lic is None:
                lic = License(id=uuid.uuid4().hex, subscription_id=sub, plan="pro")
                s.add(lic)
                for w in waiting:
                    w.outcome = "replayed"
            _save(lic, result.state)
            for effect in result.effects:
                if isinstance(effect, billing.IssueKey):
                    key = new_key()
                    lic.key_hash = hash_key(key, svc.cfg.key_pepper)
                    lic.key_box = seal_key(key, svc.cfg.key_pepper)
                    mails.append(key_mail(effect.email, key))
        if sub:
            _replay_refunds(s, ev, sub, lic)
    return result.outcome, ev.type, mails


def _advisory_lock(s, name: str) -> None:
    s.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": name})


def _save(lic: License, st: billing.Billing) -> None:
    for name in _STATE_FIELDS:
        setattr(lic, name, getattr(st, name))
    lic.status = st.status


def _replay_refunds(s, ev: billing.Event, sub: str, lic: License | None) -> None:
    """Refunds that arrived before anything tied them to a subscription, and that this event
    ties to ``sub``: applied now to its license, or (no license yet) kept with the events
    its checkout will replay."""
    names = billing.resolves(ev)
    for name in list(names):
        if name.startswith("customer:") and s.scalar(
                select(func.count()).select_from(License).where(
                    License.customer_id == name[9:])) > 1:
            names.remove(name)   # a customer with two licenses cannot say which was refunded
    if not names:
        return
    for w in s.scalars(select(WebhookEvent).where(WebhookEvent.outcome == "deferred",
                                                  WebhookEvent.waits_for.in_(names))
                       .order_by(WebhookEvent.created)).all():
        w.waits_for = None
        if lic is None:
            w.subscription_id = sub
            continue
        result = billing.apply(json.loads(w.payload), _state(lic), subscription_id=sub)
        if result.state is not None:
            _save(lic, result.state)
        w.outcome, w.reason = "replayed", f"tied to {sub} by {ev.id}"[:300]


def _subject(s, ev: billing.Event) -> str | None:
    """The subscription an event is about; a refunded charge names only its invoice (or a
    customer, which is enough only when the customer holds one license)."""
    if ev.type != billing.REFUNDED:
        return ev.subscription_id
    if ev.obj.invoice:
        inv = s.get(Invoice, ev.obj.invoice)
        if inv is not None:
            return inv.subscription_id
    if ev.obj.id:
        paid = s.scalar(select(Invoice.subscription_id).where(Invoice.charge_id == ev.obj.id)
                        .limit(1))
        if paid is not None:
            return paid
    if ev.obj.customer:
        subs = s.scalars(select(License.subscription_id).where(
            License.customer_id == ev.obj.customer).limit(2)).all()
        if len(subs) == 1:
            return subs[0]
    return None


def key_mail(to: str, key: str) -> dict:
    return {"to": to, "subject": "Your Devora Pro license key",
            "text": f"Thank you! Your license key is {key}\n\nIn Devora: Help › License › "
                    "Activate, or `devora license activate` and paste it."}

