"""The webhook exactly-once guarantee on a real PostgreSQL server (``pg_db`` in conftest
starts one on loopback when PostgreSQL is installed, and says why it skipped otherwise)."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

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


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_refresh_reads_and_marks_the_machine_seen(backend, request, tmp_path, keypair,
                                                  fake_stripe) -> None:
    from datetime import timedelta

    from devora_server.models import Machine, utcnow
    from tests.server.conftest import seed_license

    db = request.getfixturevalue("pg_db") if backend == "postgresql" else \
        f"sqlite:///{tmp_path / 'lic.db'}"
    server = LiveServer(make_config(tmp_path, keypair, fake_stripe.url, db_url=db))
    try:
        key, (mid,) = seed_license(db, seats=2, machines=1)
        body = {"license_key": key, "machine_id": mid, "fingerprint": f"{0:064d}"}
        with server.app.state.Session() as s, s.begin():
            s.get(Machine, mid).last_seen = utcnow() - timedelta(hours=3)
        r = httpx.post(f"{server.url}/v1/licenses/refresh", json=body)
        assert r.status_code == 200 and r.json()["plan"] == "pro"
        with server.app.state.Session() as s:
            assert utcnow() - s.get(Machine, mid).last_seen < timedelta(minutes=1)
        wrong = httpx.post(f"{server.url}/v1/licenses/refresh",
                           json={**body, "machine_id": "nope"})
        assert wrong.status_code == 404 and "not activated" in wrong.json()["message"]
    finally:
        server.stop()
