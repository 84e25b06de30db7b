"""Prior keys and refunds waiting for their charge.

``invoices.charge_id``: a refund that names only its charge finds its subscription.
``licenses.prior_key_hash``: a key issued before keys were sealed keeps working after
"resend" gives the license a new, sealed key. ``webhook_events.waits_for``: a refund that
arrives before anything names its subscription waits for its invoice, charge or customer.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("charge_id", sa.String(length=255), nullable=True))
        batch_op.create_index(batch_op.f("ix_invoices_charge_id"), ["charge_id"], unique=False)

    with op.batch_alter_table("licenses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prior_key_hash", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_licenses_prior_key_hash"), ["prior_key_hash"],
                              unique=True)

    with op.batch_alter_table("webhook_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("waits_for", sa.String(length=300), nullable=True))
        batch_op.create_index(batch_op.f("ix_webhook_events_waits_for"), ["waits_for"],
                              unique=False)



def downgrade() -> None:
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoices_charge_id"))
        batch_op.drop_column("charge_id")

    with op.batch_alter_table("webhook_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webhook_events_waits_for"))
        batch_op.drop_column("waits_for")

    with op.batch_alter_table("licenses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_licenses_prior_key_hash"))
        batch_op.drop_column("prior_key_hash")

