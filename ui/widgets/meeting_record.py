"""A finished meeting as a read-only record; later additions go in as dated amendments."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rmcoach.meeting_domain import Meeting
from rmcoach.playbook import Playbook
from ui import formatting
from ui.coach_labels import meeting_type_name, outcome_name
from ui.i18n import current_language
from ui.icons import icon


class MeetingRecord(QWidget):
    """Signals: amend_requested(str): the RM added an amendment with this text."""

    amend_requested = Signal(str)
    documents_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Meeting record"))
        self.browser.setOpenLinks(False)
        self.amendment = QPlainTextEdit()
        self.amendment.setPlaceholderText(
            self.tr("To add or correct something, write it here: it is kept as a dated amendment.")
        )
        self.amendment.setAccessibleName(self.tr("Amendment"))
        self.amendment.setFixedHeight(64)
        self.amend_button = QPushButton(self.tr("Add amendment"))
        self.amend_button.clicked.connect(self._on_amend)
        row = QHBoxLayout()
        row.addWidget(self.amendment, 1)
        row.addWidget(self.amend_button)
        self.documents_button = QPushButton(icon("print"), self.tr("Documents…"))
        self.documents_button.setAccessibleName(
            self.tr("Minutes, letter and brief of this meeting")
        )
        self.documents_button.clicked.connect(self.documents_requested)
        row.addWidget(self.documents_button)
        self.read_only_note = QLabel(
            self.tr("This meeting is a record: it can be amended, not rewritten.")
        )
        self.read_only_note.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)

    def _on_amend(self) -> None:
        text = self.amendment.toPlainText().strip()
        if text:
            self.amendment.clear()
            self.amend_requested.emit(text)

    def show_meeting(self, meeting: Meeting, playbook: Playbook) -> None:
        lang = current_language()
        parts: list[str] = []

        def section(title: str, body: str) -> None:
            if body:
                parts.append(f"<h3>{escape(title)}</h3>{body}")

        def items(values: list[str]) -> str:
            return (
                "<ul>" + "".join(f"<li>{escape(v)}</li>" for v in values) + "</ul>"
                if values
                else ""
            )

        when = meeting.started_at or meeting.plan.scheduled_at
        heading = f"{meeting.client_name} · {meeting_type_name(meeting.plan.meeting_type)}"
        parts.append(f"<h2>{escape(heading)}</h2>")
        parts.append(
            f"<p>{escape(formatting.day(when.date() if when else None))} "
            f"{escape(meeting.plan.place)}</p>"
        )
        section(self.tr("Objectives"), items(list(meeting.plan.objectives)))
        wrap = meeting.wrap_up
        if wrap is not None:
            outcome = [outcome_name(wrap.outcome)]
            if wrap.satisfaction:
                outcome.append(
                    self.tr("satisfaction %1 of 5").replace("%1", str(wrap.satisfaction))
                )
            section(
                self.tr("Outcome"),
                f"<p>{escape(' · '.join(outcome))}</p>"
                + (f"<p>{escape(wrap.outcome_notes)}</p>" if wrap.outcome_notes else ""),
            )
        section(
            self.tr("Stated needs"),
            f"<p>{escape(meeting.stated_needs)}</p>" if meeting.stated_needs else "",
        )
        section(
            self.tr("Real intent"),
            f"<p>{escape(meeting.real_intent)}</p>" if meeting.real_intent else "",
        )
        no_response = self.tr("(no response recorded)")
        resolved, still_open = self.tr("resolved"), self.tr("open")
        section(
            self.tr("Objections"),
            items(
                [
                    f"{o.text} → {o.response or no_response} · "
                    + (resolved if o.resolved else still_open)
                    for o in meeting.objections
                ]
            ),
        )
        section(
            self.tr("Products discussed"),
            items([p.name for p in meeting.plan.products if p.discussed]),
        )
        ticked = []
        for phase in playbook.phases:
            if phase.id in ("rapport", "questioning", "listening", "responding"):
                done = sum(1 for item in phase.items if item.id in meeting.ticked)
                ticked.append(f"{phase.title.get(lang)}: {done}/{len(phase.items)}")
        section(self.tr("Checklist"), items(ticked))
        section(
            self.tr("Notes"), items([f"{n.at.strftime('%H:%M')}  {n.text}" for n in meeting.notes])
        )
        section(
            self.tr("Amendments"),
            items(
                [
                    f"{formatting.day(a.at.date())} {a.at.strftime('%H:%M')}  {a.text}"
                    for a in meeting.amendments
                ]
            ),
        )
        self.browser.setHtml("".join(parts))
