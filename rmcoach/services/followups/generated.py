"""Generated follow-ups (maturities, birthdays, contact cadence) on China's working-day calendar."""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

import chinese_calendar
from lunardate import LunarDate
from sqlalchemy import ColumnElement, delete, func, insert, select, update
from sqlalchemy.orm import Session

from rmcoach.clock import from_storage, to_storage
from rmcoach.domain import OpChanges
from rmcoach.meeting_domain import FollowUpKind, FollowUpStatus
from rmcoach.services.book import Book
from rmcoach.storage.schema import ClientEntity, HoldingEntity
from rmcoach.storage.schema_meetings import FollowUpEntity

# Every calendar setting with its default; book.get_setting(key, SETTING_DEFAULTS[key]).
SETTING_DEFAULTS: dict[str, Any] = {
    "maturity_lead_days": 14,
    "birthday_lead_days": 3,
    "cadence_days": {"private": 30, "wealth": 60, "vip": 90, "mass": 180},
    "shift_holidays": True,
    "amber_days": 3,  # "due" (amber) = today or within this many days
    "ics_mask_names": True,
}
DEFAULT_HORIZON_DAYS = 60
_OPEN = (FollowUpStatus.OPEN.value, FollowUpStatus.SNOOZED.value)


def setting(book: Book, key: str) -> Any:
    return book.get_setting(key, SETTING_DEFAULTS[key])


@dataclass(frozen=True)
class RuleSettings:
    maturity_lead_days: int = 14
    birthday_lead_days: int = 3
    cadence_days: Mapping[str, int] = field(default_factory=dict)
    shift_holidays: bool = True

    @classmethod
    def load(cls, book: Book) -> RuleSettings:
        """The book's settings; a missing or malformed value falls back to its default."""
        cadence = dict(SETTING_DEFAULTS["cadence_days"])
        stored = setting(book, "cadence_days")
        if isinstance(stored, dict):
            cadence.update(stored)
        return cls(
            maturity_lead_days=_days(setting(book, "maturity_lead_days"), "maturity_lead_days"),
            birthday_lead_days=_days(setting(book, "birthday_lead_days"), "birthday_lead_days"),
            # 0 or null switches the cadence off for that tier
            cadence_days={k: v for k, v in cadence.items() if isinstance(v, int) and v > 0},
            shift_holidays=bool(setting(book, "shift_holidays")),
        )


def _days(value: Any, key: str) -> int:
    default: int = SETTING_DEFAULTS[key]
    return value if isinstance(value, int) and 0 <= value <= 366 else default


@dataclass(frozen=True)
class GenerationReport:
    """created: new items; skipped: already there (open, done or cancelled); moved/removed:
    open cadence or maturity items corrected after a contact or a changed holding;
    holiday_years_unknown: years the holiday library has no schedule for (weekends only)."""

    created: int
    skipped: int
    moved: int = 0
    removed: int = 0
    holiday_years_unknown: tuple[int, ...] = ()
    changes: OpChanges = field(default_factory=OpChanges)


# --- the working-day calendar -----------------------------------------------------------


@functools.cache
def holiday_data_known(year: int) -> bool:
    try:
        chinese_calendar.is_workday(date(year, 7, 1))
    except NotImplementedError:
        return False
    return True


@functools.lru_cache(maxsize=4096)  # the library scans every holiday on each call
def is_working_day(d: date) -> bool:
    """China's official calendar: holidays off, make-up Saturdays/Sundays (调休) on.

    For a year the library has no official schedule for (it knows 2004 until the year the
    State Council last published) this falls back to Monday-Friday.
    """
    try:
        return bool(chinese_calendar.is_workday(d))
    except NotImplementedError:
        return d.weekday() < 5


def next_working_day(d: date) -> date:
    """d itself when it is a working day, else the first working day after it."""
    while not is_working_day(d):
        d += timedelta(days=1)
    return d


def previous_working_day(d: date) -> date:
    while not is_working_day(d):
        d -= timedelta(days=1)
    return d


def shift_due(d: date, event: date | None = None) -> date:
    """The next working day; for an item tied to an event (a birthday, a maturity) the
    working day before instead when the next one would fall after the event itself."""
    later = next_working_day(d)
    if event is None or later <= event:
        return later
    return previous_working_day(d)


# --- birthdays ------------------------------------------------------------------------------


def gregorian_birthday_in(birth: date, year: int) -> date:
    if birth.month == 2 and birth.day == 29:
        try:
            return date(year, 2, 29)
        except ValueError:
            return date(year, 2, 28)  # no 29 February this year
    return birth.replace(year=year)


@functools.lru_cache(maxsize=1 << 17)  # a pure function the daily run asks ~150,000 times
def lunar_birthday_in(birth: date, lunar_year: int) -> date | None:
    """The Gregorian date of the lunar birthday in that lunar year (None out of range).

    Born in a leap month: that leap month when the year has it, else the ordinary month.
    Born on the 30th: the 29th in a year when that month has only 29 days.
    """
    try:
        born = LunarDate.from_solar_date(birth.year, birth.month, birth.day)
        # out of its range (lunar years 1900-2099) the library answers wrongly instead of
        # raising: only a date that converts back to itself is trusted
        if born.to_solar_date() != birth:
            return None
        leap = born.is_leap_month and LunarDate.leap_month_for_year(lunar_year) == born.month
    except (ValueError, IndexError):
        return None
    for day in range(born.day, max(born.day - 2, 0), -1):
        try:
            result: date = LunarDate(lunar_year, born.month, day, leap).to_solar_date()
        except (ValueError, IndexError):
            continue
        return result
    return None


def birthday_occurrences(
    birth: date, lunar: bool, first: date, last: date
) -> list[tuple[int, date]]:
    """(year, date) of each birthday in [first, last]; the year is the lunar year for a
    lunar birthday, so its December-February occurrences keep one key per lunar year."""
    found = []
    for year in range(first.year - 1, last.year + 1):
        on = lunar_birthday_in(birth, year) if lunar else gregorian_birthday_in(birth, year)
        if on is not None and first <= on <= last and on > birth:
            found.append((year, on))
    return found


# --- generation -----------------------------------------------------------------------------


@dataclass
class _Plan:
    """What one run will write: new rows, moved items (id -> new values), ids to remove."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    moves: dict[int, dict[str, Any]] = field(default_factory=dict)
    remove: list[int] = field(default_factory=list)
    skipped: int = 0
    years: set[int] = field(default_factory=set)


GENERATED_SETTING = "followups_generated"  # {"day", "at"} of generate_followups' last run


def generate_followups(book: Book, horizon_days: int = DEFAULT_HORIZON_DAYS) -> GenerationReport:
    """Raise the maturity, birthday and cadence follow-ups due within horizon_days.

    Idempotent by source_key: a second run creates nothing, and a done or cancelled
    generated item is never raised again.
    """
    rules = RuleSettings.load(book)
    now = book.clock.now()
    today, last = now.date(), now.date() + timedelta(days=horizon_days)
    with book.write() as session:
        keys = _keys(session, FollowUpEntity.source_key.is_not(None))
        plan = _Plan()
        _plan_maturities(session, rules, today, last, keys, plan)
        _plan_birthdays(session, rules, today, last, keys, plan)
        _plan_cadence(session, rules, today, last, keys, plan, now.tzinfo, None)
        _apply(session, plan, now)
    last_run = {"day": today.isoformat(), "at": to_storage(now).isoformat(" ")}
    book.set_setting(GENERATED_SETTING, last_run)
    return _report(rules, plan)


def generation_due(book: Book) -> bool:
    """Not generated yet on the clock's day, or a client was added, edited or imported
    since the last run (a holding maturing today must not wait for tomorrow, when it would
    be too late). Otherwise the day's run stands: a branch's 50,000-client book takes
    ~2.5 s, not to be paid at every start."""
    last_run = book.get_setting(GENERATED_SETTING)
    if not isinstance(last_run, dict) or last_run.get("day") != book.clock.now().date().isoformat():
        return True
    with book.read() as conn:
        changed = conn.execute(select(func.max(ClientEntity.updated_at))).scalar()
    return changed is not None and changed > datetime.fromisoformat(str(last_run.get("at")))


def sync_cadence(session: Session, rules: RuleSettings, now: datetime, client_ids: set[int]) -> int:
    """Move or drop the clients' open cadence items after a contact (in the caller's
    transaction); returns how many items changed."""
    today = now.date()
    keys = _keys(session, FollowUpEntity.client_id.in_(client_ids))
    plan = _Plan()
    last = today + timedelta(days=DEFAULT_HORIZON_DAYS)
    _plan_cadence(session, rules, today, last, keys, plan, now.tzinfo, client_ids)
    _apply(session, plan, now)
    return len(plan.rows) + len(plan.moves) + len(plan.remove)


def _keys(session: Session, where: ColumnElement[bool]) -> set[str]:
    found = session.scalars(select(FollowUpEntity.source_key).where(where))
    return {key for key in found if key is not None}


def _report(rules: RuleSettings, plan: _Plan) -> GenerationReport:
    unknown = sorted(y for y in plan.years if not holiday_data_known(y))
    changed = bool(plan.rows or plan.moves or plan.remove)
    return GenerationReport(
        created=len(plan.rows),
        skipped=plan.skipped,
        moved=len(plan.moves),
        removed=len(plan.remove),
        holiday_years_unknown=tuple(unknown) if rules.shift_holidays else (),
        changes=OpChanges(followups=True) if changed else OpChanges(),
    )


def _due(rules: RuleSettings, plan: _Plan, d: date, event: date | None = None) -> date:
    shifted = shift_due(d, event) if rules.shift_holidays else d
    plan.years.update({d.year, shifted.year})
    return shifted


def _row(
    client_id: int, kind: FollowUpKind, title: str, due: date, key: str, notes: str = ""
) -> dict[str, Any]:
    return {
        "client_id": client_id,
        "kind": kind.value,
        "title": title,
        "notes": notes,
        "due_on": due,
        "source_key": key,
    }


def _plan_maturities(
    session: Session, rules: RuleSettings, today: date, last: date, keys: set[str], plan: _Plan
) -> None:
    rows = session.execute(
        select(
            HoldingEntity.client_id,
            HoldingEntity.name,
            HoldingEntity.maturity_date,
            HoldingEntity.amount_fen,
        )
        .join(ClientEntity, ClientEntity.id == HoldingEntity.client_id)
        .where(ClientEntity.archived_at.is_(None), HoldingEntity.maturity_date.is_not(None))
        # ordered, so new items get the same ids whichever plan SQLite picks
        .order_by(HoldingEntity.id)
    ).all()
    current: set[str] = set()
    lead = timedelta(days=rules.maturity_lead_days)
    for client_id, name, matures, amount_fen in rows:
        if matures is None:  # excluded by the query; tells the type checker
            continue
        # Holding ids change whenever the client is edited (the holdings are rewritten), so
        # the key names the client, the date and the product instead.
        digest = hashlib.sha1(name.strip().encode()).hexdigest()[:10]
        key = f"maturity:{client_id}:{matures.isoformat()}:{digest}"
        current.add(key)
        if not today <= matures <= last + lead:
            continue
        if key in keys:
            plan.skipped += 1
            continue
        keys.add(key)
        notes = f"到期金额 {amount_fen / 100:,.2f} 元" if amount_fen else ""
        due = _due(rules, plan, max(today, matures - lead), matures)
        title = f"产品到期：{name}（{matures.isoformat()}）"
        plan.rows.append(_row(client_id, FollowUpKind.MATURITY, title, due, key, notes))
    # an open item whose holding is gone or whose maturity date changed is stale (archived
    # clients' items are left alone: restoring the client brings them back as they were)
    opens = session.execute(
        select(FollowUpEntity.id, FollowUpEntity.source_key)
        .join(ClientEntity, ClientEntity.id == FollowUpEntity.client_id)
        .where(
            FollowUpEntity.source_key.like("maturity:%"),
            FollowUpEntity.status.in_(_OPEN),
            ClientEntity.archived_at.is_(None),
        )
    )
    plan.remove.extend(fid for fid, key in opens if key not in current)


def _plan_birthdays(
    session: Session, rules: RuleSettings, today: date, last: date, keys: set[str], plan: _Plan
) -> None:
    rows = session.execute(
        select(ClientEntity.id, ClientEntity.birthday, ClientEntity.birthday_lunar)
        .where(ClientEntity.archived_at.is_(None), ClientEntity.birthday.is_not(None))
        .order_by(ClientEntity.id)
    ).all()
    lead = timedelta(days=rules.birthday_lead_days)
    for client_id, birth, lunar in rows:
        if birth is None:  # excluded by the query; tells the type checker
            continue
        for year, on in birthday_occurrences(birth, bool(lunar), today, last + lead):
            key = f"birthday:{client_id}:{year}"
            if key in keys:
                plan.skipped += 1
                continue
            keys.add(key)
            title = "农历生日祝福" if lunar else "生日祝福"
            due = _due(rules, plan, max(today, on - lead), on)
            note = f"生日 {on.isoformat()}"
            plan.rows.append(_row(client_id, FollowUpKind.BIRTHDAY, title, due, key, note))


def _plan_cadence(
    session: Session,
    rules: RuleSettings,
    today: date,
    last: date,
    keys: set[str],
    plan: _Plan,
    zone: tzinfo | None,
    client_ids: Iterable[int] | None,
) -> None:
    query = (
        select(
            ClientEntity.id,
            ClientEntity.tier,
            ClientEntity.last_contact_at,
            ClientEntity.client_since,
            ClientEntity.created_at,
        )
        .where(ClientEntity.archived_at.is_(None))
        .order_by(ClientEntity.id)
    )
    opens_query = select(
        FollowUpEntity.id, FollowUpEntity.client_id, FollowUpEntity.source_key
    ).where(FollowUpEntity.source_key.like("cadence:%"), FollowUpEntity.status.in_(_OPEN))
    opens_query = opens_query.order_by(FollowUpEntity.id)
    if client_ids is not None:
        query = query.where(ClientEntity.id.in_(client_ids))
        opens_query = opens_query.where(FollowUpEntity.client_id.in_(client_ids))
    opens: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for fid, cid, key in session.execute(opens_query):
        opens[cid].append((fid, key or ""))
    for client_id, tier, last_contact, since, created in session.execute(query):
        stale = opens.get(client_id, [])
        days = rules.cadence_days.get(tier)
        if days is None:
            plan.remove.extend(fid for fid, _ in stale)
            continue
        base = _local_date(last_contact or created, zone)
        if last_contact is None and since is not None:
            # never contacted: count from when the book learned of the client, or from
            # client_since when later, not from years before the book existed
            base = max(base, since)
        due = base + timedelta(days=days)
        key = f"cadence:{client_id}:{due.isoformat()}"
        wanted = due <= last and key not in keys
        plan.skipped += key in keys
        stale = [(fid, k) for fid, k in stale if k != key]
        if wanted and stale:
            # move the open item rather than replace it: its id (and exported UID) stays
            fid, _ = stale.pop(0)
            plan.moves[fid] = {
                "source_key": key,
                "due_on": _due(rules, plan, due),
                "status": FollowUpStatus.OPEN.value,
                "snoozed_until": None,
                "reminded_at": None,
            }
        elif wanted:
            title = "定期联系客户"
            plan.rows.append(_row(client_id, FollowUpKind.CALL, title, _due(rules, plan, due), key))
        if wanted:
            keys.add(key)
        plan.remove.extend(fid for fid, _ in stale)


def _local_date(stored: datetime, zone: tzinfo | None) -> date:
    moment = from_storage(stored, zone)
    assert moment is not None
    return moment.date()


def _apply(session: Session, plan: _Plan, now: datetime) -> None:
    stamp = to_storage(now)
    if plan.remove:
        # generated and superseded: a contact or a changed holding made them wrong
        session.execute(delete(FollowUpEntity).where(FollowUpEntity.id.in_(plan.remove)))
    for fid, values in plan.moves.items():
        session.execute(
            update(FollowUpEntity)
            .where(FollowUpEntity.id == fid)
            .values(updated_at=stamp, **values)
        )
    if plan.rows:
        extra = {"status": FollowUpStatus.OPEN.value, "created_at": stamp, "updated_at": stamp}
        session.execute(insert(FollowUpEntity), [row | extra for row in plan.rows])
