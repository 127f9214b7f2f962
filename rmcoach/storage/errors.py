"""Book errors the user can act on, told apart from our own bugs (qutebrowser's misc/sql)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path


class BookError(Exception):
    """A problem with the book file that the user can act on; `code` keys the UI message."""

    code = "book_error"

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class BookTooNewError(BookError):
    code = "too_new"


class BookCorruptError(BookError):
    code = "corrupt"


class BookNotADatabaseError(BookError):
    code = "not_a_database"


class BookReadOnlyError(BookError):
    code = "read_only"


class BookDiskFullError(BookError):
    code = "disk_full"


class BookBusyError(BookError):
    code = "busy"


class MigrationError(BookError):
    code = "migration_failed"


class BookLockedError(BookError):
    """The book is encrypted and no passphrase (or key) was given."""

    code = "locked"


class WrongPassphraseError(BookLockedError):
    """The passphrase given does not open this encrypted book."""

    code = "wrong_passphrase"


class NoSoundBackupError(BookError):
    """No backup of this book passed its integrity check, so there is nothing to restore."""

    code = "no_backup"


def is_sqlite_error(exc: BaseException) -> bool:
    """True for errors of the sqlite3 module and of SQLCipher's twin (once it is loaded)."""
    if isinstance(exc, sqlite3.Error):
        return True
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return cipher is not None and isinstance(exc, cipher.Error)


def classify_sqlite_error(exc: BaseException, path: Path | None = None) -> BookError | None:
    """Turn a sqlite3 error caused by the user's environment into a BookError, else None."""
    inner: BaseException = getattr(exc, "orig", None) or exc
    if not is_sqlite_error(inner):
        return None
    text = str(inner).lower()
    where = f" ({path})" if path else ""
    if "file is not a database" in text or "file is encrypted" in text:
        return BookNotADatabaseError(f"this file is not an RM Coach book{where}", path)
    if "malformed" in text or "corrupt" in text:
        return BookCorruptError(f"the book is damaged{where}; restore a backup", path)
    if "readonly" in text or "read-only" in text:
        return BookReadOnlyError(f"the book cannot be written{where}; check its permissions", path)
    if "disk is full" in text or "database or disk is full" in text:
        return BookDiskFullError(f"the disk is full{where}; free some space and retry", path)
    if "locked" in text or "busy" in text:
        return BookBusyError(f"the book is in use by another program{where}", path)
    if "unable to open" in text:
        return BookReadOnlyError(f"the book cannot be opened{where}; check the path", path)
    return None


def describe_error(exc: BaseException) -> str:
    """One clear line for the CLI: the user's problem if we know it, else the bug's type."""
    if isinstance(exc, BookError):
        return str(exc)
    known = classify_sqlite_error(exc)
    if known is not None:
        return str(known)
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc)
    return f"unexpected error ({type(exc).__name__}): {exc}"
