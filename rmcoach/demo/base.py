"""What the demo generators share: random draws, the batch a step sees, and bulk row writes."""

from __future__ import annotations

import functools
import random
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from datetime import time as clock_time
from itertools import accumulate
from operator import itemgetter
from typing import Any, Generic, TypeVar

from sqlalchemy import Boolean, Date, DateTime, Table, TableClause
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from rmcoach.clock import to_storage
from rmcoach.meeting_domain import MeetingType, Outcome
from rmcoach.services.followups.generated import is_working_day

_T = TypeVar("_T")
Row = tuple[Any, ...]


class Weighted(Generic[_T]):
    """A weighted draw from one random() call (random.choices costs ~4x more per draw)."""

    def __init__(self, pairs: Iterable[tuple[_T, float]]) -> None:
        items = list(pairs)
        self.items = [item for item, _ in items]
        self.bounds = list(accumulate(weight for _, weight in items))

    def draw(self, rng: random.Random) -> _T:
        return self.items[bisect_right(self.bounds, rng.random() * self.bounds[-1])]


class Draws:
    """Draws built on random() alone: several times faster than randint/choice, and its
    sequence is the part of `random` that Python keeps stable across versions."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def between(self, low: int, high: int) -> int:
        return low + int(self.rng.random() * (high - low + 1))

    def choice(self, items: Sequence[_T]) -> _T:
        return items[int(self.rng.random() * len(items))]

    def sample(self, items: Sequence[_T], k: int) -> list[_T]:
        chosen: list[_T] = []
        while len(chosen) < min(k, len(items)):
            item = self.choice(items)
            if item not in chosen:
                chosen.append(item)
        return chosen


class LocalDays:
    """Moments of a local day in the clock's zone, as the naive UTC the book stores."""

    def __init__(self, zone: tzinfo | None) -> None:
        self.zone = zone
        self.noons: dict[date, datetime] = {}

    def at(self, day: date, minutes: int) -> datetime:
        """`minutes` after local midnight (daytime only) on day, as naive UTC."""
        noon = self.noons.get(day)
        if noon is None:
            local = datetime.combine(day, clock_time(12), tzinfo=self.zone)
            noon = self.noons[day] = to_storage(local)
        # clocks change at night, so an offset from noon's UTC instant is what to_storage
        # gives for each daytime moment, at a fraction of the cost
        return noon + timedelta(minutes=minutes - 12 * 60)


@functools.cache
def working_day(day: date) -> bool:
    """China's official working days (followup_rules), cached: asked ~a million times."""
    return is_working_day(day)


@dataclass(slots=True)
class DoneMeeting:
    """A wrapped-up meeting as the follow-ups step needs it."""

    id: int
    day: date  # the clock's local day
    completed_at: int  # the wrap-up, in Minutes
    meeting_type: MeetingType
    outcome: Outcome
    product: str  # the first product discussed, else one the client holds
    unresolved: list[tuple[str, str]]  # objections left open: (text, response)
    promise: str  # a note promising material, "" when none
    next_contact_on: date | None


@dataclass
class DemoClient:
    """One generated client as plain table rows, ready for the steps that write them.

    Attributes:
        meetings: what the meetings step made for the client, for the steps after it.
    """

    row: dict[str, Any]  # a clients row, id included
    interests: list[str]
    tags: list[str]
    holdings: list[dict[str, Any]] = field(default_factory=list)
    household: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    meetings: list[DoneMeeting] = field(default_factory=list)


@dataclass(frozen=True)
class BulkRows:
    """Rows for one table, as tuples in `columns` order, in the form SQLite stores."""

    table: TableClause
    columns: tuple[str, ...]
    rows: list[Row]


@dataclass(frozen=True)
class Statement:
    sql: str
    params: Mapping[str, Any]


@dataclass
class Batch:
    """What one batch writes, in order (demo_writer.BatchWriter writes it).

    Attributes:
        first_ids: the id each table's new rows start at. Ids are given explicitly, so
            children can name their parents; the writer checks them in the transaction.
        ops: rows and statements, written in order (parents before their children).
    """

    size: int
    first_ids: dict[Table, int] = field(default_factory=dict)
    ops: list[BulkRows | Statement] = field(default_factory=list)


@dataclass(frozen=True)
class StepInput:
    """What one generation step sees for one batch; it adds what it writes to `batch`.

    Attributes:
        rng: the step's own random stream, so adding a step leaves earlier data unchanged.
        now: the book clock's time when generation started. Steps use its date and zone
            only, so the same seed on the same day gives the same book at any hour.
        next_ids: the next free id of tables whose ids steps give out, across batches.
        kept: what the step keeps from one batch to the next (built once per run).
    """

    clients: Sequence[DemoClient]
    rng: random.Random
    now: datetime
    batch: Batch
    next_ids: dict[Table, int]
    kept: dict[str, Any] = field(default_factory=dict)

    def write(self, entity: Any, columns: Sequence[str], rows: list[Row]) -> int:
        """Queue rows: tuples of ints, strings and None (dates as stored: Minutes, as_rows)."""
        table = entity.__table__ if hasattr(entity, "__table__") else entity
        self.batch.ops.append(BulkRows(table, tuple(columns), rows))
        return len(rows)

    def execute(self, sql: str, **params: Any) -> None:
        """Queue a statement, run after what was queued before it."""
        self.batch.ops.append(Statement(sql, params))

    def first_id(self, entity: Any) -> int:
        """The first id this batch gives out in the entity's table."""
        table: Table = entity.__table__
        return self.batch.first_ids.setdefault(table, self.next_ids[table])

    def ids_used(self, entity: Any, next_id: int) -> None:
        self.next_ids[entity.__table__] = next_id


# A step adds one part of a batch and returns what it added, by DemoSummary field.
Step = Callable[[StepInput], dict[str, int]]


def as_rows(entity: Any, rows: Sequence[Mapping[str, Any]]) -> tuple[tuple[str, ...], list[Row]]:
    """Dict rows as (columns, tuples) stored exactly as SQLAlchemy's insert() stores them:
    a column left out takes its Python-side default, dates and datetimes become its text,
    booleans 0/1. Every row must have the same keys."""
    if not rows:
        return (), []
    table: Table = entity.__table__
    given = tuple(rows[0])
    defaults = {
        col.name: col.default.arg
        for col in table.columns
        if col.name not in given and isinstance(col.default, ScalarElementColumnDefault)
    }
    if unknown := [c.name for c in table.columns if c.name not in given and c.name not in
                   defaults and c.default is not None]:  # fmt: skip
        raise ValueError(f"{table.name}: no value for {unknown} and no plain default")
    columns = given + tuple(defaults)
    convert = [
        (i, _datetime_text if isinstance(kind, DateTime) else date.isoformat
         if isinstance(kind, Date) else int)
        for i, kind in enumerate(table.c[name].type for name in columns)
        if isinstance(kind, DateTime | Date | Boolean)
    ]  # fmt: skip
    pick = itemgetter(*given)
    tail = tuple(defaults.values())
    converted = []
    for row in rows:
        values = [*(pick(row) if len(given) > 1 else (row[given[0]],)), *tail]
        for i, to_text in convert:
            if values[i] is not None:
                values[i] = to_text(values[i])
        converted.append(tuple(values))
    return columns, converted


def _datetime_text(moment: datetime) -> str:
    """As SQLAlchemy stores a naive datetime in SQLite."""
    return moment.isoformat(" ", "microseconds")


_CLOCK = [f" {h:02d}:{m:02d}:00.000000" for h in range(24) for m in range(60)]
_DAY = 24 * 60


def minute_of(moment: datetime) -> int:
    """A naive UTC datetime (whole minutes) as a Minutes number."""
    return moment.toordinal() * _DAY + moment.hour * 60 + moment.minute


class Minutes:
    """Moments as whole minutes since 0001-01-01 UTC: plain ints to add and compare, written
    out as SQLAlchemy stores a datetime in SQLite, without a datetime object per row.

    Attributes:
        zone: the clock's zone, in which local days and times of day are meant.
    """

    def __init__(self, zone: tzinfo | None) -> None:
        self.zone = zone
        self.noons: dict[date, int] = {}
        self.days: dict[int, str] = {}

    def local(self, day: date, minutes: int) -> int:
        """`minutes` after local midnight on day (daytime only: see LocalDays.at)."""
        noon = self.noons.get(day)
        if noon is None:
            utc = to_storage(datetime.combine(day, clock_time(12), tzinfo=self.zone))
            noon = self.noons[day] = minute_of(utc)
        return noon + minutes - 12 * 60

    def stamp(self, minute: int) -> str:
        """The stored text of the moment, e.g. '2026-11-28 02:30:00.000000'."""
        day, rest = divmod(minute, _DAY)
        text = self.days.get(day)
        if text is None:
            text = self.days[day] = date.fromordinal(day).isoformat()
        return text + _CLOCK[rest]


def json_list(texts: Sequence[str]) -> str:
    """json.dumps(texts, ensure_ascii=False) for texts with no quote, backslash or control
    character (true of every demo vocabulary, as a test checks), at a tenth of the cost."""
    return '["' + '", "'.join(texts) + '"]' if texts else "[]"
