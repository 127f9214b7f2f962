"""The audit log: who-did-what records of exports, erasures and unmasking (no client data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from rmcoach.clock import Clock, from_storage, to_storage
from rmcoach.domain import OpChanges, Written
from rmcoach.services.book import Book
from rmcoach.storage.schema_privacy import AuditEntity


class AuditAction(StrEnum):
    EXPORT = "export"  # everything held on a client written to a file
    ERASE = "erase"  # a client erased for good
    UNMASK = "unmask"  # full contact details shown on screen


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    action: str
    client_id: int | None
    detail: str


def record(
    book: Book, action: AuditAction | str, client_id: int | None, detail: str = ""
) -> Written[int]:
    """Record one event in its own transaction; returns the entry's id.

    `detail` says how (e.g. "json file", "cli"): never a name, phone or other client data.
    No screen shows the log, so the write changes nothing on show.
    """
    with book.write() as session:
        return Written(record_in(session, book.clock, action, client_id, detail), OpChanges())


def record_in(
    session: Session, clock: Clock, action: AuditAction | str, client_id: int | None, detail: str
) -> int:
    """Record an event inside the caller's transaction (it commits or rolls back with it)."""
    entity = AuditEntity(
        at=to_storage(clock.now()), action=str(action), client_id=client_id, detail=detail
    )
    session.add(entity)
    session.flush()
    return entity.id


def entries(book: Book, client_id: int | None = None) -> tuple[AuditEntry, ...]:
    """The log, oldest first; only one client's entries when client_id is given."""
    query = select(AuditEntity).order_by(AuditEntity.at, AuditEntity.id)
    if client_id is not None:
        query = query.where(AuditEntity.client_id == client_id)
    zone = book.clock.now().tzinfo
    with book.session() as session:
        return tuple(
            AuditEntry(
                id=e.id,
                at=from_storage(e.at, zone) or e.at,
                action=e.action,
                client_id=e.client_id,
                detail=e.detail,
            )
            for e in session.scalars(query)
        )
