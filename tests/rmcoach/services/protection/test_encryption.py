"""Encryption on and off, a new passphrase: backed up first, verified, all or nothing."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from rmcoach.cli import main as cli_main
from rmcoach.clock import FixedClock
from rmcoach.domain import ClientDraft, ClientQuery
from rmcoach.services.book import Book
from rmcoach.services.clients.records import add_client
from rmcoach.services.clients.search import search_clients
from rmcoach.services.protection import backups, encryption
from rmcoach.services.protection.backup_names import default_backup_dir
from rmcoach.storage import crypto
from rmcoach.storage.errors import BookBusyError, WrongPassphraseError

OLD = "旧的口令 old passphrase"
NEW = "新的口令 new passphrase"


def names(book: Book) -> list[str]:
    return [r.name_zh for r in search_clients(book, ClientQuery(text="张")).rows]


@pytest.fixture
def plain_path(book: Book) -> Path:
    for n, name in enumerate(("张伟", "张敏", "李娜"), 1):
        add_client(book, ClientDraft(name_zh=name, client_no=f"C{n}"))
    book.close()
    return book.path


def test_encrypt_then_decrypt_keeps_every_row_and_the_search_index(
    plain_path: Path, clock: FixedClock
) -> None:
    steps: list[tuple[int, int]] = []
    key = encryption.encrypt_book(
        plain_path, OLD, clock=clock, progress=lambda d, t: steps.append((d, t))
    )
    assert steps[0] == (0, encryption.STEPS) and steps[-1] == (encryption.STEPS, encryption.STEPS)
    assert crypto.is_encrypted(plain_path) and "张伟".encode() not in plain_path.read_bytes()
    if os.name == "posix":
        assert stat.S_IMODE(plain_path.stat().st_mode) == 0o600
    book = Book.open(plain_path, clock, passphrase=OLD)
    try:
        assert sorted(names(book)) == ["张伟", "张敏"]
    finally:
        book.close()
    encryption.decrypt_book(plain_path, key, clock=clock)
    assert not crypto.is_encrypted(plain_path)
    book = Book.open(plain_path, clock)
    try:
        assert sorted(names(book)) == ["张伟", "张敏"]
    finally:
        book.close()
    reasons = [b.reason for b in backups.list_backups(default_backup_dir(plain_path))]
    assert sorted(reasons) == ["before-decrypt", "before-encrypt"]
    assert sorted(p.name for p in plain_path.parent.iterdir() if p.name.startswith(".")) == []


def test_changing_the_passphrase_uses_a_new_salt(plain_path: Path, clock: FixedClock) -> None:
    old_key = encryption.encrypt_book(plain_path, OLD, clock=clock)
    new_key = encryption.change_passphrase(plain_path, old_key, NEW, clock=clock)
    assert crypto.read_salt(plain_path) == new_key.salt != old_key.salt
    with pytest.raises(WrongPassphraseError):
        Book.open(plain_path, clock, passphrase=OLD)
    book = Book.open(plain_path, clock, passphrase=NEW)
    try:
        assert sorted(names(book)) == ["张伟", "张敏"]
    finally:
        book.close()
    # the backup made before the change still opens with the old passphrase
    (before,) = [
        b
        for b in backups.list_backups(default_backup_dir(plain_path))
        if b.reason == "before-passphrase-change"
    ]
    assert backups.check(before.path, crypto.unlock(before.path, OLD)).ok


def test_a_book_in_use_is_not_converted(plain_path: Path, clock: FixedClock) -> None:
    book = Book.open(plain_path, clock)
    try:
        before = plain_path.read_bytes()
        with pytest.raises(BookBusyError):
            encryption.encrypt_book(plain_path, OLD, clock=clock)
        assert plain_path.read_bytes() == before and not crypto.is_encrypted(plain_path)
        assert sorted(names(book)) == ["张伟", "张敏"]
    finally:
        book.close()


def test_the_cli_encrypts_changes_and_decrypts(
    plain_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(plain_path)]
    monkeypatch.setenv("RMCOACH_PASSPHRASE", OLD)
    assert cli_main([*db, "encrypt"]) == 0
    assert crypto.is_encrypted(plain_path)
    assert cli_main([*db, "check"]) == 0
    monkeypatch.setenv("RMCOACH_NEW_PASSPHRASE", NEW)
    assert cli_main([*db, "change-passphrase"]) == 0
    assert cli_main([*db, "check"]) == 2  # RMCOACH_PASSPHRASE is the old one now
    assert "passphrase does not open this book" in capsys.readouterr().err
    monkeypatch.setenv("RMCOACH_PASSPHRASE", NEW)
    assert cli_main([*db, "decrypt"]) == 0
    assert not crypto.is_encrypted(plain_path)
    monkeypatch.delenv("RMCOACH_PASSPHRASE")
    assert cli_main([*db, "check"]) == 0
    assert cli_main([*db, "decrypt"]) == 1
    assert "not encrypted" in capsys.readouterr().err


def test_a_short_new_passphrase_is_refused(
    plain_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RMCOACH_NEW_PASSPHRASE", "short")
    assert cli_main(["--db", str(plain_path), "encrypt"]) == 2
    assert "at least 8 characters" in capsys.readouterr().err
    assert not crypto.is_encrypted(plain_path)


@pytest.mark.parametrize("damage", ["first page", "truncated"])
def test_a_damaged_encrypted_book_is_told_from_a_wrong_passphrase(
    plain_path: Path, clock: FixedClock, damage: str
) -> None:
    from rmcoach.storage.errors import BookCorruptError

    key = encryption.encrypt_book(plain_path, OLD, clock=clock)
    assert crypto.key_fits_pages(plain_path, key)  # SQLCipher's page format, as we read it
    other = crypto.derive_key(NEW, key.salt)
    assert not crypto.key_fits_pages(plain_path, other)
    newest = backups.backup_file(plain_path, key=key, clock=clock).path
    data = bytearray(plain_path.read_bytes())
    if damage == "first page":
        data[200:400] = bytes(200)
    else:
        del data[3000:]  # not even one whole page left
    plain_path.write_bytes(bytes(data))
    with pytest.raises(BookCorruptError) as raised:
        Book.open(plain_path, clock, passphrase=OLD)
    message = str(raised.value)
    assert "damaged" in message and "\n" not in message
    assert str(newest) in message  # the newest backup is offered
    if damage == "first page":
        assert "passphrase is right" in message
        with pytest.raises(WrongPassphraseError):  # a wrong passphrase is still called that
            Book.open(plain_path, clock, passphrase=NEW)
