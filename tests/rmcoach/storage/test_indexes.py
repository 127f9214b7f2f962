"""Secondary indexes: the migrations build every one, and a missing one is rebuilt on open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rmcoach.clock import FixedClock
from rmcoach.services.book import Book
from rmcoach.storage.indexes import deferred_indexes, missing_indexes, secondary_indexes


def index_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()
    return {name for (name,) in rows}


def test_the_migrations_build_every_declared_index(book: Book) -> None:
    with book.read() as conn:
        assert missing_indexes(conn) == []
    assert len(secondary_indexes()) > 20  # followups, meetings, clients, search keys...


def test_an_index_lost_by_an_interrupted_load_is_rebuilt_on_open(
    book_path: Path, clock: FixedClock
) -> None:
    Book.open(book_path, clock).close()
    with sqlite3.connect(book_path) as conn:
        conn.execute("DROP INDEX ix_followups_shows_on")
        conn.execute("DROP INDEX ix_clients_active_name")
    assert "ix_followups_shows_on" not in index_names(book_path)
    Book.open(book_path, clock).close()
    assert {"ix_followups_shows_on", "ix_clients_active_name"} <= index_names(book_path)


def test_deferred_indexes_come_back_even_when_the_load_fails(book: Book) -> None:
    before = index_names(book.path)
    kept = "ix_contacts_client"
    try:
        with deferred_indexes(book.engine, frozenset({kept})):
            during = index_names(book.path)
            raise RuntimeError("the load failed")
    except RuntimeError:
        pass
    assert kept in during and "ix_followups_shows_on" not in during
    assert index_names(book.path) == before
