"""Baseline: the tables as the server made them before Alembic (create_all plus the columns it
added by hand to databases of the first release).

A database made before Alembic has these tables without the ``alembic_version`` row: this
revision then adds only what is missing (columns with the default that fills existing rows,
and indexes) instead of creating, so every earlier database reaches the same schema.

Revision ID: 0001
Revises:
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _tables() -> dict[str, tuple[list[sa.Column], list[tuple[str, list[str], bool]]]]:
    """table -> (columns, indexes as (name, columns, unique)); new objects on each call."""
    def col(name, type_, nullable=False, default=None, **kw) -> sa.Column:
        # the default only fills rows that exist when a column is added to an older table
        return sa.Column(name, type_, nullable=nullable, info={"fill": default}, **kw)

    text = sa.String
    return {
        "licenses": ([
            col("id", text(32), primary_key=True),
            col("key_hash", text(64), True), col("key_box", sa.Text(), True),
            col("email", text(320), default=""), col("plan", text(16), default="pro"),
            col("status", text(16), default="active"), col("seats", sa.Integer(), default=1),
            col("customer_id", text(255), True), col("subscription_id", text(255), True),
            col("period_end", sa.BigInteger(), True),
            col("cancel_at_period_end", sa.Boolean(), default=False),
            col("past_due_since", sa.BigInteger(), True),
            col("seats_at", sa.BigInteger(), default=0),
            col("status_at", sa.BigInteger(), default=0),
            col("paid", sa.Boolean(), default=True), col("pay_state", text(8), default="ok"),
            col("pay_at", sa.BigInteger(), default=0),
            col("updated_at", sa.BigInteger(), default=0),
            col("ended", sa.Boolean(), default=False),
            col("refunded", sa.Boolean(), default=False),
            col("created_at", sa.DateTime(), default="2026-01-01 00:00:00"),
        ], [("ix_licenses_key_hash", ["key_hash"], True),
            ("ix_licenses_subscription_id", ["subscription_id"], True),
            ("ix_licenses_customer_id", ["customer_id"], False)]),
        "machines": ([
            col("id", text(32), primary_key=True),
            col("license_id", text(32), default=None),
            col("fingerprint", text(64)), col("name", text(200), default=""),
            col("platform", text(64), default=""), col("active", sa.Boolean(), default=True),
            col("activated_at", sa.DateTime(), default="2026-01-01 00:00:00"),
            col("last_seen", sa.DateTime(), default="2026-01-01 00:00:00"),
            col("deactivated_at", sa.DateTime(), True),
        ], [("ix_machines_license_id", ["license_id"], False)]),
        "webhook_events": ([
            col("id", text(255), primary_key=True), col("type", text(100)),
            col("created", sa.BigInteger()),
            col("processed_at", sa.DateTime(), default="2026-01-01 00:00:00"),
            col("outcome", text(16), default="applied"), col("reason", text(300), default=""),
            col("subscription_id", text(255), True), col("payload", sa.Text(), True),
        ], [("ix_webhook_events_subscription_id", ["subscription_id"], False)]),
        "invoices": ([
            col("id", text(255), primary_key=True), col("subscription_id", text(255)),
        ], [("ix_invoices_subscription_id", ["subscription_id"], False)]),
        "tickets": ([
            col("id", sa.Integer(), primary_key=True, autoincrement=True),
            col("email", text(320)), col("message", sa.Text()),
            col("app_version", text(64), default=""), col("platform", text(64), default=""),
            col("attachment", sa.Text(), True), col("status", text(16), default="open"),
            col("created_at", sa.DateTime(), default="2026-01-01 00:00:00"),
        ], []),
    }


def _fill(column: sa.Column):
    value = column.info.get("fill")
    if value is None:
        return None
    if isinstance(value, bool):
        sqlite = op.get_bind().dialect.name == "sqlite"
        return sa.text(("1" if value else "0") if sqlite else ("true" if value else "false"))
    return str(value)


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    for name, (columns, indexes) in _tables().items():
        if not inspector.has_table(name):
            extra = [sa.ForeignKeyConstraint(["license_id"], ["licenses.id"])] \
                if name == "machines" else []
            op.create_table(name, *columns, *extra)
        else:   # an earlier release's table: add what it lacks
            have = {c["name"] for c in inspector.get_columns(name)}
            missing = [c for c in columns if c.name not in have]
            if missing:
                with op.batch_alter_table(name) as batch:
                    for c in missing:
                        c.server_default = None if _fill(c) is None else \
                            sa.DefaultClause(_fill(c))
                        batch.add_column(c)
                with op.batch_alter_table(name) as batch:   # the fill was for old rows only
                    for c in missing:
                        if c.server_default is not None:
                            batch.alter_column(c.name, server_default=None)
        existing = {ix["name"] for ix in inspector.get_indexes(name)} \
            if inspector.has_table(name) else set()
        for ix_name, cols, unique in indexes:
            if ix_name not in existing:
                op.create_index(ix_name, name, cols, unique=unique)


def downgrade() -> None:
    for name in ("tickets", "invoices", "webhook_events", "machines", "licenses"):
        op.drop_table(name)
