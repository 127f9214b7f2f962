"""Prepare a visit: the client at a glance beside the plan, one suggestion card with reasons."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmcoach.domain import ProductRisk, ProductType
from rmcoach.meeting_domain import (
    Directness,
    MeetingPlan,
    MeetingType,
    ProposedProduct,
    QuestionStyle,
)
from rmcoach.services.insights import coaching as insights_coaching
from ui import formatting
from ui.coach_labels import (
    directness_name,
    followup_kind_name,
    meeting_type_name,
    outcome_name,
    question_style_name,
)
from ui.coach_reasons import reason_text
from ui.i18n import current_language
from ui.labels import product_type_name, tier_name
from ui.models.editable_rows_model import ChoiceDelegate, EditableRowsModel
from ui.pages.meeting_context import MeetingContext
from ui.widgets.coached_text import CoachedTextEdit
from ui.widgets.compliance_banner import ComplianceBanner
from ui.widgets.prepare_parts import card, lines_of, muted, product_verdicts

P_NAME, P_TYPE, P_RISK = range(3)


class PrepareView(QWidget):
    """The prepare step.

    Signals:
        save_requested(), start_requested(): the RM pressed Save plan / Start the meeting.
        prepare_item_toggled(str, bool): a prepare checklist item was ticked or unticked.
        exception_requested(str, object, object): record an exception for a product above
            the client's level (name, ProductRisk, ProductKind or None).
    """

    save_requested = Signal()
    start_requested = Signal()
    prepare_item_toggled = Signal(str, bool)
    exception_requested = Signal(str, object, object)

    def __init__(self, tier_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tier_names = tier_names
        self.context: MeetingContext | None = None
        self._checking = False
        self.exception_buttons: dict[str, QPushButton] = {}
        self.exceptions_recorded: set[str] = set()

        # -- left: the client at a glance
        self.glance_card, glance_layout = card(self.tr("The client at a glance"))
        self.client_name = QLabel()
        self.client_name.setProperty("role", "h1")
        self.client_facts = muted()
        self.profile_facts = QLabel()
        self.profile_facts.setWordWrap(True)
        self.maturities = QLabel()
        self.maturities.setWordWrap(True)
        self.last_meeting = QLabel()
        self.last_meeting.setWordWrap(True)
        self.open_followups = QLabel()
        self.open_followups.setWordWrap(True)
        for widget in (self.client_name, self.client_facts, self.profile_facts):
            glance_layout.addWidget(widget)
        for title, widget in (
            (self.tr("Maturities coming up"), self.maturities),
            (self.tr("Last meeting"), self.last_meeting),
            (self.tr("Open follow-ups"), self.open_followups),
        ):
            heading = QLabel(title)
            heading.setProperty("role", "fieldLabel")
            glance_layout.addWidget(heading)
            glance_layout.addWidget(widget)
        glance_layout.addStretch(1)

        # -- right: the plan
        self.meeting_type = QComboBox()
        for kind in MeetingType:
            self.meeting_type.addItem(meeting_type_name(kind), kind.value)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(10, 480)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. the branch's VIP room, the client's office"))
        self.objectives = QPlainTextEdit()
        self.objectives.setPlaceholderText(self.tr("One objective a line, one to three in all"))
        self.objectives.setFixedHeight(76)
        self.questions = QPlainTextEdit()
        self.questions.setPlaceholderText(self.tr("One question a line"))
        self.questions.setFixedHeight(96)
        self.talking_points = CoachedTextEdit(
            self.tr("What you mean to say, in the client's words")
        )
        self.talking_points.setMinimumHeight(110)
        for widget, name in (
            (self.meeting_type, self.tr("Meeting type")),
            (self.when, self.tr("Date and time")),
            (self.duration, self.tr("Duration")),
            (self.place, self.tr("Place")),
            (self.objectives, self.tr("Objectives")),
            (self.questions, self.tr("Prepared questions")),
            (self.talking_points.editor, self.tr("Talking points")),
        ):
            widget.setAccessibleName(name)

        plan_card, plan_layout = card(self.tr("The plan"))
        form = QFormLayout()
        form.addRow(self.tr("Meeting type"), self.meeting_type)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.duration)
        form.addRow(self.tr("When"), when_row)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Objectives"), self.objectives)
        plan_layout.addLayout(form)

        self.suggestion_card, suggestion_layout = card(self.tr("Suggested approach"))
        self.suggestion_card.setObjectName("suggestionCard")
        self.style_label = QLabel()
        self.style_label.setWordWrap(True)
        self.style_reasons = muted()
        self.topics_label = QLabel()
        self.topics_label.setWordWrap(True)
        self.question_style = QComboBox()
        self.question_style.setAccessibleName(self.tr("Questioning style"))
        for style in QuestionStyle:
            self.question_style.addItem(question_style_name(style), style.value)
        self.directness = QComboBox()
        self.directness.setAccessibleName(self.tr("Direct or tactful"))
        for value in Directness:
            self.directness.addItem(directness_name(value), value.value)
        style_row = QHBoxLayout()
        style_row.addWidget(self.question_style)
        style_row.addWidget(self.directness)
        style_row.addStretch(1)
        suggestion_layout.addWidget(self.style_label)
        suggestion_layout.addWidget(self.style_reasons)
        suggestion_layout.addLayout(style_row)
        topics_heading = QLabel(self.tr("Opening topics"))
        topics_heading.setProperty("role", "fieldLabel")
        suggestion_layout.addWidget(topics_heading)
        suggestion_layout.addWidget(self.topics_label)

        products_card, products_layout = card(self.tr("Products to present"))
        self.products = EditableRowsModel(
            [self.tr("Product"), self.tr("Type"), self.tr("Risk")],
            {
                P_TYPE: [(t.value, product_type_name(t)) for t in ProductType],
                P_RISK: [("", "")] + [(r.value, r.value) for r in ProductRisk],
            },
            self,
        )
        self.products_view = QTableView()
        self.products_view.setAccessibleName(self.tr("Products to present"))
        self.products_view.setModel(self.products)
        self.products_view.setItemDelegate(ChoiceDelegate(self.products, self.products_view))
        self.products_view.verticalHeader().hide()
        self.products_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # room for the header and four products: a usual plan shows whole, without scrolling
        row = self.products_view.verticalHeader().defaultSectionSize()
        header = self.products_view.horizontalHeader().sizeHint().height()
        frame = 2 * self.products_view.frameWidth()
        self.products_view.setFixedHeight(header + 4 * row + frame)
        self.products.dataChanged.connect(self._check_products)
        self.products.rowsInserted.connect(self._check_products)
        self.products.rowsRemoved.connect(self._check_products)
        add_product = QPushButton(self.tr("Add product"))
        add_product.clicked.connect(
            lambda: self.products_view.edit(self.products.index(self.products.add_row(), 0))
        )
        remove_product = QPushButton(self.tr("Remove selected"))
        remove_product.clicked.connect(
            lambda: self.products.remove_row(self.products_view.currentIndex().row())
        )
        self.suitability = QLabel()
        self.suitability.setProperty("role", "error")
        self.suitability.setWordWrap(True)
        self.suitability.hide()
        self.exceptions_box = QVBoxLayout()
        self.exceptions_box.setContentsMargins(0, 0, 0, 0)
        product_buttons = QHBoxLayout()
        product_buttons.addWidget(add_product)
        product_buttons.addWidget(remove_product)
        product_buttons.addStretch(1)
        products_layout.addWidget(self.products_view)
        products_layout.addWidget(self.suitability)
        products_layout.addLayout(self.exceptions_box)
        products_layout.addLayout(product_buttons)

        talk_card, talk_layout = card(self.tr("Questions and talking points"))
        talk_layout.addWidget(QLabel(self.tr("Prepared questions")))
        talk_layout.addWidget(self.questions)
        talk_layout.addWidget(QLabel(self.tr("Talking points")))
        talk_layout.addWidget(self.talking_points)

        self.checklist_card, self.checklist_layout = card(self.tr("Before you go"))
        self.checklist_boxes: dict[str, QCheckBox] = {}
        self.skipped_last_time = muted()
        self.checklist_layout.addWidget(self.skipped_last_time)

        self.save_button = QPushButton(self.tr("Save plan"))
        self.start_button = QPushButton(self.tr("Start the meeting"))
        self.start_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_requested)
        self.start_button.clicked.connect(self.start_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.start_button)

        plan_column = QWidget()
        plan_column_layout = QVBoxLayout(plan_column)
        plan_column_layout.setContentsMargins(0, 0, 8, 0)
        plan_column_layout.setSpacing(12)
        self.banner = ComplianceBanner()
        for part in (
            self.banner,
            plan_card,
            self.suggestion_card,
            products_card,
            talk_card,
            self.checklist_card,
        ):
            plan_column_layout.addWidget(part)
        plan_column_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(plan_column)

        glance_scroll = QScrollArea()
        glance_scroll.setWidgetResizable(True)
        glance_scroll.setFrameShape(QFrame.Shape.NoFrame)
        glance_scroll.setWidget(self.glance_card)
        glance_scroll.setMinimumWidth(320)
        glance_scroll.setMaximumWidth(420)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(glance_scroll)
        columns.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

    # -- showing ---------------------------------------------------------------
    def show_context(self, context: MeetingContext) -> None:
        self.context = context
        self.exceptions_recorded = set()
        self.banner.show_compliance(context.compliance)
        record, draft, plan = context.record, context.record.draft, context.plan
        lang = current_language()
        self.client_name.setText(record.display_name)
        facts = [tier_name(draft.tier, self.tier_names)]
        if draft.risk_profile:
            facts.append(self.tr("Risk profile %1").replace("%1", draft.risk_profile.value))
        if context.glance.age is not None:
            facts.append(self.tr("%n year(s) old", "", context.glance.age))
        if draft.aum_fen:
            facts.append(self.tr("Assets %1").replace("%1", formatting.amount(draft.aum_fen)))
        self.client_facts.setText(" · ".join(facts))
        profile = [
            (self.tr("Occupation"), " ".join(p for p in (draft.occupation, draft.employer) if p)),
            (self.tr("Personality"), draft.personality),
            (self.tr("Habits"), draft.habits),
            (self.tr("Interests"), "、".join(draft.interests)),
            (self.tr("Concerns"), draft.concerns),
            (self.tr("Mindset"), draft.mindset),
        ]
        self.profile_facts.setText(
            "\n".join(f"{k}：{v}" if lang == "zh" else f"{k}: {v}" for k, v in profile if v)
        )
        maturing = [
            f"{formatting.day(h.maturity_date, context.today)}  {h.name}  "
            f"{formatting.amount(h.amount_fen)}"
            for h in context.glance.maturities
        ]
        self.maturities.setText("\n".join(maturing) or self.tr("None in the next 90 days."))
        last = context.last_meeting
        if last is None:
            self.last_meeting.setText(self.tr("No earlier meeting recorded."))
        else:
            when = last.started_at or last.plan.scheduled_at
            bits = [formatting.day(when.date() if when else None, context.today)]
            if last.wrap_up is not None:
                bits.append(outcome_name(last.wrap_up.outcome))
            notes = [n.text for n in last.notes[-3:]]
            self.last_meeting.setText(
                " · ".join(b for b in bits if b) + ("\n" + "\n".join(notes) if notes else "")
            )
        self.open_followups.setText(
            "\n".join(
                f"{formatting.day(f.due_on, context.today)}  "
                f"{followup_kind_name(f.kind)}: {f.title}"
                for f in context.open_followups[:6]
            )
            or self.tr("Nothing open.")
        )
        self._show_suggestion(context)
        self._show_plan(plan)
        self._show_checklist(context)

    def _show_suggestion(self, context: MeetingContext) -> None:
        suggestion = context.questioning
        self.style_label.setText(
            self.tr("Suggested: %1, %2.")
            .replace("%1", question_style_name(suggestion.style))
            .replace("%2", directness_name(suggestion.directness))
        )
        reasons = [reason_text(code, params) for code, params in suggestion.reasons]
        self.style_reasons.setText(
            self.tr("Why: %1").replace(
                "%1", "；".join(reasons) if current_language() == "zh" else "; ".join(reasons)
            )
        )
        # the reason already names the topic (its interest, child, maturity...)
        topics = [f"• {reason_text(t.reason_code, t.params)}" for t in context.topics[:5]]
        self.topics_label.setText(
            "\n".join(topics) or self.tr("Ask about what matters to the client now.")
        )

    def _show_plan(self, plan: MeetingPlan) -> None:
        self.meeting_type.setCurrentIndex(
            max(self.meeting_type.findData(plan.meeting_type.value), 0)
        )
        assert self.context is not None
        scheduled = plan.scheduled_at or datetime.combine(
            self.context.today + timedelta(days=1), time(10, 0), tzinfo=self.context.now.tzinfo
        )
        self.when.setDateTime(QDateTime(scheduled.date(), scheduled.time().replace(tzinfo=None)))
        self.duration.setValue(plan.duration_minutes)
        self.place.setText(plan.place)
        self.objectives.setPlainText("\n".join(plan.objectives))
        self.questions.setPlainText("\n".join(plan.questions))
        self.talking_points.set_text(plan.talking_points)
        style = plan.question_style or self.context.questioning.style
        directness = plan.directness or self.context.questioning.directness
        self.question_style.setCurrentIndex(max(self.question_style.findData(style.value), 0))
        self.directness.setCurrentIndex(max(self.directness.findData(directness.value), 0))
        self.products.set_rows(
            [[p.name, p.product_type.value, p.risk.value if p.risk else ""] for p in plan.products]
        )
        self._check_products()

    def _show_skipped_last_time(self, context: MeetingContext, lang: str) -> None:
        """What the last meeting with this client left unticked: worth a thought this time."""
        last = context.last_meeting
        skipped = (
            [] if last is None else list(insights_coaching.skipped_items(last, context.playbook))
        )
        live = [i for i in skipped if not i.startswith("prepare.")]
        if not live:
            self.skipped_last_time.hide()
            return
        titles = "、".join(context.playbook.item(i).title.get(lang) for i in live[:6])
        more = len(live) - 6
        self.skipped_last_time.setText(
            self.tr("Skipped last time with this client: %1").replace("%1", titles)
            + (self.tr(" and %n more", "", more) if more > 0 else "")
        )
        self.skipped_last_time.show()

    def _show_checklist(self, context: MeetingContext) -> None:
        for box in self.checklist_boxes.values():
            box.deleteLater()
        self.checklist_boxes.clear()
        lang = current_language()
        checked = context.meeting.prepare_checked if context.meeting else frozenset()
        self._show_skipped_last_time(context, lang)
        for item in context.playbook.phase("prepare").items:
            box = QCheckBox(item.title.get(lang))
            box.setToolTip(item.guide.get(lang))
            box.setChecked(item.id in checked)
            box.toggled.connect(
                lambda on, item_id=item.id: self.prepare_item_toggled.emit(item_id, on)
            )
            self.checklist_boxes[item.id] = box
            self.checklist_layout.addWidget(box)

    def _check_products(self) -> None:
        # marking cells emits dataChanged, which calls this again: check once per edit
        if self.context is None or self._checking:
            return
        self._checking = True
        try:
            self._mark_unsuitable_products()
        finally:
            self._checking = False

    def _mark_unsuitable_products(self) -> None:
        assert self.context is not None
        rows = [
            self._proposed(row) if row[P_NAME].strip() else None for row in self.products.rows()
        ]
        verdicts = product_verdicts(self.context, rows, current_language())
        self.products.mark_invalid({(row, P_RISK): why for row, why in verdicts.cells.items()})
        self.suitability.setText("\n".join(verdicts.problems))
        self.suitability.setVisible(bool(verdicts.problems))
        self._show_exception_buttons(verdicts.exceptions)

    def _show_exception_buttons(self, exceptions: list[tuple[str, ProductRisk, object]]) -> None:
        if [name for name, _r, _k in exceptions] == list(self.exception_buttons):
            return
        for button in self.exception_buttons.values():
            self.exceptions_box.removeWidget(button)
            button.deleteLater()
        self.exception_buttons = {}
        for name, risk, kind in exceptions:
            button = QPushButton(self.tr("Exception for %1…").replace("%1", name))
            button.setToolTip(self.tr("The client asks for it themselves: record the exception"))
            button.clicked.connect(
                lambda _c=False, n=name, r=risk, k=kind: self.exception_requested.emit(n, r, k)
            )
            if name in self.exceptions_recorded:
                self._mark_recorded(button, name)
            self.exception_buttons[name] = button
            self.exceptions_box.addWidget(button)

    def exception_recorded(self, name: str) -> None:
        """An exception for this product is on record: its button says so."""
        self.exceptions_recorded.add(name)
        button = self.exception_buttons.get(name)
        if button is not None:
            self._mark_recorded(button, name)

    def _mark_recorded(self, button: QPushButton, name: str) -> None:
        button.setText(self.tr("Exception recorded for %1").replace("%1", name))
        button.setEnabled(False)

    # -- reading the form ----------------------------------------------------------
    def proposed_products(self) -> tuple[ProposedProduct, ...]:
        return tuple(self._proposed(row) for row in self.products.rows() if row[P_NAME].strip())

    @staticmethod
    def _proposed(row: list[str]) -> ProposedProduct:
        return ProposedProduct(
            name=row[P_NAME].strip(),
            product_type=ProductType(row[P_TYPE] or "other"),
            risk=ProductRisk(row[P_RISK]) if row[P_RISK] else None,
        )

    def plan(self) -> MeetingPlan:
        assert self.context is not None
        moment = self.when.dateTime().toPython()
        scheduled = moment.replace(tzinfo=self.context.now.tzinfo)
        return MeetingPlan(
            client_id=self.context.record.id,
            meeting_type=MeetingType(self.meeting_type.currentData()),
            scheduled_at=scheduled,
            duration_minutes=self.duration.value(),
            place=self.place.text().strip(),
            objectives=lines_of(self.objectives.toPlainText()),
            questions=lines_of(self.questions.toPlainText()),
            talking_points=self.talking_points.text().strip(),
            products=self.proposed_products(),
            question_style=QuestionStyle(self.question_style.currentData()),
            directness=Directness(self.directness.currentData()),
        )

    def checked_items(self) -> set[str]:
        return {item_id for item_id, box in self.checklist_boxes.items() if box.isChecked()}
