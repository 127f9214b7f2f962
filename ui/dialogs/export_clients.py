"""Export the clients to a CSV file for Excel, or to vCards: ask where, write on the worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from rmcoach.services.book import Book
from rmcoach.services.interchange.csv_export import (
    ExportError,
    ExportReport,
    HeaderLanguage,
    export_clients,
)
from rmcoach.services.interchange.vcard import VcardExportReport, export_vcards
from ui.operations import Operations

Report = ExportReport | VcardExportReport


class ClientExport(QObject):
    """One export: File > Export clients… in the main window.

    Signals:
        finished(str): what was written, to show in the status bar.
    """

    finished = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.window = parent

    def ask(self) -> None:
        """Ask for the file (.csv for Excel, .vcf for contacts), then export."""
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export clients"),
            "clients.csv",
            self.tr("CSV for Excel (*.csv);;vCard contacts (*.vcf)"),
        )
        if path:
            vcard = chosen.endswith("(*.vcf)") or path.lower().endswith(".vcf")
            self.start(Path(path), vcard=vcard)

    def start(
        self, path: Path, *, vcard: bool = False, headers: HeaderLanguage = "zh"
    ) -> Callable[[], None]:
        """Write the file on the worker with a progress dialog; returns a cancel()."""
        progress = QProgressDialog(
            self.tr("Exporting the clients…"), self.tr("Cancel"), 0, 0, self.window
        )
        progress.setWindowTitle(self.tr("Export clients"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def work(
            book: Book, report: Callable[[int, int], None], stop: Callable[[], bool]
        ) -> Report:
            if vcard:
                return export_vcards(book, path)
            return export_clients(book, path, headers=headers, progress=report, cancelled=stop)

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def done(result: Report) -> None:
            progress.close()
            count = result.cards if isinstance(result, VcardExportReport) else result.clients
            if count or not progress.wasCanceled():
                self.finished.emit(
                    self.tr("%n client(s) exported to %1.", "", count).replace("%1", path.name)
                )

        def failed(error: BaseException) -> None:
            progress.close()
            if not isinstance(error, ExportError):
                self.ops.report_error(error)
                return
            text = self.tr("The file could not be written. Choose another folder.\n%1")
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Export clients"),
                text.replace("%1", str(error)),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.open()

        cancel = self.ops.run_with_progress(work, step, done, failed)
        progress.canceled.connect(cancel)
        return cancel
