"""Writes demo batches on a second thread, each in one transaction, while the next is built.

Each table's rows go to SQLite as one JSON array, inserted by a single
`INSERT ... SELECT ... FROM json_each(?)`: one statement runs in C without holding the
GIL, so SQLite stores batch N while the caller builds batch N + 1 in Python (on 2 cores
that takes a third off a 50,000-client book). executemany could not move here: it takes
the GIL back for every row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from types import TracebackType

import orjson
from sqlalchemy import Connection, Engine, TableClause, func, select

from rmcoach.demo.base import Batch, Statement
from rmcoach.storage.errors import BookBusyError


class BookChangedError(BookBusyError):
    """Rows were added to the book while the demo was writing to it; the batches already
    written are kept (each is whole). A BookError: the CLI and the UI say it in one line."""


class BatchWriter:
    """Writes batches one after another, each while the caller builds the next.

    write() waits for the batch before, then starts this one; finish() waits for the
    last. on_committed(size) runs on the caller's thread, once per committed batch, and a
    batch's error is raised there too.
    """

    def __init__(self, engine: Engine, on_committed: Callable[[int], None]) -> None:
        self.engine = engine
        self.on_committed = on_committed
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="demo-writer")
        self.pending: tuple[Future[None], int] | None = None

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if kind is None:
                self.finish()
            elif self.pending is not None:  # failing already: let the batch end, quietly
                self.pending[0].exception()
        finally:
            self.executor.shutdown()

    def write(self, batch: Batch) -> None:
        self.finish()
        self.pending = (self.executor.submit(self._write, batch), batch.size)

    def finish(self) -> None:
        """Wait for the batch being written; its error, if any, is raised here."""
        if self.pending is not None:
            future, size = self.pending
            self.pending = None
            future.result()
            self.on_committed(size)

    def _write(self, batch: Batch) -> None:
        with self.engine.connect() as conn, _foreign_keys_unchecked(conn), conn.begin():
            for table, first in batch.first_ids.items():
                top = conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
                if top != first - 1:
                    raise BookChangedError(
                        f"another program wrote to the book ({table.name}) while the demo "
                        "was adding clients; the demo stopped, keeping the whole batches it "
                        "had added; run it again when nothing else writes to the book"
                    )
            for op in batch.ops:
                if isinstance(op, Statement):
                    conn.exec_driver_sql(op.sql, dict(op.params))
                elif op.rows:
                    # Serialising holds the GIL wherever it runs (SQLite then does not):
                    # orjson does it in 40% of json.dumps' time, 12 s -> 5 s at 50,000.
                    doc = orjson.dumps(op.rows).decode()
                    conn.exec_driver_sql(_json_insert(op.table, op.columns), (doc,))


@contextmanager
def _foreign_keys_unchecked(conn: Connection) -> Iterator[None]:
    """Foreign keys off on this connection for the batch, on again after it.

    The generator names every parent it refers to (test_demo checks each link), and the
    look-ups SQLite makes for 7.9 million child rows cost ~4 s of a 50,000-client book. The
    pragma only takes effect outside a transaction, so it goes round the BEGIN.
    """
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        driver.execute("PRAGMA foreign_keys = ON")  # a no-op inside a transaction, so:
        if driver.execute("PRAGMA foreign_keys").fetchone() != (1,):
            conn.invalidate()  # never back to the pool without its checks


def _json_insert(table: TableClause, columns: Sequence[str]) -> str:
    names = ", ".join(table.c[name].name for name in columns)
    # Materialized, each row's JSON is rendered once rather than once per column (wide
    # rows cost 3x more without); json_extract rather than ->> (SQLite 3.38, and Ubuntu
    # 22.04 has 3.37).
    values = ", ".join(f"json_extract(row, '$[{i}]')" for i in range(len(columns)))
    return (
        "WITH batch(row) AS MATERIALIZED (SELECT value FROM json_each(?))"
        f" INSERT INTO {table.name} ({names}) SELECT {values} FROM batch"
    )
