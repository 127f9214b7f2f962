"""The SQLite engine: WAL, synchronous=FULL, foreign keys, and real transactions."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # NORMAL can lose the last commits on power loss
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


def create_book_engine(path: Path) -> Engine:
    """An engine on the book file, using SQLAlchemy's documented pysqlite recipe.

    pysqlite's own transaction handling skips BEGIN before DDL, so a failed migration would
    leave a half-changed book. With isolation_level=None the driver stays out of it and we
    emit BEGIN IMMEDIATE ourselves: every transaction, DDL included, is all or nothing.
    """
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        connect_args={"check_same_thread": False},
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
