"""A small book whose every insight figure is worked out by hand in test_insights.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from rmcoach.clock import FixedClock
from rmcoach.domain import Channel, ClientDraft, Holding, ProductType, Tier
from rmcoach.meeting_domain import FollowUpDraft, MeetingPlan, MeetingType, Outcome, WrapUp
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.followups import records as followups
from rmcoach.services.meetings import records as meetings

SHANGHAI = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 29)
NO_CADENCE = {"private": 0, "wealth": 0, "vip": 0, "mass": 0}
CADENCE = {"private": 30, "wealth": 60, "vip": 90, "mass": 180}


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=SHANGHAI)


def yuan(amount: int) -> int:
    return amount * 100


@dataclass
class HandBook:
    ids: dict[str, int] = field(default_factory=dict)  # client_no -> id
    meetings: dict[str, int] = field(default_factory=dict)  # name -> meeting id


def hold_meeting(
    book: Book,
    clock: FixedClock,
    client_id: int,
    day: date,
    kind: MeetingType,
    outcome: Outcome,
    satisfaction: int | None,
    ratings: Sequence[tuple[str, int]] = (),
    prepared: Sequence[str] = (),
    ticked: Sequence[str] = (),
    talking_points: str = "",
    notes: Sequence[str] = (),
) -> int:
    """Plan, hold and wrap up a meeting on `day` at 10:00, as the RM would have then."""
    now = clock.now()
    clock.set(at(day))
    plan = MeetingPlan(client_id, kind, at(day), talking_points=talking_points)
    meeting_id = meetings.plan_meeting(book, plan).meeting.id
    for item in prepared:
        meetings.set_prepare_checked(book, meeting_id, item, True)
    meetings.start_meeting(book, meeting_id)
    for item in ticked:
        meetings.set_ticked(book, meeting_id, item, True)
    for text in notes:
        meetings.add_note(book, meeting_id, text)
    wrap = WrapUp(outcome, satisfaction=satisfaction, phase_ratings=tuple(ratings))
    meetings.wrap_up(book, meeting_id, wrap)
    clock.set(now)
    return meeting_id


def build_hand_book(book: Book, clock: FixedClock) -> HandBook:
    """Clients A-D (one per grid cell) and E (archived), as test_insights.py describes."""
    book.set_setting("cadence_days", NO_CADENCE)  # only what the test adds
    made = HandBook()

    def add(no: str, name: str, tier: Tier, aum: int, since: date, *held: Holding) -> int:
        draft = ClientDraft(
            name_zh=name,
            client_no=no,
            tier=tier,
            aum_fen=yuan(aum),
            client_since=since,
            holdings=held,
        )
        made.ids[no] = clients.add_client(book, draft).client.id
        return made.ids[no]

    def holding(
        kind: ProductType, amount: int, start: date, matures: date | None = None
    ) -> Holding:
        return Holding(f"{kind.value} {amount}", kind, amount_fen=yuan(amount), start_date=start,
                       maturity_date=matures)  # fmt: skip

    a = add(
        "C001", "甲", Tier.PRIVATE, 10_000_000, date(2020, 6, 1),
        holding(ProductType.FUND, 5_000_000, date(2024, 1, 1)),
        holding(ProductType.DEPOSIT, 2_000_000, date(2025, 6, 30), date(2026, 6, 30)),
        holding(ProductType.WEALTH, 2_000_000, date(2026, 7, 10), date(2027, 7, 10)),
        holding(ProductType.INSURANCE, 1_000_000, date(2022, 5, 1)),
    )  # fmt: skip
    b = add(
        "C002", "乙", Tier.MASS, 50_000, date(2025, 3, 1),
        holding(ProductType.DEPOSIT, 30_000, date(2025, 12, 10), date(2026, 12, 10)),
        holding(ProductType.WEALTH, 20_000, date(2025, 5, 1), date(2026, 5, 1)),
    )  # fmt: skip
    c = add(
        "C003", "丙", Tier.VIP, 1_000_000, date(2023, 1, 15),
        holding(ProductType.STRUCTURED_DEPOSIT, 1_000_000, date(2025, 9, 1), date(2026, 9, 1)),
    )  # fmt: skip
    d = add(
        "C004", "丁", Tier.WEALTH, 3_000_000, date(2026, 1, 1),
        holding(ProductType.FUND, 2_000_000, date(2026, 1, 5)),
        holding(ProductType.DEPOSIT, 1_000_000, date(2025, 12, 30), date(2026, 12, 30)),
    )  # fmt: skip
    e = add("C005", "戊", Tier.MASS, 10_000, date(2024, 1, 1))
    clients.archive_clients(book, [e])

    m = made.meetings
    review, maturity = MeetingType.REVIEW, MeetingType.MATURITY
    m["A1"] = hold_meeting(book, clock, a, date(2025, 3, 10), review, Outcome.AGREED, 5)
    m["D1"] = hold_meeting(
        book, clock, d, date(2026, 1, 5), MeetingType.ACQUISITION, Outcome.AGREED, 4
    )
    m["C1"] = hold_meeting(book, clock, c, date(2026, 2, 10), review, Outcome.CONSIDERING, 4)
    m["B1"] = hold_meeting(book, clock, b, date(2026, 4, 25), maturity, Outcome.DECLINED, 4)
    m["C2"] = hold_meeting(book, clock, c, date(2026, 5, 10), review, Outcome.RELATIONSHIP, 4)
    m["C3"] = hold_meeting(
        book, clock, c, date(2026, 8, 20), maturity, Outcome.AGREED, 5,
        ratings=[("rapport", 5)],
        prepared=["prepare.review_profile", "prepare.objectives"],
        ticked=["rapport.warm_intro"],
        notes=["我们会再联系您"],
    )  # fmt: skip
    m["A2"] = hold_meeting(
        book, clock, a, date(2026, 10, 15), review, Outcome.CONSIDERING, 3,
        ratings=[("rapport", 4), ("listening", 3)],
        prepared=["prepare.review_profile"],
        ticked=["rapport.warm_intro", "rapport.opening_topic", "listening.no_phone"],
        talking_points="我保证这个产品没问题",
        notes=["客户关心收益"],
    )  # fmt: skip

    def followup(client: int, due: date, done_on: date | None) -> None:
        draft = FollowUpDraft(client, "回访", due_on=due)
        saved = followups.add_followup(book, draft).followup
        if done_on is not None:
            followups.complete_followup(book, saved.id, "已联系", at=at(done_on, 15))

    followup(a, date(2026, 9, 10), date(2026, 9, 9))  # on time
    followup(a, date(2026, 11, 20), None)  # still open
    followup(c, date(2026, 3, 1), date(2026, 3, 5))  # late
    followup(c, date(2026, 6, 15), date(2026, 6, 15))  # on time, on the day
    clients.log_contact(book, d, Channel.PHONE, "问候", at=at(date(2026, 8, 1)))
    return made
