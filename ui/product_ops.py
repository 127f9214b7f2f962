"""The catalogue's writes as the worker runs them, each saying what it changed (OpChanges).

The products service returns plain products; these wrap them so `Operations.op` tells the
open screens that the catalogue changed. Run them only through `ops.op(...)`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Generic, TypeVar

from rmcoach.compliance.domain import Product, ProductDraft
from rmcoach.domain import OpChanges
from rmcoach.services.book import Book
from rmcoach.services.sales import product_import, products

T = TypeVar("T")
CATALOGUE_CHANGED = OpChanges(products=True)


@dataclass(frozen=True)
class ProductWrite(Generic[T]):
    """What a write returned, and the parts of the UI it made stale."""

    value: T
    changes: OpChanges = CATALOGUE_CHANGED


def save_product(book: Book, product_id: int | None, draft: ProductDraft) -> ProductWrite[Product]:
    """Add (product_id None) or update; ProductValidationError lists what to fix."""
    if product_id is None:
        return ProductWrite(products.add_product(book, draft))
    return ProductWrite(products.update_product(book, product_id, draft))


def set_on_sale(book: Book, product_id: int, on_sale: bool) -> ProductWrite[Product]:
    """Withdraw a product from sale or put it back; the rest of it is read fresh here."""
    current = products.get_product(book, product_id)
    draft = replace(current.draft, active=on_sale)
    return ProductWrite(products.update_product(book, product_id, draft))


def delete_product(book: Book, product_id: int) -> OpChanges:
    products.delete_product(book, product_id)
    return CATALOGUE_CHANGED


def import_file(book: Book, path: Path) -> ProductWrite[product_import.ProductImport]:
    report = product_import.import_products_csv(book, path)
    wrote = bool(report.added or report.updated)
    return ProductWrite(report, CATALOGUE_CHANGED if wrote else OpChanges())
