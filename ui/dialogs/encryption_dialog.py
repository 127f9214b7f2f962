"""Encryption settings: turn it on or off, or change the passphrase, with progress."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rmcoach.clock import Clock
from rmcoach.services.book import Book
from rmcoach.services.protection import encryption
from rmcoach.storage import crypto
from rmcoach.storage.errors import BookError, WrongPassphraseError
from ui.labels import book_error_text
from ui.operations import Operations
from ui.widgets.form_errors import error_line

MIN_CHARS = 8


class Change(StrEnum):
    ENCRYPT = "encrypt"
    DECRYPT = "decrypt"
    NEW_PASSPHRASE = "new_passphrase"


class EncryptionDialog(QDialog):
    """Converts the open book on the worker: close, back up, copy, verify, swap, reopen.

    Signals:
        book_reopened(object): the Book, reopened after the change (now ops' book).
        progress(int, int): steps done of all (emitted from the worker; queued to the UI).
    """

    book_reopened = Signal(object)
    progress = Signal(int, int)

    def __init__(
        self,
        path: Path,
        ops: Operations,
        encrypted: bool,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._path = path
        self._ops = ops
        self._clock = clock
        self._encrypted = encrypted
        self.setWindowTitle(self.tr("Encryption"))
        intro = QLabel(
            self.tr("This book is encrypted: it opens only with its passphrase.")
            if encrypted
            else self.tr("Encrypt this book so that it opens only with a passphrase.")
        )
        intro.setWordWrap(True)
        warning = QLabel(self.tr("A forgotten passphrase cannot be recovered by anyone."))
        warning.setProperty("role", "muted")
        warning.setWordWrap(True)
        self.change_button = QRadioButton(self.tr("Change the passphrase"))
        self.decrypt_button = QRadioButton(self.tr("Turn encryption off"))
        self.change_button.setChecked(True)
        self.current = self._password_field(self.tr("Current passphrase"))
        self.new = self._password_field(self.tr("New passphrase"))
        self.again = self._password_field(self.tr("New passphrase again"))
        form = QFormLayout()
        if encrypted:
            form.addRow(self.change_button)
            form.addRow(self.decrypt_button)
            form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("New passphrase again"), self.again)
        self.decrypt_button.toggled.connect(self._on_mode)
        self.message = error_line()
        self.bar = QProgressBar()
        self.bar.setRange(0, encryption.STEPS)
        self.bar.hide()
        self.progress.connect(self._on_progress)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    @property
    def change(self) -> Change:
        if not self._encrypted:
            return Change.ENCRYPT
        return Change.DECRYPT if self.decrypt_button.isChecked() else Change.NEW_PASSPHRASE

    def _on_mode(self) -> None:
        needs_new = self.change is not Change.DECRYPT
        self.new.setEnabled(needs_new)
        self.again.setEnabled(needs_new)

    def problem(self) -> str:
        """What is wrong with the fields, in the user's language; "" when they are fine."""
        change = self.change
        if change is not Change.ENCRYPT and not self.current.text():
            return self.tr("Enter the current passphrase.")
        if change is Change.DECRYPT:
            return ""
        if len(self.new.text()) < MIN_CHARS:
            return self.tr("The new passphrase needs at least 8 characters.")
        if self.new.text() != self.again.text():
            return self.tr("The two new passphrases differ.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self._say(problem)
            return
        self.message.hide()
        self.bar.setValue(0)
        self.bar.show()
        self._set_busy(True)
        change, path, clock = self.change, self._path, self._clock
        current, new = self.current.text(), self.new.text()
        report = self.progress.emit
        ops = self._ops

        def convert() -> Book:  # on the worker: ops.book is ours to close there
            key = crypto.unlock(path, current) if change is not Change.ENCRYPT else None
            if ops.book is not None:
                ops.book.close()
            if change is Change.ENCRYPT:
                key = encryption.encrypt_book(path, new, clock=clock, progress=report)
            elif change is Change.DECRYPT and key is not None:
                encryption.decrypt_book(path, key, clock=clock, progress=report)
                key = None
            elif key is not None:
                key = encryption.change_passphrase(path, key, new, clock=clock, progress=report)
            return Book.open(path, clock, key=key)

        ops.open_book(convert, self._on_done, self._on_failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _on_done(self, book: Book) -> None:
        self._set_busy(False)
        for field in (self.current, self.new, self.again):
            field.clear()
        self.book_reopened.emit(book)
        super().accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.bar.hide()
        if isinstance(error, WrongPassphraseError):
            self._say(self.tr("The current passphrase is not right. Nothing was changed."))
        elif isinstance(error, BookError):
            self._say(book_error_text(error))
        else:
            self._say(
                self.tr("The change failed; the book was left as it was. %1").replace(
                    "%1", f"{type(error).__name__}: {error}"
                )
            )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.current, self.new, self.again, self.ok_button):
            widget.setEnabled(not busy)
        self.change_button.setEnabled(not busy)
        self.decrypt_button.setEnabled(not busy)
        if not busy:
            self._on_mode()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
