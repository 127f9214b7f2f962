"""Values in and out of the client editor's form: load a draft into it, read a draft back."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)

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
from rmcoach.validation import (
    FieldError,
    parse_amount_fen,
    parse_date,
)
from ui import formatting

E = TypeVar("E", bound=StrEnum)

_LIST_SPLIT = re.compile(r"[;；,，、\n]+")

H_NAME, H_TYPE, H_RISK, H_AMOUNT, H_START, H_MATURITY = range(6)
M_NAME, M_RELATION, M_BIRTHDAY, M_NOTES = range(4)


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in _LIST_SPLIT.split(text) if p.strip())


class ClientFormValues:
    """Mixed into ClientEditor: knows the form's fields, nothing of saving or errors."""

    # -- values --------------------------------------------------------------
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

    def _load(self, draft: ClientDraft) -> None:
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
        base = self._record.draft if self._record else ClientDraft()
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
