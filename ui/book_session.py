"""The open book's life: open, unlock, lock, restore, resume a meeting, the sample book.

The window owns one BookSession and follows it through signals; the session knows the
book, its protection (auto-lock, backups) and the dialogs that recover it, nothing of the
window's pages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from rmcoach.clock import Clock
from rmcoach.meeting_domain import Meeting
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.meetings import playbooks
from rmcoach.services.meetings import records as meetings
from rmcoach.services.protection.backup_names import default_backup_dir, list_backups
from rmcoach.storage import crypto
from rmcoach.storage.errors import BookCorruptError, BookNotADatabaseError
from ui.auto_lock import AutoLock
from ui.backup_scheduler import BackupScheduler
from ui.operations import Operations

SAMPLE_CLIENTS = 300
SAMPLE_SEED = 7


class BookSession(QObject):
    """Opening, locking and recovering the book the window shows.

    Signals:
        waiting(str): no book on show; say this (opening, locked, none open) meanwhile.
        opened(Path): a book is open; its first facts are being read.
        loaded(bool): the first facts are read (tier names, playbook); True when the
            book has clients, False for a new, empty one.
        closing(): the book is about to lock: save what is typed, clear the screens.
        resume_requested(int): the RM chose to carry on with this live meeting.
        status(str): a short message for the status bar.

    Attributes:
        path: the open book's file, or None. tier_names: the book's own tier names (one
        dict, shared with the pages that show tiers). playbook_file: the book's own
        playbook file, "" for the default.
    """

    waiting = Signal(str)
    opened = Signal(object)
    loaded = Signal(bool)
    closing = Signal()
    resume_requested = Signal(int)
    status = Signal(str)

    def __init__(
        self,
        ops: Operations,
        window: QWidget,
        sample_path: Path,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(window)
        self.ops = ops
        self.clock = clock
        self.sample_path = sample_path
        self.path: Path | None = None
        self.tier_names: dict[str, str] = {}
        self.playbook_file = ""
        self._window = window  # the parent of the session's dialogs
        self.backup_scheduler = BackupScheduler(ops, parent=self)
        self.backup_scheduler.failed.connect(ops.report_error)
        self.backup_scheduler.backed_up.connect(
            lambda _info: self.status.emit(self.tr("The book was backed up."))
        )
        self.auto_lock = AutoLock(parent=self)  # 5 minutes of no input, then the book locks
        self.auto_lock.lock_requested.connect(self.lock)
        self.unlock_dialog: QDialog | None = None
        self.restore_dialog: QDialog | None = None
        self.encryption_dialog: QDialog | None = None
        self.resume_box: QMessageBox | None = None

    @property
    def is_open(self) -> bool:
        return self.path is not None

    def open_book(self, path: Path) -> None:
        """Open a book (off the UI thread) and show it; errors get a dialog, not a crash."""
        self.waiting.emit(self.tr("Opening the book…"))
        if crypto.is_encrypted(path):
            self._ask_passphrase(path)
            return
        self.ops.open_book(
            lambda: Book.open(path, self.clock),
            lambda book: self._on_book_open(path, book),
            lambda error: self._on_open_failed(path, error),
        )

    def _ask_passphrase(self, path: Path) -> None:
        self.waiting.emit(self.tr("The book is locked."))
        from ui.dialogs.unlock_dialog import UnlockDialog  # dialogs load on first use

        dialog = UnlockDialog(path, self.ops, self.clock, self._window)
        dialog.unlocked.connect(lambda book: self._on_book_open(path, book))
        dialog.open_failed.connect(lambda error: self._on_open_failed(path, error))
        self.unlock_dialog = dialog
        dialog.open()

    def lock(self) -> None:
        """Idle too long: save what is typed, close the book, clear the screens, ask again."""
        path = self.path
        if path is None:
            return
        self.closing.emit()  # the window saves what is typed: queued before the close
        self.backup_scheduler.stop()
        for dialog in self._window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.path = None
        self.waiting.emit(self.tr("The book is locked."))
        self.ops.close_book(lambda _none: self._ask_passphrase(path))

    def close(self) -> None:
        """The window closes: stop the timers; the last backup is queued before shutdown."""
        self.auto_lock.stop()
        self.backup_scheduler.on_close()

    def open_encryption(self) -> None:
        """Turn encryption on or off, or change the passphrase (from Settings)."""
        path = self.path
        if path is None:
            return
        from ui.dialogs.encryption_dialog import EncryptionDialog

        dialog = EncryptionDialog(
            path, self.ops, crypto.is_encrypted(path), self.clock, self._window
        )
        dialog.book_reopened.connect(lambda book: self._on_book_open(path, book))
        self.encryption_dialog = dialog
        dialog.open()

    def _on_book_open(self, path: Path, book: Book) -> None:
        self.path = path
        self.backup_scheduler.start()
        if book.encrypted:
            self.auto_lock.start()
        else:
            self.auto_lock.stop()
        self.opened.emit(path)
        self.ops.query(
            lambda book: (
                clients.book_has_clients(book),
                book.get_setting("tier_names", {}),
                book.get_setting(playbooks.SETTING) or "",
            ),
            self._on_book_loaded,
        )

    def _on_book_loaded(self, result: tuple[bool, dict[str, str], str]) -> None:
        has_clients, tier_names, self.playbook_file = result
        self.tier_names.clear()
        self.tier_names.update(tier_names or {})
        self.loaded.emit(has_clients)

    def offer_resume(self) -> None:
        """A meeting left in progress (the app or machine stopped): offer to carry on."""
        self.ops.query(meetings.live_meeting, self._offer_resume)

    def _offer_resume(self, meeting: Meeting | None) -> None:
        if meeting is None:
            return
        started = meeting.started_at.strftime("%H:%M") if meeting.started_at else ""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Resume the meeting?"),
            self.tr(
                "Your meeting with %1 (started %2) was not wrapped up. Everything you "
                "recorded is kept. Carry on where you left off?"
            )
            .replace("%1", meeting.client_name)
            .replace("%2", started),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Resume"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Later"))
        self.resume_box = box
        box.accepted.connect(lambda: self.resume_requested.emit(meeting.id))
        box.open()

    def _on_open_failed(self, path: Path, error: BaseException) -> None:
        self.waiting.emit(self.tr("No book is open."))
        damaged = isinstance(error, BookCorruptError) or (
            isinstance(error, BookNotADatabaseError)
            and bool(list_backups(default_backup_dir(path), path.stem))
        )
        if damaged:
            self.offer_restore(path)
        else:
            self.ops.report_error(error)

    def offer_restore(self, path: Path) -> None:
        """A damaged book: offer the newest sound backup instead of a crash."""
        from ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(path, self.ops, self.clock, self._window)
        dialog.restored.connect(lambda book: self._on_book_open(path, book))
        self.restore_dialog = dialog
        dialog.open()

    def open_sample_book(self) -> None:
        """Create (once) and open the sample book: a separate file, never the RM's own."""
        path = self.sample_path
        if path.exists():
            self.open_book(path)
            return
        progress = QProgressDialog(
            self.tr("Creating the sample book…"),
            self.tr("Cancel"),
            0,
            SAMPLE_CLIENTS,
            self._window,
        )
        progress.setWindowTitle(self.tr("Sample book"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        clock = self.clock

        def work(
            _book: Book, report: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> bool:
            from rmcoach.demo.build import generate_demo_book

            sample = Book.open(path, clock)
            try:
                generate_demo_book(sample, SAMPLE_CLIENTS, SAMPLE_SEED, report, cancelled)
                finished = not cancelled()
            finally:
                sample.close()
            if not finished:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            return finished

        def done(finished: bool) -> None:
            progress.close()
            if finished:
                self.open_book(path)

        def failed(error: BaseException) -> None:
            progress.close()
            self.ops.report_error(error)

        cancel = self.ops.run_with_progress(work, lambda d, t: progress.setValue(d), done, failed)
        progress.canceled.connect(cancel)
