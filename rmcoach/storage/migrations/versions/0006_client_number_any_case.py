"""An index on the client number that ignores case, for prefix searches (cn00 finds Cn001).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 21:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_clients_client_no_nocase ON clients (client_no COLLATE NOCASE)")


def downgrade() -> None:
    op.drop_index("ix_clients_client_no_nocase", table_name="clients")
