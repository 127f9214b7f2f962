"""The import's database side: find the clients a file names, write the planned rows fast."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, func, insert, select, text, update

from rmcoach.domain import Tier
from rmcoach.pinyin import PinyinKeys, name_keys
from rmcoach.services.clients import search_index
from rmcoach.services.clients.search_index import document_for
from rmcoach.storage.schema import ClientEntity, ClientTagEntity

BATCH_SIZE = 2_000  # rows per executemany: progress and cancel between batches
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
    conn: Connection, numbers: set[str], stored: tuple[str, ...]
) -> dict[str, dict[str, Any]]:
    """The stored clients the file names by client number, with their interests and tags."""
    found: dict[str, dict[str, Any]] = {}
    pinyin: list[tuple[str, str]] = []
    columns = [_c.id, _c.name_pinyin, _c.name_initials, *(_c[n] for n in stored)]
    for chunk in _chunks(sorted(numbers), 500):
        for client_id, name_pinyin, initials, *values in conn.execute(
            select(*columns).where(_c.client_no.in_(chunk))
        ):
            pinyin.append((name_pinyin, initials))
            row = dict(zip(stored, values, strict=True))
            found[row["client_no"]] = {"id": client_id, "row": row, "interest": [], "tag": []}
    by_id = {entry["id"]: entry for entry in found.values()}
    tags = ClientTagEntity.__table__.c
    for chunk in _chunks(sorted(by_id), 500):
        query = (
            select(tags.client_id, tags.kind, tags.value)
            .where(tags.client_id.in_(chunk))
            .order_by(tags.client_id, tags.kind, tags.position)
        )
        for client_id, kind, value in conn.execute(query):
            if kind in ("interest", "tag"):
                by_id[client_id][kind].append(value)
    for entry, keys in zip(found.values(), pinyin, strict=True):
        document_row = {**entry["row"], "name_pinyin": keys[0], "name_initials": keys[1]}
        entry["document"] = document_for(document_row, entry["interest"], entry["tag"])
    return found


def write_planned(
    conn: Connection, planned: list[Planned], now: Any, tick: Callable[[int], None]
) -> None:
    """Insert the new clients and update the matched ones, with tags and search entries."""
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
    next_id = int(conn.execute(select(func.coalesce(func.max(_c.id), 0))).scalar_one()) + 1
    for plan in new:
        plan.row = {**NEW_CLIENT, **plan.row, "id": next_id, "created_at": now}
        next_id += 1
    done = 0
    change = update(_table).where(_c.id == bindparam("b_id"))
    for batch in _chunks(new, BATCH_SIZE):
        conn.execute(insert(ClientEntity), [p.row for p in batch])
        _write_tags(conn, batch, ("interest", "tag"))
        search_index.remove_range(conn, batch[0].row["id"], batch[-1].row["id"])
        _write_documents(conn, batch)
        done += len(batch)
        tick(done)
    for batch in _chunks(old, BATCH_SIZE):
        conn.execute(change, [_update_params(p.row) for p in batch])
        _write_tags(conn, batch, None)
        # FTS5 deletes cost more than the update itself: only entries that change
        stale = [p for p in batch if _document(p) != p.old_document]
        if stale:
            search_index.remove_entries(conn, [p.row["id"] for p in stale])
            _write_documents(conn, stale)
        done += len(batch)
        tick(done)


def _update_params(row: dict[str, Any]) -> dict[str, Any]:
    params = {k: v for k, v in row.items() if k != "id"}
    params["b_id"] = row["id"]
    return params


def _write_tags(conn: Connection, batch: Sequence[Planned], kinds: tuple[str, ...] | None) -> None:
    """Store interests and tags; for existing clients (kinds None) only the changed kinds."""
    stale = [
        {"client_id": p.row["id"], "kind": kind}
        for p in batch
        if kinds is None
        for kind in p.lists_changed
    ]
    if stale:
        conn.execute(
            text("DELETE FROM client_tags WHERE client_id = :client_id AND kind = :kind"), stale
        )
    rows = [
        {"client_id": p.row["id"], "kind": kind, "value": value, "position": position}
        for p in batch
        for kind, values in (("interest", p.interests), ("tag", p.tags))
        if kind in (kinds if kinds is not None else p.lists_changed)
        for position, value in enumerate(values)
    ]
    if rows:
        conn.execute(insert(ClientTagEntity), rows)


def _document(plan: Planned) -> str:
    return document_for(plan.row, plan.interests, plan.tags)


def _write_documents(conn: Connection, batch: Sequence[Planned]) -> None:
    search_index.write_entries(conn, [(p.row["id"], _document(p), p.row["name_en"]) for p in batch])
