"""Generated follow-ups: maturities, birthdays (lunar too), contact cadence, holiday shift."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rmcoach.clock import FixedClock
from rmcoach.domain import Channel, Holding, ProductType, Tier
from rmcoach.meeting_domain import FollowUp, FollowUpKind, FollowUpStatus
from rmcoach.services.book import Book
from rmcoach.services.clients.records import archive_clients, get_client, log_contact, update_client
from rmcoach.services.followups.generated import (
    birthday_occurrences,
    generate_followups,
    generation_due,
    gregorian_birthday_in,
    holiday_data_known,
    is_working_day,
    lunar_birthday_in,
    next_working_day,
    shift_due,
)
from rmcoach.services.followups.records import (
    cancel_followup,
    client_followups,
    complete_followup,
)
from tests.conftest import MakeClient

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(y: int, m: int, d: int, hour: int = 10) -> datetime:
    return datetime(y, m, d, hour, tzinfo=SHANGHAI)


def only(book: Book, client_id: int, kind: FollowUpKind) -> FollowUp:
    found = [f for f in client_followups(book, client_id) if f.kind is kind]
    assert len(found) == 1, found
    return found[0]


# --- the working-day calendar -----------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 10, 1), date(2025, 10, 9)),  # National Day week, 1-8 October 2025
        (date(2025, 10, 8), date(2025, 10, 9)),
        (date(2025, 9, 28), date(2025, 9, 28)),  # a make-up working Sunday (调休上班)
        (date(2025, 10, 11), date(2025, 10, 11)),  # a make-up working Saturday
        (date(2025, 10, 18), date(2025, 10, 20)),  # an ordinary Saturday
        (date(2025, 10, 17), date(2025, 10, 17)),  # an ordinary Friday
        (date(2026, 2, 16), date(2026, 2, 24)),  # Spring Festival 2026: 15-23 February
        (date(2026, 2, 14), date(2026, 2, 14)),  # make-up Saturday before it
        (date(2026, 2, 28), date(2026, 2, 28)),  # make-up Saturday after it
        (date(2026, 10, 3), date(2026, 10, 8)),  # National Day 2026: 1-7 October
        (date(2026, 10, 10), date(2026, 10, 10)),  # make-up Saturday
        (date(2026, 9, 20), date(2026, 9, 20)),  # make-up Sunday
    ],
)
def test_next_working_day_follows_the_official_calendar(day: date, expected: date) -> None:
    assert next_working_day(day) == expected
    assert is_working_day(day) is (day == expected)


def test_a_year_the_library_does_not_know_falls_back_to_weekends() -> None:
    assert holiday_data_known(2026)
    assert not holiday_data_known(2099)
    assert is_working_day(date(2099, 10, 1))  # a Thursday: no holiday data, so it works
    assert next_working_day(date(2099, 10, 3)) == date(2099, 10, 5)  # Saturday -> Monday


def test_an_event_item_never_moves_past_its_event() -> None:
    # a greeting due on 16 February 2026 for a birthday on the 17th: the next working day
    # (the 24th) is after the birthday, so the make-up Saturday before it is taken
    assert shift_due(date(2026, 2, 16), event=date(2026, 2, 17)) == date(2026, 2, 14)
    assert shift_due(date(2026, 2, 16)) == date(2026, 2, 24)


# --- birthdays ------------------------------------------------------------------------------


def test_lunar_birthdays_land_on_known_dates() -> None:
    # born on Spring Festival 1980 (16 Feb 1980 = 正月初一): Spring Festival 2026 is 17 Feb
    assert lunar_birthday_in(date(1980, 2, 16), 2026) == date(2026, 2, 17)
    assert lunar_birthday_in(date(1980, 2, 16), 2024) == date(2024, 2, 10)
    # born on New Year's Eve 1985 (19 Feb 1985 = 腊月三十): the lunar year 2023 has a 30th
    # (eve of 10 Feb 2024); 2025's twelfth month has 29 days, so its eve (16 Feb 2026)
    assert lunar_birthday_in(date(1985, 2, 19), 2023) == date(2024, 2, 9)
    assert lunar_birthday_in(date(1985, 2, 19), 2025) == date(2026, 2, 16)


def test_a_leap_month_birthday_uses_the_ordinary_month_in_other_years() -> None:
    born = date(2023, 4, 1)  # 闰二月十一 2023
    assert lunar_birthday_in(born, 2023) == born  # the year has that leap month
    in_2026 = lunar_birthday_in(born, 2026)  # 2026 has no leap second month
    assert in_2026 is not None and in_2026.month == 3  # the ordinary 二月 is in March
    assert lunar_birthday_in(date(1985, 2, 19), 2026) is not None


def test_birthdays_out_of_the_lunar_range_are_skipped_not_wrong() -> None:
    assert lunar_birthday_in(date(1899, 6, 1), 2026) is None
    assert gregorian_birthday_in(date(1992, 2, 29), 2027) == date(2027, 2, 28)
    assert gregorian_birthday_in(date(1992, 2, 29), 2028) == date(2028, 2, 29)
    assert (
        birthday_occurrences(date(2026, 12, 1), False, date(2026, 11, 29), date(2027, 1, 1)) == []
    )


def test_a_lunar_birthday_greeting_is_generated_for_this_year(
    book: Book, clock: FixedClock, make_client: MakeClient
) -> None:
    clock.set(at(2026, 1, 20))
    client = make_client(book, name_zh="春节", birthday=date(1980, 2, 16), birthday_lunar=True)
    report = generate_followups(book)
    item = only(book, client.id, FollowUpKind.BIRTHDAY)
    # 17 Feb 2026 less 3 days is Saturday 14 Feb, a make-up working day: it does not move
    assert item.due_on == date(2026, 2, 14)
    assert item.source_key == f"birthday:{client.id}:2026"
    assert "2026-02-17" in item.notes
    assert report.created == 1  # no cadence item: 180 days is beyond the 60-day horizon


def test_a_gregorian_birthday_greeting_is_due_three_days_ahead(
    book: Book, make_client: MakeClient
) -> None:
    client = make_client(book, birthday=date(1980, 12, 5))
    generate_followups(book)
    item = only(book, client.id, FollowUpKind.BIRTHDAY)
    assert item.due_on == date(2026, 12, 2)  # a Wednesday
    assert item.status is FollowUpStatus.OPEN
    assert item.source_key == f"birthday:{client.id}:2026"


def test_birthday_lead_days_is_a_book_setting(book: Book, make_client: MakeClient) -> None:
    book.set_setting("birthday_lead_days", 1)
    client = make_client(book, birthday=date(1980, 12, 5))
    generate_followups(book)
    assert only(book, client.id, FollowUpKind.BIRTHDAY).due_on == date(2026, 12, 4)


# --- maturities -----------------------------------------------------------------------------


def holding(name: str, matures: date) -> Holding:
    return Holding(
        name=name, product_type=ProductType.WEALTH, amount_fen=5_000_000_00, maturity_date=matures
    )


def test_maturities_are_due_fourteen_days_ahead_on_a_working_day(
    book: Book, make_client: MakeClient
) -> None:
    client = make_client(
        book,
        holdings=(
            holding("稳健理财180天", date(2026, 12, 20)),  # less 14 days: Sunday 6 December
            holding("已到期产品", date(2026, 11, 1)),  # in the past
            holding("明年产品", date(2027, 6, 1)),  # beyond the horizon
        ),
    )
    generate_followups(book)
    item = only(book, client.id, FollowUpKind.MATURITY)
    assert item.due_on == date(2026, 12, 7)  # moved from Sunday to Monday
    assert "稳健理财180天" in item.title
    assert item.source_key is not None and item.source_key.startswith(f"maturity:{client.id}:")


def test_editing_the_client_does_not_duplicate_maturities(
    book: Book, make_client: MakeClient
) -> None:
    client = make_client(book, holdings=(holding("定期存款", date(2026, 12, 20)),))
    assert generate_followups(book).created == 1
    # editing the client rewrites its holdings (new ids): the item must stay the same one
    update_client(book, client.id, replace(client.draft, notes="edited"))
    assert generate_followups(book).created == 0
    # a changed maturity date makes the open item stale: it is replaced
    record = get_client(book, client.id)
    moved = replace(record.draft.holdings[0], maturity_date=date(2026, 12, 31), id=None)
    update_client(book, client.id, replace(record.draft, holdings=(moved,)))
    report = generate_followups(book)
    assert (report.created, report.removed) == (1, 1)
    assert only(book, client.id, FollowUpKind.MATURITY).due_on == date(2026, 12, 17)


def test_maturity_lead_days_is_a_book_setting(book: Book, make_client: MakeClient) -> None:
    book.set_setting("maturity_lead_days", 7)
    client = make_client(book, holdings=(holding("基金", date(2026, 12, 17)),))
    generate_followups(book)
    assert only(book, client.id, FollowUpKind.MATURITY).due_on == date(2026, 12, 10)


# --- idempotency ----------------------------------------------------------------------------


def test_generation_is_idempotent_and_never_raises_a_closed_item_again(
    book: Book, make_client: MakeClient
) -> None:
    client = make_client(
        book,
        tier=Tier.PRIVATE,
        birthday=date(1975, 12, 10),
        holdings=(holding("结构性存款", date(2026, 12, 24)),),
    )
    first = generate_followups(book)
    assert (first.created, first.skipped) == (3, 0)  # maturity, birthday, cadence
    second = generate_followups(book)
    assert (second.created, second.skipped) == (0, 3)
    items = {f.kind: f for f in client_followups(book, client.id)}
    cancel_followup(book, items[FollowUpKind.MATURITY].id)
    complete_followup(book, items[FollowUpKind.BIRTHDAY].id, "sent a card", at=at(2026, 11, 29))
    third = generate_followups(book)
    kinds = sorted(f.kind for f in client_followups(book, client.id))
    # the completed greeting was a contact: the cadence item moved, nothing was re-raised
    assert third.created == 0
    assert kinds == sorted([FollowUpKind.MATURITY, FollowUpKind.BIRTHDAY, FollowUpKind.CALL])


# --- contact cadence ------------------------------------------------------------------------


def test_cadence_counts_from_when_the_client_was_added(book: Book, make_client: MakeClient) -> None:
    private = make_client(book, name_zh="私行", tier=Tier.PRIVATE, client_since=date(2007, 3, 1))
    mass = make_client(book, name_zh="大众", tier=Tier.MASS)
    generate_followups(book)
    item = only(book, private.id, FollowUpKind.CALL)
    assert item.due_on == date(2026, 12, 29)  # added 29 Nov 2026, private: every 30 days
    assert item.source_key == f"cadence:{private.id}:2026-12-29"
    assert client_followups(book, mass.id) == ()  # 180 days: beyond the horizon


def test_a_logged_contact_moves_the_open_cadence_item_at_once(
    book: Book, clock: FixedClock, make_client: MakeClient
) -> None:
    client = make_client(book, tier=Tier.PRIVATE)
    generate_followups(book)
    before = only(book, client.id, FollowUpKind.CALL)
    clock.set(at(2026, 12, 8, 12))
    # 07:00 in Shanghai is still 7 December in UTC: the local date is the one that counts
    log_contact(book, client.id, Channel.PHONE, "checked in", at=at(2026, 12, 8, 7))
    after = only(book, client.id, FollowUpKind.CALL)  # moved by the contact itself
    assert after.id == before.id  # moved, so its exported UID stays too
    report = generate_followups(book)
    assert report.moved == 0 and report.created == 0
    assert only(book, client.id, FollowUpKind.CALL) == after
    assert after.due_on == date(2027, 1, 7)
    assert after.source_key == f"cadence:{client.id}:2027-01-07"


def test_completing_a_follow_up_resets_the_cadence_at_once(
    book: Book, clock: FixedClock, make_client: MakeClient
) -> None:
    client = make_client(book, tier=Tier.PRIVATE, birthday=date(1970, 12, 3))
    generate_followups(book)
    greeting = only(book, client.id, FollowUpKind.BIRTHDAY)
    clock.set(at(2026, 12, 8))
    complete_followup(book, greeting.id, "called, she was pleased")
    cadence = only(book, client.id, FollowUpKind.CALL)
    assert cadence.due_on == date(2027, 1, 7)
    assert cadence.status is FollowUpStatus.OPEN


def test_a_contact_pushing_the_cadence_beyond_the_horizon_removes_the_item(
    book: Book, clock: FixedClock, make_client: MakeClient
) -> None:
    client = make_client(book, tier=Tier.PRIVATE)
    generate_followups(book)
    book.set_setting("cadence_days", {"private": 120})
    report = generate_followups(book)
    assert report.removed == 1
    assert client_followups(book, client.id) == ()


def test_a_cadence_due_on_a_holiday_moves_to_the_next_working_day(
    book: Book, clock: FixedClock, make_client: MakeClient
) -> None:
    clock.set(at(2026, 9, 15))
    client = make_client(book, tier=Tier.PRIVATE)
    log_contact(book, client.id, Channel.VISIT, at=at(2026, 9, 1))
    generate_followups(book)
    # 1 Sep + 30 days = 1 Oct 2026, National Day: the first working day is 8 October
    assert only(book, client.id, FollowUpKind.CALL).due_on == date(2026, 10, 8)


def test_a_cadence_due_on_a_make_up_working_day_does_not_move(
    book: Book, clock: FixedClock, make_client: MakeClient
) -> None:
    clock.set(at(2026, 9, 1))
    client = make_client(book, tier=Tier.PRIVATE)
    log_contact(book, client.id, Channel.VISIT, at=at(2026, 8, 21))
    generate_followups(book)
    # 21 Aug + 30 days = Sunday 20 September 2026, an official make-up working day
    assert only(book, client.id, FollowUpKind.CALL).due_on == date(2026, 9, 20)


def test_the_holiday_shift_can_be_switched_off(
    book: Book, clock: FixedClock, make_client: MakeClient
) -> None:
    book.set_setting("shift_holidays", False)
    clock.set(at(2026, 9, 15))
    client = make_client(book, tier=Tier.PRIVATE)
    log_contact(book, client.id, Channel.VISIT, at=at(2026, 9, 1))
    report = generate_followups(book)
    assert only(book, client.id, FollowUpKind.CALL).due_on == date(2026, 10, 1)
    assert report.holiday_years_unknown == ()


def test_the_report_names_years_without_holiday_data(
    book: Book, clock: FixedClock, make_client: MakeClient
) -> None:
    client = make_client(book, tier=Tier.PRIVATE, birthday=date(1980, 1, 20))
    report = generate_followups(book)
    years = {f.due_on.year for f in client_followups(book, client.id)}
    assert years == {2026, 2027}
    assert report.holiday_years_unknown == tuple(
        y for y in sorted(years) if not holiday_data_known(y)
    )


def test_archived_clients_get_nothing_generated_and_keep_what_they_had(
    book: Book, make_client: MakeClient
) -> None:
    kept = make_client(book, tier=Tier.PRIVATE, holdings=(holding("存款", date(2026, 12, 20)),))
    assert generate_followups(book).created == 2
    archive_clients(book, [kept.id])
    make_client(book, tier=Tier.PRIVATE, birthday=date(1980, 12, 5))
    archive_clients(book, [kept.id + 1])
    report = generate_followups(book)
    assert (report.created, report.removed, report.moved) == (0, 0, 0)
    assert len(client_followups(book, kept.id)) == 2


def test_generation_is_due_once_a_day_and_after_a_client_changes(
    book: Book, clock: FixedClock, make_client: MakeClient
) -> None:
    """The app's first Today of the day generates; later starts that day do not, unless a
    client was added or edited since (a holding maturing today cannot wait a day)."""
    assert generation_due(book)
    generate_followups(book)
    assert not generation_due(book)
    clock.set(clock.now() + timedelta(hours=2))
    assert not generation_due(book)
    make_client(book)
    assert generation_due(book)
    generate_followups(book)
    assert not generation_due(book)
    clock.set(clock.now() + timedelta(days=1))
    assert generation_due(book)
