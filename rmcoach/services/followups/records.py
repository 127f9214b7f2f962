"""Follow-ups: what the RM promised or must do for a client, with a due date and a status."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, Literal, TypeAlias

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    ScalarSelect,
    Select,
    and_,
    case,
    func,
    select,
)
from sqlalchemy.orm import Session

from rmcoach.clock import from_storage, to_storage
from rmcoach.domain import Channel, OpChanges, Tier, display_name
from rmcoach.meeting_domain import FollowUp, FollowUpDraft, FollowUpKind, FollowUpStatus
from rmcoach.services.book import Book
from rmcoach.services.clients.records import ClientNotFoundError
from rmcoach.services.followups import generated as followup_rules
from rmcoach.storage.schema import ClientEntity, ContactEntity
from rmcoach.storage.schema_meetings import FollowUpEntity
from rmcoach.storage.sql_hints import unindexed

Urgency = Literal["overdue", "due", "later"]
AnySelect: TypeAlias = "Select[*tuple[Any, ...]]"
OPEN_STATUSES = (FollowUpStatus.OPEN, FollowUpStatus.SNOOZED)
WEEK_DAYS = 7  # the Today view's "this week": the seven days after today
# The Today view lists at most this many overdue and this-week items and counts the rest: a
# branch's book of 50,000 clients has 20,000 overdue, a list nobody can work through, and
# building it froze the page. Overdue keeps the most recently due (the oldest are likely
# stale), this week the soonest; today is always listed whole.
TODAY_SHOWN = 100

# Completing a follow-up counts as a contact; how it happened follows from its kind.
CHANNEL_BY_KIND = {
    FollowUpKind.CALL: Channel.PHONE,
    FollowUpKind.VISIT: Channel.VISIT,
    FollowUpKind.SEND_MATERIAL: Channel.EMAIL,
}


class FollowUpError(ValueError):
    """A follow-up that cannot be stored as given (no title, no due date)."""


class FollowUpNotFoundError(LookupError):
    """No follow-up with that id."""


@dataclass(frozen=True)
class FollowUpSaved:
    followup: FollowUp
    changes: OpChanges


@dataclass(frozen=True)
class TodayView:
    """The start page: overdue, due today, and the seven days after today (to week_end).

    Overdue and this week may list fewer than they hold (see today_view); their totals
    count them all.
    """

    on: date
    week_end: date
    overdue: tuple[FollowUp, ...]
    today: tuple[FollowUp, ...]
    this_week: tuple[FollowUp, ...]
    overdue_total: int
    this_week_total: int

    @property
    def overdue_hidden(self) -> int:
        return self.overdue_total - len(self.overdue)

    @property
    def this_week_hidden(self) -> int:
        return self.this_week_total - len(self.this_week)


@dataclass(frozen=True)
class DayLoad:
    """One day of the month view: count still to do (open or snoozed), how many of those
    are overdue (the day is past), and how many were done."""

    count: int
    overdue_count: int
    done_count: int = 0


def insert_followups(session: Session, drafts: Iterable[FollowUpDraft], now: datetime) -> list[int]:
    """Add follow-ups inside the caller's transaction (a wrap-up writes them with the meeting)."""
    stamp = to_storage(now)
    ids: list[int] = []
    for draft in drafts:
        if not draft.title.strip():
            raise FollowUpError("a follow-up needs a title")
        if draft.due_on is None:
            raise FollowUpError(f"follow-up {draft.title!r} needs a due date")
        entity = FollowUpEntity(
            client_id=draft.client_id,
            meeting_id=draft.meeting_id,
            kind=draft.kind.value,
            title=draft.title.strip(),
            notes=draft.notes,
            due_on=draft.due_on,
            due_time=draft.due_time,
            status=FollowUpStatus.OPEN.value,
            created_at=stamp,
            updated_at=stamp,
        )
        session.add(entity)
        session.flush()
        ids.append(entity.id)
    return ids


# --- writes ---------------------------------------------------------------------------------


def add_followup(book: Book, draft: FollowUpDraft) -> FollowUpSaved:
    with book.write() as session:
        if session.get(ClientEntity, draft.client_id) is None:
            raise ClientNotFoundError(f"no client with id {draft.client_id}")
        (new_id,) = insert_followups(session, [draft], book.clock.now())
        saved = _fetch(session, new_id, _zone(book))
    return FollowUpSaved(saved, _changes(saved.client_id))


def complete_followup(
    book: Book, followup_id: int, outcome: str, at: datetime | None = None
) -> FollowUpSaved:
    """Mark it done with its outcome. It counts as a contact with the client: a contact is
    logged, last contact moves forward, and the client's open cadence item follows."""
    rules = followup_rules.RuleSettings.load(book)
    now = book.clock.now()
    moment = to_storage(at or now)

    def apply(entity: FollowUpEntity, session: Session) -> None:
        entity.status = FollowUpStatus.DONE.value
        entity.outcome = outcome.strip()
        entity.completed_at = moment
        entity.snoozed_until = None
        channel = CHANNEL_BY_KIND.get(FollowUpKind(entity.kind), Channel.PHONE)
        summary = f"{entity.title}：{outcome.strip()}" if outcome.strip() else entity.title
        session.add(
            ContactEntity(
                client_id=entity.client_id,
                occurred_at=moment,
                channel=channel.value,
                summary=summary,
            )
        )
        client = session.get(ClientEntity, entity.client_id)
        if client is not None and (
            client.last_contact_at is None or moment > client.last_contact_at
        ):
            client.last_contact_at = moment
        session.flush()
        followup_rules.sync_cadence(session, rules, now, {entity.client_id})

    saved = _transition(book, followup_id, OPEN_STATUSES, "complete", apply)
    return FollowUpSaved(saved.followup, _changes(saved.followup.client_id, clients=True))


def snooze_followup(book: Book, followup_id: int, until: date) -> FollowUpSaved:
    """Hide it until a later day; it shows, and reminds, again on that day."""
    if until < book.clock.now().date():
        raise FollowUpError("a follow-up cannot be snoozed to a day in the past")

    def apply(entity: FollowUpEntity, _session: Session) -> None:
        entity.status = FollowUpStatus.SNOOZED.value
        entity.snoozed_until = until
        entity.reminded_at = None

    return _transition(book, followup_id, OPEN_STATUSES, "snooze", apply)


def reschedule_followup(
    book: Book, followup_id: int, due_on: date, due_time: time | None = None
) -> FollowUpSaved:
    def apply(entity: FollowUpEntity, _session: Session) -> None:
        entity.status = FollowUpStatus.OPEN.value
        entity.due_on = due_on
        entity.due_time = due_time
        entity.snoozed_until = None
        entity.reminded_at = None

    return _transition(book, followup_id, OPEN_STATUSES, "reschedule", apply)


def cancel_followup(book: Book, followup_id: int) -> FollowUpSaved:
    def apply(entity: FollowUpEntity, _session: Session) -> None:
        entity.status = FollowUpStatus.CANCELLED.value
        entity.snoozed_until = None

    return _transition(book, followup_id, OPEN_STATUSES, "cancel", apply)


def reopen_followup(book: Book, followup_id: int) -> FollowUpSaved:
    """Back to open; a contact logged when it was completed stays (it happened)."""

    def apply(entity: FollowUpEntity, _session: Session) -> None:
        entity.status = FollowUpStatus.OPEN.value
        entity.outcome = ""
        entity.completed_at = None
        entity.reminded_at = None

    closed = (FollowUpStatus.DONE, FollowUpStatus.CANCELLED)
    return _transition(book, followup_id, closed, "reopen", apply)


def _transition(
    book: Book,
    followup_id: int,
    allowed: tuple[FollowUpStatus, ...],
    verb: str,
    apply: Callable[[FollowUpEntity, Session], None],
) -> FollowUpSaved:
    with book.write() as session:
        entity = session.get(FollowUpEntity, followup_id)
        if entity is None:
            raise FollowUpNotFoundError(f"no follow-up with id {followup_id}")
        if entity.status not in allowed:
            raise FollowUpError(f"cannot {verb} follow-up {followup_id}: it is {entity.status}")
        apply(entity, session)
        entity.updated_at = to_storage(book.clock.now())
        session.flush()
        saved = _fetch(session, followup_id, _zone(book))
    return FollowUpSaved(saved, _changes(saved.client_id))


def _changes(client_id: int, clients: bool = False) -> OpChanges:
    return OpChanges(followups=True, clients=clients, client_ids=frozenset({client_id}))


# --- reads ----------------------------------------------------------------------------------

# The day a follow-up shows on: a snoozed one comes back on its snoozed_until date. A
# virtual column of the table, indexed with the status for the month view.
shows_on_day = FollowUpEntity.shows_on
_clients = ClientEntity.__table__.c

FOLLOWUP_COLUMNS = select(
    FollowUpEntity.id,
    FollowUpEntity.client_id,
    ClientEntity.name_zh,
    ClientEntity.name_en,
    FollowUpEntity.title,
    FollowUpEntity.kind,
    FollowUpEntity.due_on,
    FollowUpEntity.due_time,
    FollowUpEntity.status,
    FollowUpEntity.notes,
    FollowUpEntity.meeting_id,
    FollowUpEntity.outcome,
    FollowUpEntity.completed_at,
    FollowUpEntity.snoozed_until,
    FollowUpEntity.source_key,
).join(ClientEntity, ClientEntity.id == FollowUpEntity.client_id)


def get_followup(book: Book, followup_id: int) -> FollowUp:
    with book.session() as session:
        return _fetch(session, followup_id, _zone(book))


def followups_between(
    book: Book,
    start: date,
    end: date,
    kinds: Iterable[FollowUpKind] | None = None,
    tiers: Iterable[Tier] | None = None,
    statuses: Iterable[FollowUpStatus] = OPEN_STATUSES,
) -> tuple[FollowUp, ...]:
    """Follow-ups showing on start..end (both included) of active clients, by day and time."""
    query = _listed(
        FOLLOWUP_COLUMNS.where(_showing_between(start, end, statuses)),
        kinds,
        tiers,
    )
    return _run(book, query)


def client_followups(book: Book, client_id: int) -> tuple[FollowUp, ...]:
    """All of one client's follow-ups, every status, by the day they show on."""
    query = FOLLOWUP_COLUMNS.where(FollowUpEntity.client_id == client_id).order_by(
        shows_on_day, FollowUpEntity.due_time, FollowUpEntity.id
    )
    return _run(book, query)


def today_view(
    book: Book, overdue_limit: int | None = TODAY_SHOWN, week_limit: int | None = TODAY_SHOWN
) -> TodayView:
    """Overdue, today and the next seven days, in the clock's zone (open and snoozed).

    Each section is in day and time order. Overdue lists its overdue_limit most recently
    due items, this week its week_limit soonest (None: all); the totals come from a COUNT,
    so a huge book reads a hundred rows, not twenty thousand.
    """
    today = book.clock.now().date()
    week_end = today + timedelta(days=WEEK_DAYS)
    overdue = shows_on_day < today
    this_week = and_(shows_on_day > today, shows_on_day <= week_end)
    counts = select(_open_count(overdue), _open_count(this_week))
    zone = _zone(book)
    with book.read() as conn:
        overdue_total, week_total = conn.execute(counts).one()
        latest = _open_listed(conn, zone, overdue, overdue_limit, latest_first=True)
        due_today = _open_listed(conn, zone, shows_on_day == today)
        soonest = _open_listed(conn, zone, this_week, week_limit)
    return TodayView(
        on=today,
        week_end=week_end,
        overdue=latest[::-1],
        today=due_today,
        this_week=soonest,
        overdue_total=int(overdue_total),
        this_week_total=int(week_total),
    )


def _open_count(where: ColumnElement[bool]) -> ScalarSelect[int]:
    """How many open or snoozed items of active clients match, read from the day's index."""
    query = select(func.count()).select_from(FollowUpEntity).where(_open_by_day(), where)
    return _filtered(query, None, None).scalar_subquery()


def _open_listed(
    conn: Connection,
    zone: tzinfo | None,
    where: ColumnElement[bool],
    limit: int | None = None,
    latest_first: bool = False,
) -> tuple[FollowUp, ...]:
    """Open or snoozed items of active clients by day and time, or latest first; a LIMIT
    stops SQLite after the first `limit` of the day index's walk."""
    order = (shows_on_day, FollowUpEntity.due_time, FollowUpEntity.id)
    query = FOLLOWUP_COLUMNS.where(_open_by_day(), where).order_by(
        *(column.desc() for column in order) if latest_first else order
    )
    query = _filtered(query, None, None).limit(limit)
    return tuple(to_followup(row, zone) for row in conn.execute(query))


def _open_by_day() -> ColumnElement[bool]:
    """Open or snoozed, tested as `+status` so that the day leads the plan (see below)."""
    status = unindexed(FollowUpEntity.__table__.c.status)
    return status.in_([s.value for s in OPEN_STATUSES])


def _showing_between(
    start: date, end: date, statuses: Iterable[FollowUpStatus]
) -> ColumnElement[bool]:
    """Items in these statuses showing on start..end, found through ix_followups_shows_on.

    The status is tested as `+status`, which no index can serve, so that the planner cannot
    take ix_followups_due (every open item of all time) instead when a book has no
    statistics: a month of 16,000 follow-ups in 25 ms rather than 170.
    """
    status = unindexed(FollowUpEntity.__table__.c.status)
    return and_(status.in_([s.value for s in statuses]), shows_on_day.between(start, end))


def day_loads(
    book: Book,
    month_start: date,
    month_end: date,
    kinds: Iterable[FollowUpKind] | None = None,
    tiers: Iterable[Tier] | None = None,
) -> dict[date, DayLoad]:
    """Each day's load for the month view in one GROUP BY; days with nothing are left out."""
    today = book.clock.now().date()
    is_open = FollowUpEntity.status.in_([s.value for s in OPEN_STATUSES])
    is_done = FollowUpEntity.status == FollowUpStatus.DONE.value
    query = (
        select(
            shows_on_day.label("day"),
            func.sum(case((is_open, 1), else_=0)),
            func.sum(case((and_(is_open, shows_on_day < today), 1), else_=0)),
            func.sum(case((is_done, 1), else_=0)),
        )
        .select_from(FollowUpEntity)
        .where(_showing_between(month_start, month_end, (*OPEN_STATUSES, FollowUpStatus.DONE)))
        .group_by(shows_on_day)
    )
    query = _filtered(query, kinds, tiers)
    with book.read() as conn:
        rows = conn.execute(query).all()
    return {row[0]: DayLoad(int(row[1]), int(row[2]), int(row[3])) for row in rows}


def urgency(
    followup: FollowUp, today: date, amber_days: int = followup_rules.SETTING_DEFAULTS["amber_days"]
) -> Urgency:
    """'overdue' (red) before today, 'due' (amber) today or within amber_days, else 'later'.

    Done and cancelled items are never urgent.
    """
    if followup.status not in OPEN_STATUSES:
        return "later"
    if followup.shows_on < today:
        return "overdue"
    if followup.shows_on <= today + timedelta(days=amber_days):
        return "due"
    return "later"


def followup_counts(book: Book) -> dict[str, int]:
    """For `stats`: every stored follow-up, and those still to do (open or snoozed)."""
    is_open = FollowUpEntity.status.in_([s.value for s in OPEN_STATUSES])
    query = select(func.count(), func.coalesce(func.sum(case((is_open, 1), else_=0)), 0))
    with book.read() as conn:
        total, still_open = conn.execute(query.select_from(FollowUpEntity)).one()
    return {"followups": int(total), "followups_open": int(still_open)}


def _listed(
    query: AnySelect, kinds: Iterable[FollowUpKind] | None, tiers: Iterable[Tier] | None
) -> AnySelect:
    ordered = query.order_by(shows_on_day, FollowUpEntity.due_time, FollowUpEntity.id)
    return _filtered(ordered, kinds, tiers)


def _filtered(
    query: AnySelect, kinds: Iterable[FollowUpKind] | None, tiers: Iterable[Tier] | None
) -> AnySelect:
    """Archived clients stay off the calendar; kinds and tiers narrow it when given.

    Clients are tested through sets of ids rather than a join: the month view then reads
    nothing but its index, where looking up each item's client took 30 ms of its 35.
    """
    archived = select(_clients.id).where(_clients.archived_at.is_not(None))
    query = query.where(FollowUpEntity.client_id.not_in(archived))
    if kinds is not None:
        query = query.where(FollowUpEntity.kind.in_([k.value for k in kinds]))
    if tiers is not None:
        chosen = select(_clients.id).where(_clients.tier.in_([t.value for t in tiers]))
        # + : the day must lead the plan, not each chosen client's follow-ups
        query = query.where(unindexed(FollowUpEntity.__table__.c.client_id).in_(chosen))
    return query


def _run(book: Book, query: AnySelect) -> tuple[FollowUp, ...]:
    zone = _zone(book)
    with book.read() as conn:
        return tuple(to_followup(row, zone) for row in conn.execute(query))


def _fetch(session: Session, followup_id: int, zone: tzinfo | None) -> FollowUp:
    row = session.execute(FOLLOWUP_COLUMNS.where(FollowUpEntity.id == followup_id)).one_or_none()
    if row is None:
        raise FollowUpNotFoundError(f"no follow-up with id {followup_id}")
    return to_followup(row, zone)


def _zone(book: Book) -> tzinfo | None:
    return book.clock.now().tzinfo


def to_followup(row: Row[*tuple[Any, ...]], zone: tzinfo | None) -> FollowUp:
    """A row of FOLLOWUP_COLUMNS (or any select with the same labels) as a FollowUp."""
    m = row._mapping
    return FollowUp(
        id=m["id"],
        client_id=m["client_id"],
        client_name=display_name(m["name_zh"], m["name_en"]),
        title=m["title"],
        kind=FollowUpKind(m["kind"]),
        due_on=m["due_on"],
        due_time=m["due_time"],
        status=FollowUpStatus(m["status"]),
        notes=m["notes"],
        meeting_id=m["meeting_id"],
        outcome=m["outcome"],
        completed_at=from_storage(m["completed_at"], zone),
        snoozed_until=m["snoozed_until"],
        source_key=m["source_key"],
    )
