"""An open book: the engine on one SQLite file, the clock, and book-level settings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from rmcoach.clock import Clock, SystemClock
from rmcoach.storage.engine import create_book_engine, restrict_permissions
from rmcoach.storage.errors import BookError, BookNotADatabaseError, classify_sqlite_error
from rmcoach.storage.migrate import needs_migration, upgrade
from rmcoach.storage.schema import BookSettingEntity


class Book:
    """One client book. Open with Book.open(); every service function takes it first."""

    def __init__(self, path: Path, engine: Engine, clock: Clock) -> None:
        self.path = path
        self.engine = engine
        self.clock = clock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path, clock: Clock | None = None) -> Book:
        """Open (creating or migrating as needed) the book at path.

        Raises BookError subclasses for problems the user can act on: not a book, a book
        from a newer app, a damaged or unwritable file.
        """
        path = path.expanduser().resolve()
        if path.is_dir():
            raise BookNotADatabaseError(f"{path} is a folder, not an RM Coach book", path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BookError(f"cannot create the folder for the book: {exc}", path) from exc
        engine = create_book_engine(path)
        try:
            if needs_migration(path):
                upgrade(engine, path)
            with engine.connect() as conn:  # fail now, clearly, rather than on first use
                conn.execute(text("SELECT count(*) FROM clients")).scalar_one()
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
        return cls(path, engine, clock or SystemClock())

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

    def set_setting(self, key: str, value: Any) -> None:
        payload = json.dumps(value, ensure_ascii=False)
        with self.write() as session:
            session.merge(BookSettingEntity(key=key, value=payload))
