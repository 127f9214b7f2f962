"""Insights for the RM's own book: the value grid, the retention radar, the portfolio, coaching."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection

from rmcoach.domain import Tier, display_name
from rmcoach.services.book import Book
from rmcoach.services.followups import generated as followup_rules
from rmcoach.services.insights import snapshots
from rmcoach.services.insights.coaching import DEFAULT_MEETINGS, CoachingReport, coaching
from rmcoach.services.insights.queries import (
    ContactBase,
    asset_changes,
    client_facts,
    followup_months,
    maturing,
    meeting_months,
    tier_counts,
)
from rmcoach.services.insights.value_model import (
    CELL_ORDER,
    Cell,
    ClientFacts,
    ClientScore,
    grid_counts,
    pricing_table,
    score,
)

PRICING_SETTING = "pricing_table"
MATURING_DAYS = 30
SATISFACTION_DROP = 1.0
ASSET_LOOKBACK_DAYS = 90
ASSET_DROP_PERCENT = 10
MONTHS = 12
TIER_ORDER = (Tier.PRIVATE, Tier.WEALTH, Tier.VIP, Tier.MASS)


class RadarReason(StrEnum):
    """Why a client is on the retention radar, most urgent first."""

    MATURING = "maturing"  # money about to leave: a maturity in the next 30 days
    FALLING_ASSETS = "falling_assets"  # assets down 10% or more on 90 days before
    FALLING_SATISFACTION = "falling_satisfaction"  # last rating 1+ below the earlier average
    OVERDUE_CONTACT = "overdue_contact"  # a high-value client not contacted within the cadence


REASON_ORDER = tuple(RadarReason)


@dataclass(frozen=True)
class RadarEntry:
    """One client on the radar for one reason; params are plain JSON values for the UI."""

    client_id: int
    client_no: str
    name_zh: str
    name_en: str
    tier: str
    reason: RadarReason
    params: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def display_name(self) -> str:
        return display_name(self.name_zh, self.name_en)


@dataclass(frozen=True)
class Portfolio:
    """The dashboard's series; the monthly ones follow `months` ('YYYY-MM', oldest first)."""

    months: tuple[str, ...]
    tiers: tuple[tuple[str, int], ...]
    acquisition: tuple[int, ...]
    retention: tuple[int, ...]
    on_time: tuple[int, ...]
    late: tuple[int, ...]
    satisfaction: tuple[float | None, ...]  # average 1-5 of the month's ratings
    rated: tuple[int, ...]
    assets: tuple[int | None, ...]  # fen, from the snapshots


@dataclass(frozen=True)
class Insights:
    on: date
    active: int
    grid: dict[Cell, int]
    pricing: dict[Cell, tuple[int, int]]
    averages: tuple[float, float, float | None]  # contribution, loyalty, satisfaction
    radar: tuple[RadarEntry, ...]
    portfolio: Portfolio
    coaching: CoachingReport


def book_pricing(book: Book) -> dict[Cell, tuple[int, int]]:
    return pricing_table(book.get_setting(PRICING_SETTING))


def scores(book: Book) -> list[ClientScore]:
    """Every active client's scores today."""
    now = book.clock.now()
    with book.read() as conn:
        facts, _ = client_facts(conn, now)
    return [score(f, now.date()) for f in facts]


def overview(book: Book, coaching_meetings: int = DEFAULT_MEETINGS) -> Insights:
    """Everything the Insights page shows, read in one go."""
    now = book.clock.now()
    today = now.date()
    rules = followup_rules.RuleSettings.load(book)
    pricing = book_pricing(book)
    with book.read() as conn:
        facts, bases = client_facts(conn, now)
        scored = [score(f, today) for f in facts]
        entries = _radar(conn, now, facts, scored, bases, dict(rules.cadence_days))
        portfolio = _portfolio(conn, now, tier_counts(conn))
    rated = [s.satisfaction for s in scored if s.satisfaction is not None]
    count = len(scored)
    averages = (
        sum(s.contribution for s in scored) / count if count else 0.0,
        sum(s.loyalty for s in scored) / count if count else 0.0,
        sum(rated) / len(rated) if rated else None,
    )
    return Insights(
        on=today,
        active=count,
        grid=grid_counts(scored),
        pricing=pricing,
        averages=averages,
        radar=entries,
        portfolio=portfolio,
        coaching=coaching(book, coaching_meetings),
    )


def radar(book: Book) -> tuple[RadarEntry, ...]:
    now = book.clock.now()
    rules = followup_rules.RuleSettings.load(book)
    with book.read() as conn:
        facts, bases = client_facts(conn, now)
        scored = [score(f, now.date()) for f in facts]
        return _radar(conn, now, facts, scored, bases, dict(rules.cadence_days))


def _radar(
    conn: Connection,
    now: datetime,
    facts: list[ClientFacts],
    scored: list[ClientScore],
    bases: Mapping[int, ContactBase],
    cadence: Mapping[str, int],
) -> tuple[RadarEntry, ...]:
    today = now.date()
    by_id = {f.client_id: f for f in facts}
    found: list[tuple[tuple[Any, ...], RadarEntry]] = []

    def add(client_id: int, reason: RadarReason, urgency: tuple[Any, ...], **params: Any) -> None:
        f = by_id[client_id]
        entry = RadarEntry(client_id, f.client_no, f.name_zh, f.name_en, f.tier, reason, params)
        found.append(((REASON_ORDER.index(reason), *urgency, client_id), entry))

    for due in maturing(conn, today, today + timedelta(days=MATURING_DAYS)):
        if due.client_id in by_id:
            days = (due.first_on - today).days
            add(
                due.client_id,
                RadarReason.MATURING,
                (days, -due.amount_fen),
                on=due.first_on.isoformat(),
                days=days,
                amount_fen=due.amount_fen,
                holdings=due.holdings,
            )
    for change in asset_changes(conn, today, ASSET_LOOKBACK_DAYS):
        earlier, latest = change.earlier_fen, change.latest_fen
        if (
            change.client_id in by_id
            and earlier > 0
            and latest * 100 <= earlier * (100 - ASSET_DROP_PERCENT)
        ):
            percent = round((earlier - latest) * 100 / earlier)
            add(
                change.client_id,
                RadarReason.FALLING_ASSETS,
                (-percent,),
                since=change.earlier_on.isoformat(),
                from_fen=earlier,
                to_fen=latest,
                percent=percent,
            )
    for f in facts:
        last, previous = f.satisfaction_last, f.satisfaction_previous
        if last is not None and previous is not None and previous - last >= SATISFACTION_DROP:
            add(
                f.client_id,
                RadarReason.FALLING_SATISFACTION,
                (last - previous,),
                last=last,
                previous=round(previous, 1),
            )
    for s in scored:
        if s.cell not in (Cell.RETAIN, Cell.DEVELOP):
            continue
        base = bases[s.client_id]
        cadence_days = cadence.get(base.tier)
        if cadence_days is None:
            continue
        overdue = (today - (base.base + timedelta(days=cadence_days))).days
        if overdue > 0:
            add(
                s.client_id,
                RadarReason.OVERDUE_CONTACT,
                (-overdue,),
                overdue_days=overdue,
                cadence_days=cadence_days,
                last_contact=base.last_contact.isoformat() if base.last_contact else "",
            )
    found.sort(key=lambda pair: pair[0])
    return tuple(entry for _, entry in found)


def _portfolio(conn: Connection, now: datetime, tiers: dict[str, int]) -> Portfolio:
    today = now.date()
    starts = snapshots.month_starts(today, MONTHS)
    months = tuple(d.strftime("%Y-%m") for d in starts)
    met = meeting_months(conn, now, starts[0])
    follow = followup_months(conn, now, starts[0], today)
    assets = snapshots.monthly_assets(conn, starts[0], today)
    empty_month = (0, 0)
    return Portfolio(
        months=months,
        tiers=tuple((tier.value, tiers.get(tier.value, 0)) for tier in TIER_ORDER),
        acquisition=tuple(met[m].acquisition if m in met else 0 for m in months),
        retention=tuple(met[m].retention if m in met else 0 for m in months),
        on_time=tuple(follow.get(m, empty_month)[0] for m in months),
        late=tuple(follow.get(m, empty_month)[1] for m in months),
        satisfaction=tuple(
            met[m].satisfaction_sum / met[m].rated if m in met and met[m].rated else None
            for m in months
        ),
        rated=tuple(met[m].rated if m in met else 0 for m in months),
        assets=tuple(assets.get(m) for m in months),
    )


def to_json(found: Insights) -> dict[str, Any]:
    """The CLI's JSON: the grid, the radar entries and the coaching figures."""
    report = found.coaching
    return {
        "on": found.on.isoformat(),
        "clients": found.active,
        "grid": {cell.value: found.grid[cell] for cell in CELL_ORDER},
        "pricing": {cell.value: list(found.pricing[cell]) for cell in CELL_ORDER},
        "radar": [
            {
                "client_no": e.client_no,
                "client_id": e.client_id,
                "reason": e.reason.value,
                "params": e.params,
            }
            for e in found.radar
        ],
        "coaching": {
            "meetings": report.meetings,
            "phase_rates": {
                r.phase_id: {"ticked": r.ticked, "possible": r.possible, "rate": round(r.rate, 3)}
                for r in report.phase_rates
            },
            "most_skipped": [
                {
                    "item_id": s.item_id,
                    "phase": s.phase_id,
                    "title_zh": s.title.zh,
                    "title_en": s.title.en,
                    "skipped": s.skipped,
                    "of": s.meetings,
                }
                for s in report.most_skipped
            ],
            "average_ratings": {phase: round(v, 2) for phase, v in report.average_ratings},
            "findings": {
                "total": sum(len(m.findings) for m in report.findings),
                "meetings_with_findings": sum(1 for m in report.findings if m.findings),
                "by_category": report.findings_by_category,
            },
        },
    }
