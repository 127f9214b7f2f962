"""The import wizard's steps: the file, a preview, the check (a dry run), and the import.

The steps share what they found through the wizard that holds them, as ImportSteps says;
they do not import the wizard (ui/dialogs/import_wizard.py), which imports them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from rmcoach.services.interchange.csv_import import (
    CsvPreview,
    import_csv,
    preview_csv,
    write_rejects,
)
from rmcoach.services.interchange.import_report import ImportFileError, ImportReport, Problem
from ui.formatting import fill
from ui.models.records_model import RecordsModel
from ui.operations import Operations

PREVIEW_ROWS = 20
Cancel = Callable[[], None]


class ImportSteps(Protocol):
    """What the steps share: the worker, what each step found, and the texts they show.

    Attributes:
        path: the chosen file. preview: its CsvPreview. check: the dry run's report.
        report: the import's report. running: cancels the work on the worker, if any.
    """

    ops: Operations
    path: Path | None
    preview: CsvPreview | None
    check: ImportReport | None
    report: ImportReport | None
    running: Cancel | None

    def stop(self) -> None:
        """Stop the work running on the worker, if any."""

    def strict_import(self) -> bool:
        """Import nothing if any row has a problem (chosen on the check step)."""

    def announce(self, report: ImportReport) -> None:
        """An import wrote to the book."""

    def on_failed(self, page: QWizardPage, status: QLabel, error: BaseException) -> None:
        """A step's work failed: say why on the page, or in the usual error dialog."""

    def column_name(self, key: str) -> str: ...

    def file_error_text(self, error: ImportFileError) -> str: ...

    def problem_text(self, problem: Problem) -> str: ...

    def problems_model(self) -> RecordsModel[Problem]: ...


def _label(role: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


def _table(model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


PreviewRow = tuple[int, tuple[str, ...]]


def _cell(index: int) -> Callable[[PreviewRow], str]:
    return lambda row: row[1][index] if index < len(row[1]) else ""


class FilePage(QWizardPage):
    """Step 1: the file."""

    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A CSV file saved from Excel or exported by the bank's system, with a header "
                "row in English or Chinese. UTF-8 and GB18030 are both read."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.textChanged.connect(lambda _text: self.completeChanged.emit())
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch(1)

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import clients"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:
        self.owner.path = Path(self.path_edit.text().strip())
        return True


class PreviewPage(QWizardPage):
    """Step 2: the first rows as read, the encoding, and what each column becomes."""

    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The first rows of the file and what each column becomes."))
        self.status = _label()
        self.columns = _label("muted")
        self.model: RecordsModel[PreviewRow] = RecordsModel([], self)
        self.view = _table(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.columns)
        self._asked = 0

    def initializePage(self) -> None:
        self.owner.preview = None
        self.status.setProperty("role", "")
        self.status.setText(self.tr("Reading the file…"))
        self.columns.setText("")
        self.model.set_rows([])
        path = self.owner.path
        assert path is not None
        self._asked += 1
        asked = self._asked

        def shown(preview: CsvPreview) -> None:
            if asked == self._asked:
                self.show_preview(preview)

        self.owner.ops.query(
            lambda _book: preview_csv(path, PREVIEW_ROWS),
            shown,
            lambda error: self.owner.on_failed(self, self.status, error),
        )

    def show_preview(self, preview: CsvPreview) -> None:
        self.owner.preview = preview
        table = preview.table
        headers = []
        for header, key in zip(table.header, table.keys, strict=True):
            becomes = self.owner.column_name(key) if key else self.tr("(not imported)")
            headers.append(f"{header}\n→ {becomes}")
        columns: list[tuple[str, Callable[[PreviewRow], str]]] = [
            (self.tr("Line"), lambda row: str(row[0]))
        ]
        columns += [(header, _cell(index)) for index, header in enumerate(headers)]
        self.model = RecordsModel(columns, self)
        self.model.set_rows(list(table.rows))
        self.view.setModel(self.model)
        self.status.setText(fill(self.tr("Encoding: %1"), table.encoding))
        notes = []
        if preview.unknown_columns:
            unknown = ", ".join(preview.unknown_columns)
            notes.append(
                fill(self.tr("Not imported (columns RM Coach does not know): %1"), unknown)
            )
        if preview.not_stored_columns:
            kept = ", ".join(preview.not_stored_columns)
            notes.append(fill(self.tr("Recognised but not stored yet: %1"), kept))
        if preview.error is not None:
            notes.append(self.owner.file_error_text(preview.error))
            self.columns.setProperty("role", "error")
        else:
            self.columns.setProperty("role", "muted")
        self.columns.style().polish(self.columns)
        self.columns.setText("\n".join(notes))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self.owner.preview
        return preview is not None and preview.error is None


class _RunPage(QWizardPage):
    """A step that runs the import on the worker: progress, Stop, then counts and problems.

    Its own texts name their context: self.tr() in a base class would look them up under
    the subclass's name at run time, and lupdate files them under this class.
    """

    dry_run = True

    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__()
        self.owner = wizard
        self.result: ImportReport | None = None
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.stop_button = QPushButton(QCoreApplication.translate("ImportRun", "Stop"))
        self.stop_button.clicked.connect(self.stop)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.stop_button)
        self.summary = _label()
        self.problems = wizard.problems_model()
        self.view = _table(self.problems)
        self.view.setColumnWidth(0, 60)
        self.view.setColumnWidth(1, 140)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(running)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.view, 1)

    def start(self, strict: bool) -> None:
        self.result = None
        self.problems.set_rows([])
        self.summary.setProperty("role", "")
        self.summary.setText(
            QCoreApplication.translate("ImportRun", "Checking every row…") if self.dry_run else ""
        )
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        path, dry_run = self.owner.path, self.dry_run
        assert path is not None
        self.owner.running = self.owner.ops.run_with_progress(
            lambda book, progress, cancelled: import_csv(
                book, path, dry_run=dry_run, strict=strict, progress=progress, cancelled=cancelled
            ),
            self.on_progress,
            self.on_done,
            lambda error: self.on_error(error),
        )
        self.completeChanged.emit()

    def stop(self) -> None:
        self.stop_button.setEnabled(False)
        self.summary.setText(QCoreApplication.translate("ImportRun", "Stopping…"))
        self.owner.stop()

    def on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def on_error(self, error: BaseException) -> None:
        self.progress.hide()
        self.stop_button.hide()
        self.owner.on_failed(self, self.summary, error)

    def on_done(self, report: ImportReport) -> None:
        self.owner.running = None
        self.result = report
        self.progress.hide()
        self.stop_button.hide()
        self.problems.set_rows(list(report.problems))
        self.summary.setText(self.describe(report))
        self.completeChanged.emit()

    def counts(self, report: ImportReport) -> str:
        parts = [
            QCoreApplication.translate("ImportRun", "%n new client(s)", "", report.added),
            QCoreApplication.translate("ImportRun", "%n updated", "", report.updated),
            QCoreApplication.translate("ImportRun", "%n unchanged", "", report.unchanged),
        ]
        return ", ".join(parts)

    def describe(self, report: ImportReport) -> str:
        raise NotImplementedError

    def cleanupPage(self) -> None:
        self.owner.stop()


class CheckPage(_RunPage):
    """Step 3: a dry run over the whole file; nothing is written."""

    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Every row is checked against the book. Nothing is written yet."))
        self.strict = QCheckBox(self.tr("Import nothing if any row has a problem"))
        self.strict.toggled.connect(lambda _on: self.completeChanged.emit())
        self.layout_.addWidget(self.strict)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def initializePage(self) -> None:
        self.start(strict=False)

    def describe(self, report: ImportReport) -> str:
        self.owner.check = report
        if report.cancelled:
            return self.tr("The check was stopped. Go back and forward to run it again.")
        lines = [
            fill(self.tr("%n row(s) read (%1).", "", report.rows), report.encoding),
            fill(self.tr("Ready to import: %1."), self.counts(report)),
        ]
        if report.rejected:
            lines.append(
                self.tr(
                    "%n row(s) have problems and will be left out; they are listed below.",
                    "",
                    len(report.rejected),
                )
            )
        return "\n".join(lines)

    def isComplete(self) -> bool:
        report = self.result
        if report is None or report.cancelled or not (report.added or report.updated):
            return False
        return not (self.strict.isChecked() and report.rejected)


class ImportPage(_RunPage):
    """Step 4: the import itself (one transaction), then the report."""

    dry_run = False

    def __init__(self, wizard: ImportSteps) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("The clients are written in one go: all the good rows, or none."))
        self.save_button = QPushButton(self.tr("Save the rejected rows…"))
        self.save_button.setToolTip(
            self.tr("A CSV of the rows left out, with the reasons, to fix and import again.")
        )
        self.save_button.clicked.connect(self.ask_rejects_path)
        self.save_button.hide()
        self.saved = _label("muted")
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved, 1)
        self.layout_.addLayout(row)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        self.save_button.hide()
        self.saved.setText("")
        self.start(strict=self.owner.strict_import())

    def on_done(self, report: ImportReport) -> None:
        super().on_done(report)
        self.owner.report = report
        self.save_button.setVisible(bool(report.rejected))
        if report.written:
            self.owner.announce(report)

    def describe(self, report: ImportReport) -> str:
        if report.cancelled:
            return self.tr("The import was stopped. Nothing was written.")
        if report.strict and report.rejected:
            return self.tr(
                "Nothing was imported: %n row(s) have problems. Fix them and import again.",
                "",
                len(report.rejected),
            )
        done = fill(self.tr("Imported: %1."), self.counts(report))
        if report.rejected:
            left = self.tr("%n row(s) were left out:", "", len(report.rejected))
            return f"{done}\n{left}"
        return done

    def isComplete(self) -> bool:
        return self.result is not None

    def ask_rejects_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the rejected rows"), "rejected.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.save_rejects(Path(path))

    def save_rejects(self, path: Path) -> None:
        """Write the rejected rows with the reasons (in the user's language) on the worker."""
        report = self.owner.report
        if report is None:
            return
        texts = {id(p): self.owner.problem_text(p) for p in report.problems}
        line = self.tr("line %1")

        def describe(problem: Problem) -> str:
            where = fill(line, problem.line)
            column = f", {problem.column}" if problem.column else ""
            return f"{where}{column}: {texts[id(problem)]}"

        self.owner.ops.query(
            lambda _book: write_rejects(report, path, describe),
            lambda count: self.saved.setText(
                fill(self.tr("%1 saved (%2 rows)."), path.name, count)
            ),
            self.owner.ops.report_error,
        )
