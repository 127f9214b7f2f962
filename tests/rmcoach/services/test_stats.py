"""Book statistics, and the `demo` and `stats` commands as a user runs them."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from rmcoach.cli import cmd_demo, main
from rmcoach.demo import build as demo
from rmcoach.domain import Channel, ClientDraft, Holding, HouseholdMember
from rmcoach.services.book import Book
from rmcoach.services.clients.records import add_client, archive_clients, log_contact
from rmcoach.services.stats import book_stats

BASE_KEYS = {"clients", "archived", "holdings", "contacts", "household"}


def test_an_empty_book_counts_nothing(book: Book) -> None:
    stats = book_stats(book)
    assert stats.keys() >= BASE_KEYS
    assert all(value == 0 for value in stats.values())


def test_counts_follow_what_is_stored(book: Book) -> None:
    kept = add_client(
        book,
        ClientDraft(
            name_zh="王芳",
            holdings=(Holding(name="大额存单3年"), Holding(name="积存金")),
            household=(HouseholdMember(name="李强", relation="配偶"),),
        ),
    ).client
    gone = add_client(book, ClientDraft(name_zh="李娜", holdings=(Holding(name="积存金"),))).client
    add_client(book, ClientDraft(name_en="David Miller"))
    log_contact(book, kept.id, Channel.PHONE, "到期提醒")
    log_contact(book, gone.id, Channel.WECHAT)
    archive_clients(book, [gone.id])
    stats = book_stats(book)
    assert {k: stats[k] for k in BASE_KEYS} == {
        "clients": 2,
        "archived": 1,
        "holdings": 3,  # archived clients' rows are still in the book
        "contacts": 2,
        "household": 1,
    }


def cli(*args: str | Path) -> int:
    return main([str(a) for a in args])


def test_demo_then_stats_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "book.sqlite"
    assert cli("--db", path, "demo", "--clients", "300", "--seed", "7") == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "added 300 clients" in captured.err
    assert cli("--db", path, "stats") == 0
    first = capsys.readouterr().out
    assert cli("--db", path, "stats") == 0
    assert capsys.readouterr().out == first  # twice the same JSON
    stats = json.loads(first)
    assert stats["clients"] == 300 and stats["archived"] == 0
    assert stats["holdings"] > 0 and stats["contacts"] > 0 and stats["household"] > 0
    assert first == json.dumps(stats, sort_keys=True) + "\n"  # one object, sorted keys

    other = tmp_path / "other.sqlite"
    assert cli("--db", other, "demo", "--clients", "300") == 0  # the default seed is 7
    capsys.readouterr()
    assert cli("--db", other, "stats") == 0
    assert capsys.readouterr().out == first


@pytest.mark.parametrize("command", ["demo", "stats"])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    assert f"usage: python -m rmcoach {command}" in capsys.readouterr().out


def test_the_cli_limit_is_the_service_limit() -> None:
    assert cmd_demo.MAX_CLIENTS == demo.MAX_CLIENTS


@pytest.mark.parametrize("count", ["0", "1000001"])
def test_demo_refuses_a_bad_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], count: str
) -> None:
    assert cli("--db", tmp_path / "book.sqlite", "demo", "--clients", count) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "between 1 and 1,000,000" in err
    assert not (tmp_path / "book.sqlite").exists()  # checked before the book is touched


@pytest.fixture
def not_a_book(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text("this is a text file, not a database\n" * 10, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "a-folder"
    path.mkdir()
    return path


@pytest.fixture
def under_a_file(not_a_book: Path) -> Path:
    return not_a_book / "book.sqlite"


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("needs a POSIX user that file permissions apply to (not root)")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield folder / "book.sqlite"
    finally:
        folder.chmod(stat.S_IRWXU)


@pytest.fixture
def unwritable_place() -> Path:
    """A place no one may create files in, root included: Linux's /proc."""
    if not Path("/proc/self").is_dir():
        pytest.skip("needs Linux /proc")
    return Path("/proc/book.sqlite")


BAD_DBS = ["not_a_book", "folder", "under_a_file", "read_only_folder", "unwritable_place"]


@pytest.mark.parametrize("bad_db", BAD_DBS)
@pytest.mark.parametrize("command", [["stats"], ["demo", "--clients", "5"]])
def test_a_bad_db_is_one_clear_line(
    bad_db: str,
    command: list[str],
    request: pytest.FixtureRequest,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("RMCOACH_DEBUG", raising=False)
    path = request.getfixturevalue(bad_db)
    assert cli("--db", path, *command) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("rmcoach: ")
    assert "Traceback" not in captured.err


def test_a_folder_is_named_as_a_folder(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("--db", folder, "stats") != 0
    err = capsys.readouterr().err
    assert "unexpected error" not in err
    assert "is a folder" in err
