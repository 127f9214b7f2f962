"""Automatic backups: every 30 minutes when the book changed, and on close, on the worker."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from rmcoach.services.book import Book
from rmcoach.services.protection import backups
from ui.operations import Operations

DEFAULT_INTERVAL_MS = 30 * 60_000


class BackupScheduler(QObject):
    """Runs `backups.backup_if_changed` through the operations worker (never on the UI thread).

    Signals:
        backed_up(object): the BackupInfo of a backup just made (for the status bar).
        failed(object): the error; a damaged book is refused a backup and the RM must know.
    """

    backed_up = Signal(object)
    failed = Signal(object)

    def __init__(
        self, ops: Operations, interval_ms: int = DEFAULT_INTERVAL_MS, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._ops = ops
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.on_timeout)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Start the 30-minute rhythm; call when a book is open (again after unlocking)."""
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def on_timeout(self) -> None:
        self.backup_now("auto")

    def backup_now(self, reason: str = "auto") -> None:
        """Queue a backup (made only if the book changed since its newest backup)."""

        def work(book: Book) -> backups.BackupInfo | None:
            return backups.backup_if_changed(book, reason)

        self._ops.query(work, self._on_done, self.failed.emit)

    def on_close(self) -> None:
        """Before ops.shutdown(): the backup is queued, and shutdown waits for the queue."""
        self.stop()
        self.backup_now("close")

    def _on_done(self, info: backups.BackupInfo | None) -> None:
        if info is not None:
            self.backed_up.emit(info)
