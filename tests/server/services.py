"""Real PostgreSQL and Redis servers on loopback, started from the system's binaries (for the
tests' fixtures and bench/license_server.py). Each raises :class:`Unavailable` with the reason
when it cannot start."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

from tests.fakes.base import free_port


class Unavailable(RuntimeError):
    pass


def _pg_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


@contextmanager
def postgres() -> Iterator[str]:
    """A throwaway PostgreSQL cluster: its base SQLAlchemy URL (add ``/dbname``)."""
    bindir = _pg_bin()
    if bindir is None:
        raise Unavailable("PostgreSQL is not installed (apt-get install postgresql)")
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise Unavailable("running as root and there is no 'postgres' user for "
                              "initdb") from None
        as_user = ["runuser", "-u", "postgres", "--"]
    data = tempfile.mkdtemp(prefix="devora-pg-", dir="/tmp")
    if as_user:
        shutil.chown(data, "postgres", "postgres")
    port = free_port()
    run = lambda *cmd: subprocess.run([*as_user, *cmd], check=True,  # noqa: E731
                                      capture_output=True, text=True, timeout=120)
    try:
        run(f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync")
        run(f"{bindir}/pg_ctl", "-D", data, "-w", "-l", f"{data}/log", "-o",
            f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c max_connections=200", "start")
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(data, ignore_errors=True)
        raise Unavailable(f"PostgreSQL did not start: {exc.stderr.strip()[:200]}") from None
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        run(f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop")
        shutil.rmtree(data, ignore_errors=True)


def create_database(base_url: str) -> str:
    """A fresh database on the cluster at ``base_url``: its URL."""
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base_url.replace("postgresql+psycopg", "postgresql") + "/postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base_url}/{name}"


@contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server (no persistence): its URL."""
    exe = shutil.which("redis-server")
    if exe is None:
        raise Unavailable("redis-server is not installed (apt-get install redis-server)")
    import redis

    port = free_port()
    proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    client = redis.Redis(port=port)
    try:
        for _ in range(250):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if proc.poll() is not None:
                    raise Unavailable("redis-server exited at start") from None
                time.sleep(0.02)
        else:
            raise Unavailable("redis-server did not answer in 5 s")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        client.close()
        proc.terminate()
        proc.wait(timeout=10)
