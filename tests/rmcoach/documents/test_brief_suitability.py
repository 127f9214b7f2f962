"""The brief marks products as the prepare screen does: level and assessment both count."""

from __future__ import annotations

from datetime import timedelta

from rmcoach.compliance.domain import SuitabilityDraft
from rmcoach.documents.service import DocumentRequest, render_document
from rmcoach.domain import ProductRisk, ProductType, RiskProfile
from rmcoach.meeting_domain import MeetingPlan, ProposedProduct
from rmcoach.services.book import Book
from rmcoach.services.meetings import records as meetings
from rmcoach.services.sales import suitability


def brief_for(book: Book, client_id: int) -> str:
    return render_document(book, DocumentRequest(kind="brief", client_id=client_id, lang="en")).html


def test_a_product_above_the_level_is_marked_and_one_within_it_is_not(
    book: Book, make_client
) -> None:  # type: ignore[no-untyped-def]
    client = make_client(book, name_zh="张三", risk_profile=RiskProfile.C3)
    today = book.clock.now().date()
    suitability.save_record(
        book, client.id, SuitabilityDraft(RiskProfile.C3, today - timedelta(days=30))
    )
    plan = MeetingPlan(
        client_id=client.id,
        scheduled_at=book.clock.now() + timedelta(days=1),
        products=(
            ProposedProduct("稳健理财", ProductRisk.R2, ProductType.WEALTH),
            ProposedProduct("成长基金", ProductRisk.R4, ProductType.FUND),
        ),
    )
    meetings.plan_meeting(book, plan)
    html = brief_for(book, client.id)
    fund = html[html.index("成长基金") :]
    assert "R4" in fund[:400] and "C3" in fund[:400]  # the reason names both levels
    safe = html[html.index("稳健理财") : html.index("成长基金")]
    assert "C3" not in safe  # within the profile: no reason given


def test_an_expired_assessment_marks_even_a_low_risk_product(book: Book, make_client) -> None:  # type: ignore[no-untyped-def]
    client = make_client(book, name_zh="李娜", risk_profile=RiskProfile.C3)
    today = book.clock.now().date()
    suitability.save_record(
        book, client.id, SuitabilityDraft(RiskProfile.C3, today - timedelta(days=400))
    )
    plan = MeetingPlan(
        client_id=client.id,
        scheduled_at=book.clock.now() + timedelta(days=1),
        products=(ProposedProduct("稳健理财", ProductRisk.R2, ProductType.WEALTH),),
    )
    meetings.plan_meeting(book, plan)
    with_expired = brief_for(book, client.id)
    suitability.save_record(
        book, client.id, SuitabilityDraft(RiskProfile.C3, today - timedelta(days=10))
    )
    with_fresh = brief_for(book, client.id)
    assert with_expired != with_fresh
    assert 'class="warn"' in with_expired[with_expired.index("稳健理财") :][:300]
    assert 'class="warn"' not in with_fresh[with_fresh.index("稳健理财") :][:300]
