"""The Today view's cap: the most recently overdue and the soonest of the week, all counted."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import insert

from rmcoach.clock import FixedClock, to_storage
from rmcoach.meeting_domain import FollowUpDraft, FollowUpKind
from rmcoach.services.book import Book
from rmcoach.services.clients.records import archive_clients
from rmcoach.services.followups.records import (
    TODAY_SHOWN,
    add_followup,
    complete_followup,
    snooze_followup,
    today_view,
)
from rmcoach.storage.schema_meetings import FollowUpEntity
from tests.conftest import MakeClient
from tests.rmcoach.services.query_plans import query_plans

TODAY = date(2026, 11, 29)  # the clock fixture's day


def add(book: Book, client_id: int, due: date, at: time | None = None) -> int:
    draft = FollowUpDraft(client_id, "回电", kind=FollowUpKind.CALL, due_on=due, due_time=at)
    return add_followup(book, draft).followup.id


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def test_overdue_lists_the_most_recently_due_in_day_order_and_counts_all(
    book: Book, clock: FixedClock, make_client: MakeClient
) -> None:
    client = make_client(book)
    gone = make_client(book, name_zh="已归档")
    # due forty days ago, snoozed to yesterday: it shows (and is overdue) from yesterday
    clock.set(datetime(2026, 11, 27, 10, tzinfo=ZoneInfo("Asia/Shanghai")))
    snoozed = add(book, client.id, days_ago(40))
    snooze_followup(book, snoozed, days_ago(1))
    clock.set(datetime(2026, 11, 29, 10, tzinfo=ZoneInfo("Asia/Shanghai")))
    oldest = add(book, client.id, days_ago(30))
    at_three = add(book, client.id, days_ago(5), time(15))
    all_day = add(book, client.id, days_ago(5))  # no time: first on its day
    at_nine = add(book, client.id, days_ago(5), time(9))
    recent = add(book, client.id, days_ago(2))
    add(book, gone.id, days_ago(1))  # an archived client's: neither listed nor counted
    archive_clients(book, [gone.id])
    complete_followup(book, add(book, client.id, days_ago(1)), "ok")  # done: not overdue

    capped = today_view(book, overdue_limit=4)
    assert [f.id for f in capped.overdue] == [at_nine, at_three, recent, snoozed]
    assert (capped.overdue_total, capped.overdue_hidden) == (6, 2)

    whole = today_view(book, overdue_limit=None)
    assert [f.id for f in whole.overdue] == [oldest, all_day, at_nine, at_three, recent, snoozed]
    assert (whole.overdue_total, whole.overdue_hidden) == (6, 0)


def test_the_week_lists_the_soonest_and_today_stays_whole(
    book: Book, make_client: MakeClient
) -> None:
    client = make_client(book)
    due_today = [add(book, client.id, TODAY, time(h)) for h in (9, 11, 16)]
    late = add(book, client.id, TODAY + timedelta(days=1), time(17))
    early = add(book, client.id, TODAY + timedelta(days=1), time(8))
    add(book, client.id, TODAY + timedelta(days=3))
    add(book, client.id, TODAY + timedelta(days=7))  # the week's last day
    add(book, client.id, TODAY + timedelta(days=8))  # next week: not counted

    view = today_view(book, overdue_limit=1, week_limit=2)
    assert [f.id for f in view.today] == due_today  # never cut, whatever the limits
    assert [f.id for f in view.this_week] == [early, late]
    assert (view.this_week_total, view.this_week_hidden) == (4, 2)
    assert (view.overdue, view.overdue_total) == ((), 0)


def test_by_default_a_huge_overdue_list_is_cut_to_the_latest(
    book: Book, make_client: MakeClient
) -> None:
    client = make_client(book)
    stamp = to_storage(datetime(2026, 11, 1, tzinfo=ZoneInfo("Asia/Shanghai")))
    extra = 7
    rows = [
        {
            "client_id": client.id,
            "kind": "call",
            "title": f"回电 {n}",
            "due_on": days_ago(n),
            "status": "open",
            "created_at": stamp,
            "updated_at": stamp,
        }
        for n in range(1, TODAY_SHOWN + extra + 1)
    ]
    with book.write() as session:
        session.execute(insert(FollowUpEntity), rows)
    view = today_view(book)
    assert view.overdue_total == TODAY_SHOWN + extra
    assert len(view.overdue) == TODAY_SHOWN
    assert [f.due_on for f in view.overdue] == [days_ago(n) for n in range(TODAY_SHOWN, 0, -1)]


def test_every_section_is_read_from_the_day_index_and_cut_early(
    book: Book, make_client: MakeClient
) -> None:
    """The book has no statistics: left alone, SQLite walked every open item of all time
    through ix_followups_due and sorted them all before the LIMIT could stop it."""
    client = make_client(book)
    add(book, client.id, days_ago(3))
    with query_plans(book) as plans:
        view = today_view(book)
    assert view.overdue_total == 1
    assert len(plans) == 4  # the counts, then overdue, today and the week
    for plan in plans:
        assert "SEARCH followups USING INDEX ix_followups_shows_on (shows_on" in plan, plan
        assert "ix_followups_due" not in plan and "SCAN followups" not in plan, plan
        # sorting only within a day lets the LIMIT stop the walk after its rows
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan
