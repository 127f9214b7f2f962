"""What the Today and Calendar pages read on the worker thread: plain data, no widgets."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from rmcoach.domain import OpChanges, Tier
from rmcoach.meeting_domain import FollowUp, FollowUpKind, FollowUpStatus, MeetingSummary
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.followups import generated as followup_rules
from rmcoach.services.followups import records as followups
from rmcoach.services.followups import reminders
from rmcoach.services.insights import snapshots
from rmcoach.services.meetings import records as meetings
from ui.models.followup_model import meeting_day

AGENDA_STATUSES = (FollowUpStatus.OPEN, FollowUpStatus.SNOOZED, FollowUpStatus.DONE)
SHOWN_SECTIONS = ("overdue", "week")  # the Today sections that list only their first items


@dataclass(frozen=True)
class TodayData:
    """One load of the page, read on the worker (after generating, once a day)."""

    view: followups.TodayView
    meetings: tuple[MeetingSummary, ...]
    next_meeting: reminders.NextMeeting | None
    now: datetime
    amber_days: int
    book: str  # the book's path: a book opened later the same day generates too
    generated: followup_rules.GenerationReport | None = None
    changes: OpChanges = field(default_factory=OpChanges)  # what generating, snapshots changed
    show_all: frozenset[str] = frozenset()  # sections listed whole (SHOWN_SECTIONS' keys)


def load_today(book: Book, generate: bool, show_all: frozenset[str] = frozenset()) -> TodayData:
    """Generate follow-ups when asked or not yet done today, then read the Today view and
    meetings.

    Overdue and this week list at most TODAY_SHOWN items unless named in show_all.
    """
    generate = generate or followup_rules.generation_due(book)
    report = followup_rules.generate_followups(book) if generate else None
    changes = report.changes if report else OpChanges()
    if generate:  # once a day: today's asset figures, the history the trends are read from
        changes |= snapshots.take_snapshots(book, book.clock.now().date()).changes
    limits = {key: None if key in show_all else followups.TODAY_SHOWN for key in SHOWN_SECTIONS}
    view = followups.today_view(book, limits["overdue"], limits["week"])
    planned = meetings.planned_meetings(book, view.on, view.week_end)
    return TodayData(
        view=view,
        meetings=planned,
        next_meeting=reminders.next_meeting(book),
        now=book.clock.now(),
        amber_days=int(followup_rules.setting(book, "amber_days")),
        book=str(book.path),
        generated=report,
        changes=changes,
        show_all=show_all,
    )


@dataclass(frozen=True)
class Filters:
    """None means all; the kind filter may also ask for meetings only."""

    kinds: tuple[FollowUpKind, ...] | None = None
    tiers: tuple[Tier, ...] | None = None
    followups: bool = True
    meetings: bool = True


@dataclass(frozen=True)
class MonthData:
    loads: dict[date, followups.DayLoad]
    meetings: dict[date, int]
    now: datetime
    amber_days: int


def _meetings(book: Book, start: date, end: date, filters: Filters) -> tuple[MeetingSummary, ...]:
    if not filters.meetings:
        return ()
    planned = meetings.planned_meetings(book, start, end)
    if filters.tiers is None:
        return planned
    # planned_meetings has no tier filter: look up the (few) clients of the range
    tiers = {c: clients.get_client(book, c).draft.tier for c in {m.client_id for m in planned}}
    return tuple(m for m in planned if tiers[m.client_id] in filters.tiers)


def load_month(book: Book, start: date, end: date, filters: Filters) -> MonthData:
    now = book.clock.now()
    loads = (
        followups.day_loads(book, start, end, filters.kinds, filters.tiers)
        if filters.followups
        else {}
    )
    days = Counter(meeting_day(m, now.tzinfo) for m in _meetings(book, start, end, filters))
    return MonthData(
        loads=loads,
        meetings={d: n for d, n in days.items() if d is not None},
        now=now,
        amber_days=int(followup_rules.setting(book, "amber_days")),
    )


def load_agenda(
    book: Book, start: date, end: date, filters: Filters
) -> tuple[tuple[FollowUp, ...], tuple[MeetingSummary, ...]]:
    found = (
        followups.followups_between(
            book, start, end, filters.kinds, filters.tiers, statuses=AGENDA_STATUSES
        )
        if filters.followups
        else ()
    )
    return found, _meetings(book, start, end, filters)
