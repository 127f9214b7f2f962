"""Reading meetings: one in full, a client's history, the live one, the calendar, counts."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from rmcoach.clock import from_storage, to_storage
from rmcoach.domain import ProductRisk, ProductType, display_name
from rmcoach.meeting_domain import (
    Amendment,
    Directness,
    FollowUpDraft,
    FollowUpKind,
    Meeting,
    MeetingNote,
    MeetingPlan,
    MeetingStatus,
    MeetingSummary,
    MeetingType,
    Objection,
    Outcome,
    ProposedProduct,
    QuestionStyle,
    WrapUp,
)
from rmcoach.services.book import Book
from rmcoach.services.meetings.validation import MeetingNotFoundError
from rmcoach.storage.schema import ClientEntity
from rmcoach.storage.schema_meetings import (
    FollowUpEntity,
    MeetingAmendmentEntity,
    MeetingCheckEntity,
    MeetingEntity,
    MeetingNoteEntity,
    MeetingObjectionEntity,
    MeetingProductEntity,
    MeetingRatingEntity,
)

# meeting_checks holds both checklists in one table without a phase column; prepare checks
# carry this prefix (':' never occurs in a playbook item id), live ticks are stored bare.
PREPARE_PREFIX = "prepare:"
NEXT_CONTACT_KEY = "meeting:{id}:next_contact"  # followups.source_key of the next-contact call

_m = MeetingEntity.__table__.c


def get_meeting(book: Book, meeting_id: int) -> Meeting:
    with book.session() as session:
        return to_meeting(session, get_entity(session, meeting_id))


def client_meetings(book: Book, client_id: int) -> tuple[MeetingSummary, ...]:
    """The client's meetings, cancelled ones included, newest first."""
    when = func.coalesce(_m.started_at, _m.scheduled_at, _m.created_at)
    return _summaries(
        book, _summary_query().where(_m.client_id == client_id).order_by(when.desc(), _m.id.desc())
    )


def next_planned_meeting(book: Book, client_id: int) -> Meeting | None:
    """The soonest planned meeting from today on (unscheduled ones after scheduled ones)."""
    start = day_start(book, book.clock.now().date())
    statement = (
        select(_m.id)
        .where(
            _m.client_id == client_id,
            _m.status == MeetingStatus.PLANNED.value,
            _m.scheduled_at.is_(None) | (_m.scheduled_at >= start),
        )
        .order_by(_m.scheduled_at.asc().nulls_last(), _m.id)
        .limit(1)
    )
    return _first_meeting(book, statement)


def last_done_meeting(book: Book, client_id: int) -> Meeting | None:
    statement = (
        select(_m.id)
        .where(_m.client_id == client_id, _m.status == MeetingStatus.DONE.value)
        .order_by(func.coalesce(_m.ended_at, _m.completed_at).desc(), _m.id.desc())
        .limit(1)
    )
    return _first_meeting(book, statement)


def planned_meetings(book: Book, start: date, end: date) -> tuple[MeetingSummary, ...]:
    """Planned meetings scheduled from start to end (both included, the clock's days)."""
    statement = _summary_query().where(
        _m.status == MeetingStatus.PLANNED.value,
        _m.scheduled_at >= day_start(book, start),
        _m.scheduled_at < day_start(book, end + timedelta(days=1)),
    )
    return _summaries(book, statement.order_by(_m.scheduled_at, _m.id))


def _count(*where: ColumnElement[bool]) -> Select[int]:
    return select(func.count()).select_from(MeetingEntity).where(*where)


# Shaped like stats.STAT_QUERIES, so the book statistics can take them in as they are.
MEETING_STAT_QUERIES: dict[str, Select[int]] = {
    "meetings": _count(_m.status != MeetingStatus.CANCELLED.value),
    "meetings_planned": _count(_m.status == MeetingStatus.PLANNED.value),
}


def meeting_counts(book: Book) -> dict[str, int]:
    """Meetings not cancelled, and those still planned."""
    with book.read() as conn:
        return {name: int(conn.execute(q).scalar_one()) for name, q in MEETING_STAT_QUERIES.items()}


def live_meeting(book: Book) -> Meeting | None:
    """The meeting left live (to offer resuming it at start-up); the newest if several."""
    statement = (
        select(_m.id)
        .where(_m.status == MeetingStatus.LIVE.value)
        .order_by(_m.started_at.desc().nulls_last(), _m.id.desc())
        .limit(1)
    )
    return _first_meeting(book, statement)


def get_entity(session: Session, meeting_id: int) -> MeetingEntity:
    entity = session.get(MeetingEntity, meeting_id)
    if entity is None:
        raise MeetingNotFoundError(f"no meeting with id {meeting_id}")
    return entity


def to_meeting(session: Session, m: MeetingEntity) -> Meeting:
    def rows(entity: Any, *order: Any) -> list[Any]:
        statement = select(entity).where(entity.meeting_id == m.id).order_by(*order)
        return list(session.scalars(statement))

    checks = [c.item_id for c in rows(MeetingCheckEntity, MeetingCheckEntity.id)]
    products = rows(MeetingProductEntity, MeetingProductEntity.position, MeetingProductEntity.id)
    client = session.get(ClientEntity, m.client_id)
    plan = MeetingPlan(
        client_id=m.client_id,
        meeting_type=MeetingType(m.meeting_type),
        scheduled_at=from_storage(m.scheduled_at),
        duration_minutes=m.duration_minutes,
        place=m.place,
        objectives=tuple(json.loads(m.objectives_json)),
        questions=tuple(json.loads(m.questions_json)),
        talking_points=m.talking_points,
        products=tuple(
            ProposedProduct(
                name=p.name,
                risk=ProductRisk(p.risk) if p.risk else None,
                product_type=ProductType(p.product_type),
                discussed=p.discussed,
            )
            for p in products
        ),
        question_style=QuestionStyle(m.question_style) if m.question_style else None,
        directness=Directness(m.directness) if m.directness else None,
    )
    wrap = None
    if m.outcome is not None:
        ratings = rows(MeetingRatingEntity, MeetingRatingEntity.id)
        followups = session.scalars(
            select(FollowUpEntity)
            .where(
                FollowUpEntity.meeting_id == m.id,
                FollowUpEntity.source_key.is_distinct_from(NEXT_CONTACT_KEY.format(id=m.id)),
            )
            .order_by(FollowUpEntity.id)
        )
        wrap = WrapUp(
            outcome=Outcome(m.outcome),
            real_intent=m.real_intent,
            outcome_notes=m.outcome_notes,
            satisfaction=m.satisfaction,
            phase_ratings=tuple((r.phase_id, r.rating) for r in ratings),
            followups=tuple(
                FollowUpDraft(
                    client_id=f.client_id,
                    title=f.title,
                    kind=FollowUpKind(f.kind),
                    due_on=f.due_on,
                    due_time=f.due_time,
                    notes=f.notes,
                    meeting_id=f.meeting_id,
                )
                for f in followups
            ),
            next_contact_on=m.next_contact_on,
        )
    return Meeting(
        id=m.id,
        plan=plan,
        status=MeetingStatus(m.status),
        playbook_id=m.playbook_id,
        playbook_version=m.playbook_version,
        created_at=aware(m.created_at),
        prepare_checked=frozenset(
            c.removeprefix(PREPARE_PREFIX) for c in checks if c.startswith(PREPARE_PREFIX)
        ),
        ticked=frozenset(c for c in checks if not c.startswith(PREPARE_PREFIX)),
        started_at=from_storage(m.started_at),
        ended_at=from_storage(m.ended_at),
        notes=tuple(
            MeetingNote(at=aware(n.at), text=n.text, id=n.id)
            for n in rows(MeetingNoteEntity, MeetingNoteEntity.at, MeetingNoteEntity.id)
        ),
        note_draft=m.note_draft,
        stated_needs=m.stated_needs,
        real_intent=m.real_intent,
        objections=tuple(
            objection_value(o)
            for o in rows(
                MeetingObjectionEntity, MeetingObjectionEntity.at, MeetingObjectionEntity.id
            )
        ),
        consent_to_record=m.consent_to_record,
        wrap_up=wrap,
        amendments=tuple(
            Amendment(at=aware(a.at), text=a.text, id=a.id)
            for a in rows(
                MeetingAmendmentEntity, MeetingAmendmentEntity.at, MeetingAmendmentEntity.id
            )
        ),
        client_name=display_name(client.name_zh, client.name_en) if client else "",
    )


def objection_value(row: MeetingObjectionEntity) -> Objection:
    return Objection(
        text=row.text, response=row.response, resolved=row.resolved, at=aware(row.at), id=row.id
    )


def _first_meeting(book: Book, statement: Select[Any]) -> Meeting | None:
    with book.session() as session:
        found = session.execute(statement).scalar_one_or_none()
        return None if found is None else to_meeting(session, get_entity(session, int(found)))


def _summary_query() -> Select[Any]:
    c = ClientEntity.__table__.c
    amendments = (
        select(func.count())
        .where(MeetingAmendmentEntity.meeting_id == _m.id)
        .correlate(MeetingEntity.__table__)
        .scalar_subquery()
    )
    return select(
        _m.id,
        _m.client_id,
        _m.meeting_type,
        _m.status,
        _m.scheduled_at,
        _m.started_at,
        _m.outcome,
        _m.satisfaction,
        _m.objectives_json,
        _m.place,
        _m.duration_minutes,
        c.name_zh,
        c.name_en,
        amendments.label("amendments"),
    ).join_from(MeetingEntity, ClientEntity, _m.client_id == c.id)


def _summaries(book: Book, statement: Select[Any]) -> tuple[MeetingSummary, ...]:
    with book.read() as conn:
        found = conn.execute(statement).all()
    return tuple(
        MeetingSummary(
            id=int(r.id),
            client_id=int(r.client_id),
            meeting_type=MeetingType(r.meeting_type),
            status=MeetingStatus(r.status),
            scheduled_at=from_storage(r.scheduled_at),
            started_at=from_storage(r.started_at),
            outcome=Outcome(r.outcome) if r.outcome else None,
            satisfaction=r.satisfaction,
            objectives=tuple(json.loads(r.objectives_json)),
            amendments=int(r.amendments),
            client_name=display_name(r.name_zh, r.name_en),
            place=r.place,
            duration_minutes=int(r.duration_minutes),
        )
        for r in found
    )


def day_start(book: Book, day: date) -> datetime:
    return to_storage(datetime.combine(day, time(), tzinfo=book.clock.now().tzinfo))


def aware(stored: datetime) -> datetime:
    moment = from_storage(stored)
    assert moment is not None
    return moment
