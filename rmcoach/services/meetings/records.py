"""Meetings: plan, live capture (one commit per tap), wrap-up, amendments and history."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from rmcoach.clock import to_storage
from rmcoach.compliance.domain import Reason
from rmcoach.domain import Channel, OpChanges, Written
from rmcoach.meeting_domain import (
    Amendment,
    Directness,
    FollowUpDraft,
    FollowUpKind,
    Meeting,
    MeetingNote,
    MeetingPlan,
    MeetingStatus,
    Objection,
    Outcome,
    ProposedProduct,
    QuestionStyle,
    WrapUp,
)
from rmcoach.playbook import (
    Playbook,
)
from rmcoach.services.book import Book
from rmcoach.services.clients.records import ClientNotFoundError
from rmcoach.services.followups import generated as followup_rules
from rmcoach.services.followups.records import insert_followups
from rmcoach.services.meetings import playbooks
from rmcoach.services.meetings.followup_suggestions import meeting_lang, suggest_followups
from rmcoach.services.meetings.products import (
    discussed_wanted,
    keep_discussed,
    mark_discussed,
    store_products,
)
from rmcoach.services.meetings.queries import (
    MEETING_STAT_QUERIES,
    NEXT_CONTACT_KEY,
    PREPARE_PREFIX,
    aware,
    client_meetings,
    get_entity,
    get_meeting,
    last_done_meeting,
    live_meeting,
    meeting_counts,
    next_planned_meeting,
    objection_value,
    planned_meetings,
    to_meeting,
)
from rmcoach.services.meetings.validation import (
    MeetingClosedError,
    MeetingFieldError,
    MeetingNotDoneError,
    MeetingNotFoundError,
    MeetingStateError,
    MeetingValidationError,
    SaleNotAllowedError,
    check_item_id,
    normalized_plan,
    plan_errors,
    required_text,
    wrap_up_errors,
)
from rmcoach.services.sales import suitability
from rmcoach.storage.schema import ClientEntity, ContactEntity
from rmcoach.storage.schema_meetings import (
    FollowUpEntity,
    MeetingAmendmentEntity,
    MeetingCheckEntity,
    MeetingEntity,
    MeetingNoteEntity,
    MeetingObjectionEntity,
    MeetingRatingEntity,
)

__all__ = [
    "MEETING_STAT_QUERIES",
    "MeetingClosedError",
    "MeetingFieldError",
    "MeetingNotDoneError",
    "MeetingNotFoundError",
    "MeetingSaved",
    "MeetingStateError",
    "MeetingValidationError",
    "SaleNotAllowedError",
    "add_note",
    "add_objection",
    "amend",
    "cancel_meeting",
    "client_meetings",
    "end_meeting",
    "get_meeting",
    "last_done_meeting",
    "live_meeting",
    "meeting_counts",
    "next_planned_meeting",
    "plan_meeting",
    "planned_meetings",
    "save_note_draft",
    "set_consent",
    "set_needs",
    "set_prepare_checked",
    "set_products_discussed",
    "set_real_intent",
    "set_ticked",
    "start_meeting",
    "suggest_followups",
    "update_objection",
    "update_plan",
    "wrap_up",
]

# A meeting moves planned -> live -> done (or cancelled). Once done it is a record: the only
# change it still takes is a dated amendment.
_CLOSED = (MeetingStatus.DONE.value, MeetingStatus.CANCELLED.value)


@dataclass(frozen=True)
class MeetingSaved:
    """The meeting after a write, and what the write changed."""

    meeting: Meeting
    changes: OpChanges


# ------------------------------------------------------------------------ preparation


def plan_meeting(book: Book, plan: MeetingPlan, playbook: Playbook | None = None) -> MeetingSaved:
    """Save a new planned meeting, recording the playbook (default: the active one) it uses."""
    plan = normalized_plan(plan)
    if errors := plan_errors(plan):
        raise MeetingValidationError(errors)
    used = playbook or playbooks.active_playbook(book)
    now = to_storage(book.clock.now())
    with book.write() as session:
        if session.get(ClientEntity, plan.client_id) is None:
            raise ClientNotFoundError(f"no client with id {plan.client_id}")
        entity = MeetingEntity(
            client_id=plan.client_id,
            status=MeetingStatus.PLANNED.value,
            playbook_id=used.id,
            playbook_version=used.version,
            created_at=now,
            updated_at=now,
        )
        _apply_plan(entity, plan)
        session.add(entity)
        session.flush()
        store_products(session, entity.id, plan.products)
        meeting = to_meeting(session, entity)
    return MeetingSaved(meeting, _changes(meeting.plan.client_id))


def update_plan(book: Book, meeting_id: int, plan: MeetingPlan) -> MeetingSaved:
    """Replace the plan while the meeting is planned or live; products discussed stay so."""
    plan = normalized_plan(plan)
    with book.write() as session:
        entity = _writable(book, session, meeting_id)
        errors = plan_errors(plan)
        if plan.client_id != entity.client_id:
            errors.append(MeetingFieldError("client_id", "client_changed"))
        if errors:
            raise MeetingValidationError(errors)
        _apply_plan(entity, plan)
        store_products(session, meeting_id, keep_discussed(session, meeting_id, plan.products))
        meeting = to_meeting(session, entity)
    return MeetingSaved(meeting, _changes(meeting.plan.client_id))


def set_prepare_checked(book: Book, meeting_id: int, item_id: str, checked: bool) -> OpChanges:
    """Tick or untick a prepare-checklist item (only the meeting's own view shows it)."""
    return _set_check(book, meeting_id, PREPARE_PREFIX, item_id, checked, start=False)


def cancel_meeting(book: Book, meeting_id: int) -> OpChanges:
    """Cancel a planned or live meeting (what was captured is kept); a done one refuses."""
    with book.write() as session:
        entity = get_entity(session, meeting_id)
        if entity.status == MeetingStatus.DONE.value:
            raise MeetingClosedError(meeting_id, MeetingStatus.DONE)
        entity.status = MeetingStatus.CANCELLED.value
        entity.updated_at = to_storage(book.clock.now())
        return _changes(entity.client_id)


# -------------------------------------------------------------------------- live mode


def start_meeting(book: Book, meeting_id: int) -> MeetingSaved:
    """Go live (started_at is set once); on a live meeting it only resumes the timer."""
    with book.write() as session:
        entity = _writable(book, session, meeting_id, start=True)
        entity.ended_at = None  # back in live mode after "end": the meeting goes on
        meeting = to_meeting(session, entity)
    return MeetingSaved(meeting, _changes(meeting.plan.client_id))


def end_meeting(book: Book, meeting_id: int) -> OpChanges:
    """Stop the meeting timer (ended_at) before the wrap-up; the meeting stays live."""
    with book.write() as session:
        entity, changes = _live(book, session, meeting_id)
        entity.ended_at = entity.ended_at or to_storage(book.clock.now())
        return changes


def set_ticked(book: Book, meeting_id: int, item_id: str, ticked: bool) -> OpChanges:
    """Tick or untick a live checklist item (rapport, questioning, listening, responding)."""
    return _set_check(book, meeting_id, "", item_id, ticked, start=True)


def add_note(
    book: Book, meeting_id: int, text: str, at: datetime | None = None
) -> Written[MeetingNote]:
    """Add a time-stamped quick note and clear the note box's saved draft."""
    if errors := required_text("text", text):
        raise MeetingValidationError(errors)
    moment = at or book.clock.now()
    if moment.tzinfo is None:
        raise MeetingValidationError([MeetingFieldError("at", "datetime_naive")])
    with book.write() as session:
        entity, changes = _live(book, session, meeting_id)
        entity.note_draft = ""
        note = MeetingNoteEntity(meeting_id=meeting_id, at=to_storage(moment), text=text.strip())
        session.add(note)
        session.flush()
        return Written(MeetingNote(at=aware(note.at), text=note.text, id=note.id), changes)


def save_note_draft(book: Book, meeting_id: int, text: str) -> OpChanges:
    """Keep what is typed in the note box, so a crash loses no half-written note."""
    return _set_field(book, meeting_id, "note_draft", text)


def set_needs(book: Book, meeting_id: int, stated_needs: str) -> OpChanges:
    return _set_field(book, meeting_id, "stated_needs", stated_needs)


def set_real_intent(book: Book, meeting_id: int, real_intent: str) -> OpChanges:
    return _set_field(book, meeting_id, "real_intent", real_intent)


def set_consent(book: Book, meeting_id: int, consent: bool | None) -> OpChanges:
    """The client's answer to recording (None: not asked yet)."""
    return _set_field(book, meeting_id, "consent_to_record", consent)


def add_objection(book: Book, meeting_id: int, text: str) -> Written[Objection]:
    if errors := required_text("text", text):
        raise MeetingValidationError(errors)
    with book.write() as session:
        _entity, changes = _live(book, session, meeting_id)
        row = MeetingObjectionEntity(
            meeting_id=meeting_id, at=to_storage(book.clock.now()), text=text.strip()
        )
        session.add(row)
        session.flush()
        return Written(objection_value(row), changes)


def update_objection(
    book: Book, objection_id: int, response: str, resolved: bool
) -> Written[Objection]:
    """Record the response given to an objection and whether it was resolved."""
    with book.write() as session:
        row = session.get(MeetingObjectionEntity, objection_id)
        if row is None:
            raise MeetingNotFoundError(f"no objection with id {objection_id}")
        _entity, changes = _live(book, session, row.meeting_id)
        row.response = response
        row.resolved = resolved
        return Written(objection_value(row), changes)


def set_products_discussed(
    book: Book, meeting_id: int, names_or_products: Iterable[str | ProposedProduct]
) -> OpChanges:
    """The products discussed, as a whole: proposed ones are marked, new ones added."""
    wanted = discussed_wanted(names_or_products)
    with book.write() as session:
        _entity, changes = _live(book, session, meeting_id)
        mark_discussed(session, meeting_id, wanted)
        return changes


# ---------------------------------------------------------------------------- wrap-up


def wrap_up(book: Book, meeting_id: int, wrap: WrapUp) -> MeetingSaved:
    """Close the meeting: outcome, ratings, follow-ups and the contact, in one transaction.

    A sale made (Outcome.AGREED) must pass suitability.sale_check, the gate the wrap-up
    screen shows: SaleNotAllowedError names its reasons and nothing is written.
    """
    now = book.clock.now()
    stamp = to_storage(now)
    # read before the write transaction opens
    rules = followup_rules.RuleSettings.load(book)
    refusal: tuple[Reason, ...] = ()
    if wrap.outcome is Outcome.AGREED:
        allowed, reasons = suitability.sale_check(book, meeting_id)
        refusal = () if allowed else reasons
    with book.write() as session:
        entity = _writable(book, session, meeting_id)
        if errors := wrap_up_errors(wrap, entity.client_id, now.date()):
            raise MeetingValidationError(errors)
        if refusal:
            raise SaleNotAllowedError(refusal)
        meeting = to_meeting(session, entity)
        entity.outcome = wrap.outcome.value
        # the wrap-up screen is prefilled with the live capture; a blank keeps that capture
        entity.real_intent = wrap.real_intent.strip() or entity.real_intent
        entity.outcome_notes = wrap.outcome_notes.strip()
        entity.satisfaction = wrap.satisfaction
        entity.next_contact_on = wrap.next_contact_on
        session.add_all(
            MeetingRatingEntity(meeting_id=meeting_id, phase_id=phase, rating=rating)
            for phase, rating in wrap.phase_ratings
        )
        drafts = [replace(d, meeting_id=meeting_id) for d in wrap.followups]
        insert_followups(session, drafts, now)
        if wrap.next_contact_on is not None and not any(
            d.kind is FollowUpKind.CALL and d.due_on == wrap.next_contact_on for d in drafts
        ):
            title = "下次联系" if meeting_lang(meeting) == "zh" else "Next contact"
            draft = FollowUpDraft(
                entity.client_id, title, due_on=wrap.next_contact_on, meeting_id=meeting_id
            )
            (followup_id,) = insert_followups(session, [draft], now)
            followup = session.get(FollowUpEntity, followup_id)
            assert followup is not None
            # keyed, so the wrap-up's own list reads back without it
            followup.source_key = NEXT_CONTACT_KEY.format(id=meeting_id)
        entity.ended_at = entity.ended_at or stamp
        entity.completed_at = stamp
        entity.status = MeetingStatus.DONE.value
        entity.updated_at = stamp
        _log_contact(session, entity, wrap, meeting)
        session.flush()
        # a meeting is a contact: the client's next cadence call moves out accordingly
        followup_rules.sync_cadence(session, rules, now, {entity.client_id})
        saved = to_meeting(session, entity)
    changes = OpChanges(
        clients=True, meetings=True, followups=True, client_ids=frozenset({saved.plan.client_id})
    )
    return MeetingSaved(saved, changes)


def amend(book: Book, meeting_id: int, text: str) -> Written[Amendment]:
    """Append a dated amendment to a done meeting; the record itself stays as written."""
    if errors := required_text("text", text):
        raise MeetingValidationError(errors)
    with book.write() as session:
        entity = get_entity(session, meeting_id)
        if entity.status != MeetingStatus.DONE.value:
            raise MeetingNotDoneError(meeting_id, MeetingStatus(entity.status))
        row = MeetingAmendmentEntity(
            meeting_id=meeting_id, at=to_storage(book.clock.now()), text=text.strip()
        )
        session.add(row)
        session.flush()
        amendment = Amendment(at=aware(row.at), text=row.text, id=row.id)
        return Written(amendment, _captured(entity.client_id))


# ---------------------------------------------------------------------------- helpers


def _changes(client_id: int) -> OpChanges:
    return OpChanges(meetings=True, client_ids=frozenset({client_id}))


def _captured(client_id: int, started: bool = False) -> OpChanges:
    """Something recorded inside a meeting; a planned meeting it started is news to lists."""
    return OpChanges(meeting_capture=True, meetings=started, client_ids=frozenset({client_id}))


def _writable(book: Book, session: Session, meeting_id: int, start: bool = False) -> MeetingEntity:
    """The meeting, if it may still change; start=True makes a planned meeting live.

    Anything captured in the meeting (a note, a tick) means it has begun, so live calls
    start it rather than refuse: the note is kept and the meeting is offered for resuming.
    """
    entity = get_entity(session, meeting_id)
    if entity.status in _CLOSED:
        raise MeetingClosedError(meeting_id, MeetingStatus(entity.status))
    now = to_storage(book.clock.now())
    if start and entity.status == MeetingStatus.PLANNED.value:
        entity.status = MeetingStatus.LIVE.value
        entity.started_at = now
    entity.updated_at = now
    return entity


def _live(book: Book, session: Session, meeting_id: int) -> tuple[MeetingEntity, OpChanges]:
    """The meeting for a live capture (a planned one goes live), and what the capture changed."""
    planned = get_entity(session, meeting_id).status == MeetingStatus.PLANNED.value
    entity = _writable(book, session, meeting_id, start=True)
    return entity, _captured(entity.client_id, started=planned)


def _set_field(book: Book, meeting_id: int, name: str, value: object) -> OpChanges:
    with book.write() as session:
        entity, changes = _live(book, session, meeting_id)
        setattr(entity, name, value)
        return changes


def _set_check(
    book: Book, meeting_id: int, prefix: str, item_id: str, checked: bool, start: bool
) -> OpChanges:
    if errors := check_item_id(item_id):
        raise MeetingValidationError(errors)
    key = prefix + item_id
    with book.write() as session:
        if start:
            entity, changes = _live(book, session, meeting_id)
        else:
            entity = _writable(book, session, meeting_id)
            changes = _captured(entity.client_id)
        where = (MeetingCheckEntity.meeting_id == meeting_id, MeetingCheckEntity.item_id == key)
        existing = session.scalars(select(MeetingCheckEntity).where(*where)).first()
        if checked and existing is None:
            stamp = to_storage(book.clock.now())
            session.add(MeetingCheckEntity(meeting_id=meeting_id, item_id=key, checked_at=stamp))
        elif not checked and existing is not None:
            session.execute(delete(MeetingCheckEntity).where(*where))
        return changes


def _apply_plan(entity: MeetingEntity, plan: MeetingPlan) -> None:
    entity.meeting_type = plan.meeting_type.value
    entity.scheduled_at = to_storage(plan.scheduled_at) if plan.scheduled_at else None
    entity.duration_minutes = plan.duration_minutes
    entity.place = plan.place
    entity.objectives_json = json.dumps(list(plan.objectives), ensure_ascii=False)
    entity.questions_json = json.dumps(list(plan.questions), ensure_ascii=False)
    entity.talking_points = plan.talking_points
    entity.question_style = _value(plan.question_style)
    entity.directness = _value(plan.directness)


def _log_contact(session: Session, entity: MeetingEntity, wrap: WrapUp, meeting: Meeting) -> None:
    """A meeting is a contact: it goes in the client's history and moves last contact."""
    occurred = entity.started_at or entity.ended_at
    assert occurred is not None
    summary = wrap.outcome_notes.strip() or "; ".join(meeting.plan.objectives)
    session.add(
        ContactEntity(
            client_id=entity.client_id,
            occurred_at=occurred,
            channel=Channel.VISIT.value,
            summary=summary,
        )
    )
    client = session.get(ClientEntity, entity.client_id)
    if client is not None and (client.last_contact_at is None or occurred > client.last_contact_at):
        client.last_contact_at = occurred


def _value(member: QuestionStyle | Directness | None) -> str | None:
    return None if member is None else member.value
