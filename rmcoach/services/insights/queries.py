"""The SQL behind insights: every figure aggregated in the database, one pass per table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    case,
    distinct,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.orm import aliased

from rmcoach.clock import to_storage
from rmcoach.meeting_domain import FollowUpStatus, MeetingStatus, MeetingType, Outcome
from rmcoach.services.insights.value_model import (
    LOOKBACK_DAYS,
    REINVEST_WINDOW_DAYS,
    ClientFacts,
)
from rmcoach.storage.schema import ClientEntity, HoldingEntity
from rmcoach.storage.schema_meetings import FollowUpEntity, MeetingEntity
from rmcoach.storage.schema_value import AssetSnapshotEntity

_c = ClientEntity.__table__.c
_h = HoldingEntity.__table__.c
_m = MeetingEntity.__table__.c
_f = FollowUpEntity.__table__.c
_s = AssetSnapshotEntity.__table__.c
_DONE = MeetingStatus.DONE.value
# follow-ups that count for responsiveness: all but cancelled (listed, so the index is used)
_COUNTED = tuple(s.value for s in FollowUpStatus if s is not FollowUpStatus.CANCELLED)


def meeting_moment() -> ColumnElement[Any]:
    """When a meeting took place (stored UTC): started, else scheduled, else closed."""
    return func.coalesce(_m.started_at, _m.scheduled_at, _m.ended_at, _m.created_at)


def is_done() -> ColumnElement[bool]:
    """status = 'done', written so that SQLite does not use the status index: nearly every
    meeting is done, and a lookup per row is several times slower than reading the table."""
    return _m.status.concat("") == _DONE


def local_shift(now: datetime) -> str:
    """The SQLite date modifier turning stored UTC into the clock's local time."""
    offset = now.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return f"{minutes:+d} minutes"


@dataclass(frozen=True)
class ContactBase:
    """What the contact-cadence check needs: the client, tier and last contact (local day)."""

    client_id: int
    tier: str
    last_contact: date | None
    base: date  # last contact, else when the client came to the book


def client_facts(
    conn: Connection, now: datetime
) -> tuple[list[ClientFacts], dict[int, ContactBase]]:
    """Facts about every active client, in one statement of grouped subqueries."""
    today = now.date()
    year_ago = today - timedelta(days=LOOKBACK_DAYS)
    year_ago_utc = to_storage(datetime.combine(year_ago, datetime.min.time(), now.tzinfo))
    window = f"{REINVEST_WINDOW_DAYS} days"
    shift = local_shift(now)

    held = (
        select(
            _h.client_id,
            func.count().label("holdings"),
            func.count(distinct(_h.product_type)).label("types"),
        )
        .where(or_(_h.maturity_date.is_(None), _h.maturity_date >= today))
        .group_by(_h.client_id)
        .subquery()
    )
    other = aliased(HoldingEntity)
    lo = func.date(_h.maturity_date, f"-{window}")
    hi = func.date(_h.maturity_date, f"+{window}")
    new_holding = exists().where(
        other.client_id == _h.client_id,
        other.id != _h.id,
        other.start_date.between(lo, hi),
    )
    agreed = exists().where(
        _m.client_id == _h.client_id,
        is_done(),
        _m.meeting_type == MeetingType.MATURITY.value,
        _m.outcome == Outcome.AGREED.value,
        func.date(meeting_moment()).between(lo, hi),
    )
    matured = (
        select(
            _h.client_id,
            func.count().label("maturities"),
            func.sum(case((or_(new_holding, agreed), 1), else_=0)).label("reinvested"),
        )
        .where(_h.maturity_date >= year_ago, _h.maturity_date < today)
        .group_by(_h.client_id)
        .subquery()
    )
    follow = (
        select(
            _f.client_id,
            func.count().label("due"),
            func.sum(case((_f.status == FollowUpStatus.DONE.value, 1), else_=0)).label("done"),
        )
        .where(_f.status.in_(_COUNTED), _f.due_on.between(year_ago, today))
        .group_by(_f.client_id)
        .subquery()
    )
    # one pass over the done meetings; SQLite takes the bare column `satisfaction` from the
    # row holding the max(), i.e. from the last rated meeting
    moment = meeting_moment()
    recent = moment >= year_ago_utc
    met = (
        select(
            _m.client_id,
            func.sum(case((recent, 1), else_=0)).label("meetings"),
            func.max(case((_m.satisfaction.is_not(None), moment))).label("last_at"),
            _m.satisfaction.label("last"),
            func.sum(_m.satisfaction).label("rated_sum"),
            func.count(_m.satisfaction).label("rated"),
            func.avg(case((recent, _m.satisfaction))).label("year_average"),
        )
        .where(is_done())
        .group_by(_m.client_id)
        .subquery()
    )
    statement = (
        select(
            _c.id,
            _c.client_no,
            _c.name_zh,
            _c.name_en,
            _c.tier,
            _c.aum_fen,
            # days as ISO text (date.fromisoformat is far quicker than a datetime per row);
            # stored UTC moments become local days at the clock's current offset
            func.date(_c.client_since),
            func.date(_c.created_at, shift),
            func.date(_c.last_contact_at, shift),
            held.c.holdings,
            held.c.types,
            matured.c.maturities,
            matured.c.reinvested,
            follow.c.due,
            follow.c.done,
            met.c.meetings,
            met.c.last,
            met.c.rated_sum,
            met.c.rated,
            met.c.year_average,
        )
        .select_from(ClientEntity.__table__)
        .outerjoin(held, held.c.client_id == _c.id)
        .outerjoin(matured, matured.c.client_id == _c.id)
        .outerjoin(follow, follow.c.client_id == _c.id)
        .outerjoin(met, met.c.client_id == _c.id)
        .where(_c.archived_at.is_(None))
        .order_by(_c.id)
    )
    facts: list[ClientFacts] = []
    bases: dict[int, ContactBase] = {}
    day = date.fromisoformat
    for (
        client_id, client_no, name_zh, name_en, tier, aum_fen, since_text, created_text,
        last_text, holdings, types, maturities, reinvested, due, done, meetings, last_rating,
        rated_sum, rated, year_average,
    ) in conn.execute(statement):  # fmt: skip
        created = day(created_text)
        since = day(since_text) if since_text else created
        last = day(last_text) if last_text else None
        base = last if last is not None else max(created, since)
        bases[client_id] = ContactBase(client_id, tier, last, base)
        previous = (rated_sum - last_rating) / (rated - 1) if rated and rated > 1 else None
        facts.append(
            ClientFacts(
                client_id,
                client_no or "",
                name_zh,
                name_en,
                tier,
                aum_fen,
                since,
                holdings or 0,
                types or 0,
                maturities or 0,
                reinvested or 0,
                due or 0,
                done or 0,
                meetings or 0,
                None if year_average is None else float(year_average),
                last_rating,
                previous,
            )
        )
    return facts, bases


@dataclass(frozen=True)
class Maturing:
    client_id: int
    first_on: date
    amount_fen: int
    holdings: int


def maturing(conn: Connection, start: date, end: date) -> list[Maturing]:
    """Active clients with holdings maturing from start to end (both included)."""
    statement = (
        select(
            _h.client_id,
            func.min(_h.maturity_date).label("first_on"),
            func.sum(_h.amount_fen).label("amount"),
            func.count().label("holdings"),
        )
        .join(ClientEntity.__table__, _c.id == _h.client_id)
        .where(_c.archived_at.is_(None), _h.maturity_date.between(start, end))
        .group_by(_h.client_id)
    )
    return [
        Maturing(row.client_id, row.first_on, int(row.amount or 0), row.holdings)
        for row in conn.execute(statement)
    ]


@dataclass(frozen=True)
class AssetChange:
    client_id: int
    earlier_on: date
    earlier_fen: int
    latest_on: date
    latest_fen: int


def asset_changes(conn: Connection, on: date, days: int) -> list[AssetChange]:
    """Clients' assets on the last snapshot day up to `on` against the last snapshot day at
    least `days` days before it (snapshots are taken for the whole book at once; archived
    clients have none after their archiving, the caller leaves out any that remain)."""
    latest = conn.execute(select(func.max(_s.taken_on)).where(_s.taken_on <= on)).scalar()
    if latest is None:
        return []
    latest_day = _as_date(latest)
    earlier = conn.execute(
        select(func.max(_s.taken_on)).where(_s.taken_on <= latest_day - timedelta(days=days))
    ).scalar()
    if earlier is None:
        return []
    earlier_day = _as_date(earlier)
    then_row = aliased(AssetSnapshotEntity)
    statement = (
        select(_s.client_id, then_row.aum_fen.label("earlier_fen"), _s.aum_fen.label("latest_fen"))
        .join(then_row, then_row.client_id == _s.client_id)
        .where(_s.taken_on == latest_day, then_row.taken_on == earlier_day)
    )
    return [
        AssetChange(row.client_id, earlier_day, row.earlier_fen, latest_day, row.latest_fen)
        for row in conn.execute(statement)
    ]


def _as_date(value: Any) -> date:
    """max() over a date column comes back as text from SQLite."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def tier_counts(conn: Connection) -> dict[str, int]:
    statement = select(_c.tier, func.count()).where(_c.archived_at.is_(None)).group_by(_c.tier)
    return {tier: int(count) for tier, count in conn.execute(statement)}


@dataclass(frozen=True)
class MeetingMonth:
    acquisition: int
    retention: int
    rated: int
    satisfaction_sum: int


def meeting_months(conn: Connection, now: datetime, start: date) -> dict[str, MeetingMonth]:
    """Done meetings per local month ('YYYY-MM') from start: acquisition (first visits) and
    retention (every other type), and their satisfaction ratings."""
    start_utc = to_storage(datetime.combine(start, datetime.min.time(), now.tzinfo))
    month = func.strftime("%Y-%m", meeting_moment(), local_shift(now))
    first_visit = _m.meeting_type == MeetingType.ACQUISITION.value
    statement = (
        select(
            month.label("month"),
            func.sum(case((first_visit, 1), else_=0)),
            func.sum(case((first_visit, 0), else_=1)),
            func.count(_m.satisfaction),
            func.coalesce(func.sum(_m.satisfaction), 0),
        )
        .where(is_done(), meeting_moment() >= start_utc)
        .group_by(month)
    )
    return {
        row[0]: MeetingMonth(int(row[1]), int(row[2]), int(row[3]), int(row[4]))
        for row in conn.execute(statement)
    }


def followup_months(
    conn: Connection, now: datetime, start: date, end: date
) -> dict[str, tuple[int, int]]:
    """Done follow-ups by the local month they were due: (done on or before the due day,
    done after it)."""
    month = func.strftime("%Y-%m", _f.due_on)
    done_day = func.date(_f.completed_at, local_shift(now))
    on_time = done_day <= func.date(_f.due_on)
    statement = (
        select(
            month.label("month"),
            func.sum(case((on_time, 1), else_=0)),
            func.sum(case((on_time, 0), else_=1)),
        )
        .where(
            _f.status == FollowUpStatus.DONE.value,
            _f.completed_at.is_not(None),
            _f.due_on.between(start, end),
        )
        .group_by(month)
    )
    return {row[0]: (int(row[1]), int(row[2])) for row in conn.execute(statement)}


def active_total(conn: Connection) -> int:
    statement = select(func.count()).where(_c.archived_at.is_(None))
    return int(conn.execute(statement.select_from(ClientEntity.__table__)).scalar_one())
