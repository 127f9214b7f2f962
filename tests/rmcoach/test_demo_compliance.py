"""The demo book's compliance side: a catalogue its meetings use."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from rmcoach.clock import FixedClock
from rmcoach.compliance.domain import ProductDraft, ProductKind
from rmcoach.domain import ProductRisk
from rmcoach.services import demo, products
from rmcoach.services.book import Book
from rmcoach.services.demo_data import PRODUCTS
from tests.conftest import NOW

CLIENTS = 1_000


def open_book(path: Path) -> Book:
    return Book.open(path, clock=FixedClock(NOW))


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Book]:
    """A 1,000-client demo book, read (never changed) by the tests below."""
    book = open_book(tmp_path_factory.mktemp("demo") / "book.sqlite")
    try:
        demo.generate_demo_book(book, CLIENTS, seed=23)
        yield book
    finally:
        book.close()


def query(book: Book, sql: str) -> list[tuple[Any, ...]]:
    with book.read() as conn:
        return [tuple(row) for row in conn.execute(text(sql))]


def test_the_catalogue_lists_the_products_the_meetings_name(demo_book: Book) -> None:
    listed = {p.name: p for p in products.list_products(demo_book)}
    assert len(listed) == 20
    demo_products = {p.name: p for p in PRODUCTS}
    for product in listed.values():
        assert product.code and product.draft.liquidity and product.draft.fees
        assert product.risk is demo_products[product.name].risk
        assert product.kind.product_type is demo_products[product.name].product_type
        assert products.find_product(demo_book, product.code) == product
    assert listed["稳享90天理财"].draft.min_amount_fen == 10_000 * 100  # 1万
    assert listed["私行专享固收产品"].kind is ProductKind.WEALTH_PRIVATE
    assert listed["私行专享固收产品"].draft.min_amount_fen == 1_000_000 * 100  # 100万
    named = query(demo_book, "SELECT DISTINCT name, product_type, risk FROM meeting_products")
    for name, product_type, risk in named:
        if product_type in ("deposit", "other"):  # no risk match needed, no catalogue kind
            assert name not in listed
            continue
        assert name in listed, name  # prepare, live and the brief find it by name
        assert listed[str(name)].risk is ProductRisk(risk)
    assert len(named) > 20


def test_the_catalogue_is_seeded_once_and_a_banks_own_is_kept(tmp_path: Path) -> None:
    first = open_book(tmp_path / "demo.sqlite")
    try:
        assert demo.generate_demo_book(first, 20, seed=1).products == 20
        again = demo.generate_demo_book(first, 20, seed=2)
        assert again.products == 0 and len(products.list_products(first)) == 20
    finally:
        first.close()
    own = open_book(tmp_path / "own.sqlite")
    try:
        draft = ProductDraft("B-01", "本行精选理财", ProductKind.WEALTH_PUBLIC, ProductRisk.R2)
        products.add_product(own, draft)
        assert demo.generate_demo_book(own, 20, seed=1).products == 0
        assert [p.name for p in products.list_products(own)] == ["本行精选理财"]
    finally:
        own.close()
