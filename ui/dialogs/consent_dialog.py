"""Record a consent the client gave: what for (a preset or the form's own words) and when."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rmcoach.domain import OpChanges
from rmcoach.services.book import Book
from rmcoach.services.protection import consents
from rmcoach.services.protection.consents import SCOPES
from rmcoach.validation import FieldError, ValidationError, parse_date
from ui.formatting import plain_date
from ui.i18n import current_language
from ui.labels import field_error_text
from ui.operations import Operations
from ui.widgets.form_errors import error_line, save_cancel


def scope_label(scope: str) -> str:
    """A preset scope's name in the user's language; any other scope as it was written."""
    if scope in SCOPES:
        zh, en = SCOPES[scope]
        return zh if current_language() == "zh" else en
    return scope


class ConsentDialog(QDialog):
    """Scope and date, checked by the consent service on the worker; errors under the field.

    Signals:
        saved(): the consent is on record.
    """

    saved = Signal()

    def __init__(
        self, ops: Operations, client_id: int, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._client_id = client_id
        self.setWindowTitle(self.tr("Add a consent"))
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr("Record a consent form the client signed: what it allows, and the day.")
        )
        intro.setWordWrap(True)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("What the client consented to"))
        for key in SCOPES:
            self.scope.addItem(scope_label(key), key)
        self.scope.addItem(self.tr("In the form's own words…"), None)
        self.scope.currentIndexChanged.connect(self._on_scope_changed)
        self.own_words = QLineEdit()
        self.own_words.setAccessibleName(self.tr("The consent in the form's own words"))
        self.own_words.setPlaceholderText(self.tr("As written on the consent form"))
        self.own_words.setMaxLength(consents.MAX_SCOPE + 50)  # the service says what is too long
        self.given_on = QLineEdit(plain_date(today))
        self.given_on.setAccessibleName(self.tr("Signed on"))
        self.given_on.setPlaceholderText(self.tr("e.g. %1").replace("%1", plain_date(today)))
        self.errors = {"scope": error_line(), "given_on": error_line()}
        form = QFormLayout()
        form.addRow(self.tr("Consent to"), self.scope)
        form.addRow("", self.own_words)
        form.addRow("", self.errors["scope"])
        form.addRow(self.tr("Signed on"), self.given_on)
        form.addRow("", self.errors["given_on"])
        buttons, self.save_button = save_cancel(self, self.save, self.tr("Record the consent"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._on_scope_changed()

    def _on_scope_changed(self, _index: int = 0) -> None:
        own = self.scope.currentData() is None
        self.own_words.setVisible(own)
        if own:
            self.own_words.setFocus()

    def scope_text(self) -> str:
        """What is stored: a preset's key, or the form's own words."""
        key = self.scope.currentData()
        return key if isinstance(key, str) else self.own_words.text().strip()

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        raw = self.given_on.text().strip()
        day = parse_date(raw)
        if day is None:
            self._show([FieldError("given_on", "date_invalid")])
            return
        scope, client_id = self.scope_text(), self._client_id
        self.save_button.setEnabled(False)

        def write(book: Book) -> OpChanges:
            _consent, changes = consents.add_consent(book, client_id, scope, day)
            return changes  # what the write changed, so the client's pane reloads

        self._ops.op(write, self._on_saved, self._on_failed)

    def _show(self, errors: list[FieldError]) -> None:
        for error in errors:
            label = self.errors.get(error.field, self.errors["scope"])
            label.setText(field_error_text(error))
            label.show()

    def _on_saved(self, _changes: OpChanges) -> None:
        self.saved.emit()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show(error.errors)
        else:
            self._ops.report_error(error)
