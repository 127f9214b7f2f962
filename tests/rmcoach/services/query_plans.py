"""Record SQLite's query plan of every SELECT a service runs, to test the plan's shape."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from rmcoach.services.book import Book


@contextmanager
def query_plans(book: Book) -> Iterator[list[str]]:
    """Each SELECT's plan as one line, its steps joined by ' | ', in the order run."""
    plans: list[str] = []

    def explain(
        conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool
    ) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")) and not many:
            steps = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            plans.append(" | ".join(str(step[3]) for step in steps))

    event.listen(book.engine, "before_cursor_execute", explain)
    try:
        yield plans
    finally:
        event.remove(book.engine, "before_cursor_execute", explain)
