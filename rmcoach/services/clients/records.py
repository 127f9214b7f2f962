"""Client records: read one, add, edit, archive and restore, log a contact."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from rmcoach.clock import from_storage, to_storage
from rmcoach.domain import (
    Channel,
    ClientDraft,
    ClientRecord,
    CommunicationStyle,
    Contact,
    Gender,
    Holding,
    HouseholdMember,
    OpChanges,
    ProductRisk,
    ProductType,
    RiskProfile,
    Tier,
    display_name,
)
from rmcoach.pinyin import name_keys
from rmcoach.services.book import Book
from rmcoach.services.clients import search_index
from rmcoach.services.followups import generated as followup_rules
from rmcoach.storage.schema import (
    ClientEntity,
    ClientTagEntity,
    ContactEntity,
    HoldingEntity,
    HouseholdEntity,
)
from rmcoach.validation import FieldError, ValidationError, normalize_phone, validate_draft


class ClientNotFoundError(LookupError):
    """No client with that id or client number."""


@dataclass(frozen=True)
class ClientSaved:
    """The stored client after a write, and what the write changed."""

    client: ClientRecord
    changes: OpChanges


def get_client(book: Book, client_id: int) -> ClientRecord:
    with book.session() as session:
        entity = session.get(ClientEntity, client_id, options=_LOAD_ALL)
        if entity is None:
            raise ClientNotFoundError(f"no client with id {client_id}")
        return _to_record(session, entity)


def find_client_id(book: Book, client_no: str) -> int:
    with book.read() as conn:
        found = conn.execute(
            select(ClientEntity.id).where(ClientEntity.client_no == client_no.strip())
        ).scalar_one_or_none()
    if found is None:
        raise ClientNotFoundError(f"no client with client number {client_no}")
    return int(found)


def add_client(book: Book, draft: ClientDraft) -> ClientSaved:
    """Validate and store a new client. Raises ValidationError listing every problem."""
    draft = _normalized(draft)
    with book.write() as session:
        _check(book, session, draft, client_id=None)
        now = to_storage(book.clock.now())
        entity = ClientEntity(created_at=now, updated_at=now)
        _apply(entity, draft)
        session.add(entity)
        session.flush()
        search_index.reindex(session, entity)
        record = _to_record(session, entity)
    return ClientSaved(record, OpChanges(clients=True, client_ids=frozenset({record.id})))


def update_client(book: Book, client_id: int, draft: ClientDraft) -> ClientSaved:
    """Replace a client's editable fields (holdings and household included)."""
    draft = _normalized(draft)
    with book.write() as session:
        entity = session.get(ClientEntity, client_id, options=_LOAD_ALL)
        if entity is None:
            raise ClientNotFoundError(f"no client with id {client_id}")
        _check(book, session, draft, client_id=client_id)
        # a flush inserts before it deletes: drop the old tags first, or a tag kept by the
        # edit breaks the (client_id, kind, value) unique constraint
        entity.tags = []
        session.flush()
        _apply(entity, draft)
        entity.updated_at = to_storage(book.clock.now())
        search_index.reindex(session, entity)
        record = _to_record(session, entity)
    return ClientSaved(record, OpChanges(clients=True, client_ids=frozenset({client_id})))


def archive_clients(book: Book, client_ids: Iterable[int]) -> OpChanges:
    """Delete means archive: the client leaves the lists and can be restored at any time."""
    return _set_archived(book, frozenset(client_ids), to_storage(book.clock.now()))


def restore_clients(book: Book, client_ids: Iterable[int]) -> OpChanges:
    return _set_archived(book, frozenset(client_ids), None)


def log_contact(
    book: Book, client_id: int, channel: Channel, summary: str = "", at: datetime | None = None
) -> OpChanges:
    """Record a contact; the newest contact is the client's 'last contact'."""
    moment = to_storage(at or book.clock.now())
    rules = followup_rules.RuleSettings.load(book)  # read before the write transaction opens
    with book.write() as session:
        entity = session.get(ClientEntity, client_id)
        if entity is None:
            raise ClientNotFoundError(f"no client with id {client_id}")
        session.add(
            ContactEntity(
                client_id=client_id, occurred_at=moment, channel=channel.value, summary=summary
            )
        )
        if entity.last_contact_at is None or moment > entity.last_contact_at:
            entity.last_contact_at = moment
        session.flush()
        # the contact resets the client's cadence: move their open "time to call" item
        followup_rules.sync_cadence(session, rules, book.clock.now(), {client_id})
    return OpChanges(clients=True, followups=True, client_ids=frozenset({client_id}))


def book_has_clients(book: Book) -> bool:
    """False for a brand-new book (archived clients count: the book is not new)."""
    with book.read() as conn:
        return conn.execute(select(ClientEntity.id).limit(1)).first() is not None


def count_active(book: Book) -> int:
    with book.read() as conn:
        return int(
            conn.execute(
                select(func.count())
                .select_from(ClientEntity)
                .where(ClientEntity.archived_at.is_(None))
            ).scalar_one()
        )


_LOAD_ALL = [
    selectinload(ClientEntity.tags),
    selectinload(ClientEntity.holdings),
    selectinload(ClientEntity.household),
    selectinload(ClientEntity.contacts),
]


def _set_archived(book: Book, ids: frozenset[int], value: datetime | None) -> OpChanges:
    if not ids:
        return OpChanges()
    with book.write() as session:
        session.execute(
            update(ClientEntity).where(ClientEntity.id.in_(ids)).values(archived_at=value)
        )
    return OpChanges(clients=True, client_ids=ids)


def _normalized(draft: ClientDraft) -> ClientDraft:
    """Trim text and canonicalise phones so what is stored is what search expects."""

    def phone(value: str) -> str:
        canonical = normalize_phone(value)
        return canonical if canonical is not None else value.strip()

    def unique(values: tuple[str, ...]) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for value in values:
            if value.strip():
                seen.setdefault(value.strip(), None)
        return tuple(seen)

    return replace(
        draft,
        name_zh=draft.name_zh.strip(),
        name_en=" ".join(draft.name_en.split()),
        client_no=draft.client_no.strip(),
        mobile=phone(draft.mobile),
        phone_other=phone(draft.phone_other),
        email=draft.email.strip(),
        interests=unique(draft.interests),
        tags=unique(draft.tags),
    )


def _check(book: Book, session: Session, draft: ClientDraft, client_id: int | None) -> None:
    errors = validate_draft(draft, book.clock.now().date())
    if draft.client_no:
        owner = session.execute(
            select(ClientEntity.id).where(ClientEntity.client_no == draft.client_no)
        ).scalar_one_or_none()
        if owner is not None and owner != client_id:
            errors.append(
                FieldError("client_no", "client_no_taken", {"client_no": draft.client_no})
            )
    if client_id is not None and draft.referred_by_id == client_id:
        errors.append(FieldError("referred_by_id", "self_referral"))
    if errors:
        raise ValidationError(errors)


def _apply(entity: ClientEntity, draft: ClientDraft) -> None:
    keys = name_keys(draft.name_zh)
    entity.client_no = draft.client_no or None
    entity.name_zh = draft.name_zh
    entity.name_en = draft.name_en
    entity.name_pinyin = keys.full
    entity.name_initials = keys.initials
    # Chinese names sort by pinyin (as a Chinese phone book does), others by their letters
    entity.name_sort = keys.full or draft.name_en.lower()
    entity.gender = draft.gender.value if draft.gender else None
    entity.birthday = draft.birthday
    entity.birthday_lunar = draft.birthday_lunar
    entity.mobile = draft.mobile
    entity.phone_other = draft.phone_other
    entity.email = draft.email
    entity.address = draft.address
    entity.preferred_channel = draft.preferred_channel.value if draft.preferred_channel else None
    entity.best_time_to_call = draft.best_time_to_call
    entity.occupation = draft.occupation
    entity.employer = draft.employer
    entity.personality = draft.personality
    entity.communication_style = (
        draft.communication_style.value if draft.communication_style else None
    )
    entity.habits = draft.habits
    entity.concerns = draft.concerns
    entity.mindset = draft.mindset
    entity.tier = draft.tier.value
    entity.risk_profile = draft.risk_profile.value if draft.risk_profile else None
    entity.aum_fen = draft.aum_fen
    entity.client_since = draft.client_since
    entity.referred_by_id = draft.referred_by_id
    entity.notes = draft.notes
    entity.tags = [
        ClientTagEntity(kind=kind, value=value, position=position)
        for kind, values in (("interest", draft.interests), ("tag", draft.tags))
        for position, value in enumerate(values)
    ]
    entity.holdings = [
        HoldingEntity(
            name=h.name.strip(),
            product_type=h.product_type.value,
            risk=h.risk.value if h.risk else None,
            amount_fen=h.amount_fen,
            start_date=h.start_date,
            maturity_date=h.maturity_date,
        )
        for h in draft.holdings
    ]
    entity.household = [
        HouseholdEntity(
            name=m.name.strip(),
            relation=m.relation,
            birthday=m.birthday,
            linked_client_id=m.linked_client_id,
            notes=m.notes,
        )
        for m in draft.household
    ]


def _to_record(session: Session, entity: ClientEntity) -> ClientRecord:
    draft = ClientDraft(
        name_zh=entity.name_zh,
        name_en=entity.name_en,
        client_no=entity.client_no or "",
        gender=Gender(entity.gender) if entity.gender else None,
        birthday=entity.birthday,
        birthday_lunar=entity.birthday_lunar,
        mobile=entity.mobile,
        phone_other=entity.phone_other,
        email=entity.email,
        address=entity.address,
        preferred_channel=Channel(entity.preferred_channel) if entity.preferred_channel else None,
        best_time_to_call=entity.best_time_to_call,
        occupation=entity.occupation,
        employer=entity.employer,
        personality=entity.personality,
        communication_style=(
            CommunicationStyle(entity.communication_style) if entity.communication_style else None
        ),
        habits=entity.habits,
        interests=tuple(t.value for t in entity.tags if t.kind == "interest"),
        concerns=entity.concerns,
        mindset=entity.mindset,
        tier=Tier(entity.tier),
        risk_profile=RiskProfile(entity.risk_profile) if entity.risk_profile else None,
        aum_fen=entity.aum_fen,
        client_since=entity.client_since,
        referred_by_id=entity.referred_by_id,
        tags=tuple(t.value for t in entity.tags if t.kind == "tag"),
        notes=entity.notes,
        holdings=tuple(
            Holding(
                id=h.id,
                name=h.name,
                product_type=ProductType(h.product_type),
                risk=ProductRisk(h.risk) if h.risk else None,
                amount_fen=h.amount_fen,
                start_date=h.start_date,
                maturity_date=h.maturity_date,
            )
            for h in entity.holdings
        ),
        household=tuple(
            HouseholdMember(
                id=m.id,
                name=m.name,
                relation=m.relation,
                birthday=m.birthday,
                linked_client_id=m.linked_client_id,
                notes=m.notes,
            )
            for m in entity.household
        ),
    )
    referred_by_name = ""
    if entity.referred_by_id is not None:
        referrer = session.get(ClientEntity, entity.referred_by_id)
        if referrer is not None:
            referred_by_name = display_name(referrer.name_zh, referrer.name_en)
    referrals = tuple(
        (int(row.id), display_name(row.name_zh, row.name_en))
        for row in session.execute(
            select(ClientEntity.id, ClientEntity.name_zh, ClientEntity.name_en)
            .where(ClientEntity.referred_by_id == entity.id)
            .order_by(ClientEntity.name_sort)
        )
    )
    created = from_storage(entity.created_at)
    updated = from_storage(entity.updated_at)
    assert created is not None and updated is not None
    return ClientRecord(
        id=entity.id,
        draft=draft,
        created_at=created,
        updated_at=updated,
        archived_at=from_storage(entity.archived_at),
        last_contact_at=from_storage(entity.last_contact_at),
        referred_by_name=referred_by_name,
        referrals=referrals,
        contacts=tuple(
            Contact(
                id=c.id,
                occurred_at=from_storage(c.occurred_at) or datetime.min,
                channel=Channel(c.channel),
                summary=c.summary,
            )
            for c in entity.contacts
        ),
    )
