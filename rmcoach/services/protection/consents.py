"""Each client's consents to the handling of personal data (PIPL): given, scoped, withdrawn."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from rmcoach.compliance.domain import Consent
from rmcoach.compliance.reasons import COMPLIANCE_MESSAGES
from rmcoach.domain import OpChanges, Written
from rmcoach.services.book import Book
from rmcoach.services.clients.records import ClientNotFoundError
from rmcoach.storage.schema import ClientEntity
from rmcoach.storage.schema_value import ConsentEntity
from rmcoach.validation import ENGLISH_MESSAGES, FieldError, ValidationError

# Scopes the consent dialog offers (PIPL art. 14: consent is for a stated purpose); a bank
# may word its own, any text up to 200 characters is kept as given.
SCOPES: dict[str, tuple[str, str]] = {
    "client_record": ("保存客户档案与联系记录", "Keeping the client record and contact history"),
    "marketing": ("产品推介与营销联系", "Product offers and marketing contact"),
    "recording": ("面谈录音录像", "Recording meetings on audio and video"),
    "sensitive": ("处理敏感个人信息（如金融账户）", "Handling sensitive personal data"),
}
MAX_SCOPE = 200


class ConsentNotFoundError(LookupError):
    """No consent with that id."""


@dataclass(frozen=True)
class ConsentFieldError(FieldError):
    @property
    def message_en(self) -> str:
        template = COMPLIANCE_MESSAGES.get(self.code) or ENGLISH_MESSAGES[self.code]
        return template.format(**self.params)


class ConsentError(ValidationError, ValueError):
    """The consent cannot be stored as given; errors lists every problem."""


def client_consents(book: Book, client_id: int) -> tuple[Consent, ...]:
    """The client's consents, newest first (withdrawn ones included: they are the record)."""
    query = (
        select(ConsentEntity)
        .where(ConsentEntity.client_id == client_id)
        .order_by(ConsentEntity.given_on.desc(), ConsentEntity.id.desc())
    )
    with book.session() as session:
        return tuple(_value(e) for e in session.scalars(query))


def has_consent(book: Book, client_id: int, scope: str, on: date | None = None) -> bool:
    """Is a consent for exactly this scope in force on the day (default: today)?"""
    day = on or book.clock.now().date()
    return any(c.scope == scope and c.active_on(day) for c in client_consents(book, client_id))


def add_consent(
    book: Book, client_id: int, scope: str, given_on: date | None = None
) -> Written[Consent]:
    """Record a consent the client gave (default: today); never in the future."""
    today = book.clock.now().date()
    day = given_on or today
    errors: list[FieldError] = []
    if not scope.strip():
        errors.append(ConsentFieldError("scope", "scope_required"))
    elif len(scope.strip()) > MAX_SCOPE:
        errors.append(ConsentFieldError("scope", "too_long", {"max": str(MAX_SCOPE)}))
    if day > today:
        errors.append(ConsentFieldError("given_on", "date_in_future"))
    if errors:
        raise ConsentError(errors)
    with book.write() as session:
        if session.get(ClientEntity, client_id) is None:
            raise ClientNotFoundError(f"no client with id {client_id}")
        entity = ConsentEntity(client_id=client_id, given_on=day, scope=scope.strip())
        session.add(entity)
        session.flush()
        consent = _value(entity)
    return Written(consent, OpChanges(clients=True, client_ids=frozenset({client_id})))


def withdraw_consent(book: Book, consent_id: int, on: date | None = None) -> Written[Consent]:
    """The client withdrew the consent (PIPL art. 15); the record stays, dated."""
    today = book.clock.now().date()
    day = on or today
    with book.write() as session:
        entity = session.get(ConsentEntity, consent_id)
        if entity is None:
            raise ConsentNotFoundError(f"no consent with id {consent_id}")
        if entity.withdrawn_on is not None:
            params = {"date": entity.withdrawn_on.isoformat()}
            raise ConsentError([ConsentFieldError("withdrawn_on", "already_withdrawn", params)])
        if day > today:
            raise ConsentError([ConsentFieldError("withdrawn_on", "date_in_future")])
        if day < entity.given_on:
            params = {"date": entity.given_on.isoformat()}
            raise ConsentError(
                [ConsentFieldError("withdrawn_on", "withdrawn_before_given", params)]
            )
        entity.withdrawn_on = day
        consent = _value(entity)
    return Written(consent, OpChanges(clients=True, client_ids=frozenset({consent.client_id})))


def _value(entity: ConsentEntity) -> Consent:
    return Consent(
        id=entity.id,
        client_id=entity.client_id,
        given_on=entity.given_on,
        scope=entity.scope,
        withdrawn_on=entity.withdrawn_on,
    )
