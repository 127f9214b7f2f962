"""Books as an older schema left them, made by Alembic itself (for tests of upgrading)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config

from rmcoach.storage import migrate
from rmcoach.storage.crypto import BookKey
from rmcoach.storage.engine import create_book_engine


def make_old_book(path: Path, revision: str, client_no: str, key: BookKey | None = None) -> None:
    """A book at `revision` holding one client (raw SQL: the models are the newest schema)."""
    engine = create_book_engine(path, key)
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            values: dict[str, Any] = {"client_no": client_no, "name_zh": "老客户"}
            for _cid, name, kind, notnull, default, pk in conn.exec_driver_sql(
                "PRAGMA table_info(clients)"
            ):
                if notnull and default is None and not pk and name not in values:
                    values[name] = _filler(str(kind).upper())
            names = ", ".join(values)
            marks = ", ".join(f":{n}" for n in values)
            conn.exec_driver_sql(f"INSERT INTO clients ({names}) VALUES ({marks})", values)
    finally:
        engine.dispose()


def _filler(kind: str) -> object:
    if kind.startswith(("INT", "BOOL")):
        return 0
    if kind.startswith(("DATE", "TIME")):
        return "2026-01-01 00:00:00.000000"
    return ""
