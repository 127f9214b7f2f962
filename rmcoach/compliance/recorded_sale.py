"""The recorded sale (双录): when it applies, its on-record checklist, and the consent gate."""

from __future__ import annotations

from rmcoach.compliance.domain import ProductKind, Reason
from rmcoach.compliance.rules import ComplianceItem, ComplianceRules, default_compliance_rules
from rmcoach.domain import ProductType
from rmcoach.meeting_domain import Meeting, MeetingType

CONSENT_ITEM = "compliance.recorded.consent"  # done when the meeting records the client's yes
_UNKNOWN_TYPES = (ProductType.OTHER,)


def is_sales_area(place: str, rules: ComplianceRules | None = None) -> bool:
    """Is the meeting place on the bank's premises (支行, 网点, 销售专区, branch ...)?"""
    rules = rules or default_compliance_rules()
    folded = place.casefold()
    return any(word.casefold() in folded for word in rules.value("sales_area_words"))


def recorded_sale_applies(
    meeting_type: MeetingType,
    place: str,
    product_kind: ProductKind | ProductType | None = None,
    rules: ComplianceRules | None = None,
) -> bool:
    """A product presentation in the branch sales area of a product that must be recorded.

    An unknown product kind (None, or ProductType.OTHER) counts as one that must.
    """
    rules = rules or default_compliance_rules()
    if meeting_type not in rules.value("recorded_sale_meeting_types"):
        return False
    if not is_sales_area(place, rules):
        return False
    kinds: tuple[ProductKind, ...] = rules.value("recorded_sale_kinds")
    if product_kind is None or product_kind in _UNKNOWN_TYPES:
        return True
    if isinstance(product_kind, ProductKind):
        return product_kind in kinds
    return product_kind in {kind.product_type for kind in kinds}


def recorded_sale_checklist(
    meeting_type: MeetingType,
    place: str,
    product_kind: ProductKind | ProductType | None = None,
    rules: ComplianceRules | None = None,
) -> tuple[ComplianceItem, ...]:
    """The on-record checklist items, in order; empty when the sale is not recorded."""
    rules = rules or default_compliance_rules()
    if not recorded_sale_applies(meeting_type, place, product_kind, rules):
        return ()
    return rules.recorded_sale_items


def meeting_is_recorded(meeting: Meeting, rules: ComplianceRules | None = None) -> bool:
    """Does the recorded sale apply to this meeting, given the products on its plan?"""
    plan = meeting.plan
    products = [p for p in plan.products if p.discussed] or list(plan.products)
    if not products:
        return recorded_sale_applies(plan.meeting_type, plan.place, None, rules)
    return any(
        recorded_sale_applies(plan.meeting_type, plan.place, p.product_type, rules)
        for p in products
    )


def open_recorded_items(
    meeting: Meeting, rules: ComplianceRules | None = None
) -> tuple[ComplianceItem, ...]:
    """The on-record items not yet ticked (the consent item follows the consent answer)."""
    rules = rules or default_compliance_rules()
    if not meeting_is_recorded(meeting, rules):
        return ()
    done = set(meeting.ticked)
    if meeting.consent_to_record:
        done.add(CONSENT_ITEM)
    return tuple(item for item in rules.recorded_sale_items if item.id not in done)


def can_mark_sale(
    meeting: Meeting, rules: ComplianceRules | None = None
) -> tuple[bool, tuple[Reason, ...]]:
    """May the meeting be wrapped up as a sale made? Not when a recorded sale lacks consent."""
    if not meeting_is_recorded(meeting, rules):
        return True, ()
    if meeting.consent_to_record is None:
        return False, (Reason("sale.consent_missing"),)
    if meeting.consent_to_record is False:
        return False, (Reason("sale.consent_refused"),)
    return True, ()
