"""Dated asset snapshots: one per client per day, taken once a day, and the trends they show."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, Date, delete, distinct, func, literal, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from rmcoach.services.book import Book
from rmcoach.storage.schema import BookSettingEntity, ClientEntity
from rmcoach.storage.schema_value import AssetSnapshotEntity

KEEP_DAILY_DAYS = 120  # daily snapshots kept this long (the radar looks 90 days back)
THINNED_SETTING = "snapshots_thinned_before"  # months before this day are thinned already

_c = ClientEntity.__table__.c
_s = AssetSnapshotEntity.__table__.c


@dataclass(frozen=True)
class SnapshotReport:
    """on: the day; clients: active clients whose assets that day are now on record."""

    on: date
    clients: int


def take_snapshots(book: Book, on: date) -> SnapshotReport:
    """Record every active client's assets for the day `on`; idempotent.

    Run again the same day, it leaves one snapshot per client, holding the latest figure
    (the day's closing assets); earlier days are not rewritten. Snapshots more than
    KEEP_DAILY_DAYS old are thinned to the last snapshot day of each month, so a large book
    does not grow by a row per client every day for ever.
    """
    source = select(_c.id, literal(on, Date()), _c.aum_fen).where(_c.archived_at.is_(None))
    statement = sqlite_insert(AssetSnapshotEntity).from_select(
        ["client_id", "taken_on", "aum_fen"], source
    )
    statement = statement.on_conflict_do_update(
        index_elements=["client_id", "taken_on"], set_={"aum_fen": statement.excluded.aum_fen}
    )
    thinned_before = book.get_setting(THINNED_SETTING)
    with book.write() as session:
        written = session.execute(statement).rowcount  # type: ignore[attr-defined]
        mark = _thin(session, on - timedelta(days=KEEP_DAILY_DAYS), thinned_before)
        if mark is not None:
            session.merge(BookSettingEntity(key=THINNED_SETTING, value=json.dumps(mark)))
    return SnapshotReport(on, int(written or 0))


def _thin(session: Session, cutoff: date, thinned_before: object) -> str | None:
    """Keep only each month's last snapshot day in the whole months before cutoff's month
    not thinned yet; returns the new mark (ISO day), or None when nothing was to do."""
    mark = _month_start(cutoff, 0)
    start: date | None = None
    if isinstance(thinned_before, str):
        start = date.fromisoformat(thinned_before)
    else:
        first = session.execute(select(func.min(_s.taken_on))).scalar()
        start = None if first is None else _month_start(_day(first), 0)
    if start is None or start >= mark:
        return None
    month = start
    while month < mark:
        following = _month_start(month, -1)
        last = session.execute(
            select(func.max(_s.taken_on)).where(_s.taken_on >= month, _s.taken_on < following)
        ).scalar()
        if last is not None:
            session.execute(
                delete(AssetSnapshotEntity).where(
                    AssetSnapshotEntity.taken_on >= month,
                    AssetSnapshotEntity.taken_on < _day(last),
                )
            )
        month = following
    return mark.isoformat()


def _day(value: object) -> date:
    """min()/max() over a date column come back as text from SQLite."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def client_trend(book: Book, client_id: int) -> tuple[tuple[date, int], ...]:
    """The client's snapshots, oldest first: (day, assets in fen)."""
    statement = (
        select(_s.taken_on, _s.aum_fen).where(_s.client_id == client_id).order_by(_s.taken_on)
    )
    with book.read() as conn:
        return tuple((row.taken_on, int(row.aum_fen)) for row in conn.execute(statement))


def book_trend(book: Book, start: date, end: date) -> dict[str, int]:
    """The book's assets per month ('YYYY-MM') from start to end: the sum, over clients, of
    each client's last snapshot in the month. Months without snapshots are left out."""
    with book.read() as conn:
        return monthly_assets(conn, start, end)


def monthly_assets(conn: Connection, start: date, end: date) -> dict[str, int]:
    """book_trend on an open connection: one indexed look-up per month, then one sum."""
    last_days: dict[date, str] = {}
    month = _month_start(start, 0)
    while month <= end:
        following = _month_start(month, -1)
        last = conn.execute(
            select(func.max(_s.taken_on)).where(
                _s.taken_on >= max(month, start), _s.taken_on < following, _s.taken_on <= end
            )
        ).scalar()
        if last is not None:
            last_days[_day(last)] = month.strftime("%Y-%m")
        month = following
    if not last_days:
        return {}
    statement = (
        select(_s.taken_on, func.sum(_s.aum_fen))
        .where(_s.taken_on.in_(list(last_days)))
        .group_by(_s.taken_on)
    )
    return {last_days[_day(day)]: int(total) for day, total in conn.execute(statement)}


def demo_history(book: Book, until: date, months: int = 12, seed: int = 7) -> int:
    """Back-fill monthly snapshots for a demo book (the demo generator calls this).

    Every active client gets a snapshot on the first day of each of the `months` months
    before `until`, ending at the current assets; the figures wander a few percent a month,
    and about one client in twelve lost more than a tenth over the last quarter, so that the
    trends and the retention radar have something to show. Snapshots already on record are
    kept; today's (`until`) is taken as take_snapshots takes it. Returns how many were written.
    """
    rng = random.Random(seed)
    days = [_month_start(until, back) for back in range(months, 0, -1)]
    iso_days = [day.isoformat() for day in days]
    rows: list[tuple[int, str, int]] = []
    with book.read() as conn:
        clients = conn.execute(
            select(_c.id, _c.aum_fen).where(_c.archived_at.is_(None)).order_by(_c.id)
        ).all()
    for client_id, aum in clients:
        falling = rng.random() < 1 / 12
        value = float(aum)
        history: list[int] = []
        for day in reversed(days):  # walk back from today's figure
            if falling and (until - day).days <= 100:
                value *= 1 + rng.uniform(0.06, 0.15)
            else:
                value /= 1 + rng.uniform(-0.03, 0.05)
            history.append(max(0, round(value / 100) * 100))
        rows.extend(zip([client_id] * len(days), iso_days, reversed(history), strict=True))
    # one JSON document through json_each: 600,000 rows in well under a second, where
    # executemany with a date object per row took five
    with book.write() as session:
        written = (
            session.connection()
            .exec_driver_sql(
                "INSERT OR IGNORE INTO asset_snapshots (client_id, taken_on, aum_fen)"
                " SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),"
                " json_extract(value, '$[2]') FROM json_each(?)",
                (json.dumps(rows),),
            )
            .rowcount
        )
    return written + take_snapshots(book, until).clients


def _month_start(day: date, back: int) -> date:
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def month_starts(until: date, months: int) -> list[date]:
    """The first days of the `months` months ending with until's month, oldest first."""
    return [_month_start(until, back) for back in range(months - 1, -1, -1)]


def snapshot_days(book: Book) -> int:
    """How many distinct days have snapshots (trends need a few months of them)."""
    with book.read() as conn:
        return int(conn.execute(select(func.count(distinct(_s.taken_on)))).scalar_one())
