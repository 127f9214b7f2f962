"""`backup`, `restore` and `check` on the command line: one clear line, the right exit code."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmcoach.cli import main as cli_main
from rmcoach.domain import ClientDraft
from rmcoach.services.book import Book
from rmcoach.services.clients.records import add_client
from rmcoach.services.protection.backup_names import default_backup_dir, list_backups
from rmcoach.storage import crypto


@pytest.fixture
def closed_book(book: Book) -> Path:
    add_client(book, ClientDraft(name_zh="张伟", client_no="C1"))
    book.close()
    return book.path


def test_backup_check_and_restore(
    closed_book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(closed_book)]
    assert cli_main([*db, "backup"]) == 0
    (made,) = list_backups(default_backup_dir(closed_book))
    assert f"to {made.path}" in capsys.readouterr().out
    assert cli_main([*db, "backup", "--to", str(tmp_path / "usb")]) == 0
    assert len(list_backups(tmp_path / "usb")) == 1

    assert cli_main([*db, "check"]) == 0
    assert "is sound" in capsys.readouterr().out
    assert cli_main([*db, "check", str(made.path)]) == 0

    book = Book.open(closed_book)
    add_client(book, ClientDraft(name_zh="李娜", client_no="C2"))
    book.close()
    capsys.readouterr()
    assert cli_main([*db, "restore", str(made.path)]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0] == f"restored {closed_book.resolve()} from {made.path}"
    assert "before-restore" in said[1]
    book = Book.open(closed_book)
    try:
        from rmcoach.services.clients.records import find_client_id

        find_client_id(book, "C1")
        with pytest.raises(LookupError):
            find_client_id(book, "C2")
    finally:
        book.close()


def test_check_fails_with_one_line_on_a_flipped_byte(
    closed_book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(closed_book.read_bytes())
    offset = data.index(b"C1", 4096)  # inside a table page (the clients row or its index)
    data[offset] ^= 0x20
    closed_book.write_bytes(bytes(data))
    assert cli_main(["--db", str(closed_book), "check"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("rmcoach: ") and "is damaged" in err and "\n" not in err


def test_check_on_a_file_that_is_not_a_book(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("张三,13800138000\n" * 300, encoding="utf-8")
    assert cli_main(["check", str(path)]) == 1
    assert "not a database" in capsys.readouterr().err
    assert cli_main(["--db", str(tmp_path / "none.sqlite"), "check"]) == 1
    assert cli_main(["--db", str(tmp_path / "none.sqlite"), "backup"]) == 2
    assert "there is no book" in capsys.readouterr().err


def test_restore_refuses_a_damaged_backup(
    closed_book: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "book-2026-11-29-100000-manual.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    before = closed_book.read_bytes()
    assert cli_main(["--db", str(closed_book), "restore", str(junk)]) == 2
    assert "cannot be restored" in capsys.readouterr().err
    assert closed_book.read_bytes() == before


def test_an_encrypted_book_is_backed_up_with_its_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "locked.sqlite"
    Book.open(path, passphrase="一二三四五六七八").close()
    db = ["--db", str(path)]
    monkeypatch.delenv("RMCOACH_PASSPHRASE", raising=False)
    assert cli_main([*db, "backup"]) == 2  # not a terminal, no passphrase: says what to do
    assert "RMCOACH_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("RMCOACH_PASSPHRASE", "一二三四五六七八")
    assert cli_main([*db, "backup"]) == 0
    (made,) = list_backups(default_backup_dir(path))
    assert made.encrypted and crypto.read_salt(made.path) == crypto.read_salt(path)
    assert "encrypted" in capsys.readouterr().out
    assert cli_main([*db, "restore", str(made.path)]) == 0
    assert "opens with the passphrase of that backup" in capsys.readouterr().out


def test_check_help_says_what_it_cannot_see_in_a_plain_book(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        cli_main(["check", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "cannot see" in said and "changed byte inside a text or number value" in said
    assert "SQLite keeps no checksums" in said and "(`encrypt`) authenticates every page" in said
