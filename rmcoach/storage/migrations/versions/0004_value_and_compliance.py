"""Asset snapshots, the product catalogue, consents, sale exceptions; suitability fields.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 17:50:08.023247
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("risk", sa.String(length=2), nullable=False),
        sa.Column("min_amount_fen", sa.Integer(), nullable=False),
        sa.Column("liquidity", sa.String(length=200), nullable=False),
        sa.Column("fees", sa.String(length=200), nullable=False),
        sa.Column("past_performance", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "asset_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("aum_fen", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client_id", "taken_on"),
    )
    with op.batch_alter_table("asset_snapshots", schema=None) as batch_op:
        batch_op.create_index("ix_asset_snapshots_day", ["taken_on"], unique=False)

    op.create_table(
        "client_consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("scope", sa.String(length=200), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("client_consents", schema=None) as batch_op:
        batch_op.create_index("ix_client_consents_client", ["client_id"], unique=False)

    op.create_table(
        "sale_exceptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("product_name", sa.String(length=200), nullable=False),
        sa.Column("product_risk", sa.String(length=2), nullable=False),
        sa.Column("client_request", sa.Text(), nullable=False),
        sa.Column("warning_given", sa.Boolean(), nullable=False),
        sa.Column("supervisor", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    # plain ADD COLUMN, not a batch copy: recreating `clients` with foreign keys on would
    # cascade-delete every holding, meeting and follow-up of every client
    op.add_column("clients", sa.Column("risk_assessed_on", sa.Date(), nullable=True))
    op.add_column(
        "clients",
        sa.Column("first_time_buyer", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "clients",
        sa.Column("civil_capacity", sa.String(length=16), nullable=False, server_default="full"),
    )
    op.add_column(
        "clients", sa.Column("guardian", sa.String(length=100), nullable=False, server_default="")
    )


def downgrade() -> None:
    for column in ("guardian", "civil_capacity", "first_time_buyer", "risk_assessed_on"):
        op.drop_column("clients", column)  # SQLite 3.35+ drops a plain column in place
    op.drop_table("sale_exceptions")
    with op.batch_alter_table("client_consents", schema=None) as batch_op:
        batch_op.drop_index("ix_client_consents_client")

    op.drop_table("client_consents")
    with op.batch_alter_table("asset_snapshots", schema=None) as batch_op:
        batch_op.drop_index("ix_asset_snapshots_day")

    op.drop_table("asset_snapshots")
    op.drop_table("products")
