"""A realistic, reproducible demo book: thousands of sample clients in seconds.

The clients come from demo_clients; each step in STEPS then writes one part of every
batch (holdings, meetings, follow-ups...) from its own random stream, and the calendar's
generated follow-ups (maturities, birthdays, cadence) are raised once at the end. An
empty product catalogue gets the demo's products first (demo_compliance).
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, fields
from datetime import datetime
from datetime import time as clock_time
from typing import Any, cast

from sqlalchemy import Table, column, func, select, table

from rmcoach.clock import FixedClock
from rmcoach.demo.base import Batch, Step, StepInput, as_rows
from rmcoach.demo.clients import ClientGenerator
from rmcoach.demo.compliance import fill_suitability, seed_catalogue
from rmcoach.demo.followups import write_followups
from rmcoach.demo.meetings import write_meetings
from rmcoach.demo.snapshots import write_snapshots
from rmcoach.demo.writer import BatchWriter
from rmcoach.services.book import Book
from rmcoach.services.clients import search_index
from rmcoach.services.followups.generated import generate_followups
from rmcoach.storage.indexes import deferred_indexes
from rmcoach.storage.schema import (
    ClientEntity,
    ClientSearchKeyEntity,
    ClientTagEntity,
    ContactEntity,
    HoldingEntity,
    HouseholdEntity,
)
from rmcoach.storage.schema_meetings import MeetingEntity

__all__ = ["BATCH_SIZE", "MAX_CLIENTS", "STEPS", "DemoSummary", "generate_demo_book"]

# From this many clients into an empty book, the secondary indexes are built after the
# load and the calendar's follow-ups rather than row by row: a 50,000-client book's writer
# 64 s -> 48 s. The two kept serve the load's own statements (the index cleanup and the
# last-contact update).
DEFER_INDEXES_FROM = 10_000
KEEP_INDEXES = frozenset({"ix_contacts_client", "ix_client_search_keys_client"})
BATCH_SIZE = 2_000  # clients per transaction: big enough to be fast, small enough to cancel
MAX_CLIENTS = 1_000_000
_c = ClientEntity.__table__.c
_CLIENTS = cast(Table, ClientEntity.__table__)
_FTS = table("client_fts", column("rowid"), column("doc"))  # FTS5, not in the ORM metadata


@dataclass(frozen=True)
class DemoSummary:
    """What generate_demo_book added, and how long it took.

    Attributes:
        contacts: every contact logged, those of meetings and completed follow-ups included.
        followups: those promised in meetings and those the calendar generated.
        products: added to the catalogue (none when the book had a catalogue already).
    """

    clients: int
    holdings: int
    household: int
    contacts: int
    meetings: int
    followups: int
    products: int
    seconds: float


# kept under its old name for the importer's and the tests' sake
demo_search_document = search_index.document_for


def _write_clients(step: StepInput) -> dict[str, int]:
    columns, rows = as_rows(ClientEntity, [c.row for c in step.clients])
    step.write(ClientEntity, columns, rows)
    tags = [
        (c.row["id"], kind, value, position)
        for c in step.clients
        for kind, values in (("interest", c.interests), ("tag", c.tags))
        for position, value in enumerate(values)
    ]
    step.write(ClientTagEntity, ("client_id", "kind", "value", "position"), tags)
    # an index entry left behind by a deleted client would block the new client's rowid
    first, last = step.clients[0].row["id"], step.clients[-1].row["id"]
    bounds = {"first": first, "last": last}
    step.execute("DELETE FROM client_fts WHERE rowid BETWEEN :first AND :last", **bounds)
    step.execute(
        "DELETE FROM client_search_keys WHERE client_id BETWEEN :first AND :last", **bounds
    )
    documents = [
        (c.row["id"], demo_search_document(c.row, c.interests, c.tags)) for c in step.clients
    ]
    step.write(_FTS, ("rowid", "doc"), documents)
    keys = [
        row
        for (client_id, document), c in zip(documents, step.clients, strict=True)
        for row in search_index.key_rows(client_id, document, c.row["name_en"])
    ]
    step.write(ClientSearchKeyEntity, ("key", "client_id"), keys)
    return {"clients": len(step.clients)}


def _child_writer(entity: Any, attribute: str) -> Step:
    def write(step: StepInput) -> dict[str, int]:
        columns, rows = as_rows(entity, [r for c in step.clients for r in getattr(c, attribute)])
        return {attribute: step.write(entity, columns, rows)}

    return write


def _sync_last_contact(step: StepInput) -> dict[str, int]:
    """Meetings and completed follow-ups are contacts: last contact is the newest of all."""
    step.execute(
        "UPDATE clients SET last_contact_at ="
        " (SELECT max(occurred_at) FROM contacts WHERE client_id = clients.id)"
        " WHERE id BETWEEN :first AND :last",
        first=step.clients[0].row["id"],
        last=step.clients[-1].row["id"],
    )
    return {}


# Each step writes one part of every batch and returns its counts by DemoSummary field
# (suitability only completes the client rows the clients step then writes).
# A step's name seeds its random stream: rename one and its data changes.
STEPS: tuple[tuple[str, Step], ...] = (
    ("suitability", fill_suitability),
    ("clients", _write_clients),
    ("holdings", _child_writer(HoldingEntity, "holdings")),
    ("household", _child_writer(HouseholdEntity, "household")),
    ("contacts", _child_writer(ContactEntity, "contacts")),
    ("meetings", write_meetings),
    ("followups", write_followups),
    ("last_contact", _sync_last_contact),
    ("snapshots", write_snapshots),
)


def generate_demo_book(
    book: Book,
    clients: int,
    seed: int,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Add `clients` sample clients with their meetings and follow-ups; the same seed and
    clock date give the same book, at whatever time of that day it is generated.

    Each batch of BATCH_SIZE clients is one transaction, so a cancelled or failed run
    keeps the batches already written; progress(done, total) is called as each commits.
    BookChangedError if clients or meetings are added to the book meanwhile.
    Once every batch is written the calendar's follow-ups are generated for the whole
    book (as the app does daily); a cancelled run skips that step.
    """
    if not 1 <= clients <= MAX_CLIENTS:
        raise ValueError(f"clients must be between 1 and {MAX_CLIENTS}")
    started = time.perf_counter()
    now = book.clock.now()
    with book.read() as conn:  # demo numbers and phones must not collide with real ones
        numbers = {n for n in conn.scalars(select(_c.client_no)) if n}
        phones = {p for row in conn.execute(select(_c.mobile, _c.phone_other)) for p in row if p}
        empty = conn.execute(select(func.count()).select_from(ClientEntity)).scalar_one() == 0
        next_ids: dict[Table, int] = {}
        for entity in (ClientEntity, MeetingEntity):
            top = conn.execute(select(func.coalesce(func.max(entity.id), 0))).scalar_one()
            next_ids[cast(Table, entity.__table__)] = int(top) + 1
    counts: Counter[str] = Counter(products=seed_catalogue(book, now))
    generator = ClientGenerator(random.Random(seed), now, numbers, phones)
    step_rngs = {name: random.Random(f"{seed}/{name}") for name, _ in STEPS}
    kept: dict[str, dict[str, Any]] = {name: {} for name, _ in STEPS}
    written = 0

    def committed(size: int) -> None:
        nonlocal written
        written += size
        if progress is not None:
            progress(written, clients)

    built = 0
    stopped = False
    # a big book made from nothing gets its secondary indexes built once, at the end
    defer = empty and clients >= DEFER_INDEXES_FROM
    deferring = deferred_indexes(book.engine, KEEP_INDEXES) if defer else nullcontext()
    with deferring:
        with BatchWriter(book.engine, committed) as writer:
            while built < clients and not (stopped := cancelled is not None and cancelled()):
                size = min(BATCH_SIZE, clients - built)
                batch = Batch(size)
                first_id = batch.first_ids[_CLIENTS] = next_ids[_CLIENTS]
                members = [generator.client(first_id + i) for i in range(size)]
                next_ids[_CLIENTS] = first_id + size
                for name, step in STEPS:
                    given = StepInput(members, step_rngs[name], now, batch, next_ids, kept[name])
                    counts.update(step(given))
                writer.write(batch)  # batch N is stored while the loop builds batch N + 1
                built += size
        if not stopped:
            counts["followups"] += _generated_followups(book, now)
    wanted = {f.name for f in fields(DemoSummary)} - {"seconds"}
    return DemoSummary(
        **{name: counts[name] for name in wanted}, seconds=time.perf_counter() - started
    )


def _generated_followups(book: Book, now: datetime) -> int:
    """Raise maturities, birthdays and cadence calls as of the start of the clock's day, so
    their stored creation time does not depend on the hour the demo was made."""
    midnight = datetime.combine(now.date(), clock_time(), tzinfo=now.tzinfo)
    as_of = Book(book.path, book.engine, FixedClock(midnight))
    return generate_followups(as_of).created
