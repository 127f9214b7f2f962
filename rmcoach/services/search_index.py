"""Keep the trigram search index (client_fts) in step with a client's searchable fields."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from rmcoach.storage.schema import ClientEntity


def search_document(entity: ClientEntity) -> str:
    """Everything a search for this client may name, space separated."""
    digits = [p for p in (entity.mobile, entity.phone_other) if p]
    tags = [t.value for t in entity.tags]
    parts = [
        entity.name_zh,
        entity.name_en,
        entity.name_pinyin,
        entity.name_initials,
        entity.client_no or "",
        *digits,
        *tags,
        entity.occupation,
        entity.employer,
    ]
    return " ".join(p for p in parts if p)


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
