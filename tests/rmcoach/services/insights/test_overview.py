"""Insights against a small book whose every figure is worked out by hand (below)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rmcoach.clock import FixedClock
from rmcoach.domain import ClientDraft
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.insights import overview as insights
from rmcoach.services.insights import snapshots
from rmcoach.services.insights.overview import RadarReason
from rmcoach.services.insights.value_model import (
    PRICING_DEFAULTS,
    Cell,
    ClientFacts,
    contribution,
    loyalty,
    pricing_table,
    satisfaction,
)
from tests.rmcoach.services.insights.insights_book import (
    CADENCE,
    TODAY,
    HandBook,
    build_hand_book,
    yuan,
)

# Today is 2026-11-29. The clients, and their figures:
#
# A C001 private, ¥10,000,000 since 2020-06-01 (6 full years); holds a fund, a wealth product
#   bought 2026-07-10 and insurance (3 products, 3 kinds); a deposit matured 2026-06-30,
#   reinvested by that wealth product (10 days later). Follow-ups in the past year: 2, 1 done.
#   Meetings: 2025-03-10 rated 5 (over a year ago), 2026-10-15 rated 3.
#   contribution 60 (assets) + 15 (3 kinds) + 15 (tenure, capped) = 90
#   loyalty 25 (tenure) + 15 (3 products) + 30 (1 of 1 reinvested) + 7.5 (1 of 2 done)
#           + 5 (1 meeting) = 82.5 -> 83; retain; satisfaction (3-1)/4 = 50
# B C002 mass, ¥50,000 since 2025-03-01 (1 year); a deposit maturing 2026-12-10 (¥30,000);
#   a wealth product matured 2026-05-01, not reinvested (the maturity meeting of 2026-04-25
#   was declined). No follow-ups; that one meeting, rated 4.
#   contribution 20 x log10(5) = 13.98 + 5 + 3 = 21.98 -> 22
#   loyalty 5 + 5 + 0 + 7.5 (no follow-ups: half) + 5 = 22.5 -> 23; maintain; satisfaction 75
# C C003 vip, ¥1,000,000 since 2023-01-15 (3 years); holds nothing now; a structured deposit
#   matured 2026-09-01, reinvested by the maturity meeting agreed on 2026-08-20. Follow-ups:
#   2 due, 2 done (one late). Meetings 2026-02-10 (4), 2026-05-10 (4), 2026-08-20 (5).
#   contribution 40 + 0 + 9 = 49 (one short of high value)
#   loyalty 15 + 0 + 30 + 15 + 10 (3 meetings, capped at 2) = 70; grow
#   satisfaction (4 + 4 + 5) / 3 = 4.33 -> 83.3 -> 83
# D C004 wealth, ¥3,000,000 since 2026-01-01 (0 years); holds a fund and a deposit maturing
#   2026-12-30 (31 days: outside the radar's 30). First visit 2026-01-05 rated 4; last
#   contact a call on 2026-08-01.
#   contribution 20 x log10(300) = 49.54 + 10 + 0 = 59.54 -> 60
#   loyalty 0 + 10 + 15 (no maturity: half) + 7.5 + 5 = 37.5 -> 38; develop; satisfaction 75
# E C005 archived: in no figure.


@pytest.fixture
def hand(book: Book, clock: FixedClock) -> HandBook:
    return build_hand_book(book, clock)


def by_no(book: Book, hand: HandBook) -> dict[str, tuple[int, int, int | None, Cell]]:
    found = {s.client_id: s for s in insights.scores(book)}
    numbers = {client_id: no for no, client_id in hand.ids.items()}
    return {
        numbers[i]: (s.contribution, s.loyalty, s.satisfaction, s.cell) for i, s in found.items()
    }


def test_every_score_matches_the_hand_worked_figures(book: Book, hand: HandBook) -> None:
    assert by_no(book, hand) == {
        "C001": (90, 83, 50, Cell.RETAIN),
        "C002": (22, 23, 75, Cell.MAINTAIN),
        "C003": (49, 70, 83, Cell.GROW),
        "C004": (60, 38, 75, Cell.DEVELOP),
    }


def test_the_grid_counts_add_up_to_the_active_clients(book: Book, hand: HandBook) -> None:
    found = insights.overview(book)
    assert found.grid == {Cell.RETAIN: 1, Cell.DEVELOP: 1, Cell.GROW: 1, Cell.MAINTAIN: 1}
    assert sum(found.grid.values()) == found.active == clients.count_active(book) == 4
    assert found.averages == (55.25, 53.5, 70.75)
    assert found.pricing == dict(PRICING_DEFAULTS)


def test_the_pricing_table_comes_from_the_book_and_bad_cells_keep_their_default(
    book: Book,
) -> None:
    book.set_setting("pricing_table", {"retain": [20, 35], "grow": [9, 3], "develop": "x"})
    table = insights.book_pricing(book)
    assert table[Cell.RETAIN] == (20, 35)
    assert table[Cell.GROW] == PRICING_DEFAULTS[Cell.GROW]  # low above high: refused
    assert table[Cell.DEVELOP] == PRICING_DEFAULTS[Cell.DEVELOP]
    assert pricing_table(None) == dict(PRICING_DEFAULTS)


def facts(**given: object) -> ClientFacts:
    base: dict[str, object] = {
        "client_id": 1,
        "client_no": "",
        "name_zh": "",
        "name_en": "",
        "tier": "mass",
        "aum_fen": 0,
        "since": TODAY,
    }
    return ClientFacts(**(base | given))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("aum_yuan", "expected"),
    [(0, 0), (10_000, 0), (100_000, 20), (1_000_000, 40), (10_000_000, 60), (10**9, 60)],
)
def test_assets_earn_twenty_points_per_tenfold(aum_yuan: int, expected: int) -> None:
    assert contribution(facts(aum_fen=yuan(aum_yuan)), TODAY) == expected


def test_caps_and_half_marks() -> None:
    old = TODAY.replace(year=TODAY.year - 9)
    many = facts(since=old, holdings=9, product_types=9, meetings_done=7)
    assert contribution(many, TODAY) == 0 + 25 + 15
    # no maturity and no follow-up due: half marks for each; 25 + 20 + 15 + 7.5 + 10 = 77.5
    assert loyalty(many, TODAY) == 78
    half = facts(maturities=2, reinvested=1, followups_due=4, followups_done=4)
    assert loyalty(half, TODAY) == 0 + 0 + 15 + 15 + 0
    assert satisfaction(facts()) is None
    assert satisfaction(facts(satisfaction_last=2)) == 25  # nothing this year: the last one
    assert satisfaction(facts(satisfaction_year=5.0, satisfaction_last=2)) == 100


def test_portfolio_series_by_month(book: Book, hand: HandBook) -> None:
    p = insights.overview(book).portfolio
    assert p.months[0] == "2025-12" and p.months[-1] == "2026-11" and len(p.months) == 12
    assert p.tiers == (("private", 1), ("wealth", 1), ("vip", 1), ("mass", 1))

    def monthly(values: tuple[object, ...]) -> dict[str, object]:
        return {m: v for m, v in zip(p.months, values, strict=True) if v}

    assert monthly(p.acquisition) == {"2026-01": 1}
    assert monthly(p.retention) == {"2026-02": 1, "2026-04": 1, "2026-05": 1, "2026-08": 1,
                                    "2026-10": 1}  # fmt: skip
    assert monthly(p.satisfaction) == {"2026-01": 4.0, "2026-02": 4.0, "2026-04": 4.0,
                                       "2026-05": 4.0, "2026-08": 5.0, "2026-10": 3.0}  # fmt: skip
    assert monthly(p.on_time) == {"2026-06": 1, "2026-09": 1}
    assert monthly(p.late) == {"2026-03": 1}
    assert p.assets == (None,) * 12  # no snapshot yet


def radar_of(book: Book, hand: HandBook) -> list[tuple[str, RadarReason, dict[str, object]]]:
    numbers = {client_id: no for no, client_id in hand.ids.items()}
    return [(numbers[e.client_id], e.reason, e.params) for e in insights.radar(book)]


def test_radar_reasons_triggered_and_not(book: Book, hand: HandBook) -> None:
    book.set_setting("cadence_days", CADENCE)
    assert radar_of(book, hand) == [
        # B's deposit matures in 11 days; D's in 31 (outside the 30) is not listed
        (
            "C002",
            RadarReason.MATURING,
            {"on": "2026-12-10", "days": 11, "amount_fen": yuan(30_000), "holdings": 1},
        ),
        # A: last rating 3 against 5 before; C rose (4, 4 -> 5) and B, D have one rating
        ("C001", RadarReason.FALLING_SATISFACTION, {"last": 3, "previous": 5.0}),
        # D: called 2026-08-01, every 60 days -> due 2026-09-30, 60 days overdue;
        # A: met 2026-10-15, every 30 days -> 15 days overdue. B is overdue too (180 days
        # after 2026-04-25 is 2026-10-22) but of low value, so not on the radar.
        (
            "C004",
            RadarReason.OVERDUE_CONTACT,
            {"overdue_days": 60, "cadence_days": 60, "last_contact": "2026-08-01"},
        ),
        (
            "C001",
            RadarReason.OVERDUE_CONTACT,
            {"overdue_days": 15, "cadence_days": 30, "last_contact": "2026-10-15"},
        ),
    ]


def test_no_cadence_no_overdue_entry(book: Book, hand: HandBook) -> None:
    reasons = {reason for _, reason, _ in radar_of(book, hand)}
    assert RadarReason.OVERDUE_CONTACT not in reasons  # the book's cadence is switched off


def set_assets(book: Book, client_id: int, aum: int) -> None:
    record = clients.get_client(book, client_id)
    draft: ClientDraft = record.draft
    clients.update_client(book, client_id, type(draft)(**{**draft.__dict__, "aum_fen": yuan(aum)}))


def test_falling_assets_compares_with_ninety_days_before(
    book: Book, hand: HandBook, clock: FixedClock
) -> None:
    ids = hand.ids
    snapshots.take_snapshots(book, TODAY - timedelta(days=120))  # older: not the one compared
    set_assets(book, ids["C001"], 20_000_000)
    snapshots.take_snapshots(book, TODAY - timedelta(days=90))
    set_assets(book, ids["C001"], 18_000_000)  # down exactly 10%: listed
    set_assets(book, ids["C003"], 910_000)  # down 9%: not listed
    set_assets(book, ids["C004"], 2_550_000)  # down 15%
    snapshots.take_snapshots(book, TODAY)
    falling = [(no, p) for no, r, p in radar_of(book, hand) if r is RadarReason.FALLING_ASSETS]
    since = (TODAY - timedelta(days=90)).isoformat()
    assert falling == [
        ("C004", {"since": since, "from_fen": yuan(3_000_000), "to_fen": yuan(2_550_000),
                  "percent": 15}),
        ("C001", {"since": since, "from_fen": yuan(20_000_000), "to_fen": yuan(18_000_000),
                  "percent": 10}),
    ]  # fmt: skip
    clients.archive_clients(book, [ids["C004"]])  # its snapshots stay, the radar leaves it
    falling = [no for no, r, _ in radar_of(book, hand) if r is RadarReason.FALLING_ASSETS]
    assert falling == ["C001"]


def test_snapshots_are_one_per_client_per_day_and_idempotent(book: Book, hand: HandBook) -> None:
    first = snapshots.take_snapshots(book, TODAY)
    again = snapshots.take_snapshots(book, TODAY)
    assert first.clients == again.clients == 4  # the archived client is not snapshotted
    a = hand.ids["C001"]
    assert snapshots.client_trend(book, a) == ((TODAY, yuan(10_000_000)),)
    set_assets(book, a, 12_000_000)
    snapshots.take_snapshots(book, TODAY)  # later the same day: the day's figure moves
    assert snapshots.client_trend(book, a) == ((TODAY, yuan(12_000_000)),)
    assert snapshots.snapshot_days(book) == 1


def test_trends_keep_daily_snapshots_for_120_days_then_the_last_of_each_month(
    book: Book, hand: HandBook
) -> None:
    a = hand.ids["C001"]
    days = [TODAY - timedelta(days=n) for n in range(200, -1, -10)]
    for day in days:
        snapshots.take_snapshots(book, day)
    kept = [day for day, _ in snapshots.client_trend(book, a)]
    cutoff_month = (TODAY - timedelta(days=snapshots.KEEP_DAILY_DAYS)).replace(day=1)
    old = [d for d in days if d < cutoff_month]
    last_of_month = {max(d for d in old if (d.year, d.month) == (o.year, o.month)) for o in old}
    assert kept == sorted(last_of_month | {d for d in days if d >= cutoff_month})
    trend = snapshots.book_trend(book, date(2026, 5, 1), TODAY)
    assert trend["2026-11"] == yuan(10_000_000 + 50_000 + 1_000_000 + 3_000_000)
    assert set(trend) == {"2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10",
                          "2026-11"}  # fmt: skip
