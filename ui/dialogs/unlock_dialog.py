"""Unlock an encrypted book: the passphrase is checked on the worker; a wrong one is told."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from rmcoach.clock import Clock
from rmcoach.services.book import Book
from rmcoach.storage.errors import WrongPassphraseError
from ui.operations import Operations
from ui.widgets.form_errors import error_line


class UnlockDialog(QDialog):
    """Asks for the passphrase of an encrypted book and opens the book with it (through ops).

    A wrong passphrase keeps the dialog open with a message; any other failure (a damaged
    book, say) closes it and is handed on through `open_failed`.

    Signals:
        unlocked(object): the Book, opened and now ops' book.
        open_failed(object): the error when the book could not be opened for another reason.
        cancelled(): the RM closed the dialog without unlocking.
    """

    unlocked = Signal(object)
    open_failed = Signal(object)
    cancelled = Signal()

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
        self._busy = False
        self.setWindowTitle(self.tr("Unlock the book"))
        intro = QLabel(
            self.tr("The book “%1” is encrypted. Enter its passphrase to open it.").replace(
                "%1", path.stem
            )
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.message = error_line()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.unlock_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unlock_button.setText(self.tr("Unlock"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def accept(self) -> None:
        """Check the passphrase by opening the book on the worker; close only if it opens."""
        if self._busy:
            return
        text = self.passphrase.text()
        if not text:
            self._say(self.tr("Enter the passphrase."))
            return
        self._set_busy(True)
        self._say(self.tr("Checking the passphrase…"), error=False)
        path, clock = self._path, self._clock
        self._ops.open_book(
            lambda: Book.open(path, clock, passphrase=text), self._on_opened, self._on_failed
        )

    def reject(self) -> None:
        """Cancel, Escape or the close button: the book stays locked."""
        if self._busy:
            return
        self.passphrase.clear()
        self.cancelled.emit()
        super().reject()

    def _on_opened(self, book: Book) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.unlocked.emit(book)
        super().accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphraseError):
            self._say(self.tr("That passphrase does not open this book. Check it and try again."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.passphrase.clear()
        self.open_failed.emit(error)
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def _say(self, text: str, error: bool = True) -> None:
        self.message.setProperty("role", "error" if error else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()
