"""Reminders: follow-ups coming due (each raised once) and the digest shown at start-up."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, ScalarSelect, and_, func, or_, select, update

from rmcoach.clock import from_storage, to_storage
from rmcoach.domain import OpChanges, display_name
from rmcoach.meeting_domain import FollowUp, MeetingStatus
from rmcoach.services.book import Book
from rmcoach.services.followups.records import (
    FOLLOWUP_COLUMNS,
    OPEN_STATUSES,
    WEEK_DAYS,
    shows_on_day,
    to_followup,
)
from rmcoach.storage.schema import ClientEntity
from rmcoach.storage.schema_meetings import FollowUpEntity, MeetingEntity

_OPEN = [s.value for s in OPEN_STATUSES]


@dataclass(frozen=True)
class NextMeeting:
    id: int
    client_id: int
    client_name: str
    scheduled_at: datetime  # aware, in the clock's zone
    duration_minutes: int


@dataclass(frozen=True)
class Digest:
    """What the app says at start-up: counts of follow-ups and the next planned meeting."""

    overdue: int
    today: int
    this_week: int
    next_meeting: NextMeeting | None


def due_for_reminder(book: Book, now: datetime) -> tuple[FollowUp, ...]:
    """Open follow-ups of active clients due at or before now, not yet reminded.

    An item with a time is due at that time; one without, at the start of its day (both
    in the clock's zone). Snoozing or rescheduling makes an item remindable again.
    """
    local = now.astimezone(book.clock.now().tzinfo)
    today, moment = local.date(), local.time().replace(tzinfo=None)
    query = (
        FOLLOWUP_COLUMNS.where(
            FollowUpEntity.status.in_(_OPEN),
            FollowUpEntity.reminded_at.is_(None),
            ClientEntity.archived_at.is_(None),
            or_(
                shows_on_day < today,
                and_(
                    shows_on_day == today,
                    or_(FollowUpEntity.due_time.is_(None), FollowUpEntity.due_time <= moment),
                ),
            ),
        )
    ).order_by(shows_on_day, FollowUpEntity.due_time, FollowUpEntity.id)
    with book.read() as conn:
        return tuple(to_followup(row, local.tzinfo) for row in conn.execute(query))


def mark_reminded(book: Book, ids: Iterable[int]) -> OpChanges:
    """Record that these items were shown to the RM, so they are not raised again."""
    wanted = sorted(set(ids))
    if not wanted:
        return OpChanges()
    stamp = to_storage(book.clock.now())
    with book.write() as session:
        session.execute(
            update(FollowUpEntity).where(FollowUpEntity.id.in_(wanted)).values(reminded_at=stamp)
        )
    return OpChanges(followups=True)


def startup_digest(book: Book) -> Digest:
    now = book.clock.now()
    today = now.date()
    week_end = today + timedelta(days=WEEK_DAYS)

    def count(*where: ColumnElement[bool]) -> ScalarSelect[int]:
        return (
            select(func.count())
            .select_from(FollowUpEntity)
            .join(ClientEntity, ClientEntity.id == FollowUpEntity.client_id)
            .where(FollowUpEntity.status.in_(_OPEN), ClientEntity.archived_at.is_(None), *where)
            .scalar_subquery()
        )

    counts = select(
        count(shows_on_day < today),
        count(shows_on_day == today),
        count(shows_on_day > today, shows_on_day <= week_end),
    )
    with book.read() as conn:
        overdue, due_today, this_week = conn.execute(counts).one()
    return Digest(int(overdue), int(due_today), int(this_week), next_meeting(book))


def next_meeting(book: Book) -> NextMeeting | None:
    """The next planned meeting of an active client from now on, if any."""
    now = book.clock.now()
    meeting = (
        select(
            MeetingEntity.id,
            MeetingEntity.client_id,
            ClientEntity.name_zh,
            ClientEntity.name_en,
            MeetingEntity.scheduled_at,
            MeetingEntity.duration_minutes,
        )
        .join(ClientEntity, ClientEntity.id == MeetingEntity.client_id)
        .where(
            MeetingEntity.status == MeetingStatus.PLANNED.value,
            MeetingEntity.scheduled_at >= to_storage(now),
            ClientEntity.archived_at.is_(None),
        )
        .order_by(MeetingEntity.scheduled_at, MeetingEntity.id)
        .limit(1)
    )
    with book.read() as conn:
        found = conn.execute(meeting).one_or_none()
    if found is None:
        return None
    at = from_storage(found.scheduled_at, now.tzinfo)
    assert at is not None  # the query asks for scheduled_at >= now
    return NextMeeting(
        id=found.id,
        client_id=found.client_id,
        client_name=display_name(found.name_zh, found.name_en),
        scheduled_at=at,
        duration_minutes=found.duration_minutes,
    )
