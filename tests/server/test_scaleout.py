"""Two real uvicorn instances (separate processes) on one PostgreSQL and one Redis, all on
loopback, as behind a load balancer: seats, the deactivation cap and the rate limit hold
across them."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.fakes.base import free_port
from tests.server.conftest import (
    PEPPER,
    WEBHOOK_SECRET,
    burst,
    certificate,
    count_machines,
    seed_license,
)

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow  # ~80 s: 20 trials x 20 concurrent requests


class Instance:
    """``uvicorn devora_server.main:app`` in its own process, configured by environment."""

    def __init__(self, env: dict[str, str]) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "devora_server.main:app", "--host", "127.0.0.1",
             "--port", str(self.port), "--log-level", "warning", "--no-access-log"],
            env={**os.environ, "PYTHONPATH": str(ROOT), **env}, cwd=ROOT,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for _ in range(300):
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server did not start: {self.proc.stderr.read()}")
            time.sleep(0.05)
        raise RuntimeError("the server did not answer /health in 15 s")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def server_env(tmp_path: Path, keypair, db_url: str, redis_url: str, **over) -> dict:
    private, public = keypair
    (tmp_path / "k1.pem").write_text(private)
    (tmp_path / "k1.cert").write_text(certificate(public))
    return {"DATABASE_URL": db_url, "REDIS_URL": redis_url,
            "SIGNING_KEYS": f"k1={tmp_path / 'k1.pem'}",
            "SIGNING_CERTS": f"k1={tmp_path / 'k1.cert'}",
            "STRIPE_WEBHOOK_SECRET": WEBHOOK_SECRET, "STRIPE_API_KEY": "sk_test_x",
            "LICENSE_KEY_PEPPER": PEPPER, "MAIL_LOG": str(tmp_path / "mail.log"),
            "RATE_PER_MINUTE_IP": "1000000", "RATE_PER_MINUTE_KEY": "1000000", **over}


@pytest.fixture
def pair(tmp_path, keypair, pg_db, redis_url):
    env = server_env(tmp_path, keypair, pg_db, redis_url)
    a = Instance(env)
    try:
        b = Instance(env)
    except Exception:
        a.stop()
        raise
    yield [a, b], pg_db
    a.stop()
    b.stop()


def test_two_instances_never_oversell_a_seat(pair) -> None:
    (a, b), db = pair
    oversold = []
    for trial in range(20):
        key, _ = seed_license(db, seats=1)
        codes = burst(20, lambda i, key=key: httpx.post(
            f"{(a, b)[i % 2].url}/v1/licenses/activate", timeout=60, json={
                "license_key": key, "fingerprint": f"{i:064x}"}).status_code)
        assert sorted(codes) == [200] + [409] * 19, codes
        if count_machines(db, key) != 1:
            oversold.append(trial)
    assert oversold == []


def test_two_instances_respect_the_deactivation_cap(pair) -> None:
    (a, b), db = pair
    for _ in range(20):
        key, machines = seed_license(db, seats=20, machines=20)
        codes = burst(20, lambda i, key=key, machines=machines: httpx.post(
            f"{(a, b)[i % 2].url}/v1/licenses/deactivate", timeout=60, json={
                "license_key": key, "machine_id": machines[i]}).status_code)
        assert sorted(codes) == [200] * 3 + [429] * 17, codes
        assert count_machines(db, key, active=False) == 3


def test_rate_limit_is_shared_across_instances(tmp_path, keypair, pg_db, redis_url) -> None:
    env = server_env(tmp_path, keypair, pg_db, redis_url, RATE_PER_MINUTE_KEY="30",
                     RATE_PER_MINUTE_IP="50")
    a, b = Instance(env), Instance(env)
    try:
        key, _ = seed_license(pg_db, seats=100)
        codes = [httpx.post(f"{(a, b)[i % 2].url}/v1/licenses/activate", json={
            "license_key": key, "fingerprint": f"{i:064x}"}).status_code for i in range(60)]
        assert codes.count(200) == 30 and codes.count(429) == 30     # per key: 30, not 60
        r = httpx.post(f"{b.url}/v1/licenses/activate", json={
            "license_key": key, "fingerprint": "f" * 64})
        assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
        other, _ = seed_license(pg_db, seats=100)
        codes = [httpx.post(f"{(a, b)[i % 2].url}/v1/licenses/activate", json={
            "license_key": other, "fingerprint": f"{i:064x}"}).status_code for i in range(40)]
        # this IP has used 61 of its 50 already: the per-IP allowance is shared too
        assert codes.count(429) == 40
    finally:
        a.stop()
        b.stop()
