"""A meeting walked through the widgets: prepare, live, wrap-up; everything lands in the book."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rmcoach.meeting_domain import MeetingStatus, Outcome
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.followups import records as followups
from rmcoach.services.meetings import records as meetings
from tests.ui.conftest import type_text
from ui.main_window import MainWindow


def client_id(path, clock, client_no: str) -> int:  # type: ignore[no-untyped-def]
    book = Book.open(path, clock)
    try:
        return clients.find_client_id(book, client_no)
    finally:
        book.close()


def wait_step(qtbot, window: MainWindow, step: str) -> None:  # type: ignore[no-untyped-def]
    flow = window.meetings_page.flow
    qtbot.waitUntil(lambda: flow.header.labels and _current(flow) == step, timeout=5000)


def _current(flow) -> str:  # type: ignore[no-untyped-def]
    widget = flow.stack.currentWidget()
    return {flow.prepare: "prepare", flow.live: "live", flow.wrapup: "wrapup"}.get(widget, "record")


def test_prepare_meet_wrap_up_records_everything(qtbot, window, filled_book_path, clock) -> None:  # type: ignore[no-untyped-def]
    page = window.clients_page
    page.view.selectRow(3)  # 张三: private, C4
    qtbot.waitUntil(
        lambda: page.detail.record is not None and page.detail.record.draft.name_zh == "张三"
    )
    qtbot.mouseClick(page.detail.prepare_button, Qt.MouseButton.LeftButton)
    flow = window.meetings_page.flow
    with qtbot.waitSignal(flow.loaded, timeout=5000):
        pass
    wait_step(qtbot, window, "prepare")
    prepare = flow.prepare
    assert "张三" in prepare.client_name.text()
    assert prepare.style_label.text()  # a suggestion is shown, with its reason
    assert prepare.style_reasons.text()
    type_text(qtbot, prepare.objectives, "了解到期资金安排")
    type_text(qtbot, prepare.place, "网点贵宾室")
    row = prepare.products.add_row()
    prepare.products.setData(prepare.products.index(row, 0), "高风险股票基金")
    prepare.products.setData(prepare.products.index(row, 2), "R5")
    assert prepare.suitability.isVisible()  # R5 is above a C4 client's profile
    first_item = next(iter(prepare.checklist_boxes))
    prepare.checklist_boxes[first_item].setChecked(True)
    qtbot.mouseClick(prepare.start_button, Qt.MouseButton.LeftButton)
    wait_step(qtbot, window, "live")

    live = flow.live
    cards = list(live.cards.values())
    qtbot.mouseClick(cards[0].box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(cards[1].box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(cards[1].box, Qt.MouseButton.LeftButton)  # ticked, then unticked
    type_text(qtbot, live.note_box, "客户关心孩子留学费用")
    qtbot.keyClick(live.note_box, Qt.Key.Key_Return)
    type_text(qtbot, live.objection_input, "担心基金亏损")
    qtbot.keyClick(live.objection_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(live.objection_rows) == 1, timeout=5000)
    type_text(qtbot, live.objection_rows[0].response, "解释了分散投资")
    type_text(qtbot, live.needs, "保留流动性")
    live.consent.setCurrentIndex(live.consent.findData(True))
    live.products.boxes["高风险股票基金"].setChecked(True)
    qtbot.waitUntil(lambda: live.notes_model.rowCount() == 1, timeout=5000)
    qtbot.mouseClick(live.end_button, Qt.MouseButton.LeftButton)
    wait_step(qtbot, window, "wrapup")

    wrap = flow.wrapup
    wrap.outcome.setCurrentIndex(wrap.outcome.findData(Outcome.CONSIDERING.value))
    qtbot.mouseClick(wrap.satisfaction.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wrap.ratings["rapport"].buttons[4], Qt.MouseButton.LeftButton)
    suggested = wrap.followups.rows()
    assert any("担心基金亏损" in r[1] for r in suggested)  # the open objection became a task
    qtbot.mouseClick(wrap.finish, Qt.MouseButton.LeftButton)
    wait_step(qtbot, window, "record")
    window.ops.wait_idle()

    book = Book.open(filled_book_path, clock)
    try:
        (summary,) = meetings.client_meetings(book, client_id(filled_book_path, clock, "C001"))
        meeting = meetings.get_meeting(book, summary.id)
        tasks = followups.client_followups(book, meeting.plan.client_id)
    finally:
        book.close()
    assert meeting.status == MeetingStatus.DONE
    assert meeting.plan.objectives == ("了解到期资金安排",)
    assert meeting.plan.place == "网点贵宾室"
    assert first_item in meeting.prepare_checked
    assert meeting.ticked == frozenset({cards[0].item_id})
    assert [n.text for n in meeting.notes] == ["客户关心孩子留学费用"]
    (objection,) = meeting.objections
    assert (objection.text, objection.response, objection.resolved) == (
        "担心基金亏损",
        "解释了分散投资",
        False,
    )
    assert meeting.stated_needs == "保留流动性"
    assert meeting.consent_to_record is True
    assert [p.name for p in meeting.plan.products if p.discussed] == ["高风险股票基金"]
    assert meeting.wrap_up is not None
    assert meeting.wrap_up.outcome == Outcome.CONSIDERING
    assert meeting.wrap_up.satisfaction == 4
    assert ("rapport", 5) in meeting.wrap_up.phase_ratings
    assert any("担心基金亏损" in t.title and t.meeting_id == meeting.id for t in tasks)
    assert "担心基金亏损" in flow.record.browser.toPlainText()


def test_a_done_meeting_opens_read_only_and_takes_amendments(
    qtbot, window, filled_book_path, clock
) -> None:  # type: ignore[no-untyped-def]
    from rmcoach.meeting_domain import MeetingPlan, WrapUp

    cid = client_id(filled_book_path, clock, "C002")
    done: list[int] = []

    def make(book: Book) -> int:
        saved = meetings.plan_meeting(book, MeetingPlan(client_id=cid, objectives=("复盘",)))
        meetings.add_note(book, saved.meeting.id, "原始记录")
        meetings.wrap_up(book, saved.meeting.id, WrapUp(outcome=Outcome.RELATIONSHIP))
        return saved.meeting.id

    window.ops.query(make, done.append)  # set-up: the meeting is opened afterwards
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    window.open_meeting(done[0])
    wait_step(qtbot, window, "record")
    record = window.meetings_page.flow.record
    assert "原始记录" in record.browser.toPlainText()
    type_text(qtbot, record.amendment, "补充：客户来电确认")
    qtbot.mouseClick(record.amend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "补充：客户来电确认" in record.browser.toPlainText(), timeout=5000)
    assert "原始记录" in record.browser.toPlainText()  # the record itself is unchanged


def test_prepare_shows_what_was_skipped_last_time(qtbot, window, filled_book_path, clock) -> None:  # type: ignore[no-untyped-def]
    from rmcoach.meeting_domain import MeetingPlan, WrapUp
    from rmcoach.playbook import load_default_playbook

    cid = client_id(filled_book_path, clock, "C002")
    rapport = load_default_playbook().phase("rapport").items
    done: list[int] = []

    def make(book: Book) -> int:
        saved = meetings.plan_meeting(book, MeetingPlan(client_id=cid))
        for item in rapport[1:]:  # everything but the first rapport item was ticked
            meetings.set_ticked(book, saved.meeting.id, item.id, True)
        meetings.wrap_up(book, saved.meeting.id, WrapUp(outcome=Outcome.RELATIONSHIP))
        return cid

    window.ops.query(make, done.append)  # set-up: the meeting is opened afterwards
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    window.prepare_meeting(cid)
    wait_step(qtbot, window, "prepare")
    label = window.meetings_page.flow.prepare.skipped_last_time
    qtbot.waitUntil(lambda: label.isVisible() and bool(label.text()), timeout=5000)
    assert rapport[0].title.get("en") in label.text()
    assert rapport[1].title.get("en") not in label.text()
