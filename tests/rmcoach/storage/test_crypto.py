"""Encryption at rest: an encrypted book, its WAL and its backups never show a client's name."""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from rmcoach.clock import FixedClock
from rmcoach.domain import Channel, ClientDraft, ClientQuery
from rmcoach.services.book import Book
from rmcoach.services.clients.records import add_client, log_contact
from rmcoach.services.clients.search import search_clients
from rmcoach.services.protection import backups
from rmcoach.services.protection.backup_names import default_backup_dir
from rmcoach.storage import crypto
from rmcoach.storage.errors import (
    BookLockedError,
    BookNotADatabaseError,
    WrongPassphraseError,
)
from tests.rmcoach.storage.old_books import make_old_book

PASSPHRASE = "春眠不觉晓 correct horse"
NAMES = ("欧阳娜娜", "Nana Ouyang", "13812345678", "喜欢打高尔夫")


def plaintext_hits(paths: list[Path]) -> list[str]:
    """'file: text' for every secret found in the files' bytes (UTF-8, and UTF-16 to be sure)."""
    hits = []
    for path in paths:
        data = path.read_bytes()
        for secret in NAMES:
            for encoding in ("utf-8", "utf-16-le"):
                if secret.encode(encoding) in data:
                    hits.append(f"{path.name}: {secret} ({encoding})")
    return hits


@pytest.fixture
def locked_path(tmp_path: Path, clock: FixedClock) -> Path:
    """A closed encrypted book holding one client."""
    path = tmp_path / "locked.sqlite"
    book = Book.open(path, clock, passphrase=PASSPHRASE)
    add_client(book, ClientDraft(name_zh="欧阳娜娜", name_en="Nana Ouyang", client_no="E1"))
    book.close()
    return path


def test_a_new_book_with_a_passphrase_is_encrypted_from_its_first_byte(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "book.sqlite"
    book = Book.open(path, clock, passphrase=PASSPHRASE)
    try:
        assert book.encrypted and crypto.is_encrypted(path)
        saved = add_client(
            book,
            ClientDraft(
                name_zh="欧阳娜娜",
                name_en="Nana Ouyang",
                mobile="13812345678",
                notes="喜欢打高尔夫",
            ),
        ).client
        log_contact(book, saved.id, Channel.PHONE, "喜欢打高尔夫")
        # the FTS index and the other indexes work as in a plain book
        found = search_clients(book, ClientQuery(text="欧阳"))
        assert [row.id for row in found.rows] == [saved.id]
        info = backups.backup(book)
        wal = Path(f"{path}-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the open book's WAL is checked too
        files = [path, wal, Path(f"{path}-shm"), info.path]
        assert plaintext_hits(files) == []
        assert info.encrypted and path.read_bytes()[:4] == crypto.MAGIC
    finally:
        book.close()
    # the test would see a name if one were stored in the clear
    assert plaintext_hits([path]) == []
    plain = tmp_path / "plain.sqlite"
    other = Book.open(plain, clock)
    add_client(other, ClientDraft(name_zh="欧阳娜娜", name_en="Nana Ouyang"))
    other.close()
    assert len(plaintext_hits([plain])) >= 2


def test_an_encrypted_book_needs_its_passphrase(locked_path: Path, clock: FixedClock) -> None:
    with pytest.raises(BookLockedError) as locked:
        Book.open(locked_path, clock)
    assert locked.value.code == "locked"
    assert "passphrase" in str(locked.value)
    with pytest.raises(WrongPassphraseError) as wrong:
        Book.open(locked_path, clock, passphrase="春眠不觉晓 wrong horse")
    assert wrong.value.code == "wrong_passphrase"
    assert "passphrase does not open this book" in str(wrong.value)
    assert "not a database" not in str(wrong.value)
    book = Book.open(locked_path, clock, passphrase=lambda: PASSPHRASE)
    try:
        assert [r.client_no for r in search_clients(book, ClientQuery()).rows] == ["E1"]
    finally:
        book.close()


def test_the_passphrase_is_normalised_before_the_key_is_derived(locked_path: Path) -> None:
    salt = crypto.read_salt(locked_path)
    composed = crypto.derive_key("café 密码", salt)
    decomposed = crypto.derive_key(unicodedata.normalize("NFD", "café 密码"), salt)
    assert composed.key == decomposed.key and len(composed.key) == crypto.KEY_BYTES
    assert crypto.derive_key("café 密码", crypto.new_salt()).key != composed.key
    assert composed.key.hex() not in repr(composed) and "hidden" in repr(composed)
    with pytest.raises(ValueError):
        crypto.derive_key("", salt)


def test_the_salt_lives_in_the_book_file_itself(locked_path: Path) -> None:
    salt = crypto.read_salt(locked_path)
    assert salt.startswith(crypto.MAGIC) and len(salt) == crypto.SALT_BYTES
    assert sorted(p.name for p in locked_path.parent.iterdir()) == ["locked.sqlite"]  # no sidecar
    assert crypto.unlock(locked_path, PASSPHRASE).salt == salt


def test_random_bytes_are_not_taken_for_an_encrypted_book(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "random.sqlite"
    path.write_bytes(os.urandom(8192))
    assert not crypto.is_encrypted(path)
    with pytest.raises(BookNotADatabaseError):
        Book.open(path, clock, passphrase=PASSPHRASE)


def test_a_flipped_byte_anywhere_in_an_encrypted_book_is_caught(locked_path: Path) -> None:
    key = crypto.unlock(locked_path, PASSPHRASE)
    assert backups.check(locked_path, key).ok
    size = locked_path.stat().st_size
    # any byte of any page but the first: each page carries an HMAC
    for offset in (4096 + 100, size // 2 + 7, size - 50):
        damaged = locked_path.with_name(f"damaged-{offset}.sqlite")
        data = bytearray(locked_path.read_bytes())
        data[offset] ^= 0x01
        damaged.write_bytes(bytes(data))
        verdict = backups.check(damaged, key)
        assert not verdict.ok, offset


def test_check_and_backup_of_an_encrypted_book_need_the_key(locked_path: Path) -> None:
    with pytest.raises(BookLockedError):
        backups.check(locked_path)
    with pytest.raises(BookLockedError):
        backups.backup_file(locked_path)
    key = crypto.unlock(locked_path, PASSPHRASE)
    info = backups.backup_file(locked_path, key=key)
    assert crypto.read_salt(info.path) == crypto.read_salt(locked_path)  # same passphrase
    assert backups.check(info.path, key).ok


def test_an_encrypted_book_is_migrated_and_backed_up_encrypted(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "old.sqlite"
    key = crypto.derive_key(PASSPHRASE, crypto.new_salt())
    make_old_book(path, "0002", "OLD1", key)
    assert crypto.is_encrypted(path)
    book = Book.open(path, clock, passphrase=PASSPHRASE)
    try:
        with book.read() as read:
            assert read.exec_driver_sql("SELECT count(*) FROM audit_log").scalar_one() == 0
            assert read.exec_driver_sql("SELECT client_no FROM clients").scalars().all() == ["OLD1"]
    finally:
        book.close()
    (saved,) = backups.list_backups(default_backup_dir(path))
    assert saved.reason == "before-upgrade" and saved.encrypted
    conn = crypto.connect(saved.path, key, read_only=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    finally:
        conn.close()


def test_plain_sqlite_cannot_read_an_encrypted_book(locked_path: Path) -> None:
    conn = sqlite3.connect(locked_path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM clients").fetchone()
    finally:
        conn.close()
