"""The client's consents in the profile pane: given, scope, withdrawn; add and withdraw."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmcoach.compliance.domain import Consent
from rmcoach.domain import OpChanges
from rmcoach.services.book import Book
from rmcoach.services.protection import consents
from rmcoach.validation import ValidationError
from ui import formatting
from ui.dialogs.consent_dialog import ConsentDialog, scope_label
from ui.icons import icon
from ui.labels import field_error_text
from ui.models.records_model import RecordsModel
from ui.operations import Operations


class ConsentList(QWidget):
    """One client's consents, newest first; withdrawn ones stay listed, with their date.

    Attributes:
        dialog, confirm_box: the open add dialog and withdraw confirmation (tests use them).
    """

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.client_id: int | None = None
        self.today = date.today()  # the book's clock's, set by the pane with each client
        self._editable = True
        self.dialog: ConsentDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.model: RecordsModel[Consent] = RecordsModel(
            [
                (self.tr("Signed on"), lambda c: formatting.day(c.given_on, self.today)),
                (self.tr("Consent to"), lambda c: scope_label(c.scope)),
                (self.tr("Withdrawn"), self._withdrawn_text),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Consents"))
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.empty = QLabel(
            self.tr("No consent on record. When the client signs a consent form, add it here.")
        )
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(icon("add"), self.tr("Add consent…"))
        self.add_button.setAccessibleName(self.tr("Add a consent the client signed"))
        self.add_button.clicked.connect(self.add)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.setAccessibleName(self.tr("The client withdrew the selected consent"))
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.confirm_withdraw)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self.show_consents(None, ())

    def _withdrawn_text(self, consent: Consent) -> str:
        if consent.withdrawn_on is None:
            return self.tr("In force")
        return formatting.day(consent.withdrawn_on, self.today)

    def show_consents(
        self, client_id: int | None, rows: tuple[Consent, ...], editable: bool = True
    ) -> None:
        """The client's consents (client_consents' order); not editable for an archived one."""
        if client_id != self.client_id:
            self.error.hide()
        self.client_id = client_id
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.add_button.setEnabled(client_id is not None and editable)
        self._editable = editable
        self._on_selection_changed()

    def selected(self) -> Consent | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        consent = self.selected()
        active = consent is not None and consent.withdrawn_on is None
        self.withdraw_button.setEnabled(active and self._editable)

    # -- writes, on the worker -------------------------------------------------------
    def add(self) -> None:
        if self.client_id is None:
            return
        self.error.hide()
        self.dialog = ConsentDialog(self._ops, self.client_id, self.today, self)
        self.dialog.open()

    def confirm_withdraw(self) -> None:
        consent = self.selected()
        if consent is None or consent.withdrawn_on is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Withdraw the consent?"),
            self.tr(
                "Record that the client withdrew their consent to “%1” today? The consent "
                "stays on record with the day it was given and the day it was withdrawn."
            ).replace("%1", scope_label(consent.scope)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Withdraw"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._withdraw(consent.id))
        self.confirm_box = box
        box.open()

    def _withdraw(self, consent_id: int) -> None:
        def write(book: Book) -> OpChanges:
            _consent, changes = consents.withdraw_consent(book, consent_id)
            return changes  # the page reloads the client's pane, this list with it

        self._ops.op(write, None, self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.error.setText("\n".join(field_error_text(e) for e in error.errors))
            self.error.show()
        else:
            self._ops.report_error(error)
