"""The demo book: reproducible from a seed, realistic, searchable, and consistent."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from rmcoach.clock import FixedClock, to_storage
from rmcoach.domain import ClientDraft, ClientQuery, Holding, HouseholdMember, Tier
from rmcoach.pinyin import has_han
from rmcoach.services import demo
from rmcoach.services.book import Book
from rmcoach.services.client_search import search_clients
from rmcoach.services.clients import add_client, get_client
from rmcoach.storage.schema import ClientEntity
from rmcoach.validation import normalize_phone, validate_draft

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 29, 10, 0, tzinfo=SHANGHAI)
TODAY = NOW.date()
FEN_PER_WAN = 10_000 * 100


def open_book(path: Path, at: datetime = NOW) -> Book:
    return Book.open(path, clock=FixedClock(at))


def generate(path: Path, clients: int, seed: int, at: datetime = NOW) -> demo.DemoSummary:
    book = open_book(path, at)
    try:
        return demo.generate_demo_book(book, clients, seed)
    finally:
        book.close()


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table in the file, the search index's own tables included."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}
    finally:
        conn.close()


def rows(path: Path, sql: str) -> list[sqlite3.Row]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def big_book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """2,000 demo clients: enough for the distributions, shared by the read-only tests."""
    path = tmp_path_factory.mktemp("demo") / "book.sqlite"
    summary = generate(path, 2_000, seed=11)
    assert summary.clients == 2_000
    yield path


def test_the_same_seed_and_date_give_the_same_book(tmp_path: Path) -> None:
    morning = tmp_path / "morning.sqlite"
    evening = tmp_path / "evening.sqlite"
    first = generate(morning, 300, seed=7, at=NOW.replace(hour=8, minute=5))
    second = generate(evening, 300, seed=7, at=NOW.replace(hour=23, minute=50))
    assert dump(morning) == dump(evening)
    assert (first.clients, first.holdings, first.household, first.contacts) == (
        second.clients,
        second.holdings,
        second.household,
        second.contacts,
    )
    assert dump(morning)["clients"]  # a dump of nothing would also be equal


def test_a_different_seed_gives_a_different_book(tmp_path: Path) -> None:
    generate(tmp_path / "a.sqlite", 300, seed=7)
    generate(tmp_path / "b.sqlite", 300, seed=8)
    a, b = dump(tmp_path / "a.sqlite"), dump(tmp_path / "b.sqlite")
    assert a["clients"] != b["clients"]
    assert {r[2] for r in a["clients"]} != {r[2] for r in b["clients"]}  # other names


def test_the_summary_counts_what_was_stored(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite"
    summary = generate(path, 300, seed=7)
    counts = rows(
        path,
        "SELECT (SELECT count(*) FROM clients) c, (SELECT count(*) FROM holdings) h,"
        " (SELECT count(*) FROM household_members) m, (SELECT count(*) FROM contacts) k,"
        " (SELECT count(*) FROM client_fts) f",
    )[0]
    assert (summary.clients, summary.holdings, summary.household, summary.contacts) == (
        counts["c"],
        counts["h"],
        counts["m"],
        counts["k"],
    )
    assert counts["f"] == 300  # every client is in the search index
    assert summary.seconds > 0


def test_search_document_matches_what_the_services_index(book: Book) -> None:
    draft = ClientDraft(
        name_zh="欧阳娜娜",
        name_en="Nana Ouyang",
        client_no="6222000011112222",
        mobile="13912345678",
        phone_other="02161234567",
        occupation="医生",
        employer="瑞金医院",
        interests=("高尔夫", "书法"),
        tags=("重点客户", "新客户"),
    )
    client_id = add_client(book, draft).client.id
    with book.read() as conn:
        stored = conn.execute(
            text("SELECT doc FROM client_fts WHERE rowid = :id"), {"id": client_id}
        ).scalar_one()
        row = conn.execute(select(ClientEntity.__table__).where(ClientEntity.id == client_id))
        mapping = dict(row.one()._mapping)
    assert demo.demo_search_document(mapping, draft.interests, draft.tags) == stored


def derived(book: Book, client_id: int) -> tuple[Any, ...]:
    """What the services derive from a client: pinyin keys, sort key and index document."""
    with book.read() as conn:
        found = conn.execute(
            text(
                "SELECT name_pinyin, name_initials, name_sort, mobile,"
                " (SELECT doc FROM client_fts WHERE rowid = :id) FROM clients WHERE id = :id"
            ),
            {"id": client_id},
        ).one()
    return tuple(found)


def test_demo_clients_are_stored_as_the_services_store_them(tmp_path: Path, book: Book) -> None:
    """Each kind of demo client, added again through add_client, gets the same derived data."""
    path = tmp_path / "demo.sqlite"
    generate(path, 300, seed=7)
    kinds = {
        "english": "name_zh = ''",
        "bilingual": "name_zh != '' AND name_en != ''",
        "chinese": "name_en = '' AND length(name_zh) = 3",
        "two characters": "length(name_zh) = 2",
        "with interests": "id IN (SELECT client_id FROM client_tags WHERE kind = 'interest')",
        "with tags": "id IN (SELECT client_id FROM client_tags WHERE kind = 'tag')",
        "with another phone": "phone_other != ''",
    }
    picked: dict[int, str] = {}
    for label, where in kinds.items():
        found = rows(path, f"SELECT id FROM clients WHERE {where} ORDER BY id")
        assert found, label
        picked.setdefault(next(r["id"] for r in found if r["id"] not in picked), label)
    demo_book = open_book(path)
    try:
        for client_id, label in picked.items():
            original = get_client(demo_book, client_id).draft
            assert not validate_draft(original, TODAY), label
            # ids of other clients mean nothing in the second book
            again = replace(
                original,
                referred_by_id=None,
                household=tuple(replace(m, linked_client_id=None) for m in original.household),
            )
            copy_id = add_client(book, again).client.id
            assert derived(book, copy_id) == derived(demo_book, client_id), label
    finally:
        demo_book.close()


def search_ids(book: Book, query: str) -> set[int]:
    return {r.id for r in search_clients(book, ClientQuery(text=query), limit=5_000).rows}


def test_demo_clients_are_found_by_the_real_search(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite"
    generate(path, 300, seed=7)
    three = rows(path, "SELECT id, name_zh, name_initials FROM clients WHERE length(name_zh) = 3")
    two = rows(path, "SELECT id, name_zh, name_initials FROM clients WHERE length(name_zh) = 2")
    assert three and two
    book = open_book(path)
    try:
        for client in three[:20]:
            assert client["id"] in search_ids(book, client["name_zh"])  # full name (trigram)
            assert client["id"] in search_ids(book, client["name_initials"])  # e.g. wjg
            assert client["id"] in search_ids(book, client["name_initials"][:2])  # prefix path
        for client in two[:20]:
            assert client["id"] in search_ids(book, client["name_zh"])  # e.g. 王芳
            assert client["id"] in search_ids(book, client["name_initials"])  # e.g. wf
    finally:
        book.close()


def test_phones_and_numbers_are_valid_canonical_and_unique(big_book: Path) -> None:
    clients = rows(big_book, "SELECT mobile, phone_other, client_no FROM clients")
    mobiles = [c["mobile"] for c in clients]
    assert all(normalize_phone(m) == m and m[0] == "1" and len(m) == 11 for m in mobiles)
    assert all(normalize_phone(c["phone_other"]) == c["phone_other"] for c in clients)
    assert len(set(mobiles)) == len(mobiles)
    numbers = [c["client_no"] for c in clients]
    assert all(n.startswith("6222") and n.isdigit() for n in numbers)
    assert len(set(numbers)) == len(numbers)


def test_aum_is_within_the_tier_band(big_book: Path) -> None:
    bands = {
        Tier.PRIVATE: (600, None),
        Tier.WEALTH: (100, 600),
        Tier.VIP: (50, 100),
        Tier.MASS: (0, 50),
    }
    for client in rows(big_book, "SELECT tier, aum_fen FROM clients"):
        low, high = bands[Tier(client["tier"])]
        assert client["aum_fen"] >= low * FEN_PER_WAN
        assert high is None or client["aum_fen"] < high * FEN_PER_WAN


def test_tiers_names_and_ages_have_a_realistic_mix(big_book: Path) -> None:
    clients = rows(big_book, "SELECT * FROM clients")
    tiers = Counter(c["tier"] for c in clients)
    assert 0.01 < tiers["private"] / 2_000 < 0.06
    assert 0.08 < tiers["wealth"] / 2_000 < 0.17
    assert 0.20 < tiers["vip"] / 2_000 < 0.30
    assert 0.54 < tiers["mass"] / 2_000 < 0.66
    chinese_only = [c for c in clients if c["name_zh"] and not c["name_en"]]
    assert 0.80 < len(chinese_only) / 2_000 < 0.90
    assert all(has_han(c["name_zh"]) for c in chinese_only)
    assert any(not c["name_zh"] and c["name_en"] for c in clients)  # English only
    assert any(len(c["name_zh"]) == 2 for c in clients)  # 王芳, 李娜
    compound = ("欧阳", "司马", "上官", "诸葛", "司徒", "东方", "皇甫", "慕容")
    assert any(c["name_zh"].startswith(compound) for c in clients)
    surnames = Counter(c["name_zh"][0] for c in chinese_only)
    assert {s for s, _ in surnames.most_common(5)} & {"王", "李", "张"}
    lunar = sum(c["birthday_lunar"] for c in clients) / 2_000
    assert 0.04 < lunar < 0.12
    for client in clients:
        born = date.fromisoformat(client["birthday"])
        age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
        assert 25 <= age <= 85
    assert Counter(c["gender"] for c in clients).keys() == {"F", "M"}


def test_holdings_are_consistent(big_book: Path) -> None:
    holdings = rows(
        big_book,
        "SELECT h.*, c.risk_profile, c.aum_fen AS aum FROM holdings h JOIN clients c"
        " ON c.id = h.client_id",
    )
    assert holdings
    for h in holdings:
        assert h["amount_fen"] > 0
        if h["maturity_date"] is not None:
            assert h["maturity_date"] >= h["start_date"]
    suitable = sum(int(h["risk"][1]) <= int(h["risk_profile"][1]) for h in holdings)
    assert suitable / len(holdings) > 0.85  # mostly within the client's risk profile
    soon = (TODAY + timedelta(days=90)).isoformat()
    due = [h for h in holdings if h["maturity_date"] and TODAY.isoformat() <= h["maturity_date"]]
    assert any(h["maturity_date"] <= soon for h in due)  # maturities show up on the dashboard
    per_client = rows(
        big_book,
        "SELECT c.aum_fen, coalesce(sum(h.amount_fen), 0) AS held, count(h.id) AS n"
        " FROM clients c LEFT JOIN holdings h ON h.client_id = c.id GROUP BY c.id",
    )
    assert all(r["held"] <= r["aum_fen"] and r["n"] <= 5 for r in per_client)


def test_contacts_history_and_last_contact_agree(big_book: Path) -> None:
    stored_now = to_storage(NOW).isoformat(" ")
    oldest = to_storage(NOW - timedelta(days=550)).isoformat(" ")
    clients = rows(
        big_book,
        "SELECT c.id, c.last_contact_at, c.client_since, max(k.occurred_at) AS newest,"
        " min(k.occurred_at) AS first, count(k.id) AS n"
        " FROM clients c LEFT JOIN contacts k ON k.client_id = c.id GROUP BY c.id",
    )
    for c in clients:
        assert c["last_contact_at"] == c["newest"]
        assert c["n"] <= 8
        if c["n"]:
            assert oldest <= c["first"] and c["newest"] < stored_now
            # business hours in Shanghai fall on the same UTC date, so dates compare as text
            assert c["first"][:10] >= c["client_since"]
    assert any(c["n"] == 0 for c in clients) and any(c["n"] >= 5 for c in clients)
    created = rows(big_book, "SELECT max(created_at) AS latest FROM clients")[0]["latest"]
    assert created < stored_now  # nothing is dated after the clock's now


def test_households_and_referrals_point_at_real_clients(big_book: Path) -> None:
    clients = rows(big_book, "SELECT id, referred_by_id FROM clients")
    ids = {c["id"] for c in clients}
    referred = [c for c in clients if c["referred_by_id"] is not None]
    assert referred
    assert all(c["referred_by_id"] in ids and c["referred_by_id"] != c["id"] for c in referred)
    members = rows(big_book, "SELECT client_id, relation, linked_client_id FROM household_members")
    with_household = {m["client_id"] for m in members}
    assert 0.2 < len(with_household) / 2_000 < 0.4
    assert {m["relation"] for m in members} == {"配偶", "子女", "父母"}
    linked = [m for m in members if m["linked_client_id"] is not None]
    assert linked and all(m["linked_client_id"] in ids for m in linked)
    tags = {r["value"] for r in rows(big_book, "SELECT value FROM client_tags WHERE kind='tag'")}
    assert tags == {"重点客户", "新客户", "待激活", "高潜力"}


def test_a_demo_adds_to_a_book_without_collisions(tmp_path: Path) -> None:
    reference = tmp_path / "reference.sqlite"
    generate(reference, 50, seed=7)
    first = rows(reference, "SELECT mobile, client_no FROM clients ORDER BY id LIMIT 1")[0]
    path = tmp_path / "book.sqlite"
    book = open_book(path)
    try:
        # a real client holding exactly the phone and number the demo would draw first
        mine = add_client(
            book,
            ClientDraft(
                name_zh="张三",
                mobile=first["mobile"],
                client_no=first["client_no"],
                holdings=(Holding(name="大额存单3年", amount_fen=100),),
                household=(HouseholdMember(name="李四", relation="配偶"),),
            ),
        ).client
        summary = demo.generate_demo_book(book, 50, seed=7)
    finally:
        book.close()
    assert summary.clients == 50
    clients = rows(path, "SELECT id, name_zh, mobile, client_no FROM clients ORDER BY id")
    assert len(clients) == 51 and clients[0]["name_zh"] == "张三" and clients[0]["id"] == mine.id
    assert len({c["mobile"] for c in clients}) == 51
    assert len({c["client_no"] for c in clients}) == 51
    assert rows(path, "SELECT count(*) AS n FROM client_fts")[0]["n"] == 51


def test_progress_is_reported_and_cancel_keeps_whole_batches(
    book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "BATCH_SIZE", 40)
    seen: list[tuple[int, int]] = []
    summary = demo.generate_demo_book(
        book, 100, seed=3, progress=lambda done, total: seen.append((done, total))
    )
    assert seen == [(40, 100), (80, 100), (100, 100)]
    assert summary.clients == 100
    calls = iter([False, True])  # cancelled after the first batch
    summary = demo.generate_demo_book(book, 100, seed=4, cancelled=lambda: next(calls))
    assert summary.clients == 40
    with book.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM clients")).scalar_one() == 140


@pytest.mark.parametrize("count", [0, -1, demo.MAX_CLIENTS + 1])
def test_the_client_count_is_checked(book: Book, count: int) -> None:
    with pytest.raises(ValueError, match="between 1 and"):
        demo.generate_demo_book(book, count, seed=1)
