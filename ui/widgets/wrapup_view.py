"""Wrap-up: outcome, intent, satisfaction, the RM's own ratings, follow-ups ticked by default."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmcoach.compliance.domain import Reason
from rmcoach.meeting_domain import FollowUpDraft, FollowUpKind, Meeting, Outcome, WrapUp
from rmcoach.playbook import Phase
from rmcoach.services.meetings.records import suggest_followups
from rmcoach.validation import parse_date
from ui.coach_labels import followup_kind_name, outcome_name
from ui.i18n import current_language
from ui.models.editable_rows_model import ChoiceDelegate, EditableRowsModel
from ui.widgets.coached_text import CoachedTextEdit
from ui.widgets.rating_row import RatingRow

F_INCLUDE, F_TITLE, F_KIND, F_DUE = range(4)


class WrapUpView(QWidget):
    """Signals: finish_requested(): the RM pressed Finish; read `wrap_up()` for the values."""

    finish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting: Meeting | None = None
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for outcome in Outcome:
            self.outcome.addItem(outcome_name(outcome), outcome.value)
        self.intent = QPlainTextEdit()
        self.intent.setAccessibleName(self.tr("The client's real intent"))
        self.intent.setFixedHeight(64)
        self.notes = CoachedTextEdit(self.tr("What was agreed, in a few lines"))
        self.notes.setMinimumHeight(90)
        self.notes.setMaximumHeight(140)
        self.satisfaction = RatingRow(self.tr("Client satisfaction"))
        self.ratings_form = QFormLayout()
        self.ratings: dict[str, RatingRow] = {}
        self.followups = EditableRowsModel(
            [self.tr("Include"), self.tr("Follow-up"), self.tr("Kind"), self.tr("Due")],
            {
                F_INCLUDE: [("yes", self.tr("Yes")), ("no", self.tr("No"))],
                F_KIND: [(k.value, followup_kind_name(k)) for k in FollowUpKind],
            },
            self,
        )
        self.followups_view = QTableView()
        self.followups_view.setAccessibleName(self.tr("Follow-ups"))
        self.followups_view.setModel(self.followups)
        self.followups_view.setItemDelegate(ChoiceDelegate(self.followups, self.followups_view))
        self.followups_view.verticalHeader().hide()
        header = self.followups_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(F_TITLE, QHeaderView.ResizeMode.Stretch)
        self.followups_view.setMinimumHeight(150)
        add = QPushButton(self.tr("Add follow-up"))
        add.clicked.connect(self._add_followup)
        self.next_contact_on = QCheckBox(self.tr("Next contact on"))
        self.next_contact = QDateEdit()
        self.next_contact.setCalendarPopup(True)
        self.next_contact.setDisplayFormat("yyyy-MM-dd")
        self.next_contact.setEnabled(False)
        self.next_contact_on.toggled.connect(self.next_contact.setEnabled)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.finish = QPushButton(self.tr("Finish and save the record"))
        self.finish.setProperty("primary", True)
        self.finish.clicked.connect(self.finish_requested)

        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Real intent"), self.intent)
        form.addRow(self.tr("Summary"), self.notes)
        form.addRow(self.tr("Client satisfaction"), self.satisfaction)
        left = QFrame()
        left.setProperty("card", True)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("How it went"))
        heading.setProperty("role", "h2")
        left_layout.addWidget(heading)
        left_layout.addLayout(form)
        rate_heading = QLabel(self.tr("Your own rating of each phase"))
        rate_heading.setProperty("role", "h2")
        left_layout.addWidget(rate_heading)
        left_layout.addLayout(self.ratings_form)
        left_layout.addStretch(1)

        right = QFrame()
        right.setProperty("card", True)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Follow-ups"))
        heading.setProperty("role", "h2")
        hint = QLabel(
            self.tr(
                "Suggested from open objections and promised material: untick what you don't need."
            )
        )
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        right_layout.addWidget(heading)
        right_layout.addWidget(hint)
        right_layout.addWidget(self.followups_view, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        right_layout.addLayout(row)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_contact_on)
        next_row.addWidget(self.next_contact)
        next_row.addStretch(1)
        right_layout.addLayout(next_row)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(left, 1)
        columns.addWidget(right, 1)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.finish)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def show_meeting(self, meeting: Meeting, phases: tuple[Phase, ...], today_qdate: QDate) -> None:
        self.meeting = meeting
        lang = current_language()
        self.intent.setPlainText(meeting.real_intent)
        while self.ratings_form.rowCount():
            self.ratings_form.removeRow(0)
        self.ratings = {}
        for phase in phases:
            row = RatingRow(phase.title.get(lang))
            self.ratings[phase.id] = row
            self.ratings_form.addRow(phase.title.get(lang), row)
        today = today_qdate.toPython()
        drafts = suggest_followups(meeting, today)
        self.followups.set_rows(
            [
                ["yes", d.title, d.kind.value, d.due_on.isoformat() if d.due_on else ""]
                for d in drafts
            ]
        )
        self.next_contact.setDate(today_qdate.addDays(30))
        self.error.hide()

    def show_refusal(self, reasons: tuple[Reason, ...]) -> None:
        """The sale cannot be marked as made: say why (the meeting stays open)."""
        lang = current_language()
        lines = [self.tr("The sale cannot be marked as made:")]
        lines += [f"• {r.text(lang)}" for r in reasons]
        self.error.setText("\n".join(lines))
        self.error.show()

    def _add_followup(self) -> None:
        row = self.followups.add_row()
        due = (self.next_contact.date().toPython() - timedelta(days=23)).isoformat()
        self.followups.setData(self.followups.index(row, F_DUE), due)
        self.followups_view.edit(self.followups.index(row, F_TITLE))

    def wrap_up(self) -> WrapUp | None:
        """The values, or None (with the problem shown) when a follow-up row is not valid."""
        assert self.meeting is not None
        drafts: list[FollowUpDraft] = []
        bad: dict[tuple[int, int], str] = {}
        for index, row in enumerate(self.followups.rows()):
            if row[F_INCLUDE] != "yes":
                continue
            due = parse_date(row[F_DUE])
            if not row[F_TITLE].strip():
                bad[(index, F_TITLE)] = self.tr("Say what is to be done.")
            if due is None:
                bad[(index, F_DUE)] = self.tr("Give a due date, e.g. 2026-12-01.")
            if due is not None and row[F_TITLE].strip():
                drafts.append(
                    FollowUpDraft(
                        client_id=self.meeting.plan.client_id,
                        title=row[F_TITLE].strip(),
                        kind=FollowUpKind(row[F_KIND] or "call"),
                        due_on=due,
                        meeting_id=self.meeting.id,
                    )
                )
        self.followups.mark_invalid(bad)
        if bad:
            self.error.setText(self.tr("Some follow-ups need a title or a due date."))
            self.error.show()
            return None
        self.error.hide()
        return WrapUp(
            outcome=Outcome(self.outcome.currentData()),
            real_intent=self.intent.toPlainText().strip(),
            outcome_notes=self.notes.text().strip(),
            satisfaction=self.satisfaction.value(),
            phase_ratings=tuple(
                (phase_id, value)
                for phase_id, row in self.ratings.items()
                if (value := row.value())
            ),
            followups=tuple(drafts),
            next_contact_on=self.next_contact.date().toPython()
            if self.next_contact_on.isChecked()
            else None,
        )
