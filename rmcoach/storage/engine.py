"""The SQLite engine: WAL, synchronous=FULL, foreign keys, real transactions, SQLCipher."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from rmcoach.storage.crypto import BookKey, connect

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # NORMAL can lose the last commits on power loss
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


class _NoRows(logging.Filter):
    """SQLAlchemy logs each fetched row at DEBUG: that is client data, it never reaches a log.

    Statements (INFO) still can: with hide_parameters they carry placeholders, not values.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


_NO_ROWS = _NoRows()


def _keep_rows_out_of_logs() -> None:
    engine_logger = logging.getLogger("sqlalchemy.engine.Engine")
    if _NO_ROWS not in engine_logger.filters:
        engine_logger.addFilter(_NO_ROWS)


def create_book_engine(path: Path, key: BookKey | None = None) -> Engine:
    """An engine on the book file, using SQLAlchemy's documented pysqlite recipe.

    pysqlite's own transaction handling skips BEGIN before DDL, so a failed migration would
    leave a half-changed book. With isolation_level=None the driver stays out of it and we
    emit BEGIN IMMEDIATE ourselves: every transaction, DDL included, is all or nothing.

    With a key, connections come from SQLCipher (same API, same dialect) and are keyed
    before anything else runs. Statement parameters are client data: they are kept out of
    logs and out of error messages (hide_parameters).
    """
    _keep_rows_out_of_logs()
    common: dict[str, Any] = {
        "poolclass": QueuePool,
        "pool_size": 2,
        "max_overflow": 2,
        "hide_parameters": True,
    }
    if key is None:
        engine = create_engine(
            f"sqlite+pysqlite:///{path}", connect_args={"check_same_thread": False}, **common
        )
    else:
        from sqlcipher3 import dbapi2

        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: connect(path, key, check_same_thread=False),
            module=dbapi2,
            **common,
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def restrict_permissions(path: Path) -> None:
    """The book holds clients' personal data: owner read/write only (where POSIX allows)."""
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            os.chmod(candidate, 0o600)


def create_private_file(path: Path) -> bool:
    """Create an empty file readable by its owner only; False if it already existed.

    SQLite gives the -wal, -shm and journal files the mode of the database file, so a book
    born 0600 never has a moment, or a companion file, readable by others.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    os.close(fd)
    return True
