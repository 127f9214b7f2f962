"""The coaching mirror: what the RM ticked, skipped and rated in their last meetings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from rmcoach.clock import from_storage
from rmcoach.domain import display_name
from rmcoach.meeting_domain import Meeting
from rmcoach.phrasecoach import Finding, PhraseRule, check_text
from rmcoach.playbook import LocalText, Playbook
from rmcoach.services.book import Book
from rmcoach.services.insights.queries import is_done, meeting_moment
from rmcoach.services.meetings import playbooks
from rmcoach.services.meetings.queries import PREPARE_PREFIX, last_done_meeting
from rmcoach.storage.schema import ClientEntity
from rmcoach.storage.schema_meetings import (
    MeetingCheckEntity,
    MeetingEntity,
    MeetingNoteEntity,
    MeetingRatingEntity,
)

# the phases with a checklist the RM ticks (follow-up has none: its items become tasks)
CHECKLIST_PHASES = ("prepare", "rapport", "questioning", "listening", "responding")
DEFAULT_MEETINGS = 20
TOP_SKIPPED = 5

_m = MeetingEntity.__table__.c
_c = ClientEntity.__table__.c


@dataclass(frozen=True)
class CoachedMeeting:
    """One done meeting as the mirror sees it; checked holds prepare and live items alike."""

    meeting_id: int
    at: datetime
    client_name: str
    checked: frozenset[str]
    ratings: tuple[tuple[str, int], ...] = ()
    text: str = ""  # the talking points and the notes, for the phrase coach


@dataclass(frozen=True)
class PhaseRate:
    phase_id: str
    title: LocalText
    ticked: int
    possible: int

    @property
    def rate(self) -> float:
        return self.ticked / self.possible if self.possible else 0.0


@dataclass(frozen=True)
class SkippedItem:
    item_id: str
    phase_id: str
    title: LocalText
    skipped: int  # in how many of the meetings it was not ticked
    meetings: int


@dataclass(frozen=True)
class MeetingFindings:
    meeting_id: int
    at: datetime
    client_name: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class CoachingReport:
    """The last `meetings` done meetings (ratings and findings are oldest first)."""

    meetings: int
    phase_rates: tuple[PhaseRate, ...]
    most_skipped: tuple[SkippedItem, ...]
    ratings: tuple[tuple[int, datetime, tuple[tuple[str, int], ...]], ...]
    average_ratings: tuple[tuple[str, float], ...]
    findings: tuple[MeetingFindings, ...]
    phase_titles: tuple[tuple[str, LocalText], ...] = ()  # every phase of the playbook

    @property
    def findings_by_category(self) -> dict[str, int]:
        counts = Counter(f.category for m in self.findings for f in m.findings)
        return dict(sorted(counts.items()))


def coaching_report(
    meetings: Sequence[CoachedMeeting],
    playbook: Playbook,
    rules: Iterable[PhraseRule] | None = None,
    top: int = TOP_SKIPPED,
) -> CoachingReport:
    """The mirror over the given meetings (any order) against the playbook's checklists."""
    ordered = sorted(meetings, key=lambda m: (m.at, m.meeting_id))
    phases = [p for p in playbook.phases if p.id in CHECKLIST_PHASES]
    rates = tuple(
        PhaseRate(
            phase.id,
            phase.title,
            sum(item.id in m.checked for m in ordered for item in phase.items),
            len(ordered) * len(phase.items),
        )
        for phase in phases
    )
    skipped = [
        SkippedItem(
            item.id,
            phase.id,
            item.title,
            sum(item.id not in m.checked for m in ordered),
            len(ordered),
        )
        for phase in phases
        for item in phase.items
    ]
    # most skipped first; between equals the playbook's order (sorted() is stable)
    most = tuple(sorted((s for s in skipped if s.skipped), key=lambda s: -s.skipped)[:top])
    by_phase: dict[str, list[int]] = {}
    for meeting in ordered:
        for phase_id, rating in meeting.ratings:
            by_phase.setdefault(phase_id, []).append(rating)
    order = {phase.id: index for index, phase in enumerate(playbook.phases)}
    averages = tuple(
        (phase_id, sum(values) / len(values))
        for phase_id, values in sorted(by_phase.items(), key=lambda kv: order.get(kv[0], 99))
    )
    rule_set = None if rules is None else tuple(rules)
    return CoachingReport(
        meetings=len(ordered),
        phase_rates=rates,
        most_skipped=most,
        ratings=tuple((m.meeting_id, m.at, m.ratings) for m in ordered),
        average_ratings=averages,
        findings=tuple(
            MeetingFindings(m.meeting_id, m.at, m.client_name, tuple(check_text(m.text, rule_set)))
            for m in ordered
        ),
        phase_titles=tuple((phase.id, phase.title) for phase in playbook.phases),
    )


def coached_meetings(book: Book, count: int = DEFAULT_MEETINGS) -> list[CoachedMeeting]:
    """The last `count` done meetings, newest first, with their checks, ratings and notes."""
    statement = (
        select(_m.id, meeting_moment().label("at"), _m.talking_points, _c.name_zh, _c.name_en)
        .join(ClientEntity.__table__, _c.id == _m.client_id)
        .where(is_done())
        .order_by(meeting_moment().desc(), _m.id.desc())
        .limit(max(0, count))
    )
    zone = book.clock.now().tzinfo
    with book.read() as conn:
        rows = conn.execute(statement).all()
        ids = [row.id for row in rows]
        checks: dict[int, set[str]] = {i: set() for i in ids}
        for meeting_id, item_id in conn.execute(
            select(MeetingCheckEntity.meeting_id, MeetingCheckEntity.item_id).where(
                MeetingCheckEntity.meeting_id.in_(ids)
            )
        ):
            checks[meeting_id].add(item_id.removeprefix(PREPARE_PREFIX))
        ratings: dict[int, list[tuple[str, int]]] = {i: [] for i in ids}
        for meeting_id, phase_id, rating in conn.execute(
            select(
                MeetingRatingEntity.meeting_id,
                MeetingRatingEntity.phase_id,
                MeetingRatingEntity.rating,
            )
            .where(MeetingRatingEntity.meeting_id.in_(ids))
            .order_by(MeetingRatingEntity.id)
        ):
            ratings[meeting_id].append((phase_id, rating))
        notes: dict[int, list[str]] = {i: [] for i in ids}
        for meeting_id, text in conn.execute(
            select(MeetingNoteEntity.meeting_id, MeetingNoteEntity.text)
            .where(MeetingNoteEntity.meeting_id.in_(ids))
            .order_by(MeetingNoteEntity.at, MeetingNoteEntity.id)
        ):
            notes[meeting_id].append(text)
    found: list[CoachedMeeting] = []
    for row in rows:
        at = from_storage(row.at, zone)
        assert at is not None
        found.append(
            CoachedMeeting(
                meeting_id=row.id,
                at=at,
                client_name=display_name(row.name_zh, row.name_en),
                checked=frozenset(checks[row.id]),
                ratings=tuple(ratings[row.id]),
                text="\n".join(t for t in (row.talking_points, *notes[row.id]) if t),
            )
        )
    return found


def coaching(book: Book, count: int = DEFAULT_MEETINGS) -> CoachingReport:
    """The coaching mirror over the last `count` done meetings, against the book's playbook."""
    return coaching_report(coached_meetings(book, count), playbooks.active_playbook(book))


def skipped_last_time(book: Book, client_id: int) -> tuple[str, ...]:
    """Checklist item ids (playbook order) not ticked in the last done meeting with this
    client; () when there has been none. For the preparation screen."""
    meeting = last_done_meeting(book, client_id)
    if meeting is None:
        return ()
    return skipped_items(meeting, playbooks.active_playbook(book))


def skipped_items(meeting: Meeting, playbook: Playbook) -> tuple[str, ...]:
    """The playbook's checklist item ids (in its order) the meeting did not tick."""
    checked = meeting.ticked | meeting.prepare_checked
    return tuple(
        item.id
        for phase in playbook.phases
        if phase.id in CHECKLIST_PHASES
        for item in phase.items
        if item.id not in checked
    )
