"""The Meetings page: what is planned or in progress, and the flow of the open meeting."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmcoach.domain import OpChanges
from rmcoach.meeting_domain import MeetingSummary
from rmcoach.services.book import Book
from rmcoach.services.meetings import records as meetings
from ui import formatting
from ui.coach_labels import meeting_status_name, meeting_type_name
from ui.models.records_model import RecordsModel
from ui.operations import Operations
from ui.pages.meeting_flow import MeetingFlow


class MeetingsPage(QWidget):
    """Signals: status(str)."""

    status = Signal(str)

    def __init__(self, ops: Operations, tier_names: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = ops
        self.now = datetime.now().astimezone()
        self.flow = MeetingFlow(ops, tier_names)
        self.flow.status.connect(self.status)
        self.model: RecordsModel[MeetingSummary] = RecordsModel(
            [
                (self.tr("When"), self._when),
                (self.tr("Client"), lambda m: m.client_name),
                (self.tr("Meeting"), lambda m: meeting_type_name(m.meeting_type)),
                (self.tr("Status"), lambda m: meeting_status_name(m.status)),
                (self.tr("Objectives"), lambda m: "；".join(m.objectives)),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Upcoming meetings"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(lambda: self.open_row(self.view.currentIndex().row()))
        self.empty = QLabel(
            self.tr("No meeting planned. Open a client and press “Prepare a meeting”.")
        )
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr("Planned and in progress"))
        heading.setProperty("role", "h1")
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(16, 8, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.open_button)
        overview_layout.addLayout(top)
        overview_layout.addWidget(self.view, 1)
        overview_layout.addWidget(self.empty, 1)
        self.overview = overview
        self.back = QPushButton(self.tr("‹ All meetings"))
        self.back.setProperty("flat", True)
        self.back.clicked.connect(self.show_overview)
        flow_page = QWidget()
        flow_layout = QVBoxLayout(flow_page)
        flow_layout.setContentsMargins(8, 0, 0, 0)
        flow_layout.setSpacing(0)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back)
        back_row.addStretch(1)
        flow_layout.addLayout(back_row)
        flow_layout.addWidget(self.flow, 1)
        self.flow_page = flow_page
        self.stack = QStackedWidget()
        self.stack.addWidget(overview)
        self.stack.addWidget(flow_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _when(self, summary: MeetingSummary) -> str:
        moment = summary.started_at or summary.scheduled_at
        if moment is None:
            return ""
        local = moment.astimezone(self.now.tzinfo)
        return f"{formatting.day(local.date(), self.now.date())} {local.strftime('%H:%M')}"

    def refresh(self) -> None:
        def read(book: Book) -> tuple[list[MeetingSummary], datetime]:
            now = book.clock.now()
            live = meetings.live_meeting(book)
            rows = list(
                meetings.planned_meetings(
                    book, now.date() - timedelta(days=7), now.date() + timedelta(days=90)
                )
            )
            if live is not None:  # the one in progress first: it is what the RM came back for
                rows = [
                    s
                    for s in meetings.client_meetings(book, live.plan.client_id)
                    if s.id == live.id
                ] + rows
            return rows, now

        def shown(result: tuple[list[MeetingSummary], datetime]) -> None:
            rows, self.now = result
            self.model.set_rows(rows)
            self.view.setVisible(bool(rows))
            self.empty.setVisible(not rows)
            self.open_button.setEnabled(bool(rows))
            if rows:
                self.view.selectRow(0)

        self._ops.query(read, shown)

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_meeting(self.model.row_at(row).id)

    def open_meeting(self, meeting_id: int, step: str | None = None) -> None:
        self.stack.setCurrentWidget(self.flow_page)
        self.flow.open_meeting(meeting_id, step)

    def prepare_for(self, client_id: int) -> None:
        self.stack.setCurrentWidget(self.flow_page)
        self.flow.open_new(client_id)

    def show_overview(self) -> None:
        self.flow.flush()
        self.stack.setCurrentWidget(self.overview)
        self.refresh()

    def on_changes(self, changes: OpChanges, initiator: object | None) -> None:
        """The list of meetings reloads when meetings (as listed) changed; the open
        meeting's flow writes its own changes and shows them already."""
        if changes.meetings and self.stack.currentWidget() is self.overview:
            self.refresh()

    def flush(self) -> None:
        """Write what live mode holds in its save timers."""
        self.flow.flush()
