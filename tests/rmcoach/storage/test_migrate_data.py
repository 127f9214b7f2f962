"""Upgrading a book that holds data keeps every row: each migration from the one before."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from rmcoach.clock import FixedClock
from rmcoach.domain import ClientQuery
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.clients import search as client_search
from rmcoach.services.followups import records as followups
from rmcoach.storage import migrate
from rmcoach.storage.engine import create_book_engine


def book_at(path: Path, revision: str) -> None:
    """A book stopped at an older schema revision, as an older app would have left it."""
    engine = create_book_engine(path)
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


@pytest.mark.parametrize("older", migrate.KNOWN_REVISIONS[1:-1])
def test_upgrade_keeps_clients_and_their_children(
    tmp_path: Path, clock: FixedClock, older: str
) -> None:
    path = tmp_path / "old.sqlite"
    book_at(path, older)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO clients (id, name_zh, name_en, name_pinyin, name_initials, name_sort,"
            " birthday_lunar, mobile, phone_other, email, address, best_time_to_call, occupation,"
            " employer, personality, habits, concerns, mindset, tier, aum_fen, notes, created_at,"
            " updated_at) VALUES (1, '张三', '', 'zhangsan', 'zs', 'zhangsan', 0, '13800138000',"
            " '', '', '', '', '', '', '', '', '', '', 'vip', 100, '', '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00')"
        )
        conn.execute(
            "INSERT INTO client_fts(rowid, doc) VALUES (1, '张三 zhangsan zs 13800138000')"
        )
        if older >= "0005":  # as the app of that schema wrote it, beside the trigram entry
            conn.execute("INSERT INTO client_search_keys VALUES ('张', 1), ('三', 1)")
        conn.execute(
            "INSERT INTO holdings (client_id, name, product_type, amount_fen)"
            " VALUES (1, '理财', 'wealth', 5)"
        )
        conn.execute(
            "INSERT INTO followups (client_id, kind, title, notes, due_on, status, snoozed_until,"
            " outcome, created_at, updated_at) VALUES (1, 'call', '回访', '', '2026-12-01',"
            " 'snoozed', '2026-12-09', '', '2026-11-01 00:00:00', '2026-11-01 00:00:00')"
        )
    conn.close()
    book = Book.open(path, clock)
    try:
        assert migrate.stored_revision(path) == migrate.HEAD_REVISION
        record = clients.get_client(book, 1)
        assert record.draft.name_zh == "张三"
        assert [h.name for h in record.draft.holdings] == ["理财"]  # not cascaded away
        # keys derived by 0005 from the stored index documents, or written beside them
        for term in ("张", "张三"):
            found = client_search.search_clients(book, ClientQuery(text=term))
            assert [r.id for r in found.rows] == [1]
        # and the snoozed follow-up shows on the day it comes back, not on its due day
        shown = followups.followups_between(book, date(2026, 12, 1), date(2026, 12, 31))
        assert [f.shows_on for f in shown] == [date(2026, 12, 9)]
        assert followups.day_loads(book, date(2026, 12, 1), date(2026, 12, 31)).keys() == {
            date(2026, 12, 9)
        }
    finally:
        book.close()
