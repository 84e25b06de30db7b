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


class PgCluster:
    """A throwaway PostgreSQL cluster on loopback, which a test may restart."""

    def __init__(self) -> None:
        bindir = _pg_bin()
        if bindir is None:
            raise Unavailable("PostgreSQL is not installed (apt-get install postgresql)")
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise Unavailable("running as root and there is no 'postgres' user for "
                                  "initdb") from None
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.bindir = bindir
        self.data = tempfile.mkdtemp(prefix="devora-pg-", dir="/tmp")
        if self.as_user:
            shutil.chown(self.data, "postgres", "postgres")
        self.port = free_port()
        try:
            self._run(f"{bindir}/initdb", "-D", self.data, "-A", "trust", "-U", "postgres",
                      "--no-sync")
            self._ctl("start")
        except subprocess.CalledProcessError as exc:
            shutil.rmtree(self.data, ignore_errors=True)
            raise Unavailable(f"PostgreSQL did not start: {exc.stderr.strip()[:200]}") from None
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}"

    def _run(self, *cmd: str) -> None:
        subprocess.run([*self.as_user, *cmd], check=True, capture_output=True, text=True,
                       timeout=120)

    def _ctl(self, action: str, *extra: str) -> None:
        self._run(f"{self.bindir}/pg_ctl", "-D", self.data, "-w", "-l", f"{self.data}/log",
                  "-o", f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 "
                  "-c fsync=off -c max_connections=200", action, *extra)

    def restart(self) -> None:
        """A fast restart (sessions are terminated, as when the server is updated)."""
        self._ctl("restart", "-m", "fast")

    def stop(self) -> None:
        self._run(f"{self.bindir}/pg_ctl", "-D", self.data, "-m", "immediate", "stop")
        shutil.rmtree(self.data, ignore_errors=True)


@contextmanager
def postgres() -> Iterator[str]:
    """A throwaway PostgreSQL cluster: its base SQLAlchemy URL (add ``/dbname``)."""
    cluster = PgCluster()
    try:
        yield cluster.url
    finally:
        cluster.stop()


def create_database(base_url: str) -> str:
    """A fresh database on the cluster at ``base_url``: its URL."""
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base_url.replace("postgresql+psycopg", "postgresql") + "/postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base_url}/{name}"


class RedisProcess:
    """A throwaway redis-server (no persistence) that a test may stop and start again on
    the same port."""

    def __init__(self) -> None:
        self.exe = shutil.which("redis-server")
        if self.exe is None:
            raise Unavailable("redis-server is not installed (apt-get install redis-server)")
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen | None = None
        self.start()

    def start(self) -> None:
        import redis

        self.proc = subprocess.Popen([self.exe, "--port", str(self.port), "--bind",
                                      "127.0.0.1", "--save", "", "--appendonly", "no"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port)
        try:
            for _ in range(250):
                try:
                    client.ping()
                    return
                except redis.ConnectionError:
                    if self.proc.poll() is not None:
                        raise Unavailable("redis-server exited at start") from None
                    time.sleep(0.02)
            raise Unavailable("redis-server did not answer in 5 s")
        finally:
            client.close()

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None


@contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server (no persistence): its URL."""
    proc = RedisProcess()
    try:
        yield proc.url
    finally:
        proc.stop()
