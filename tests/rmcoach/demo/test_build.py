"""The demo book: reproducible from a seed, realistic, searchable, and consistent."""

from __future__ import annotations

import json
import random
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select, text

from rmcoach.clock import FixedClock, from_storage, to_storage
from rmcoach.compliance.recorded_sale import recorded_sale_applies
from rmcoach.demo import build as demo
from rmcoach.demo import meeting_vocabulary as words
from rmcoach.demo.base import Batch, BulkRows, StepInput, as_rows, json_list
from rmcoach.demo.clients import ClientGenerator
from rmcoach.demo.vocabulary import CONCERNS, PRODUCTS
from rmcoach.demo.writer import BatchWriter, BookChangedError
from rmcoach.domain import (
    ClientDraft,
    ClientQuery,
    Holding,
    HouseholdMember,
    ProductRisk,
    ProductType,
    RiskProfile,
    Tier,
)
from rmcoach.meeting_domain import MeetingStatus, MeetingType, Outcome
from rmcoach.pinyin import has_han
from rmcoach.playbook import load_default_playbook
from rmcoach.services.book import Book
from rmcoach.services.clients.records import add_client, get_client
from rmcoach.services.clients.search import search_clients
from rmcoach.services.followups.generated import generate_followups, is_working_day
from rmcoach.services.followups.records import today_view
from rmcoach.services.insights import snapshots
from rmcoach.services.meetings.queries import (
    PREPARE_PREFIX,
    client_meetings,
    get_meeting,
    live_meeting,
)
from rmcoach.services.stats import book_stats
from rmcoach.storage.errors import describe_error
from rmcoach.storage.schema import ClientEntity, ContactEntity, HoldingEntity
from rmcoach.validation import normalize_phone, validate_draft

SHANGHAI = ZoneInfo("Asia/Shanghai")
MEETING_TABLES = (
    "meetings",
    "meeting_checks",
    "meeting_notes",
    "meeting_objections",
    "meeting_products",
    "meeting_ratings",
    "meeting_amendments",
)
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
    tables = dump(morning)
    assert tables == dump(evening)
    assert replace(first, seconds=0) == replace(second, seconds=0)
    # a dump of nothing would also be equal
    assert all(tables[t] for t in (*MEETING_TABLES, "clients", "followups", "contacts"))


def test_indexes_built_after_the_load_give_the_same_book(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big demo into an empty book builds its secondary indexes at the end: same rows,
    same indexes as a demo that kept them all along."""
    monkeypatch.setattr(demo, "DEFER_INDEXES_FROM", 10**9)
    generate(tmp_path / "along.sqlite", 300, seed=7)
    monkeypatch.setattr(demo, "DEFER_INDEXES_FROM", 1)
    dropped: list[int] = []
    real = demo.deferred_indexes

    def watched(engine: Any, keep: frozenset[str]) -> Any:
        dropped.append(1)
        return real(engine, keep)

    monkeypatch.setattr(demo, "deferred_indexes", watched)
    generate(tmp_path / "after.sqlite", 300, seed=7)
    assert dropped == [1]
    assert dump(tmp_path / "after.sqlite") == dump(tmp_path / "along.sqlite")

    def indexes(path: Path) -> list[str]:
        return [r["sql"] for r in rows(path, "SELECT sql FROM sqlite_master WHERE type='index'")]

    assert sorted(map(str, indexes(tmp_path / "after.sqlite"))) == sorted(
        map(str, indexes(tmp_path / "along.sqlite"))
    )


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
        " (SELECT count(*) FROM client_fts) f, (SELECT count(*) FROM meetings) g,"
        " (SELECT count(*) FROM followups) u",
    )[0]
    stored = (counts["c"], counts["h"], counts["m"], counts["k"], counts["g"], counts["u"])
    assert stored == (
        summary.clients,
        summary.holdings,
        summary.household,
        summary.contacts,
        summary.meetings,
        summary.followups,
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
    """What the services derive from a client: pinyin keys, sort key, index document and
    short-search keys."""
    with book.read() as conn:
        found = conn.execute(
            text(
                "SELECT name_pinyin, name_initials, name_sort, mobile,"
                " (SELECT doc FROM client_fts WHERE rowid = :id),"
                " (SELECT group_concat(key, '|') FROM (SELECT key FROM client_search_keys"
                "  WHERE client_id = :id ORDER BY key)) FROM clients WHERE id = :id"
            ),
            {"id": client_id},
        ).one()
    assert found[-1], "every demo client has short-search keys"
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


def test_short_searches_of_a_demo_book_find_exactly_the_clients_that_match(
    tmp_path: Path,
) -> None:
    """1-2 character searches go through client_search_keys; a plain scan is the oracle."""
    path = tmp_path / "book.sqlite"
    generate(path, 300, seed=7)
    table = rows(
        path,
        "SELECT c.id, c.name_zh, c.name_en, c.name_pinyin, c.name_initials, c.occupation,"
        " c.employer, (SELECT group_concat(value, ' ') FROM client_tags t"
        "  WHERE t.client_id = c.id) AS tags FROM clients c WHERE c.archived_at IS NULL",
    )

    def scanned(term: str) -> set[int]:
        if has_han(term):
            fields = ("name_zh", "occupation", "employer", "tags")
            return {r["id"] for r in table if any(term in (r[f] or "") for f in fields)}
        words = lambda r: (r["name_en"] or "").lower().split()  # noqa: E731
        return {
            r["id"]
            for r in table
            if r["name_pinyin"].startswith(term)
            or r["name_initials"].startswith(term)
            or any(w.startswith(term) for w in words(r))
        }

    rng = random.Random(5)
    named = [r for r in table if r["name_zh"]]
    terms = {r["name_zh"][0] for r in rng.sample(named, 15)}  # surnames: 王
    terms |= {r["name_zh"][1:3] for r in rng.sample(named, 15) if len(r["name_zh"]) == 3}
    terms |= {r["occupation"][:2] for r in table if has_han(r["occupation"][:2])}  # 医生
    terms |= {r["name_initials"][:2] for r in rng.sample(named, 10)}  # wf
    terms |= {w.lower()[:2] for r in table for w in (r["name_en"] or "").split()[:1]}
    book = open_book(path)
    try:
        for term in sorted(terms):
            expected = scanned(term)
            assert expected, term
            assert search_ids(book, term) == expected, term
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
    """Meetings and completed follow-ups are contacts too; last contact is the newest."""
    stored_now = to_storage(NOW).isoformat(" ")
    clients = rows(
        big_book,
        "SELECT c.id, c.last_contact_at, c.client_since, max(k.occurred_at) AS newest,"
        " min(k.occurred_at) AS first, count(k.id) AS n"
        " FROM clients c LEFT JOIN contacts k ON k.client_id = c.id GROUP BY c.id",
    )
    for c in clients:
        assert c["last_contact_at"] == c["newest"]
        if c["n"]:
            assert c["newest"] < stored_now
            # business hours in Shanghai fall on the same UTC date, so dates compare as text
            assert c["first"][:10] >= c["client_since"]
    assert any(c["n"] >= 20 for c in clients) and any(c["n"] <= 2 for c in clients)
    created = rows(big_book, "SELECT max(created_at) AS latest FROM clients")[0]["latest"]
    assert created < stored_now  # nothing is dated after the clock's now
    # every held meeting is a visit logged when it started, summed up as wrap_up does
    unlogged = rows(
        big_book,
        "SELECT count(*) AS n FROM meetings m WHERE m.status = 'done' AND NOT EXISTS"
        " (SELECT 1 FROM contacts k WHERE k.client_id = m.client_id AND k.channel = 'visit'"
        " AND k.occurred_at = m.started_at"
        " AND k.summary IN (m.outcome_notes, (SELECT group_concat(value, '; ')"
        " FROM json_each(m.objectives_json))))",
    )
    assert unlogged[0]["n"] == 0


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
    with book.read() as conn:
        first_meetings = conn.execute(text("SELECT count(*) FROM meetings")).scalar_one()
        first_birthdays = conn.execute(
            text("SELECT count(*) FROM followups WHERE source_key LIKE 'birthday:%'")
        ).scalar_one()
    calls = iter([False, True])  # cancelled after the first batch
    summary = demo.generate_demo_book(book, 100, seed=4, cancelled=lambda: next(calls))
    assert summary.clients == 40
    with book.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM clients")).scalar_one() == 140
        meetings = conn.execute(text("SELECT count(*) FROM meetings")).scalar_one()
        inconsistent = conn.execute(
            text(
                "SELECT count(*) FROM clients c WHERE c.last_contact_at IS NOT"
                " (SELECT max(occurred_at) FROM contacts k WHERE k.client_id = c.id)"
            )
        ).scalar_one()
        generated = conn.execute(
            text("SELECT count(*) FROM followups WHERE source_key LIKE 'birthday:%'")
        ).scalar_one()
    assert summary.meetings == meetings - first_meetings > 0  # the batch came whole
    assert inconsistent == 0
    assert generated == first_birthdays  # a cancelled run stops: no calendar pass


@pytest.mark.parametrize("count", [0, -1, demo.MAX_CLIENTS + 1])
def test_the_client_count_is_checked(book: Book, count: int) -> None:
    with pytest.raises(ValueError, match="between 1 and"):
        demo.generate_demo_book(book, count, seed=1)


# --- meetings and follow-ups ------------------------------------------------------------


def local(stored: str) -> datetime:
    """A stored naive-UTC timestamp as Shanghai time."""
    moment = from_storage(datetime.fromisoformat(stored), SHANGHAI)
    assert moment is not None
    return moment


def test_meetings_belong_to_clients_and_record_the_playbook(big_book: Path) -> None:
    playbook = load_default_playbook()
    found = rows(
        big_book,
        "SELECT m.status, m.meeting_type, m.playbook_id, m.playbook_version, c.id AS client"
        " FROM meetings m LEFT JOIN clients c ON c.id = m.client_id",
    )
    assert all(m["client"] is not None for m in found)
    assert {(m["playbook_id"], m["playbook_version"]) for m in found} == {
        (playbook.id, playbook.version)
    }
    statuses = Counter(m["status"] for m in found)
    assert statuses.keys() == {"done", "planned", "cancelled"}  # never live: no resume dialog
    assert 8 <= len(found) / 2_000 <= 12  # about ten meetings a client
    assert statuses["cancelled"] < 0.05 * len(found)
    kinds = Counter(m["meeting_type"] for m in found if m["status"] == "done")
    order = [kind for kind, _ in kinds.most_common()]
    assert order[:2] == ["review", "presentation"]
    assert kinds["maturity"] > kinds["recovery"] and kinds["acquisition"] > kinds["recovery"]
    assert 0 < kinds["recovery"] < 0.04 * sum(kinds.values())


def test_done_meetings_have_a_whole_record(big_book: Path) -> None:
    stored_now = to_storage(NOW).isoformat(" ")
    done = rows(
        big_book,
        "SELECT m.*, c.client_since, c.created_at AS client_created FROM meetings m"
        " JOIN clients c ON c.id = m.client_id WHERE m.status = 'done'",
    )
    for m in done:
        assert m["created_at"] < m["scheduled_at"] <= m["completed_at"] < stored_now
        assert m["started_at"] <= m["ended_at"] <= m["completed_at"] <= m["updated_at"]
        assert m["client_created"] <= m["created_at"]
        assert local(m["started_at"]).date() > date.fromisoformat(m["client_since"])
        assert 1 <= len(json.loads(m["objectives_json"])) <= 3
        assert 1 <= len(json.loads(m["questions_json"])) <= 3
        assert m["outcome"] in {o.value for o in Outcome}
        assert m["satisfaction"] is None or 1 <= m["satisfaction"] <= 5
    english = [m for m in done if m["stated_needs"] and not has_han(m["objectives_json"])]
    assert english and all(not has_han(m["stated_needs"]) for m in english)
    assert any(m["consent_to_record"] is None for m in done)
    assert {m["consent_to_record"] for m in done} >= {0, 1}
    # the first meeting of a client won within the last years is the acquisition
    firsts = rows(
        big_book,
        "SELECT m.meeting_type, (SELECT min(started_at) FROM meetings o WHERE o.client_id ="
        " m.client_id AND o.status = 'done') AS first, m.started_at FROM meetings m"
        " WHERE m.meeting_type = 'acquisition' AND m.status = 'done'",
    )
    assert firsts and all(m["started_at"] == m["first"] for m in firsts)


def test_what_was_captured_fits_the_meeting(big_book: Path) -> None:
    notes = rows(
        big_book,
        "SELECT n.meeting_id, n.at, m.started_at, m.ended_at FROM meeting_notes n"
        " JOIN meetings m ON m.id = n.meeting_id",
    )
    assert notes and all(n["started_at"] <= n["at"] <= n["ended_at"] for n in notes)
    assert max(Counter(n["meeting_id"] for n in notes).values()) == 4
    objections = rows(
        big_book,
        "SELECT o.*, m.started_at, m.ended_at FROM meeting_objections o"
        " JOIN meetings m ON m.id = o.meeting_id",
    )
    assert all(o["started_at"] <= o["at"] <= o["ended_at"] for o in objections)
    assert max(Counter(o["meeting_id"] for o in objections).values()) == 2
    assert {o["resolved"] for o in objections} == {0, 1}
    assert all(o["response"] for o in objections if o["resolved"])
    ratings = rows(big_book, "SELECT meeting_id, phase_id, rating FROM meeting_ratings")
    assert {r["phase_id"] for r in ratings} == {"rapport", "questioning", "listening", "responding"}
    assert {r["rating"] for r in ratings} <= {1, 2, 3, 4, 5}
    assert set(Counter(r["meeting_id"] for r in ratings).values()) == {4}
    products = rows(big_book, "SELECT risk, product_type, discussed FROM meeting_products")
    assert {p["risk"] for p in products} <= {"R1", "R2", "R3", "R4", "R5"}
    assert {p["discussed"] for p in products} == {0, 1}
    amended = rows(
        big_book,
        "SELECT a.at, m.completed_at, m.updated_at FROM meeting_amendments a"
        " JOIN meetings m ON m.id = a.meeting_id",
    )
    assert amended and all(a["completed_at"] < a["at"] == a["updated_at"] for a in amended)


def test_ticks_are_playbook_items_and_some_are_skipped_more(big_book: Path) -> None:
    playbook = load_default_playbook()
    live = {i.id for p in playbook.phases if p.id != "prepare" for i in p.items}
    live -= {i.id for i in playbook.phase("follow_up").items}
    prepare = {PREPARE_PREFIX + i.id for i in playbook.phase("prepare").items}
    checks = rows(
        big_book,
        "SELECT k.item_id, k.checked_at, m.status, m.scheduled_at, m.started_at, m.ended_at,"
        " m.created_at FROM meeting_checks k JOIN meetings m ON m.id = k.meeting_id",
    )
    assert {k["item_id"] for k in checks} <= live | prepare
    for k in checks:
        if k["item_id"] in prepare:
            assert k["created_at"] <= k["checked_at"]
            assert k["status"] == "planned" or k["checked_at"] < k["scheduled_at"]
        else:
            assert k["status"] == "done"
            assert k["started_at"] <= k["checked_at"] <= k["ended_at"]
    held = rows(big_book, "SELECT count(*) AS n FROM meetings WHERE status = 'done'")[0]["n"]
    ticked = Counter(k["item_id"] for k in checks if k["item_id"] in live)
    shares = sorted(ticked.get(item, 0) / held for item in live)
    # the "most skipped" insight needs contrast: some items are rarely ticked, some mostly
    assert shares[0] < 0.05 and shares[-1] > 10 * shares[0]
    assert 3 <= len(checks) / held <= 9  # a realistic handful per meeting


def test_every_sale_made_passes_the_sale_gate(big_book: Path) -> None:
    """An agreed meeting written in bulk is one meetings.wrap_up would accept: a recorded
    sale has the client's consent, and no product sold is above the client's level."""
    found = rows(
        big_book,
        "SELECT m.id, m.meeting_type, m.place, m.consent_to_record, c.risk_profile,"
        " p.name, p.risk, p.product_type, p.discussed FROM meetings m"
        " JOIN clients c ON c.id = m.client_id"
        " LEFT JOIN meeting_products p ON p.meeting_id = m.id"
        " WHERE m.status = 'done' AND m.outcome = 'agreed'",
    )
    sales: dict[int, list[sqlite3.Row]] = {}
    for row in found:
        sales.setdefault(row["id"], []).append(row)
    recorded = 0
    for sold in sales.values():
        first = sold[0]
        listed = [p for p in sold if p["name"] is not None]
        sold_products = [p for p in listed if p["discussed"]] or listed
        kinds = [ProductType(p["product_type"]) for p in sold_products] or [None]
        kind = MeetingType(first["meeting_type"])
        if any(recorded_sale_applies(kind, first["place"], k) for k in kinds):
            recorded += 1
            assert first["consent_to_record"] == 1, dict(first)
        level = RiskProfile(first["risk_profile"]).level
        assert all(ProductRisk(p["risk"]).level <= level for p in sold_products), dict(first)
    assert len(sales) > 1_000 and recorded > 100  # the check ran on real sales


def test_satisfaction_trends_and_some_clients_cool_off(big_book: Path) -> None:
    found = rows(
        big_book,
        "SELECT client_id, satisfaction FROM meetings WHERE status = 'done'"
        " AND satisfaction IS NOT NULL ORDER BY client_id, started_at",
    )
    by_client: dict[int, list[int]] = {}
    for m in found:
        by_client.setdefault(m["client_id"], []).append(m["satisfaction"])
    changes = [sum(s[-4:]) / 4 - sum(s[:4]) / 4 for s in by_client.values() if len(s) >= 12]
    assert changes
    falling = sum(change <= -1 for change in changes) / len(changes)
    assert 0.1 < falling < 0.5  # some relationships cool off; most do not


def test_planned_meetings_are_in_the_next_30_days_in_working_hours(big_book: Path) -> None:
    planned = rows(
        big_book,
        "SELECT m.*, c.risk_profile FROM meetings m JOIN clients c ON c.id = m.client_id"
        " WHERE m.status = 'planned'",
    )
    assert len(planned) > 50
    for m in planned:
        at = local(m["scheduled_at"])
        assert NOW < at <= NOW + timedelta(days=31)
        assert is_working_day(at.date()) and time(9) <= at.time() <= time(16, 30)
        assert m["started_at"] is None and m["completed_at"] is None
        assert m["outcome"] is None and json.loads(m["objectives_json"])
        assert m["created_at"] < to_storage(NOW).isoformat(" ")
    riskier = rows(
        big_book,
        "SELECT count(DISTINCT m.id) AS n FROM meetings m JOIN clients c ON c.id = m.client_id"
        " JOIN meeting_products p ON p.meeting_id = m.id WHERE m.status = 'planned'"
        " AND substr(p.risk, 2) > substr(c.risk_profile, 2)",
    )
    assert riskier[0]["n"] > 0  # the prepare screen's suitability flag has work to do
    products = rows(
        big_book,
        "SELECT count(*) AS n FROM meeting_products p JOIN meetings m ON m.id = p.meeting_id"
        " WHERE m.status = 'planned'",
    )
    assert products[0]["n"] >= len(planned)  # every planned meeting presents something


def test_followups_from_meetings_are_done_late_or_open(big_book: Path) -> None:
    today = TODAY.isoformat()
    found = rows(
        big_book,
        "SELECT f.*, m.client_id AS meeting_client, m.started_at, m.completed_at AS wrapped"
        " FROM followups f JOIN meetings m ON m.id = f.meeting_id",
    )
    assert {f["kind"] for f in found} == {"call", "visit", "send_material", "service_review"}
    for f in found:
        assert f["client_id"] == f["meeting_client"]
        assert f["due_on"] > f["started_at"][:10] and f["created_at"] == f["wrapped"]
        if f["status"] == "done":
            assert f["wrapped"] < f["completed_at"] == f["updated_at"] and f["outcome"]
        else:
            assert f["completed_at"] is None and f["outcome"] == ""
    done = [f for f in found if f["status"] == "done"]
    assert any(f["completed_at"][:10] <= f["due_on"] for f in done)  # on time
    assert any(f["completed_at"][:10] > f["due_on"] for f in done)  # late
    open_ = [f for f in found if f["status"] == "open"]
    assert any(f["due_on"] < today for f in open_) and any(f["due_on"] >= today for f in open_)
    assert {f["status"] for f in found} == {"open", "done", "cancelled"}
    # completing one is a contact, logged as followups.complete_followup logs it
    missing = rows(
        big_book,
        "SELECT count(*) AS n FROM followups f WHERE f.status = 'done' AND NOT EXISTS"
        " (SELECT 1 FROM contacts k WHERE k.client_id = f.client_id"
        " AND k.occurred_at = f.completed_at AND k.summary = f.title || '：' || f.outcome)",
    )
    assert missing[0]["n"] == 0


def test_the_calendar_raises_its_own_followups(big_book: Path) -> None:
    keys = Counter(
        r["source_key"].split(":")[0]
        for r in rows(big_book, "SELECT source_key FROM followups WHERE source_key IS NOT NULL")
    )
    assert keys["maturity"] and keys["birthday"] and keys["cadence"] and keys["meeting"]
    book = open_book(big_book)
    try:  # a second pass finds nothing left to raise
        assert generate_followups(book).created == 0
    finally:
        book.close()


def test_a_demo_book_reads_back_through_the_services(big_book: Path) -> None:
    book = open_book(big_book)
    try:
        assert live_meeting(book) is None
        stats = book_stats(book)
        assert all(stats[k] > 0 for k in ("meetings", "meetings_planned", "followups_open"))
        done_id, planned_id = (
            rows(big_book, f"SELECT max(id) AS id FROM meetings WHERE status = '{s}'")[0]["id"]
            for s in ("done", "planned")
        )
        done = get_meeting(book, done_id)
        assert done.wrap_up is not None and done.started_at is not None
        planned = get_meeting(book, planned_id)
        assert planned.status is MeetingStatus.PLANNED and planned.plan.products
        history = client_meetings(book, done.plan.client_id)
        assert done_id in {m.id for m in history}
        assert today_view(book).overdue
    finally:
        book.close()


def test_stats_count_meetings_and_followups_of_a_small_demo(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite"
    generate(path, 300, seed=7)
    book = open_book(path)
    try:
        stats = book_stats(book)
    finally:
        book.close()
    for key in ("meetings", "meetings_planned", "followups", "followups_open"):
        assert stats[key] > 0, key


def test_stored_rows_match_what_sqlalchemy_would_store(tmp_path: Path) -> None:
    """The bulk path writes dates, booleans and defaults exactly as insert() does."""
    generator = ClientGenerator(random.Random(5), NOW, set(), set())
    made = [generator.client(i + 1) for i in range(60)]
    ours, theirs = open_book(tmp_path / "ours.sqlite"), open_book(tmp_path / "theirs.sqlite")
    try:
        batch = Batch(len(made), {})
        step = StepInput(made, random.Random(1), NOW, batch, {})
        for entity, attribute in ((HoldingEntity, "holdings"), (ContactEntity, "contacts")):
            step.write(entity, *as_rows(entity, [r for c in made for r in getattr(c, attribute)]))
        batch.ops.insert(
            0, BulkRows(ClientEntity.__table__, *as_rows(ClientEntity, [c.row for c in made]))
        )
        with BatchWriter(ours.engine, lambda size: None) as writer:
            writer.write(batch)
        with theirs.engine.begin() as conn:
            conn.execute(insert(ClientEntity), [c.row for c in made])
            conn.execute(insert(HoldingEntity), [r for c in made for r in c.holdings])
            conn.execute(insert(ContactEntity), [r for c in made for r in c.contacts])
    finally:
        ours.close()
        theirs.close()
    mine, reference = dump(tmp_path / "ours.sqlite"), dump(tmp_path / "theirs.sqlite")
    for table in ("clients", "holdings", "contacts"):
        assert mine[table] and mine[table] == reference[table], table


def test_demo_texts_are_safe_for_the_fast_json_writer() -> None:
    texts = [p.name for p in PRODUCTS] + list(CONCERNS)
    for name, value in vars(words).items():
        if not name.isupper():
            continue
        stack = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                texts.append(item)
            elif isinstance(item, dict):
                stack.extend(item.values())
            elif isinstance(item, tuple | list):
                stack.extend(item)
    assert len(texts) > 200
    assert json_list(texts) == json.dumps(texts, ensure_ascii=False)
    assert json_list([]) == "[]"


def test_a_book_changed_meanwhile_stops_the_demo_cleanly(
    book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "BATCH_SIZE", 20)
    added: list[int] = []

    def meddle(done: int, total: int) -> None:
        if not added:  # the RM adds a client while batch 2 is being built
            added.append(add_client(book, ClientDraft(name_zh="插队客户")).client.id)

    with pytest.raises(
        BookChangedError, match=r"another program wrote to the book \(clients\)"
    ) as e:
        demo.generate_demo_book(book, 60, seed=3, progress=meddle)
    # the CLI's one line says what happened, not "unexpected error (BookChangedError)"
    assert describe_error(e.value) == str(e.value) and "\n" not in str(e.value)
    with book.read() as conn:
        count = conn.execute(text("SELECT count(*) FROM clients")).scalar_one()
        orphans = conn.execute(
            text("SELECT count(*) FROM meetings WHERE client_id NOT IN (SELECT id FROM clients)")
        ).scalar_one()
    assert count == 21 and orphans == 0  # the first batch and the RM's client, nothing torn
    assert_foreign_keys_checked(book)


def assert_foreign_keys_checked(book: Book) -> None:
    """The writer turns foreign keys off for its batches: every pooled connection must have
    them on again, or the app's own deletes would stop cascading."""
    connections = [book.engine.raw_connection() for _ in range(3)]  # the writer's among them
    try:
        for conn in connections:
            assert conn.driver_connection is not None
            assert conn.driver_connection.execute("PRAGMA foreign_keys").fetchone() == (1,)
    finally:
        for conn in connections:
            conn.close()


def test_foreign_keys_are_checked_again_after_a_demo(book: Book) -> None:
    demo.generate_demo_book(book, 30, seed=3)
    assert_foreign_keys_checked(book)


def test_each_demo_client_has_a_year_of_monthly_snapshots_and_today(big_book: Path) -> None:
    found = rows(
        big_book,
        "SELECT client_id, count(*) AS n, min(taken_on) AS first, max(taken_on) AS last"
        " FROM asset_snapshots GROUP BY client_id",
    )
    assert len(found) == 2_000
    assert {(r["n"], r["first"], r["last"]) for r in found} == {
        (13, "2025-11-01", TODAY.isoformat())
    }
    today = {
        r["id"]: r["aum_fen"] == r["snap"]
        for r in rows(
            big_book,
            "SELECT c.id, c.aum_fen, s.aum_fen AS snap FROM clients c"
            " JOIN asset_snapshots s ON s.client_id = c.id AND s.taken_on = :today".replace(
                ":today", f"'{TODAY.isoformat()}'"
            ),
        )
    }
    assert all(today.values()) and len(today) == 2_000  # today's is the current figure
    book = open_book(big_book)
    try:
        trend = snapshots.book_trend(book, date(2025, 11, 1), TODAY)
    finally:
        book.close()
    assert len(trend) == 13  # the dashboard's year of history
