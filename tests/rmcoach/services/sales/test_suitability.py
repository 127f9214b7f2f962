"""Suitability in the book at fixed dates: the record, checks, exceptions, the sale gate."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from rmcoach.clock import FixedClock
from rmcoach.compliance.domain import (
    CivilCapacity,
    ExceptionDraft,
    ProductDraft,
    ProductKind,
    SuitabilityDraft,
)
from rmcoach.domain import ProductRisk, ProductType, RiskProfile
from rmcoach.meeting_domain import (
    FollowUpKind,
    FollowUpStatus,
    MeetingPlan,
    MeetingType,
    Outcome,
    ProposedProduct,
    WrapUp,
)
from rmcoach.services.book import Book
from rmcoach.services.clients.records import find_client_id, get_client, update_client
from rmcoach.services.followups import records as followups
from rmcoach.services.interchange.csv_import import import_csv
from rmcoach.services.meetings import records as meetings
from rmcoach.services.sales import cooling_off, products, suitability
from rmcoach.services.sales.suitability import SuitabilityError
from tests.conftest import NOW, MakeClient

ASSESSED = date(2026, 6, 1)


@pytest.fixture
def client_id(book: Book, make_client: MakeClient) -> int:
    client = make_client(book, name_zh="李秀英", client_no="C100", birthday=date(1975, 3, 8))
    suitability.save_record(book, client.id, SuitabilityDraft(RiskProfile.C3, ASSESSED))
    return client.id


def codes(reasons: tuple[object, ...]) -> list[str]:
    return [r.code for r in reasons]  # type: ignore[attr-defined]


def error_codes(caught: pytest.ExceptionInfo[SuitabilityError]) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in caught.value.errors]


# ------------------------------------------------------------------------ the record


def test_the_record_reads_back_and_survives_a_client_edit(book: Book, client_id: int) -> None:
    draft = SuitabilityDraft(
        RiskProfile.C4, date(2026, 11, 1), True, CivilCapacity.LIMITED, "  李  建国 "
    )
    record, changes = suitability.save_record(book, client_id, draft)
    assert (record.risk_profile, record.assessed_on, record.first_time_buyer) == (
        RiskProfile.C4,
        date(2026, 11, 1),
        True,
    )
    assert (record.civil_capacity, record.guardian, record.birthday) == (
        CivilCapacity.LIMITED,
        "李 建国",
        date(1975, 3, 8),
    )
    assert changes.clients and changes.client_ids == {client_id}
    # the client editor saves the rest of the client: the suitability fields stay
    update_client(book, client_id, get_client(book, client_id).draft)
    assert suitability.get_record(book, client_id) == record


def test_the_record_refuses_what_the_bank_cannot_have_assessed(book: Book, client_id: int) -> None:
    with pytest.raises(SuitabilityError) as caught:
        suitability.save_record(
            book,
            client_id,
            SuitabilityDraft(None, date(2026, 12, 1), civil_capacity=CivilCapacity.NONE),
        )
    assert error_codes(caught) == [
        ("risk_profile", "assessment_needs_profile"),
        ("assessed_on", "date_in_future"),
        ("guardian", "guardian_required"),
    ]
    assert suitability.get_record(book, client_id).assessed_on == ASSESSED  # nothing written


def test_changed_circumstances_need_a_new_assessment_which_closes_the_follow_up(
    book: Book, client_id: int, clock: FixedClock
) -> None:
    suitability.report_changed_circumstances(book, client_id, "退休了，收入下降")
    record = suitability.get_record(book, client_id)
    assert record.changed_on == date(2026, 11, 29)
    result = suitability.check_product(book, client_id, ProductRisk.R2)
    assert codes(result.reasons) == ["suitability.circumstances_changed"]
    [todo] = followups.client_followups(book, client_id)
    assert (todo.kind, todo.status, todo.notes) == (
        FollowUpKind.OTHER,
        FollowUpStatus.OPEN,
        "退休了，收入下降",
    )
    assert "重新" in todo.title
    suitability.report_changed_circumstances(book, client_id)  # the same day: once only
    assert len(followups.client_followups(book, client_id)) == 1
    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=NOW.tzinfo))
    _, changes = suitability.save_record(
        book, client_id, SuitabilityDraft(RiskProfile.C2, date(2026, 12, 2))
    )
    assert changes.followups
    [done] = followups.client_followups(book, client_id)
    assert done.status is FollowUpStatus.DONE
    assert suitability.check_product(book, client_id, ProductRisk.R2).suitable


def test_a_cancelled_report_no_longer_counts(book: Book, client_id: int) -> None:
    suitability.report_changed_circumstances(book, client_id)
    [todo] = followups.client_followups(book, client_id)
    followups.cancel_followup(book, todo.id)
    assert suitability.get_record(book, client_id).changed_on is None


def test_the_importer_stores_the_assessment_date(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("姓名,客户号,风险等级,风险测评日期\n张三,C900,C2,2026/3/5\n", encoding="utf-8")
    report = import_csv(book, path)
    assert (report.added, report.not_stored_columns) == (1, ())
    record = suitability.get_record(book, find_client_id(book, "C900"))
    assert (record.risk_profile, record.assessed_on) == (RiskProfile.C2, date(2026, 3, 5))


# ------------------------------------------------------------------------ checks


def add_products(book: Book) -> None:
    for code, name, kind, risk in (
        ("R2-01", "稳享90天", ProductKind.WEALTH_PUBLIC, ProductRisk.R2),
        ("F-04", "成长混合基金", ProductKind.FUND, ProductRisk.R4),
        ("P-03", "私享一号", ProductKind.WEALTH_PRIVATE, ProductRisk.R3),
    ):
        products.add_product(book, ProductDraft(code, name, kind, risk))


def test_the_catalogue_is_marked_for_the_client(book: Book, client_id: int) -> None:
    add_products(book)
    marked = {p.name: r for p, r in suitability.check_catalogue(book, client_id)}
    assert {name: r.suitable for name, r in marked.items()} == {
        "稳享90天": True,
        "私享一号": True,
        "成长混合基金": False,
    }
    assert marked["成长混合基金"].exception_allowed
    assert codes(marked["私享一号"].warnings) == ["care.cooling_off"]


def test_meeting_products_take_kind_and_risk_from_the_catalogue(book: Book, client_id: int) -> None:
    add_products(book)
    proposed = (
        ProposedProduct("成长混合基金"),  # no risk on the plan: the catalogue's R4
        ProposedProduct("三年定期", product_type=ProductType.DEPOSIT),
        ProposedProduct("不知名产品"),
    )
    checked = suitability.check_proposed(book, client_id, proposed)
    assert [(p.name, r.suitable, codes(r.reasons)) for p, r in checked] == [
        ("成长混合基金", False, ["suitability.risk_above_profile"]),
        ("三年定期", True, []),
        ("不知名产品", False, ["suitability.risk_unknown"]),
    ]


# ------------------------------------------------------------------------ exceptions


def exception(client_id: int, **changes: object) -> ExceptionDraft:
    fields: dict[str, object] = {
        "client_id": client_id,
        "product_name": "成长混合基金",
        "product_risk": ProductRisk.R4,
        "client_request": "客户表示了解风险，坚持要买这只基金",
        "warning_given": True,
        "supervisor": "周经理",
    }
    return ExceptionDraft(**{**fields, **changes})  # type: ignore[arg-type]


def test_an_exception_is_recorded_with_request_warning_and_supervisor(
    book: Book, client_id: int
) -> None:
    saved = suitability.record_exception(book, exception(client_id)).value
    assert (saved.product_name, saved.product_risk, saved.supervisor, saved.at) == (
        "成长混合基金",
        ProductRisk.R4,
        "周经理",
        NOW,
    )
    assert suitability.client_exceptions(book, client_id) == (saved,)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"client_request": " "}, [("client_request", "required")]),
        ({"warning_given": False}, [("warning_given", "warning_not_given")]),
        ({"supervisor": ""}, [("supervisor", "required")]),
        ({"product_risk": ProductRisk.R3}, [("product_risk", "exception_not_needed")]),
    ],
)
def test_an_exception_with_a_part_missing_is_refused(
    book: Book, client_id: int, changes: dict[str, object], expected: list[tuple[str, str]]
) -> None:
    with pytest.raises(SuitabilityError) as caught:
        suitability.record_exception(book, exception(client_id, **changes))
    assert error_codes(caught) == expected
    assert suitability.client_exceptions(book, client_id) == ()


def test_a_c1_client_gets_no_exception(book: Book, client_id: int) -> None:
    suitability.save_record(book, client_id, SuitabilityDraft(RiskProfile.C1, ASSESSED))
    with pytest.raises(SuitabilityError) as caught:
        suitability.record_exception(book, exception(client_id, product_risk=ProductRisk.R2))
    [error] = caught.value.errors
    assert error.code == "exception_not_allowed"
    assert "lowest risk category" in error.message_en
    assert suitability.client_exceptions(book, client_id) == ()


def test_an_expired_assessment_gets_no_exception(book: Book, client_id: int) -> None:
    suitability.save_record(book, client_id, SuitabilityDraft(RiskProfile.C3, date(2025, 11, 1)))
    with pytest.raises(SuitabilityError, match="expired on 2026-11-01"):
        suitability.record_exception(book, exception(client_id))


# ------------------------------------------------------------------------ the sale gate


def presentation(book: Book, client_id: int, name: str = "稳享90天") -> int:
    plan = MeetingPlan(
        client_id=client_id,
        meeting_type=MeetingType.PRESENTATION,
        place="中山路支行理财室",
        products=(ProposedProduct(name, discussed=True),),
    )
    return meetings.plan_meeting(book, plan).meeting.id


def test_consent_refused_means_the_sale_cannot_be_marked(book: Book, client_id: int) -> None:
    add_products(book)
    meeting_id = presentation(book, client_id)
    assert suitability.sale_check(book, meeting_id)[0] is False  # not asked yet
    meetings.set_consent(book, meeting_id, False)
    allowed, reasons = suitability.sale_check(book, meeting_id)
    assert (allowed, codes(reasons)) == (False, ["sale.consent_refused"])
    meetings.set_consent(book, meeting_id, True)
    assert suitability.sale_check(book, meeting_id) == (True, ())


def test_an_unsuitable_product_needs_its_exception_before_the_sale(
    book: Book, client_id: int
) -> None:
    add_products(book)
    meeting_id = presentation(book, client_id, "成长混合基金")
    meetings.set_consent(book, meeting_id, True)
    allowed, reasons = suitability.sale_check(book, meeting_id)
    assert (allowed, codes(reasons)) == (False, ["sale.unsuitable"])
    suitability.record_exception(book, exception(client_id, meeting_id=meeting_id))
    assert suitability.sale_check(book, meeting_id) == (True, ())


# ------------------------------------------------------------------------ cooling-off


def test_a_private_sale_starts_the_cooling_off_and_the_return_visit(
    book: Book, client_id: int
) -> None:
    started = cooling_off.start_cooling_off(book, client_id, "私享一号")
    assert started.ends_at == datetime(2026, 11, 30, 10, 0, tzinfo=NOW.tzinfo)
    pause, visit = followups.client_followups(book, client_id)
    assert (pause.id, pause.kind, pause.due_on, str(pause.due_time)) == (
        started.cooling_off_id,
        FollowUpKind.OTHER,
        date(2026, 11, 30),
        "10:00:00",
    )
    assert "请勿催促客户" in pause.title and "私享一号" in pause.title
    assert "全额退还" in pause.notes
    assert (visit.kind, visit.due_on) == (FollowUpKind.CALL, date(2026, 12, 1))
    assert "回访" in visit.title
    again = cooling_off.start_cooling_off(book, client_id, "私享一号")
    assert (again.cooling_off_id, again.return_visit_id) == (pause.id, visit.id)
    assert len(followups.client_followups(book, client_id)) == 2


def test_wrapping_up_a_private_sale_starts_its_cooling_off(book: Book, client_id: int) -> None:
    add_products(book)
    plan = MeetingPlan(
        client_id=client_id,
        meeting_type=MeetingType.PRESENTATION,
        place="客户办公室",
        products=(ProposedProduct("私享一号", discussed=True), ProposedProduct("稳享90天")),
    )
    meeting_id = meetings.plan_meeting(book, plan).meeting.id
    meetings.start_meeting(book, meeting_id)
    assert cooling_off.after_sale(book, meeting_id).value == ()  # not wrapped up yet
    meetings.wrap_up(book, meeting_id, WrapUp(Outcome.AGREED))
    [started] = cooling_off.after_sale(book, meeting_id).value
    titles = [f.title for f in followups.client_followups(book, client_id)]
    assert sum("私享一号" in t for t in titles) == 2
    assert not any("稳享90天" in t for t in titles)  # public product, not discussed
    assert started.changes.followups
