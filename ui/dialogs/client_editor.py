"""Add or edit a client: the client form in a dialog that validates in place and saves on
the worker."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from rmcoach.compliance.domain import SuitabilityRecord
from rmcoach.domain import ClientRecord
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.sales import suitability
from rmcoach.validation import FieldError, ValidationError, validate_draft
from ui.dialogs.client_form import ClientForm
from ui.operations import Operations
from ui.widgets.form_errors import error_line, save_cancel


class ClientEditor(QDialog):
    """The editor for one client (record None = a new client).

    Signals:
        saved(object): the ClientSaved result after a successful write.

    Attributes:
        form: the ClientForm with every field. summary: the line that counts the problems.
    """

    saved = Signal(object)

    def __init__(
        self,
        ops: Operations,
        record: ClientRecord | None,
        tier_names: dict[str, str],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._record = record
        self._today = today
        self.setWindowTitle(self.tr("New client") if record is None else self.tr("Edit client"))
        self.setMinimumSize(720, 560)
        # an existing client's suitability record is read on the worker; a Save pressed
        # before it arrives waits for it, so the form never overwrites it with blanks
        self._suitability_loaded = record is None
        self._save_pending = False
        self.form = ClientForm(tier_names)
        self.summary = error_line()
        buttons, self.save_button = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        if record is not None:
            self.form.load(record.draft)
            client_id = record.id
            ops.query(lambda book: suitability.get_record(book, client_id), self._load_suitability)

    def _load_suitability(self, found: SuitabilityRecord) -> None:
        self.form.load_suitability(found)
        self._suitability_loaded = True
        if self._save_pending:
            self._save_pending = False
            self.save()

    def save(self) -> None:
        """Validate here (instant), then write on the worker; the book checks again."""
        if not self._suitability_loaded:
            self._save_pending = True
            return
        draft, errors = self.form.build_draft()
        fit, fit_errors = self.form.build_suitability(draft.risk_profile)
        errors += fit_errors
        parsed_fields = {e.field for e in errors}
        errors += [e for e in validate_draft(draft, self._today) if e.field not in parsed_fields]
        errors += [
            e
            for e in suitability.suitability_errors(fit, self._today)
            if e.field not in parsed_fields
        ]
        if errors:
            self.show_errors(errors)
            return
        self.save_button.setEnabled(False)
        record = self._record

        def write(book: Book) -> clients.ClientSaved:
            if record is None:
                saved = clients.add_client(book, draft)
            else:
                saved = clients.update_client(book, record.id, draft)
            stored = suitability.save_record(book, saved.client.id, fit)
            return clients.ClientSaved(saved.client, saved.changes | stored.changes)

        self._ops.op(write, self._on_saved, self._on_failed)

    def _on_saved(self, result: clients.ClientSaved) -> None:
        self.saved.emit(result)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_errors(error.errors)
        else:
            self._ops.report_error(error)

    def show_errors(self, errors: list[FieldError]) -> None:
        """Mark every field in error beside it, count them under the form."""
        self.form.show_errors(errors)
        self.summary.setText(self.tr("%n problem(s) to fix before saving.", "", len(errors)))
        self.summary.show()
