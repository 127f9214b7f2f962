"""Creating and upgrading book files: schema in step with the models, all-or-nothing upgrades,
refusing files that are not books or are from a newer app, and the engine's pragmas."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from rmcoach.clock import FixedClock
from rmcoach.domain import ClientDraft, Tier
from rmcoach.services.book import Book
from rmcoach.services.clients.records import add_client, get_client
from rmcoach.storage import migrate
from rmcoach.storage.errors import (
    BookError,
    BookNotADatabaseError,
    BookTooNewError,
    MigrationError,
)
from rmcoach.storage.schema import EXPRESSION_INDEXES, Base


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def schema_of(path: Path) -> list[tuple[str, str, str, str | None]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        conn.close()


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def schema_differences(book: Book) -> list[object]:
    """Alembic's autogenerate comparison of the file with Base.metadata.

    The FTS5 table and its shadow tables are left out: metadata cannot describe virtual
    tables (schema.CLIENT_FTS_TABLE says so); their presence is checked on its own.
    """

    def include_name(name: str | None, type_: str, _parents: object) -> bool:
        if type_ == "index":
            return name not in EXPRESSION_INDEXES  # checked in assert_is_current_book
        return not (type_ == "table" and name is not None and name.startswith("client_fts"))

    with book.engine.connect() as conn:

        def include_object(_obj: object, name: str | None, type_: str, *_rest: object) -> bool:
            return not (type_ == "index" and name in EXPRESSION_INDEXES)

        opts = {"include_name": include_name, "include_object": include_object}
        context = MigrationContext.configure(conn, opts={**opts, "compare_type": True})
        with warnings.catch_warnings():  # Alembic says it skips them, as it should
            warnings.filterwarnings("ignore", "autogenerate skipping .* expression-based index")
            return list(compare_metadata(context, Base.metadata))


def assert_is_current_book(book: Book) -> None:
    assert migrate.stored_revision(book.path) == migrate.HEAD_REVISION
    assert schema_differences(book) == []
    fts = query(book.path, "SELECT sql FROM sqlite_master WHERE name = 'client_fts'")
    assert len(fts) == 1
    assert "VIRTUAL TABLE client_fts USING fts5" in str(fts[0][0])
    expression_indexes = query(
        book.path, "SELECT name, sql FROM sqlite_master WHERE name LIKE '%_nocase'"
    )
    assert {name for name, _ in expression_indexes} == EXPRESSION_INDEXES
    assert all("COLLATE NOCASE" in str(sql) for _, sql in expression_indexes)
    assert not migrate.needs_migration(book.path)


def test_a_new_book_from_an_empty_file(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "book.sqlite"
    path.touch()
    assert path.stat().st_size == 0
    assert migrate.needs_migration(path)
    book = Book.open(path, clock=clock)
    try:
        assert_is_current_book(book)
    finally:
        book.close()


def test_a_new_book_where_there_was_no_file(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "not" / "yet" / "there" / "book.sqlite"
    assert migrate.stored_revision(path) is None
    book = Book.open(path, clock=clock)
    try:
        assert path.is_file()
        assert_is_current_book(book)
    finally:
        book.close()


def test_reopening_a_current_book_keeps_its_clients(book_path: Path, clock: FixedClock) -> None:
    book = Book.open(book_path, clock=clock)
    saved = add_client(book, ClientDraft(name_zh="张三", tier=Tier.VIP)).client
    book.close()
    schema = schema_of(book_path)

    again = Book.open(book_path, clock=clock)
    try:
        assert get_client(again, saved.id) == saved
        assert schema_of(book_path) == schema
    finally:
        again.close()


def test_opening_a_current_book_does_not_import_alembic(book: Book) -> None:
    # Alembic costs ~550 ms at start-up; it is loaded only when a book needs migrating
    book.close()
    probe = (
        "import sys; from pathlib import Path; from rmcoach.services.book import Book; "
        f"Book.open(Path({str(book.path)!r})).close(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"


def test_known_revisions_match_the_migration_scripts() -> None:
    scripts = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
    history = [script.revision for script in scripts.walk_revisions()]  # newest first
    assert tuple(reversed(history)) == migrate.KNOWN_REVISIONS
    assert scripts.get_heads() == [migrate.HEAD_REVISION]
    assert migrate.KNOWN_REVISIONS[-1] == migrate.HEAD_REVISION


def test_connections_use_wal_full_sync_and_foreign_keys(book: Book) -> None:
    # two connections at once: every connection the pool makes, not only the first
    first = book.engine.raw_connection()
    second = book.engine.raw_connection()
    try:
        assert first.dbapi_connection is not second.dbapi_connection
        for conn in (first, second):
            cursor = conn.cursor()
            assert cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert cursor.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert cursor.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert cursor.execute("PRAGMA busy_timeout").fetchone()[0] > 0
            cursor.close()
    finally:
        first.close()
        second.close()


def test_a_book_from_a_newer_app_is_refused_untouched(book_path: Path, clock: FixedClock) -> None:
    Book.open(book_path, clock=clock).close()
    conn = sqlite3.connect(book_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = digest(book_path)
    around = files_in(book_path.parent)

    with pytest.raises(BookTooNewError) as raised:
        Book.open(book_path, clock=clock)
    assert raised.value.code == "too_new"
    assert "9999" in str(raised.value)
    assert raised.value.path == book_path
    assert digest(book_path) == before
    # a read-only look may leave SQLite's shared-memory index, but writes nothing
    wal = Path(f"{book_path}-wal")
    assert files_in(book_path.parent) - around <= {wal.name, f"{book_path.name}-shm"}
    assert not wal.exists() or wal.stat().st_size == 0
    assert query(book_path, "SELECT version_num FROM alembic_version") == [("9999",)]


def test_an_unknown_revision_is_not_called_newer(book_path: Path, clock: FixedClock) -> None:
    Book.open(book_path, clock=clock).close()
    conn = sqlite3.connect(book_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zzz'")
    conn.close()
    before = digest(book_path)
    with pytest.raises(BookError) as raised:
        Book.open(book_path, clock=clock)
    assert not isinstance(raised.value, BookTooNewError)
    assert "newer" not in str(raised.value) and "'zzz'" in str(raised.value)
    assert "changed outside the app" in str(raised.value)
    assert digest(book_path) == before


def test_a_book_without_its_version_row_is_refused_before_any_upgrade(
    book_path: Path, clock: FixedClock
) -> None:
    book = Book.open(book_path, clock=clock)
    add_client(book, ClientDraft(name_zh="张三"))
    book.close()
    conn = sqlite3.connect(book_path)
    with conn:
        conn.execute("DELETE FROM alembic_version")
    conn.close()
    before = digest(book_path)
    with pytest.raises(MigrationError) as raised:
        Book.open(book_path, clock=clock)
    message = str(raised.value)
    assert "\n" not in message and "no schema version" in message
    # no upgrade ran on it: not a byte changed, and so nothing to back up
    assert digest(book_path) == before
    assert query(book_path, "SELECT name_zh FROM clients") == [("张三",)]


BROKEN_MIGRATION = '''"""A migration that breaks half-way (test only)."""

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("reminders", sa.Column("id", sa.Integer(), primary_key=True))
    op.add_column("clients", sa.Column("nickname", sa.String(50), nullable=True))
    op.execute("INSERT INTO reminders (id) VALUES (1)")
    op.execute("UPDATE clients SET nickname = 'x'")
    op.execute("THIS IS NOT SQL")


def downgrade() -> None:
    pass
'''

FIXED_MIGRATION = BROKEN_MIGRATION.replace('    op.execute("THIS IS NOT SQL")\n', "")


def test_a_migration_failing_half_way_leaves_the_book_as_it_was(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "books" / "book.sqlite"
    book = Book.open(path, clock=clock)
    saved = add_client(book, ClientDraft(name_zh="张三", tags=("重点客户",))).client
    book.close()
    schema = schema_of(path)
    clients = query(path, "SELECT * FROM clients")
    head = migrate.HEAD_REVISION
    assert query(path, "SELECT version_num FROM alembic_version") == [(head,)]

    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", copy)
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*migrate.KNOWN_REVISIONS, "9001"))
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9001")
    broken = copy / "versions" / "9001_broken.py"
    broken.write_text(BROKEN_MIGRATION.replace("{head}", head), encoding="utf-8")

    with pytest.raises(MigrationError) as raised:
        Book.open(path, clock=clock)
    assert isinstance(raised.value, BookError)
    assert raised.value.code == "migration_failed"
    # one line, the cause first-hand (not SQLAlchemy's statement dump and link)
    message = str(raised.value)
    assert "\n" not in message and "[SQL:" not in message and "sqlalche.me" not in message
    assert message.startswith("the book could not be upgraded to schema 9001 (")
    assert "syntax error" in message and "it was left as it was" in message
    # nothing of the half-run migration is left: no new table, no new column, no new rows
    assert schema_of(path) == schema
    assert query(path, "SELECT version_num FROM alembic_version") == [(head,)]
    assert query(path, "SELECT * FROM clients") == clients
    assert query(path, "PRAGMA integrity_check") == [("ok",)]

    # with the script fixed, the retry goes through on the very same file
    broken.unlink()
    fixed = FIXED_MIGRATION.replace("{head}", head)
    (copy / "versions" / "9001_fixed.py").write_text(fixed, encoding="utf-8")
    book = Book.open(path, clock=clock)
    try:
        assert migrate.stored_revision(path) == "9001"
        assert query(path, "SELECT id FROM reminders") == [(1,)]
        assert query(path, "SELECT name_zh, nickname FROM clients") == [("张三", "x")]
        assert get_client(book, saved.id).draft.tags == ("重点客户",)
    finally:
        book.close()


def not_a_book_cases() -> list[tuple[str, bytes]]:
    rng = random.Random(20261129)
    return [
        ("random bytes", rng.randbytes(8192)),
        ("a few random bytes", rng.randbytes(37)),
        ("a text file", "姓名,手机\n张三,13800138000\n李娜,13912345678\n".encode() * 50),
        ("a short text file", b"hello"),
        ("a damaged header", b"SQLite format 3\x00" + rng.randbytes(4080)),
    ]


@pytest.mark.parametrize(
    ("content"), [c for _, c in not_a_book_cases()], ids=[n for n, _ in not_a_book_cases()]
)
def test_a_file_that_is_not_a_book_is_refused_untouched(
    tmp_path: Path, clock: FixedClock, content: bytes
) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes(content)
    around = files_in(tmp_path)

    with pytest.raises(BookError) as raised:
        Book.open(path, clock=clock)
    assert isinstance(raised.value, BookNotADatabaseError)
    assert path.read_bytes() == content
    assert files_in(tmp_path) == around


def test_random_bytes_are_reported_as_not_a_database(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "book.sqlite"
    path.write_bytes(random.Random(7).randbytes(4096))
    with pytest.raises(BookNotADatabaseError) as raised:
        Book.open(path, clock=clock)
    assert raised.value.code == "not_a_database"
    assert raised.value.path == path


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_book_is_readable_by_its_owner_only(book: Book) -> None:
    for candidate in (book.path, Path(f"{book.path}-wal"), Path(f"{book.path}-shm")):
        if candidate.exists():
            assert stat.S_IMODE(candidate.stat().st_mode) == 0o600, candidate.name
