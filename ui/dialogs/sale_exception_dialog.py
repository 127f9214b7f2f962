"""Record a sale above the client's risk level at the client's own request (an exception)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rmcoach.compliance.domain import ExceptionDraft, ProductKind, SaleException
from rmcoach.domain import ProductRisk, Written
from rmcoach.services.sales import suitability
from rmcoach.validation import FieldError, ValidationError
from ui.labels import field_error_text
from ui.operations import Operations
from ui.widgets.form_errors import save_cancel


class SaleExceptionDialog(QDialog):
    """The client's own words, the written warning, the supervisor; saved on the worker.

    Signals:
        recorded(object): the SaleException once it is on record.
    """

    recorded = Signal(object)

    def __init__(
        self,
        ops: Operations,
        client_id: int,
        product_name: str,
        product_risk: ProductRisk,
        product_kind: ProductKind | None = None,
        meeting_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._client_id = client_id
        self._product_name = product_name
        self._product_risk = product_risk
        self._product_kind = product_kind
        self._meeting_id = meeting_id
        self.setWindowTitle(self.tr("Record an exception"))
        intro = QLabel(
            self.tr(
                "%1 (%2) is above the client's risk level. It may be sold only at the "
                "client's own request, after the special written risk warning, with your "
                "supervisor's approval."
            )
            .replace("%1", product_name)
            .replace("%2", product_risk.value)
        )
        intro.setWordWrap(True)
        self.client_request = QPlainTextEdit()
        self.client_request.setPlaceholderText(self.tr("What the client said, in their words"))
        self.client_request.setAccessibleName(self.tr("The client's request"))
        self.client_request.setFixedHeight(72)
        self.warning_given = QCheckBox(self.tr("The written risk warning was given and signed"))
        self.supervisor = QLineEdit()
        self.supervisor.setAccessibleName(self.tr("Supervisor"))
        self.supervisor.setPlaceholderText(self.tr("The supervisor who approved it"))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Client's request"), self.client_request)
        form.addRow("", self.warning_given)
        form.addRow(self.tr("Supervisor"), self.supervisor)
        buttons, self.save_button = save_cancel(self, self.save, self.tr("Record the exception"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def draft(self) -> ExceptionDraft:
        return ExceptionDraft(
            client_id=self._client_id,
            product_name=self._product_name,
            product_risk=self._product_risk,
            client_request=self.client_request.toPlainText().strip(),
            warning_given=self.warning_given.isChecked(),
            supervisor=self.supervisor.text().strip(),
            meeting_id=self._meeting_id,
            product_kind=self._product_kind,
        )

    def save(self) -> None:
        draft = self.draft()
        self.save_button.setEnabled(False)
        self._ops.op(
            lambda book: suitability.record_exception(book, draft),
            self._on_saved,
            self._on_failed,
        )

    def _error_text(self, error: FieldError) -> str:
        if error.code == "required" and error.field == "client_request":
            return self.tr("Write down the client's request in their own words.")
        if error.code == "required" and error.field == "supervisor":
            return self.tr("Name the supervisor who approved it.")
        if error.code == "warning_not_given":
            return self.tr("The special written risk warning must be given first.")
        if error.code == "exception_not_needed":
            return self.tr("The product is suitable: no exception is needed.")
        if error.code == "exception_not_allowed":
            return self.tr("No exception may be recorded: %1").replace(
                "%1", error.params.get("reasons", "")
            )
        return field_error_text(error)

    def _on_saved(self, exception: Written[SaleException]) -> None:
        self.recorded.emit(exception.value)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.error.setText("\n".join(self._error_text(e) for e in error.errors))
            self.error.show()
        else:
            self._ops.report_error(error)
