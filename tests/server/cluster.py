"""One licensing deployment for a test module: SQLite behind one in-process server, or
PostgreSQL + Redis behind two uvicorn processes (requests alternate between them, as behind a
load balancer). Tests talk HTTP and read the database and the mail log directly."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from itertools import count
from pathlib import Path

import httpx

from tests.server.conftest import checkout_completed, event, signed


class Cluster:
    def __init__(self, urls: list[str], db_url: str, mail_log: Path) -> None:
        self.urls, self.db_url, self.mail_log = urls, db_url, mail_log
        self._turn = count()
        from devora_server.models import Database

        self.db = Database(db_url)

    @property
    def url(self) -> str:
        """The next instance (round robin)."""
        return self.urls[next(self._turn) % len(self.urls)]

    def post(self, path: str, **kw) -> httpx.Response:
        return httpx.post(f"{self.url}{path}", timeout=30, **kw)

    def webhook(self, ev: dict, *, timestamp: int | None = None) -> httpx.Response:
        payload, headers = signed(ev, timestamp=timestamp)
        return self.post("/v1/stripe/webhook", content=payload, headers=headers)

    def mails(self) -> list[dict]:
        if not self.mail_log.exists():
            return []
        return [json.loads(line) for line in self.mail_log.read_text().splitlines()]

    def keys_mailed(self, to: str | None = None) -> list[str]:
        return [re.search(r"DEV-[0-9A-F-]+", m["text"]).group(0) for m in self.mails()
                if "license key" in m["subject"] and (to is None or m["to"] == to)]

    def buy(self, seats: int = 1, at: int | None = None) -> tuple[str, str]:
        """A paid subscription through webhooks: (subscription id, the key mailed)."""
        at = at or int(time.time()) - 100
        sub, cus = f"sub_{uuid.uuid4().hex[:10]}", f"cus_{uuid.uuid4().hex[:10]}"
        email = f"{cus}@example.com"
        ev = checkout_completed(at, sub, cus, seats)
        ev["data"]["object"]["customer_details"] = {"email": email}
        assert self.webhook(ev).json()["outcome"] == "applied"
        self.webhook(event("invoice.paid", {"id": f"in_{sub}", "subscription": sub,
                                            "customer": cus, "lines": {"data": [{"period": {
                                                "end": at + 30 * 86400}}]}}, at + 10))
        return sub, self.keys_mailed(email)[-1]

    def license(self, sub: str):
        from sqlalchemy import select

        from devora_server.models import License

        with self.db.Session() as s:
            return s.scalar(select(License).where(License.subscription_id == sub))

    def set_last_seen(self, machine_id: str, hours_ago: float) -> None:
        from devora_server.models import Machine, utcnow

        with self.db.tx() as s:
            s.get(Machine, machine_id).last_seen = utcnow() - timedelta(hours=hours_ago)

    def last_seen(self, machine_id: str):
        from devora_server.models import Machine

        with self.db.Session() as s:
            return s.get(Machine, machine_id).last_seen


@contextmanager
def sqlite_cluster(tmp: Path) -> Iterator[Cluster]:
    from devora_license import new_keypair
    from tests.server.conftest import LiveServer, make_config

    server = LiveServer(make_config(tmp, new_keypair(), "http://127.0.0.1:9"))
    cluster = Cluster([server.url], server.app.state.cfg.database_url, tmp / "mail.log")
    try:
        yield cluster
    finally:
        cluster.db.dispose()
        server.stop()


@contextmanager
def postgres_cluster(tmp: Path, db_url: str, redis_url: str, **env) -> Iterator[Cluster]:
    from devora_license import new_keypair
    from tests.server.scaleout import Instance, server_env

    settings = server_env(tmp, new_keypair(), db_url, redis_url, **env)
    a = Instance(settings)
    try:
        b = Instance(settings)
    except Exception:
        a.stop()
        raise
    cluster = Cluster([a.url, b.url], db_url, tmp / "mail.log")
    cluster.instances = [a, b]
    try:
        yield cluster
    finally:
        cluster.db.dispose()
        a.stop()
        b.stop()
