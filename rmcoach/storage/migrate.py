"""Bring a book to the current schema: Alembic, loaded only when a book needs migrating."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from rmcoach.storage.errors import (
    BookNotADatabaseError,
    BookTooNewError,
    MigrationError,
    classify_sqlite_error,
)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Every revision this app knows, oldest first. A test checks it against Alembic's scripts,
# so comparing the stored revision with HEAD needs no Alembic import (it costs ~550 ms).
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD_REVISION = KNOWN_REVISIONS[-1]


def stored_revision(path: Path) -> str | None:
    """The book's Alembic revision, or None for a new or empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(version[0]) if version else None
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or exc from exc
    finally:
        conn.close()


def needs_migration(path: Path) -> bool:
    revision = stored_revision(path)
    check_revision(revision, path)
    return revision != HEAD_REVISION


def check_revision(revision: str | None, path: Path) -> None:
    """Refuse a revision this app does not know: newer (a later number) or unknown.

    Our revision ids are numbers ("0006"); the next app's are larger numbers. Anything
    else ("zzz") was never written by RM Coach: the file was changed outside the app.
    """
    if revision is None or revision in KNOWN_REVISIONS:
        return
    if revision.isdigit() and int(revision) > int(HEAD_REVISION):
        raise BookTooNewError(
            f"this book was written by a newer RM Coach (schema {revision}); "
            "update the app to open it",
            path,
        )
    raise BookNotADatabaseError(
        f"the book's schema version {revision!r} is not one RM Coach has written: it was "
        f"changed outside the app; it was not opened or changed; restore a backup ({path})",
        path,
    )


def has_tables(path: Path) -> bool:
    """True when the file holds any table: a book, however its version row looks."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return (
            conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'").fetchone() is not None
        )
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or exc from exc
    finally:
        conn.close()


def unversioned(path: Path) -> MigrationError:
    """A book with tables and no version row: upgrading it blind could wreck it."""
    return MigrationError(
        "the book has no schema version (its alembic_version row is missing): it was changed "
        f"outside RM Coach, so it was not upgraded or changed; restore a backup ({path})",
        path,
    )


def upgrade(engine: Engine, path: Path) -> None:
    """Run every pending migration in ONE transaction: all applied, or the book untouched."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as exc:
        known = classify_sqlite_error(exc, path)
        if known is not None:
            raise known from exc
        cause = getattr(exc, "orig", None) or exc  # SQLAlchemy's text adds the SQL and a link
        reason = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
        raise MigrationError(
            f"the book could not be upgraded to schema {HEAD_REVISION} ({reason}); "
            f"it was left as it was ({path})",
            path,
        ) from exc
