"""The hosted licensing + billing endpoint in front of Stripe (FastAPI).

Stateless: every request reads and writes the database (SQLite by default, any SQLAlchemy URL
such as PostgreSQL for several instances behind a load balancer). Rate limits are per
instance (in memory). Run: ``uvicorn devora_server.main:app`` with the variables in
``devora_server/README.md``.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from contextlib import contextmanager

import httpx
from fastapi import FastAPI, Header, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError

from devora_license import make_claims, sign
from devora_server.config import Config
from devora_server.models import (
    License,
    Machine,
    Ticket,
    WebhookEvent,
    hash_key,
    make_engine,
    new_key,
    utcnow,
)

log = logging.getLogger("devora_server")


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, retry_after: int | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.retry_after = status, code, message, \
            retry_after


class Limiter:
    """Token buckets per key (IP or license), per instance."""

    def __init__(self, per_minute: int) -> None:
        self.rate = per_minute / 60.0
        self.capacity = float(per_minute)
        self.buckets: dict[str, tuple[float, float]] = {}
        self.lock = threading.Lock()

    def hit(self, key: str) -> float | None:
        now = time.monotonic()
        with self.lock:
            tokens, last = self.buckets.get(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens < 1:
                self.buckets[key] = (tokens, now)
                return (1 - tokens) / self.rate
            self.buckets[key] = (tokens - 1, now)
            return None


# ---- request bodies -------------------------------------------------------------------------
class CheckoutIn(BaseModel):
    plan: str = "pro"
    seats: int = Field(1, ge=1, le=500)
    email: str | None = None


class KeyIn(BaseModel):
    """Every license endpoint validates the key the same way."""

    license_key: str = Field(min_length=8, max_length=64)


class PortalIn(KeyIn):
    pass


class ActivateIn(KeyIn):
    fingerprint: str = Field(min_length=16, max_length=128)
    name: str = Field("", max_length=200)
    platform: str = Field("", max_length=64)


class DeactivateIn(KeyIn):
    machine_id: str = Field(min_length=1, max_length=64)


class RefreshIn(DeactivateIn):
    fingerprint: str = Field(min_length=16, max_length=128)


class SupportIn(BaseModel):
    email: str = Field(min_length=3, max_length=320)
    message: str = Field(min_length=1, max_length=20_000)
    app_version: str = Field("", max_length=64)
    platform: str = Field("", max_length=64)
    attachment: str | None = Field(None, max_length=2_000_000)


def create_app(cfg: Config | None = None) -> FastAPI:
    cfg = cfg or Config.from_env()
    engine, Session = make_engine(cfg.database_url)
    registry = CollectorRegistry()
    latency = Histogram("devora_request_seconds", "Request latency", ["route", "method"],
                        registry=registry)
    webhooks = Counter("devora_webhooks_total", "Stripe webhooks", ["type", "outcome"],
                       registry=registry)
    activations = Counter("devora_activations_total", "Activations", ["outcome"],
                          registry=registry)
    ip_limit, key_limit = Limiter(cfg.rate_per_minute_ip), Limiter(cfg.rate_per_minute_key)
    app = FastAPI(title="Devora licensing", version="1")
    app.state.cfg, app.state.engine, app.state.Session = cfg, engine, Session
    app.state.outbox = []  # emails sent, for tests and the log

    def stripe_client():
        import stripe

        bases = {"api": cfg.stripe_api_base} if cfg.stripe_api_base else None
        return stripe.StripeClient(cfg.stripe_api_key, base_addresses=bases) if bases \
            else stripe.StripeClient(cfg.stripe_api_key)

    def send_email(to: str, subject: str, text: str) -> None:
        app.state.outbox.append({"to": to, "subject": subject, "text": text})
        if not cfg.resend_api_key:
            log.info("email to %s: %s\n%s", to, subject, text)
            return
        try:
            httpx.post("https://api.resend.com/emails", timeout=10, json={
                "from": cfg.email_from, "to": [to], "subject": subject, "text": text},
                headers={"Authorization": f"Bearer {cfg.resend_api_key}"}).raise_for_status()
        except httpx.HTTPError:
            log.exception("could not send email to %s", to)

    @contextmanager
    def tx():
        with Session() as session, session.begin():
            yield session

    def issue(lic: License, machine: Machine) -> str:
        claims = make_claims(license_id=lic.id, plan=lic.plan if lic.status != "revoked"
                             else "free", seats=lic.seats, machine_id=machine.id,
                             fingerprint=machine.fingerprint, status=lic.status,
                             period_end=lic.period_end)
        return sign(claims, cfg.signing_keys[cfg.current_kid], cfg.current_kid)

    def problem(lic: License) -> ApiError | None:
        now = int(time.time())
        grace = cfg.payment_grace_days * 86400
        if lic.status == "revoked":
            return ApiError(403, "SUSPENDED", "this license was revoked or refunded")
        if lic.status == "canceled" and (lic.period_end or 0) < now:
            return ApiError(403, "EXPIRED", "the subscription has ended")
        if lic.status == "past_due" and now - (lic.past_due_since or now) > grace:
            return ApiError(402, "PAST_DUE", "the last payment failed; update the card")
        if lic.period_end and now > lic.period_end + grace and lic.status != "active":
            return ApiError(403, "EXPIRED", "the subscription has ended")
        return None

    def find(session, key: str) -> License:
        lic = session.scalar(select(License).where(License.key_hash == hash_key(
            key, cfg.key_pepper)))
        if lic is None:
            raise ApiError(404, "NOT_FOUND", "no license with that key")
        return lic

    def limit_key(key: str) -> None:
        wait = key_limit.hit(hash_key(key, cfg.key_pepper))
        if wait is not None:
            raise ApiError(429, "RATE_LIMITED", "too many requests for this license",
                           int(wait) + 1)

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
        return JSONResponse({"code": exc.code, "message": exc.message}, exc.status,
                            headers=headers)

    class Measure:
        """Pure ASGI middleware (BaseHTTPMiddleware costs a task and a stream per request):
        per-IP rate limit on /v1/ and the latency histogram."""

        def __init__(self, inner) -> None:
            self.inner = inner

        async def __call__(self, scope, receive, send) -> None:
            if scope["type"] != "http":
                await self.inner(scope, receive, send)
                return
            path = scope["path"]
            if path.startswith("/v1/") and path != "/v1/stripe/webhook":
                client = scope.get("client")
                wait = ip_limit.hit(client[0] if client else "?")
                if wait is not None:
                    response = JSONResponse({"code": "RATE_LIMITED", "message": "slow down"},
                                            429, headers={"Retry-After": str(int(wait) + 1)})
                    await response(scope, receive, send)
                    return
            start = time.perf_counter()
            try:
                await self.inner(scope, receive, send)
            finally:
                route = scope.get("route")
                latency.labels(getattr(route, "path", "unmatched"), scope["method"]).observe(
                    time.perf_counter() - start)

    app.add_middleware(Measure)

    # ---- public -----------------------------------------------------------------------------
    @app.get("/health")
    def health() -> dict:
        with Session() as session:
            session.execute(select(1))
        return {"ok": True}

    @app.get("/metrics")
    def metrics() -> PlainTextResponse:
        return PlainTextResponse(generate_latest(registry).decode(),
                                 media_type="text/plain; version=0.0.4")

    @app.get("/v1/keys")
    def keys() -> dict:
        return {"keys": [{"kid": k, "alg": "EdDSA", "pem": pem}
                         for k, pem in cfg.public_keys().items()], "current": cfg.current_kid}

    @app.post("/v1/checkout")
    def checkout(body: CheckoutIn) -> dict:
        if body.plan != "pro":
            raise ApiError(400, "BAD_PLAN", "only the pro plan is sold")
        params = {"mode": "subscription", "line_items": [{"price": cfg.stripe_price_pro,
                                                          "quantity": body.seats}],
                  "success_url": f"{cfg.public_url}/thanks?session={{CHECKOUT_SESSION_ID}}",
                  "cancel_url": f"{cfg.public_url}/pricing",
                  "metadata": {"seats": str(body.seats)}, "allow_promotion_codes": True}
        if body.email:
            params["customer_email"] = body.email
        session = stripe_client().v1.checkout.sessions.create(params)
        return {"url": session.url, "id": session.id}

    @app.post("/v1/portal")
    def portal(body: PortalIn) -> dict:
        with Session() as s:
            lic = find(s, body.license_key)
        if not lic.customer_id:
            raise ApiError(409, "NO_CUSTOMER", "this license has no billing account")
        session = stripe_client().v1.billing_portal.sessions.create(
            {"customer": lic.customer_id, "return_url": f"{cfg.public_url}/account"})
        return {"url": session.url}

    # ---- Stripe webhook ---------------------------------------------------------------------
    @app.post("/v1/stripe/webhook")
    async def stripe_webhook(request: Request,
                             stripe_signature: str | None = Header(None)) -> dict:
        import stripe

        payload = await request.body()
        try:
            event = stripe.Webhook.construct_event(payload, stripe_signature or "",
                                                   cfg.stripe_webhook_secret)
        except (ValueError, stripe.SignatureVerificationError):
            webhooks.labels("?", "bad_signature").inc()
            raise ApiError(400, "BAD_SIGNATURE", "signature missing, invalid or stale") \
                from None
        import asyncio

        outcome, mails = await asyncio.to_thread(process_event, event.to_dict())
        webhooks.labels(event["type"], outcome).inc()
        for mail in mails:
            send_email(**mail)
        return {"received": True, "outcome": outcome}

    def process_event(ev: dict) -> tuple[str, list[dict]]:
        for attempt in range(5):
            mails: list[dict] = []
            try:
                with tx() as s:
                    s.add(WebhookEvent(id=ev["id"], type=ev["type"], created=ev["created"]))
                    s.flush()  # a duplicate fails here, before any effect
                    outcome = apply_event(s, ev, mails)
                return outcome, mails
            except IntegrityError:
                return "duplicate", []
            except OperationalError:  # SQLite busy under concurrent deliveries: try again
                time.sleep(0.05 * (attempt + 1))
        raise ApiError(503, "BUSY", "try again")

    def license_for(s, sub_id: str | None, customer: str | None) -> License:
        lic = s.scalar(select(License).where(License.subscription_id == sub_id)) if sub_id \
            else None
        if lic is None and customer:
            lic = s.scalar(select(License).where(License.customer_id == customer))
        if lic is None:  # an event that arrived before checkout.session.completed
            lic = License(id=uuid.uuid4().hex, subscription_id=sub_id, customer_id=customer,
                          status="active", status_at=0, seats_at=0, seats=1)
            s.add(lic)
        return lic

    def set_status(lic: License, status: str, created: int) -> None:
        if created >= lic.status_at:  # state moves only forward in Stripe's time
            lic.status, lic.status_at = status, created
            if status == "past_due":
                lic.past_due_since = lic.past_due_since or created
            elif status == "active":
                lic.past_due_since = None

    def apply_event(s, ev: dict, mails: list[dict]) -> str:
        typ, obj, created = ev["type"], ev["data"]["object"], int(ev["created"])
        if typ == "checkout.session.completed":
            lic = license_for(s, obj.get("subscription"), obj.get("customer"))
            lic.customer_id = obj.get("customer") or lic.customer_id
            lic.subscription_id = obj.get("subscription") or lic.subscription_id
            email = (obj.get("customer_details") or {}).get("email") or obj.get(
                "customer_email") or ""
            lic.email = email
            seats = int((obj.get("metadata") or {}).get("seats") or 1)
            if created >= lic.seats_at:
                lic.seats, lic.seats_at = seats, created
            if lic.status_at == 0:
                set_status(lic, "active", created)
            if lic.key_hash is None:
                key = new_key()
                lic.key_hash = hash_key(key, cfg.key_pepper)
                mails.append({"to": email, "subject": "Your Devora Pro license key",
                              "text": f"Thank you! Your license key is {key}\n\nIn Devora: "
                                      "Help > License > Activate."})
            return "applied"
        if typ in ("invoice.paid", "invoice.payment_succeeded"):
            lic = license_for(s, obj.get("subscription"), obj.get("customer"))
            lines = (obj.get("lines") or {}).get("data") or []
            end = max([int(li["period"]["end"]) for li in lines if li.get("period")]
                      or [int(obj.get("period_end") or 0)])
            lic.period_end = max(lic.period_end or 0, end) or None
            if lic.status in ("active", "past_due"):  # "paid, as of this event's time"
                set_status(lic, "active", created)
            return "applied"
        if typ == "invoice.payment_failed":
            lic = license_for(s, obj.get("subscription"), obj.get("customer"))
            if lic.status in ("active", "past_due"):
                set_status(lic, "past_due", created)
            return "applied"
        if typ == "customer.subscription.updated":
            lic = license_for(s, obj.get("id"), obj.get("customer"))
            items = (obj.get("items") or {}).get("data") or []
            seats = obj.get("quantity") or (items[0].get("quantity") if items else None)
            if seats and created >= lic.seats_at:
                lic.seats, lic.seats_at = int(seats), created
            if created >= lic.status_at:
                lic.cancel_at_period_end = bool(obj.get("cancel_at_period_end"))
            end = obj.get("current_period_end") or (items[0].get("current_period_end")
                                                     if items else None)
            if end:
                lic.period_end = max(lic.period_end or 0, int(end))
            mapped = {"active": "active", "trialing": "active", "past_due": "past_due",
                      "unpaid": "past_due", "canceled": "canceled"}.get(obj.get("status", ""))
            if mapped and lic.status != "revoked":
                set_status(lic, mapped, created)
            return "applied"
        if typ == "customer.subscription.deleted":
            lic = license_for(s, obj.get("id"), obj.get("customer"))
            if lic.status != "revoked":
                set_status(lic, "canceled", created)
                lic.status_at = max(lic.status_at, created)
            return "applied"
        if typ == "charge.refunded":
            lic = license_for(s, None, obj.get("customer"))
            lic.status, lic.status_at = "revoked", max(lic.status_at, created)
            return "applied"
        return "ignored"

    # ---- activations -------------------------------------------------------------------------
    @app.post("/v1/licenses/activate")
    def activate(body: ActivateIn) -> dict:
        limit_key(body.license_key)
        try:
            with tx() as s:
                lic = find(s, body.license_key)
                err = problem(lic)
                if err:
                    raise err
                machine = s.scalar(select(Machine).where(
                    Machine.license_id == lic.id, Machine.fingerprint == body.fingerprint,
                    Machine.active.is_(True)))
                if machine is None:
                    used = s.scalar(select(func.count()).select_from(Machine).where(
                        Machine.license_id == lic.id, Machine.active.is_(True)))
                    if used >= lic.seats:
                        raise ApiError(409, "TOO_MANY_MACHINES",
                                       f"all {lic.seats} seat(s) are in use; deactivate a "
                                       "machine first")
                    machine = Machine(id=uuid.uuid4().hex, license_id=lic.id,
                                      fingerprint=body.fingerprint, name=body.name,
                                      platform=body.platform)
                    s.add(machine)
                machine.last_seen = utcnow()
                s.flush()
                token = issue(lic, machine)
                result = {"token": token, "machine_id": machine.id, "plan": lic.plan,
                          "seats": lic.seats}
        except ApiError as exc:
            activations.labels(exc.code).inc()
            raise
        activations.labels("ok").inc()
        return result

    @app.post("/v1/licenses/refresh")
    def refresh(body: RefreshIn) -> dict:
        limit_key(body.license_key)
        with tx() as s:
            lic = find(s, body.license_key)
            machine = s.get(Machine, body.machine_id)
            if machine is None or machine.license_id != lic.id or not machine.active:
                raise ApiError(404, "NOT_FOUND", "this machine is not activated")
            if machine.fingerprint != body.fingerprint:
                raise ApiError(403, "FINGERPRINT_MISMATCH",
                               "this activation belongs to another machine")
            err = problem(lic)
            if err:
                raise err
            if (utcnow() - machine.last_seen).total_seconds() > 3600:
                machine.last_seen = utcnow()  # hourly precision: most refreshes only read
            return {"token": issue(lic, machine), "plan": lic.plan, "status": lic.status}

    @app.post("/v1/licenses/deactivate")
    def deactivate(body: DeactivateIn) -> dict:
        limit_key(body.license_key)
        with tx() as s:
            lic = find(s, body.license_key)
            machine = s.get(Machine, body.machine_id)
            if machine is None or machine.license_id != lic.id or not machine.active:
                raise ApiError(404, "NOT_FOUND", "this machine is not activated")
            month_ago = utcnow().timestamp() - 30 * 86400
            recent = [m for m in s.scalars(select(Machine).where(
                Machine.license_id == lic.id, Machine.deactivated_at.is_not(None)))
                if m.deactivated_at and m.deactivated_at.timestamp() > month_ago]
            if len(recent) >= cfg.deactivations_per_month:
                raise ApiError(429, "TOO_MANY_DEACTIVATIONS",
                               f"at most {cfg.deactivations_per_month} deactivations a month")
            machine.active, machine.deactivated_at = False, utcnow()
        return {"ok": True}

    @app.get("/v1/licenses/machines")
    def machines(x_license_key: str = Header(...)) -> dict:
        limit_key(x_license_key)
        with Session() as s:
            lic = find(s, x_license_key)
            rows = s.scalars(select(Machine).where(Machine.license_id == lic.id,
                                                   Machine.active.is_(True))).all()
            return {"seats": lic.seats, "machines": [
                {"id": m.id, "name": m.name, "platform": m.platform,
                 "activated_at": m.activated_at.isoformat(),
                 "last_seen": m.last_seen.isoformat()} for m in rows]}

    # ---- support and admin -------------------------------------------------------------------
    @app.post("/v1/support")
    def support(body: SupportIn) -> dict:
        with tx() as s:
            ticket = Ticket(email=body.email, message=body.message,
                            app_version=body.app_version, platform=body.platform,
                            attachment=body.attachment)
            s.add(ticket)
            s.flush()
            ticket_id = ticket.id
        send_email(cfg.support_email, f"Support ticket #{ticket_id} from {body.email}",
                   f"{body.message}\n\n-- {body.app_version} on {body.platform}")
        return {"ticket": ticket_id}

    def admin(authorization: str | None) -> None:
        if not cfg.admin_token or authorization != f"Bearer {cfg.admin_token}":
            raise ApiError(401, "UNAUTHORIZED", "admin token required")

    @app.get("/v1/admin/licenses")
    def admin_licenses(authorization: str | None = Header(None)) -> dict:
        admin(authorization)
        with Session() as s:
            return {"licenses": [{"id": lic.id, "email": lic.email, "plan": lic.plan,
                                  "status": lic.status, "seats": lic.seats,
                                  "period_end": lic.period_end}
                                 for lic in s.scalars(select(License))]}

    @app.post("/v1/admin/licenses/{license_id}/revoke")
    def admin_revoke(license_id: str, authorization: str | None = Header(None)) -> dict:
        admin(authorization)
        with tx() as s:
            lic = s.get(License, license_id)
            if lic is None:
                raise ApiError(404, "NOT_FOUND", "no such license")
            lic.status, lic.status_at = "revoked", int(time.time())
        return {"ok": True}

    @app.post("/v1/admin/licenses/{license_id}/reissue")
    def admin_reissue(license_id: str, authorization: str | None = Header(None)) -> dict:
        admin(authorization)
        key = new_key()
        with tx() as s:
            lic = s.get(License, license_id)
            if lic is None:
                raise ApiError(404, "NOT_FOUND", "no such license")
            lic.key_hash = hash_key(key, cfg.key_pepper)
            email = lic.email
        if email:
            send_email(email, "Your new Devora license key", f"Your new key is {key}")
        return {"ok": True, "emailed": bool(email)}

    @app.get("/v1/admin/tickets")
    def admin_tickets(authorization: str | None = Header(None)) -> dict:
        admin(authorization)
        with Session() as s:
            return {"tickets": [{"id": t.id, "email": t.email, "message": t.message,
                                 "status": t.status, "platform": t.platform}
                                for t in s.scalars(select(Ticket))]}

    return app


def __getattr__(name: str):
    # `uvicorn devora_server.main:app`: build the app from the environment on first use.
    if name == "app":
        globals()["app"] = create_app()
        return globals()["app"]
    raise AttributeError(name)
