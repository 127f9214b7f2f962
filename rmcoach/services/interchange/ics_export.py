"""Calendar export (RFC 5545): planned meetings as VEVENT, follow-ups as VTODO, with alarms."""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path

from icalendar import Alarm, Calendar, Event, Todo
from sqlalchemy import select

from rmcoach.domain import display_name
from rmcoach.meeting_domain import FollowUp, FollowUpStatus, MeetingStatus
from rmcoach.services.book import Book
from rmcoach.services.followups.records import (
    FOLLOWUP_COLUMNS,
    OPEN_STATUSES,
    shows_on_day,
    to_followup,
)
from rmcoach.storage.schema import ClientEntity
from rmcoach.storage.schema_meetings import FollowUpEntity, MeetingEntity

UID_NAMESPACE_KEY = "ics_uid_namespace"
ALARM_BEFORE = timedelta(minutes=15)
ALL_DAY_ALARM_AT = time(9, 0)  # an all-day item reminds at 9:00 that morning
MEETING_SUMMARY = "客户会面：{name}"
PRODID = "-//RM Coach//rmcoach//ZH"


class IcsExportError(Exception):
    """The calendar file cannot be written; the message says where and why."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    events: int
    todos: int


def mask_name(name_zh: str, name_en: str) -> str:
    """The first character and '*': enough for the RM to tell clients apart."""
    name = (name_zh or name_en).strip()
    return f"{name[0]}*" if name else "*"


def uid_namespace(book: Book) -> str:
    """A random tag per book, kept in its settings: two books' UIDs never collide."""
    stored = book.get_setting(UID_NAMESPACE_KEY)
    if isinstance(stored, str) and stored:
        return stored
    fresh = secrets.token_hex(8)
    book.set_setting(UID_NAMESPACE_KEY, fresh)
    return fresh


def export_ics(
    book: Book, out: Path, mask_names: bool = True, include_done: bool = False
) -> ExportReport:
    """Write the book's planned meetings and open follow-ups (done ones too when asked).

    By default only what a calendar needs leaves the app: a masked client name, the
    title and the time; never a phone number, an amount or a note. The file is replaced
    atomically, so a calendar watching it never reads half a file.
    """
    _check_target(out)
    data = render_ics(book, mask_names, include_done)
    _write_atomically(out, data.ics)
    return ExportReport(out, data.events, data.todos)


@dataclass(frozen=True)
class Rendered:
    ics: bytes
    events: int
    todos: int


def render_ics(book: Book, mask_names: bool = True, include_done: bool = False) -> Rendered:
    now = book.clock.now()
    zone = now.tzinfo
    namespace = uid_namespace(book)
    stamp = now.astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "RM Coach")

    statuses = [s.value for s in OPEN_STATUSES]
    if include_done:
        statuses.append(FollowUpStatus.DONE.value)
    meetings_query = (
        select(
            MeetingEntity.id,
            MeetingEntity.scheduled_at,
            MeetingEntity.duration_minutes,
            MeetingEntity.place,
            ClientEntity.name_zh,
            ClientEntity.name_en,
        )
        .join(ClientEntity, ClientEntity.id == MeetingEntity.client_id)
        .where(
            MeetingEntity.status == MeetingStatus.PLANNED.value,
            MeetingEntity.scheduled_at.is_not(None),
            ClientEntity.archived_at.is_(None),
        )
        .order_by(MeetingEntity.scheduled_at, MeetingEntity.id)
    )
    followups_query = FOLLOWUP_COLUMNS.add_columns(
        FollowUpEntity.updated_at.label("updated_at")
    ).where(FollowUpEntity.status.in_(statuses), ClientEntity.archived_at.is_(None))
    with book.read() as conn:
        meetings = conn.execute(meetings_query).all()
        followups = conn.execute(followups_query.order_by(shows_on_day, FollowUpEntity.id)).all()

    def name_of(name_zh: str, name_en: str) -> str:
        if mask_names:
            return mask_name(name_zh, name_en)
        return display_name(name_zh, name_en)

    for row in meetings:
        start = row.scheduled_at.replace(tzinfo=UTC)  # stored naive UTC
        event = Event()
        event.add("uid", f"meeting-{row.id}-{namespace}@rmcoach")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=max(row.duration_minutes, 1)))
        event.add("summary", MEETING_SUMMARY.format(name=name_of(row.name_zh, row.name_en)))
        event.add("status", "CONFIRMED")
        if row.place and not mask_names:  # a place may be the client's home address
            event.add("location", row.place)
        event.add_component(_alarm(timedelta() - ALARM_BEFORE))
        calendar.add_component(event)

    for row in followups:
        item = to_followup(row, zone)
        name = name_of(row.name_zh, row.name_en)
        todo = Todo()
        todo.add("uid", f"followup-{item.id}-{namespace}@rmcoach")
        todo.add("dtstamp", stamp)
        todo.add("last-modified", row.updated_at.replace(tzinfo=UTC))
        title = _masked_title(item.title, row.name_zh, row.name_en) if mask_names else item.title
        todo.add("summary", f"{title}（{name}）")
        todo.add("categories", [item.kind.value])
        _add_due(todo, item, zone)
        if item.status is FollowUpStatus.DONE:
            todo.add("status", "COMPLETED")
            if item.completed_at is not None:
                todo.add("completed", item.completed_at.astimezone(UTC))
        else:
            todo.add("status", "NEEDS-ACTION")
        calendar.add_component(todo)

    return Rendered(calendar.to_ical(), len(meetings), len(followups))


def _masked_title(title: str, name_zh: str, name_en: str) -> str:
    """A typed title may name the client ('给张伟打电话'): mask the name there too."""
    for full in (name_zh, name_en):
        if len(full) > 1:
            title = title.replace(full, mask_name(full, ""))
    return title


def _add_due(todo: Todo, item: FollowUp, zone: tzinfo | None) -> None:
    day: date = item.shows_on
    if item.due_time is None:
        todo.add("due", day)  # an all-day item: DUE;VALUE=DATE
        morning = datetime.combine(day, ALL_DAY_ALARM_AT).replace(tzinfo=zone)
        # an absolute trigger must be UTC (RFC 5545 3.8.6.3)
        todo.add_component(_alarm(morning.astimezone(UTC)))
        return
    due = datetime.combine(day, item.due_time).replace(tzinfo=zone)
    # UTC rather than a TZID: the system zone may be a bare offset with no VTIMEZONE
    todo.add("due", due.astimezone(UTC))
    todo.add_component(_alarm(timedelta() - ALARM_BEFORE, related="END"))


def _alarm(trigger: timedelta | datetime, related: str | None = None) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", "RM Coach")
    if isinstance(trigger, datetime):
        alarm.add("trigger", trigger, parameters={"VALUE": "DATE-TIME"})
    elif related:  # a VTODO's relative trigger counts from DUE, which RELATED=END names
        alarm.add("trigger", trigger, parameters={"RELATED": related})
    else:
        alarm.add("trigger", trigger)
    return alarm


def _check_target(out: Path) -> None:
    """Fail before any work, with a message naming the path and what is wrong with it."""
    if out.is_dir():
        raise IcsExportError(f"cannot write {out}: it is a folder")
    if not out.parent.is_dir():
        raise IcsExportError(f"cannot write {out}: the folder {out.parent} does not exist")


def _write_atomically(out: Path, data: bytes) -> None:
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    except OSError as exc:
        raise IcsExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise IcsExportError(f"cannot write {out}: {exc.strerror or exc}") from exc
