"""Suitability and the recorded sale on the meeting screens and in the client editor."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rmcoach.compliance.domain import (
    ExceptionDraft,
    ProductDraft,
    ProductKind,
    Reason,
    SuitabilityDraft,
)
from rmcoach.domain import ProductRisk, ProductType, RiskProfile
from rmcoach.meeting_domain import MeetingPlan, MeetingStatus, MeetingType, Outcome, ProposedProduct
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.meetings import records as meetings
from rmcoach.services.sales import products, suitability
from tests.ui.conftest import type_text
from tests.ui.pages.test_meeting_flow import wait_step
from ui.dialogs.client_editor import ClientEditor
from ui.i18n import current_language
from ui.main_window import MainWindow


def on_worker(qtbot, window: MainWindow, fn):  # type: ignore[no-untyped-def]
    """Run fn(book) on the window's worker and return its result (set-up and reads: the
    screens are opened after it, so none needs telling what it changed)."""
    results: list[object] = []
    window.ops.query(fn, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    return results[0]


def open_at(qtbot, window: MainWindow, meeting_id: int, step: str | None = None) -> None:  # type: ignore[no-untyped-def]
    flow = window.meetings_page.flow
    with qtbot.waitSignal(flow.loaded, timeout=5000):
        window.open_meeting(meeting_id, step)


def assess(book: Book, client_no: str, profile: RiskProfile, on: date, **care: object) -> int:
    cid = clients.find_client_id(book, client_no)
    suitability.save_record(
        book, cid, SuitabilityDraft(risk_profile=profile, assessed_on=on, **care)
    )
    return cid


def set_birthday(book: Book, cid: int, birthday: date) -> None:
    draft = clients.get_client(book, cid).draft
    clients.update_client(book, cid, replace(draft, birthday=birthday))


def plan_for(book: Book, cid: int, **fields: object) -> int:
    when = book.clock.now() + timedelta(days=1)
    plan = MeetingPlan(client_id=cid, scheduled_at=when, **fields)  # type: ignore[arg-type]
    return meetings.plan_meeting(book, plan).meeting.id


FUND_R4 = ProposedProduct(name="成长股票基金", product_type=ProductType.FUND, risk=ProductRisk.R4)
FUND_R2 = ProposedProduct(name="稳健债券基金", product_type=ProductType.FUND, risk=ProductRisk.R2)


def test_r4_product_for_a_c3_client_is_marked_with_its_reason(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    def make(book: Book) -> int:
        cid = assess(book, "C002", RiskProfile.C3, date(2026, 6, 1))
        return plan_for(book, cid, products=(FUND_R4,))

    meeting_id = on_worker(qtbot, window, make)
    open_at(qtbot, window, meeting_id)
    prepare = window.meetings_page.flow.prepare
    reason = Reason("suitability.risk_above_profile", {"product_risk": "R4", "risk_profile": "C3"})
    assert not prepare.suitability.isHidden()
    assert reason.text(current_language()) in prepare.suitability.text()
    assert prepare.banner.reassessment.isHidden()  # the assessment holds
    # C3 is not the lowest category: an exception may be recorded, and is refused if empty
    button = prepare.exception_buttons["成长股票基金"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.meetings_page.flow.exception_dialog
    assert dialog is not None
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=5000)
    assert dialog.isVisible()
    type_text(qtbot, dialog.client_request, "我自己要买这只基金")
    dialog.warning_given.setChecked(True)
    type_text(qtbot, dialog.supervisor, "Wang")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert not button.isEnabled()
    book_exceptions = on_worker(
        qtbot, window, lambda b: suitability.client_exceptions(b, clients.find_client_id(b, "C002"))
    )
    assert [e.product_name for e in book_exceptions] == ["成长股票基金"]


def test_a_plan_of_four_products_shows_whole_without_scrolling(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    more = (
        ProposedProduct("稳享90天理财", ProductRisk.R2, ProductType.WEALTH),
        ProposedProduct("积存金", ProductRisk.R3, ProductType.PRECIOUS_METAL),
    )

    def make(book: Book) -> int:
        cid = assess(book, "C002", RiskProfile.C3, date(2026, 6, 1))
        return plan_for(book, cid, products=(FUND_R2, *more, FUND_R4))

    open_at(qtbot, window, on_worker(qtbot, window, make))
    view = window.meetings_page.flow.prepare.products_view
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() == 4, timeout=5000)
    last = view.visualRect(view.model().index(3, 0))
    assert view.verticalScrollBar().maximum() == 0  # nothing to scroll to
    assert view.viewport().rect().contains(last)  # the marked R4 fund is in sight


def test_an_expired_assessment_shows_the_red_banner(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    def make(book: Book) -> int:
        cid = assess(book, "C002", RiskProfile.C3, date(2025, 6, 1))
        return plan_for(book, cid, products=(FUND_R2,))

    meeting_id = on_worker(qtbot, window, make)
    open_at(qtbot, window, meeting_id)
    prepare = window.meetings_page.flow.prepare
    banner = prepare.banner.reassessment
    assert not banner.isHidden()
    assert banner.property("role") == "error"
    assert "2025-06-01" in banner.text()
    assert not prepare.suitability.isHidden()  # even an R2 product waits for a new assessment
    assert not prepare.exception_buttons  # no exception without a valid assessment


def test_a_client_of_65_or_over_gets_the_care_notice(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    def make(book: Book) -> int:
        cid = assess(book, "C002", RiskProfile.C3, date(2026, 6, 1))
        set_birthday(book, cid, date(1955, 3, 5))
        return plan_for(book, cid, products=(FUND_R2,))

    meeting_id = on_worker(qtbot, window, make)
    open_at(qtbot, window, meeting_id)
    care = window.meetings_page.flow.prepare.banner.care
    assert not care.isHidden()
    assert care.property("state") == "due"
    assert (
        Reason("care.senior", {"age": "71", "threshold": "65"}).text(current_language())
        in care.text()
    )


def live_presentation(qtbot, window, senior: bool = False) -> int:  # type: ignore[no-untyped-def]
    def make(book: Book) -> int:
        cid = assess(book, "C002", RiskProfile.C3, date(2026, 6, 1))
        if senior:
            set_birthday(book, cid, date(1955, 3, 5))
        meeting_id = plan_for(
            book,
            cid,
            meeting_type=MeetingType.PRESENTATION,
            place="网点销售专区",
            products=(FUND_R2,),
        )
        meetings.start_meeting(book, meeting_id)
        return meeting_id

    return on_worker(qtbot, window, make)


def tab_titles(live) -> list[str]:  # type: ignore[no-untyped-def]
    return [live.phases.tabText(i) for i in range(live.phases.count())]


def test_a_presentation_in_the_sales_area_gets_the_on_record_tab(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    meeting_id = live_presentation(qtbot, window, senior=True)
    open_at(qtbot, window, meeting_id)
    live = window.meetings_page.flow.live
    titles = tab_titles(live)
    assert any("双录" in t for t in titles)
    assert any(t.startswith(("Take care", "请注意", "特别注意")) for t in titles), titles
    assert not live.banner.care.isHidden()
    recorded = [i for i in live.cards if i.startswith("compliance.recorded.")]
    assert recorded
    qtbot.mouseClick(live.cards[recorded[0]].box, Qt.MouseButton.LeftButton)
    window.ops.wait_idle()
    meeting = on_worker(qtbot, window, lambda b: meetings.get_meeting(b, meeting_id))
    assert recorded[0] in meeting.ticked
    live.consent.setCurrentIndex(live.consent.findData(True))
    assert live.consent_card is not None and live.consent_card.box.isChecked()


def test_an_ordinary_review_has_no_on_record_tab(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    def make(book: Book) -> int:
        cid = assess(book, "C002", RiskProfile.C3, date(2026, 6, 1))
        meeting_id = plan_for(book, cid, place="客户办公室")
        meetings.start_meeting(book, meeting_id)
        return meeting_id

    open_at(qtbot, window, on_worker(qtbot, window, make))
    live = window.meetings_page.flow.live
    assert not any("双录" in t for t in tab_titles(live))
    assert live.banner.isHidden()


def test_agreed_without_consent_is_refused_and_the_meeting_stays_live(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    meeting_id = live_presentation(qtbot, window)
    open_at(qtbot, window, meeting_id, "wrapup")
    wrap = window.meetings_page.flow.wrapup
    wrap.outcome.setCurrentIndex(wrap.outcome.findData(Outcome.AGREED.value))
    qtbot.mouseClick(wrap.finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wrap.error.isHidden(), timeout=5000)
    assert Reason("sale.consent_missing").text(current_language()) in wrap.error.text()
    window.ops.wait_idle()
    meeting = on_worker(qtbot, window, lambda b: meetings.get_meeting(b, meeting_id))
    assert meeting.status == MeetingStatus.LIVE
    assert meeting.wrap_up is None


def test_agreed_with_consent_wraps_up(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    meeting_id = live_presentation(qtbot, window)
    on_worker(qtbot, window, lambda b: meetings.set_consent(b, meeting_id, True))
    open_at(qtbot, window, meeting_id, "wrapup")
    wrap = window.meetings_page.flow.wrapup
    wrap.outcome.setCurrentIndex(wrap.outcome.findData(Outcome.AGREED.value))
    qtbot.mouseClick(wrap.finish, Qt.MouseButton.LeftButton)
    wait_step(qtbot, window, "record")
    meeting = on_worker(qtbot, window, lambda b: meetings.get_meeting(b, meeting_id))
    assert meeting.status == MeetingStatus.DONE


def test_the_editor_saves_the_assessment_date_and_first_time_buyer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.clients_page
    page.view.selectRow(3)  # 张三, C4
    qtbot.waitUntil(
        lambda: page.detail.record is not None and page.detail.record.draft.name_zh == "张三"
    )
    qtbot.mouseClick(page.detail.edit_button, Qt.MouseButton.LeftButton)
    (editor,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ClientEditor) and w.isVisible()
    ]
    qtbot.waitUntil(lambda: editor._suitability_loaded, timeout=5000)
    assert not editor.form.fields["guardian"].isEnabled()
    editor.form.fields["assessed_on"].setText("2099-01-01")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.form.errors["assessed_on"].isHidden()  # in the future
    editor.form.fields["assessed_on"].setText("2026年5月20日")
    editor.form.fields["first_time_buyer"].setChecked(True)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    window.ops.wait_idle()
    record = on_worker(
        qtbot, window, lambda b: suitability.get_record(b, clients.find_client_id(b, "C001"))
    )
    assert record.assessed_on == date(2026, 5, 20)
    assert record.first_time_buyer is True
    assert record.risk_profile == RiskProfile.C4


def test_live_mode_marks_unsuitable_products_like_prepare(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    def make(book: Book) -> int:
        cid = assess(book, "C002", RiskProfile.C3, date(2026, 6, 1))
        products.add_product(
            book, ProductDraft("F-09", "科技成长基金", ProductKind.FUND, ProductRisk.R5)
        )
        meeting_id = plan_for(book, cid, place="客户办公室", products=(FUND_R2, FUND_R4))
        meetings.start_meeting(book, meeting_id)
        return meeting_id

    meeting_id = on_worker(qtbot, window, make)
    open_at(qtbot, window, meeting_id, "live")
    live = window.meetings_page.flow.live
    lang = current_language()
    assert list(live.products.marks) == ["成长股票基金"]  # the R2 fund is suitable
    mark = live.products.marks["成长股票基金"]
    above = Reason("suitability.risk_above_profile", {"product_risk": "R4", "risk_profile": "C3"})
    assert above.text(lang) in mark.toolTip()
    assert above.text(lang) in live.products.boxes["成长股票基金"].toolTip()
    assert (mark.excepted, mark.word.property("state")) == (False, "overdue")
    assert mark.word.text() and mark.icon.pixmap() is not None  # a word and an icon, not colour

    # a catalogue product named in the meeting is checked as it is added
    type_text(qtbot, live.products.input, "科技成长基金")
    with qtbot.waitSignal(live.product_toggled, timeout=2000) as added:
        qtbot.keyClick(live.products.input, Qt.Key.Key_Return)
    assert added.args == ["科技成长基金", True]
    r5 = Reason("suitability.risk_above_profile", {"product_risk": "R5", "risk_profile": "C3"})
    assert r5.text(lang) in live.products.marks["科技成长基金"].toolTip()
    window.ops.wait_idle()

    # with an exception on record for the meeting, the mark says so (amber)
    on_worker(
        qtbot,
        window,
        lambda b: suitability.record_exception(
            b,
            ExceptionDraft(
                client_id=clients.find_client_id(b, "C002"),
                product_name="成长股票基金",
                product_risk=ProductRisk.R4,
                client_request="我自己要买这只基金",
                warning_given=True,
                supervisor="Wang",
                meeting_id=meeting_id,
            ),
        ),
    )
    open_at(qtbot, window, meeting_id, "live")
    live = window.meetings_page.flow.live
    mark = live.products.marks["成长股票基金"]
    assert (mark.excepted, mark.word.property("state")) == (True, "due")
    assert "科技成长基金" in live.products.marks  # stored as discussed, still unsuitable
