"""The database schema's version, kept by Alembic (``devora_server/migrations``).

At start-up :func:`prepare` brings the database to this server's head revision (a fresh
database is created, one made before Alembic is adopted by the baseline) and refuses one whose
revision this server does not know — a newer server migrated it, and serving on it could
write rows that server cannot read. On PostgreSQL the upgrade holds an advisory lock, so
instances starting together migrate once.

Commands: ``python -m devora_server.schema upgrade|check|current`` (or ``alembic -c
devora_server/alembic.ini ...``), with ``DATABASE_URL`` as the server's.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import text

HERE = Path(__file__).resolve().parent
_LOCK = 0x64657630   # the advisory lock's key ("dev0")


class SchemaError(RuntimeError):
    """The database cannot be served by this server (its schema is from a newer one)."""


def config(url: str | None = None):
    from alembic.config import Config

    # alembic's default stdout is sys.stdout as it was when alembic was first imported: a
    # stream captured then (a test's) and closed since made `check` fail with "I/O operation
    # on closed file". The stream of now is the one to print to.
    cfg = Config(str(HERE / "alembic.ini"), stdout=sys.stdout)
    cfg.set_main_option("script_location", str(HERE / "migrations"))
    if url:
        cfg.attributes["url"] = url
    return cfg


def head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config()).get_current_head()


def current(conn) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def prepare(engine, *, migrate: bool = True) -> str:
    """Check the schema and (``migrate``) upgrade it to head; the revision it is at.
    Raises :class:`SchemaError` for a revision this server does not know, or (without
    ``migrate``) one it would have to upgrade."""
    from alembic import command
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(config())
    target = scripts.get_current_head()
    # SQLite: BEGIN IMMEDIATE (the write lock first), so two processes starting on one file
    # do not both create the tables
    with engine.execution_options(sqlite_immediate=True).begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK})
        at = current(conn)
        if at is not None and at not in {s.revision for s in scripts.walk_revisions()}:
            raise SchemaError(
                f"the database schema is at revision {at}, which this server does not know "
                f"(it knows up to {target}): a newer server migrated it. Run that server, "
                "or restore a backup made before its upgrade")
        if at == target:
            return at
        if not migrate:
            raise SchemaError(f"the database schema is at revision {at or 'none'}, this "
                              f"server needs {target}: run `python -m devora_server.schema "
                              "upgrade`")
        cfg = config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return target


def main(argv: list[str] | None = None) -> int:
    """``upgrade`` | ``check`` (models and migrations agree) | ``current``."""
    from alembic import command
    from alembic.util import CommandError
    from sqlalchemy import create_engine

    args = argv if argv is not None else sys.argv[1:]
    what = args[0] if args else "current"
    engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///devora-licenses.db"))
    try:
        if what == "upgrade":
            print(prepare(engine))
        elif what == "check":
            with engine.connect() as conn:
                cfg = config()
                cfg.attributes["connection"] = conn
                command.check(cfg)
            print("no changes: the models match the migrations")
        elif what == "current":
            with engine.connect() as conn:
                print(current(conn) or "none", f"(head {head()})")
        else:
            print(f"unknown command {what!r}: upgrade, check or current", file=sys.stderr)
            return 2
    except (SchemaError, CommandError) as exc:
        print(f"devora_server.schema: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
