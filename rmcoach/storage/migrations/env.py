"""Alembic environment: runs on the connection (and transaction) the app hands it."""

from __future__ import annotations

from alembic import context

from rmcoach.storage.schema import EXPRESSION_INDEXES, Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a hand-run `alembic` command
    raise RuntimeError("run migrations through rmcoach.storage.migrate.upgrade()")


def include_object(obj: object, name: str | None, type_: str, *_args: object) -> bool:
    """Leave the FTS5 index (a virtual table and its shadow tables) and the indexes on an
    expression out of autogenerate."""
    if type_ == "index":
        return name not in EXPRESSION_INDEXES
    return not (type_ == "table" and name is not None and name.startswith("client_fts"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_object=include_object,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
