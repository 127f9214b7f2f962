"""The open book's life in the window: open, unlock, lock, restore, resume, sample book.

A mixin of MainWindow: it reads and sets the window's pages, operations and status, so the
window itself stays about layout and navigation. Its texts are translated in the context
"MainWindow", the class Qt sees at run time.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from rmcoach.meeting_domain import Meeting
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.meetings import playbooks
from rmcoach.services.meetings import records as meetings
from rmcoach.services.protection.backup_names import default_backup_dir, list_backups
from rmcoach.storage import crypto
from rmcoach.storage.errors import BookCorruptError, BookNotADatabaseError

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SAMPLE_CLIENTS = 300
SAMPLE_SEED = 7


class BookLifecycle:
    """Opening, locking and recovering the book; mixed into MainWindow."""

    def open_book(self: MainWindow, path: Path) -> None:
        """Open a book (off the UI thread) and show it; errors get a dialog, not a crash."""
        self.stack.setCurrentWidget(self.opening)
        if crypto.is_encrypted(path):
            self._ask_passphrase(path)
            return
        self.ops.open_book(
            lambda: Book.open(path, self.clock),
            lambda book: self._on_book_open(path, book),
            lambda error: self._on_open_failed(path, error),
        )

    def _ask_passphrase(self: MainWindow, path: Path) -> None:
        self.opening.setText(QCoreApplication.translate("MainWindow", "The book is locked."))
        from ui.dialogs.unlock_dialog import UnlockDialog  # dialogs load on first use

        dialog = UnlockDialog(path, self.ops, self.clock, self)
        dialog.unlocked.connect(lambda book: self._on_book_open(path, book))
        dialog.open_failed.connect(lambda error: self._on_open_failed(path, error))
        self.unlock_dialog = dialog
        dialog.open()

    def lock(self: MainWindow) -> None:
        """Idle too long: save what is typed, close the book, clear the screens, ask again."""
        path = self.book_path
        if path is None:
            return
        self.flush_meeting()  # queued before the close: nothing typed is lost
        self.reminders.stop()
        self.backup_scheduler.stop()
        if self.isFullScreen():
            self.set_meeting_fullscreen(False)
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.book_path = None
        self.search.clear()
        self.setWindowTitle("RM Coach")
        self.stack.setCurrentWidget(self.opening)
        self.opening.setText(QCoreApplication.translate("MainWindow", "The book is locked."))
        self.ops.close_book(lambda _none: self._ask_passphrase(path))

    def open_encryption(self: MainWindow) -> None:
        """Turn encryption on or off, or change the passphrase (from Settings)."""
        path = self.book_path
        if path is None:
            return
        from ui.dialogs.encryption_dialog import EncryptionDialog

        dialog = EncryptionDialog(path, self.ops, crypto.is_encrypted(path), self.clock, self)
        dialog.book_reopened.connect(lambda book: self._on_book_open(path, book))
        self.encryption_dialog = dialog
        dialog.open()

    def _on_book_open(self: MainWindow, path: Path, book: Book) -> None:
        self.book_path = path
        self.setWindowTitle(f"RM Coach — {path.stem}")
        self.backup_scheduler.start()
        if book.encrypted:
            self.auto_lock.start()
        else:
            self.auto_lock.stop()
        self.ops.query(
            lambda book: (
                clients.book_has_clients(book),
                book.get_setting("tier_names", {}),
                book.get_setting(playbooks.SETTING) or "",
            ),
            self._on_book_loaded,
        )

    def _on_book_loaded(self: MainWindow, result: tuple[bool, dict[str, str], str]) -> None:
        has_clients, tier_names, self.playbook_file = result
        self.tier_names.clear()
        self.tier_names.update(tier_names or {})
        if has_clients:
            self.clients_page.set_search_text(self.search.text())
            self.clients_page.reload()
            if self.start_at:  # --open: the clients page until that page is found
                self.show_clients()
            else:
                self.show_today()  # the start page (DESIGN.md); it loads itself when shown
        else:
            self.stack.setCurrentWidget(self.welcome)
        self.reminders.start()  # the digest once, then a check every minute
        self.book_ready.emit()
        if self.start_at:
            self._open_start_page(self.start_at)
            self.start_at = ""
        else:
            self.ops.query(meetings.live_meeting, self._offer_resume)

    def _open_start_page(self: MainWindow, what: str) -> None:
        """--open: start on a page (for a shortcut on the desktop, and for screenshots)."""
        kind, _, rest = what.partition(":")
        pages = {
            "meetings": self.show_meetings,
            "calendar": self.show_calendar,
            "today": self.show_today,
            "clients": self.show_clients,
            "insights": self.show_insights,
        }
        if kind in pages:
            pages[kind]()
        elif kind in ("client", "prepare") and rest:

            def found(client_id: int) -> None:
                if kind == "prepare":
                    self.prepare_meeting(client_id)
                else:
                    self.open_client(client_id)

            self.ops.query(lambda book: clients.find_client_id(book, rest), found)
        elif kind == "products":
            from ui.dialogs.product_catalogue import open_product_catalogue

            open_product_catalogue(self.ops, self)
        elif kind == "meeting" and rest:
            meeting_id, _, step = rest.partition(":")
            self.open_meeting(int(meeting_id), step or None)

    def _offer_resume(self: MainWindow, meeting: Meeting | None) -> None:
        """A meeting left in progress (the app or machine stopped): offer to carry on."""
        if meeting is None:
            return
        started = meeting.started_at.strftime("%H:%M") if meeting.started_at else ""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Resume the meeting?"),
            QCoreApplication.translate(
                "MainWindow",
                "Your meeting with %1 (started %2) was not wrapped up. Everything you "
                "recorded is kept. Carry on where you left off?",
            )
            .replace("%1", meeting.client_name)
            .replace("%2", started),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(
            QCoreApplication.translate("MainWindow", "Resume")
        )
        box.button(QMessageBox.StandardButton.No).setText(
            QCoreApplication.translate("MainWindow", "Later")
        )
        self.resume_box = box
        box.accepted.connect(lambda: self.open_meeting(meeting.id, "live"))
        box.open()

    def _on_open_failed(self: MainWindow, path: Path, error: BaseException) -> None:
        self.stack.setCurrentWidget(self.opening)
        self.opening.setText(QCoreApplication.translate("MainWindow", "No book is open."))
        damaged = isinstance(error, BookCorruptError) or (
            isinstance(error, BookNotADatabaseError)
            and bool(list_backups(default_backup_dir(path), path.stem))
        )
        if damaged:
            self.offer_restore(path)
        else:
            self.show_error(error)

    def offer_restore(self: MainWindow, path: Path) -> None:
        """A damaged book: offer the newest sound backup instead of a crash."""
        from ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(path, self.ops, self.clock, self)
        dialog.restored.connect(lambda book: self._on_book_open(path, book))
        self.restore_dialog = dialog
        dialog.open()

    def open_sample_book(self: MainWindow) -> None:
        """Create (once) and open the sample book: a separate file, never the RM's own."""
        path = self.sample_path
        if path.exists():
            self.open_book(path)
            return
        progress = QProgressDialog(
            QCoreApplication.translate("MainWindow", "Creating the sample book…"),
            QCoreApplication.translate("MainWindow", "Cancel"),
            0,
            SAMPLE_CLIENTS,
            self,
        )
        progress.setWindowTitle(QCoreApplication.translate("MainWindow", "Sample book"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        clock = self.clock

        def work(_book: Book, report: object, cancelled: object) -> bool:
            from rmcoach.demo.build import generate_demo_book

            sample = Book.open(path, clock)
            try:
                generate_demo_book(sample, SAMPLE_CLIENTS, SAMPLE_SEED, report, cancelled)  # type: ignore[arg-type]
                finished = not cancelled()  # type: ignore[operator]
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
            self.show_error(error)

        cancel = self.ops.run_with_progress(work, lambda d, t: progress.setValue(d), done, failed)
        progress.canceled.connect(cancel)
