"""The product catalogue: list, add, edit, withdraw from sale, delete, import from CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmcoach.compliance.domain import Product
from rmcoach.domain import OpChanges
from rmcoach.services.sales import products
from ui.dialogs.product_catalogue_import import ProductImportReport, import_products
from ui.dialogs.product_editor import ProductEditor
from ui.formatting import fill
from ui.icons import icon
from ui.models.product_model import COL_LIQUIDITY, COL_NAME, ProductTableModel
from ui.operations import Operations
from ui.theme import current_palette


def open_product_catalogue(ops: Operations, parent: QWidget) -> ProductCatalogue:
    """Open the catalogue over `parent` (window-modal, not blocking)."""
    dialog = ProductCatalogue(ops, parent)
    dialog.open()
    return dialog


class ProductCatalogue(QDialog):
    """The products the suitability check and the meeting plans work with.

    Every read and write runs on the worker; the list reloads when a write reports that
    the catalogue changed, whoever made it.

    Attributes:
        choose_file: asks for the CSV to import ("" = none); tests replace it.
        editor, report, message: the sub-dialog open last (tests drive them).
    """

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._generation = 0  # answers to superseded reloads are dropped
        self._select_id: int | None = None  # the row to select once the list arrives
        self.editor: ProductEditor | None = None
        self.report: ProductImportReport | None = None
        self.message: QMessageBox | None = None
        self.choose_file = self._ask_for_file
        self.setWindowTitle(self.tr("Product catalogue"))
        self.setMinimumSize(960, 600)

        heading = QLabel(self.tr("Product catalogue"))
        heading.setProperty("role", "h1")
        intro = QLabel(
            self.tr(
                "The products you offer, with the bank's risk level: meeting plans check them "
                "against each client's risk assessment."
            )
        )
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)
        self.count = QLabel()
        self.show_withdrawn = QCheckBox(self.tr("Show withdrawn products"))
        self.show_withdrawn.toggled.connect(lambda _on: self.reload())
        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.show_withdrawn)

        self.model = ProductTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_LIQUIDITY, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(
            self.tr("No products yet. Import the bank's list from a CSV file, or add one.")
        )
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        accent_text = current_palette()["accent_text"]
        self.add_button = QPushButton(icon("add", accent_text), self.tr("New product…"))
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.new_product)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.sale_button = QPushButton(self.tr("Withdraw from sale"))
        self.sale_button.setToolTip(
            self.tr("Stop offering it; meetings that name it still find its kind and risk.")
        )
        self.sale_button.clicked.connect(self.toggle_on_sale)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setProperty("flat", True)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.import_button = QPushButton(icon("import"), self.tr("Import CSV…"))
        self.import_button.setToolTip(
            self.tr(
                "Add and update products from the bank's list (CSV, Chinese or English headers)"
            )
        )
        self.import_button.clicked.connect(self.import_csv)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.sale_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        ops.changed.connect(self.on_changes)
        self._listening = True
        self._update_buttons()
        self.view.setFocus()
        self.reload()

    # -- the list ------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        withdrawn = self.show_withdrawn.isChecked()
        self._ops.query(
            lambda book: products.list_products(book, include_inactive=withdrawn),
            lambda rows: self._on_loaded(generation, rows),
        )

    def on_changes(self, changes: OpChanges, _initiator: object | None) -> None:
        if changes.products:
            self.reload()

    def _on_loaded(self, generation: int, rows: tuple[Product, ...]) -> None:
        if generation != self._generation:
            return
        keep = self._select_id if self._select_id is not None else self._selected_id()
        self._select_id = None
        self.model.set_products(rows)
        self.stack.setCurrentWidget(self.view if rows else self.empty)
        on_sale = self.model.on_sale_count()
        text = self.tr("%n product(s) on sale", "", on_sale)
        if len(rows) > on_sale:
            text += fill(self.tr(", %1 withdrawn"), len(rows) - on_sale)
        self.count.setText(text)
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def selected(self) -> Product | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.product_at(rows[0].row()) if rows else None

    def _selected_id(self) -> int | None:
        product = self.selected()
        return None if product is None else product.id

    def _update_buttons(self) -> None:
        product = self.selected()
        for button in (self.edit_button, self.sale_button, self.delete_button):
            button.setEnabled(product is not None)
        on_sale = product is None or product.draft.active
        self.sale_button.setText(
            self.tr("Withdraw from sale") if on_sale else self.tr("Put back on sale")
        )

    # -- adding and editing ------------------------------------------------------------------
    def new_product(self) -> ProductEditor:
        return self._open_editor(None)

    def edit_selected(self) -> ProductEditor | None:
        product = self.selected()
        return None if product is None else self._open_editor(product)

    def _open_editor(self, product: Product | None) -> ProductEditor:
        editor = ProductEditor(self._ops, product, self)
        editor.saved.connect(self._remember_saved)
        self.editor = editor
        editor.open()
        return editor

    def _remember_saved(self, product: Product) -> None:
        self._select_id = product.id  # the reload the write triggers selects it
        self._keep_visible(product)

    def _keep_visible(self, product: Product) -> None:
        """A product just withdrawn stays in sight (greyed, "Withdrawn"), one click from undo."""
        if not product.draft.active and not self.show_withdrawn.isChecked():
            self.show_withdrawn.setChecked(True)

    def toggle_on_sale(self) -> None:
        product = self.selected()
        if product is None:
            return
        self._select_id = product.id
        self._ops.op(
            lambda book: products.set_on_sale(book, product.id, not product.draft.active),
            lambda result: self._keep_visible(result.value),
        )

    # -- deleting ----------------------------------------------------------------------------
    def confirm_delete(self) -> QMessageBox | None:
        """Ask first; withdrawing is offered as the better choice for a real product."""
        product = self.selected()
        if product is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete the product?"),
            fill(
                self.tr(
                    "Delete %1 (%2) from the catalogue? Meeting records keep its name and risk, "
                    "but new checks will no longer find its kind. If the bank has only stopped "
                    "selling it, withdraw it from sale instead."
                ),
                product.name,
                product.code,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self._delete(product.id))
        self.message = box
        box.open()
        return box

    def _delete(self, product_id: int) -> None:
        self._ops.op(lambda book: products.delete_product(book, product_id))

    # -- importing ---------------------------------------------------------------------------
    def _ask_for_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import products"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        return path

    def import_csv(self) -> None:
        chosen = self.choose_file()
        if chosen:
            self.import_button.setEnabled(False)
            import_products(self._ops, Path(chosen), self, self._on_import_shown)

    def _on_import_shown(self, dialog: QDialog | None) -> None:
        self.import_button.setEnabled(True)
        if isinstance(dialog, ProductImportReport):
            self.report = dialog
        elif isinstance(dialog, QMessageBox):
            self.message = dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the list edits the product (activated); QDialog must not press a button too.

        Its default button may be the Save of the editor that Enter has just opened.
        """
        if event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return):
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        if self._listening:  # a closed catalogue reloads nothing
            self._listening = False
            self._ops.changed.disconnect(self.on_changes)
        super().done(result)
