"""Validate and parse what the RM types: phones, e-mail, dates, amounts, whole client drafts.

Errors are codes with parameters; the UI turns each code into a sentence in the user's
language (ui/messages.py) and the CLI uses the English text given here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from decimal import Decimal, InvalidOperation

from rmcoach.domain import ClientDraft

MAX_AUM_FEN = 10**17  # far above any real book, far below SQLite's 2**63 limit

ENGLISH_MESSAGES = {
    "name_required": "a Chinese or English name is required",
    "phone_invalid": "not a phone number (mainland mobile 11 digits, landline with area code, "
    "or +country code)",
    "email_invalid": "not an e-mail address",
    "date_invalid": "not a date (use 2024-03-05, 2024/3/5 or 2024年3月5日)",
    "date_in_future": "cannot be in the future",
    "date_too_old": "is before 1900",
    "amount_invalid": "not an amount (e.g. 1,250,000.00 or 125万)",
    "amount_negative": "cannot be negative",
    "amount_too_large": "is too large",
    "client_no_invalid": "client number may use only letters, digits and - _ /",
    "client_no_taken": "client number {client_no} belongs to another client",
    "maturity_before_start": "maturity is before the start date",
    "holding_name_required": "a product needs a name",
    "member_name_required": "a household member needs a name",
    "too_long": "is too long (at most {max} characters)",
    "control_characters": "contains a control character (such as NUL) that text cannot hold",
    "self_referral": "a client cannot refer themselves",
    # the meeting coach's own codes live beside its validation (services/meetings/validation)
}


@dataclass(frozen=True)
class FieldError:
    """One problem with one field; `field` uses the draft's attribute names."""

    field: str
    code: str
    params: dict[str, str] = dataclass_field(default_factory=dict)

    @property
    def message_en(self) -> str:
        return ENGLISH_MESSAGES[self.code].format(**self.params)


class ValidationError(Exception):
    """Raised by services when a draft does not validate; carries every error found."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message_en}" for e in errors))
        self.errors = errors


# re.ASCII: \d is 0-9 only, so no other script's digits pass as a phone number
_MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
_LANDLINE = re.compile(r"^0\d{2,3}\d{7,8}(\d{1,6})?$", re.ASCII)  # area code + number (+ ext)
_INTERNATIONAL = re.compile(r"^\+\d{7,15}$", re.ASCII)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CLIENT_NO = re.compile(r"^[A-Za-z0-9_\-/]{1,64}$")


def normalize_phone(text: str) -> str | None:
    """Canonical digits of a phone number ('+' kept for foreign ones), or None if invalid."""
    raw = unicodedata.normalize("NFKC", text).strip()  # full-width digits as IMEs type them
    if not raw:
        return ""
    if re.search(r"[^\d\s\-+()]", raw, re.ASCII):
        return None
    digits = re.sub(r"[\s\-()]", "", raw)
    national = digits.startswith(("+86", "0086"))
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    if national and re.match(r"10|[2-9]", digits):
        digits = "0" + digits  # +86 10 6212 3456: dialled from abroad, a landline drops its 0
    if "+" in digits[1:]:
        return None
    if _MOBILE.match(digits) or _LANDLINE.match(digits):
        return digits
    if _INTERNATIONAL.match(digits):
        return digits
    return None


def is_valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


_DATE_PATTERNS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)


def parse_date(text: str) -> date | None:
    """A date in the forms RMs type; None if it is not one (or not a real day)."""
    raw = text.strip()
    for pattern in _DATE_PATTERNS:
        match = pattern.match(raw)
        if match:
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return None
    return None


_UNITS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "w": Decimal(10_000)}


def parse_amount_fen(text: str) -> int | None:
    """Yuan as typed ('1,250,000.50', '¥125万', '1.2亿') -> fen; None if it is no amount."""
    raw = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    raw = raw.lstrip("¥￥").removesuffix("元").removeprefix("CNY")
    if not raw:
        return None
    multiplier = Decimal(1)
    if raw[-1].lower() in _UNITS:
        multiplier = _UNITS[raw[-1].lower()]
        raw = raw[:-1]
    try:
        value = Decimal(raw)
        # NaN, infinity, or so large (1e999999) that the multiplication overflows or the
        # conversion to int takes seconds: none of them is an amount
        if not value.is_finite() or value.adjusted() > 30:
            return None
        value *= multiplier
    except InvalidOperation:
        return None
    return int((value * 100).to_integral_value())


# The longest text each field takes: generous for any real client, and small enough that
# every exported row stays far below what a CSV reader or a phone accepts in one cell.
TEXT_LIMITS = {
    "name_zh": 100,
    "name_en": 200,
    "mobile": 40,
    "phone_other": 40,
    "email": 254,
    "address": 500,
    "best_time_to_call": 200,
    "occupation": 100,
    "employer": 200,
    "personality": 2_000,
    "habits": 2_000,
    "concerns": 2_000,
    "mindset": 2_000,
    "notes": 20_000,
}
LIST_ITEM_LIMIT = 100  # one interest or tag
# C0 controls but tab, line feed and carriage return, and DEL: a NUL in a name was stored
# and exported, and cuts the text short in other programs
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def has_control_characters(text: str) -> bool:
    return _CONTROL.search(text) is not None


def validate_draft(draft: ClientDraft, today: date) -> list[FieldError]:
    """Every problem with a draft at once, so the editor can mark all fields together."""
    errors: list[FieldError] = []
    if not draft.name_zh.strip() and not draft.name_en.strip():
        errors.append(FieldError("name_zh", "name_required"))
    for name, limit in TEXT_LIMITS.items():
        value = getattr(draft, name)
        if _CONTROL.search(value):
            errors.append(FieldError(name, "control_characters"))
        elif len(value) > limit:
            errors.append(FieldError(name, "too_long", {"max": str(limit)}))
    for name in ("interests", "tags"):
        values = getattr(draft, name)
        if any(_CONTROL.search(v) for v in values):
            errors.append(FieldError(name, "control_characters"))
        elif any(len(v) > LIST_ITEM_LIMIT for v in values):
            errors.append(FieldError(name, "too_long", {"max": str(LIST_ITEM_LIMIT)}))
    said = {error.field for error in errors}
    if draft.client_no and not _CLIENT_NO.match(draft.client_no) and "client_no" not in said:
        errors.append(FieldError("client_no", "client_no_invalid"))
    for name in ("mobile", "phone_other"):
        value = getattr(draft, name)
        if value and normalize_phone(value) is None:
            errors.append(FieldError(name, "phone_invalid"))
    if draft.email and not is_valid_email(draft.email):
        errors.append(FieldError("email", "email_invalid"))
    for name in ("birthday", "client_since"):
        value = getattr(draft, name)
        if value is not None:
            if value > today:
                errors.append(FieldError(name, "date_in_future"))
            elif value.year < 1900:
                errors.append(FieldError(name, "date_too_old"))
    if draft.aum_fen < 0:
        errors.append(FieldError("aum_fen", "amount_negative"))
    elif draft.aum_fen > MAX_AUM_FEN:
        errors.append(FieldError("aum_fen", "amount_too_large"))
    for index, holding in enumerate(draft.holdings):
        where = f"holdings[{index}]"
        if not holding.name.strip():
            errors.append(FieldError(f"{where}.name", "holding_name_required"))
        if holding.amount_fen < 0:
            errors.append(FieldError(f"{where}.amount_fen", "amount_negative"))
        elif holding.amount_fen > MAX_AUM_FEN:
            errors.append(FieldError(f"{where}.amount_fen", "amount_too_large"))
        if (
            holding.start_date
            and holding.maturity_date
            and holding.maturity_date < holding.start_date
        ):
            errors.append(FieldError(f"{where}.maturity_date", "maturity_before_start"))
    for index, member in enumerate(draft.household):
        if not member.name.strip():
            errors.append(FieldError(f"household[{index}].name", "member_name_required"))
    return errors
