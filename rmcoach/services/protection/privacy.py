"""Data-subject requests: export everything held on one client, or erase the client for good."""

from __future__ import annotations

import base64
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Column, Connection, Select, Table, delete, select, text, update

from rmcoach.domain import OpChanges
from rmcoach.services.book import Book
from rmcoach.services.clients import search_index
from rmcoach.services.protection import audit
from rmcoach.storage.migrate import HEAD_REVISION
from rmcoach.storage.schema import CLIENT_FTS_TABLE, Base, ClientSearchKeyEntity

log = logging.getLogger("rmcoach.privacy")

EXPORT_FORMAT = "rmcoach-client-data"
EXPORT_VERSION = 1


class ClientNotFoundError(LookupError):
    """No client with that id."""


@dataclass(frozen=True)
class Erasure:
    """What erasing a client removed (row counts per table) and what changed for the UI."""

    client_id: int
    deleted: dict[str, int]
    unlinked: dict[str, int]
    changes: OpChanges = field(default_factory=OpChanges)


def _clients() -> Table:
    return Base.metadata.tables["clients"]


# The search index, derived from the client's fields: not the client's data to export; an
# erasure drops it through search_index, with the trigram index it belongs to.
_DERIVED = {ClientSearchKeyEntity.__tablename__}


def _owned_by(parent: Table) -> list[tuple[Table, Column[Any]]]:
    """Tables whose rows belong to a row of `parent`: a foreign key ON DELETE CASCADE.

    Found from the schema, so a table added later (documents, consents...) is exported and
    erased with its client without this module knowing about it.
    """
    owned: list[tuple[Table, Column[Any]]] = []
    for table in Base.metadata.sorted_tables:
        if table.name in _DERIVED:
            continue
        for fk in table.foreign_keys:
            if (
                table is not parent
                and fk.column.table is parent
                and (fk.ondelete or "").upper() == "CASCADE"
            ):
                owned.append((table, fk.parent))
    return owned


def _references_to_clients() -> list[tuple[Table, Column[Any]]]:
    """Columns that merely point at a client (ON DELETE SET NULL): referrals, household links."""
    clients = _clients()
    return [
        (table, fk.parent)
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table is clients and (fk.ondelete or "").upper() == "SET NULL"
    ]


def export_client_data(book: Book, client_id: int) -> dict[str, Any]:
    """Everything the book holds on one client, as a JSON-ready dict.

    The client's own record carries, nested, every row that belongs to it (tags, holdings,
    household, contacts, meetings with their notes, objections, products..., follow-ups);
    `mentioned_in` lists rows of other clients that point at this one; `audit_log` lists
    the privacy events about them. The export itself is recorded in the audit log.
    """
    clients = _clients()
    with book.read() as conn:
        row = conn.execute(select(clients).where(clients.c.id == client_id)).mappings().first()
        if row is None:
            raise ClientNotFoundError(f"no client with id {client_id}")
        record = _plain(dict(row))
        record.update(_nested(conn, clients, [client_id])[client_id])
        mentioned = _mentions(conn, client_id)
    data: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "schema": HEAD_REVISION,
        "exported_at": book.clock.now().isoformat(),
        "client": record,
        "mentioned_in": mentioned,
        "audit_log": [
            {"at": e.at.isoformat(), "action": e.action, "detail": e.detail}
            for e in audit.entries(book, client_id)
        ],
    }
    audit.record(book, audit.AuditAction.EXPORT, client_id, "all data")
    log.info("client #%d exported", client_id)
    return data


def _nested(
    conn: Connection, parent: Table, ids: Sequence[int]
) -> dict[int, dict[str, list[dict[str, Any]]]]:
    """For each parent id: {child table: [row with its own children nested]}."""
    result: dict[int, dict[str, list[dict[str, Any]]]] = {i: {} for i in ids}
    for table, column in _owned_by(parent):
        pk = next(iter(table.primary_key.columns))
        rows = [
            dict(r)
            for r in conn.execute(_stored(table).where(column.in_(ids)).order_by(pk)).mappings()
        ]
        below = _nested(conn, table, [r[pk.name] for r in rows]) if rows else {}
        for owner in ids:
            result[owner][table.name] = []
        for r in rows:
            item = _plain(r)
            item.update(below.get(r[pk.name], {}))
            result[r[column.name]][table.name].append(item)
    return result


def _mentions(conn: Connection, client_id: int) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for table, column in _references_to_clients():
        if table is _clients():  # other clients' records: only which ones, not their data
            ids = conn.execute(select(table.c.id).where(column == client_id)).scalars()
            found[f"{table.name}.{column.name}"] = [{"id": i} for i in ids]
            continue
        rows = conn.execute(_stored(table).where(column == client_id)).mappings()
        found[f"{table.name}.{column.name}"] = [_plain(dict(r)) for r in rows]
    return found


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _json_value(v) for k, v in row.items()}


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat() + ("" if value.tzinfo else "Z")  # stored as naive UTC
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def erase_client(book: Book, client_id: int) -> Erasure:
    """Erase a client for good: their rows, their search-index entry, links to them.

    Everything goes in one transaction; then VACUUM rebuilds the file and the WAL is
    truncated, so the data leaves the book's files too (not its backups: they keep what they
    hold until thinning removes them). The audit log keeps "client #id erased", no data.
    """
    clients = _clients()
    with book.write() as session:
        conn = session.connection()
        exists = conn.execute(select(clients.c.id).where(clients.c.id == client_id)).first()
        if exists is None:
            raise ClientNotFoundError(f"no client with id {client_id}")
        unlinked: dict[str, int] = {}
        for table, column in _references_to_clients():
            done = conn.execute(
                update(table).where(column == client_id).values({column.name: None})
            )
            unlinked[f"{table.name}.{column.name}"] = done.rowcount
        deleted = _delete_owned(conn, clients, [client_id])
        conn.execute(delete(clients).where(clients.c.id == client_id))
        deleted["clients"] = 1
        search_index.remove_entries(conn, [client_id])
        # FTS5 keeps deleted terms in old index segments until they are merged: merge now
        conn.execute(
            text(f"INSERT INTO {CLIENT_FTS_TABLE}({CLIENT_FTS_TABLE}) VALUES ('optimize')")
        )
        audit.record_in(session, book.clock, audit.AuditAction.ERASE, client_id, "erased for good")
    compact(book)
    log.info("client #%d erased", client_id)
    changes = OpChanges(
        clients=True, meetings=True, followups=True, client_ids=frozenset({client_id})
    )
    return Erasure(client_id, deleted, unlinked, changes)


def _stored(table: Table) -> Select[Any]:
    """The table's stored columns: a computed one (followups.shows_on) is not the client's
    data, only a view of it."""
    return select(*(c for c in table.columns if c.computed is None))


def _delete_owned(conn: Connection, parent: Table, ids: Sequence[int]) -> dict[str, int]:
    """Delete, deepest first, every row owned by the given parent rows; counts per table."""
    counts: dict[str, int] = {}
    if not ids:
        return counts
    for table, column in _owned_by(parent):
        pk = next(iter(table.primary_key.columns))
        child_ids = [int(i) for i in conn.execute(select(pk).where(column.in_(ids))).scalars()]
        for name, n in _delete_owned(conn, table, child_ids).items():
            counts[name] = counts.get(name, 0) + n
        if child_ids:
            conn.execute(delete(table).where(column.in_(ids)))
        counts[table.name] = counts.get(table.name, 0) + len(child_ids)
    return counts


def compact(book: Book) -> None:
    """VACUUM the book and empty its WAL, so deleted data is not left in free pages."""
    raw = book.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("VACUUM")
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        raw.close()
