"""The Today page on a real book: its sections, done, snooze, reschedule, meetings, generation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from rmcoach.clock import FixedClock
from rmcoach.meeting_domain import (
    FollowUpDraft,
    FollowUpKind,
    FollowUpStatus,
    MeetingPlan,
    MeetingSummary,
)
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.followups import records as followups
from rmcoach.services.meetings import records as meetings
from tests.ui.conftest import SAMPLE_CLIENTS, type_text
from ui import formatting
from ui.dialogs.followup_dialogs import DayDialog, DoneDialog, NewFollowUpDialog
from ui.models.followup_model import (
    COL_KIND,
    COL_STATUS,
    AgendaModel,
    AgendaSection,
    ItemRole,
)
from ui.operations import Operations
from ui.pages.today_page import TodayPage

DAY = date(2026, 11, 29)  # the fixed clock's today, a Sunday
NO_CADENCE = {"private": 0, "wealth": 0, "vip": 0, "mass": 0}


@dataclass
class AgendaBook:
    """A book with follow-ups at fixed days around DAY and two planned meetings."""

    path: Path
    clients: dict[str, int] = field(default_factory=dict)  # client_no -> id
    items: dict[str, int] = field(default_factory=dict)  # name -> follow-up id
    meetings: dict[str, int] = field(default_factory=dict)  # name -> meeting id

    def open(self, clock: FixedClock) -> Book:
        return Book.open(self.path, clock)


def make_agenda_book(path: Path, clock: FixedClock, cadence: bool = False) -> AgendaBook:
    book = Book.open(path, clock)
    made = AgendaBook(path)
    if not cadence:  # only what the test adds: no contact-cadence items for new clients
        book.set_setting("cadence_days", NO_CADENCE)
    for draft in SAMPLE_CLIENTS:
        made.clients[draft.client_no] = clients.add_client(book, draft).client.id

    def add(name: str, client_no: str, kind: FollowUpKind, title: str, due: date, at=None):  # type: ignore[no-untyped-def]
        draft = FollowUpDraft(made.clients[client_no], title, kind, due, at)
        made.items[name] = followups.add_followup(book, draft).followup.id

    add("overdue", "C001", FollowUpKind.CALL, "回访张三", DAY - timedelta(days=4))
    add("today", "C002", FollowUpKind.VISIT, "拜访李娜", DAY, time(14, 0))
    add("week", "C003", FollowUpKind.BIRTHDAY, "王芳生日祝福", DAY + timedelta(days=3))
    add("week2", "C004", FollowUpKind.SEND_MATERIAL, "寄送基金资料", DAY + timedelta(days=6))
    add("later", "C005", FollowUpKind.MATURITY, "Deposit matures", DAY + timedelta(days=21))
    add("done", "C003", FollowUpKind.CALL, "已完成的电话", DAY - timedelta(days=9))
    followups.complete_followup(book, made.items["done"], "已联系")
    zone = clock.now().tzinfo
    for name, client_no, at in (
        ("today", "C001", datetime(2026, 11, 29, 15, 0, tzinfo=zone)),
        ("week", "C002", datetime(2026, 12, 1, 10, 0, tzinfo=zone)),
    ):
        plan = MeetingPlan(client_id=made.clients[client_no], scheduled_at=at)
        made.meetings[name] = meetings.plan_meeting(book, plan).meeting.id
    book.close()
    return made


def start_ops(path: Path, clock: FixedClock, errors: list[BaseException]) -> Operations:
    ops = Operations(errors.append)
    ops.open_book(lambda: Book.open(path, clock), lambda _b: None, errors.append)
    ops.wait_idle()
    return ops


@pytest.fixture
def agenda(tmp_path: Path, clock: FixedClock) -> AgendaBook:
    return make_agenda_book(tmp_path / "agenda.sqlite", clock)


@pytest.fixture
def ops(agenda: AgendaBook, clock: FixedClock) -> Iterator[Operations]:
    errors: list[BaseException] = []
    operations = start_ops(agenda.path, clock, errors)
    yield operations
    operations.shutdown()
    assert not errors


def show_today(qtbot, ops: Operations) -> TodayPage:  # type: ignore[no-untyped-def]
    page = TodayPage(ops, {})
    qtbot.addWidget(page)
    ops.changed.connect(page.on_changes)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()  # the first show loads (and generates) on the worker
    page.activateWindow()
    return page


@pytest.fixture
def page(qtbot, ops: Operations) -> TodayPage:  # type: ignore[no-untyped-def]
    return show_today(qtbot, ops)


def ids(page: TodayPage, section: str) -> list[tuple[str, int]]:
    return [
        ("meeting" if isinstance(i, MeetingSummary) else "followup", i.id)
        for i in page.items(section)
    ]


def stored(agenda: AgendaBook, clock: FixedClock, name: str) -> followups.FollowUp:
    book = agenda.open(clock)
    try:
        return followups.get_followup(book, agenda.items[name])
    finally:
        book.close()


def test_sections_hold_overdue_today_and_this_week(page: TodayPage, agenda: AgendaBook) -> None:
    f, m = agenda.items, agenda.meetings
    assert ids(page, "overdue") == [("followup", f["overdue"])]
    assert ids(page, "today") == [("followup", f["today"]), ("meeting", m["today"])]
    assert ids(page, "week") == [
        ("meeting", m["week"]),
        ("followup", f["week"]),
        ("followup", f["week2"]),
    ]
    model = page.agenda.model
    headings = [model.index(r, 0).data() for r in model.heading_rows()]
    assert headings == ["Overdue · 1", "Today · 2", "This week · 3"]
    assert model.more_rows() == []  # an RM's own book lists everything, as before
    overdue_row = model.row_of(("followup", f["overdue"]))
    status = model.index(overdue_row, COL_STATUS).data()
    assert status.startswith("Overdue, 4 day")  # the word, the icon and the red all say it
    assert model.index(overdue_row, COL_STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(overdue_row, COL_KIND).data() == "Call"  # the kind as a word and an icon
    assert model.index(overdue_row, COL_KIND).data(Qt.ItemDataRole.DecorationRole) is not None
    assert page.date_label.text() == formatting.day(DAY, DAY)
    assert page.tiles["overdue"].accessibleName() == "Overdue: 1"
    assert "1 overdue" in page.summary.text()
    assert "Prepare" in page.prepare_button.text()
    assert page.meeting_text.text().startswith("张三 (San Zhang) · Today 15:00")


def test_done_asks_for_an_outcome_and_the_item_leaves(qtbot, page, agenda, clock) -> None:  # type: ignore[no-untyped-def]
    assert page.agenda.select_item(("followup", agenda.items["overdue"]))
    page.agenda.view.setFocus()
    qtbot.keyClick(page.agenda.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = page.agenda.dialog
    assert isinstance(dialog, DoneDialog)
    type_text(qtbot, dialog.outcome, "客户同意续存")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.items("overdue"), timeout=5000)
    saved = stored(agenda, clock, "overdue")
    assert saved.status is FollowUpStatus.DONE
    assert saved.outcome == "客户同意续存"
    # the selection moved to the row that took its place, ready for the next Ctrl+D
    assert page.agenda.selected_key() == ("followup", agenda.items["today"])


def test_cancelling_done_changes_nothing(qtbot, page, agenda, clock) -> None:  # type: ignore[no-untyped-def]
    page.agenda.select_item(("followup", agenda.items["today"]))
    qtbot.mouseClick(page.agenda.done_button, Qt.MouseButton.LeftButton)
    dialog = page.agenda.dialog
    assert isinstance(dialog, DoneDialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert stored(agenda, clock, "today").status is FollowUpStatus.OPEN


def test_snooze_until_tomorrow_moves_it_to_this_week(qtbot, page, agenda, clock) -> None:  # type: ignore[no-untyped-def]
    key = ("followup", agenda.items["overdue"])
    page.agenda.select_item(key)
    page.agenda.snooze_actions["tomorrow"].trigger()
    qtbot.waitUntil(lambda: key in ids(page, "week"), timeout=5000)
    assert key not in ids(page, "overdue")
    saved = stored(agenda, clock, "overdue")
    assert saved.status is FollowUpStatus.SNOOZED
    assert saved.snoozed_until == DAY + timedelta(days=1)
    # like Done, the selection moves on to the row that took its place
    assert page.agenda.selected_key() == ("followup", agenda.items["today"])


def test_snooze_to_next_week_and_to_a_picked_day(qtbot, page, agenda, clock) -> None:  # type: ignore[no-untyped-def]
    page.agenda.select_item(("followup", agenda.items["today"]))
    page.agenda.snooze_actions["week"].trigger()
    qtbot.waitUntil(
        lambda: stored(agenda, clock, "today").snoozed_until == date(2026, 11, 30), timeout=5000
    )
    page.agenda.select_item(("followup", agenda.items["week"]))
    page.agenda.snooze_actions["pick"].trigger()
    dialog = page.agenda.dialog
    assert isinstance(dialog, DayDialog)
    dialog.set_date(DAY + timedelta(days=10))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: ("followup", agenda.items["week"]) not in ids(page, "week"), timeout=5000
    )
    assert stored(agenda, clock, "week").snoozed_until == DAY + timedelta(days=10)


def test_reschedule_with_a_day_and_a_time(qtbot, page, agenda, clock) -> None:  # type: ignore[no-untyped-def]
    page.agenda.select_item(("followup", agenda.items["overdue"]))
    page.agenda.view.setFocus()
    qtbot.keyClick(page.agenda.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = page.agenda.dialog
    assert isinstance(dialog, DayDialog)
    assert dialog.calendar.minimumDate() == QDate(DAY)  # never into the past
    dialog.set_date(DAY + timedelta(days=2))
    dialog.timed.setChecked(True)
    dialog.time_edit.setTime(QTime(9, 30))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.items("overdue"), timeout=5000)
    saved = stored(agenda, clock, "overdue")
    assert (saved.due_on, saved.due_time) == (DAY + timedelta(days=2), time(9, 30))


def test_open_client_prepare_and_enter(qtbot, page, agenda) -> None:  # type: ignore[no-untyped-def]
    page.agenda.select_item(("followup", agenda.items["today"]))
    page.agenda.view.setFocus()
    with qtbot.waitSignal(page.client_requested) as opened:
        qtbot.keyClick(page.agenda.view, Qt.Key.Key_Return)
    assert opened.args == [agenda.clients["C002"]]
    with qtbot.waitSignal(page.prepare_requested) as prepared:
        qtbot.mouseClick(page.agenda.prepare_button, Qt.MouseButton.LeftButton)
    assert prepared.args == [agenda.clients["C002"]]
    page.agenda.select_item(("meeting", agenda.meetings["today"]))
    assert not page.agenda.done_button.isEnabled()  # a meeting is prepared, not ticked off
    page.agenda.view.setFocus()
    with qtbot.waitSignal(page.meeting_requested) as meeting:
        qtbot.keyClick(page.agenda.view, Qt.Key.Key_Return)
    assert meeting.args == [agenda.meetings["today"]]
    with qtbot.waitSignal(page.meeting_requested) as next_one:
        qtbot.mouseClick(page.prepare_button, Qt.MouseButton.LeftButton)
    assert next_one.args == [agenda.meetings["today"]]


def test_tiles_jump_to_their_section(qtbot, page, agenda) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.tiles["week"], Qt.MouseButton.LeftButton)
    assert page.agenda.selected_key() == ("meeting", agenda.meetings["week"])


def test_a_new_follow_up_is_listed(qtbot, page, agenda) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.new_dialog
    assert isinstance(dialog, NewFollowUpDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisibleTo(dialog)  # no title yet: it says what is missing
    type_text(qtbot, dialog.search, "王芳")
    qtbot.waitUntil(
        lambda: dialog.chosen_client() is not None and dialog.chosen_client().name_zh == "王芳",
        timeout=5000,
    )
    dialog.kind.setCurrentIndex(dialog.kind.findData(FollowUpKind.VISIT.value))
    type_text(qtbot, dialog.title, "上门送资料")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(getattr(i, "title", "") == "上门送资料" for i in page.items("today")),
        timeout=5000,
    )


def test_empty_week_shows_one_sentence_and_one_action(qtbot, tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "empty.sqlite"
    book = Book.open(path, clock)
    book.set_setting("cadence_days", NO_CADENCE)
    clients.add_client(book, SAMPLE_CLIENTS[1])
    book.close()
    errors: list[BaseException] = []
    ops = start_ops(path, clock, errors)
    try:
        page = show_today(qtbot, ops)
        assert page.agenda.empty_box.isVisible()
        assert not page.agenda.view.isVisible()
        assert page.agenda.empty_label.text().startswith("Nothing is due this week.")
        assert page.meeting_text.text() == "No meeting planned"
        assert not page.tiles["overdue"].isVisible()
        qtbot.mouseClick(page.agenda.empty_button, Qt.MouseButton.LeftButton)
        assert isinstance(page.new_dialog, NewFollowUpDialog)
        page.new_dialog.reject()
    finally:
        ops.shutdown()
    assert not errors


def test_first_load_of_the_day_generates_then_not_again(qtbot, tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    agenda = make_agenda_book(tmp_path / "cadence.sqlite", clock, cadence=True)
    errors: list[BaseException] = []
    ops = start_ops(agenda.path, clock, errors)
    try:
        page = show_today(qtbot, ops)
        assert page.data is not None and page.data.generated is not None
        assert page.data.generated.created > 0  # contact cadence for the new clients
        book = agenda.open(clock)
        try:
            found = followups.followups_between(book, DAY, DAY + timedelta(days=90))
        finally:
            book.close()
        assert len([f for f in found if f.source_key]) == page.data.generated.created
        with qtbot.waitSignal(page.loaded, timeout=5000):
            page.refresh()
        assert page.data.generated is None  # the same day: no second run
        again = show_today(qtbot, ops)  # nor when the app starts again that day
        assert again.data is not None and again.data.generated is None
        clock.set(clock.now() + timedelta(days=1))
        with qtbot.waitSignal(page.loaded, timeout=5000):
            page.refresh()
        assert page.data.generated is not None  # a new day generates again
        assert page.date_label.text() == formatting.day(DAY + timedelta(days=1), DAY)
    finally:
        ops.shutdown()
    assert not errors


def test_agenda_model_passes_qt_model_tester(qtmodeltester, page: TodayPage) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.agenda.model)
    model = AgendaModel()
    item = page.items("overdue")[0]
    model.set_sections(
        [
            AgendaSection("a", "A", "overdue", (item,)),
            AgendaSection("b", "", "day", (), "Nothing planned."),
            AgendaSection("c", "C", "week", (), "nothing"),
        ],
        DAY,
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).flags() == Qt.ItemFlag.NoItemFlags  # headings are not selectable
    assert model.index(1, 0).data(ItemRole) == item
    assert model.index(2, 0).data() == "Nothing planned."
    assert model.index(3, 0).data() == "C · nothing"


def test_shown_before_a_book_is_open_it_waits_quietly(qtbot, agenda, clock) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    ops = Operations(errors.append)
    try:
        page = TodayPage(ops, {})
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        ops.wait_idle()
        qtbot.wait(50)
        assert errors == [] and page.data is None  # no error dialog for the RM
        # calm while it waits: no zero counts that would say "nothing overdue"
        assert page.summary.text() == "Checking for new follow-ups…"
        assert page.tiles["overdue"].number.text() == "–"
        assert not page.prepare_button.isVisible()
        ops.open_book(lambda: Book.open(agenda.path, clock), lambda _b: None, errors.append)
        with qtbot.waitSignal(page.loaded, timeout=5000):
            page.refresh()
        assert ids(page, "overdue") == [("followup", agenda.items["overdue"])]
    finally:
        ops.shutdown()
    assert not errors
