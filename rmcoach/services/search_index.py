"""Keep the trigram search index (client_fts) in step with a client's searchable fields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from rmcoach.storage.schema import ClientEntity

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


def reindex(session: Session, entity: ClientEntity) -> None:
    """Replace the client's index entry (rowid = client id) within the caller's transaction."""
    session.flush()
    session.execute(text("DELETE FROM client_fts WHERE rowid = :id"), {"id": entity.id})
    session.execute(
        text("INSERT INTO client_fts(rowid, doc) VALUES (:id, :doc)"),
        {"id": entity.id, "doc": search_document(entity)},
    )


def remove(session: Session, client_id: int) -> None:
    session.execute(text("DELETE FROM client_fts WHERE rowid = :id"), {"id": client_id})
