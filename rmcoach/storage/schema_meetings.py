"""Tables of the meeting coach and the follow-up calendar (registered on schema_base.Base)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Computed,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from rmcoach.storage.schema_base import Base


class MeetingEntity(Base):
    """A meeting: its plan, what happened, and its wrap-up. JSON lists are small and whole."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    meeting_type: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="planned")
    scheduled_at: Mapped[datetime | None] = mapped_column(DateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    place: Mapped[str] = mapped_column(String(200), default="")
    objectives_json: Mapped[str] = mapped_column(Text, default="[]")
    questions_json: Mapped[str] = mapped_column(Text, default="[]")
    talking_points: Mapped[str] = mapped_column(Text, default="")
    question_style: Mapped[str | None] = mapped_column(String(16))
    directness: Mapped[str | None] = mapped_column(String(16))
    playbook_id: Mapped[str] = mapped_column(String(100))
    playbook_version: Mapped[str] = mapped_column(String(50))
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
    note_draft: Mapped[str] = mapped_column(Text, default="")
    stated_needs: Mapped[str] = mapped_column(Text, default="")
    real_intent: Mapped[str] = mapped_column(Text, default="")
    consent_to_record: Mapped[bool | None] = mapped_column(Boolean)
    outcome: Mapped[str | None] = mapped_column(String(32))
    outcome_notes: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    next_contact_on: Mapped[date | None] = mapped_column(Date)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_meetings_client", "client_id", "scheduled_at"),
        Index("ix_meetings_status", "status", "scheduled_at"),
    )


class MeetingCheckEntity(Base):
    """A ticked checklist item (prepare or live phases); unticking deletes the row."""

    __tablename__ = "meeting_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(100))
    checked_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("meeting_id", "item_id"),)


class MeetingNoteEntity(Base):
    __tablename__ = "meeting_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_meeting_notes_meeting", "meeting_id", "at"),)


class MeetingObjectionEntity(Base):
    __tablename__ = "meeting_objections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)
    response: Mapped[str] = mapped_column(Text, default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_meeting_objections_meeting", "meeting_id"),)


class MeetingProductEntity(Base):
    """A product proposed in preparation and/or discussed in the meeting."""

    __tablename__ = "meeting_products"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    risk: Mapped[str | None] = mapped_column(String(2))
    product_type: Mapped[str] = mapped_column(String(32), default="other")
    discussed: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_meeting_products_meeting", "meeting_id"),)


class MeetingRatingEntity(Base):
    """The RM's own 1-5 rating of one phase of the meeting."""

    __tablename__ = "meeting_ratings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    phase_id: Mapped[str] = mapped_column(String(32))
    rating: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("meeting_id", "phase_id"),)


class MeetingAmendmentEntity(Base):
    """A dated addition to a wrapped-up meeting: the record itself is never rewritten."""

    __tablename__ = "meeting_amendments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_meeting_amendments_meeting", "meeting_id"),)


SHOWS_ON_SQL = "CASE WHEN status = 'snoozed' THEN coalesce(snoozed_until, due_on) ELSE due_on END"


class FollowUpEntity(Base):
    """A follow-up: promised in a meeting, typed by the RM, or generated by the calendar.

    Generated items carry a source_key (e.g. 'maturity:<holding id>:<date>') so that
    regenerating never duplicates them and a done one is not raised again.
    """

    __tablename__ = "followups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date] = mapped_column(Date)
    due_time: Mapped[time | None] = mapped_column(Time)
    status: Mapped[str] = mapped_column(String(16), default="open")
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    reminded_at: Mapped[datetime | None] = mapped_column(DateTime)
    source_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # The day the calendar shows it on (a snoozed one comes back on snoozed_until), as a
    # virtual column so that an index can serve the month view: SQLite computes it, no
    # writer has to keep it in step. The index holds all the month view reads (the client
    # id for the join), so no follow-up row is fetched: 16,000 in a month take ~25 ms.
    shows_on: Mapped[date] = mapped_column(Date, Computed(SHOWS_ON_SQL, persisted=False))

    __table_args__ = (
        Index("ix_followups_due", "status", "due_on"),
        Index("ix_followups_shows_on", "shows_on", "status", "client_id"),
        Index("ix_followups_client", "client_id", "status"),
        Index("ix_followups_meeting", "meeting_id"),
    )
