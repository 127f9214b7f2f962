"""Import clients from a CSV file: choose, preview, check (dry run), import, then the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget, QWizard, QWizardPage

from rmcoach.services.interchange.csv_import import CsvPreview
from rmcoach.services.interchange.import_report import ImportFileError, ImportReport, Problem
from rmcoach.validation import FieldError
from ui.dialogs.import_pages import (
    Cancel,
    CheckPage,
    FilePage,
    ImportPage,
    PreviewPage,
)
from ui.formatting import fill
from ui.labels import field_error_text, import_file_error_text
from ui.models.records_model import RecordsModel
from ui.operations import Operations

__all__ = ["ImportWizard"]


class ImportWizard(QWizard):
    """The four steps of an import; the book is only written on the last one.

    Signals:
        imported(object): the ImportReport of an import that wrote to the book.

    Attributes:
        path: the chosen file. preview: its CsvPreview. check: the dry run's report.
        report: the import's report.
    """

    imported = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.path: Path | None = None
        self.preview: CsvPreview | None = None
        self.check: ImportReport | None = None
        self.report: ImportReport | None = None
        self.running: Cancel | None = None  # cancels the work on the worker, if any
        self.setWindowTitle(self.tr("Import clients"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(820, 560)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.preview_page, self.check_page, self.import_page):
            self.addPage(page)

    def reject(self) -> None:
        """Closing stops the work on the worker; an unfinished import writes nothing."""
        self.stop()
        super().reject()

    def stop(self) -> None:
        if self.running is not None:
            self.running()
            self.running = None

    def strict_import(self) -> bool:
        return self.check_page.strict.isChecked()

    def announce(self, report: ImportReport) -> None:
        self.imported.emit(report)

    def problem_text(self, problem: Problem) -> str:
        """Why a row was left out, in the user's language."""
        params = list(problem.params.values())
        texts = {
            "tier_unknown": self.tr(
                "Unknown tier “%1”. Use Private, Wealth, VIP or Mass (私人银行, 财富, 贵宾, 大众)."
            ),
            "risk_unknown": self.tr(
                "Unknown risk profile “%1”. Use C1 to C5, for example C3, 平衡型 or balanced."
            ),
            "gender_unknown": self.tr("Unknown gender “%1”. Use 男/女 or M/F."),
            "client_no_duplicate": self.tr(
                "Client number %1 is in the file more than once (lines %2)."
            ),
            "extra_cells": self.tr(
                "This row has %1 cells but the header only %2. Is a comma missing its quotes?"
            ),
            "row_encoding": self.tr(
                "This line is not in the file's encoding (%1), so it was not read. "
                "Save the whole file in one encoding."
            ),
        }
        if problem.code in texts:
            return fill(texts[problem.code], *params)
        return field_error_text(FieldError("", problem.code, dict(problem.params)))

    def file_error_text(self, error: ImportFileError) -> str:
        """Why the file as a whole cannot be imported, in the user's language."""
        return import_file_error_text(error)

    def column_name(self, key: str) -> str:
        names = {
            "client_no": self.tr("Client number"),
            "name": self.tr("Name"),
            "name_zh": self.tr("Chinese name"),
            "name_en": self.tr("English name"),
            "gender": self.tr("Gender"),
            "birthday": self.tr("Birthday"),
            "phone": self.tr("Mobile"),
            "phone_other": self.tr("Other phone"),
            "email": self.tr("E-mail"),
            "address": self.tr("Address"),
            "occupation": self.tr("Occupation"),
            "employer": self.tr("Employer"),
            "tier": self.tr("Tier"),
            "risk_profile": self.tr("Risk profile"),
            "aum": self.tr("Assets (yuan)"),
            "interests": self.tr("Interests"),
            "tags": self.tr("Tags"),
            "client_since": self.tr("Client since"),
            "notes": self.tr("Notes"),
            "risk_assessed_on": self.tr("Risk assessed on"),
        }
        return names.get(key, key)

    def problems_model(self) -> RecordsModel[Problem]:
        return RecordsModel(
            [
                (self.tr("Line"), lambda p: str(p.line)),
                (self.tr("Column"), lambda p: p.column),
                (self.tr("Problem"), self.problem_text),
            ],
            self,
        )

    def on_failed(self, page: QWizardPage, status: QLabel, error: BaseException) -> None:
        self.running = None
        if isinstance(error, ImportFileError):
            status.setText(self.file_error_text(error))
            status.setProperty("role", "error")
            status.style().polish(status)
        else:
            status.setText("")
            self.ops.report_error(error)
