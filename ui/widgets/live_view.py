"""Live mode, across the table from the client: large check cards, a timer, quick notes.

Every tap and every note is written at once; text boxes are saved within a second of the
last keystroke, so a crash loses nothing older than that.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rmcoach.compliance.rules import ComplianceItem
from rmcoach.meeting_domain import Meeting, MeetingNote, Objection
from rmcoach.phrasecoach import check_text
from rmcoach.playbook import Phase
from rmcoach.services.sales.meeting_compliance import MeetingCompliance
from ui.i18n import current_language
from ui.icons import icon
from ui.models.records_model import RecordsModel
from ui.widgets.compliance_banner import ComplianceBanner
from ui.widgets.live_cards import SAVE_DELAY_MS, CheckCard, ObjectionRow
from ui.widgets.live_products import LiveProducts, ProductCheck

LIVE_PHASES = ("rapport", "questioning", "listening", "responding")


class LiveView(QWidget):
    """The meet step. The flow connects its signals to the book (each one a small write).

    Signals:
        item_toggled(str, bool), note_added(str), note_draft_changed(str), needs_changed(str),
        intent_changed(str), objection_added(str), objection_changed(int, str, bool),
        product_toggled(str, bool), consent_changed(object), end_requested(),
        fullscreen_toggled(bool).
    """

    item_toggled = Signal(str, bool)
    note_added = Signal(str)
    note_draft_changed = Signal(str)
    needs_changed = Signal(str)
    intent_changed = Signal(str)
    objection_added = Signal(str)
    objection_changed = Signal(int, str, bool)
    product_toggled = Signal(str, bool)
    consent_changed = Signal(object)
    end_requested = Signal()
    fullscreen_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveMode")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.started_at: datetime | None = None
        self.cards: dict[str, CheckCard] = {}
        self.objection_rows: list[ObjectionRow] = []
        self.consent_card: CheckCard | None = None
        self.banner = ComplianceBanner()
        self._loading = False

        self.client_label = QLabel()
        self.client_label.setProperty("role", "h1")
        self.client_facts = QLabel()
        self.client_facts.setProperty("role", "muted")
        self.timer_label = QLabel("00:00")
        self.timer_label.setObjectName("meetingTimer")
        self.timer_label.setAccessibleName(self.tr("Meeting time"))
        self.privacy = QPushButton(icon("eye-off"), self.tr("Privacy"))
        self.privacy.setCheckable(True)
        self.privacy.setProperty("role", "privacy")
        self.privacy.setToolTip(self.tr("Hide assets, notes and contact details from view"))
        self.privacy.setAccessibleName(self.tr("Privacy: hide assets, notes and contact details"))
        self.privacy.toggled.connect(self.set_privacy)
        self.fullscreen = QPushButton(self.tr("Full screen (F11)"))
        self.fullscreen.setCheckable(True)
        self.fullscreen.toggled.connect(self.fullscreen_toggled)
        self.end_button = QPushButton(self.tr("End and wrap up"))
        self.end_button.setProperty("primary", True)
        self.end_button.clicked.connect(self._on_end)
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.client_label)
        names.addWidget(self.client_facts)
        top.addLayout(names, 1)
        top.addWidget(self.privacy)
        top.addWidget(self.fullscreen)
        top.addWidget(self.timer_label)
        top.addWidget(self.end_button)

        self.phases = QTabWidget()
        self.phases.setDocumentMode(True)

        side = QWidget()
        side.setMinimumWidth(340)
        side.setMaximumWidth(440)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.needs = QPlainTextEdit()
        self.needs.setPlaceholderText(self.tr("What the client says they need"))
        self.needs.setAccessibleName(self.tr("The client's stated needs"))
        self.intent = QPlainTextEdit()
        self.intent.setPlaceholderText(self.tr("What you believe they really want"))
        self.intent.setAccessibleName(self.tr("The client's real intent"))
        for box in (self.needs, self.intent):
            box.setFixedHeight(70)
            box.setTabChangesFocus(True)
        self.objection_input = QLineEdit()
        self.objection_input.setPlaceholderText(
            self.tr("An objection, as the client put it; Enter adds it")
        )
        self.objection_input.setAccessibleName(self.tr("New objection"))
        self.objection_input.returnPressed.connect(self._on_add_objection)
        self.objections_box = QVBoxLayout()
        self.products = LiveProducts()
        self.products.product_toggled.connect(self.product_toggled)
        self.consent = QComboBox()
        self.consent.setAccessibleName(self.tr("Consent to record"))
        self.consent.addItem(self.tr("Not asked"), None)
        self.consent.addItem(self.tr("Client agreed"), True)
        self.consent.addItem(self.tr("Client declined"), False)
        self.consent.currentIndexChanged.connect(self._on_consent_changed)
        for title, widget in (
            (self.tr("Stated needs"), self.needs),
            (self.tr("Real intent"), self.intent),
        ):
            side_layout.addWidget(self._field_label(title))
            side_layout.addWidget(widget)
        side_layout.addWidget(self._field_label(self.tr("Objections")))
        side_layout.addWidget(self.objection_input)
        side_layout.addLayout(self.objections_box)
        side_layout.addWidget(self._field_label(self.tr("Products discussed")))
        side_layout.addWidget(self.products)
        side_layout.addWidget(self._field_label(self.tr("Recording or note-taking")))
        side_layout.addWidget(self.consent)
        side_layout.addStretch(1)
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setWidget(side)
        # the scroll area, not only its page, needs the width: else the page is cut off at
        # the right (no horizontal scroll bar) and the products' marks with it
        scrollbar = side_scroll.verticalScrollBar().sizeHint().width()
        side_scroll.setMinimumWidth(side.minimumWidth() + scrollbar)
        side_scroll.setMaximumWidth(side.maximumWidth() + scrollbar)
        self.side = side_scroll

        self.notes_model: RecordsModel[MeetingNote] = RecordsModel(
            [
                (self.tr("Time"), lambda n: n.at.strftime("%H:%M")),
                (self.tr("Note"), lambda n: n.text),
            ],
            self,
        )
        self.notes_view = QTableView()
        self.notes_view.setAccessibleName(self.tr("Notes"))
        self.notes_view.setModel(self.notes_model)
        self.notes_view.verticalHeader().hide()
        self.notes_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.notes_view.horizontalHeader().setStretchLastSection(True)
        self.notes_view.setMaximumHeight(150)
        self.note_box = QLineEdit()
        self.note_box.setObjectName("noteBox")
        self.note_box.setPlaceholderText(self.tr("A note; Enter saves it with the time"))
        self.note_box.setAccessibleName(self.tr("Note"))
        self.note_box.returnPressed.connect(self._on_add_note)
        self.note_advice = QLabel()
        self.note_advice.setProperty("role", "muted")
        self.note_advice.setWordWrap(True)
        self.note_advice.hide()

        self._draft_timer = self._save_timer(
            lambda: self.note_draft_changed.emit(self.note_box.text())
        )
        self._needs_timer = self._save_timer(
            lambda: self.needs_changed.emit(self.needs.toPlainText())
        )
        self._intent_timer = self._save_timer(
            lambda: self.intent_changed.emit(self.intent.toPlainText())
        )
        self.note_box.textEdited.connect(self._on_note_typed)
        self.needs.textChanged.connect(lambda: None if self._loading else self._needs_timer.start())
        self.intent.textChanged.connect(
            lambda: None if self._loading else self._intent_timer.start()
        )

        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addWidget(self.phases, 1)
        middle.addWidget(self.side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        layout.addWidget(self.notes_view)
        layout.addWidget(self.note_box)
        layout.addWidget(self.note_advice)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)

    def _field_label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "fieldLabel")
        return label

    def _save_timer(self, action: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(SAVE_DELAY_MS)
        timer.timeout.connect(action)
        return timer

    # -- showing ---------------------------------------------------------------
    def show_meeting(
        self,
        meeting: Meeting,
        phases: tuple[Phase, ...],
        facts: str,
        compliance: MeetingCompliance | None = None,
        check: ProductCheck | None = None,
    ) -> None:
        """Fill the cards and boxes from the stored meeting (a resume shows all of it).

        With `compliance`, the banners show, and the on-record (双录) and special-care
        items get tabs of their own; with `check`, unsuitable products are marked.
        """
        self._loading = True
        try:
            lang = current_language()
            self.client_label.setText(meeting.client_name)
            self.client_facts.setText(facts)
            self.started_at = meeting.started_at
            self.phases.clear()
            self.cards.clear()
            for phase in phases:
                if phase.id not in LIVE_PHASES:
                    continue
                page = QWidget()
                page_layout = QVBoxLayout(page)
                page_layout.setSpacing(8)
                for item in phase.items:
                    phrases = item.phrases_zh if lang == "zh" else item.phrases_en
                    card = CheckCard(item.id, item.title.get(lang), item.guide.get(lang), phrases)
                    card.box.setChecked(item.id in meeting.ticked)
                    card.toggled.connect(self.item_toggled)
                    self.cards[item.id] = card
                    page_layout.addWidget(card)
                page_layout.addStretch(1)
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.Shape.NoFrame)
                scroll.setWidget(page)
                self.phases.addTab(scroll, phase.title.get(lang))
            self.banner.show_compliance(compliance)
            self.consent_card = None
            if compliance is not None and compliance.recorded_items:
                self._add_compliance_tab(
                    self.tr("On record (双录)"), compliance.recorded_items, meeting, compliance
                )
            if compliance is not None and compliance.care_items:
                self._add_compliance_tab(
                    self.tr("Take care"), compliance.care_items, meeting, compliance
                )
            self._update_tab_counts()
            self.needs.setPlainText(meeting.stated_needs)
            self.intent.setPlainText(meeting.real_intent)
            self.note_box.setText(meeting.note_draft)
            self.notes_model.set_rows(meeting.notes)
            self.notes_view.scrollToBottom()
            self._show_objections(meeting.objections)
            excepted = compliance.excepted if compliance is not None else frozenset()
            self.products.show_products(meeting.plan.products, check, excepted)
            self.consent.setCurrentIndex(max(self.consent.findData(meeting.consent_to_record), 0))
        finally:
            self._loading = False
        self._tick()
        self._clock.start()

    def _add_compliance_tab(
        self,
        title: str,
        items: tuple[ComplianceItem, ...],
        meeting: Meeting,
        compliance: MeetingCompliance,
    ) -> None:
        lang = current_language()
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setSpacing(8)
        for item in items:
            card = CheckCard(item.id, item.title.get(lang), item.guide.get(lang), ())
            if item.id == compliance.consent_item:
                # follows the consent answer on the side, not a tap of its own
                card.box.setChecked(meeting.consent_to_record is True)
                card.box.setEnabled(False)
                card.box.setToolTip(self.tr("Set by the answer under Recording or note-taking"))
                self.consent_card = card
            else:
                card.box.setChecked(item.id in meeting.ticked)
                card.toggled.connect(self.item_toggled)
                self.cards[item.id] = card
            page_layout.addWidget(card)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.phases.addTab(scroll, title)

    def _on_consent_changed(self, _index: int) -> None:
        if self.consent_card is not None:
            self.consent_card.box.setChecked(self.consent.currentData() is True)
            self._update_tab_counts()
        if not self._loading:
            self.consent_changed.emit(self.consent.currentData())

    def _update_tab_counts(self) -> None:
        for phase_tab in range(self.phases.count()):
            page = self.phases.widget(phase_tab)
            cards = page.findChildren(CheckCard) if page is not None else []
            done = sum(1 for c in cards if c.box.isChecked())
            title = self.phases.tabText(phase_tab).split("  ")[0]
            self.phases.setTabText(phase_tab, f"{title}  {done}/{len(cards)}")

    def _show_objections(self, objections: tuple[Objection, ...]) -> None:
        for row in self.objection_rows:
            row.deleteLater()
        self.objection_rows = []
        for objection in objections:
            row = ObjectionRow(objection)
            row.changed.connect(self.objection_changed)
            self.objection_rows.append(row)
            self.objections_box.addWidget(row)

    def add_note_row(self, note: MeetingNote) -> None:
        rows = [self.notes_model.row_at(i) for i in range(self.notes_model.rowCount())]
        self.notes_model.set_rows([*rows, note])
        self.notes_view.scrollToBottom()

    def add_objection_row(self, objection: Objection) -> None:
        row = ObjectionRow(objection)
        row.changed.connect(self.objection_changed)
        self.objection_rows.append(row)
        self.objections_box.addWidget(row)

    # -- input ---------------------------------------------------------------------
    def _on_note_typed(self, text: str) -> None:
        self._draft_timer.start()
        findings = check_text(text)
        lang = current_language()
        self.note_advice.setText(
            "  ".join(f"“{f.word}”: {f.suggestion(lang)}" for f in findings[:2])
        )
        self.note_advice.setVisible(bool(findings))

    def _on_add_note(self) -> None:
        text = self.note_box.text().strip()
        if not text:
            return
        self._draft_timer.stop()
        self.note_box.clear()
        self.note_advice.hide()
        self.note_added.emit(text)

    def _on_add_objection(self) -> None:
        text = self.objection_input.text().strip()
        if text:
            self.objection_input.clear()
            self.objection_added.emit(text)

    def _on_end(self) -> None:
        self.flush()
        self.end_requested.emit()

    def flush(self) -> None:
        """Write whatever is waiting in a save timer now (before ending, closing, switching)."""
        for timer in (self._draft_timer, self._needs_timer, self._intent_timer):
            if timer.isActive():
                timer.stop()
                timer.timeout.emit()
        for row in self.objection_rows:
            if row._timer.isActive():
                row.flush()
        self._update_tab_counts()

    def stop(self) -> None:
        self._clock.stop()

    def set_privacy(self, hidden: bool) -> None:
        """One tap hides what the client must not read: assets, notes, contact details."""
        for widget in (self.client_facts, self.notes_view, self.side):
            widget.setVisible(not hidden)
        self.note_box.setEchoMode(
            QLineEdit.EchoMode.Password if hidden else QLineEdit.EchoMode.Normal
        )
        self.privacy.setText(self.tr("Privacy on") if hidden else self.tr("Privacy"))

    def _tick(self) -> None:
        if self.started_at is None:
            self.timer_label.setText("00:00")
            return
        seconds = max(
            0, int((datetime.now(self.started_at.tzinfo) - self.started_at).total_seconds())
        )
        self.timer_label.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")

    def item_changed_locally(self) -> None:
        self._update_tab_counts()
