"""What a tap costs: live mode writes once per tap, and nothing else of the window reloads.

Every book call is queued on the one worker through Operations, which announces each on
`submitted`; the tests count them for one action of the RM.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from rmcoach.meeting_domain import MeetingPlan, MeetingStatus, Outcome, WrapUp
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.meetings import records as meetings
from tests.ui.conftest import type_text
from tests.ui.pages.test_meeting_flow import wait_step
from ui.main_window import MainWindow


class Calls:
    """The worker calls queued while it listens, by kind ("query", "op", ...)."""

    def __init__(self, window: MainWindow) -> None:
        self.kinds: list[str] = []
        window.ops.submitted.connect(self.kinds.append)

    def during(self, qtbot: QtBot, window: MainWindow, action: Callable[[], None]) -> list[str]:
        """The calls an action causes, once it and everything it set off has settled."""
        window.ops.wait_idle()
        qtbot.wait(50)  # results delivered, zero-time reload timers run
        self.kinds.clear()
        action()
        for _round in range(3):  # a result may queue more work: wait until none comes
            qtbot.waitUntil(lambda: not window.ops.busy, timeout=5000)
            qtbot.wait(50)
        return list(self.kinds)


def on_worker(qtbot: QtBot, window: MainWindow, fn: Callable[[Book], int]) -> int:
    """Set-up on the window's worker; the screens under test are opened after it."""
    results: list[int] = []
    window.ops.query(fn, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    return results[0]


@pytest.fixture
def live_window(qtbot: QtBot, window: MainWindow) -> Iterator[MainWindow]:
    """The window in live mode for 张三, chosen in the client list as an RM does; every
    page is built, and the clients page is hidden."""
    client_id = on_worker(qtbot, window, lambda book: clients.find_client_id(book, "C001"))
    window.open_client(client_id)
    detail = window.clients_page.detail
    qtbot.waitUntil(lambda: detail.record is not None and detail.record.id == client_id)
    window.show_today()
    window.show_calendar()
    window.show_insights()

    def start(book: Book) -> int:
        meeting_id = meetings.plan_meeting(book, MeetingPlan(client_id=client_id)).meeting.id
        meetings.start_meeting(book, meeting_id)
        return meeting_id

    meeting_id = on_worker(qtbot, window, start)
    window.open_meeting(meeting_id, "live")
    wait_step(qtbot, window, "live")
    yield window


def test_one_tick_in_live_mode_is_one_write(qtbot: QtBot, live_window: MainWindow) -> None:
    calls = Calls(live_window)
    live = live_window.meetings_page.flow.live
    card = next(iter(live.cards.values()))
    tick = calls.during(qtbot, live_window, lambda: card.box.click())
    assert tick == ["op"]
    assert card.box.isChecked()
    # nor is any other page left stale by it: a tap is news to the meeting alone
    window = live_window
    assert not window.clients_page.freshness.stale
    assert not window.today_page.freshness.stale
    assert not window.calendar_page.freshness.stale
    assert not window.insights_page.freshness.stale
    untick = calls.during(qtbot, live_window, lambda: card.box.click())
    assert untick == ["op"]


def test_a_note_an_answer_and_an_objection_are_one_write_each(
    qtbot: QtBot, live_window: MainWindow
) -> None:
    calls = Calls(live_window)
    live = live_window.meetings_page.flow.live

    def add_note() -> None:
        type_text(qtbot, live.note_box, "客户关心孩子留学费用")
        live.note_box.returnPressed.emit()

    assert calls.during(qtbot, live_window, add_note) == ["op"]
    assert live.notes_model.rowCount() == 1
    consent = live.consent.findData(True)
    assert calls.during(qtbot, live_window, lambda: live.consent.setCurrentIndex(consent)) == ["op"]

    def add_objection() -> None:
        type_text(qtbot, live.objection_input, "担心基金亏损")
        live.objection_input.returnPressed.emit()

    assert calls.during(qtbot, live_window, add_objection) == ["op"]
    assert len(live.objection_rows) == 1


def test_the_hidden_client_list_reloads_when_shown_not_on_every_change(
    qtbot: QtBot, live_window: MainWindow
) -> None:
    """The wrap-up changes what the client list shows: it reloads once, when shown."""
    calls = Calls(live_window)
    flow = live_window.meetings_page.flow
    meeting = flow.meeting
    assert meeting is not None

    def wrap_up() -> None:
        live_window.ops.op(
            lambda book: meetings.wrap_up(book, meeting.id, WrapUp(Outcome.RELATIONSHIP))
        )

    wrapped = calls.during(qtbot, live_window, wrap_up)
    assert wrapped == ["op"]  # every page that lists meetings is hidden: none reloads yet
    page = live_window.clients_page
    assert page.freshness.stale
    shown = calls.during(qtbot, live_window, live_window.show_clients)
    # the list (first page and count in one call), then the selected client's profile:
    # the client, their meetings and their consents
    assert shown == ["query"] * 4
    rows = page.detail.meetings_model
    qtbot.waitUntil(lambda: rows.rowCount() == 1, timeout=5000)
    assert rows.row_at(0).status is MeetingStatus.DONE  # the wrap-up, read fresh
