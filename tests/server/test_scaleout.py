"""Two real uvicorn instances (separate processes) on one PostgreSQL and one Redis, all on
loopback, as behind a load balancer: seats, the deactivation cap and the rate limit hold
across them."""

from __future__ import annotations

import pytest

from tests.server.conftest import burst, count_machines, http, seed_license
from tests.server.scaleout import Instance, server_env

pytestmark = pytest.mark.slow  # ~80 s: 20 trials x 20 concurrent requests


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
        codes = burst(20, lambda i, key=key: http.post(
            f"{(a, b)[i % 2].url}/v1/licenses/activate", json={
                "license_key": key, "fingerprint": f"{i:064x}"}).status_code)
        assert sorted(codes) == [200] + [409] * 19, codes
        if count_machines(db, key) != 1:
            oversold.append(trial)
    assert oversold == []


def test_two_instances_respect_the_deactivation_cap(pair) -> None:
    (a, b), db = pair
    for _ in range(20):
        key, machines = seed_license(db, seats=20, machines=20)
        codes = burst(20, lambda i, key=key, machines=machines: http.post(
            f"{(a, b)[i % 2].url}/v1/licenses/deactivate", json={
                "license_key": key, "machine_id": machines[i]}).status_code)
        assert sorted(codes) == [200] * 3 + [429] * 17, codes
        assert count_machines(db, key, active=False) == 3


def test_rate_limit_is_shared_across_instances(tmp_path, keypair, pg_db, redis_url) -> None:
    env = server_env(tmp_path, keypair, pg_db, redis_url, RATE_PER_MINUTE_KEY="30",
                     RATE_PER_MINUTE_IP="50")
    a, b = Instance(env), Instance(env)
    try:
        key, _ = seed_license(pg_db, seats=100)
        codes = [http.post(f"{(a, b)[i % 2].url}/v1/licenses/activate", json={
            "license_key": key, "fingerprint": f"{i:064x}"}).status_code for i in range(60)]
        assert codes.count(200) == 30 and codes.count(429) == 30     # per key: 30, not 60
        r = http.post(f"{b.url}/v1/licenses/activate", json={
            "license_key": key, "fingerprint": "f" * 64})
        assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
        other, _ = seed_license(pg_db, seats=100)
        codes = [http.post(f"{(a, b)[i % 2].url}/v1/licenses/activate", json={
            "license_key": other, "fingerprint": f"{i:064x}"}).status_code for i in range(40)]
        # this IP has used 61 of its 50 already: the per-IP allowance is shared too
        assert codes.count(429) == 40
    finally:
        a.stop()
        b.stop()
