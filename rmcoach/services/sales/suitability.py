"""Suitability in the book: the client's record, product checks, exceptions, the sale gate."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rmcoach.clock import from_storage, to_storage
from rmcoach.compliance.domain import (
    CivilCapacity,
    ExceptionDraft,
    Product,
    ProductKind,
    Reason,
    SaleException,
    SuitabilityDraft,
    SuitabilityRecord,
    SuitabilityResult,
)
from rmcoach.compliance.reasons import COMPLIANCE_MESSAGES
from rmcoach.compliance.recorded_sale import can_mark_sale
from rmcoach.compliance.rules import ComplianceRules
from rmcoach.compliance.suitability import catalogue_index, check, product_key
from rmcoach.compliance.suitability import check_proposed as rules_check_proposed
from rmcoach.domain import OpChanges, ProductRisk, RiskProfile, Written
from rmcoach.meeting_domain import FollowUpDraft, FollowUpKind, FollowUpStatus, ProposedProduct
from rmcoach.services.book import Book
from rmcoach.services.clients.records import ClientNotFoundError
from rmcoach.services.followups.records import insert_followups
from rmcoach.services.meetings.queries import get_meeting
from rmcoach.services.sales import products
from rmcoach.storage.schema import ClientEntity
from rmcoach.storage.schema_meetings import FollowUpEntity
from rmcoach.storage.schema_value import SaleExceptionEntity
from rmcoach.validation import ENGLISH_MESSAGES, FieldError, ValidationError

# A reported change of circumstances is kept as a follow-up (the RM must arrange the bank's
# re-assessment); its key carries the day reported: "reassess:<client id>:<YYYY-MM-DD>".
REASSESS_PREFIX = "reassess:{client_id}:"


@dataclass(frozen=True)
class SuitabilityFieldError(FieldError):
    @property
    def message_en(self) -> str:
        template = COMPLIANCE_MESSAGES.get(self.code) or ENGLISH_MESSAGES[self.code]
        return template.format(**self.params)


class SuitabilityError(ValidationError, ValueError):
    """What was given cannot be stored; errors lists every problem and nothing was written."""


# ------------------------------------------------------------------------ the record


def get_record(book: Book, client_id: int) -> SuitabilityRecord:
    with book.session() as session:
        entity = session.get(ClientEntity, client_id)
        if entity is None:
            raise ClientNotFoundError(f"no client with id {client_id}")
        return _record(session, entity)


def save_record(book: Book, client_id: int, draft: SuitabilityDraft) -> Written[SuitabilityRecord]:
    """Store the bank's assessment result and the care facts (the editor's suitability tab).

    A new assessment on or after a reported change of circumstances closes the open
    re-assessment follow-ups.
    """
    if errors := suitability_errors(draft, book.clock.now().date()):
        raise SuitabilityError(errors)
    guardian = " ".join(draft.guardian.split())
    now = book.clock.now()
    with book.write() as session:
        entity = session.get(ClientEntity, client_id)
        if entity is None:
            raise ClientNotFoundError(f"no client with id {client_id}")
        entity.risk_profile = draft.risk_profile.value if draft.risk_profile else None
        entity.risk_assessed_on = draft.assessed_on
        entity.first_time_buyer = draft.first_time_buyer
        entity.civil_capacity = draft.civil_capacity.value
        entity.guardian = guardian
        entity.updated_at = to_storage(now)
        followups = False
        for followup in _reassess_followups(session, client_id):
            reported = _reported_on(followup.source_key)
            open_ = followup.status in (FollowUpStatus.OPEN.value, FollowUpStatus.SNOOZED.value)
            if open_ and draft.assessed_on is not None and reported <= draft.assessed_on:
                followup.status = FollowUpStatus.DONE.value
                followup.outcome = f"{draft.assessed_on.isoformat()} {draft.risk_profile}"
                followup.completed_at = followup.updated_at = to_storage(now)
                followups = True
        record = _record(session, entity)
    ids = frozenset({client_id})
    return Written(record, OpChanges(clients=True, followups=followups, client_ids=ids))


def suitability_errors(draft: SuitabilityDraft, today: date) -> list[FieldError]:
    """Every problem with the draft, so the editor can check it before saving the client."""
    errors: list[FieldError] = []
    if draft.assessed_on is not None:
        if draft.risk_profile is None:
            errors.append(SuitabilityFieldError("risk_profile", "assessment_needs_profile"))
        if draft.assessed_on > today:
            errors.append(SuitabilityFieldError("assessed_on", "date_in_future"))
    guardian = " ".join(draft.guardian.split())
    if draft.civil_capacity is not CivilCapacity.FULL and not guardian:
        errors.append(SuitabilityFieldError("guardian", "guardian_required"))
    if len(guardian) > 100:
        errors.append(SuitabilityFieldError("guardian", "too_long", {"max": "100"}))
    return errors


def report_changed_circumstances(
    book: Book, client_id: int, note: str = "", on: date | None = None
) -> OpChanges:
    """The client reports changed circumstances: the assessment must be redone before a sale.

    Kept as a follow-up to arrange the bank's re-assessment; cancelling that follow-up
    withdraws the report, a new assessment dated on or after it closes it.
    """
    now = book.clock.now()
    day = on or now.date()
    if day > now.date():
        raise SuitabilityError([SuitabilityFieldError("on", "date_in_future")])
    key = REASSESS_PREFIX.format(client_id=client_id) + day.isoformat()
    with book.write() as session:
        entity = session.get(ClientEntity, client_id)
        if entity is None:
            raise ClientNotFoundError(f"no client with id {client_id}")
        if session.scalars(
            select(FollowUpEntity.id).where(FollowUpEntity.source_key == key)
        ).first():
            return OpChanges()
        title = (
            "客户情况有变：安排重新进行风险承受能力评估"
            if entity.name_zh
            else "Circumstances changed: arrange a new risk assessment"
        )
        draft = FollowUpDraft(client_id, title, FollowUpKind.OTHER, due_on=day, notes=note.strip())
        (followup_id,) = insert_followups(session, [draft], now)
        followup = session.get(FollowUpEntity, followup_id)
        assert followup is not None
        followup.source_key = key
    return OpChanges(clients=True, followups=True, client_ids=frozenset({client_id}))


def _reassess_followups(session: Session, client_id: int) -> list[FollowUpEntity]:
    prefix = REASSESS_PREFIX.format(client_id=client_id)
    query = select(FollowUpEntity).where(
        FollowUpEntity.source_key.startswith(prefix, autoescape=True)
    )
    return list(session.scalars(query))


def _reported_on(key: str | None) -> date:
    return date.fromisoformat((key or "").rsplit(":", 1)[-1])


def _record(session: Session, entity: ClientEntity) -> SuitabilityRecord:
    reports = [
        _reported_on(f.source_key)
        for f in _reassess_followups(session, entity.id)
        if f.status != FollowUpStatus.CANCELLED.value
    ]
    return SuitabilityRecord(
        client_id=entity.id,
        risk_profile=RiskProfile(entity.risk_profile) if entity.risk_profile else None,
        assessed_on=entity.risk_assessed_on,
        first_time_buyer=entity.first_time_buyer,
        civil_capacity=CivilCapacity(entity.civil_capacity),
        guardian=entity.guardian,
        birthday=entity.birthday,
        birthday_lunar=entity.birthday_lunar,
        changed_on=max(reports, default=None),
    )


# ------------------------------------------------------------------------ checks


def check_product(
    book: Book,
    client_id: int,
    product: Product | ProductRisk,
    kind: ProductKind | None = None,
    rules: ComplianceRules | None = None,
) -> SuitabilityResult:
    """compliance.suitability.check for a stored client, today by the book's clock."""
    return check(get_record(book, client_id), product, book.clock.now().date(), kind, rules)


def check_catalogue(
    book: Book, client_id: int, rules: ComplianceRules | None = None
) -> tuple[tuple[Product, SuitabilityResult], ...]:
    """Every product on sale against the client: what the prepare view marks."""
    record = get_record(book, client_id)
    today = book.clock.now().date()
    return tuple((p, check(record, p, today, rules=rules)) for p in products.list_products(book))


def check_proposed(
    book: Book,
    client_id: int,
    proposed: Iterable[ProposedProduct],
    rules: ComplianceRules | None = None,
) -> tuple[tuple[ProposedProduct, SuitabilityResult], ...]:
    """A meeting's products against the client; the catalogue gives a product's kind (and
    its risk when the meeting has none)."""
    record = get_record(book, client_id)
    today = book.clock.now().date()
    index = catalogue_index(products.list_products(book, include_inactive=True))
    return tuple(
        (item, rules_check_proposed(record, item, today, index, rules)) for item in proposed
    )


# ------------------------------------------------------------------------ exceptions


def record_exception(
    book: Book, draft: ExceptionDraft, rules: ComplianceRules | None = None
) -> Written[SaleException]:
    """Put on record a sale above the client's level at the client's own request.

    Refused (SuitabilityError) when any part is missing, when the product is suitable
    anyway, and when the rules allow no exception (lowest category, no valid assessment,
    civil capacity).
    """
    errors: list[FieldError] = []
    for name in ("product_name", "client_request", "supervisor"):
        if not getattr(draft, name).strip():
            errors.append(SuitabilityFieldError(name, "required"))
    if not draft.warning_given:
        errors.append(SuitabilityFieldError("warning_given", "warning_not_given"))
    result = check_product(book, draft.client_id, draft.product_risk, draft.product_kind, rules)
    if result.suitable:
        errors.append(SuitabilityFieldError("product_risk", "exception_not_needed"))
    elif not result.exception_allowed:
        why = "; ".join(r.en for r in result.reasons)
        errors.append(
            SuitabilityFieldError("product_risk", "exception_not_allowed", {"reasons": why})
        )
    if errors:
        raise SuitabilityError(errors)
    with book.write() as session:
        entity = SaleExceptionEntity(
            client_id=draft.client_id,
            meeting_id=draft.meeting_id,
            product_name=draft.product_name.strip(),
            product_risk=draft.product_risk.value,
            client_request=draft.client_request.strip(),
            warning_given=True,
            supervisor=" ".join(draft.supervisor.split()),
            at=to_storage(book.clock.now()),
        )
        session.add(entity)
        session.flush()
        changes = OpChanges(clients=True, client_ids=frozenset({draft.client_id}))
        return Written(_exception(entity, book), changes)


def client_exceptions(book: Book, client_id: int) -> tuple[SaleException, ...]:
    """The client's recorded exceptions, newest first."""
    query = (
        select(SaleExceptionEntity)
        .where(SaleExceptionEntity.client_id == client_id)
        .order_by(SaleExceptionEntity.at.desc(), SaleExceptionEntity.id.desc())
    )
    with book.session() as session:
        return tuple(_exception(e, book) for e in session.scalars(query))


def _exception(entity: SaleExceptionEntity, book: Book) -> SaleException:
    at = from_storage(entity.at, book.clock.now().tzinfo)
    assert at is not None
    return SaleException(
        id=entity.id,
        client_id=entity.client_id,
        meeting_id=entity.meeting_id,
        product_name=entity.product_name,
        product_risk=ProductRisk(entity.product_risk),
        client_request=entity.client_request,
        warning_given=entity.warning_given,
        supervisor=entity.supervisor,
        at=at,
    )


# ------------------------------------------------------------------------ the sale gate


def sale_check(
    book: Book, meeting_id: int, rules: ComplianceRules | None = None
) -> tuple[bool, tuple[Reason, ...]]:
    """May this meeting be wrapped up as a sale made (Outcome.AGREED)?

    Not when a recorded sale lacks the client's consent, nor when a product discussed
    (else proposed) is unsuitable without an exception on record for this meeting (or one
    recorded today without a meeting).
    """
    meeting = get_meeting(book, meeting_id)
    allowed, gate = can_mark_sale(meeting, rules)
    reasons = list(gate)
    covered = excepted_products(book, meeting.plan.client_id, meeting_id)
    sold = [p for p in meeting.plan.products if p.discussed] or list(meeting.plan.products)
    for item, result in check_proposed(book, meeting.plan.client_id, sold, rules):
        if not result.suitable and product_key(item.name) not in covered:
            allowed = False
            reasons.append(Reason("sale.unsuitable", {"product": item.name}))
    return allowed, tuple(reasons)


def excepted_products(book: Book, client_id: int, meeting_id: int | None) -> frozenset[str]:
    """The products (product_key of the name) an exception on record covers in this
    meeting: one recorded for the meeting, or one recorded today without a meeting."""
    today = book.clock.now().date()
    return frozenset(
        product_key(e.product_name)
        for e in client_exceptions(book, client_id)
        if (meeting_id is not None and e.meeting_id == meeting_id)
        or (e.meeting_id is None and e.at.date() == today)
    )
