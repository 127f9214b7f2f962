"""Keep the search index in step with a client's searchable fields.

Two parts, always written together: the FTS5 trigram index (client_fts, one document per
client) serves terms of 3+ characters; client_search_keys serves the 1-2 character terms
trigrams cannot see, with one row per Chinese character of the document and per word of
the English name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from rmcoach.storage.schema import ClientEntity

# the same ranges as rmcoach.pinyin's: CJK unified ideographs, extension A, compatibility
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

DOCUMENT_FIELDS = (
    "name_zh",
    "name_en",
    "name_pinyin",
    "name_initials",
    "client_no",
    "mobile",
    "phone_other",
    "occupation",
    "employer",
)


def document_for(row: Mapping[str, Any], interests: Sequence[str], tags: Sequence[str]) -> str:
    """Everything a search for this client may name, space separated, from plain values.

    The one definition of the index document: the editor's writes, the importer and the
    demo generator's bulk inserts all build it here.
    """
    parts = [
        row["name_zh"],
        row["name_en"],
        row["name_pinyin"],
        row["name_initials"],
        row["client_no"] or "",
        row["mobile"],
        row["phone_other"],
        *interests,
        *tags,
        row["occupation"],
        row["employer"],
    ]
    return " ".join(p for p in parts if p)


def search_document(entity: ClientEntity) -> str:
    """The index document of a stored client."""
    fields = ("name_zh", "name_en", "name_pinyin", "name_initials", "client_no", "mobile")
    row = {
        name: getattr(entity, name) for name in (*fields, "phone_other", "occupation", "employer")
    }
    interests = [t.value for t in entity.tags if t.kind == "interest"]
    tags = [t.value for t in entity.tags if t.kind == "tag"]
    return document_for(row, interests, tags)


def search_keys(document: str, name_en: str) -> set[str]:
    """The client's short-search keys: each Chinese character of the index document (name,
    tags, interests, occupation, employer) and each word of the English name, lowercased."""
    return {*_HAN.findall(document), *(w.lower() for w in name_en.split())}


def key_rows(client_id: int, document: str, name_en: str) -> list[tuple[str, int]]:
    """(key, client_id) rows for client_search_keys."""
    return [(key, client_id) for key in search_keys(document, name_en)]


def write_entries(conn: Connection, entries: Iterable[tuple[int, str, str]]) -> None:
    """Index clients that have no entry yet: (client id, document, English name) each."""
    entries = list(entries)
    if not entries:
        return
    conn.execute(
        text("INSERT INTO client_fts(rowid, doc) VALUES (:id, :doc)"),
        [{"id": client_id, "doc": doc} for client_id, doc, _ in entries],
    )
    keys = [
        {"key": key, "id": client_id}
        for client_id, doc, name_en in entries
        for key, _ in key_rows(client_id, doc, name_en)
    ]
    if keys:
        conn.execute(
            text("INSERT INTO client_search_keys(key, client_id) VALUES (:key, :id)"), keys
        )


def remove_entries(conn: Connection, client_ids: Sequence[int]) -> None:
    """Drop the clients' entries from both parts of the index."""
    params = [{"id": client_id} for client_id in client_ids]
    if params:
        conn.execute(text("DELETE FROM client_fts WHERE rowid = :id"), params)
        conn.execute(text("DELETE FROM client_search_keys WHERE client_id = :id"), params)


def remove_range(conn: Connection, first: int, last: int) -> None:
    """Drop any entries of client ids first..last: a deleted client's leftover entry would
    stand in the way of a new client given its id."""
    bounds = {"first": first, "last": last}
    conn.execute(text("DELETE FROM client_fts WHERE rowid BETWEEN :first AND :last"), bounds)
    conn.execute(
        text("DELETE FROM client_search_keys WHERE client_id BETWEEN :first AND :last"), bounds
    )


def reindex(session: Session, entity: ClientEntity) -> None:
    """Replace the client's index entry (rowid = client id) within the caller's transaction."""
    session.flush()
    conn = session.connection()
    remove_entries(conn, [entity.id])
    write_entries(conn, [(entity.id, search_document(entity), entity.name_en)])


def remove(session: Session, client_id: int) -> None:
    remove_entries(session.connection(), [client_id])
