"""A plain copy of an encrypted book, built in memory: a decrypt writes no plaintext scratch."""

from __future__ import annotations

import sqlite3
from typing import Any

# SQLite creates these itself (sqlite_sequence with the first AUTOINCREMENT table); their
# rows are copied, their CREATE statements cannot be run.
_INTERNAL = ("sqlite_sequence", "sqlite_stat1", "sqlite_stat4")
_BATCH = 5_000


def plain_image(source: Any) -> bytes:
    """The database behind a (SQLCipher) connection as the bytes of a plain SQLite file.

    `sqlcipher_export` can only write into a database SQLite opens by name, that is a file
    on disk: a decrypt killed half-way would leave that plaintext file behind. So the rows
    are copied into an in-memory database of the standard library's sqlite3 instead, whose
    image (`serialize`) is then written once, as the final file. It costs memory (about
    twice the book) and time (rows pass through Python), for a step the RM takes once.
    Virtual tables (the FTS5 search index) are created as such and their shadow tables
    refilled row for row, so the index is the same, not rebuilt.
    """
    target = sqlite3.connect(":memory:", isolation_level=None)
    try:
        schema = source.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        ).fetchall()
        # virtual tables first: each makes its shadow tables, which are then refilled
        schema.sort(key=lambda entry: not _is_virtual(entry[2]))
        later: list[str] = []
        target.execute("BEGIN")
        for kind, name, sql in schema:
            if kind != "table":
                later.append(sql)  # indexes, triggers and views once the rows are in
                continue
            if name.startswith("sqlite_"):
                continue
            exists = target.execute(
                "SELECT 1 FROM sqlite_master WHERE name = ?", (name,)
            ).fetchone()
            if exists:  # a shadow table its virtual table already made: refill it
                target.execute(f'DELETE FROM "{name}"')
            else:
                target.execute(sql)
            if not _is_virtual(sql):
                _copy_rows(source, target, name)
        for name in _INTERNAL:
            if _has_table(source, name):
                if not _has_table(target, name):
                    target.execute('ANALYZE "sqlite_master"')  # creates the stat tables
                target.execute(f'DELETE FROM "{name}"')
                _copy_rows(source, target, name)
        for sql in later:
            target.execute(sql)
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        target.execute(f"PRAGMA user_version = {version}")
        target.execute("COMMIT")
        return target.serialize()
    finally:
        target.close()


def _is_virtual(sql: str) -> bool:
    return sql.upper().startswith("CREATE VIRTUAL TABLE")


def _has_table(conn: Any, name: str) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    return found is not None


def _copy_rows(source: Any, target: sqlite3.Connection, name: str) -> None:
    """Every row with its rowid (an FTS index refers to rowids); generated columns skipped."""
    columns = [
        f'"{row[1]}"'
        for row in source.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
        if row[6] == 0  # 2, 3: generated columns, computed again by the copy
    ]
    listed = ", ".join(columns)
    try:
        rows = source.execute(f'SELECT rowid, {listed} FROM "{name}"')
        marks = ", ".join("?" * (1 + len(columns)))
        insert = f'INSERT INTO "{name}" (rowid, {listed}) VALUES ({marks})'
    except Exception as exc:  # a WITHOUT ROWID table has no rowid to keep
        if "rowid" not in str(exc):
            raise
        rows = source.execute(f'SELECT {listed} FROM "{name}"')
        insert = f'INSERT INTO "{name}" ({listed}) VALUES ({", ".join("?" * len(columns))})'
    while batch := rows.fetchmany(_BATCH):
        target.executemany(insert, batch)
