"""The book is damaged: offer to restore its newest sound backup (the damaged file is kept)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rmcoach.clock import Clock
from rmcoach.services.book import Book
from rmcoach.services.protection import backups
from rmcoach.services.protection.backup_names import default_backup_dir, list_backups
from rmcoach.storage.errors import BookError, NoSoundBackupError, WrongPassphraseError
from ui.labels import book_error_text
from ui.operations import Operations
from ui.widgets.form_errors import error_line


class RestoreDialog(QDialog):
    """Shown instead of a crash when the book cannot be opened because it is damaged.

    Restoring runs on the worker: each backup, newest first, is checked in full until a
    sound one is found; the damaged book is moved aside (never deleted); the restored book
    is opened and becomes ops' book.

    Signals:
        restored(object): the restored Book, open.
    """

    restored = Signal(object)

    def __init__(
        self,
        path: Path,
        ops: Operations,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._path = path
        self._ops = ops
        self._clock = clock
        self.result_info: backups.RestoreResult | None = None
        self.setWindowTitle(self.tr("The book is damaged"))
        found = list_backups(default_backup_dir(path), path.stem)
        self.has_backups = bool(found)
        if found:
            when = QLocale().toString(found[0].created, QLocale.FormatType.ShortFormat)
            damaged = self.tr("The book “%1” is damaged and cannot be opened.")
            offer = self.tr("Restore its newest sound backup (from %1)? The damaged file is kept.")
            text = damaged.replace("%1", path.stem) + "\n\n" + offer.replace("%1", when)
        else:
            text = self.tr("The book “%1” is damaged and there is no backup of it.").replace(
                "%1", path.stem
            )
        self.intro = QLabel(text)
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of the backup"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase of the backup"))
        self.passphrase.setVisible(any(b.encrypted for b in found))
        self.message = error_line()
        buttons = QDialogButtonBox.StandardButton.Cancel
        if found:
            buttons |= QDialogButtonBox.StandardButton.Ok
        self.buttons = QDialogButtonBox(buttons)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.restore_button is not None:
            self.restore_button.setText(self.tr("Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if not self.has_backups or not self.buttons.isEnabled():
            return
        path, clock, ops = self._path, self._clock, self._ops
        passphrase = self.passphrase.text() or None

        def work() -> Book:  # on the worker, where ops' book may be closed
            if ops.book is not None:
                ops.book.close()  # damage found while the book was open: let go of the file
            self.result_info = backups.restore_newest(path, passphrase, clock=clock)
            return Book.open(path, clock, passphrase=passphrase)

        self.buttons.setEnabled(False)
        self.message.hide()
        self._ops.open_book(work, self._on_restored, self._on_failed)

    def _on_restored(self, book: Book) -> None:
        self.buttons.setEnabled(True)
        self.restored.emit(book)
        super().accept()

    def _on_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, WrongPassphraseError):
            text = self.tr("That passphrase does not open the backups. Check it and try again.")
        elif isinstance(error, NoSoundBackupError):
            text = self.tr("None of the backups could be used: each one is damaged or locked.")
        elif isinstance(error, BookError):
            text = book_error_text(error)
        else:
            text = self.tr("Restoring failed: %1").replace("%1", f"{type(error).__name__}: {error}")
        self.message.setText(text)
        self.message.show()
