"""One call for the screens: notices, checklists and marks for a client's meeting (fixed day)."""

from __future__ import annotations

from datetime import date

from rmcoach.compliance.domain import ProductDraft, ProductKind, SuitabilityDraft
from rmcoach.domain import ProductRisk, RiskProfile
from rmcoach.meeting_domain import MeetingPlan, MeetingType, ProposedProduct
from rmcoach.services.book import Book
from rmcoach.services.meetings import records as meetings
from rmcoach.services.sales import products, suitability
from rmcoach.services.sales.meeting_compliance import meeting_compliance
from tests.conftest import MakeClient


def test_an_elderly_client_s_insurance_presentation_in_the_branch(
    book: Book, make_client: MakeClient
) -> None:
    client = make_client(book, name_zh="钱淑芬", birthday=date(1964, 5, 1))  # 62 today
    suitability.save_record(book, client.id, SuitabilityDraft(RiskProfile.C2, date(2026, 3, 1)))
    for draft in (
        ProductDraft("I-01", "安享年金", ProductKind.INSURANCE, ProductRisk.R2),
        ProductDraft("F-04", "成长混合基金", ProductKind.FUND, ProductRisk.R4),
    ):
        products.add_product(book, draft)
    plan = MeetingPlan(
        client_id=client.id,
        meeting_type=MeetingType.PRESENTATION,
        place="营业厅销售专区",
        products=(ProposedProduct("安享年金", discussed=True),),
    )
    meeting_id = meetings.plan_meeting(book, plan).meeting.id
    view = meeting_compliance(book, client.id, meeting_id=meeting_id)
    assert [n.code for n in view.notices] == ["care.senior"]  # 62: over 60 for insurance
    assert dict(view.notices[0].params) == {"age": "62", "threshold": "60"}
    assert "compliance.care.time_to_decide" in [i.id for i in view.care_items]
    assert [i.id for i in view.recorded_items][:2] == [
        "compliance.recorded.consent",
        "compliance.recorded.rm_identity",
    ]
    assert [(p.name, r.suitable) for p, r in view.products] == [("安享年金", True)]
    assert [(p.code, r.suitable) for p, r in view.catalogue] == [("I-01", True), ("F-04", False)]
    assert (view.sale_allowed, [r.code for r in view.sale_reasons]) == (
        False,
        ["sale.consent_missing"],
    )
    # the same client preparing a fund review at home: no insurance age, nothing recorded
    home = MeetingPlan(client_id=client.id, meeting_type=MeetingType.REVIEW, place="客户家中")
    prepared = meeting_compliance(book, client.id, plan=home)
    assert (prepared.notices, prepared.recorded_items, prepared.reassessment) == ((), (), ())
