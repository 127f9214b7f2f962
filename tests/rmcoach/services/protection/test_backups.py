"""Backups: written whole and private, thinned like Anki, checked, restored without loss."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from rmcoach.clock import FixedClock
from rmcoach.domain import ClientDraft
from rmcoach.services.book import Book
from rmcoach.services.clients.records import add_client
from rmcoach.services.protection import backups
from rmcoach.services.protection.backup_names import (
    BackupLimits,
    backup_name,
    default_backup_dir,
    list_backups,
    obsolete_backups,
    parse_name,
)
from rmcoach.storage import migrate
from rmcoach.storage.errors import (
    BookBusyError,
    BookCorruptError,
    NoSoundBackupError,
)
from tests.conftest import NOW, SHANGHAI
from tests.rmcoach.storage.old_books import make_old_book

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def client_nos(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT client_no FROM clients ORDER BY client_no")]
    finally:
        conn.close()


def flip_byte(path: Path, offset: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        value = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([value ^ 0xFF]))


def clients_page(path: Path) -> tuple[int, int]:
    """(file offset, size) of the clients table's root page, a leaf for a small book."""
    conn = sqlite3.connect(path)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'clients'").fetchone()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return (root[0] - 1) * size, size


@pytest.fixture
def filled(book: Book) -> Book:
    for n in range(1, 6):
        add_client(book, ClientDraft(name_zh=f"客户{n}", client_no=f"C{n:04d}"))
    return book


# -- making backups ---------------------------------------------------------------------------
@POSIX
def test_a_backup_is_one_private_file_named_by_time_and_reason(filled: Book) -> None:
    info = backups.backup(filled)
    folder = default_backup_dir(filled.path)
    assert info.path.parent == folder == filled.path.parent / "backups"
    assert info.path.name == "book-2026-11-29-100000-manual.sqlite"
    assert (info.reason, info.book_stem, info.encrypted) == ("manual", "book", False)
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name]  # no -wal, no .partial
    assert client_nos(info.path) == [f"C{n:04d}" for n in range(1, 6)]
    conn = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_backups_in_the_same_second_do_not_overwrite_each_other(filled: Book) -> None:
    first = backups.backup(filled)
    second = backups.backup(filled)
    before_import = backups.backup_before(filled, backups.BEFORE_IMPORT)
    assert first.path != second.path
    assert second.path.name == "book-2026-11-29-100000-manual-1.sqlite"
    assert before_import.path.name == "book-2026-11-29-100000-before-import.sqlite"
    listed = list_backups(default_backup_dir(filled.path), "book")
    assert {b.path for b in listed} == {first.path, second.path, before_import.path}


def test_a_backup_to_another_folder(filled: Book, tmp_path: Path) -> None:
    info = backups.backup(filled, tmp_path / "usb" / "rm")
    assert info.path.parent == tmp_path / "usb" / "rm"
    assert client_nos(info.path)[-1] == "C0005"


def test_a_damaged_book_is_not_backed_up_and_says_so(filled: Book) -> None:
    path = filled.path
    filled.close()
    offset, _size = clients_page(path)
    flip_byte(path, offset + 3)  # the page's cell count
    with pytest.raises(BookCorruptError) as raised:
        backups.backup_file(path)
    assert "damaged" in str(raised.value) and "not backed up" in str(raised.value)
    assert list_backups(default_backup_dir(path)) == []


def test_only_a_changed_book_gets_a_periodic_backup(filled: Book) -> None:
    first = backups.backup_if_changed(filled)
    assert first is not None and first.reason == "auto"
    assert backups.backup_if_changed(filled) is None  # nothing written since
    add_client(filled, ClientDraft(name_zh="新客户", client_no="C9999"))
    second = backups.backup_if_changed(filled, "close")
    assert second is not None and second.reason == "close"
    assert client_nos(second.path)[-1] == "C9999"


def test_a_book_is_backed_up_before_it_is_migrated(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "book.sqlite"
    make_old_book(path, "0002", "OLD1")
    Book.open(path, clock).close()
    assert migrate.stored_revision(path) == migrate.HEAD_REVISION
    (saved,) = list_backups(default_backup_dir(path))
    assert saved.reason == "before-upgrade"
    assert migrate.stored_revision(saved.path) == "0002"
    assert client_nos(saved.path) == ["OLD1"]


def test_a_new_book_is_not_backed_up(book: Book) -> None:
    assert not default_backup_dir(book.path).exists()


# -- thinning ----------------------------------------------------------------------------------
def at(day: str, hour: int = 0) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour)


def test_thinning_keeps_recent_then_daily_weekly_monthly() -> None:
    now = at("2026-11-29", 10)  # a Sunday
    limits = BackupLimits(daily=3, weekly=2, monthly=1)
    cases = [  # (backup time, removed?)
        (at("2026-11-29", 9), False),  # today: all kept
        (at("2026-11-29", 8), False),
        (at("2026-11-28", 20), False),  # yesterday: all kept
        (at("2026-11-28", 8), False),
        (at("2026-11-27", 18), False),  # daily 1 (the newest of its day)
        (at("2026-11-27", 6), True),  # same day as one kept
        (at("2026-11-25"), False),  # daily 2
        (at("2026-11-24"), False),  # daily 3: the daily budget is spent
        (at("2026-11-23"), True),  # Monday, same week (23-29) as the 24th
        (at("2026-11-22"), False),  # weekly 1: Sunday of the week 16-22
        (at("2026-11-20"), True),  # same week
        (at("2026-11-15"), False),  # weekly 2: week 9-15; the weekly budget is spent
        (at("2026-11-01"), True),  # same month as the 15th
        (at("2026-10-31"), False),  # monthly 1
        (at("2026-09-30"), True),  # every budget spent
        (at("2025-01-01"), True),
    ]
    named = [(f"b{i}", when) for i, (when, _removed) in enumerate(cases)]
    expected = [name for (name, _), (_, removed) in zip(named, cases, strict=True) if removed]
    assert obsolete_backups(reversed(named), now, limits) == expected  # input order is irrelevant


def test_a_year_of_daily_backups_thins_to_recent_12_10_and_9() -> None:
    now = at("2026-11-29", 10)
    named = [(f"b{i}", now - timedelta(days=i)) for i in range(400)]
    removed = set(obsolete_backups(named, now))
    kept = [(name, when) for name, when in named if name not in removed]
    assert len(kept) == 2 + 12 + 10 + 9  # today, yesterday, 12 daily, 10 weekly, 9 monthly
    assert [n for n, _ in kept[:14]] == [f"b{i}" for i in range(14)]
    weeks = {(w.date().toordinal() - 1) // 7 for _, w in kept[14:24]}
    months = {(w.year, w.month) for _, w in kept[24:]}
    assert len(weeks) == 10 and len(months) == 9
    assert obsolete_backups(kept, now) == []  # thinning again removes nothing more


def test_thinning_runs_after_each_backup_with_the_books_clock(
    book: Book, clock: FixedClock
) -> None:
    for days in range(40):
        clock.set(NOW - timedelta(days=40 - days))
        backups.backup(book, reason="auto")
    clock.set(NOW)
    backups.backup(book, reason="auto")
    names = [b.path.name for b in list_backups(default_backup_dir(book.path), "book")]
    assert names[0] == "book-2026-11-29-100000-auto.sqlite"
    # today and yesterday, 12 daily (27th to 16th), then the newest of each older week:
    # 15 Nov (Sunday), 8 Nov, 1 Nov and 25 Oct; the 40 days hold no older week to keep
    assert len(names) == 2 + 12 + 4
    assert names[-4:] == [
        f"book-2026-{d}-100000-auto.sqlite" for d in ("11-15", "11-08", "11-01", "10-25")
    ]


def test_of_backups_made_in_one_second_the_last_written_is_newest(
    book: Book, clock: FixedClock
) -> None:
    """The names tell seconds only (the clock is fixed here): a change made after a backup
    must not be measured against an older one of the same second."""
    made = [backups.backup(book, reason=r, thin=False) for r in ("auto", "close", "auto")]
    assert [p.path.name for p in made] == [
        "book-2026-11-29-100000-auto.sqlite",
        "book-2026-11-29-100000-close.sqlite",
        "book-2026-11-29-100000-auto-1.sqlite",
    ]
    for age, info in enumerate(reversed(made)):  # written in order, a second apart
        stamp = 1_800_000_000 - age
        os.utime(info.path, (stamp, stamp))
    listed = list_backups(default_backup_dir(book.path), "book")
    assert [b.path for b in listed] == [b.path for b in reversed(made)]


def test_backup_names_round_trip() -> None:
    when = datetime(2026, 11, 29, 9, 5, 7)
    name = backup_name("张三的客户-2025", when, "before-restore", 2)
    assert parse_name(name) == ("张三的客户-2025", when, "before-restore")
    assert parse_name("book.sqlite") is None
    assert parse_name("book-2026-11-29-100000-manual.sqlite.partial") is None
    with pytest.raises(ValueError):
        backup_name("book", when, "Before Restore")


# -- checking ----------------------------------------------------------------------------------
def test_check_passes_a_sound_book(filled: Book) -> None:
    filled.close()
    verdict = backups.check(filled.path)
    assert verdict.ok and verdict.message.endswith("is sound")


def test_check_catches_a_flipped_byte_in_a_table_page(filled: Book) -> None:
    path = filled.path
    filled.close()
    offset, size = clients_page(path)
    page = path.read_bytes()[offset : offset + size]
    # inside a row: one byte of a client number (its unique index no longer matches the row)
    flip_byte(path, offset + page.index(b"C0003") + 3)
    verdict = backups.check(path)
    assert not verdict.ok
    assert "damaged" in verdict.message and verdict.problems


def test_check_catches_a_flipped_byte_in_a_page_header(filled: Book) -> None:
    path = filled.path
    filled.close()
    offset, _size = clients_page(path)
    flip_byte(path, offset + 9)  # the first cell pointer
    assert not backups.check(path).ok
    assert not backups.check(path, quick=True).ok


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (os.urandom(8192), "not a database"),
        ("姓名,手机\n张三,13800138000\n".encode() * 40, "not a database"),
        (b"", "empty"),
    ],
    ids=["random bytes", "a csv file", "an empty file"],
)
def test_check_tells_a_file_that_is_not_a_book(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "book.sqlite"
    path.write_bytes(content)
    verdict = backups.check(path)
    assert not verdict.ok and words in verdict.message


def test_check_tells_a_database_that_is_not_a_book(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    verdict = backups.check(path)
    assert not verdict.ok and "not an RM Coach book" in verdict.message
    assert not backups.check(tmp_path / "missing.sqlite").ok


# -- restoring -----------------------------------------------------------------------------------
def test_restore_keeps_the_current_book_as_a_backup(filled: Book, clock: FixedClock) -> None:
    saved = backups.backup(filled)
    add_client(filled, ClientDraft(name_zh="之后", client_no="LATER"))
    path = filled.path
    filled.close()
    clock.set(NOW + timedelta(minutes=5))

    result = backups.restore(saved.path, path, clock=clock)
    assert client_nos(path) == [f"C{n:04d}" for n in range(1, 6)]
    assert result.safety_backup is not None and result.damaged_copy is None
    assert result.safety_backup.reason == "before-restore"
    assert "LATER" in client_nos(result.safety_backup.path)
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []
    reopened = Book.open(path, clock)
    reopened.close()


def test_a_damaged_backup_is_refused_and_the_book_left_alone(filled: Book) -> None:
    saved = backups.backup(filled)
    path = filled.path
    filled.close()
    offset, _size = clients_page(saved.path)
    flip_byte(saved.path, offset + 3)
    before = path.read_bytes()
    with pytest.raises(BookCorruptError) as raised:
        backups.restore(saved.path, path)
    assert "the book was not changed" in str(raised.value)
    assert path.read_bytes() == before


def test_a_book_in_use_is_not_replaced(filled: Book) -> None:
    saved = backups.backup(filled)
    with pytest.raises(BookBusyError):
        backups.restore(saved.path, filled.path)  # filled is still open
    assert client_nos(filled.path)[-1] == "C0005"


def test_a_damaged_book_is_moved_aside_and_the_newest_sound_backup_restored(
    filled: Book, clock: FixedClock
) -> None:
    good = backups.backup(filled)
    clock.set(NOW + timedelta(hours=1))
    bad = backups.backup(filled)
    path = filled.path
    filled.close()
    flip_byte(bad.path, clients_page(bad.path)[0] + 3)  # the newest backup is damaged too
    flip_byte(path, clients_page(path)[0] + 3)
    clock.set(NOW + timedelta(hours=2))

    result = backups.restore_newest(path, clock=clock)
    assert result.backup == good.path
    assert result.safety_backup is None
    assert result.damaged_copy == path.with_name("book.sqlite.damaged-20261129-120000")
    assert result.damaged_copy.exists()
    assert backups.check(path).ok
    assert client_nos(path)[-1] == "C0005"


def test_no_sound_backup_is_said_so(filled: Book) -> None:
    path = filled.path
    filled.close()
    with pytest.raises(NoSoundBackupError):
        backups.restore_newest(path)


def test_a_restored_copy_of_another_folder(filled: Book, tmp_path: Path) -> None:
    saved = backups.backup(filled)
    moved = tmp_path / "elsewhere.sqlite"
    shutil.copyfile(saved.path, moved)
    filled.close()
    target = tmp_path / "new" / "book.sqlite"
    result = backups.restore(moved, target, clock=FixedClock(datetime(2026, 1, 1, tzinfo=SHANGHAI)))
    assert result.safety_backup is None and client_nos(target)[0] == "C0001"
