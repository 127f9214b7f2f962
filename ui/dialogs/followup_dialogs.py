"""Small follow-up dialogs: done with an outcome, pick a day, and a new follow-up."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rmcoach.domain import ClientQuery, ClientRow
from rmcoach.meeting_domain import FollowUp, FollowUpDraft, FollowUpKind
from rmcoach.services.clients import search as client_search
from rmcoach.services.followups import records as followups
from ui.coach_labels import followup_kind_name
from ui.labels import tier_name
from ui.models.records_model import RecordsModel
from ui.operations import Operations
from ui.theme import set_style_property

OUTCOME_LIMIT = 200  # a short note; the meeting record is the place for a long one


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    ok = QPushButton(ok_text)
    ok.setProperty("primary", True)
    ok.setDefault(True)
    ok.setAccessibleName(ok_text)
    cancel = QPushButton(QCoreApplication.translate("FollowUpDialogs", "Cancel"))
    cancel.setAccessibleName(cancel.text())
    ok.clicked.connect(dialog.accept)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(ok)
    return row, ok, cancel


def _about(item: FollowUp) -> QLabel:
    label = QLabel(f"{item.client_name} · {item.title}")
    label.setProperty("role", "h2")
    label.setWordWrap(True)
    return label


class DoneDialog(QDialog):
    """Mark a follow-up done: a few words on how it went (they go to the client's contacts)."""

    def __init__(self, item: FollowUp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Mark as done"))
        self.outcome = QLineEdit()
        self.outcome.setMaxLength(OUTCOME_LIMIT)
        self.outcome.setPlaceholderText(self.tr("How did it go? A few words are enough."))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        hint = QLabel(self.tr("This is saved as a contact with the client."))
        hint.setProperty("role", "muted")
        buttons, self.ok_button, self.cancel_button = _buttons(self, self.tr("Mark done"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(_about(item))
        layout.addWidget(QLabel(self.tr("Outcome")))
        layout.addWidget(self.outcome)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)

    def outcome_text(self) -> str:
        return self.outcome.text().strip()


class DayDialog(QDialog):
    """Pick a day from today on (snooze to a date, reschedule), with an optional time."""

    def __init__(
        self,
        title: str,
        item: FollowUp,
        initial: date,
        minimum: date,
        with_time: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumDate(QDate(minimum))
        self.calendar.setSelectedDate(QDate(max(initial, minimum)))
        self.calendar.setAccessibleName(self.tr("Day"))
        self.calendar.setMinimumSize(400, 300)  # room for the weekday names and a 44 px row
        self.calendar.activated.connect(lambda _d: self.accept())
        self.timed = QCheckBox(self.tr("At a set time"))
        self.timed.setAccessibleName(self.tr("At a set time"))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.time_edit.setTime(QTime(item.due_time) if item.due_time else QTime(9, 0))
        self.timed.setChecked(item.due_time is not None)
        self.time_edit.setEnabled(self.timed.isChecked())
        self.timed.toggled.connect(self.time_edit.setEnabled)
        time_row = QHBoxLayout()
        time_row.addWidget(self.timed)
        time_row.addWidget(self.time_edit)
        time_row.addStretch(1)
        buttons, self.ok_button, self.cancel_button = _buttons(self, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(_about(item))
        layout.addWidget(self.calendar)
        if with_time:
            layout.addLayout(time_row)
        else:
            self.timed.setChecked(False)
        layout.addLayout(buttons)

    def chosen_date(self) -> date:
        return self.calendar.selectedDate().toPython()  # type: ignore[no-any-return]

    def set_date(self, value: date) -> None:
        self.calendar.setSelectedDate(QDate(value))

    def chosen_time(self) -> time | None:
        if not self.timed.isChecked():
            return None
        return self.time_edit.time().toPython()  # type: ignore[no-any-return]


class NewFollowUpDialog(QDialog):
    """A follow-up typed by hand: find the client, say what and when; saved on the worker.

    Signals:
        saved(FollowUpSaved): the follow-up is in the book.
    """

    saved = Signal(object)

    def __init__(
        self,
        ops: Operations,
        today: date,
        day: date,
        tier_names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._seq = 0
        self.setWindowTitle(self.tr("New follow-up"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, pinyin (zs) or phone"))
        self.search.setAccessibleName(self.tr("Find the client"))
        self.results: RecordsModel[ClientRow] = RecordsModel(
            [
                (self.tr("Client"), lambda r: r.display_name),
                (self.tr("Tier"), lambda r: tier_name(r.tier, tier_names)),
                (self.tr("Client number"), lambda r: r.client_no),
            ],
            self,
        )
        self.results_view = QTableView()
        self.results_view.setModel(self.results)
        self.results_view.setAccessibleName(self.tr("Matching clients"))
        self.results_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.results_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.results_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.results_view.verticalHeader().hide()
        self.results_view.horizontalHeader().setStretchLastSection(True)
        self.results_view.setMinimumHeight(150)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in FollowUpKind:
            self.kind.addItem(followup_kind_name(kind), kind.value)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("What to do"))
        self.title.setPlaceholderText(self.tr("e.g. Send the fund factsheet"))
        self.due = QDateEdit(QDate(max(day, today)))
        self.due.setCalendarPopup(True)
        self.due.setMinimumDate(QDate(today))
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setAccessibleName(self.tr("Due on"))
        self.timed = QCheckBox(self.tr("At a set time"))
        self.timed.setAccessibleName(self.tr("At a set time"))
        self.time_edit = QTimeEdit(QTime(9, 0))
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.time_edit.setEnabled(False)
        self.timed.toggled.connect(self.time_edit.setEnabled)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(72)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.hide()
        when = QHBoxLayout()
        when.addWidget(self.due)
        when.addWidget(self.timed)
        when.addWidget(self.time_edit)
        when.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Client"), self.search)
        form.addRow("", self.results_view)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("What"), self.title)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("Notes"), self.notes)
        buttons, self.ok_button, self.cancel_button = _buttons(self, self.tr("Add follow-up"))
        self.ok_button.clicked.disconnect()
        self.ok_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._find()

    def _find(self) -> None:
        self._seq += 1
        seq, text = self._seq, self.search.text().strip()

        def shown(rows: tuple[ClientRow, ...]) -> None:
            if seq == self._seq:
                self.results.set_rows(rows)
                if rows:
                    self.results_view.selectRow(0)

        self._ops.query(
            lambda book: client_search.search_clients(book, ClientQuery(text=text), limit=20).rows,
            shown,
        )

    def chosen_client(self) -> ClientRow | None:
        rows = self.results_view.selectionModel().selectedRows()
        return self.results.row_at(rows[0].row()) if rows else None

    def draft(self) -> FollowUpDraft | None:
        client = self.chosen_client()
        title = self.title.text().strip()
        problem = ""
        if client is None:
            problem = self.tr("Choose the client first: type a name, then pick it in the list.")
        elif not title:
            problem = self.tr("Say what to do, in a few words.")
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        set_style_property(self.title, "invalid", client is not None and not title)
        if client is None or not title:
            return None
        return FollowUpDraft(
            client_id=client.id,
            title=title,
            kind=FollowUpKind(self.kind.currentData()),
            due_on=self.due.date().toPython(),  # type: ignore[arg-type]
            due_time=self.time_edit.time().toPython() if self.timed.isChecked() else None,  # type: ignore[arg-type]
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        self.ok_button.setEnabled(False)

        def done(result: followups.FollowUpSaved) -> None:
            self.saved.emit(result)
            self.accept()

        def failed(error: BaseException) -> None:
            self.ok_button.setEnabled(True)
            self._ops.report_error(error)

        self._ops.op(lambda book: followups.add_followup(book, draft), done, failed)
