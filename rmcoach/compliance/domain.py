"""Plain values of sales compliance: product kinds, the suitability record, results, reasons."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from rmcoach.compliance.reasons import reason_text
from rmcoach.domain import ProductRisk, ProductType, RiskProfile


class ProductKind(StrEnum):
    """What a catalogue product is; the rules depend on it (cooling-off, insurance age)."""

    WEALTH_PUBLIC = "wealth_public"  # bank wealth product offered to the public (公募理财)
    WEALTH_PRIVATE = "wealth_private"  # private placement (私募理财): cooling-off applies
    FUND = "fund"
    INSURANCE = "insurance"
    STRUCTURED_DEPOSIT = "structured_deposit"
    BOND = "bond"
    PRECIOUS_METAL = "precious_metal"

    @property
    def product_type(self) -> ProductType:
        """The coarser type the client book and the meeting coach use."""
        if self in (ProductKind.WEALTH_PUBLIC, ProductKind.WEALTH_PRIVATE):
            return ProductType.WEALTH
        return ProductType(self.value)


class CivilCapacity(StrEnum):
    """The client's civil capacity (民事行为能力); limited or none needs a guardian."""

    FULL = "full"
    LIMITED = "limited"
    NONE = "none"


@dataclass(frozen=True)
class Reason:
    """Why a product is unsuitable, or a notice to heed: a stable code and its parameters.

    The UI translates the code; `text(lang)` gives the shipped Chinese or English.
    """

    code: str
    params: Mapping[str, str] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        return reason_text(self.code, self.params, lang)

    @property
    def en(self) -> str:
        return self.text("en")

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params), "en": self.en}


@dataclass(frozen=True)
class SuitabilityRecord:
    """The client's suitability facts: the bank's assessment result, never a questionnaire.

    Attributes:
        assessed_on: the day of the bank's risk assessment (None: not recorded).
        changed_on: the latest day the client reported changed circumstances (None: never,
            or the report was withdrawn); an assessment before it needs redoing.
    """

    client_id: int
    risk_profile: RiskProfile | None = None
    assessed_on: date | None = None
    first_time_buyer: bool = False
    civil_capacity: CivilCapacity = CivilCapacity.FULL
    guardian: str = ""
    birthday: date | None = None
    birthday_lunar: bool = False
    changed_on: date | None = None


@dataclass(frozen=True)
class SuitabilityDraft:
    """What the client editor sets: the bank's result and the care facts."""

    risk_profile: RiskProfile | None = None
    assessed_on: date | None = None
    first_time_buyer: bool = False
    civil_capacity: CivilCapacity = CivilCapacity.FULL
    guardian: str = ""


@dataclass(frozen=True)
class SuitabilityResult:
    """A product against a client: suitable or not, why, and the notices that apply.

    Attributes:
        reasons: why not (empty when suitable).
        warnings: special-care notices and reminders; they never make a product unsuitable.
        exception_allowed: the only obstacle is the risk level and the client is not in the
            lowest category, so a sale at the client's own request may be recorded.
    """

    suitable: bool
    reasons: tuple[Reason, ...] = ()
    warnings: tuple[Reason, ...] = ()
    exception_allowed: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "suitable": self.suitable,
            "reasons": [r.to_json() for r in self.reasons],
            "warnings": [w.to_json() for w in self.warnings],
        }


@dataclass(frozen=True)
class ProductDraft:
    """A catalogue product as the RM types or imports it; money in fen."""

    code: str
    name: str
    kind: ProductKind
    risk: ProductRisk
    min_amount_fen: int = 0
    liquidity: str = ""
    fees: str = ""
    past_performance: str = ""
    active: bool = True


@dataclass(frozen=True)
class Product:
    """A stored catalogue product."""

    id: int
    draft: ProductDraft

    @property
    def code(self) -> str:
        return self.draft.code

    @property
    def name(self) -> str:
        return self.draft.name

    @property
    def kind(self) -> ProductKind:
        return self.draft.kind

    @property
    def risk(self) -> ProductRisk:
        return self.draft.risk


@dataclass(frozen=True)
class ExceptionDraft:
    """A sale above the client's level at the client's own request, to be put on record."""

    client_id: int
    product_name: str
    product_risk: ProductRisk
    client_request: str  # the client's own words asking for the product
    warning_given: bool  # the special written risk warning was handed over and signed
    supervisor: str  # the supervisor who approved it
    meeting_id: int | None = None
    product_kind: ProductKind | None = None


@dataclass(frozen=True)
class SaleException:
    id: int
    client_id: int
    meeting_id: int | None
    product_name: str
    product_risk: ProductRisk
    client_request: str
    warning_given: bool
    supervisor: str
    at: datetime


@dataclass(frozen=True)
class Consent:
    """The client's consent to the handling of personal data (PIPL): given, maybe withdrawn."""

    id: int
    client_id: int
    given_on: date
    scope: str
    withdrawn_on: date | None = None

    def active_on(self, day: date) -> bool:
        return self.given_on <= day and (self.withdrawn_on is None or day < self.withdrawn_on)
