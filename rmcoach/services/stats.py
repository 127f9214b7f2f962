"""Counts of what a book holds, one named query each, all read in one round trip."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select

from rmcoach.services.book import Book
from rmcoach.services.followups.records import OPEN_STATUSES
from rmcoach.services.meetings.queries import MEETING_STAT_QUERIES
from rmcoach.storage.schema import ClientEntity, ContactEntity, HoldingEntity, HouseholdEntity
from rmcoach.storage.schema_meetings import FollowUpEntity


def _count(entity: Any, *where: Any) -> Select[int]:
    return select(func.count()).select_from(entity).where(*where)


# One entry per statistic; meetings and follow-ups add theirs here. Child rows count every
# stored row, archived clients' included, so the numbers add up to what the file holds.
STAT_QUERIES: dict[str, Select[int]] = {
    "clients": _count(ClientEntity, ClientEntity.archived_at.is_(None)),
    "archived": _count(ClientEntity, ClientEntity.archived_at.is_not(None)),
    "holdings": _count(HoldingEntity),
    "household": _count(HouseholdEntity),
    "contacts": _count(ContactEntity),
    **MEETING_STAT_QUERIES,
    "followups": _count(FollowUpEntity),
    "followups_open": _count(
        FollowUpEntity, FollowUpEntity.status.in_([s.value for s in OPEN_STATUSES])
    ),
}


def book_stats(book: Book) -> dict[str, int]:
    """Every statistic in STAT_QUERIES, by name."""
    statement = select(*(q.scalar_subquery().label(name) for name, q in STAT_QUERIES.items()))
    with book.read() as conn:
        row = conn.execute(statement).one()
    return {name: int(row._mapping[name]) for name in STAT_QUERIES}
