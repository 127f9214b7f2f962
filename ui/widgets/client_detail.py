"""The selected client in one pane: a header with actions and tabs for the whole profile."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractItemModel, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rmcoach.compliance.domain import Consent
from rmcoach.domain import ClientRecord, Contact, Holding, HouseholdMember
from rmcoach.masking import mask_email, mask_phone
from rmcoach.meeting_domain import MeetingSummary
from ui import formatting
from ui.coach_labels import meeting_status_name, meeting_type_name, outcome_name
from ui.icons import icon
from ui.labels import (
    channel_name,
    gender_name,
    product_type_name,
    style_name,
    tier_name,
)
from ui.models.records_model import RecordsModel
from ui.operations import Operations
from ui.theme import current_palette
from ui.widgets.consent_list import ConsentList


def _value_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "value")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ClientDetail(QWidget):
    """Shows one ClientRecord.

    Signals:
        edit_requested(int), archive_requested(int), restore_requested(int),
        contact_requested(int): the RM pressed an action for the client with that id.
    """

    edit_requested = Signal(int)
    prepare_requested = Signal(int)
    documents_requested = Signal(int)
    revealed = Signal(int)  # full contact details shown: the audit log records it
    meeting_opened = Signal(int)
    archive_requested = Signal(int)
    restore_requested = Signal(int)
    contact_requested = Signal(int)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientDetail")
        self.record: ClientRecord | None = None
        self.tier_names: dict[str, str] = {}
        self.now = datetime.now().astimezone()
        self._reveal = False

        header = QFrame()
        header.setProperty("card", True)
        self.name_label = QLabel()
        self.name_label.setProperty("role", "h1")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tier_pill = QLabel()
        self.tier_pill.setProperty("pill", "tier")
        self.risk_pill = QLabel()
        self.risk_pill.setProperty("pill", "risk")
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "muted")
        self.prepare_button = QPushButton(
            icon("prepare", current_palette()["accent_text"]), self.tr("Prepare a meeting")
        )
        self.prepare_button.setProperty("primary", True)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"))
        self.contact_button = QPushButton(icon("phone"), self.tr("Log contact"))
        self.documents_button = QPushButton(icon("print"), self.tr("Documents…"))
        self.documents_button.setAccessibleName(self.tr("Print or save documents for the client"))
        self.documents_button.clicked.connect(lambda: self._emit(self.documents_requested))
        self.archive_button = QPushButton(icon("archive"), self.tr("Archive"))
        self.restore_button = QPushButton(icon("restore"), self.tr("Restore"))
        self.reveal_button = QPushButton(icon("eye"), self.tr("Show contact details"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.setProperty("flat", True)
        for button, name in (
            (self.prepare_button, self.tr("Prepare a meeting with the client")),
            (self.edit_button, self.tr("Edit client")),
            (self.contact_button, self.tr("Log a contact with the client")),
            (self.archive_button, self.tr("Archive client")),
            (self.restore_button, self.tr("Restore client")),
            (self.reveal_button, self.tr("Show or hide full contact details")),
        ):
            button.setAccessibleName(name)
        self.prepare_button.clicked.connect(lambda: self._emit(self.prepare_requested))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.contact_button.clicked.connect(lambda: self._emit(self.contact_requested))
        self.archive_button.clicked.connect(lambda: self._emit(self.archive_requested))
        self.restore_button.clicked.connect(lambda: self._emit(self.restore_requested))
        self.reveal_button.toggled.connect(self._on_reveal_toggled)

        title_row = QHBoxLayout()
        title_row.addWidget(self.name_label)
        title_row.addWidget(self.tier_pill)
        title_row.addWidget(self.risk_pill)
        title_row.addStretch(1)
        actions = QHBoxLayout()
        for button in (
            self.prepare_button,
            self.edit_button,
            self.contact_button,
            self.documents_button,
            self.archive_button,
        ):
            actions.addWidget(button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        actions.addWidget(self.reveal_button)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(0, 0, 0, 0)  # the card's padding comes from app.qss
        header_layout.addLayout(title_row)
        header_layout.addWidget(self.subtitle)
        header_layout.addLayout(actions)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._profile_form = QFormLayout()
        self._profile_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        profile = QWidget()
        profile.setLayout(self._profile_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(profile)
        self.tabs.addTab(scroll, self.tr("Profile"))

        self.holdings_model: RecordsModel[Holding] = RecordsModel(
            [
                (self.tr("Product"), lambda h: h.name),
                (self.tr("Type"), lambda h: product_type_name(h.product_type)),
                (self.tr("Risk"), lambda h: h.risk.value if h.risk else ""),
                (self.tr("Amount"), lambda h: formatting.amount(h.amount_fen)),
                (self.tr("Start"), lambda h: formatting.day(h.start_date, self.now.date())),
                (self.tr("Maturity"), lambda h: formatting.day(h.maturity_date, self.now.date())),
            ],
            self,
        )
        self.household_model: RecordsModel[HouseholdMember] = RecordsModel(
            [
                (self.tr("Name"), lambda m: m.name),
                (self.tr("Relation"), lambda m: m.relation),
                (self.tr("Birthday"), lambda m: formatting.day(m.birthday, self.now.date())),
                (self.tr("Notes"), lambda m: m.notes),
            ],
            self,
        )
        self.contacts_model: RecordsModel[Contact] = RecordsModel(
            [
                (self.tr("When"), lambda c: formatting.day(c.occurred_at.date(), self.now.date())),
                (self.tr("How"), lambda c: channel_name(c.channel)),
                (self.tr("Summary"), lambda c: c.summary),
            ],
            self,
        )
        self.meetings_model: RecordsModel[MeetingSummary] = RecordsModel(
            [
                (self.tr("When"), lambda m: self._meeting_day(m)),
                (self.tr("Meeting"), lambda m: meeting_type_name(m.meeting_type)),
                (self.tr("Status"), lambda m: meeting_status_name(m.status)),
                (self.tr("Outcome"), lambda m: outcome_name(m.outcome) if m.outcome else ""),
                (
                    self.tr("Satisfaction"),
                    lambda m: f"{m.satisfaction}/5" if m.satisfaction else "",
                ),
            ],
            self,
        )
        self.meetings_view = self._table(self.meetings_model, self.tr("Meetings"))
        self.meetings_view.doubleClicked.connect(
            lambda index: self.meeting_opened.emit(self.meetings_model.row_at(index.row()).id)
        )
        self.holdings_view = self._table(self.holdings_model, self.tr("Holdings"))
        self.household_view = self._table(self.household_model, self.tr("Household"))
        self.contacts_view = self._table(self.contacts_model, self.tr("Contact history"))
        self.tabs.addTab(self.meetings_view, self.tr("Meetings"))
        self.tabs.addTab(self.holdings_view, self.tr("Holdings"))
        self.tabs.addTab(self.household_view, self.tr("Household"))
        self.tabs.addTab(self.contacts_view, self.tr("History"))
        self.consents = ConsentList(ops)
        self.tabs.addTab(self.consents, self.tr("Consents"))

        self.placeholder = QLabel(self.tr("Select a client to see the profile."))
        self.placeholder.setProperty("role", "empty")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)
        self._header = header
        self.show_record(None)

    def _table(self, model: QAbstractItemModel, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        return view

    def _emit(self, signal: SignalInstance) -> None:
        if self.record is not None:
            signal.emit(self.record.id)

    def _on_reveal_toggled(self, checked: bool) -> None:
        self._reveal = checked
        if checked:
            self._emit(self.revealed)
        self.show_record(self.record)

    def show_record(self, record: ClientRecord | None) -> None:
        """Show a client, or the placeholder when none is selected."""
        other_client = record is None or self.record is None or record.id != self.record.id
        if other_client and self._reveal:  # revealed only while the same client is shown
            self.reveal_button.blockSignals(True)
            self.reveal_button.setChecked(False)
            self.reveal_button.blockSignals(False)
            self._reveal = False
        self.record = record
        if other_client:  # the page reads the new client's consents next
            self.consents.show_consents(record.id if record else None, ())
        empty = record is None
        self.placeholder.setVisible(empty)
        self._header.setVisible(not empty)
        self.tabs.setVisible(not empty)
        if record is None:
            return
        draft = record.draft
        self.name_label.setText(record.display_name)
        self.tier_pill.setText(tier_name(draft.tier, self.tier_names))
        self.tier_pill.setProperty("tier", draft.tier.value)
        self.risk_pill.setText(draft.risk_profile.value if draft.risk_profile else "")
        self.risk_pill.setVisible(draft.risk_profile is not None)
        for pill in (self.tier_pill, self.risk_pill):
            pill.style().unpolish(pill)
            pill.style().polish(pill)
        bits = [draft.client_no, draft.occupation, draft.employer]
        if record.archived_at is not None:
            bits.insert(0, self.tr("Archived"))
        self.subtitle.setText(" · ".join(b for b in bits if b))
        archived = record.archived_at is not None
        self.archive_button.setVisible(not archived)
        self.restore_button.setVisible(archived)
        self.edit_button.setEnabled(not archived)
        self.prepare_button.setEnabled(not archived)
        self.contact_button.setEnabled(not archived)
        self.reveal_button.setText(
            self.tr("Hide contact details") if self._reveal else self.tr("Show contact details")
        )
        self.reveal_button.setIcon(icon("eye-off" if self._reveal else "eye"))
        self._fill_profile(record)
        self.holdings_model.set_rows(draft.holdings)
        self.household_model.set_rows(draft.household)
        self.contacts_model.set_rows(record.contacts)

    def show_meetings(self, client_id: int, summaries: tuple[MeetingSummary, ...]) -> None:
        """The client's meetings, newest first; a double-click opens one (read-only if done)."""
        if self.record is not None and self.record.id == client_id:
            self.meetings_model.set_rows(summaries)

    def show_consents(self, client_id: int, consents: tuple[Consent, ...]) -> None:
        """The client's consents; only an archived client's cannot be changed."""
        if self.record is not None and self.record.id == client_id:
            self.consents.today = self.now.date()
            editable = self.record.archived_at is None
            self.consents.show_consents(client_id, consents, editable)

    def _meeting_day(self, summary: MeetingSummary) -> str:
        moment = summary.started_at or summary.scheduled_at
        return formatting.day(
            moment.astimezone(self.now.tzinfo).date() if moment else None, self.now.date()
        )

    def _fill_profile(self, record: ClientRecord) -> None:
        form = self._profile_form
        while form.rowCount():
            form.removeRow(0)
        draft = record.draft
        today = self.now.date()
        mobile = draft.mobile if self._reveal else mask_phone(draft.mobile)
        other = draft.phone_other if self._reveal else mask_phone(draft.phone_other)
        email = draft.email if self._reveal else mask_email(draft.email)
        birthday = formatting.day(draft.birthday, today)
        if draft.birthday and draft.birthday_lunar:
            birthday += " " + self.tr("(lunar)")
        rows: list[tuple[str, str]] = [
            (self.tr("Assets"), formatting.amount(draft.aum_fen) if draft.aum_fen else ""),
            (self.tr("Mobile"), mobile),
            (self.tr("Other phone"), other),
            (self.tr("E-mail"), email),
            (self.tr("Address"), draft.address if self._reveal else ""),
            (
                self.tr("Preferred channel"),
                channel_name(draft.preferred_channel) if draft.preferred_channel else "",
            ),
            (self.tr("Best time to call"), draft.best_time_to_call),
            (self.tr("Gender"), gender_name(draft.gender) if draft.gender else ""),
            (self.tr("Birthday"), birthday),
            (self.tr("Occupation"), draft.occupation),
            (self.tr("Employer"), draft.employer),
            (self.tr("Personality"), draft.personality),
            (
                self.tr("Communication style"),
                style_name(draft.communication_style) if draft.communication_style else "",
            ),
            (self.tr("Habits"), draft.habits),
            (self.tr("Interests"), "、".join(draft.interests)),
            (self.tr("Concerns"), draft.concerns),
            (self.tr("Mindset"), draft.mindset),
            (self.tr("Client since"), formatting.day(draft.client_since, today)),
            (self.tr("Last contact"), formatting.days_ago(record.last_contact_at, self.now)),
            (self.tr("Referred by"), record.referred_by_name),
            (self.tr("Clients referred"), "、".join(name for _id, name in record.referrals)),
            (self.tr("Tags"), "、".join(draft.tags)),
            (self.tr("Notes"), draft.notes),
        ]
        for label_text, value in rows:
            if not value:
                continue
            label = QLabel(label_text)
            label.setProperty("role", "fieldLabel")
            form.addRow(label, _value_label(value))
        if form.rowCount() == 0:
            empty = QLabel(self.tr("Nothing recorded yet. Press Edit to fill in the profile."))
            empty.setProperty("role", "muted")
            form.addRow(empty)
