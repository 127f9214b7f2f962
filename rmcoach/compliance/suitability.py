"""Suitability rules: a product's risk against the client's assessed level, and care notices."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from datetime import date

from rmcoach.compliance.domain import (
    CivilCapacity,
    Product,
    ProductKind,
    Reason,
    SuitabilityRecord,
    SuitabilityResult,
)
from rmcoach.compliance.rules import ComplianceItem, ComplianceRules, default_compliance_rules
from rmcoach.domain import ProductRisk, ProductType
from rmcoach.meeting_domain import ProposedProduct

_EXEMPT_TYPES = (ProductType.DEPOSIT, ProductType.LOAN)  # no risk match needed


def age_on(birthday: date | None, today: date, lunar: bool = False) -> int | None:
    """Age in whole years; None without a birthday (or one in the future).

    A lunar birthday's solar date moves every year, so its age is the difference in years:
    at most one year early, which errs on the side of care.
    """
    if birthday is None or birthday > today:
        return None
    years = today.year - birthday.year
    if lunar:
        return years
    return years - ((today.month, today.day) < (birthday.month, birthday.day))


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the 31st falls back to the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def assessment_expires_on(assessed_on: date, rules: ComplianceRules | None = None) -> date:
    """The first day the assessment is no longer valid."""
    rules = rules or default_compliance_rules()
    return add_months(assessed_on, rules.assessment_valid_months)


def needs_reassessment(
    record: SuitabilityRecord, today: date, rules: ComplianceRules | None = None
) -> tuple[Reason, ...]:
    """Why the bank must assess the client again (empty: the assessment holds today).

    Missing, undated, expired, or older than a change of circumstances the client reported.
    """
    rules = rules or default_compliance_rules()
    if record.risk_profile is None:
        return (Reason("suitability.no_profile"),)
    if record.assessed_on is None:
        return (Reason("suitability.assessment_undated"),)
    found: list[Reason] = []
    expires = assessment_expires_on(record.assessed_on, rules)
    if today >= expires:
        params = {
            "assessed_on": record.assessed_on.isoformat(),
            "expired_on": expires.isoformat(),
            "months": str(rules.assessment_valid_months),
        }
        found.append(Reason("suitability.assessment_expired", params))
    if record.changed_on is not None and record.changed_on > record.assessed_on:
        found.append(
            Reason("suitability.circumstances_changed", {"changed_on": str(record.changed_on)})
        )
    return tuple(found)


def care_notices(
    record: SuitabilityRecord,
    today: date,
    kind: ProductKind | None = None,
    rules: ComplianceRules | None = None,
) -> tuple[Reason, ...]:
    """The special-care notices for this client (and product kind, when known)."""
    rules = rules or default_compliance_rules()
    notices: list[Reason] = []
    age = age_on(record.birthday, today, record.birthday_lunar)
    threshold = rules.senior_age_insurance if kind is ProductKind.INSURANCE else rules.senior_age
    if age is not None and age >= threshold:
        notices.append(Reason("care.senior", {"age": str(age), "threshold": str(threshold)}))
    if record.first_time_buyer:
        notices.append(Reason("care.first_time_buyer"))
    if record.civil_capacity is not CivilCapacity.FULL and record.guardian.strip():
        notices.append(Reason("care.guardian", {"guardian": record.guardian.strip()}))
    if kind is not None and kind in rules.value("cooling_off_kinds"):
        notices.append(Reason("care.cooling_off", {"hours": str(rules.cooling_off_hours)}))
    return tuple(notices)


def care_groups(
    record: SuitabilityRecord,
    today: date,
    kind: ProductKind | None = None,
    rules: ComplianceRules | None = None,
) -> frozenset[str]:
    """Which care groups the client is in: senior, first_time_buyer, limited_capacity."""
    rules = rules or default_compliance_rules()
    codes = {n.code for n in care_notices(record, today, kind, rules)}
    groups = set()
    if "care.senior" in codes:
        groups.add("senior")
    if record.first_time_buyer:
        groups.add("first_time_buyer")
    if record.civil_capacity is not CivilCapacity.FULL:
        groups.add("limited_capacity")
    return frozenset(groups)


def care_checklist(
    record: SuitabilityRecord,
    today: date,
    kind: ProductKind | None = None,
    rules: ComplianceRules | None = None,
) -> tuple[ComplianceItem, ...]:
    """The extra checklist items for a client who needs more care (empty for the rest)."""
    rules = rules or default_compliance_rules()
    groups = care_groups(record, today, kind, rules)
    return tuple(item for item in rules.care_items if groups & set(item.applies_to))


def check(
    client: SuitabilityRecord,
    product: Product | ProductRisk,
    today: date,
    kind: ProductKind | None = None,
    rules: ComplianceRules | None = None,
) -> SuitabilityResult:
    """Is this product (or risk level) suitable for the client today?

    Unsuitable when the product's risk is above the client's level, when the assessment
    is missing, undated, expired or predates changed circumstances, or when the client's
    civil capacity does not allow it. `kind` defaults to the product's own.
    """
    rules = rules or default_compliance_rules()
    risk = product.risk if isinstance(product, Product) else product
    if isinstance(product, Product):
        kind = kind or product.kind
    reasons = list(needs_reassessment(client, today, rules))
    assessment_holds = not reasons
    capacity = _capacity_reasons(client, risk, rules)
    reasons += capacity
    risk_blocks = False
    profile = client.risk_profile
    if profile is not None and risk.level > profile.level:
        risk_blocks = True
        params = {"product_risk": risk.value, "risk_profile": profile.value}
        reasons.append(Reason("suitability.risk_above_profile", params))
        if profile in rules.value("no_exception_profiles"):
            reasons.append(Reason("suitability.lowest_category", {"risk_profile": profile.value}))
    warnings = list(care_notices(client, today, kind, rules))
    if assessment_holds and client.assessed_on is not None:
        expires = assessment_expires_on(client.assessed_on, rules)
        days = (expires - today).days
        if days <= int(rules.value("assessment_warn_days")):
            params = {"expires_on": expires.isoformat(), "days": str(days)}
            warnings.append(Reason("suitability.assessment_expiring", params))
    if isinstance(product, Product) and not product.draft.active:
        warnings.append(Reason("suitability.product_inactive"))
    exception_allowed = (
        risk_blocks
        and assessment_holds
        and not capacity
        and profile not in rules.value("no_exception_profiles")
    )
    return SuitabilityResult(
        suitable=not reasons,
        reasons=tuple(reasons),
        warnings=tuple(warnings),
        exception_allowed=exception_allowed,
    )


def _capacity_reasons(
    client: SuitabilityRecord, risk: ProductRisk, rules: ComplianceRules
) -> list[Reason]:
    if client.civil_capacity is CivilCapacity.NONE:
        return [Reason("suitability.no_capacity", {"guardian": client.guardian.strip() or "—"})]
    limit: ProductRisk = rules.value("limited_capacity_max_risk")
    if client.civil_capacity is CivilCapacity.LIMITED and risk.level > limit.level:
        return [Reason("suitability.limited_capacity", {"max_risk": limit.value})]
    return []


def product_key(name: str) -> str:
    """A product name or code as the catalogue index keys it: spaces and case folded."""
    return " ".join(name.split()).casefold()


def catalogue_index(products: Iterable[Product]) -> dict[str, Product]:
    """Products by folded code and name, to look up a meeting's products without the book."""
    index: dict[str, Product] = {}
    for product in products:
        index.setdefault(product_key(product.code), product)
        index.setdefault(product_key(product.name), product)
    return index


def check_proposed(
    client: SuitabilityRecord,
    item: ProposedProduct,
    today: date,
    catalogue: Mapping[str, Product],
    rules: ComplianceRules | None = None,
) -> SuitabilityResult:
    """A meeting's product against the client: the catalogue (catalogue_index) gives its
    kind, and its risk when the plan has none; deposits and loans need no match."""
    listed = catalogue.get(product_key(item.name))
    risk = item.risk or (listed.risk if listed else None)
    if risk is None:
        exempt = item.product_type in _EXEMPT_TYPES
        reasons = () if exempt else (Reason("suitability.risk_unknown"),)
        return SuitabilityResult(suitable=exempt, reasons=reasons)
    kind = listed.kind if listed else _kind_of(item.product_type)
    return check(client, risk, today, kind, rules)


def _kind_of(product_type: ProductType) -> ProductKind | None:
    """The kind a meeting product's type implies; a bank wealth product may be either kind."""
    try:
        return ProductKind(product_type.value)
    except ValueError:
        return None
