"""Initial schema: clients, tags, holdings, household, contacts, settings, search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-29 16:37:02.093012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "book_settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_no", sa.String(length=64), nullable=True),
        sa.Column("name_zh", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("name_pinyin", sa.String(length=400), nullable=False),
        sa.Column("name_initials", sa.String(length=100), nullable=False),
        sa.Column("name_sort", sa.String(length=400), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("birthday_lunar", sa.Boolean(), nullable=False),
        sa.Column("mobile", sa.String(length=32), nullable=False),
        sa.Column("phone_other", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("preferred_channel", sa.String(length=16), nullable=True),
        sa.Column("best_time_to_call", sa.String(length=100), nullable=False),
        sa.Column("occupation", sa.String(length=100), nullable=False),
        sa.Column("employer", sa.String(length=200), nullable=False),
        sa.Column("personality", sa.Text(), nullable=False),
        sa.Column("communication_style", sa.String(length=16), nullable=True),
        sa.Column("habits", sa.Text(), nullable=False),
        sa.Column("concerns", sa.Text(), nullable=False),
        sa.Column("mindset", sa.Text(), nullable=False),
        sa.Column("tier", sa.String(length=16), nullable=False),
        sa.Column("risk_profile", sa.String(length=2), nullable=True),
        sa.Column("aum_fen", sa.Integer(), nullable=False),
        sa.Column("client_since", sa.Date(), nullable=True),
        sa.Column("referred_by_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("last_contact_at", sa.DateTime(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["referred_by_id"], ["clients.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client_no"),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index(
            "ix_clients_active_name", ["archived_at", "name_sort", "id"], unique=False
        )
        batch_op.create_index("ix_clients_aum", ["aum_fen", "id"], unique=False)
        batch_op.create_index("ix_clients_initials", ["name_initials"], unique=False)
        batch_op.create_index("ix_clients_last_contact", ["last_contact_at", "id"], unique=False)
        batch_op.create_index("ix_clients_pinyin", ["name_pinyin"], unique=False)
        batch_op.create_index("ix_clients_tier", ["tier"], unique=False)

    op.create_table(
        "client_tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("client_id", "kind", "value"),
    )
    with op.batch_alter_table("client_tags", schema=None) as batch_op:
        batch_op.create_index("ix_client_tags_value", ["kind", "value"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index("ix_contacts_client", ["client_id", "occurred_at"], unique=False)

    op.create_table(
        "holdings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("product_type", sa.String(length=32), nullable=False),
        sa.Column("risk", sa.String(length=2), nullable=True),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("maturity_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("holdings", schema=None) as batch_op:
        batch_op.create_index("ix_holdings_client", ["client_id"], unique=False)
        batch_op.create_index("ix_holdings_maturity", ["maturity_date"], unique=False)

    op.create_table(
        "household_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("relation", sa.String(length=50), nullable=False),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("linked_client_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["linked_client_id"], ["clients.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("household_members", schema=None) as batch_op:
        batch_op.create_index("ix_household_client", ["client_id"], unique=False)
    # Trigram full-text index over names, pinyin, phones, client number and tags; the
    # services keep it in step (rowid = clients.id). Trigram finds any 3+ character
    # substring; shorter queries take the name-column path in client_search.py.
    op.execute(
        "CREATE VIRTUAL TABLE client_fts USING fts5(doc, tokenize='trigram case_sensitive 0')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE client_fts")
    with op.batch_alter_table("household_members", schema=None) as batch_op:
        batch_op.drop_index("ix_household_client")

    op.drop_table("household_members")
    with op.batch_alter_table("holdings", schema=None) as batch_op:
        batch_op.drop_index("ix_holdings_maturity")
        batch_op.drop_index("ix_holdings_client")

    op.drop_table("holdings")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_client")

    op.drop_table("contacts")
    with op.batch_alter_table("client_tags", schema=None) as batch_op:
        batch_op.drop_index("ix_client_tags_value")

    op.drop_table("client_tags")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index("ix_clients_tier")
        batch_op.drop_index("ix_clients_pinyin")
        batch_op.drop_index("ix_clients_last_contact")
        batch_op.drop_index("ix_clients_initials")
        batch_op.drop_index("ix_clients_aum")
        batch_op.drop_index("ix_clients_active_name")

    op.drop_table("clients")
    op.drop_table("book_settings")
