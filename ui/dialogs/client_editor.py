"""Add or edit a client: a tabbed form that validates in place and saves on the worker."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
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
    ClientRecord,
    CommunicationStyle,
    Gender,
    ProductRisk,
    ProductType,
    RiskProfile,
    Tier,
)
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.sales import suitability
from rmcoach.validation import (
    FieldError,
    ValidationError,
    parse_date,
    validate_draft,
)
from ui import formatting
from ui.dialogs.client_form_values import (
    H_AMOUNT,
    H_MATURITY,
    H_NAME,
    H_RISK,
    H_START,
    H_TYPE,
    M_BIRTHDAY,
    M_NAME,
    ClientFormValues,
)
from ui.labels import (
    channel_name,
    field_error_text,
    gender_name,
    product_type_name,
    style_name,
    tier_name,
)
from ui.models.editable_rows_model import ChoiceDelegate, EditableRowsModel
from ui.operations import Operations
from ui.theme import set_style_property
from ui.widgets.form_errors import error_line, save_cancel, with_error_line


class ClientEditor(ClientFormValues, QDialog):
    """The editor for one client (record None = a new client).

    Signals:
        saved(object): the ClientSaved result after a successful write.
    """

    saved = Signal(object)

    def __init__(
        self,
        ops: Operations,
        record: ClientRecord | None,
        tier_names: dict[str, str],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._record = record
        self._today = today
        self.setWindowTitle(self.tr("New client") if record is None else self.tr("Edit client"))
        self.setMinimumSize(720, 560)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        # an existing client's suitability record is read on the worker; a Save pressed
        # before it arrives waits for it, so the form never overwrites it with blanks
        self._suitability_loaded = record is None
        self._save_pending = False

        def line(name: str, placeholder: str = "") -> QLineEdit:
            widget = QLineEdit()
            widget.setPlaceholderText(placeholder)
            widget.textEdited.connect(lambda _text, n=name: self._clear_error(n))
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

        self.summary = error_line()
        buttons, self.save_button = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        for name, widget in self.fields.items():
            widget.setAccessibleName(name)
        if record is not None:
            self._load(record.draft)
            client_id = record.id
            ops.query(lambda book: suitability.get_record(book, client_id), self._load_suitability)

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

    def _load_suitability(self, found: SuitabilityRecord) -> None:
        self._set("assessed_on", formatting.plain_date(found.assessed_on))
        self._set("first_time_buyer", found.first_time_buyer)
        self._set("civil_capacity", found.civil_capacity.value)
        self._set("guardian", found.guardian)
        self._suitability_loaded = True
        if self._save_pending:
            self._save_pending = False
            self.save()

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

    # -- saving --------------------------------------------------------------
    def save(self) -> None:
        """Validate here (instant), then write on the worker; the book checks again."""
        if not self._suitability_loaded:
            self._save_pending = True
            return
        draft, errors = self.build_draft()
        fit, fit_errors = self.build_suitability(draft.risk_profile)
        errors += fit_errors
        parsed_fields = {e.field for e in errors}
        errors += [e for e in validate_draft(draft, self._today) if e.field not in parsed_fields]
        errors += [
            e
            for e in suitability.suitability_errors(fit, self._today)
            if e.field not in parsed_fields
        ]
        if errors:
            self.show_errors(errors)
            return
        self.save_button.setEnabled(False)
        record = self._record

        def write(book: Book) -> clients.ClientSaved:
            if record is None:
                saved = clients.add_client(book, draft)
            else:
                saved = clients.update_client(book, record.id, draft)
            suitability.save_record(book, saved.client.id, fit)
            return saved

        self._ops.op(write, self._on_saved, self._on_failed)

    def _on_saved(self, result: clients.ClientSaved) -> None:
        self.saved.emit(result)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_errors(error.errors)
        else:
            self._ops.report_error(error)

    def show_errors(self, errors: list[FieldError]) -> None:
        """Mark every field in error, say why beside it, and go to the first one."""
        for name in self.errors:
            self._clear_error(name)
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
        self.summary.setText(self.tr("%n problem(s) to fix before saving.", "", len(errors)))
        self.summary.show()
        if first is not None:
            page = first
            while page.parentWidget() is not None and self.tabs.indexOf(page) < 0:
                page = page.parentWidget()
            if self.tabs.indexOf(page) >= 0:
                self.tabs.setCurrentWidget(page)
            first.setFocus()

    def _error_message(self, error: FieldError) -> str:
        if error.code == "assessment_needs_profile":
            return self.tr("An assessment date needs the risk profile it gave.")
        if error.code == "guardian_required":
            return self.tr("A client without full civil capacity needs a guardian.")
        return field_error_text(error)

    def _clear_error(self, name: str) -> None:
        label = self.errors.get(name)
        if label is None or label.isHidden():
            return
        label.hide()
        set_style_property(self.fields[name], "invalid", False)
