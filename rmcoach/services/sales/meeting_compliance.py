"""Everything compliance the prepare and live screens show, gathered in one worker call."""

from __future__ import annotations

from dataclasses import dataclass

from rmcoach.compliance.domain import (
    Product,
    ProductKind,
    Reason,
    SuitabilityRecord,
    SuitabilityResult,
)
from rmcoach.compliance.recorded_sale import CONSENT_ITEM, recorded_sale_applies
from rmcoach.compliance.rules import ComplianceItem, ComplianceRules, default_compliance_rules
from rmcoach.compliance.suitability import (
    care_checklist,
    care_notices,
    catalogue_index,
    check,
    check_proposed,
    needs_reassessment,
    product_key,
)
from rmcoach.domain import ProductType
from rmcoach.meeting_domain import MeetingPlan, ProposedProduct
from rmcoach.services.book import Book
from rmcoach.services.meetings.queries import get_meeting
from rmcoach.services.sales import products, suitability


@dataclass(frozen=True)
class MeetingCompliance:
    """What the screens mark and show for one client and (maybe) one meeting.

    Attributes:
        reassessment: why the bank must assess the client again (empty: it holds).
        notices: the special-care notices (65+, 60+ for insurance, first-time buyer,
            guardian, cooling-off), for the kinds of the meeting's products.
        care_items: extra checklist items for a client who needs more care.
        recorded_items: the on-record (双录) checklist; empty when the sale is not recorded.
        products: the meeting's products, each checked; catalogue: every product on sale.
        sale_allowed, sale_reasons: sale_check's answer (only with a stored meeting).
        excepted: the products (product_key of the name) an exception on record covers in
            this meeting: unsuitable, yet they may be sold.
    """

    record: SuitabilityRecord
    reassessment: tuple[Reason, ...]
    notices: tuple[Reason, ...]
    care_items: tuple[ComplianceItem, ...]
    recorded_items: tuple[ComplianceItem, ...]
    products: tuple[tuple[ProposedProduct, SuitabilityResult], ...]
    catalogue: tuple[tuple[Product, SuitabilityResult], ...]
    sale_allowed: bool = True
    sale_reasons: tuple[Reason, ...] = ()
    excepted: frozenset[str] = frozenset()
    consent_item: str = CONSENT_ITEM  # ticked by the consent answer, not by a check box


def meeting_compliance(
    book: Book,
    client_id: int,
    plan: MeetingPlan | None = None,
    meeting_id: int | None = None,
    rules: ComplianceRules | None = None,
) -> MeetingCompliance:
    """For the prepare view (the plan being edited) or live mode (the stored meeting)."""
    rules = rules or default_compliance_rules()
    if meeting_id is not None:
        plan = plan or get_meeting(book, meeting_id).plan
    record = suitability.get_record(book, client_id)
    today = book.clock.now().date()
    listed = products.list_products(book, include_inactive=True)
    index = catalogue_index(listed)
    proposed = plan.products if plan is not None else ()
    kinds = _kinds(proposed, index)
    # insurance first: its lower age threshold gives the notice when the others would not
    ordered = sorted(kinds, key=lambda k: (k is not ProductKind.INSURANCE, str(k)))
    notices: dict[str, Reason] = {}
    items: dict[str, ComplianceItem] = {}
    for kind in ordered or [None]:
        for notice in care_notices(record, today, kind, rules):
            notices.setdefault(notice.code, notice)
        for item in care_checklist(record, today, kind, rules):
            items.setdefault(item.id, item)
    recorded: tuple[ComplianceItem, ...] = ()
    if plan is not None and any(
        recorded_sale_applies(plan.meeting_type, plan.place, kind, rules)
        for kind in _types(proposed, index)
    ):
        recorded = rules.recorded_sale_items
    allowed, reasons = (
        suitability.sale_check(book, meeting_id, rules) if meeting_id is not None else (True, ())
    )
    return MeetingCompliance(
        record=record,
        reassessment=needs_reassessment(record, today, rules),
        notices=tuple(notices.values()),
        care_items=tuple(items.values()),
        recorded_items=recorded,
        products=tuple((p, check_proposed(record, p, today, index, rules)) for p in proposed),
        catalogue=tuple(
            (p, check(record, p, today, rules=rules)) for p in listed if p.draft.active
        ),
        sale_allowed=allowed,
        sale_reasons=reasons,
        excepted=suitability.excepted_products(book, client_id, meeting_id),
    )


def _kinds(
    proposed: tuple[ProposedProduct, ...], index: dict[str, Product]
) -> set[ProductKind | None]:
    found: set[ProductKind | None] = set()
    for item in proposed:
        listed = index.get(product_key(item.name))
        found.add(listed.kind if listed else None)
    return found


def _types(
    proposed: tuple[ProposedProduct, ...], index: dict[str, Product]
) -> list[ProductKind | ProductType | None]:
    """Each product's kind when the catalogue knows it, else its type (None: no products)."""
    if not proposed:
        return [None]
    found: list[ProductKind | ProductType | None] = []
    for item in proposed:
        listed = index.get(product_key(item.name))
        found.append(listed.kind if listed else item.product_type)
    return found
