"""The hosted licensing + billing endpoint in front of Stripe (FastAPI).

Stateless: every request reads and writes the database (SQLite by default, PostgreSQL for
several instances behind a load balancer) and rate limits live in Redis when ``REDIS_URL``
is set. Run: ``uvicorn devora_server.main:app`` with the variables in
``devora_server/README.md``. Routers: ``routers/licenses`` (activations), ``routers/billing``
(Checkout, portal, webhooks; decisions in ``billing``), ``routers/support``,
``routers/admin``, ``routers/ops`` (health, metrics, keys).

CORS: no browser page calls this API (the app and Stripe do), so no origin is allowed unless
``CORS_ORIGINS`` lists some; a preflight gets a definite answer (400 without
``Access-Control-Allow-Origin`` for an unlisted origin), never 405.
"""

from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from devora_server import log
from devora_server.config import Config
from devora_server.deps import RETRY_AFTER, ApiError, Metrics, Services
from devora_server.mail import Mailer
from devora_server.models import Database
from devora_server.ratelimit import Limits
from devora_server.routers import admin, billing, licenses, ops, support

WEBHOOK = "/v1/stripe/webhook"
log_db = logging.getLogger("devora_server.db")


class Guard:
    """Pure ASGI middleware (BaseHTTPMiddleware costs a task and a stream per request):
    refuses declared bodies over the limit, applies the per-IP limit on /v1/ (not to
    Stripe's webhook), and records latency."""

    def __init__(self, inner, services: Services) -> None:
        self.inner, self.svc = inner, services

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        svc, path = self.svc, scope["path"]
        refusal = None
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and (not value.isdigit()
                                              or int(value) > svc.cfg.max_body):
                refusal = JSONResponse({"code": "TOO_LARGE", "message": "request bodies are "
                                        f"limited to {svc.cfg.max_body} bytes"}, 413)
        if refusal is None and path.startswith("/v1/") and path != WEBHOOK \
                and scope["method"] != "OPTIONS":
            client = scope.get("client")
            wait = await svc.limits.hit_ip(client[0] if client else "?")
            if wait is not None:
                refusal = JSONResponse({"code": "RATE_LIMITED", "message": "slow down"}, 429,
                                       headers={"Retry-After": str(wait)})
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        start = time.perf_counter()
        try:
            await self.inner(scope, receive, send)
        finally:
            route = scope.get("route")
            svc.metrics.latency.labels(getattr(route, "path", "unmatched"),
                                       scope["method"]).observe(time.perf_counter() - start)


def create_app(cfg: Config | None = None) -> FastAPI:
    log.configure()
    cfg = cfg or Config.from_env()
    metrics = Metrics()
    services = Services(
        cfg=cfg, db=Database(cfg.database_url, migrate=cfg.migrate_on_start),
        limits=Limits(cfg.rate_per_minute_ip, cfg.rate_per_minute_key, cfg.redis_url,
                      on_fallback=metrics.ratelimit_fallback.inc),
        mailer=Mailer(resend_api_key=cfg.resend_api_key, sender=cfg.email_from,
                      log_path=cfg.mail_log),
        metrics=metrics)
    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        await services.mailer.aclose()
        services.db.dispose()

    _warn_about_scope(cfg)
    app = FastAPI(title="Devora licensing", version="2", lifespan=lifespan)
    app.state.cfg, app.state.services = cfg, services
    app.state.Session = services.db.Session
    app.state.outbox = services.mailer.outbox  # emails sent by this process (tests, debug)

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
        return JSONResponse({"code": exc.code, "message": exc.message}, exc.status,
                            headers=headers)

    @app.exception_handler(OperationalError)
    @app.exception_handler(InterfaceError)
    @app.exception_handler(PoolTimeout)
    async def _database_down(_request: Request, exc: Exception) -> JSONResponse:
        # PostgreSQL restarting, unreachable or out of connections: "try again", never 500
        log_db.warning("database unavailable: %s", str(exc).splitlines()[0][:200])
        services.metrics.unavailable.labels("database").inc()
        return JSONResponse({"code": "UNAVAILABLE", "message": "the license database is "
                             "unavailable for a moment; try again shortly"}, 503,
                            headers={"Retry-After": str(RETRY_AFTER)})

    for module in (licenses, billing, support, admin, ops):
        app.include_router(module.router)
    app.add_middleware(Guard, services=services)
    app.add_middleware(CORSMiddleware, allow_origins=list(cfg.cors_origins),
                       allow_methods=["GET", "POST"],
                       allow_headers=["Content-Type", "Authorization", "X-License-Key"],
                       max_age=600)

    return app


def _warn_about_scope(cfg: Config) -> None:
    """A certified signing key grants only the plans in its certificate's scope: the app
    refuses a token for any other plan, so say so at start rather than at each activation."""
    cert = cfg.signing_certs.get(cfg.current_kid)
    if not cert:
        return
    import jwt

    from devora_license import PLANS, scope_plans

    try:
        scope = jwt.decode(cert, options={"verify_signature": False}).get("scope", [])
    except jwt.InvalidTokenError:
        logging.getLogger("devora_server").error("SIGNING_CERTS: the certificate for %s "
                                                 "cannot be read", cfg.current_kid)
        return
    missing = sorted(set(PLANS) - scope_plans(scope if isinstance(scope, list) else []))
    if missing:
        logging.getLogger("devora_server").warning(
            "the certificate of signing key %s does not cover plan(s) %s: the app will "
            "refuse tokens this server signs for them", cfg.current_kid, ", ".join(missing))


def __getattr__(name: str):
    # `uvicorn devora_server.main:app`: build the app from the environment on first use.
    if name == "app":
        globals()["app"] = create_app()
        return globals()["app"]
    raise AttributeError(name)
