"""Keys for 1-2 character searches; the day a follow-up shows on, indexed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 19:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rmcoach.services.clients.search_index import search_keys

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SHOWS_ON_SQL = "CASE WHEN status = 'snoozed' THEN coalesce(snoozed_until, due_on) ELSE due_on END"
_CHUNK = 50_000


def upgrade() -> None:
    op.create_table(
        "client_search_keys",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("key", "client_id"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_client_search_keys_client", "client_search_keys", ["client_id"])
    conn = op.get_bind()
    # the keys come from the documents already in the trigram index, as the app writes them
    entries = conn.exec_driver_sql(
        "SELECT f.rowid, f.doc, c.name_en FROM client_fts AS f JOIN clients AS c ON c.id = f.rowid"
    ).all()
    rows = [(key, client_id) for client_id, doc, name_en in entries
            for key in search_keys(doc, name_en or "")]  # fmt: skip
    for start in range(0, len(rows), _CHUNK):
        conn.exec_driver_sql(
            "INSERT INTO client_search_keys (key, client_id) VALUES (?, ?)",
            rows[start : start + _CHUNK],
        )
    # SQLite can add a VIRTUAL generated column in place (a STORED one needs a table copy)
    op.add_column(
        "followups", sa.Column("shows_on", sa.Date(), sa.Computed(SHOWS_ON_SQL, persisted=False))
    )
    op.create_index("ix_followups_shows_on", "followups", ["shows_on", "status", "client_id"])
    # No ANALYZE: statistics taken now would go stale as the book grows; the queries are
    # written to pick these indexes without any (tests check their plans with none).


def downgrade() -> None:
    op.drop_index("ix_followups_shows_on", table_name="followups")
    with op.batch_alter_table("followups") as batch_op:
        batch_op.drop_column("shows_on")
    op.drop_index("ix_client_search_keys_client", table_name="client_search_keys")
    op.drop_table("client_search_keys")
