"""The product catalogue kept by hand (product_import.py reads it from CSV): kind, R1-R5."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rmcoach.clock import to_storage
from rmcoach.compliance.domain import Product, ProductDraft, ProductKind
from rmcoach.compliance.reasons import COMPLIANCE_MESSAGES
from rmcoach.domain import OpChanges, ProductRisk, Written
from rmcoach.services.book import Book
from rmcoach.storage.schema_value import ProductEntity
from rmcoach.validation import ENGLISH_MESSAGES, MAX_AUM_FEN, FieldError, ValidationError

_CODE = re.compile(r"[A-Za-z0-9_\-./]{1,64}")
_LIMITS = {"name": 200, "liquidity": 200, "fees": 200, "past_performance": 5000}


CATALOGUE_CHANGED = OpChanges(products=True)


class ProductNotFoundError(LookupError):
    """No product with that id."""


@dataclass(frozen=True)
class ProductFieldError(FieldError):
    """A FieldError whose code may be one of the compliance services' own."""

    @property
    def message_en(self) -> str:
        template = COMPLIANCE_MESSAGES.get(self.code) or ENGLISH_MESSAGES[self.code]
        return template.format(**self.params)


class ProductValidationError(ValidationError, ValueError):
    """The product cannot be stored as given; errors lists every problem."""


# ------------------------------------------------------------------------------ reading


def list_products(book: Book, include_inactive: bool = False) -> tuple[Product, ...]:
    """The catalogue, lowest risk first, then by name."""
    query = select(ProductEntity).order_by(ProductEntity.risk, ProductEntity.name, ProductEntity.id)
    if not include_inactive:
        query = query.where(ProductEntity.active.is_(True))
    with book.session() as session:
        return tuple(_value(e) for e in session.scalars(query))


def get_product(book: Book, product_id: int) -> Product:
    with book.session() as session:
        entity = session.get(ProductEntity, product_id)
        if entity is None:
            raise ProductNotFoundError(f"no product with id {product_id}")
        return _value(entity)


def find_product(book: Book, code_or_name: str) -> Product | None:
    """The product with this code, or else with this name (case and spaces ignored)."""
    wanted = code_or_name.strip()
    with book.session() as session:
        entity = session.scalars(select(ProductEntity).where(ProductEntity.code == wanted)).first()
        if entity is None:
            folded = " ".join(wanted.split()).casefold()
            entity = next(
                (
                    e
                    for e in session.scalars(select(ProductEntity).order_by(ProductEntity.id))
                    if " ".join(e.name.split()).casefold() == folded
                ),
                None,
            )
        return None if entity is None else _value(entity)


# ------------------------------------------------------------------------------ writing


def add_product(book: Book, draft: ProductDraft) -> Written[Product]:
    draft = normalized(draft)
    with book.write() as session:
        _check(session, draft, None)
        now = to_storage(book.clock.now())
        entity = ProductEntity(created_at=now, updated_at=now)
        apply_draft(entity, draft)
        session.add(entity)
        session.flush()
        return Written(_value(entity), CATALOGUE_CHANGED)


def update_product(book: Book, product_id: int, draft: ProductDraft) -> Written[Product]:
    draft = normalized(draft)
    with book.write() as session:
        entity = session.get(ProductEntity, product_id)
        if entity is None:
            raise ProductNotFoundError(f"no product with id {product_id}")
        _check(session, draft, product_id)
        apply_draft(entity, draft)
        entity.updated_at = to_storage(book.clock.now())
        return Written(_value(entity), CATALOGUE_CHANGED)


def save_product(book: Book, product_id: int | None, draft: ProductDraft) -> Written[Product]:
    """Add (product_id None) or update; ProductValidationError lists what to fix."""
    if product_id is None:
        return add_product(book, draft)
    return update_product(book, product_id, draft)


def set_on_sale(book: Book, product_id: int, on_sale: bool) -> Written[Product]:
    """Withdraw a product from sale or put it back; the rest of it is read fresh here."""
    current = get_product(book, product_id)
    return update_product(book, product_id, replace(current.draft, active=on_sale))


def delete_product(book: Book, product_id: int) -> OpChanges:
    """Remove a product; sale exceptions keep its name and risk, so history stays whole."""
    with book.write() as session:
        entity = session.get(ProductEntity, product_id)
        if entity is None:
            raise ProductNotFoundError(f"no product with id {product_id}")
        session.delete(entity)
    return CATALOGUE_CHANGED


def count_products(book: Book) -> int:
    with book.read() as conn:
        return int(conn.execute(select(func.count()).select_from(ProductEntity)).scalar_one())


def normalized(draft: ProductDraft) -> ProductDraft:
    return replace(
        draft,
        code=draft.code.strip(),
        name=" ".join(draft.name.split()),
        liquidity=draft.liquidity.strip(),
        fees=draft.fees.strip(),
        past_performance=draft.past_performance.strip(),
    )


def product_errors(draft: ProductDraft) -> list[FieldError]:
    """Every problem with a draft at once (the code's uniqueness is checked on save)."""
    errors: list[FieldError] = []
    if not draft.code:
        errors.append(ProductFieldError("code", "product_code_required"))
    elif not _CODE.fullmatch(draft.code):
        errors.append(ProductFieldError("code", "product_code_invalid"))
    if not draft.name:
        errors.append(ProductFieldError("name", "product_name_required"))
    for name, limit in _LIMITS.items():
        if len(getattr(draft, name)) > limit:
            errors.append(ProductFieldError(name, "too_long", {"max": str(limit)}))
    if draft.min_amount_fen < 0:
        errors.append(ProductFieldError("min_amount_fen", "amount_negative"))
    elif draft.min_amount_fen > MAX_AUM_FEN:
        errors.append(ProductFieldError("min_amount_fen", "amount_too_large"))
    return errors


def _check(session: Session, draft: ProductDraft, product_id: int | None) -> None:
    errors = product_errors(draft)
    owner = session.scalars(
        select(ProductEntity.id).where(ProductEntity.code == draft.code)
    ).first()
    if draft.code and owner is not None and owner != product_id:
        errors.append(ProductFieldError("code", "product_code_taken", {"code": draft.code}))
    if errors:
        raise ProductValidationError(errors)


def apply_draft(entity: ProductEntity, draft: ProductDraft) -> None:
    entity.code = draft.code
    entity.name = draft.name
    entity.kind = draft.kind.value
    entity.risk = draft.risk.value
    entity.min_amount_fen = draft.min_amount_fen
    entity.liquidity = draft.liquidity
    entity.fees = draft.fees
    entity.past_performance = draft.past_performance
    entity.active = draft.active


def _value(entity: ProductEntity) -> Product:
    return Product(
        id=entity.id,
        draft=ProductDraft(
            code=entity.code,
            name=entity.name,
            kind=ProductKind(entity.kind),
            risk=ProductRisk(entity.risk),
            min_amount_fen=entity.min_amount_fen,
            liquidity=entity.liquidity,
            fees=entity.fees,
            past_performance=entity.past_performance,
            active=entity.active,
        ),
    )
