"""Import the catalogue from CSV: choose the file, import on the worker, report what it did."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmcoach.services.interchange.import_report import ImportFileError
from rmcoach.services.sales import product_import
from rmcoach.services.sales.product_import import ProductColumnsError, ProductImport, ProductProblem
from ui.formatting import fill
from ui.labels import import_file_error_text
from ui.models.records_model import RecordsModel
from ui.operations import Operations
from ui.product_labels import columns_error_text, product_error_text


def import_products(
    ops: Operations, path: Path, parent: QWidget, shown: Callable[[QDialog | None], None]
) -> None:
    """Import a CSV file on the worker, then open the report or say why nothing was imported.

    Products are added or updated by code. shown(dialog) follows with the dialog opened;
    None when the window's usual error dialog took the failure (our bugs, not the file's).
    """

    def imported(result: ProductImport) -> None:
        report = ProductImportReport(path.name, result, parent)
        report.open()
        shown(report)

    def failed(error: BaseException) -> None:
        if isinstance(error, ImportFileError):
            text = import_file_error_text(error)
        elif isinstance(error, ProductColumnsError):
            text = columns_error_text()
        else:
            ops.report_error(error)
            shown(None)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ProductImportReport", "Nothing imported"),
            fill(
                QCoreApplication.translate("ProductImportReport", "Nothing was imported. %1"), text
            ),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.open()
        shown(box)

    ops.op(lambda book: product_import.import_products_csv(book, path), imported, failed)


class ProductImportReport(QDialog):
    """The counts in a sentence, then the refused rows (line, column, problem) in a table."""

    def __init__(self, file_name: str, report: ProductImport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Products imported"))
        self.setMinimumSize(760, 240 if not report.problems else 420)
        lines = [
            fill(self.tr("From %1:"), file_name),
            self.tr("%n product(s) added.", "", report.added),
            self.tr("%n product(s) updated (same code).", "", report.updated),
        ]
        if report.rejected:
            lines.append(
                self.tr(
                    "%n row(s) refused; they are listed below. Correct them in the file and "
                    "import it again: products already imported are updated, not doubled.",
                    "",
                    report.rejected,
                )
            )
        if report.unknown_columns:
            lines.append(fill(self.tr("Columns not read: %1"), ", ".join(report.unknown_columns)))
        self.summary = QLabel("\n".join(lines))
        self.summary.setWordWrap(True)
        self.problems: RecordsModel[ProductProblem] = RecordsModel(
            [
                (self.tr("Line"), lambda p: str(p.line)),
                (self.tr("Column"), lambda p: p.column),
                (self.tr("Problem"), lambda p: product_error_text(p.code, p.params)),
            ],
            self,
        )
        self.problems.set_rows(report.problems)
        view = QTableView()
        view.setModel(self.problems)
        view.verticalHeader().hide()
        view.setShowGrid(False)
        view.setWordWrap(True)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # long reasons wrap onto more lines rather than end in "…"
        header.sectionResized.connect(lambda *_: view.resizeRowsToContents())
        view.setVisible(bool(report.problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
