"""The recorded sale (双录): when it applies, its checklist, and no sale without consent."""

from __future__ import annotations

import pytest

from rmcoach.compliance.domain import ProductKind
from rmcoach.compliance.recorded_sale import (
    can_mark_sale,
    is_sales_area,
    open_recorded_items,
    recorded_sale_checklist,
)
from rmcoach.domain import ProductType
from rmcoach.meeting_domain import Meeting, MeetingPlan, MeetingStatus, MeetingType, ProposedProduct
from tests.conftest import NOW

BRANCH = "支行二楼贵宾室"
ON_RECORD = [
    "compliance.recorded.consent",
    "compliance.recorded.rm_identity",
    "compliance.recorded.not_a_deposit",
    "compliance.recorded.risk_level",
    "compliance.recorded.fees_liquidity",
    "compliance.recorded.client_confirms",
]


def meeting(
    consent: bool | None,
    place: str = BRANCH,
    meeting_type: MeetingType = MeetingType.PRESENTATION,
    products: tuple[ProposedProduct, ...] = (
        ProposedProduct("稳享90天", product_type=ProductType.WEALTH),
    ),
    ticked: frozenset[str] = frozenset(),
) -> Meeting:
    plan = MeetingPlan(client_id=1, meeting_type=meeting_type, place=place, products=products)
    return Meeting(
        id=1,
        plan=plan,
        status=MeetingStatus.LIVE,
        playbook_id="rmcoach-default",
        playbook_version="1.0.0",
        created_at=NOW,
        consent_to_record=consent,
        ticked=ticked,
    )


def test_a_product_presentation_in_the_branch_gets_the_on_record_checklist() -> None:
    items = recorded_sale_checklist(MeetingType.PRESENTATION, BRANCH, ProductKind.WEALTH_PUBLIC)
    assert [item.id for item in items] == ON_RECORD
    assert items[2].title.zh == "说明“理财非存款”"
    assert "deposit" in items[2].title.en


@pytest.mark.parametrize(
    ("meeting_type", "place", "kind"),
    [
        (MeetingType.REVIEW, BRANCH, ProductKind.FUND),  # not a presentation
        (MeetingType.PRESENTATION, "客户家中", ProductKind.FUND),  # not in the branch
        (MeetingType.PRESENTATION, BRANCH, ProductType.DEPOSIT),  # a deposit is not recorded
    ],
)
def test_no_checklist_outside_a_branch_presentation(
    meeting_type: MeetingType, place: str, kind: ProductKind | ProductType
) -> None:
    assert recorded_sale_checklist(meeting_type, place, kind) == ()


def test_an_unknown_product_kind_is_recorded_to_be_safe() -> None:
    assert recorded_sale_checklist(MeetingType.PRESENTATION, "Sales area, Pudong branch")
    assert is_sales_area("中山路营业网点") and not is_sales_area("客户办公室")


def test_without_consent_the_sale_cannot_be_marked_as_made() -> None:
    refused_ok, refused = can_mark_sale(meeting(consent=False))
    assert not refused_ok
    assert [r.code for r in refused] == ["sale.consent_refused"]
    missing_ok, missing = can_mark_sale(meeting(consent=None))
    assert (missing_ok, [r.code for r in missing]) == (False, ["sale.consent_missing"])
    assert can_mark_sale(meeting(consent=True)) == (True, ())


def test_consent_does_not_gate_a_meeting_that_is_not_recorded() -> None:
    assert can_mark_sale(meeting(consent=False, place="客户家中")) == (True, ())
    deposit = (ProposedProduct("三年定期", product_type=ProductType.DEPOSIT),)
    assert can_mark_sale(meeting(consent=None, products=deposit)) == (True, ())


def test_open_items_follow_the_ticks_and_the_consent_answer() -> None:
    ticked = frozenset({"compliance.recorded.rm_identity", "rapport.smile"})
    left = [i.id for i in open_recorded_items(meeting(consent=True, ticked=ticked))]
    assert left == [
        i
        for i in ON_RECORD
        if i not in ("compliance.recorded.consent", "compliance.recorded.rm_identity")
    ]
    assert open_recorded_items(meeting(consent=True, place="客户家中")) == ()
