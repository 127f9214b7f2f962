"""The import's database side: find the clients a file names, write the planned rows fast."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, Table, func, select

from rmcoach.domain import Tier
from rmcoach.pinyin import PinyinKeys, name_keys
from rmcoach.services.clients import search_index
from rmcoach.services.clients.search_index import document_for
from rmcoach.storage.schema import ClientEntity

_table = cast(Table, ClientEntity.__table__)
_c = _table.c

STORED = (
    "client_no",
    "name_zh",
    "name_en",
    "gender",
    "birthday",
    "mobile",
    "phone_other",
    "email",
    "address",
    "occupation",
    "employer",
    "tier",
    "risk_profile",
    "aum_fen",
    "client_since",
    "notes",
)
# stored once the schema has a column for it (the issue asks for it; 0002 has none yet)
OPTIONAL_STORED = ("risk_assessed_on",)
NEW_CLIENT: dict[str, Any] = {
    name: value
    for name, value in {
        "client_no": None,
        **dict.fromkeys(("name_zh", "name_en", "mobile", "phone_other", "email"), ""),
        **dict.fromkeys(("address", "occupation", "employer", "notes", "habits"), ""),
        **dict.fromkeys(("best_time_to_call", "personality", "concerns", "mindset"), ""),
        **dict.fromkeys(("gender", "birthday", "risk_profile", "client_since"), None),
        **dict.fromkeys(("preferred_channel", "communication_style", "referred_by_id"), None),
        **dict.fromkeys(("last_contact_at", "archived_at", "risk_assessed_on"), None),
        "tier": Tier.MASS.value,
        "aum_fen": 0,
        "birthday_lunar": False,
    }.items()
    if name in _c
}


def stored_columns() -> tuple[str, ...]:
    return STORED + tuple(name for name in OPTIONAL_STORED if name in _c)


def not_stored_columns(labels: Mapping[str, str]) -> tuple[str, ...]:
    """The headers of recognised columns the book has nowhere to keep yet."""
    return tuple(labels[k] for k in OPTIONAL_STORED if k in labels and k not in _c)


@dataclass
class Planned:
    """One row to write: a new client (client_id None) or changes to a stored one."""

    client_id: int | None  # None: a new client
    row: dict[str, Any]  # the stored columns, as the table holds them
    interests: tuple[str, ...]
    tags: tuple[str, ...]
    lists_changed: tuple[str, ...]  # tag kinds to rewrite for an existing client
    old_document: str = ""  # its search entry now: rewritten only if it changes


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def load_existing(
    reader: Any, dialect: Any, numbers: set[str], stored: tuple[str, ...]
) -> dict[str, dict[str, Any]]:
    """The stored clients the file names by client number, with their interests and tags.

    `reader` is a DBAPI connection in autocommit (a plain SELECT takes no write lock, so it
    reads while the import's writer holds the book's); values come back through each
    column type's result processor, as SQLAlchemy would return them (dates as dates).
    """
    found: dict[str, dict[str, Any]] = {}
    pinyin: list[tuple[str, str]] = []
    convert = [_c[n].type.dialect_impl(dialect).result_processor(dialect, None) for n in stored]
    listed = ", ".join(f'"{n}"' for n in ("id", "name_pinyin", "name_initials", *stored))
    for chunk in _chunks(sorted(numbers), 500):
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT {listed} FROM clients WHERE client_no IN ({marks})"
        for client_id, name_pinyin, initials, *values in reader.execute(query, tuple(chunk)):
            pinyin.append((name_pinyin, initials))
            row: dict[str, Any] = {
                name: value if to is None or value is None else to(value)
                for name, value, to in zip(stored, values, convert, strict=True)
            }
            found[row["client_no"]] = {"id": client_id, "row": row, "interest": [], "tag": []}
    by_id = {entry["id"]: entry for entry in found.values()}
    for chunk in _chunks(sorted(by_id), 500):
        marks = ", ".join("?" * len(chunk))
        query = (
            f"SELECT client_id, kind, value FROM client_tags WHERE client_id IN ({marks}) "
            "ORDER BY client_id, kind, position"
        )
        for client_id, kind, value in reader.execute(query, tuple(chunk)):
            if kind in ("interest", "tag"):
                by_id[client_id][kind].append(value)
    for entry, keys in zip(found.values(), pinyin, strict=True):
        document_row = {**entry["row"], "name_pinyin": keys[0], "name_initials": keys[1]}
        entry["document"] = document_for(document_row, entry["interest"], entry["tag"])
    return found


@dataclass
class Prepared:
    """One batch ready for the driver: plain tuples for each statement (no Python left)."""

    inserts: tuple[str, list[tuple[Any, ...]]] | None = None
    updates: tuple[str, list[tuple[Any, ...]]] | None = None
    fresh_range: tuple[int, int] | None = None  # new ids: clear any stale index entries
    stale_entries: list[int] = field(default_factory=list)  # updated clients to re-index
    tag_deletes: list[tuple[int, str]] = field(default_factory=list)
    tags: list[tuple[int, str, str, int]] = field(default_factory=list)
    documents: list[tuple[int, str, str]] = field(default_factory=list)


def prepare(conn: Connection, planned: list[Planned], now: Any, next_id: int) -> Prepared:
    """Everything a batch needs computed in Python: pinyin keys, ids, documents, tuples.

    Done on the caller's thread while the writer thread has SQLite write the batch before:
    the two overlap (SQLite releases the GIL), which halves an import's time.
    """
    keys: dict[str, PinyinKeys] = {}
    for plan in planned:
        name = plan.row["name_zh"]
        found = keys.get(name)
        if found is None:
            found = keys[name] = name_keys(name)
        plan.row["name_pinyin"], plan.row["name_initials"] = found.full, found.initials
        plan.row["name_sort"] = found.full or plan.row["name_en"].lower()
        plan.row["updated_at"] = now
    new = [p for p in planned if p.client_id is None]
    old = [p for p in planned if p.client_id is not None]
    for plan in new:
        plan.row = {**NEW_CLIENT, **plan.row, "id": next_id, "created_at": now}
        next_id += 1
    batch = Prepared()
    if new:
        names = list(new[0].row)
        listed = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" * len(names))
        sql = f"INSERT INTO clients ({listed}) VALUES ({marks})"
        batch.inserts = (sql, _tuples(conn, new, names))
        batch.fresh_range = (new[0].row["id"], new[-1].row["id"])
    if old:
        names = [n for n in old[0].row if n != "id"]
        sets = ", ".join(f'"{n}" = ?' for n in names)
        batch.updates = (
            f"UPDATE clients SET {sets} WHERE id = ?",
            _tuples(conn, old, [*names, "id"]),
        )
        batch.tag_deletes = [(p.row["id"], kind) for p in old for kind in p.lists_changed]
    batch.tags = [
        (p.row["id"], kind, value, position)
        for p in planned
        for kind, values in (("interest", p.interests), ("tag", p.tags))
        if p.client_id is None or kind in p.lists_changed
        for position, value in enumerate(values)
    ]
    # FTS5 deletes cost more than the update itself: only entries that change
    stale = [p for p in old if _document(p) != p.old_document]
    batch.stale_entries = [p.row["id"] for p in stale]
    batch.documents = [(p.row["id"], _document(p), p.row["name_en"]) for p in (*new, *stale)]
    return batch


def write_prepared(driver: Any, batch: Prepared) -> None:
    """Run one prepared batch on the driver connection, inside the open transaction."""
    cursor = driver.cursor()
    try:
        if batch.inserts is not None:
            cursor.executemany(*batch.inserts)
        if batch.updates is not None:
            cursor.executemany(*batch.updates)
        if batch.tag_deletes:
            cursor.executemany(
                "DELETE FROM client_tags WHERE client_id = ? AND kind = ?", batch.tag_deletes
            )
        if batch.tags:
            cursor.executemany(
                "INSERT INTO client_tags (client_id, kind, value, position) VALUES (?, ?, ?, ?)",
                batch.tags,
            )
        if batch.fresh_range is not None:
            # a deleted client's leftover entry would stand in the way of a new client's id
            for table, column in (("client_fts", "rowid"), ("client_search_keys", "client_id")):
                cursor.execute(
                    f"DELETE FROM {table} WHERE {column} BETWEEN ? AND ?", batch.fresh_range
                )
        if batch.stale_entries:
            ids = [(i,) for i in batch.stale_entries]
            cursor.executemany("DELETE FROM client_fts WHERE rowid = ?", ids)
            cursor.executemany("DELETE FROM client_search_keys WHERE client_id = ?", ids)
        _write_documents(cursor, batch.documents)
    finally:
        cursor.close()


def next_client_id(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(_c.id), 0))).scalar_one()) + 1


def _driver(conn: Connection) -> Any:
    driver = conn.connection.driver_connection
    assert driver is not None
    return driver


def _tuples(conn: Connection, batch: Sequence[Planned], names: list[str]) -> list[tuple[Any, ...]]:
    """The rows' values in `names` order, each as its column type binds it (dates as text)."""
    convert = [
        _c[name].type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for name in names
    ]
    pairs = list(zip(names, convert, strict=True))
    return [
        tuple(
            plan.row[name] if to is None or plan.row[name] is None else to(plan.row[name])
            for name, to in pairs
        )
        for plan in batch
    ]


def _document(plan: Planned) -> str:
    return document_for(plan.row, plan.interests, plan.tags)


def _write_documents(cursor: Any, entries: list[tuple[int, str, str]]) -> None:
    """Both parts of the search index for (client id, document, English name) entries."""
    if not entries:
        return
    cursor.executemany(
        "INSERT INTO client_fts(rowid, doc) VALUES (?, ?)", [(i, doc) for i, doc, _ in entries]
    )
    cursor.executemany(
        "INSERT INTO client_search_keys(key, client_id) VALUES (?, ?)",
        [
            (key, client_id)
            for client_id, doc, name_en in entries
            for key, _ in search_index.key_rows(client_id, doc, name_en)
        ],
    )
