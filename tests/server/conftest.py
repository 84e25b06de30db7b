from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
import stripe
import uvicorn

from devora_server.config import Config
from devora_server.main import create_app
from tests.fakes.base import free_port

WEBHOOK_SECRET = "whsec_test_secret"


class LiveServer:
    """The real app under uvicorn on loopback (threads, real HTTP, real concurrency)."""

    def __init__(self, cfg: Config) -> None:
        self.app = create_app(cfg)
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        for _ in range(200):
            if self.server.started:
                break
            time.sleep(0.02)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def make_config(tmp_path: Path, keypair, stripe_url: str, db_url: str | None = None) -> Config:
    private, _ = keypair
    return Config(database_url=db_url or f"sqlite:///{tmp_path / 'lic.db'}",
                  stripe_api_key="sk_test_fake", stripe_webhook_secret=WEBHOOK_SECRET,
                  stripe_api_base=stripe_url, admin_token="admin-secret",
                  signing_keys={"k1": private}, current_kid="k1",
                  rate_per_minute_ip=100000, rate_per_minute_key=100000)


@pytest.fixture
def live(tmp_path, keypair, fake_stripe):
    server = LiveServer(make_config(tmp_path, keypair, fake_stripe.url))
    yield server
    server.stop()


def signed(event: dict, secret: str = WEBHOOK_SECRET, timestamp: int | None = None):
    payload = json.dumps(event)
    header = stripe.WebhookSignature.generate_signature_header(
        payload, secret, timestamp=timestamp or int(time.time()))
    return payload, {"Stripe-Signature": header, "Content-Type": "application/json"}


_counter = [0]


def event(typ: str, obj: dict, created: int, eid: str | None = None) -> dict:
    _counter[0] += 1
    return {"id": eid or f"evt_{_counter[0]}_{typ}", "object": "event", "type": typ,
            "created": created, "api_version": "2024-06-20", "livemode": False,
            "data": {"object": obj}}


def checkout_completed(created: int, sub: str = "sub_1", cus: str = "cus_1", seats: int = 1,
                       eid: str | None = None) -> dict:
    return event("checkout.session.completed", {
        "id": "cs_1", "object": "checkout.session", "subscription": sub, "customer": cus,
        "customer_details": {"email": "buyer@example.com"},
        "metadata": {"seats": str(seats)}}, created, eid)


def purchase(server: LiveServer, seats: int = 1, created: int | None = None) -> str:
    """Buy through a signed checkout webhook; return the key the buyer was emailed."""
    import re

    import httpx

    payload, headers = signed(checkout_completed(created or int(time.time()), seats=seats))
    httpx.post(f"{server.url}/v1/stripe/webhook", content=payload, headers=headers)
    return re.search(r"DEV-[0-9A-F-]+", server.app.state.outbox[-1]["text"]).group(0)
