"""Dated asset snapshots: one per client per day, taken once a day, and the trends they show."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Connection, Date, delete, distinct, func, literal, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from rmcoach.domain import OpChanges
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
    changes: OpChanges = field(default_factory=OpChanges)


def take_snapshots(book: Book, on: date) -> SnapshotReport:
    """Record every active client's assets for the day `on`; idempotent.

    Run again the same day, it leaves one snapshot per client, holding the latest figure
    (the day's closing assets); earlier days are not rewritten. Snapshots more than
    KEEP_DAILY_DAYS old are thinned to the last snapshot day of each month, so a large book
    does not grow by a row per client every day for ever.
    """
    # in id order: the snapshot ids must not depend on which index the plan walks
    source = (
        select(_c.id, literal(on, Date()), _c.aum_fen)
        .where(_c.archived_at.is_(None))
        .order_by(_c.id)
    )
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
    written = int(written or 0)
    return SnapshotReport(on, written, OpChanges(snapshots=bool(written or mark)))


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
