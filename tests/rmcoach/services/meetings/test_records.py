"""Meetings through the service: plan, live capture, wrap-up, the record, history, crashes."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from rmcoach.cli import main as cli_main
from rmcoach.clock import FixedClock
from rmcoach.domain import Channel, ClientRecord, OpChanges, ProductRisk, ProductType, RiskProfile
from rmcoach.meeting_domain import (
    Directness,
    FollowUpDraft,
    FollowUpKind,
    Meeting,
    MeetingPlan,
    MeetingStatus,
    MeetingType,
    Objection,
    Outcome,
    ProposedProduct,
    QuestionStyle,
    WrapUp,
)
from rmcoach.playbook import default_playbook_path, load_default_playbook, parse_playbook
from rmcoach.services.book import Book
from rmcoach.services.clients.records import ClientNotFoundError, get_client, log_contact
from rmcoach.services.meetings import records as m
from rmcoach.validation import ValidationError
from tests.conftest import NOW, MakeClient

TABLES = (
    "meetings",
    "meeting_checks",
    "meeting_notes",
    "meeting_objections",
    "meeting_products",
    "meeting_ratings",
    "meeting_amendments",
    "followups",
    "contacts",
)


def at(hour: int, minute: int = 0, days: int = 0) -> datetime:
    return NOW.replace(hour=hour, minute=minute) + timedelta(days=days)


def row_counts(book: Book) -> dict[str, int]:
    with book.read() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


@pytest.fixture
def client(book: Book, make_client: MakeClient) -> ClientRecord:
    return make_client(book, name_zh="王芳", client_no="C001", risk_profile=RiskProfile.C3)


@pytest.fixture
def plan(client: ClientRecord) -> MeetingPlan:
    return MeetingPlan(
        client_id=client.id,
        meeting_type=MeetingType.MATURITY,
        scheduled_at=at(10),
        duration_minutes=45,
        place="客户办公室",
        objectives=("了解到期资金的安排", "介绍稳健理财"),
        questions=("这笔钱近期有什么用途？",),
        talking_points="开场聊孩子留学\n我们会把产品说明书发给您",
        products=(
            ProposedProduct("稳健理财A", ProductRisk.R2, ProductType.WEALTH),
            ProposedProduct("成长基金B", ProductRisk.R4, ProductType.FUND),
        ),
        question_style=QuestionStyle.GUIDED,
        directness=Directness.TACTFUL,
    )


@pytest.fixture
def live(book: Book, plan: MeetingPlan) -> int:
    """A planned meeting, started: its id."""
    meeting_id = m.plan_meeting(book, plan).meeting.id
    m.start_meeting(book, meeting_id)
    return meeting_id


def test_a_meeting_from_plan_to_wrap_up_reads_back_exactly(
    book: Book, clock: FixedClock, client: ClientRecord, plan: MeetingPlan
) -> None:
    log_contact(book, client.id, Channel.PHONE, "约了面谈", at=at(9, days=-20))
    saved = m.plan_meeting(book, plan)
    assert saved.changes == OpChanges(meetings=True, client_ids=frozenset({client.id}))
    mid = saved.meeting.id
    m.set_prepare_checked(book, mid, "prepare.review_profile", True)
    m.set_prepare_checked(book, mid, "prepare.objectives", True)
    m.set_prepare_checked(book, mid, "prepare.objectives", False)
    assert m.get_meeting(book, mid).status is MeetingStatus.PLANNED

    clock.set(at(10, 2))
    assert m.start_meeting(book, mid).meeting.started_at == at(10, 2)
    m.set_ticked(book, mid, "rapport.warm_intro", True)
    m.set_ticked(book, mid, "listening.no_phone", True)
    m.set_ticked(book, mid, "questioning.we_not_i", True)
    m.set_ticked(book, mid, "questioning.we_not_i", False)
    m.set_ticked(book, mid, "rapport.warm_intro", True)  # a second tick changes nothing
    clock.set(at(10, 5))
    m.save_note_draft(book, mid, "客户孩子")
    n1 = m.add_note(book, mid, "客户孩子明年出国读书").value
    clock.set(at(10, 9))
    n2 = m.add_note(book, mid, "  Client wants the fund factsheet  ").value
    m.set_needs(book, mid, "保值，明年要用一部分")
    m.set_real_intent(book, mid, "想给孩子留学备一笔钱")
    clock.set(at(10, 12))
    o1 = m.add_objection(book, mid, "担心基金亏损").value
    o2 = m.add_objection(book, mid, "手续费太高").value
    clock.set(at(10, 20))
    m.update_objection(book, o1.id or 0, "我们一起看了历史波动和最大回撤", resolved=True)
    m.update_objection(book, o2.id or 0, "会向分行申请费率优惠", resolved=False)
    gold = ProposedProduct("黄金积存", ProductRisk.R2, ProductType.PRECIOUS_METAL)
    m.set_products_discussed(book, mid, ["稳健理财A", gold])
    m.set_consent(book, mid, False)
    m.save_note_draft(book, mid, "还没发出去的")
    clock.set(at(10, 50))
    m.end_meeting(book, mid)

    playbook = load_default_playbook()
    expected = Meeting(
        id=mid,
        plan=replace(
            plan,
            products=(
                replace(plan.products[0], discussed=True),
                plan.products[1],
                replace(gold, discussed=True),
            ),
        ),
        status=MeetingStatus.LIVE,
        playbook_id=playbook.id,
        playbook_version=playbook.version,
        created_at=NOW,
        prepare_checked=frozenset({"prepare.review_profile"}),
        ticked=frozenset({"rapport.warm_intro", "listening.no_phone"}),
        started_at=at(10, 2),
        ended_at=at(10, 50),
        notes=(n1, n2),
        note_draft="还没发出去的",
        stated_needs="保值，明年要用一部分",
        real_intent="想给孩子留学备一笔钱",
        objections=(
            Objection("担心基金亏损", "我们一起看了历史波动和最大回撤", True, at(10, 12), o1.id),
            Objection("手续费太高", "会向分行申请费率优惠", False, at(10, 12), o2.id),
        ),
        consent_to_record=False,
        client_name="王芳",
    )
    assert (n1.at, n2.at, n2.text) == (at(10, 5), at(10, 9), "Client wants the fund factsheet")
    live = m.get_meeting(book, mid)
    assert live == expected

    drafts = m.suggest_followups(live, NOW.date())
    tuesday, monday = date(2026, 12, 1), date(2026, 11, 30)  # NOW is a Sunday
    assert [(d.kind, d.title, d.due_on, d.notes) for d in drafts] == [
        (FollowUpKind.CALL, "回复客户顾虑：手续费太高", tuesday, "会向分行申请费率优惠"),
        (FollowUpKind.SEND_MATERIAL, "Send material: Client wants the fund factsheet", monday, ""),
        (FollowUpKind.SEND_MATERIAL, "发送资料：我们会把产品说明书发给您", monday, ""),
        (FollowUpKind.CALL, "致谢客户并回顾面谈", monday, ""),
    ]
    assert {(d.client_id, d.meeting_id) for d in drafts} == {(client.id, mid)}

    wrap = WrapUp(
        outcome=Outcome.CONSIDERING,
        real_intent="想给孩子留学备一笔钱",
        outcome_notes="客户会和家人商量",
        satisfaction=4,
        phase_ratings=(("rapport", 5), ("questioning", 4), ("listening", 4), ("responding", 3)),
        followups=drafts,
        next_contact_on=date(2026, 12, 15),
    )
    clock.set(at(11))
    done = m.wrap_up(book, mid, wrap)
    assert done.changes == OpChanges(
        clients=True, meetings=True, followups=True, client_ids=frozenset({client.id})
    )
    record = replace(expected, status=MeetingStatus.DONE, wrap_up=wrap)
    assert done.meeting == record
    assert m.get_meeting(book, mid) == record

    with book.read() as conn:
        rows = conn.execute(
            text("SELECT title, kind, due_on, meeting_id, status, source_key FROM followups")
        ).all()
    assert [tuple(r) for r in rows] == [
        (d.title, d.kind.value, d.due_on.isoformat() if d.due_on else None, mid, "open", None)
        for d in drafts
    ] + [("下次联系", "call", "2026-12-15", mid, "open", f"meeting:{mid}:next_contact")]

    # a meeting is a contact: logged as a visit when it started, and now the last contact
    stored = get_client(book, client.id)
    assert stored.last_contact_at == at(10, 2)
    assert [(c.occurred_at, c.channel, c.summary) for c in stored.contacts] == [
        (at(10, 2), Channel.VISIT, "客户会和家人商量"),
        (at(9, days=-20), Channel.PHONE, "约了面谈"),
    ]
    with book.read() as conn:
        completed = conn.execute(text("SELECT completed_at FROM meetings")).scalar_one()
    assert completed == "2026-11-29 03:00:00.000000"  # 11:00 in Shanghai, stored as UTC


def test_a_done_meeting_takes_amendments_and_nothing_else(
    book: Book, clock: FixedClock, live: int
) -> None:
    objection = m.add_objection(book, live, "太贵").value
    m.wrap_up(book, live, WrapUp(Outcome.DECLINED))
    record = m.get_meeting(book, live)
    refused: list[Callable[[], Any]] = [
        lambda: m.update_plan(book, live, record.plan),
        lambda: m.set_prepare_checked(book, live, "prepare.objectives", True),
        lambda: m.start_meeting(book, live),
        lambda: m.end_meeting(book, live),
        lambda: m.set_ticked(book, live, "rapport.warm_intro", True),
        lambda: m.add_note(book, live, "late note"),
        lambda: m.save_note_draft(book, live, "draft"),
        lambda: m.set_needs(book, live, "needs"),
        lambda: m.set_real_intent(book, live, "intent"),
        lambda: m.set_consent(book, live, True),
        lambda: m.add_objection(book, live, "another"),
        lambda: m.update_objection(book, objection.id or 0, "answer", True),
        lambda: m.set_products_discussed(book, live, ["x"]),
        lambda: m.wrap_up(book, live, WrapUp(Outcome.AGREED)),
        lambda: m.cancel_meeting(book, live),
    ]
    before = row_counts(book)
    for call in refused:
        with pytest.raises(m.MeetingClosedError) as caught:
            call()
        assert (caught.value.meeting_id, caught.value.status) == (live, MeetingStatus.DONE)
    assert "amendment" in str(caught.value)
    assert row_counts(book) == before
    assert m.get_meeting(book, live) == record

    clock.set(at(15))
    first = m.amend(book, live, "  客户来电：已决定续存  ").value
    clock.set(at(9, days=1))
    second = m.amend(book, live, "Correction: the fee was 0.5%").value
    assert (first.at, first.text, second.at) == (at(15), "客户来电：已决定续存", at(9, days=1))
    assert m.get_meeting(book, live) == replace(record, amendments=(first, second))
    assert m.client_meetings(book, record.plan.client_id)[0].amendments == 2


def test_amendments_wait_for_the_wrap_up(book: Book, plan: MeetingPlan) -> None:
    planned = m.plan_meeting(book, plan).meeting.id
    with pytest.raises(m.MeetingNotDoneError):
        m.amend(book, planned, "too early")
    m.start_meeting(book, planned)
    with pytest.raises(m.MeetingNotDoneError):
        m.amend(book, planned, "too early")
    m.cancel_meeting(book, planned)
    with pytest.raises(m.MeetingNotDoneError):
        m.amend(book, planned, "never held")
    assert row_counts(book)["meeting_amendments"] == 0


def test_the_meeting_records_the_playbook_it_used(book: Book, plan: MeetingPlan) -> None:
    default = load_default_playbook()
    first = m.plan_meeting(book, plan).meeting
    assert (first.playbook_id, first.playbook_version) == (default.id, default.version)
    source = default_playbook_path().read_text(encoding="utf-8")
    bank = parse_playbook(
        source.replace('id = "rmcoach-default"', 'id = "bank-of-x"', 1).replace(
            'version = "1.0.0"', 'version = "2.3"', 1
        )
    )
    second = m.plan_meeting(book, plan, bank).meeting
    assert (second.playbook_id, second.playbook_version) == ("bank-of-x", "2.3")
    assert m.get_meeting(book, first.id).playbook_id == default.id


def test_live_meeting_finds_the_one_to_resume(
    book: Book, clock: FixedClock, plan: MeetingPlan
) -> None:
    assert m.live_meeting(book) is None
    older = m.plan_meeting(book, plan).meeting.id
    newer = m.plan_meeting(book, plan).meeting.id
    assert m.live_meeting(book) is None  # planned is not resumable
    m.start_meeting(book, older)
    clock.set(at(11))
    m.add_note(book, newer, "a note starts the meeting")  # live capture makes it live
    found = m.live_meeting(book)
    assert found is not None and found.id == newer and found.started_at == at(11)
    m.wrap_up(book, newer, WrapUp(Outcome.RELATIONSHIP))
    resumed = m.live_meeting(book)
    assert resumed is not None and resumed.id == older


def test_start_is_idempotent_and_resumes_after_end(
    book: Book, clock: FixedClock, plan: MeetingPlan
) -> None:
    mid = m.plan_meeting(book, plan).meeting.id
    m.start_meeting(book, mid)
    clock.set(at(10, 30))
    m.end_meeting(book, mid)
    clock.set(at(10, 40))
    again = m.start_meeting(book, mid).meeting
    assert (again.status, again.started_at, again.ended_at) == (MeetingStatus.LIVE, NOW, None)


def test_a_note_clears_the_draft_and_notes_come_in_time_order(book: Book, live: int) -> None:
    m.save_note_draft(book, live, "half typed")
    assert m.get_meeting(book, live).note_draft == "half typed"
    later = m.add_note(book, live, "second", at=at(10, 30)).value
    earlier = m.add_note(book, live, "first", at=at(10, 10)).value
    meeting = m.get_meeting(book, live)
    assert meeting.note_draft == ""
    assert meeting.notes == (earlier, later)


def test_live_capture_is_news_to_the_meeting_alone(
    book: Book, plan: MeetingPlan, client: ClientRecord
) -> None:
    """What a tap records changes only the meeting's own view; lists and calendars stay."""
    planned = m.plan_meeting(book, plan).meeting.id
    ids = frozenset({client.id})
    # the first capture makes a planned meeting live: lists show its new status
    started = m.set_ticked(book, planned, "rapport.warm_intro", True)
    assert started == OpChanges(meetings=True, meeting_capture=True, client_ids=ids)
    captured = OpChanges(meeting_capture=True, client_ids=ids)
    objection = m.add_objection(book, planned, "太贵")
    assert objection.changes == captured
    assert [
        m.set_ticked(book, planned, "rapport.opening_topic", True),
        m.save_note_draft(book, planned, "客户"),
        m.set_needs(book, planned, "保值"),
        m.set_real_intent(book, planned, "留学"),
        m.set_consent(book, planned, True),
        m.set_products_discussed(book, planned, ["稳健理财A"]),
        m.add_note(book, planned, "客户孩子明年出国").changes,
        m.update_objection(book, objection.value.id or 0, "看了回撤", True).changes,
        m.set_prepare_checked(book, planned, "prepare.objectives", True),
        m.end_meeting(book, planned),
    ] == [captured] * 10
    done = m.wrap_up(book, planned, WrapUp(Outcome.DECLINED))
    assert done.changes.meetings and done.changes.clients and not done.changes.meeting_capture
    assert m.amend(book, planned, "补充").changes == captured


def test_update_plan_keeps_what_live_mode_recorded(
    book: Book, live: int, plan: MeetingPlan
) -> None:
    m.set_products_discussed(book, live, ["成长基金B", "黄金积存"])
    changed = replace(plan, objectives=("只谈到期安排",), products=plan.products[:1])
    saved = m.update_plan(book, live, changed).meeting
    assert saved.plan.objectives == ("只谈到期安排",)
    assert [(p.name, p.discussed) for p in saved.plan.products] == [
        ("稳健理财A", False),
        ("成长基金B", True),
        ("黄金积存", True),
    ]
    m.set_products_discussed(book, live, ["稳健理财a"])  # names match regardless of case
    products = m.get_meeting(book, live).plan.products
    assert [(p.name, p.discussed) for p in products] == [
        ("稳健理财A", True),
        ("成长基金B", False),
        ("黄金积存", False),
    ]
    other = replace(plan, client_id=plan.client_id + 1)
    with pytest.raises(m.MeetingValidationError) as caught:
        m.update_plan(book, live, other)
    assert [(e.field, e.code) for e in caught.value.errors] == [("client_id", "client_changed")]


def test_invalid_input_is_refused_and_writes_nothing(
    book: Book, live: int, plan: MeetingPlan
) -> None:
    before = row_counts(book)
    bad_plan = replace(
        plan,
        duration_minutes=0,
        scheduled_at=datetime(2026, 12, 1, 10),
        place="x" * 201,
        products=(ProposedProduct("  "),),
    )
    with pytest.raises(m.MeetingValidationError) as caught:
        m.plan_meeting(book, bad_plan)
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("duration_minutes", "duration_invalid"),
        ("scheduled_at", "datetime_naive"),
        ("place", "too_long"),
        ("products[0].name", "product_name_required"),
    ]
    with pytest.raises(ClientNotFoundError):
        m.plan_meeting(book, replace(plan, client_id=999))
    tomorrow = NOW.date() + timedelta(days=1)
    bad_wrap = WrapUp(
        outcome=Outcome.AGREED,
        satisfaction=6,
        phase_ratings=(("rapport", 5), ("small_talk", 3), ("rapport", 4), ("listening", 0)),
        followups=(
            FollowUpDraft(plan.client_id, " ", due_on=tomorrow),
            FollowUpDraft(plan.client_id, "Call back"),
            FollowUpDraft(plan.client_id, "Call back", due_on=NOW.date() - timedelta(days=1)),
            FollowUpDraft(plan.client_id + 1, "Someone else", due_on=tomorrow),
        ),
        next_contact_on=NOW.date() - timedelta(days=3),
    )
    with pytest.raises(m.MeetingValidationError) as caught:
        m.wrap_up(book, live, bad_wrap)
    assert [(e.field, e.code, e.params) for e in caught.value.errors] == [
        ("satisfaction", "satisfaction_invalid", {}),
        ("phase_ratings[1]", "phase_unknown", {"phase": "small_talk"}),
        ("phase_ratings[2]", "phase_repeated", {"phase": "rapport"}),
        ("phase_ratings[3]", "rating_invalid", {}),
        ("followups[0].title", "text_required", {}),
        ("followups[1].due_on", "due_date_required", {}),
        ("followups[2].due_on", "date_in_past", {}),
        ("followups[3].client_id", "followup_other_client", {}),
        ("next_contact_on", "date_in_past", {}),
    ]
    # the error is a ValidationError too, with an English text for every code
    assert isinstance(caught.value, ValidationError) and isinstance(caught.value, ValueError)
    assert "phase_ratings[1]: small_talk is not a phase of the meeting" in str(caught.value)
    for call in (
        lambda: m.add_note(book, live, "   "),
        lambda: m.add_objection(book, live, ""),
        lambda: m.set_ticked(book, live, "Not An Id", True),
        lambda: m.set_prepare_checked(book, live, "", True),
        lambda: m.set_products_discussed(book, live, ["ok", ""]),
        lambda: m.add_note(book, live, "naive", at=datetime(2026, 11, 29, 10)),
    ):
        with pytest.raises(m.MeetingValidationError):
            call()
    assert row_counts(book) == before
    assert m.get_meeting(book, live).status is MeetingStatus.LIVE


def test_unknown_meetings_and_objections(book: Book) -> None:
    with pytest.raises(m.MeetingNotFoundError):
        m.get_meeting(book, 42)
    with pytest.raises(m.MeetingNotFoundError):
        m.add_note(book, 42, "note")
    with pytest.raises(m.MeetingNotFoundError):
        m.update_objection(book, 42, "answer", True)


def test_next_contact_is_not_doubled_by_a_call_that_day(
    book: Book, live: int, client: ClientRecord
) -> None:
    day = date(2026, 12, 20)
    call = FollowUpDraft(client.id, "Call about the fund", FollowUpKind.CALL, day)
    wrap = WrapUp(Outcome.CONSIDERING, followups=(call,), next_contact_on=day)
    done = m.wrap_up(book, live, wrap).meeting
    assert done.wrap_up is not None
    assert [f.title for f in done.wrap_up.followups] == ["Call about the fund"]
    assert row_counts(book)["followups"] == 1


def test_history_calendar_and_counts(
    book: Book, clock: FixedClock, client: ClientRecord, make_client: MakeClient
) -> None:
    other = make_client(book, name_en="Li Lei")

    def planned(when: datetime | None, client_id: int = client.id) -> int:
        plan = MeetingPlan(client_id=client_id, scheduled_at=when, objectives=("o",))
        return m.plan_meeting(book, plan).meeting.id

    old = planned(at(10, days=-10))
    clock.set(at(10, days=-10))
    m.start_meeting(book, old)
    m.wrap_up(book, old, WrapUp(Outcome.AGREED, satisfaction=5))
    clock.set(NOW)
    cancelled = planned(at(10, days=-3))
    m.cancel_meeting(book, cancelled)
    m.cancel_meeting(book, cancelled)  # cancelling twice is harmless
    stale = planned(at(10, days=-2))  # planned, never held
    unscheduled = planned(None)
    soon = planned(at(9, days=2))
    later = planned(at(16, days=5))
    elsewhere = planned(at(0, 30, days=2), other.id)  # 00:30 Shanghai is the day before in UTC

    history = m.client_meetings(book, client.id)
    assert [s.id for s in history] == [later, soon, unscheduled, stale, cancelled, old]
    assert history[-1].outcome is Outcome.AGREED and history[-1].satisfaction == 5
    assert history[-1].client_name == "王芳" and history[-1].objectives == ("o",)
    assert history[-2].status is MeetingStatus.CANCELLED

    upcoming = m.next_planned_meeting(book, client.id)
    assert upcoming is not None and upcoming.id == soon
    last = m.last_done_meeting(book, client.id)
    assert last is not None and last.id == old
    assert m.last_done_meeting(book, other.id) is None

    window = m.planned_meetings(
        book, NOW.date() + timedelta(days=2), NOW.date() + timedelta(days=5)
    )
    assert [(s.id, s.client_name) for s in window] == [
        (elsewhere, "Li Lei"),
        (soon, "王芳"),
        (later, "王芳"),
    ]
    assert [s.id for s in m.planned_meetings(book, NOW.date(), NOW.date() + timedelta(1))] == []
    assert m.meeting_counts(book) == {"meetings": 6, "meetings_planned": 5}


def test_the_cli_prints_a_clients_meetings(
    book: Book, live: int, client: ClientRecord, capsys: pytest.CaptureFixture[str]
) -> None:
    m.add_note(book, live, "客户要资料")
    assert cli_main(["--db", str(book.path), "meetings", "C001", "--full"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["client_name"] == "王芳"
    assert [(x["id"], x["status"], x["notes"][0]["text"]) for x in printed["meetings"]] == [
        (live, "live", "客户要资料")
    ]
    assert cli_main(["--db", str(book.path), "meetings", "C001"]) == 0
    assert json.loads(capsys.readouterr().out)["meetings"][0]["amendments"] == 0
    assert cli_main(["--db", str(book.path), "meetings", "NOPE"]) == 1
    assert "NOPE" in capsys.readouterr().err


# The child process: open the book, go live, add notes as fast as it can, print each id once
# add_note has returned (committed), then wait to be killed.
_WRITER = """
import sys
from pathlib import Path
from rmcoach.services.book import Book
from rmcoach.services.meetings import records as meetings
book = Book.open(Path(sys.argv[1]))
meeting_id = int(sys.argv[2])
meetings.start_meeting(book, meeting_id)
n = 0
while True:
    n += 1
    meetings.save_note_draft(book, meeting_id, f"typing {n}")
    note = meetings.add_note(book, meeting_id, f"note {n}")
    print(note.value.id, flush=True)
"""


def test_killed_mid_meeting_loses_no_acknowledged_note(
    book: Book, plan: MeetingPlan, tmp_path: Path
) -> None:
    # five writers at once on one book, each killed at its own random moment: faster than
    # five runs in a row, and each kill also hits a book other processes are writing to
    meeting_ids = [m.plan_meeting(book, plan).meeting.id for _ in range(5)]
    rng = random.Random()
    delays = [rng.uniform(0.05, 0.5) for _ in meeting_ids]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    acknowledged: dict[int, list[int]] = {mid: [] for mid in meeting_ids}
    started: dict[int, threading.Event] = {mid: threading.Event() for mid in meeting_ids}

    def read(mid: int, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.endswith("\n"):  # a line cut by the kill was never acknowledged
                acknowledged[mid].append(int(line))
                started[mid].set()
        started[mid].set()

    processes: list[subprocess.Popen[str]] = []
    readers: list[threading.Thread] = []
    for mid in meeting_ids:
        process = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(book.path), str(mid)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        processes.append(process)
        readers.append(threading.Thread(target=read, args=(mid, process), daemon=True))
        readers[-1].start()
    deadline = time.monotonic() + 20
    try:
        order = sorted(range(len(meeting_ids)), key=lambda i: delays[i])
        for i in order:
            assert started[meeting_ids[i]].wait(max(deadline - time.monotonic(), 0))
        begin = time.monotonic()
        for i in order:  # each is killed delays[i] after the slowest one was writing
            time.sleep(max(begin + delays[i] - time.monotonic(), 0))
            processes[i].send_signal(signal.SIGKILL)
    finally:
        errors: list[str] = []
        for process in processes:
            process.kill()
            process.wait()
            assert process.stderr is not None and process.stdout is not None
            errors.append(process.stderr.read())
            process.stderr.close()
        for reader in readers:
            reader.join(5)
        for process in processes:
            assert process.stdout is not None
            process.stdout.close()

    died = [
        (p.returncode, e)
        for p, e in zip(processes, errors, strict=True)
        if p.returncode != -signal.SIGKILL
    ]
    assert not died, f"a writer died on its own: {died}"
    book.close()
    reopened = Book.open(book.path)
    try:
        with reopened.read() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        for mid in meeting_ids:
            meeting = m.get_meeting(reopened, mid)
            stored = [n.id for n in meeting.notes]
            assert acknowledged[mid], f"meeting {mid} wrote nothing (delays {delays})"
            missing = set(acknowledged[mid]) - set(stored)
            assert not missing, f"lost acknowledged notes {missing} (delays {delays})"
            # at most the one note committed as the kill came, before it was printed
            assert len(stored) - len(acknowledged[mid]) in (0, 1)
            assert meeting.status is MeetingStatus.LIVE
        resumable = m.live_meeting(reopened)
        assert resumable is not None and resumable.id in meeting_ids
    finally:
        reopened.close()
