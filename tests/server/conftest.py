from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import subprocess
import tempfile
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


# ---- real PostgreSQL and Redis on loopback (started here; skipped, saying why, if absent) ---
def _pg_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for this test session: its base URL (no database name)."""
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user for initdb")
        as_user = ["runuser", "-u", "postgres", "--"]
    data = tempfile.mkdtemp(prefix="devora-pg-", dir="/tmp")
    if as_user:
        shutil.chown(data, "postgres", "postgres")
    port = free_port()
    run = lambda *cmd: subprocess.run([*as_user, *cmd], check=True,  # noqa: E731
                                      capture_output=True, text=True, timeout=120)
    run(f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync")
    run(f"{bindir}/pg_ctl", "-D", data, "-w", "-l", f"{data}/log", "-o",
        f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c max_connections=200", "start")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        run(f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop")
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture
def pg_db(pg_server) -> str:
    """A fresh, empty database on the session's PostgreSQL: its SQLAlchemy URL."""
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server.replace("postgresql+psycopg", "postgresql") + "/postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{pg_server}/{name}"


@pytest.fixture(scope="session")
def redis_server():
    """A redis-server on loopback for this session: its URL."""
    exe = shutil.which("redis-server")
    if exe is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    import redis

    client = redis.Redis(port=port)
    for _ in range(200):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.02)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def redis_url(redis_server) -> str:
    import redis

    redis.Redis.from_url(redis_server).flushall()
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
