"""An open book: the engine on one SQLite file, the clock, and book-level settings."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from rmcoach.clock import Clock, SystemClock
from rmcoach.domain import OpChanges
from rmcoach.storage import crypto, scratch
from rmcoach.storage.crypto import BookKey
from rmcoach.storage.engine import create_book_engine, create_private_file, restrict_permissions
from rmcoach.storage.errors import (
    BookCorruptError,
    BookError,
    BookLockedError,
    BookNotADatabaseError,
    BookReadOnlyError,
    classify_sqlite_error,
)
from rmcoach.storage.indexes import build_missing, missing_indexes
from rmcoach.storage.migrate import (
    HEAD_REVISION,
    check_revision,
    has_tables,
    needs_migration,
    stored_revision,
    unversioned,
    upgrade,
)
from rmcoach.storage.schema import BookSettingEntity

# A passphrase, or a function that asks for one; it is called only for an encrypted book.
Passphrase = str | Callable[[], str]


class Book:
    """One client book. Open with Book.open(); every service function takes it first."""

    def __init__(
        self, path: Path, engine: Engine, clock: Clock, key: BookKey | None = None
    ) -> None:
        self.path = path
        self.engine = engine
        self.clock = clock
        self.key = key  # the SQLCipher key of an encrypted book (backups need it), else None
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @classmethod
    def open(
        cls,
        path: Path,
        clock: Clock | None = None,
        passphrase: Passphrase | None = None,
        *,
        key: BookKey | None = None,
    ) -> Book:
        """Open (creating or migrating as needed) the book at path.

        An encrypted book needs its passphrase (or the key an unlock already derived); a
        passphrase given as a string for a new file creates an encrypted book; a plain book
        opens without one. A book that had a schema is backed up before it is migrated.

        Raises BookError subclasses for problems the user can act on: not a book, a book
        from a newer app, a damaged or unwritable file, a locked book or a wrong passphrase.
        """
        path = path.expanduser().resolve()
        if path.is_dir():
            raise BookNotADatabaseError(f"{path} is a folder, not an RM Coach book", path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BookError(f"cannot create the folder for the book: {exc}", path) from exc
        scratch.sweep(path)  # what a killed backup, restore or conversion left
        try:
            key = _book_key(path, passphrase, key)
        except BookCorruptError as exc:  # damaged, not a wrong passphrase: name the remedy
            raise BookCorruptError(f"{exc}{_newest_backup(path)}", path) from exc
        try:
            create_private_file(path)
        except PermissionError as exc:
            raise BookReadOnlyError(
                f"the book cannot be created ({path}); check the folder's permissions", path
            ) from exc
        except OSError as exc:
            raise BookError(f"cannot create the book: {exc}", path) from exc
        clock = clock or SystemClock()
        engine = create_book_engine(path, key)
        try:
            populated, pending = _pending_migration(path, engine, key)
            if pending:
                if populated:  # every book is backed up before any upgrade
                    from rmcoach.services.protection.backups import backup_file

                    backup_file(path, reason="before-upgrade", key=key, clock=clock)
                upgrade(engine, path)
            with engine.connect() as conn:  # fail now, clearly, rather than on first use
                conn.execute(text("SELECT count(*) FROM clients")).scalar_one()
                lacking = bool(missing_indexes(conn))
            if lacking:  # a bulk load was interrupted before it built them again
                with engine.begin() as conn:
                    build_missing(conn)
        except BookError:
            engine.dispose()
            raise
        except Exception as exc:
            engine.dispose()
            known = classify_sqlite_error(exc, path)
            if known is not None:
                raise known from exc
            raise
        restrict_permissions(path)
        return cls(path, engine, clock, key)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction: committed on success, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A Core connection for queries (lists use SQL, not ORM objects: 5x faster)."""
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def session(self) -> Iterator[Session]:
        """An ORM session for reading one record with its children."""
        with self._sessions() as session:
            yield session

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.read() as conn:
            raw = conn.execute(
                select(BookSettingEntity.value).where(BookSettingEntity.key == key)
            ).scalar_one_or_none()
        return default if raw is None else json.loads(raw)

    def set_setting(self, key: str, value: Any) -> OpChanges:
        payload = json.dumps(value, ensure_ascii=False)
        with self.write() as session:
            session.merge(BookSettingEntity(key=key, value=payload))
        return OpChanges(settings=True)


def _newest_backup(path: Path) -> str:
    from rmcoach.services.protection.backup_names import default_backup_dir, list_backups

    found = list_backups(default_backup_dir(path), path.stem)
    return f"; the newest backup is {found[0].path}" if found else ""


def _book_key(path: Path, passphrase: Passphrase | None, key: BookKey | None) -> BookKey | None:
    """The key to open the book with: None for a plain book, checked for an encrypted one."""
    if crypto.is_encrypted(path):
        if key is not None:
            crypto.verify_key(path, key)
            return key
        if passphrase is None:
            raise BookLockedError(
                f"this book is encrypted: its passphrase is needed to open it ({path})", path
            )
        given = passphrase() if callable(passphrase) else passphrase
        return crypto.unlock(path, given)
    is_new = not path.exists() or path.stat().st_size == 0
    if is_new and key is not None:
        return key
    if is_new and isinstance(passphrase, str):
        return crypto.derive_key(passphrase, crypto.new_salt())
    return None


def _pending_migration(path: Path, engine: Engine, key: BookKey | None) -> tuple[bool, bool]:
    """(whether the file had tables, whether it needs upgrading); refuses what it must.

    A book from a newer app, a revision RM Coach never wrote and a book whose version row
    is gone are refused before anything is written.
    """
    if key is None:
        pending = needs_migration(path)  # refuses a newer book before anything is written
        revision, populated = stored_revision(path), has_tables(path)
    else:
        with engine.connect() as conn:
            tables = set(
                conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
            )
            revision = (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
                if "alembic_version" in tables
                else None
            )
        populated = bool(tables)
        check_revision(revision, path)
        pending = revision != HEAD_REVISION
    if populated and revision is None:
        raise unversioned(path)
    return populated, pending
