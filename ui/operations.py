"""The one way the UI touches the book: every call runs on one worker thread (Anki's taskman).

Results come back on the main thread through a queued signal. Never touch a widget inside
the function given to `query` or `op`; do that in the success callback.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from rmcoach.domain import OpChanges
from rmcoach.services.book import Book

log = logging.getLogger("rmcoach.ui.operations")

T = TypeVar("T")


class _MainThreadBridge(QObject):
    """Lives on the main thread; a callable emitted from the worker runs there."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def _run(self, fn: Callable[[], None]) -> None:
        fn()


class Operations(QObject):
    """Runs book work on a single background thread and reports back on the main thread.

    Signals:
        changed(OpChanges): a write changed the book; pages refresh what it names.
        busy_changed(bool): work started or the queue drained (for a status indicator).
    """

    changed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, on_error: Callable[[BaseException], None]) -> None:
        super().__init__()
        self.book: Book | None = None  # set and read only on the worker thread
        self._on_error = on_error
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="book-worker")
        self._bridge = _MainThreadBridge()
        self._pending = 0
        self._closed = False

    def query(
        self,
        fn: Callable[[Book], T],
        success: Callable[[T], None],
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Read-only work: fn(book) on the worker, success(result) on the main thread."""
        self._submit(fn, success, failure, report_changes=False)

    def op(
        self,
        fn: Callable[[Book], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """A write: like query, and afterwards `changed` is emitted with what it changed."""
        self._submit(fn, success or (lambda _result: None), failure, report_changes=True)

    def run_with_progress(
        self,
        fn: Callable[[Book, Callable[[int, int], None], Callable[[], bool]], T],
        progress: Callable[[int, int], None],
        success: Callable[[T], None],
        failure: Callable[[BaseException], None] | None = None,
    ) -> Callable[[], None]:
        """Long work with progress(done, total) on the main thread; returns a cancel()."""
        cancel_event = threading.Event()

        def report(done: int, total: int) -> None:
            self._bridge.deliver.emit(lambda: progress(done, total))

        self._submit(
            lambda book: fn(book, report, cancel_event.is_set),
            success,
            failure,
            report_changes=True,
        )
        return cancel_event.set

    def open_book(
        self,
        opener: Callable[[], Book],
        success: Callable[[Book], None],
        failure: Callable[[BaseException], None],
    ) -> None:
        """Open a book on the worker (it may need migrating) and use it for all later work.

        The previous book, if any, is closed on the worker after the queue before it ran.
        """

        def swap() -> Book:
            book = opener()
            previous, self.book = self.book, book
            if previous is not None:
                previous.close()
            return book

        self._submit(lambda _book: swap(), success, failure, report_changes=False, needs_book=False)

    def close_book(self, done: Callable[[None], None] | None = None) -> None:
        """Close and forget the book on the worker, after the work queued before (auto-lock)."""

        def close(_book: Book | None) -> None:
            previous, self.book = self.book, None
            if previous is not None:
                previous.close()

        self._submit(
            close, done or (lambda _none: None), None, report_changes=False, needs_book=False
        )

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Block until queued work has run (shutdown and tests); results still queue."""
        self._executor.submit(lambda: None).result(timeout)

    def shutdown(self) -> None:
        """Finish queued work, then stop the worker; later calls are ignored."""
        self._closed = True
        self._executor.shutdown(wait=True)
        if self.book is not None:
            self.book.close()
            self.book = None

    def report_error(self, error: BaseException) -> None:
        """Show an error the usual way (a dialog in the user's language)."""
        self._on_error(error)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _submit(
        self,
        fn: Callable[[Book], Any],
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None] | None,
        report_changes: bool,
        needs_book: bool = True,
    ) -> None:
        if self._closed:
            log.debug("operation after shutdown ignored")
            return
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def call() -> Any:
            # read the book on the worker: an open queued before this call has run by now
            book = self.book
            if needs_book and book is None:
                raise RuntimeError("no book is open")
            return fn(book)  # type: ignore[arg-type]

        future = self._executor.submit(call)

        def done(finished: Future[Any]) -> None:
            self._bridge.deliver.emit(
                lambda: self._finish(finished, success, failure, report_changes)
            )

        future.add_done_callback(done)

    def _finish(
        self,
        future: Future[Any],
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None] | None,
        report_changes: bool,
    ) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        error = future.exception()
        if error is not None:
            (failure or self._on_error)(error)
            return
        result = future.result()
        success(result)
        if report_changes:
            changes = _changes_of(result)
            if changes is not None:
                self.changed.emit(changes)


def _changes_of(result: object) -> OpChanges | None:
    if isinstance(result, OpChanges):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, OpChanges) else None
