"""The webhook exactly-once guarantee on a real PostgreSQL server (``pg_db`` in conftest
starts one on loopback when PostgreSQL is installed, and says why it skipped otherwise)."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.server.conftest import LiveServer, checkout_completed, make_config, signed


def test_exactly_once_on_postgresql(pg_db, tmp_path, keypair, fake_stripe) -> None:
    server = LiveServer(make_config(tmp_path, keypair, fake_stripe.url, db_url=pg_db))
    try:
        ev = checkout_completed(int(time.time()), eid="evt_pg_dup")
        payload, headers = signed(ev)
        post = lambda _: httpx.post(f"{server.url}/v1/stripe/webhook",  # noqa: E731
                                    content=payload, headers=headers, timeout=30)
        with ThreadPoolExecutor(8) as pool:
            outcomes = sorted(r.json()["outcome"] for r in pool.map(post, range(8)))
        assert outcomes == ["applied"] + ["duplicate"] * 7
        from devora_server.models import License, WebhookEvent

        with server.app.state.Session() as s:
            assert s.query(License).count() == 1
            assert s.query(WebhookEvent).filter_by(id="evt_pg_dup").count() == 1
        assert len(server.app.state.outbox) == 1
    finally:
        server.stop()
