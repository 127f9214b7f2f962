"""Query-planner hints that keep a plan sound in a book SQLite has no statistics for."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import ColumnClause, ColumnElement, TableClause, literal_column
from sqlalchemy.sql.elements import KeyedColumnElement


def unindexed(column: KeyedColumnElement[Any]) -> ColumnElement[Any]:
    """The column written `+table.column`: the same value, but no index can serve a test on
    it (SQLite's documented way to steer the planner), so another condition's index leads.

    Why it is needed: with no ANALYZE statistics SQLite prefers an index that walks the
    whole table in sort order (clients by name, follow-ups by status) over a small set of
    matches it could look up and sort; at 50,000 clients that is 10x slower.
    """
    table = cast(ColumnClause[Any], column).table
    if not isinstance(table, TableClause):
        raise TypeError(f"{column!r} is not a table's column")
    return literal_column(f"+{table.name}.{column.key}", column.type)
