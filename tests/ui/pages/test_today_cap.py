"""The Today page of a branch's book: a hundred rows listed, the rest counted, all on request."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from rmcoach.clock import FixedClock, to_storage
from rmcoach.meeting_domain import FollowUp, MeetingPlan, MeetingSummary
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.followups.records import TODAY_SHOWN
from rmcoach.services.meetings import records as meetings
from rmcoach.storage.schema_meetings import FollowUpEntity
from tests.ui.conftest import SAMPLE_CLIENTS
from tests.ui.pages.test_today_page import DAY, NO_CADENCE, show_today, start_ops
from tests.ui.test_translations import lrelease, ts_path
from ui.operations import Operations
from ui.pages.today_page import TodayPage

OVERDUE = TODAY_SHOWN + 1_005  # one a day, from yesterday back
WEEK = TODAY_SHOWN + 2  # over the next seven days, after the week's two meetings
TEXTS = {  # what the RM reads, in each language
    "en": {
        "overdue_more": "1,005 older overdue items not shown · Show all",
        "week_more": "4 more items this week not shown · Show all",
        "summary": "1,105 items overdue",
        "loading": "Loading them all…",
    },
    "zh_CN": {
        "overdue_more": "还有 1,005 项更早的超期事项未显示 · 全部显示",
        "week_more": "本周还有 4 项未显示 · 全部显示",
        "summary": "1,105 项已超期",
        "loading": "正在加载全部…",
    },
}


@pytest.fixture
def big_book(tmp_path: Path, clock: FixedClock) -> Path:
    """A book with OVERDUE overdue follow-ups, WEEK this week and two meetings tomorrow."""
    path = tmp_path / "branch.sqlite"
    book = Book.open(path, clock)
    book.set_setting("cadence_days", NO_CADENCE)
    client = clients.add_client(book, SAMPLE_CLIENTS[0]).client.id
    stamp = to_storage(clock.now())

    def row(day: date, title: str) -> dict[str, object]:
        return {
            "client_id": client,
            "kind": "call",
            "title": title,
            "due_on": day,
            "status": "open",
            "created_at": stamp,
            "updated_at": stamp,
        }

    overdue = [row(DAY - timedelta(days=n), f"超期 {n}") for n in range(1, OVERDUE + 1)]
    week = [row(DAY + timedelta(days=2 + n % 6), f"本周 {n}") for n in range(WEEK)]
    with book.write() as session:
        session.execute(insert(FollowUpEntity), overdue + week)
    zone = clock.now().tzinfo
    for hour in (9, 11):
        at = datetime.combine(DAY + timedelta(days=1), time(hour), zone)
        meetings.plan_meeting(book, MeetingPlan(client_id=client, scheduled_at=at))
    book.close()
    return path


@pytest.fixture
def ops(big_book: Path, clock: FixedClock) -> Iterator[Operations]:
    errors: list[BaseException] = []
    operations = start_ops(big_book, clock, errors)
    yield operations
    operations.shutdown()
    assert not errors


@pytest.fixture(params=list(TEXTS))
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """The shipped translation (compiled here) and the language's number format."""
    qm = tmp_path / "rmcoach.qm"
    subprocess.run([str(lrelease()), str(ts_path(request.param)), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    before = QLocale()
    chinese = request.param == "zh_CN"
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if chinese
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    yield request.param
    qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def rows(page: TodayPage) -> list[str]:
    model = page.agenda.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def more_row(page: TodayPage, section: str) -> int:
    model = page.agenda.model
    (row,) = [r for r in model.more_rows() if model.more_key(r) == section]
    return row


def test_the_latest_hundred_are_listed_and_the_rest_counted(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, language: str, ops: Operations
) -> None:
    page = show_today(qtbot, ops)
    texts, model = TEXTS[language], page.agenda.model
    overdue = page.items("overdue")
    assert len(overdue) == TODAY_SHOWN
    # the most recently due, oldest first as before: the list ends with yesterday
    assert [f.shows_on for f in overdue if isinstance(f, FollowUp)] == [
        DAY - timedelta(days=n) for n in range(TODAY_SHOWN, 0, -1)
    ]
    # the hidden ones are older: their row sits right under the heading, above the listed
    heading = model.heading_row("overdue")
    assert model.index(heading, 0).data().endswith("1,105")
    assert more_row(page, "overdue") == heading + 1
    assert rows(page)[heading + 1] == texts["overdue_more"]
    # the week: its two meetings (tomorrow) and its 98 soonest follow-ups, then the row
    week = page.items("week")
    assert len(week) == TODAY_SHOWN
    assert all(isinstance(i, MeetingSummary) for i in week[:2])
    assert more_row(page, "week") == model.heading_row("week") + 1 + TODAY_SHOWN
    assert rows(page)[more_row(page, "week")] == texts["week_more"]
    # the tiles and the summary count everything, not what is listed
    assert page.tiles["overdue"].accessibleName().endswith(": 1,105")
    assert page.tiles["week"].accessibleName().endswith(f": {WEEK + 2}")
    assert texts["summary"] in page.summary.text()
    assert model.rowCount() < 2 * TODAY_SHOWN + 10  # not 1,200 rows
    qtmodeltester.check(model)


def test_enter_on_the_row_lists_every_overdue_item(qtbot, ops: Operations) -> None:  # type: ignore[no-untyped-def]
    page = show_today(qtbot, ops)
    view, model = page.agenda.view, page.agenda.model
    first = model.row_of(("followup", page.items("overdue")[0].id))
    view.setCurrentIndex(model.index(first, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up)  # the heading is skipped: the row is reachable
    assert view.currentIndex().row() == more_row(page, "overdue")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keyClick(view, Qt.Key.Key_Return)
        assert rows(page)[more_row(page, "overdue")] == "Loading them all…"
    overdue = page.items("overdue")
    assert len(overdue) == OVERDUE
    assert overdue[0].shows_on == DAY - timedelta(days=OVERDUE)  # the oldest now heads it
    assert [model.more_key(r) for r in model.more_rows()] == ["week"]  # the week stays cut
    # the selection stays where the row was: on the first of the items it revealed
    assert page.agenda.selected_key() == ("followup", overdue[0].id)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()  # a reload (after Done, say) keeps them all for the rest of the day
    assert len(page.items("overdue")) == OVERDUE


def test_a_click_on_the_week_row_lists_the_whole_week(qtbot, ops: Operations) -> None:  # type: ignore[no-untyped-def]
    page = show_today(qtbot, ops)
    view, index = page.agenda.view, page.agenda.model.index(more_row(page, "week"), 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    week = page.items("week")
    assert len(week) == WEEK + 2
    days = [i.shows_on for i in week if isinstance(i, FollowUp)]
    assert days == sorted(days) and days[-1] == DAY + timedelta(days=7)
    assert len(page.items("overdue")) == TODAY_SHOWN  # overdue was not asked for
