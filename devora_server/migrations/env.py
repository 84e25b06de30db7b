"""Alembic environment: the server's own metadata, the URL from the caller's connection
(``devora_server.schema``) or from ``DATABASE_URL``."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

from devora_server.models import Base

target_metadata = Base.metadata


def run_migrations_offline() -> None:
    context.configure(url=os.environ.get("DATABASE_URL", "sqlite:///devora-licenses.db"),
                      target_metadata=target_metadata, literal_binds=True,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///devora-licenses.db"))
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


def _run(connection) -> None:
    # render_as_batch: SQLite alters tables by copying them; PostgreSQL ignores it
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
