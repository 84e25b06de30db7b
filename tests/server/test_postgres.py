"""The webhook exactly-once guarantee on a real PostgreSQL server, which this set-up
initialises and starts on loopback when PostgreSQL is installed (it says why it skipped)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.fakes.base import free_port
from tests.server.conftest import LiveServer, checkout_completed, make_config, signed


def _pg_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


@pytest.fixture(scope="module")
def pg_url():
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
        f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        run(f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop")
        shutil.rmtree(data, ignore_errors=True)


def test_exactly_once_on_postgresql(pg_url, tmp_path, keypair, fake_stripe) -> None:
    server = LiveServer(make_config(tmp_path, keypair, fake_stripe.url, db_url=pg_url))
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
