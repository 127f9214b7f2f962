"""The book, its WAL and SHM, restored books and backups are readable by their owner only."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from rmcoach.clock import FixedClock
from rmcoach.domain import ClientDraft
from rmcoach.services.book import Book
from rmcoach.services.clients.records import add_client
from rmcoach.services.protection import backups

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def lax_umask() -> Iterator[None]:
    """The usual desktop umask: files would be world-readable unless we see to it."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def modes(path: Path) -> dict[str, int]:
    return {
        p.name: stat.S_IMODE(p.stat().st_mode)
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"))
        if p.exists()
    }


@pytest.mark.parametrize("passphrase", [None, "一二三四五六七八"], ids=["plain", "encrypted"])
def test_a_new_book_and_its_wal_and_shm_are_private_from_the_start(
    tmp_path: Path, clock: FixedClock, passphrase: str | None
) -> None:
    path = tmp_path / "book.sqlite"
    book = Book.open(path, clock, passphrase=passphrase)
    try:
        add_client(book, ClientDraft(name_zh="张伟"))
        seen = modes(path)
        assert set(seen) == {"book.sqlite", "book.sqlite-wal", "book.sqlite-shm"}
        assert set(seen.values()) == {0o600}, seen
        info = backups.backup(book)
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    finally:
        book.close()
    restored = tmp_path / "restored" / "book.sqlite"
    backups.restore(info.path, restored, key=book.key)
    assert set(modes(restored).values()) == {0o600}
