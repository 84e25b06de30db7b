from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import httpx
import pytest
import stripe
import uvicorn

from devora_server.config import Config
from devora_server.main import create_app
from tests.fakes.base import free_port

WEBHOOK_SECRET = "whsec_test_secret"

#: the requests of the load tests, sent by one client (thread-safe, its connections kept):
#: ``httpx.post`` made a client a request, which loads the CA bundle (~25 ms of CPU under the
#: GIL), so a burst's 20 threads reached the server spread over half a second or more
#: instead of at once, and test_scaleout spent two thirds of its time making clients
#: (load 11-14: 112 s of its two burst tests' 147, 35 s with this client)
http = httpx.Client(timeout=60)


class LiveServer:
    """The real app under uvicorn on loopback (threads, real HTTP, real concurrency)."""

    def __init__(self, cfg: Config) -> None:
        self.app = create_app(cfg)
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        for _ in range(1500):   # up to 30 s: a loaded CI machine starts uvicorn slowly
            if self.server.started:
                break
            time.sleep(0.02)
        else:
            raise RuntimeError("the license server did not start in 30 s")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def certificate(public: str, kid: str = "k1", **over) -> str:
    """A certificate for ``public`` from the test root the app pins in tests."""
    from devora_license import certify
    from tests.conftest import TEST_ROOT_KID, pinned_test_root

    args = {"kid": kid, "public_pem": public, "not_before": int(time.time()) - 60,
            "not_after": int(time.time()) + 86400, "scope": ["license:pro", "license:free"],
            **over}
    return certify(pinned_test_root()[0], TEST_ROOT_KID, **args)


def make_config(tmp_path: Path, keypair, stripe_url: str, db_url: str | None = None) -> Config:
    """A self-hosted server as the app sees one: its key "k1" is certified by the root."""
    private, public = keypair
    return Config(database_url=db_url or f"sqlite:///{tmp_path / 'lic.db'}",
                  stripe_api_key="sk_test_fake", stripe_webhook_secret=WEBHOOK_SECRET,
                  stripe_api_base=stripe_url, admin_token="admin-secret",
                  signing_keys={"k1": private}, signing_certs={"k1": certificate(public)},
                  current_kid="k1", metrics_token="metrics-secret",
                  mail_log=str(tmp_path / "mail.log"),
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
                       eid: str | None = None, paid: str = "paid") -> dict:
    return event("checkout.session.completed", {
        "id": f"cs_{sub}", "object": "checkout.session", "mode": "subscription",
        "subscription": sub, "customer": cus, "payment_status": paid,
        "customer_details": {"email": "buyer@example.com"},
        "metadata": {"seats": str(seats)}}, created, eid)


def purchase(server: LiveServer, seats: int = 1, created: int | None = None) -> str:
    """Buy through a signed checkout webhook; return the key the buyer was emailed."""
    import re

    import httpx

    payload, headers = signed(checkout_completed(created or int(time.time()), seats=seats))
    httpx.post(f"{server.url}/v1/stripe/webhook", content=payload, headers=headers)
    return re.search(r"DEV-[0-9A-F-]+", server.app.state.outbox[-1]["text"]).group(0)


def purchase_for_app(ctx, server: LiveServer) -> str:
    """Buy a key on ``server`` and point the app's settings at that server (as a user who
    uses a self-hosted server); return the key."""
    key = purchase(server)
    s = ctx.settings.model_copy(deep=True)
    s.license_server = server.url
    ctx.save_settings(s)
    return key


# ---- real PostgreSQL and Redis on loopback (started here; skipped, saying why, if absent) ---
@pytest.fixture(scope="session")
def pg_cluster():
    """The PostgreSQL server of this test session (a test may restart it)."""
    from tests.server.services import PgCluster, Unavailable

    try:
        cluster = PgCluster()
    except Unavailable as exc:
        pytest.skip(str(exc))
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_server(pg_cluster):
    """A PostgreSQL server for this test session: its base URL (no database name)."""
    return pg_cluster.url


@pytest.fixture
def pg_db(pg_server) -> str:
    """A fresh, empty database on the session's PostgreSQL: its SQLAlchemy URL."""
    from tests.server.services import create_database

    return create_database(pg_server)


@pytest.fixture(scope="session")
def redis_server():
    """A redis-server on loopback for this session: its URL."""
    from tests.server.services import Unavailable
    from tests.server.services import redis_server as start

    try:
        with start() as url:
            yield url
    except Unavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture
def redis_url(redis_server) -> str:
    import redis

    client = redis.Redis.from_url(redis_server)
    client.flushall()
    client.close()
    return redis_server


# ---- helpers for concurrency tests ---------------------------------------------------------
PEPPER = Config.key_pepper


def seed_license(db_url: str, *, seats: int = 1, machines: int = 0,
                 pepper: str = PEPPER) -> tuple[str, list[str]]:
    """A paid license written straight to the database (no webhook): its key and the ids of
    ``machines`` active machines."""
    import uuid

    from devora_server.models import Database, License, Machine, hash_key, new_key

    key = new_key()
    db = Database(db_url)
    lid = uuid.uuid4().hex
    ids = [uuid.uuid4().hex for _ in range(machines)]
    with db.tx() as s:
        s.add(License(id=lid, key_hash=hash_key(key, pepper), seats=seats, status="active",
                      period_end=int(time.time()) + 30 * 86400))
        s.flush()
        for i, mid in enumerate(ids):
            s.add(Machine(id=mid, license_id=lid, fingerprint=f"{i:064d}"))
    db.dispose()
    return key, ids


def count_machines(db_url: str, key: str, *, active: bool = True) -> int:
    from sqlalchemy import func, select

    from devora_server.models import Database, License, Machine, hash_key

    db = Database(db_url)
    with db.Session() as s:
        lic = s.scalar(select(License).where(License.key_hash == hash_key(key, PEPPER)))
        cond = Machine.active.is_(True) if active else Machine.deactivated_at.is_not(None)
        n = s.scalar(select(func.count()).select_from(Machine).where(
            Machine.license_id == lic.id, cond))
    db.dispose()
    return n


def burst(n: int, call) -> list:
    """``call(i)`` from ``n`` threads released at the same instant; the results in order."""
    from concurrent.futures import ThreadPoolExecutor

    gate = threading.Barrier(n)

    def run(i: int):
        gate.wait()
        return call(i)

    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(run, range(n)))
