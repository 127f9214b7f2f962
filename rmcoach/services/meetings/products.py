"""A meeting's product rows: stored with the plan, marked as discussed in live mode."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from rmcoach.domain import ProductRisk, ProductType
from rmcoach.meeting_domain import ProposedProduct
from rmcoach.services.meetings.validation import MeetingFieldError, MeetingValidationError
from rmcoach.storage.schema_meetings import MeetingProductEntity
from rmcoach.validation import FieldError


def fold(name: str) -> str:
    """A product name as rows are matched: spaces collapsed, case folded."""
    return re.sub(r"\s+", " ", name.strip()).casefold()


def store_products(session: Session, meeting_id: int, products: Sequence[ProposedProduct]) -> None:
    """Replace the meeting's product rows with `products`, in their order."""
    session.execute(
        delete(MeetingProductEntity).where(MeetingProductEntity.meeting_id == meeting_id)
    )
    for position, product in enumerate(products):
        session.add(_product_row(meeting_id, position, product))


def keep_discussed(
    session: Session, meeting_id: int, products: Sequence[ProposedProduct]
) -> list[ProposedProduct]:
    """A new plan's products with what live mode recorded as discussed kept so.

    The prepare screen may send the plan it loaded before the meeting: a product discussed
    stays discussed, and stays listed even if the plan drops it.
    """
    discussed = {
        fold(row.name): row
        for row in session.scalars(
            select(MeetingProductEntity).where(
                MeetingProductEntity.meeting_id == meeting_id, MeetingProductEntity.discussed
            )
        )
    }
    kept = [replace(p, discussed=p.discussed or fold(p.name) in discussed) for p in products]
    planned = {fold(p.name) for p in kept}
    return kept + [_product_value(row) for key, row in discussed.items() if key not in planned]


def discussed_wanted(
    names_or_products: Iterable[str | ProposedProduct],
) -> dict[str, ProposedProduct]:
    """The products named as discussed, by folded name; MeetingValidationError if one is bad."""
    wanted: dict[str, ProposedProduct] = {}
    errors: list[FieldError] = []
    for index, given in enumerate(names_or_products):
        product = given if isinstance(given, ProposedProduct) else ProposedProduct(name=given)
        name = product.name.strip()
        if not name:
            errors.append(MeetingFieldError(f"products[{index}].name", "product_name_required"))
        elif len(name) > 200:
            errors.append(MeetingFieldError(f"products[{index}].name", "too_long", {"max": "200"}))
        wanted.setdefault(fold(name), replace(product, name=name, discussed=True))
    if errors:
        raise MeetingValidationError(errors)
    return wanted


def mark_discussed(session: Session, meeting_id: int, wanted: dict[str, ProposedProduct]) -> None:
    """Proposed products in `wanted` are marked discussed (the rest not); new ones added."""
    rows = list(
        session.scalars(
            select(MeetingProductEntity)
            .where(MeetingProductEntity.meeting_id == meeting_id)
            .order_by(MeetingProductEntity.position, MeetingProductEntity.id)
        )
    )
    known = {fold(row.name): row for row in rows}
    for key, row in known.items():
        row.discussed = key in wanted
        if key in wanted and row.risk is None and wanted[key].risk is not None:
            row.risk = _risk(wanted[key].risk)
    position = max((row.position for row in rows), default=-1) + 1
    for key, product in wanted.items():
        if key not in known:
            session.add(_product_row(meeting_id, position, product))
            position += 1


def _product_value(row: MeetingProductEntity) -> ProposedProduct:
    return ProposedProduct(
        name=row.name,
        risk=ProductRisk(row.risk) if row.risk else None,
        product_type=ProductType(row.product_type),
        discussed=row.discussed,
    )


def _product_row(meeting_id: int, position: int, product: ProposedProduct) -> MeetingProductEntity:
    return MeetingProductEntity(
        meeting_id=meeting_id,
        position=position,
        name=product.name,
        risk=_risk(product.risk),
        product_type=product.product_type.value,
        discussed=product.discussed,
    )


def _risk(risk: ProductRisk | None) -> str | None:
    return None if risk is None else risk.value
