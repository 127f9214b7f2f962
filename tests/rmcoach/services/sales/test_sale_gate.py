"""meetings.wrap_up refuses a sale made (AGREED) that suitability.sale_check refuses."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from rmcoach.compliance.domain import ExceptionDraft, ProductDraft, ProductKind, SuitabilityDraft
from rmcoach.domain import ProductRisk, RiskProfile
from rmcoach.meeting_domain import (
    MeetingPlan,
    MeetingStatus,
    MeetingType,
    Outcome,
    ProposedProduct,
    WrapUp,
)
from rmcoach.services.book import Book
from rmcoach.services.meetings import records as meetings
from rmcoach.services.sales import products, suitability
from rmcoach.validation import ValidationError
from tests.conftest import MakeClient

ASSESSED = date(2026, 6, 1)
SALES_AREA = "中山路支行理财室"  # a presentation here is a recorded sale (双录)


def assessed_client(book: Book, make_client: MakeClient, profile: RiskProfile) -> int:
    client = make_client(book, name_zh="李秀英", risk_profile=profile)
    suitability.save_record(book, client.id, SuitabilityDraft(profile, ASSESSED))
    for code, name, kind, risk in (
        ("R2-01", "稳享90天", ProductKind.WEALTH_PUBLIC, ProductRisk.R2),
        ("F-04", "成长混合基金", ProductKind.FUND, ProductRisk.R4),
    ):
        products.add_product(book, ProductDraft(code, name, kind, risk))
    return client.id


def live_meeting(book: Book, client_id: int, product: str, place: str = SALES_AREA) -> int:
    plan = MeetingPlan(
        client_id=client_id,
        meeting_type=MeetingType.PRESENTATION,
        place=place,
        products=(ProposedProduct(product, discussed=True),),
    )
    meeting_id = meetings.plan_meeting(book, plan).meeting.id
    meetings.start_meeting(book, meeting_id)
    return meeting_id


def exception_for(client_id: int, meeting_id: int) -> ExceptionDraft:
    return ExceptionDraft(
        client_id=client_id,
        product_name="成长混合基金",
        product_risk=ProductRisk.R4,
        client_request="客户表示了解风险，坚持要买这只基金",
        warning_given=True,
        supervisor="周经理",
        meeting_id=meeting_id,
    )


def refusal(book: Book, meeting_id: int) -> list[str]:
    """The codes wrap_up refuses an agreed sale with; the meeting must stay live, unwritten."""
    with book.read() as conn:
        before = conn.execute(text("SELECT count(*) FROM contacts")).scalar_one()
    with pytest.raises(meetings.SaleNotAllowedError) as caught:
        meetings.wrap_up(book, meeting_id, WrapUp(Outcome.AGREED, outcome_notes="客户同意购买"))
    meeting = meetings.get_meeting(book, meeting_id)
    assert (meeting.status, meeting.wrap_up) == (MeetingStatus.LIVE, None)
    with book.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM contacts")).scalar_one() == before
    error = caught.value
    # the codes and words are the same the wrap-up screen shows from sale_check
    assert [r.code for r in error.reasons] == [e.code for e in error.errors]
    assert isinstance(error, ValidationError) and isinstance(error, ValueError)
    assert error.reasons == suitability.sale_check(book, meeting_id)[1]
    return [r.code for r in error.reasons]


def test_a_recorded_sale_without_consent_is_refused(book: Book, make_client: MakeClient) -> None:
    client_id = assessed_client(book, make_client, RiskProfile.C3)
    meeting_id = live_meeting(book, client_id, "稳享90天")
    assert refusal(book, meeting_id) == ["sale.consent_missing"]
    meetings.set_consent(book, meeting_id, False)
    assert refusal(book, meeting_id) == ["sale.consent_refused"]
    with pytest.raises(meetings.SaleNotAllowedError) as caught:
        meetings.wrap_up(book, meeting_id, WrapUp(Outcome.AGREED))
    (error,) = caught.value.errors
    assert error.field == "outcome"
    assert "客户不同意录音录像" in error.message("zh")  # type: ignore[attr-defined]
    assert "declined the recording" in str(caught.value)


def test_a_recorded_sale_with_consent_is_wrapped_up(book: Book, make_client: MakeClient) -> None:
    client_id = assessed_client(book, make_client, RiskProfile.C3)
    meeting_id = live_meeting(book, client_id, "稳享90天")
    meetings.set_consent(book, meeting_id, True)
    done = meetings.wrap_up(book, meeting_id, WrapUp(Outcome.AGREED)).meeting
    assert done.status is MeetingStatus.DONE
    assert done.wrap_up is not None and done.wrap_up.outcome is Outcome.AGREED


def test_an_unsuitable_product_is_refused_until_its_exception_is_recorded(
    book: Book, make_client: MakeClient
) -> None:
    client_id = assessed_client(book, make_client, RiskProfile.C3)
    meeting_id = live_meeting(book, client_id, "成长混合基金")  # R4 for a C3 client
    meetings.set_consent(book, meeting_id, True)
    assert refusal(book, meeting_id) == ["sale.unsuitable"]
    suitability.record_exception(book, exception_for(client_id, meeting_id))
    done = meetings.wrap_up(book, meeting_id, WrapUp(Outcome.AGREED)).meeting
    assert done.status is MeetingStatus.DONE


def test_a_c1_client_gets_no_exception_and_so_no_sale(book: Book, make_client: MakeClient) -> None:
    client_id = assessed_client(book, make_client, RiskProfile.C1)
    meeting_id = live_meeting(book, client_id, "稳享90天", place="客户办公室")  # R2 for C1
    with pytest.raises(suitability.SuitabilityError):
        suitability.record_exception(book, exception_for(client_id, meeting_id))
    assert refusal(book, meeting_id) == ["sale.unsuitable"]
    # not a sale: the meeting is wrapped up with any other outcome
    done = meetings.wrap_up(book, meeting_id, WrapUp(Outcome.CONSIDERING)).meeting
    assert done.status is MeetingStatus.DONE


def test_both_reasons_are_given_together(book: Book, make_client: MakeClient) -> None:
    client_id = assessed_client(book, make_client, RiskProfile.C3)
    meeting_id = live_meeting(book, client_id, "成长混合基金")
    assert refusal(book, meeting_id) == ["sale.consent_missing", "sale.unsuitable"]


def test_form_errors_and_a_closed_meeting_come_before_the_sale_gate(
    book: Book, make_client: MakeClient
) -> None:
    client_id = assessed_client(book, make_client, RiskProfile.C3)
    meeting_id = live_meeting(book, client_id, "成长混合基金")
    with pytest.raises(meetings.MeetingValidationError) as caught:
        meetings.wrap_up(book, meeting_id, WrapUp(Outcome.AGREED, satisfaction=9))
    assert not isinstance(caught.value, meetings.SaleNotAllowedError)
    meetings.wrap_up(book, meeting_id, WrapUp(Outcome.DECLINED))
    with pytest.raises(meetings.MeetingClosedError):
        meetings.wrap_up(book, meeting_id, WrapUp(Outcome.AGREED))
