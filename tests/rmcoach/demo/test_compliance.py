"""The demo book's compliance side: realistic assessments, and a catalogue its meetings use."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from rmcoach.clock import FixedClock
from rmcoach.compliance.domain import (
    CivilCapacity,
    ProductDraft,
    ProductKind,
    SuitabilityRecord,
)
from rmcoach.compliance.suitability import add_months, needs_reassessment
from rmcoach.demo import build as demo
from rmcoach.demo.vocabulary import PRODUCTS
from rmcoach.domain import ProductRisk
from rmcoach.meeting_domain import MeetingStatus
from rmcoach.services.book import Book
from rmcoach.services.meetings.queries import get_meeting
from rmcoach.services.sales import products, suitability
from rmcoach.services.sales.meeting_compliance import meeting_compliance
from tests.conftest import NOW

TODAY = NOW.date()
CLIENTS = 1_000
VALID, EXPIRED, UNDATED = (
    "valid",
    "suitability.assessment_expired",
    "suitability.assessment_undated",
)


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


def assessment_state(record: SuitabilityRecord) -> str:
    codes = [r.code for r in needs_reassessment(record, TODAY)]
    return codes[0] if codes else VALID


def test_most_assessments_hold_some_lapsed_and_a_few_undated(demo_book: Book) -> None:
    found: Counter[str] = Counter()
    for client_id, since in query(demo_book, "SELECT id, client_since FROM clients"):
        record = suitability.get_record(demo_book, client_id)
        state = assessment_state(record)
        found[state] += 1
        assert record.risk_profile is not None  # every demo client has a level
        assert record.civil_capacity is CivilCapacity.FULL and record.guardian == ""
        if record.assessed_on is not None:  # assessed by the bank once a client, not later
            assert date.fromisoformat(str(since)) <= record.assessed_on < TODAY
        if state == EXPIRED:  # 13 to 30 months ago, with the rules' 12 months of validity
            assert record.assessed_on is not None
            assert add_months(TODAY, -30) <= record.assessed_on <= add_months(TODAY, -13)
    shares = {state: count / CLIENTS for state, count in found.items()}
    assert set(shares) == {VALID, EXPIRED, UNDATED}
    assert 0.80 <= shares[VALID] <= 0.90, shares
    assert 0.06 <= shares[EXPIRED] <= 0.14, shares
    assert 0.02 <= shares[UNDATED] <= 0.08, shares


def test_first_time_buyers_are_a_few_new_clients_without_investments(demo_book: Book) -> None:
    new = query(
        demo_book,
        "SELECT c.id, c.first_time_buyer, EXISTS (SELECT 1 FROM holdings h"
        "  WHERE h.client_id = c.id AND h.product_type IN ('wealth', 'fund', 'precious_metal'))"
        " FROM clients c WHERE c.client_since >= date('2026-11-29', '-180 days')",
    )
    first_timers = [row for row in new if row[1]]
    (everyone,) = query(demo_book, "SELECT sum(first_time_buyer) FROM clients")[0]
    assert everyone == len(first_timers)  # only new clients are first-time buyers
    assert not any(invested for _id, _first, invested in first_timers)
    assert 0 < len(first_timers) < 0.5 * len(new)
    assert suitability.get_record(demo_book, first_timers[0][0]).first_time_buyer


def test_products_within_the_clients_level_are_mostly_suitable(demo_book: Book) -> None:
    """What the prepare view marks: every catalogue product against the client. Products
    within the client's level are suitable unless the assessment has lapsed or is undated."""
    within = fine = 0
    for client_id in range(1, 301):
        record = suitability.get_record(demo_book, client_id)
        state, level = assessment_state(record), record.risk_profile
        assert level is not None
        for product, result in suitability.check_catalogue(demo_book, client_id):
            if product.risk.level > level.level:
                assert not result.suitable
                continue
            within += 1
            fine += result.suitable
            assert result.suitable == (state == VALID), (client_id, product.name, result)
    assert within > 2_000  # the catalogue is there and checked
    assert fine / within >= 0.8


def test_planned_meetings_mark_only_what_is_above_the_level_or_lapsed(demo_book: Book) -> None:
    """The prepare and live screens (meeting_compliance) on the demo's planned meetings:
    products within the client's level are mostly fine; those above it are marked."""
    planned = query(demo_book, f"SELECT id FROM meetings WHERE status = '{MeetingStatus.PLANNED}'")
    within: Counter[bool] = Counter()
    above = 0
    for (meeting_id,) in planned:
        meeting = get_meeting(demo_book, meeting_id)
        found = meeting_compliance(demo_book, meeting.plan.client_id, meeting_id=meeting.id)
        profile = found.record.risk_profile
        assert profile is not None
        for item, result in found.products:
            assert item.risk is not None
            if item.risk.level > profile.level:
                above += 1
                assert not result.suitable
            else:
                within[result.suitable] += 1
                assert result.suitable == (assessment_state(found.record) == VALID)
    assert above > 10 and within.total() > 100
    assert within[True] / within.total() >= 0.8, within


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
