"""Follow-ups through the service: writes, calendar listings, day loads, reminders, digest."""

from __future__ import annotations

import random
import statistics
import time as timer
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select

from rmcoach.clock import FixedClock, to_storage
from rmcoach.domain import Channel, Tier
from rmcoach.meeting_domain import FollowUp, FollowUpDraft, FollowUpKind, FollowUpStatus
from rmcoach.services.book import Book
from rmcoach.services.clients.records import ClientNotFoundError, archive_clients, get_client
from rmcoach.services.followups.records import (
    DayLoad,
    FollowUpError,
    FollowUpNotFoundError,
    add_followup,
    cancel_followup,
    client_followups,
    complete_followup,
    day_loads,
    followup_counts,
    followups_between,
    get_followup,
    reopen_followup,
    reschedule_followup,
    snooze_followup,
    today_view,
    urgency,
)
from rmcoach.services.followups.reminders import due_for_reminder, mark_reminded, startup_digest
from rmcoach.storage.schema import ClientEntity, ContactEntity
from rmcoach.storage.schema_meetings import FollowUpEntity, MeetingEntity
from tests.conftest import MakeClient
from tests.rmcoach.services.query_plans import query_plans

SHANGHAI = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 29)  # the clock fixture's day


def at(y: int, m: int, d: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(y, m, d, hour, minute, tzinfo=SHANGHAI)


def add(
    book: Book,
    client_id: int,
    due: date,
    title: str = "回电",
    kind: FollowUpKind = FollowUpKind.CALL,
    due_time: time | None = None,
) -> int:
    draft = FollowUpDraft(client_id, title, kind=kind, due_on=due, due_time=due_time)
    return add_followup(book, draft).followup.id


# --- writes ---------------------------------------------------------------------------------


def test_add_returns_the_stored_follow_up_with_the_client_name(
    book: Book, make_client: MakeClient
) -> None:
    client = make_client(book, name_zh="张伟", name_en="Wei Zhang")
    saved = add_followup(
        book,
        FollowUpDraft(
            client_id=client.id,
            title=" 送资料 ",
            kind=FollowUpKind.SEND_MATERIAL,
            due_on=date(2026, 12, 1),
            due_time=time(14, 30),
        ),
    )
    assert saved.changes.followups and saved.changes.client_ids == {client.id}
    assert saved.followup == get_followup(book, saved.followup.id)
    assert saved.followup.title == "送资料"
    assert saved.followup.client_name == "张伟 (Wei Zhang)"
    assert saved.followup.status is FollowUpStatus.OPEN
    assert saved.followup.due_time == time(14, 30)


def test_add_refuses_a_missing_client_title_or_date(book: Book, make_client: MakeClient) -> None:
    client = make_client(book)
    with pytest.raises(ClientNotFoundError):
        add_followup(book, FollowUpDraft(client_id=999, title="x", due_on=TODAY))
    with pytest.raises(FollowUpError, match="title"):
        add_followup(book, FollowUpDraft(client_id=client.id, title="  ", due_on=TODAY))
    with pytest.raises(FollowUpError, match="due date"):
        add_followup(book, FollowUpDraft(client_id=client.id, title="x"))
    with pytest.raises(FollowUpNotFoundError):
        get_followup(book, 12345)
    assert client_followups(book, client.id) == ()


@pytest.mark.parametrize(
    ("kind", "channel"),
    [
        (FollowUpKind.CALL, Channel.PHONE),
        (FollowUpKind.VISIT, Channel.VISIT),
        (FollowUpKind.SEND_MATERIAL, Channel.EMAIL),
        (FollowUpKind.MATURITY, Channel.PHONE),
    ],
)
def test_completing_counts_as_a_contact(
    book: Book, make_client: MakeClient, kind: FollowUpKind, channel: Channel
) -> None:
    client = make_client(book)
    fid = add(book, client.id, TODAY, kind=kind, title="谈续作")
    saved = complete_followup(book, fid, " 同意续作 ", at=at(2026, 11, 29, 9))
    assert saved.changes.clients and saved.changes.followups
    assert saved.followup.status is FollowUpStatus.DONE
    assert saved.followup.outcome == "同意续作"
    assert saved.followup.completed_at == at(2026, 11, 29, 9)
    record = get_client(book, client.id)
    assert record.last_contact_at == at(2026, 11, 29, 9)
    assert [(c.channel, c.summary) for c in record.contacts] == [(channel, "谈续作：同意续作")]


def test_an_older_completion_does_not_move_last_contact_back(
    book: Book, make_client: MakeClient
) -> None:
    client = make_client(book)
    complete_followup(book, add(book, client.id, TODAY), "ok")
    complete_followup(book, add(book, client.id, TODAY), "late entry", at=at(2026, 11, 1))
    record = get_client(book, client.id)
    assert record.last_contact_at == at(2026, 11, 29)
    assert len(record.contacts) == 2


def test_status_changes_follow_the_rules(book: Book, make_client: MakeClient) -> None:
    client = make_client(book)
    fid = add(book, client.id, TODAY)
    with pytest.raises(FollowUpError, match="past"):
        snooze_followup(book, fid, TODAY - timedelta(days=1))
    snoozed = snooze_followup(book, fid, date(2026, 12, 3)).followup
    assert (snoozed.status, snoozed.snoozed_until, snoozed.shows_on) == (
        FollowUpStatus.SNOOZED,
        date(2026, 12, 3),
        date(2026, 12, 3),
    )
    moved = reschedule_followup(book, fid, date(2026, 12, 5), time(9, 30)).followup
    assert (moved.status, moved.due_on, moved.due_time, moved.snoozed_until) == (
        FollowUpStatus.OPEN,
        date(2026, 12, 5),
        time(9, 30),
        None,
    )
    assert cancel_followup(book, fid).followup.status is FollowUpStatus.CANCELLED
    with pytest.raises(FollowUpError, match="cannot complete"):
        complete_followup(book, fid, "x")
    assert reopen_followup(book, fid).followup.status is FollowUpStatus.OPEN
    with pytest.raises(FollowUpError, match="cannot reopen"):
        reopen_followup(book, fid)
    complete_followup(book, fid, "done")
    with pytest.raises(FollowUpError, match="cannot complete"):
        complete_followup(book, fid, "again")
    reopened = reopen_followup(book, fid).followup
    assert (reopened.outcome, reopened.completed_at) == ("", None)
    with pytest.raises(FollowUpNotFoundError):
        cancel_followup(book, 999)


# --- listings -------------------------------------------------------------------------------


def test_listing_filters_by_date_kind_tier_and_status(book: Book, make_client: MakeClient) -> None:
    private = make_client(book, name_zh="私行客户", tier=Tier.PRIVATE)
    mass = make_client(book, name_zh="大众客户", tier=Tier.MASS)
    gone = make_client(book, name_zh="已归档", tier=Tier.PRIVATE)
    call = add(book, private.id, date(2026, 12, 2), kind=FollowUpKind.CALL)
    visit = add(book, mass.id, date(2026, 12, 1), kind=FollowUpKind.VISIT, due_time=time(15))
    early = add(book, mass.id, date(2026, 12, 1), kind=FollowUpKind.CALL, due_time=time(9))
    snoozed = add(book, private.id, date(2026, 11, 30))
    snooze_followup(book, snoozed, date(2026, 12, 10))
    done = add(book, private.id, date(2026, 12, 3))
    complete_followup(book, done, "ok")
    add(book, gone.id, date(2026, 12, 2))
    archive_clients(book, [gone.id])

    week = (date(2026, 12, 1), date(2026, 12, 7))

    def ids(found: tuple[FollowUp, ...]) -> list[int]:
        return [f.id for f in found]

    # by day then time; the archived client's item is left out
    assert ids(followups_between(book, *week)) == [early, visit, call]
    assert ids(followups_between(book, *week, kinds=[FollowUpKind.VISIT])) == [visit]
    assert ids(followups_between(book, *week, tiers=[Tier.PRIVATE])) == [call]
    assert ids(followups_between(book, *week, statuses=[FollowUpStatus.DONE])) == [done]
    later = followups_between(book, date(2026, 12, 10), date(2026, 12, 10))
    assert [(f.id, f.client_name) for f in later] == [(snoozed, "私行客户")]


def test_today_view_splits_overdue_today_and_the_week(book: Book, make_client: MakeClient) -> None:
    client = make_client(book)
    late = add(book, client.id, date(2026, 11, 20))
    now = add(book, client.id, TODAY)
    back_today = add(book, client.id, date(2026, 11, 25))
    snooze_followup(book, back_today, TODAY)
    soon = add(book, client.id, date(2026, 12, 6))
    add(book, client.id, date(2026, 12, 7))  # eight days ahead: not this week
    view = today_view(book)
    assert (view.on, view.week_end) == (TODAY, date(2026, 12, 6))
    assert [f.id for f in view.overdue] == [late]
    assert sorted(f.id for f in view.today) == sorted([now, back_today])
    assert [f.id for f in view.this_week] == [soon]


def test_urgency_is_red_amber_or_nothing(book: Book, make_client: MakeClient) -> None:
    client = make_client(book)

    def of(due: date) -> str:
        return urgency(get_followup(book, add(book, client.id, due)), TODAY)

    assert of(date(2026, 11, 28)) == "overdue"
    assert of(TODAY) == "due"
    assert of(date(2026, 12, 2)) == "due"  # within the three-day amber window
    assert of(date(2026, 12, 3)) == "later"
    item = get_followup(book, add(book, client.id, date(2026, 12, 3)))
    assert urgency(item, TODAY, amber_days=5) == "due"
    done = complete_followup(book, add(book, client.id, date(2026, 11, 1)), "ok").followup
    assert urgency(done, TODAY) == "later"


def test_day_loads_count_open_overdue_and_done(book: Book, make_client: MakeClient) -> None:
    vip = make_client(book, tier=Tier.VIP)
    mass = make_client(book, tier=Tier.MASS)
    add(book, vip.id, date(2026, 11, 27))
    add(book, mass.id, date(2026, 11, 27), kind=FollowUpKind.VISIT)
    complete_followup(book, add(book, vip.id, date(2026, 11, 27)), "ok")
    add(book, vip.id, date(2026, 12, 1))
    cancel_followup(book, add(book, vip.id, date(2026, 12, 1)))
    add(book, vip.id, date(2027, 1, 1))  # outside the month
    loads = day_loads(book, date(2026, 11, 1), date(2026, 12, 31))
    assert loads == {
        date(2026, 11, 27): DayLoad(count=2, overdue_count=2, done_count=1),
        date(2026, 12, 1): DayLoad(count=1, overdue_count=0, done_count=0),
    }
    by_kind = day_loads(book, date(2026, 11, 1), date(2026, 11, 30), kinds=[FollowUpKind.VISIT])
    assert by_kind == {date(2026, 11, 27): DayLoad(1, 1, 0)}
    by_tier = day_loads(book, date(2026, 11, 1), date(2026, 11, 30), tiers=[Tier.VIP])
    assert by_tier == {date(2026, 11, 27): DayLoad(1, 1, 1)}


def test_a_month_of_ten_thousand_follow_ups_loads_in_under_100_ms(book: Book) -> None:
    stamp = to_storage(at(2026, 11, 1))
    tiers = [t.value for t in Tier]
    kinds = [k.value for k in FollowUpKind]
    statuses = ["open", "open", "open", "snoozed", "done", "cancelled"]
    rng = random.Random(4)
    with book.write() as session:
        session.execute(
            insert(ClientEntity),
            [
                {
                    "name_zh": f"客户{i}",
                    "tier": tiers[i % 4],
                    "created_at": stamp,
                    "updated_at": stamp,
                }
                for i in range(2_000)
            ],
        )
        client_ids = list(session.scalars(select(ClientEntity.id)))
        rows = []
        for _ in range(10_000):
            due = date(2026, 12, 1) + timedelta(days=rng.randrange(31))
            status = rng.choice(statuses)
            rows.append(
                {
                    "client_id": rng.choice(client_ids),
                    "kind": rng.choice(kinds),
                    "title": "跟进",
                    "due_on": due,
                    "status": status,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "snoozed_until": due + timedelta(days=2) if status == "snoozed" else None,
                }
            )
        session.execute(insert(FollowUpEntity), rows)
    month = (date(2026, 12, 1), date(2026, 12, 31))
    day_loads(book, *month)  # the pool's first connection is not what is measured
    timings = []
    for _ in range(5):
        started = timer.perf_counter()
        loads = day_loads(book, *month)
        timings.append(timer.perf_counter() - started)
        day_loads(book, *month, kinds=[FollowUpKind.CALL], tiers=[Tier.VIP, Tier.PRIVATE])
    assert statistics.median(timings) < 0.100, timings
    expected_open = sum(
        1
        for r in rows
        if r["status"] in ("open", "snoozed") and (r["snoozed_until"] or r["due_on"]) <= month[1]
    )
    assert sum(load.count for load in loads.values()) == expected_open


@pytest.mark.parametrize("tiers", [None, [Tier.VIP]])
def test_the_month_view_reads_its_index_alone(
    book: Book, make_client: MakeClient, tiers: list[Tier] | None
) -> None:
    """The month's items come from ix_followups_shows_on, never from every open item or
    from a lookup of each item's client (the book has no statistics to steer the plan)."""
    client = make_client(book, tier=Tier.VIP)
    add(book, client.id, date(2026, 12, 3))
    with query_plans(book) as plans:
        loads = day_loads(book, date(2026, 12, 1), date(2026, 12, 31), tiers=tiers)
    assert loads[date(2026, 12, 3)].count == 1
    [plan] = plans
    assert plan.startswith("SEARCH followups USING "), plan
    assert "INDEX ix_followups_shows_on (shows_on>? AND shows_on<?)" in plan, plan
    assert "ix_followups_due" not in plan, plan
    assert "SEARCH clients USING INTEGER PRIMARY KEY" not in plan, plan


def test_counts_for_stats(book: Book, make_client: MakeClient) -> None:
    assert followup_counts(book) == {"followups": 0, "followups_open": 0}
    client = make_client(book)
    add(book, client.id, TODAY)
    snooze_followup(book, add(book, client.id, TODAY), date(2026, 12, 1))
    complete_followup(book, add(book, client.id, TODAY), "ok")
    cancel_followup(book, add(book, client.id, TODAY))
    assert followup_counts(book) == {"followups": 4, "followups_open": 2}


# --- reminders and the digest ---------------------------------------------------------------


def test_a_reminder_is_raised_exactly_once(
    book: Book, clock: FixedClock, make_client: MakeClient
) -> None:
    client = make_client(book)
    all_day = add(book, client.id, TODAY)
    at_two = add(book, client.id, TODAY, due_time=time(14))
    add(book, client.id, date(2026, 11, 30))
    assert [f.id for f in due_for_reminder(book, clock.now())] == [all_day]
    mark_reminded(book, [all_day])
    assert due_for_reminder(book, at(2026, 11, 29, 13, 59)) == ()
    clock.set(at(2026, 11, 29, 14))
    assert [f.id for f in due_for_reminder(book, clock.now())] == [at_two]
    assert mark_reminded(book, [at_two]).followups
    assert due_for_reminder(book, clock.now()) == ()
    assert due_for_reminder(book, at(2026, 11, 29, 23, 59)) == ()


def test_snoozing_reminds_again_on_the_new_day(
    book: Book, clock: FixedClock, make_client: MakeClient
) -> None:
    client = make_client(book)
    fid = add(book, client.id, TODAY)
    mark_reminded(book, [f.id for f in due_for_reminder(book, clock.now())])
    snooze_followup(book, fid, date(2026, 12, 1))
    assert due_for_reminder(book, at(2026, 11, 30, 23)) == ()
    assert [f.id for f in due_for_reminder(book, at(2026, 12, 1, 0, 1))] == [fid]
    complete_followup(book, fid, "ok")
    assert due_for_reminder(book, at(2026, 12, 1, 0, 1)) == ()


def test_the_startup_digest(book: Book, clock: FixedClock, make_client: MakeClient) -> None:
    client = make_client(book, name_zh="王芳")
    add(book, client.id, date(2026, 11, 1))
    add(book, client.id, TODAY)
    add(book, client.id, TODAY)
    add(book, client.id, date(2026, 12, 4))
    stamp = to_storage(clock.now())
    meeting = {
        "client_id": client.id,
        "meeting_type": "review",
        "playbook_id": "default",
        "playbook_version": "1",
        "created_at": stamp,
        "updated_at": stamp,
    }
    with book.write() as session:
        session.execute(
            insert(MeetingEntity),
            [
                meeting | {"status": "planned", "scheduled_at": to_storage(at(2026, 11, 28))},
                meeting | {"status": "done", "scheduled_at": to_storage(at(2026, 11, 30))},
                meeting | {"status": "planned", "scheduled_at": to_storage(at(2026, 12, 2, 15))},
                meeting | {"status": "planned", "scheduled_at": to_storage(at(2026, 12, 9))},
            ],
        )
    digest = startup_digest(book)
    assert (digest.overdue, digest.today, digest.this_week) == (1, 2, 1)
    assert digest.next_meeting is not None
    assert digest.next_meeting.client_name == "王芳"
    assert digest.next_meeting.scheduled_at == at(2026, 12, 2, 15)
    with book.read() as conn:  # reading never writes: no contact was logged
        assert conn.execute(select(ContactEntity.id)).first() is None
