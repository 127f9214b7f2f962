"""The one way the UI touches the book: every call runs on one worker thread (Anki's taskman).

Results come back on the main thread through a queued signal. Never touch a widget inside
the function given to `query` or `op`; do that in the success callback. A write (`op`)
returns what it changed (OpChanges, or a result carrying them) and names its initiator, as
Anki's CollectionOp does, so the page that made a change need not reload for it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from rmcoach.domain import OpChanges, ReportsChanges, changes_of
from rmcoach.services.book import Book

log = logging.getLogger("rmcoach.ui.operations")

T = TypeVar("T")
W = TypeVar("W", bound=OpChanges | ReportsChanges)  # what a write returns


class NoBookOpenError(RuntimeError):
    """Work reached the worker while no book was open (early, or after the book locked)."""

    def __init__(self) -> None:
        super().__init__("no book is open")


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
        changed(OpChanges, object): a write changed the book, and who asked for it (the
            initiator given to `op`, or None); pages refresh what it names, except for
            their own changes, which they showed already.
        busy_changed(bool): work started or the queue drained (for a status indicator).
        submitted(str): a call was queued for the worker: "query", "op", "progress",
            "open" or "close" (what a screen costs is counted with it).
    """

    changed = Signal(object, object)
    busy_changed = Signal(bool)
    submitted = Signal(str)

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
        """Work that changes nothing on show (reads, exports): fn(book) on the worker,
        success(result) on the main thread."""
        self._submit("query", lambda: fn(self._the_book()), success, failure)

    def op(
        self,
        fn: Callable[[Book], W],
        success: Callable[[W], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        *,
        initiator: object | None = None,
    ) -> None:
        """A write: like query, then `changed` is emitted with what fn's result says it
        changed and the initiator (pass `initiator=self` to skip reloading for it)."""

        def done(result: W) -> None:
            if success is not None:
                success(result)
            changes = changes_of(result)
            if changes.changed_any:
                self.changed.emit(changes, initiator)

        self._submit("op", lambda: fn(self._the_book()), done, failure)

    def run_with_progress(
        self,
        fn: Callable[[Book, Callable[[int, int], None], Callable[[], bool]], T],
        progress: Callable[[int, int], None],
        success: Callable[[T], None],
        failure: Callable[[BaseException], None] | None = None,
    ) -> Callable[[], None]:
        """Long work with progress(done, total) on the main thread; returns a cancel().

        A result carrying changes (an import's report) is announced like an op's.
        """
        cancel_event = threading.Event()

        def report(done: int, total: int) -> None:
            self._bridge.deliver.emit(lambda: progress(done, total))

        def done(result: T) -> None:
            success(result)
            changes = getattr(result, "changes", None)  # reports that carry changes
            if isinstance(changes, OpChanges) and changes.changed_any:
                self.changed.emit(changes, None)

        self._submit(
            "progress", lambda: fn(self._the_book(), report, cancel_event.is_set), done, failure
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

        self._submit("open", swap, success, failure)

    def close_book(self, done: Callable[[None], None] | None = None) -> None:
        """Close and forget the book on the worker, after the work queued before (auto-lock)."""

        def close() -> None:
            previous, self.book = self.book, None
            if previous is not None:
                previous.close()

        self._submit("close", close, done or (lambda _none: None), None)

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

    def _the_book(self) -> Book:
        """The open book, read on the worker: an open queued before this call has run."""
        if self.book is None:
            raise NoBookOpenError
        return self.book

    def _submit(
        self,
        kind: str,
        work: Callable[[], T],
        success: Callable[[T], None],
        failure: Callable[[BaseException], None] | None,
    ) -> None:
        if self._closed:
            log.debug("operation after shutdown ignored")
            return
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self.submitted.emit(kind)
        future = self._executor.submit(work)

        def done(finished: Future[T]) -> None:
            self._bridge.deliver.emit(lambda: self._finish(finished, success, failure))

        future.add_done_callback(done)

    def _finish(
        self,
        future: Future[T],
        success: Callable[[T], None],
        failure: Callable[[BaseException], None] | None,
    ) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        error = future.exception()
        if error is not None:
            (failure or self._on_error)(error)
            return
        success(future.result())
