"""Deliveries count their attempts in a column and say "claimed" while being sent.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

Before this, a claim was stored as status "sent" with no sent_at, and retries were counted in the text of
`detail` ("attempt 2 of 5: ..."). Existing rows are carried over to the new form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

deliveries = sa.table(
    "deliveries",
    sa.column("id", sa.BigInteger()),
    sa.column("status", sa.String(16)),
    sa.column("sent_at", sa.DateTime(timezone=True)),
    sa.column("detail", sa.Text()),
    sa.column("attempts", sa.Integer()),
)


def upgrade() -> None:
    op.add_column("deliveries", sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
    connection = op.get_bind()
    op.execute(
        deliveries.update()
        .where(deliveries.c.status == "sent", deliveries.c.sent_at.is_(None))
        .values(status="claimed")
    )
    counted = connection.execute(
        sa.select(deliveries.c.id, deliveries.c.detail).where(deliveries.c.detail.like("attempt %"))
    )
    for row_id, detail in list(counted):
        match = re.match(r"attempt (\d+)", detail or "")
        if match:
            connection.execute(deliveries.update().where(deliveries.c.id == row_id).values(attempts=int(match[1])))


def downgrade() -> None:
    op.execute(deliveries.update().where(deliveries.c.status == "claimed").values(status="sent"))
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("attempts")
