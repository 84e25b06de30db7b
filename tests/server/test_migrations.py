"""The schema in Alembic migrations: from an empty database and from the schema the server
made before Alembic, on SQLite and PostgreSQL, with `alembic check` clean; a schema from a
newer server is refused with a reason."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'lic.db'}"
    return request.getfixturevalue("pg_db")


def alembic(db_url: str, *args: str) -> subprocess.CompletedProcess:
    """The real `alembic` command with the server's alembic.ini, as an operator runs it."""
    return subprocess.run([sys.executable, "-m", "alembic", "-c",
                           str(ROOT / "devora_server/alembic.ini"), *args],
                          env={**os.environ, "DATABASE_URL": db_url, "PYTHONPATH": str(ROOT)},
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def _execute(db_url: str, sql: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(db_url)
    with engine.begin() as conn:
        for statement in sql.split(";"):
            body = "\n".join(line for line in statement.splitlines()
                             if not line.lstrip().startswith("--")).strip()
            if body:
                conn.exec_driver_sql(body)
    engine.dispose()


def test_upgrade_head_from_an_empty_database_then_check_is_clean(db_url) -> None:
    from devora_server import schema

    up = alembic(db_url, "upgrade", "head")
    assert up.returncode == 0, up.stderr
    from sqlalchemy import create_engine

    engine = create_engine(db_url)
    with engine.connect() as conn:
        assert schema.current(conn) == schema.head()
    engine.dispose()
    check = alembic(db_url, "check")
    assert check.returncode == 0 and "No new upgrade operations" in check.stdout + \
        check.stderr, check


def test_upgrade_from_the_schema_before_alembic_keeps_the_data(db_url, tmp_path) -> None:
    from sqlalchemy import create_engine, text

    dialect = "sqlite" if db_url.startswith("sqlite") else "postgresql"
    _execute(db_url, (DATA / f"schema_before_alembic.{dialect}.sql").read_text())
    engine = create_engine(db_url)
    with engine.begin() as conn:   # a paid license and its machine, as the server wrote them
        conn.execute(text(
            "INSERT INTO licenses (id, key_hash, email, \"plan\", status, seats, "
            "cancel_at_period_end, seats_at, status_at, paid, pay_state, pay_at, updated_at, "
            "ended, refunded, created_at) VALUES ('L1', 'h1', 'a@b.co', 'pro', 'active', 2, "
            ":f, 0, 0, :t, 'ok', 0, 0, :f, :f, '2026-11-01 00:00:00')"),
            {"t": True, "f": False})
        conn.execute(text(
            "INSERT INTO machines (id, license_id, fingerprint, name, platform, active, "
            "activated_at, last_seen) VALUES ('M1', 'L1', 'fp', 'desk', 'linux', :t, "
            "'2026-11-01 00:00:00', '2026-11-02 00:00:00')"), {"t": True})
    from alembic import command

    from devora_server import schema

    schema.prepare(engine)             # what start-up (and `schema upgrade`) runs
    with engine.connect() as conn:
        cfg = schema.config()
        cfg.attributes["connection"] = conn
        command.check(cfg)             # raises when models and migrations differ
    with engine.connect() as conn:
        row = conn.execute(text("SELECT l.email, l.seats, l.prior_key_hash, m.name FROM "
                                "licenses l JOIN machines m ON m.license_id = l.id")).one()
    engine.dispose()
    assert tuple(row) == ("a@b.co", 2, None, "desk")


def test_a_schema_from_a_newer_server_is_refused(tmp_path) -> None:
    from sqlalchemy import create_engine, text

    from devora_server.models import Database
    from devora_server.schema import SchemaError

    url = f"sqlite:///{tmp_path / 'lic.db'}"
    Database(url).dispose()   # this server's head
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    with pytest.raises(SchemaError, match="0099_future, which this server does not know"):
        Database(url)
    served = subprocess.run(
        [sys.executable, "-m", "uvicorn", "devora_server.main:app", "--port", "0"],
        env={**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(ROOT),
             "MAIL_LOG": str(tmp_path / "mail.log")},
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert served.returncode != 0 and "a newer server migrated it" in served.stderr


def test_without_migrating_at_start_an_old_schema_is_named(tmp_path) -> None:
    from devora_server.models import Database
    from devora_server.schema import SchemaError

    url = f"sqlite:///{tmp_path / 'lic.db'}"
    with pytest.raises(SchemaError, match=r"run `python -m devora_server\.schema upgrade`"):
        Database(url, migrate=False)


def test_compose_runs_the_migration_before_the_instances_and_sets_only_known_variables() -> None:
    import re

    import yaml

    compose = yaml.safe_load((ROOT / "devora_server/compose.yaml").read_text())
    services = compose["services"]
    assert services["migrate"]["command"][-2:] == ["devora_server.schema", "upgrade"]
    for name in ("license-a", "license-b"):
        svc = services[name]
        assert svc["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
        assert svc["environment"]["MIGRATE_ON_START"] == "0"
        assert "/health/ready" in " ".join(svc["healthcheck"]["test"])
    read = set(re.findall(r'e\("([A-Z_]+)"', (ROOT / "devora_server/config.py").read_text()))
    read |= {"LOG_FILE", "LOG_LEVEL"}   # devora_server/log.py
    assert set(services["license-a"]["environment"]) <= read


def test_schema_commands_print_to_the_stdout_of_now(monkeypatch) -> None:
    """alembic binds sys.stdout when it is first imported; a stream captured then and closed
    since made `check` fail with "I/O operation on closed file" in a later test."""
    import io

    import alembic.config  # noqa: F401  (imported before the stream changes, as in a suite)

    from devora_server import schema

    now = io.StringIO()
    monkeypatch.setattr("sys.stdout", now)
    schema.config().print_stdout("revision %s", "head")
    assert now.getvalue() == "revision head\n"
