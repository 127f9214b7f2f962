"""Add or edit one catalogue product: a form that says what to fix beside each field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rmcoach.compliance.domain import Product, ProductDraft, ProductKind
from rmcoach.domain import ProductRisk, Written
from rmcoach.services.sales import products
from rmcoach.services.sales.products import (
    ProductFieldError,
    ProductValidationError,
    normalized,
    product_errors,
)
from rmcoach.validation import FieldError, parse_amount_fen
from ui.operations import Operations
from ui.product_labels import product_error_text, product_kind_name, risk_name
from ui.theme import set_style_property
from ui.widgets.form_errors import error_line, save_cancel, with_error_line


class ProductEditor(QDialog):
    """The form for one product (product None = a new one); saved on the worker.

    Everything typed stays in the form until a save succeeds: a refused save marks the
    fields and keeps their text.

    Signals:
        saved(object): the stored Product.
    """

    saved = Signal(object)

    def __init__(self, ops: Operations, product: Product | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self._product = product
        self.setWindowTitle(self.tr("New product") if product is None else self.tr("Edit product"))
        self.setMinimumWidth(560)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        self.name = self._line("name", self.tr("e.g. 稳享90天"))
        self.code = self._line("code", self.tr("as the bank lists it, e.g. WX90-01"))
        self.kind = QComboBox()
        for kind in ProductKind:
            self.kind.addItem(product_kind_name(kind), kind.value)
        self.risk = QComboBox()
        # no default level: a forgotten R1 would pass every client's suitability check
        self.risk.addItem(self.tr("(choose the bank's rating)"), None)
        for risk in ProductRisk:
            self.risk.addItem(risk_name(risk), risk.value)
        self.minimum = self._line("min_amount_fen", self.tr("in yuan, e.g. 10,000 or 1万"))
        self.liquidity = self._line(
            "liquidity", self.tr("e.g. 90 days closed, open each quarter, T+1")
        )
        self.fees = self._line("fees", self.tr("e.g. 0.3% a year, no redemption fee"))
        self.performance = QPlainTextEdit()
        self.performance.setPlaceholderText(
            self.tr("as the bank publishes it, with its period, e.g. 4.1% over the last year")
        )
        self.performance.setTabChangesFocus(True)
        self.performance.setFixedHeight(72)
        self.performance.textChanged.connect(lambda: self._clear_error("past_performance"))
        self.risk.currentIndexChanged.connect(lambda _index: self._clear_error("risk"))
        self.fields.update(kind=self.kind, risk=self.risk, past_performance=self.performance)
        self.on_sale = QCheckBox(self.tr("On sale: offered to clients"))
        self.on_sale.setChecked(True)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for label, name in (
            (self.tr("Name"), "name"),
            (self.tr("Code"), "code"),
            (self.tr("Kind"), "kind"),
            (self.tr("Risk level"), "risk"),
            (self.tr("Minimum amount"), "min_amount_fen"),
            (self.tr("Liquidity"), "liquidity"),
            (self.tr("Fees"), "fees"),
            (self.tr("Past performance"), "past_performance"),
        ):
            form.addRow(label, self._cell(name))
        form.addRow("", self.on_sale)
        for name, widget in self.fields.items():
            widget.setAccessibleName(name)

        self.summary = error_line()
        buttons, self.save_button = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        if product is not None:
            self._load(product.draft)

    # -- the form --------------------------------------------------------------------
    def _line(self, name: str, placeholder: str) -> QLineEdit:
        widget = QLineEdit()
        widget.setPlaceholderText(placeholder)
        widget.textEdited.connect(lambda _text: self._clear_error(name))
        self.fields[name] = widget
        return widget

    def _cell(self, name: str) -> QWidget:
        cell, self.errors[name] = with_error_line(self.fields[name])
        return cell

    def _load(self, draft: ProductDraft) -> None:
        self.name.setText(draft.name)
        self.code.setText(draft.code)
        self.kind.setCurrentIndex(max(self.kind.findData(draft.kind.value), 0))
        self.risk.setCurrentIndex(max(self.risk.findData(draft.risk.value), 0))
        # the editable form of an amount (1万 reads back the same), not the display form
        self.minimum.setText(f"{draft.min_amount_fen / 100:.2f}" if draft.min_amount_fen else "")
        self.liquidity.setText(draft.liquidity)
        self.fees.setText(draft.fees)
        self.performance.setPlainText(draft.past_performance)
        self.on_sale.setChecked(draft.active)

    def build_draft(self) -> tuple[ProductDraft, list[FieldError]]:
        """The product the form describes, and every problem with it the form can see."""
        errors: list[FieldError] = []
        risk = ProductRisk(self.risk.currentData()) if self.risk.currentData() else None
        raw = self.minimum.text().strip()
        amount = parse_amount_fen(raw) if raw else 0
        if amount is None:
            errors.append(FieldError("min_amount_fen", "amount_invalid"))
        draft = normalized(
            ProductDraft(
                code=self.code.text(),
                name=self.name.text(),
                kind=ProductKind(self.kind.currentData()),
                risk=risk or ProductRisk.R5,  # not stored: a missing risk is an error
                min_amount_fen=amount or 0,
                liquidity=self.liquidity.text(),
                fees=self.fees.text(),
                past_performance=self.performance.toPlainText(),
                active=self.on_sale.isChecked(),
            )
        )
        parsed = {e.field for e in errors}
        errors += [e for e in product_errors(draft) if e.field not in parsed]
        if risk is None:
            errors.append(ProductFieldError("risk", "product_risk_required"))
        return draft, errors

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        """Check here (instant), then write on the worker, which checks the code is free."""
        draft, errors = self.build_draft()
        if errors:
            self.show_errors(errors)
            return
        self.save_button.setEnabled(False)
        product_id = None if self._product is None else self._product.id
        self._ops.op(
            lambda book: products.save_product(book, product_id, draft),
            self._on_saved,
            self._on_failed,
        )

    def _on_saved(self, result: Written[Product]) -> None:
        self.saved.emit(result.value)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ProductValidationError):
            self.show_errors(error.errors)
        else:
            self._ops.report_error(error)

    def show_errors(self, errors: list[FieldError]) -> None:
        """Say beside each field what to fix, and put the cursor in the first one."""
        for name in self.errors:
            self._clear_error(name)
        first: QWidget | None = None
        for error in errors:
            name = error.field if error.field in self.errors else "name"
            self.errors[name].setText(product_error_text(error.code, error.params))
            self.errors[name].show()
            set_style_property(self.fields[name], "invalid", True)
            first = first or self.fields[name]
        self.summary.setText(self.tr("%n problem(s) to fix before saving.", "", len(errors)))
        self.summary.show()
        if first is not None:
            first.setFocus()

    def _clear_error(self, name: str) -> None:
        label = self.errors.get(name)
        if label is None or label.isHidden():
            return
        label.hide()
        set_style_property(self.fields[name], "invalid", False)
