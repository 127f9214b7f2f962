"""Shared fixtures: a fixed clock, a fresh book on disk, and a helper that adds a client."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from rmcoach.clock import FixedClock
from rmcoach.domain import ClientDraft, ClientRecord
from rmcoach.services.book import Book
from rmcoach.services.clients.records import add_client

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 29, 10, 0, tzinfo=SHANGHAI)

MakeClient = Callable[..., ClientRecord]


@pytest.fixture
def clock() -> FixedClock:
    """2026-11-29 10:00 in Shanghai; tests move it with clock.set()."""
    return FixedClock(NOW)


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    return tmp_path / "book.sqlite"


@pytest.fixture
def book(book_path: Path, clock: FixedClock) -> Iterator[Book]:
    """A new, empty book file under tmp_path, opened (and migrated) with the fixed clock."""
    opened = Book.open(book_path, clock=clock)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def make_client() -> MakeClient:
    """make_client(book, **fields) adds a client through the service and returns its record.

    A Chinese name is made up when neither name is given.
    """

    def make(book: Book, **fields: Any) -> ClientRecord:
        if not fields.get("name_zh") and not fields.get("name_en"):
            fields["name_zh"] = "测试客户"
        return add_client(book, ClientDraft(**fields)).client

    return make
