"""The calendar page on a real book: month loads, keys, the agenda, filters and .ics export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt

from rmcoach.clock import FixedClock
from rmcoach.domain import Tier
from rmcoach.meeting_domain import FollowUpKind, MeetingSummary
from rmcoach.services.followups import records as followups
from tests.ui.pages.test_today_page import DAY, AgendaBook, make_agenda_book, start_ops
from ui.dialogs.followup_dialogs import NewFollowUpDialog
from ui.models.followup_model import StateRole
from ui.operations import Operations
from ui.pages.calendar_page import MEETINGS_ONLY, CalendarPage
from ui.widgets.month_view import add_months


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


class PathChooser:
    """Stands in for the save dialog: returns the path it was given, and counts the asks."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.asked = 0

    def __call__(self, _parent: object) -> Path | None:
        self.asked += 1
        return self.path


@pytest.fixture
def chooser(tmp_path: Path) -> PathChooser:
    return PathChooser(tmp_path / "rm.ics")


@pytest.fixture
def page(qtbot, ops: Operations, chooser: PathChooser) -> CalendarPage:  # type: ignore[no-untyped-def]
    calendar = CalendarPage(ops, {}, choose_path=chooser)
    qtbot.addWidget(calendar)
    ops.changed.connect(calendar.on_changes)
    calendar.resize(1280, 800)
    with qtbot.waitSignals([calendar.month_loaded, calendar.agenda_loaded], timeout=5000):
        calendar.show()
    return calendar


def agenda_keys(page: CalendarPage) -> list[tuple[str, int]]:
    model = page.agenda.model
    return [
        ("meeting" if isinstance(i, MeetingSummary) else "followup", i.id)
        for i in (model.item_at(r) for r in range(model.rowCount()))
        if i is not None
    ]


def wait_agenda(qtbot, page: CalendarPage, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.agenda_loaded, timeout=5000):
        action()


def test_month_shows_each_days_load_as_the_book_counts_it(page, agenda, clock) -> None:  # type: ignore[no-untyped-def]
    view = page.month_view
    assert view.month == date(2026, 11, 1) and view.selected == DAY
    assert page.title.text() == "November 2026"
    start, end = view.grid_range()
    assert (start, end) == (date(2026, 10, 26), date(2026, 12, 6))
    book = agenda.open(clock)
    try:
        assert view.loads == followups.day_loads(book, start, end)
    finally:
        book.close()
    words = {d: [line[2] for line in view.lines(d)] for d in view.grid_days()}
    assert words[DAY - timedelta(days=4)] == ["1 overdue"]
    assert words[DAY] == ["1 due", "1 meeting(s)"]
    assert words[DAY + timedelta(days=2)] == ["1 meeting(s)"]
    assert words[DAY + timedelta(days=3)] == ["1 due"]  # within the amber days
    assert words[DAY + timedelta(days=6)] == ["1 to do"]
    assert words[DAY - timedelta(days=9)] == ["1 done"]
    assert [line[1] for line in view.lines(DAY - timedelta(days=4))] == ["overdue"]
    assert view.day_summary(DAY).startswith("Today, ")
    assert view.accessibleDescription() == view.day_summary(DAY)


def test_keys_move_the_day_and_the_month(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    view = page.month_view
    view.setFocus()
    wait_agenda(qtbot, page, lambda: qtbot.keyClick(view, Qt.Key.Key_Right))
    assert view.selected == date(2026, 11, 30)
    with qtbot.waitSignal(page.month_loaded, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected == date(2026, 12, 7)
    assert page.title.text() == "December 2026"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected == date(2026, 11, 29)
    with qtbot.waitSignal(page.month_loaded, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.selected == date(2026, 12, 29)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.selected == date(2026, 10, 29)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.selected == DAY
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert view.month == date(2026, 12, 1)
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert view.selected == DAY


def test_selecting_a_day_fills_the_agenda(qtbot, page, agenda) -> None:  # type: ignore[no-untyped-def]
    f, m = agenda.items, agenda.meetings
    assert agenda_keys(page) == [("followup", f["today"]), ("meeting", m["today"])]
    assert page.day_title.text().startswith("Today, ")
    wait_agenda(qtbot, page, lambda: page.month_view.select(DAY + timedelta(days=3)))
    assert agenda_keys(page) == [("followup", f["week"])]
    wait_agenda(qtbot, page, lambda: page.month_view.select(DAY - timedelta(days=9)))
    assert agenda_keys(page) == [("followup", f["done"])]
    model = page.agenda.model
    done_row = model.row_of(("followup", f["done"]))
    assert model.index(done_row, 0).data(StateRole) == "done"
    page.agenda.select_item(("followup", f["done"]))
    assert not page.agenda.done_button.isEnabled()
    wait_agenda(qtbot, page, lambda: page.month_view.select(DAY - timedelta(days=1)))
    assert page.agenda.model.item_count() == 0
    assert page.agenda.model.index(0, 0).data() == "Nothing planned for this day."


def test_week_lists_seven_days_with_items_under_each(qtbot, page, agenda) -> None:  # type: ignore[no-untyped-def]
    f, m = agenda.items, agenda.meetings
    wait_agenda(qtbot, page, lambda: qtbot.mouseClick(page.week_button, Qt.MouseButton.LeftButton))
    assert agenda_keys(page) == [
        ("followup", f["overdue"]),
        ("followup", f["today"]),
        ("meeting", m["today"]),
    ]
    assert len(page.agenda.model.heading_rows()) == 7
    wait_agenda(qtbot, page, lambda: page.month_view.select(DAY + timedelta(days=1)))
    assert agenda_keys(page) == [
        ("meeting", m["week"]),
        ("followup", f["week"]),
        ("followup", f["week2"]),
    ]


def test_filters_narrow_the_month_and_the_agenda(qtbot, page, agenda) -> None:  # type: ignore[no-untyped-def]
    f, m = agenda.items, agenda.meetings
    view = page.month_view
    wait_agenda(qtbot, page, lambda: qtbot.mouseClick(page.week_button, Qt.MouseButton.LeftButton))
    with qtbot.waitSignals([page.month_loaded, page.agenda_loaded], timeout=5000):
        page.kind_filter.setCurrentIndex(page.kind_filter.findData(FollowUpKind.VISIT.value))
    assert agenda_keys(page) == [("followup", f["today"])]
    assert sum(load.count for load in view.loads.values()) == 1
    assert view.meetings == {}
    with qtbot.waitSignals([page.month_loaded, page.agenda_loaded], timeout=5000):
        page.kind_filter.setCurrentIndex(page.kind_filter.findData(MEETINGS_ONLY))
    assert agenda_keys(page) == [("meeting", m["today"])]
    assert view.loads == {}
    with qtbot.waitSignals([page.month_loaded, page.agenda_loaded], timeout=5000):
        page.kind_filter.setCurrentIndex(0)
    with qtbot.waitSignals([page.month_loaded, page.agenda_loaded], timeout=5000):
        page.tier_filter.setCurrentIndex(page.tier_filter.findData(Tier.PRIVATE.value))
    assert agenda_keys(page) == [("followup", f["overdue"]), ("meeting", m["today"])]
    assert view.loads[DAY - timedelta(days=4)].overdue_count == 1
    assert DAY + timedelta(days=3) not in view.loads  # 王芳 is VIP
    assert view.meetings == {DAY: 1}  # 李娜's meeting (wealth) is left out


def test_agenda_actions_update_the_month(qtbot, page, agenda) -> None:  # type: ignore[no-untyped-def]
    page.agenda.select_item(("followup", agenda.items["today"]))
    with qtbot.waitSignal(page.month_loaded, timeout=5000):
        page.agenda.snooze_actions["3days"].trigger()
    view = page.month_view
    assert DAY not in view.loads
    assert view.loads[DAY + timedelta(days=3)].count == 2


def test_new_follow_up_starts_on_the_selected_day(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    wait_agenda(qtbot, page, lambda: page.month_view.select(DAY + timedelta(days=5)))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.new_dialog
    assert isinstance(dialog, NewFollowUpDialog)
    assert dialog.due.date().toPython() == DAY + timedelta(days=5)
    dialog.reject()


def components(path: Path) -> tuple[Calendar, list[str]]:
    parsed = Calendar.from_ical(path.read_bytes())
    return parsed, [c.name for c in parsed.walk() if c.name in ("VEVENT", "VTODO")]


def test_export_writes_a_calendar_with_masked_names(qtbot, page, chooser) -> None:  # type: ignore[no-untyped-def]
    assert page.mask_names.isChecked()
    with qtbot.waitSignal(page.exported, timeout=5000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    _parsed, names = components(chooser.path)
    assert names.count("VEVENT") == 2  # the planned meetings
    assert names.count("VTODO") == 5  # every open follow-up, the done one left out
    text = chooser.path.read_text(encoding="utf-8")
    assert "张*" in text and "张三" not in text
    assert "2 meeting(s)" in page.export_message.text()
    assert str(chooser.path) in page.export_message.text()
    assert page.export_message.property("role") == "muted"

    page.mask_names.setChecked(False)
    with qtbot.waitSignal(page.exported, timeout=5000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "张三" in chooser.path.read_text(encoding="utf-8")


def test_export_that_cannot_write_says_so(qtbot, page, chooser, tmp_path) -> None:  # type: ignore[no-untyped-def]
    chooser.path = tmp_path / "no such folder" / "rm.ics"
    with qtbot.waitSignal(page.exported, timeout=5000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.export_message.text().startswith("Could not save")
    assert page.export_message.property("role") == "error"
    assert page.export_button.isEnabled()
    chooser.path = None  # the RM cancelled the save dialog: nothing happens
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert chooser.asked == 2


def test_every_control_has_an_accessible_name(page: CalendarPage) -> None:
    for widget in (
        page.prev_button,
        page.next_button,
        page.today_button,
        page.kind_filter,
        page.tier_filter,
        page.export_button,
        page.mask_names,
        page.day_button,
        page.week_button,
        page.month_view,
        page.agenda.view,
        page.agenda.done_button,
        page.agenda.snooze_button,
    ):
        assert widget.accessibleName(), widget


def test_agenda_model_passes_qt_model_tester(qtbot, qtmodeltester, page) -> None:  # type: ignore[no-untyped-def]
    wait_agenda(qtbot, page, lambda: qtbot.mouseClick(page.week_button, Qt.MouseButton.LeftButton))
    qtmodeltester.check(page.agenda.model)


def test_mask_names_follows_the_books_setting(qtbot, agenda, clock, chooser) -> None:  # type: ignore[no-untyped-def]
    book = agenda.open(clock)
    book.set_setting("ics_mask_names", False)
    book.close()
    errors: list[BaseException] = []
    operations = start_ops(agenda.path, clock, errors)
    try:
        calendar = CalendarPage(operations, {}, choose_path=chooser)
        qtbot.addWidget(calendar)
        with qtbot.waitSignal(calendar.month_loaded, timeout=5000):
            calendar.show()
        assert not calendar.mask_names.isChecked()
    finally:
        operations.shutdown()
    assert not errors


def test_months_step_to_the_same_day_or_the_months_last() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2024, 3, 30), -13) == date(2023, 2, 28)
