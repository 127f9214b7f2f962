"""The client's form: its fields on tabs; a draft in, a draft out, errors marked in place.

A collaborator of the client editor (ui/dialogs/client_editor.py), which owns saving.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rmcoach.compliance.domain import CivilCapacity, SuitabilityDraft, SuitabilityRecord
from rmcoach.domain import (
    Channel,
    ClientDraft,
    CommunicationStyle,
    Gender,
    Holding,
    HouseholdMember,
    ProductRisk,
    ProductType,
    RiskProfile,
    Tier,
)
from rmcoach.validation import FieldError, parse_amount_fen, parse_date
from ui import formatting
from ui.labels import (
    channel_name,
    field_error_text,
    gender_name,
    product_type_name,
    style_name,
    tier_name,
)
from ui.models.editable_rows_model import ChoiceDelegate, EditableRowsModel
from ui.theme import set_style_property
from ui.widgets.form_errors import with_error_line

E = TypeVar("E", bound=StrEnum)

_LIST_SPLIT = re.compile(r"[;；,，、\n]+")

H_NAME, H_TYPE, H_RISK, H_AMOUNT, H_START, H_MATURITY = range(6)
M_NAME, M_RELATION, M_BIRTHDAY, M_NOTES = range(4)


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in _LIST_SPLIT.split(text) if p.strip())


class ClientForm(QWidget):
    """Every field of a client on five tabs, and the error line beside each.

    Attributes:
        fields: the input widgets by field name (a ClientDraft's, and the suitability
            facts'). errors: the error line beside each. holdings, household: the rows of
            the two table tabs. tabs: the tab widget.
    """

    def __init__(self, tier_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._base = ClientDraft()  # what the form does not show (the referrer) is kept

        def line(name: str, placeholder: str = "") -> QLineEdit:
            widget = QLineEdit()
            widget.setPlaceholderText(placeholder)
            widget.textEdited.connect(lambda _text, n=name: self.clear_error(n))
            self.fields[name] = widget
            return widget

        def text(name: str, placeholder: str = "") -> QPlainTextEdit:
            widget = QPlainTextEdit()
            widget.setPlaceholderText(placeholder)
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(64)
            self.fields[name] = widget
            return widget

        def combo(name: str, items: list[tuple[str, object]], allow_empty: bool) -> QComboBox:
            widget = QComboBox()
            if allow_empty:
                widget.addItem(self.tr("(not set)"), None)
            for label, value in items:
                widget.addItem(label, value)
            self.fields[name] = widget
            return widget

        list_hint = self.tr("separate with commas or semicolons")
        date_hint = self.tr("e.g. 1975-03-05 or 1975年3月5日")
        basics = self._form_tab(
            [
                (self.tr("Chinese name"), line("name_zh", self.tr("e.g. 张伟"))),
                (self.tr("English name"), line("name_en", self.tr("e.g. Wei Zhang"))),
                (
                    self.tr("Client number"),
                    line("client_no", self.tr("from the core-banking system")),
                ),
                (self.tr("Gender"), combo("gender", [(gender_name(g), g) for g in Gender], True)),
                (self.tr("Birthday"), line("birthday", date_hint)),
                ("", self._lunar_box()),
                (
                    self.tr("Tier"),
                    combo("tier", [(tier_name(t, tier_names), t) for t in Tier], False),
                ),
                (
                    self.tr("Risk profile"),
                    combo("risk_profile", [(r.value, r) for r in RiskProfile], True),
                ),
                (self.tr("Assets (yuan)"), line("aum_fen", self.tr("e.g. 1,250,000 or 125万"))),
                (self.tr("Client since"), line("client_since", date_hint)),
                ("", self._heading(self.tr("Suitability"))),
                (
                    self.tr("Risk assessed on"),
                    line("assessed_on", self.tr("the date of the bank's risk assessment")),
                ),
                ("", self._first_time_box()),
                (
                    self.tr("Civil capacity"),
                    combo(
                        "civil_capacity",
                        [
                            (self.tr("Full"), CivilCapacity.FULL.value),
                            (self.tr("Limited"), CivilCapacity.LIMITED.value),
                            (self.tr("None"), CivilCapacity.NONE.value),
                        ],
                        False,
                    ),
                ),
                (self.tr("Guardian"), line("guardian", self.tr("needed unless capacity is full"))),
            ]
        )
        capacity = self.fields["civil_capacity"]
        assert isinstance(capacity, QComboBox)
        capacity.currentIndexChanged.connect(self._update_guardian)
        self._update_guardian()
        contact = self._form_tab(
            [
                (self.tr("Mobile"), line("mobile", self.tr("e.g. 138 0013 8000"))),
                (self.tr("Other phone"), line("phone_other", self.tr("e.g. 021-6888 8888"))),
                (self.tr("E-mail"), line("email")),
                (self.tr("Address"), text("address")),
                (
                    self.tr("Preferred channel"),
                    combo("preferred_channel", [(channel_name(c), c) for c in Channel], True),
                ),
                (
                    self.tr("Best time to call"),
                    line("best_time_to_call", self.tr("e.g. weekdays after 6 pm")),
                ),
            ]
        )
        about = self._form_tab(
            [
                (self.tr("Occupation"), line("occupation")),
                (self.tr("Employer"), line("employer")),
                (self.tr("Personality"), text("personality")),
                (
                    self.tr("Communication style"),
                    combo(
                        "communication_style",
                        [(style_name(s), s) for s in CommunicationStyle],
                        True,
                    ),
                ),
                (self.tr("Habits"), text("habits")),
                (self.tr("Interests"), line("interests", list_hint)),
                (self.tr("Concerns"), text("concerns")),
                (self.tr("Mindset"), text("mindset")),
                (self.tr("Tags"), line("tags", list_hint)),
                (self.tr("Notes"), text("notes")),
            ]
        )
        self.holdings = EditableRowsModel(
            [
                self.tr("Product"),
                self.tr("Type"),
                self.tr("Risk"),
                self.tr("Amount (yuan)"),
                self.tr("Start"),
                self.tr("Maturity"),
            ],
            {
                H_TYPE: [(t.value, product_type_name(t)) for t in ProductType],
                H_RISK: [("", "")] + [(r.value, r.value) for r in ProductRisk],
            },
            self,
        )
        self.household = EditableRowsModel(
            [self.tr("Name"), self.tr("Relation"), self.tr("Birthday"), self.tr("Notes")],
            parent=self,
        )
        holdings_page, self.holdings_view = self._rows_tab(self.holdings, self.tr("Add product"))
        household_page, self.household_view = self._rows_tab(self.household, self.tr("Add member"))

        self.tabs = QTabWidget()
        self.tabs.addTab(basics, self.tr("Basics"))
        self.tabs.addTab(contact, self.tr("Contact"))
        self.tabs.addTab(about, self.tr("About the client"))
        self.tabs.addTab(holdings_page, self.tr("Holdings"))
        self.tabs.addTab(household_page, self.tr("Household"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for name, widget in self.fields.items():
            widget.setAccessibleName(name)

    # -- layout helpers ------------------------------------------------------
    def _lunar_box(self) -> QCheckBox:
        box = QCheckBox(self.tr("Celebrates the lunar birthday"))
        self.fields["birthday_lunar"] = box
        return box

    def _first_time_box(self) -> QCheckBox:
        box = QCheckBox(self.tr("First-time buyer of wealth products"))
        self.fields["first_time_buyer"] = box
        return box

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "h2")
        return label

    def _update_guardian(self) -> None:
        full = self._combo("civil_capacity", CivilCapacity) in (None, CivilCapacity.FULL)
        self.fields["guardian"].setEnabled(not full)

    def load_suitability(self, found: SuitabilityRecord) -> None:
        """Show the client's suitability facts (read apart from the draft)."""
        self._set("assessed_on", formatting.plain_date(found.assessed_on))
        self._set("first_time_buyer", found.first_time_buyer)
        self._set("civil_capacity", found.civil_capacity.value)
        self._set("guardian", found.guardian)

    def build_suitability(
        self, risk_profile: RiskProfile | None
    ) -> tuple[SuitabilityDraft, list[FieldError]]:
        """The suitability facts the form describes, and the errors of parsing them."""
        errors: list[FieldError] = []
        raw = self._text("assessed_on")
        assessed_on = parse_date(raw) if raw else None
        if raw and assessed_on is None:
            errors.append(FieldError("assessed_on", "date_invalid"))
        first_time = self.fields["first_time_buyer"]
        assert isinstance(first_time, QCheckBox)
        draft = SuitabilityDraft(
            risk_profile=risk_profile,
            assessed_on=assessed_on,
            first_time_buyer=first_time.isChecked(),
            civil_capacity=self._combo("civil_capacity", CivilCapacity) or CivilCapacity.FULL,
            guardian=self._text("guardian"),
        )
        return draft, errors

    def _form_tab(self, rows: list[tuple[str, QWidget]]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for label, widget in rows:
            name = next((n for n, w in self.fields.items() if w is widget), None)
            if name is None:
                form.addRow(label, widget)
                continue
            cell, self.errors[name] = with_error_line(widget)
            form.addRow(label, cell)
        return page

    def _rows_tab(self, model: EditableRowsModel, add_text: str) -> tuple[QWidget, QTableView]:
        page = QWidget()
        view = QTableView()
        view.setModel(model)
        view.setItemDelegate(ChoiceDelegate(model, view))
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        add = QPushButton(add_text)
        remove = QPushButton(self.tr("Remove selected"))
        add.clicked.connect(lambda: view.edit(model.index(model.add_row(), 0)))
        remove.clicked.connect(lambda: model.remove_row(view.currentIndex().row()))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        return page, view

    # -- values ----------------------------------------------------------------
    def _text(self, name: str) -> str:
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def _set(self, name: str, value: object) -> None:
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            widget.setText(str(value or ""))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value or ""))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))

    def load(self, draft: ClientDraft) -> None:
        """Show a stored client's draft; building one back keeps what the form does not show."""
        self._base = draft
        for name in (
            "name_zh",
            "name_en",
            "client_no",
            "mobile",
            "phone_other",
            "email",
            "address",
            "best_time_to_call",
            "occupation",
            "employer",
            "personality",
            "habits",
            "concerns",
            "mindset",
            "notes",
            "gender",
            "tier",
            "risk_profile",
            "preferred_channel",
            "communication_style",
            "birthday_lunar",
        ):
            self._set(name, getattr(draft, name))
        self._set("birthday", formatting.plain_date(draft.birthday))
        self._set("client_since", formatting.plain_date(draft.client_since))
        self._set("aum_fen", f"{draft.aum_fen / 100:.2f}" if draft.aum_fen else "")
        self._set("interests", "、".join(draft.interests))
        self._set("tags", "、".join(draft.tags))
        self.holdings.set_rows(
            [
                [
                    h.name,
                    h.product_type.value,
                    h.risk.value if h.risk else "",
                    f"{h.amount_fen / 100:.2f}" if h.amount_fen else "",
                    formatting.plain_date(h.start_date),
                    formatting.plain_date(h.maturity_date),
                ]
                for h in draft.holdings
            ]
        )
        self.household.set_rows(
            [
                [m.name, m.relation, formatting.plain_date(m.birthday), m.notes]
                for m in draft.household
            ]
        )

    def _combo(self, name: str, kind: type[E]) -> E | None:
        """The chosen enum member; Qt returns item data of StrEnums as plain strings."""
        widget = self.fields[name]
        assert isinstance(widget, QComboBox)
        value = widget.currentData()
        return kind(value) if value else None

    def build_draft(self) -> tuple[ClientDraft, list[FieldError]]:
        """The draft the form describes, and the errors of parsing its typed values."""
        errors: list[FieldError] = []

        def parsed_date(name: str, raw: str) -> date | None:
            if not raw:
                return None
            value = parse_date(raw)
            if value is None:
                errors.append(FieldError(name, "date_invalid"))
            return value

        def parsed_amount(name: str, raw: str) -> int:
            if not raw:
                return 0
            value = parse_amount_fen(raw)
            if value is None:
                errors.append(FieldError(name, "amount_invalid"))
                return 0
            return value

        holdings = []
        for index, row in enumerate(self.holdings.rows()):
            if not any(cell.strip() for i, cell in enumerate(row) if i not in (H_TYPE,)):
                continue  # an untouched new row is not a product
            where = f"holdings[{index}]"
            holdings.append(
                Holding(
                    name=row[H_NAME].strip(),
                    product_type=ProductType(row[H_TYPE] or "other"),
                    risk=ProductRisk(row[H_RISK]) if row[H_RISK] else None,
                    amount_fen=parsed_amount(f"{where}.amount_fen", row[H_AMOUNT].strip()),
                    start_date=parsed_date(f"{where}.start_date", row[H_START].strip()),
                    maturity_date=parsed_date(f"{where}.maturity_date", row[H_MATURITY].strip()),
                )
            )
        members = []
        for index, row in enumerate(self.household.rows()):
            if not any(cell.strip() for cell in row):
                continue
            members.append(
                HouseholdMember(
                    name=row[M_NAME].strip(),
                    relation=row[M_RELATION].strip(),
                    birthday=parsed_date(f"household[{index}].birthday", row[M_BIRTHDAY].strip()),
                    notes=row[M_NOTES].strip(),
                )
            )
        lunar = self.fields["birthday_lunar"]
        assert isinstance(lunar, QCheckBox)
        base = self._base
        draft = ClientDraft(
            name_zh=self._text("name_zh"),
            name_en=self._text("name_en"),
            client_no=self._text("client_no"),
            gender=self._combo("gender", Gender),
            birthday=parsed_date("birthday", self._text("birthday")),
            birthday_lunar=lunar.isChecked(),
            mobile=self._text("mobile"),
            phone_other=self._text("phone_other"),
            email=self._text("email"),
            address=self._text("address"),
            preferred_channel=self._combo("preferred_channel", Channel),
            best_time_to_call=self._text("best_time_to_call"),
            occupation=self._text("occupation"),
            employer=self._text("employer"),
            personality=self._text("personality"),
            communication_style=self._combo("communication_style", CommunicationStyle),
            habits=self._text("habits"),
            interests=_split_list(self._text("interests")),
            concerns=self._text("concerns"),
            mindset=self._text("mindset"),
            tier=self._combo("tier", Tier) or Tier.MASS,
            risk_profile=self._combo("risk_profile", RiskProfile),
            aum_fen=parsed_amount("aum_fen", self._text("aum_fen")),
            client_since=parsed_date("client_since", self._text("client_since")),
            referred_by_id=base.referred_by_id,
            tags=_split_list(self._text("tags")),
            notes=self._text("notes"),
            holdings=tuple(holdings),
            household=tuple(members),
        )
        return draft, errors

    def show_errors(self, errors: list[FieldError]) -> None:
        """Mark every field in error, say why beside it, and go to the first one."""
        for name in self.errors:
            self.clear_error(name)
        holding_cells: dict[tuple[int, int], str] = {}
        member_cells: dict[tuple[int, int], str] = {}
        first: QWidget | None = None
        for error in errors:
            message = self._error_message(error)
            match = re.match(r"(holdings|household)\[(\d+)\]\.(\w+)", error.field)
            if match:
                columns = (
                    {
                        "name": H_NAME,
                        "amount_fen": H_AMOUNT,
                        "start_date": H_START,
                        "maturity_date": H_MATURITY,
                    }
                    if match[1] == "holdings"
                    else {"name": M_NAME, "birthday": M_BIRTHDAY}
                )
                cells = holding_cells if match[1] == "holdings" else member_cells
                cells[(int(match[2]), columns.get(match[3], 0))] = message
                first = first or (
                    self.holdings_view if match[1] == "holdings" else self.household_view
                )
                continue
            name = error.field if error.field in self.errors else "name_zh"
            label = self.errors[name]
            label.setText(message)
            label.show()
            widget = self.fields[name]
            set_style_property(widget, "invalid", True)
            first = first or widget
        self.holdings.mark_invalid(holding_cells)
        self.household.mark_invalid(member_cells)
        if first is not None:
            page: QWidget | None = first
            while page is not None and self.tabs.indexOf(page) < 0:
                page = page.parentWidget()
            if page is not None:
                self.tabs.setCurrentWidget(page)
            first.setFocus()

    def _error_message(self, error: FieldError) -> str:
        if error.code == "assessment_needs_profile":
            return self.tr("An assessment date needs the risk profile it gave.")
        if error.code == "guardian_required":
            return self.tr("A client without full civil capacity needs a guardian.")
        return field_error_text(error)

    def clear_error(self, name: str) -> None:
        label = self.errors.get(name)
        if label is None or label.isHidden():
            return
        label.hide()
        set_style_property(self.fields[name], "invalid", False)
