"""Meetings (plan, checks, notes, objections, products, ratings, amendments), follow-ups.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 16:58:26.531527
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("meeting_type", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("objectives_json", sa.Text(), nullable=False),
        sa.Column("questions_json", sa.Text(), nullable=False),
        sa.Column("talking_points", sa.Text(), nullable=False),
        sa.Column("question_style", sa.String(length=16), nullable=True),
        sa.Column("directness", sa.String(length=16), nullable=True),
        sa.Column("playbook_id", sa.String(length=100), nullable=False),
        sa.Column("playbook_version", sa.String(length=50), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("note_draft", sa.Text(), nullable=False),
        sa.Column("stated_needs", sa.Text(), nullable=False),
        sa.Column("real_intent", sa.Text(), nullable=False),
        sa.Column("consent_to_record", sa.Boolean(), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("outcome_notes", sa.Text(), nullable=False),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("next_contact_on", sa.Date(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index("ix_meetings_client", ["client_id", "scheduled_at"], unique=False)
        batch_op.create_index("ix_meetings_status", ["status", "scheduled_at"], unique=False)

    op.create_table(
        "followups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("due_time", sa.Time(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("reminded_at", sa.DateTime(), nullable=True),
        sa.Column("source_key", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source_key"),
    )
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.create_index("ix_followups_client", ["client_id", "status"], unique=False)
        batch_op.create_index("ix_followups_due", ["status", "due_on"], unique=False)
        batch_op.create_index("ix_followups_meeting", ["meeting_id"], unique=False)

    op.create_table(
        "meeting_amendments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("meeting_amendments", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_amendments_meeting", ["meeting_id"], unique=False)

    op.create_table(
        "meeting_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=100), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("meeting_id", "item_id"),
    )
    op.create_table(
        "meeting_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("meeting_notes", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_notes_meeting", ["meeting_id", "at"], unique=False)

    op.create_table(
        "meeting_objections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("meeting_objections", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_objections_meeting", ["meeting_id"], unique=False)

    op.create_table(
        "meeting_products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("risk", sa.String(length=2), nullable=True),
        sa.Column("product_type", sa.String(length=32), nullable=False),
        sa.Column("discussed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("meeting_products", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_products_meeting", ["meeting_id"], unique=False)

    op.create_table(
        "meeting_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.String(length=32), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("meeting_id", "phase_id"),
    )


def downgrade() -> None:
    op.drop_table("meeting_ratings")
    with op.batch_alter_table("meeting_products", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_products_meeting")

    op.drop_table("meeting_products")
    with op.batch_alter_table("meeting_objections", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_objections_meeting")

    op.drop_table("meeting_objections")
    with op.batch_alter_table("meeting_notes", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_notes_meeting")

    op.drop_table("meeting_notes")
    op.drop_table("meeting_checks")
    with op.batch_alter_table("meeting_amendments", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_amendments_meeting")

    op.drop_table("meeting_amendments")
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.drop_index("ix_followups_meeting")
        batch_op.drop_index("ix_followups_due")
        batch_op.drop_index("ix_followups_client")

    op.drop_table("followups")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index("ix_meetings_status")
        batch_op.drop_index("ix_meetings_client")

    op.drop_table("meetings")
