"""Client records through the service: add, read, edit, validate, archive, contacts, referrals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from rmcoach.clock import FixedClock
from rmcoach.domain import (
    Channel,
    ClientDraft,
    ClientQuery,
    ClientRecord,
    CommunicationStyle,
    Gender,
    Holding,
    HouseholdMember,
    OpChanges,
    ProductRisk,
    ProductType,
    RiskProfile,
    Tier,
)
from rmcoach.services.book import Book
from rmcoach.services.clients.records import (
    ClientNotFoundError,
    add_client,
    archive_clients,
    book_has_clients,
    count_active,
    find_client_id,
    get_client,
    log_contact,
    restore_clients,
    update_client,
)
from rmcoach.services.clients.search import count_clients, search_clients
from rmcoach.validation import ValidationError

TABLES = ("clients", "client_tags", "holdings", "household_members", "contacts", "client_fts")


def row_counts(book: Book) -> dict[str, int]:
    with book.read() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def without_ids(draft: ClientDraft) -> ClientDraft:
    return replace(
        draft,
        holdings=tuple(replace(h, id=None) for h in draft.holdings),
        household=tuple(replace(m, id=None) for m in draft.household),
    )


def listed_ids(book: Book, query: ClientQuery | None = None) -> list[int]:
    return [row.id for row in search_clients(book, query or ClientQuery(), limit=1000).rows]


def full_draft(spouse_id: int, referrer_id: int) -> ClientDraft:
    """Every field filled in, typed the way an RM types (spaces, separators, repeats)."""
    return ClientDraft(
        name_zh=" 王芳 ",
        name_en="  Fang   Wang ",
        client_no=" C-2024/007 ",
        gender=Gender.FEMALE,
        birthday=date(1978, 2, 14),
        birthday_lunar=True,
        mobile="+86 138-0013-8000",
        phone_other="(010) 6212 3456",
        email=" fang.wang@example.com ",
        address="北京市朝阳区建国路88号",
        preferred_channel=Channel.WECHAT,
        best_time_to_call="工作日晚上7点后",
        occupation="财务总监",
        employer="华夏建设集团",
        personality="谨慎，重视细节",
        communication_style=CommunicationStyle.ANALYTICAL,
        habits="每天晨跑",
        interests=("高尔夫", " 茶道 ", "高尔夫", "golf"),
        concerns="子女教育金",
        mindset="偏保守，担心本金",
        tier=Tier.PRIVATE,
        risk_profile=RiskProfile.C3,
        aum_fen=860_000_000,
        client_since=date(2015, 6, 1),
        referred_by_id=referrer_id,
        tags=("重点客户", "企业主 ", "", "重点客户"),
        notes="喜欢提前预约",
        holdings=(
            Holding(
                name=" 稳享90天 ",
                product_type=ProductType.WEALTH,
                risk=ProductRisk.R2,
                amount_fen=100_000_000,
                start_date=date(2026, 9, 1),
                maturity_date=date(2026, 11, 30),
            ),
            Holding(name="大额存单", product_type=ProductType.DEPOSIT, amount_fen=300_000_000),
        ),
        household=(
            HouseholdMember(
                name="李明",
                relation="配偶",
                birthday=date(1976, 8, 8),
                linked_client_id=spouse_id,
                notes="也是我行客户",
            ),
            HouseholdMember(name="李小雨", relation="女儿", birthday=date(2012, 4, 1)),
        ),
    )


def test_a_fully_populated_client_reads_back_as_given(
    book: Book, clock: FixedClock, make_client
) -> None:
    spouse = make_client(book, name_zh="李明")
    referrer = make_client(book, name_zh="赵敏", name_en="Min Zhao")
    saved = add_client(book, full_draft(spouse.id, referrer.id))

    expected = ClientDraft(
        name_zh="王芳",
        name_en="Fang Wang",
        client_no="C-2024/007",
        gender=Gender.FEMALE,
        birthday=date(1978, 2, 14),
        birthday_lunar=True,
        mobile="13800138000",
        phone_other="01062123456",
        email="fang.wang@example.com",
        address="北京市朝阳区建国路88号",
        preferred_channel=Channel.WECHAT,
        best_time_to_call="工作日晚上7点后",
        occupation="财务总监",
        employer="华夏建设集团",
        personality="谨慎，重视细节",
        communication_style=CommunicationStyle.ANALYTICAL,
        habits="每天晨跑",
        interests=("高尔夫", "茶道", "golf"),
        concerns="子女教育金",
        mindset="偏保守，担心本金",
        tier=Tier.PRIVATE,
        risk_profile=RiskProfile.C3,
        aum_fen=860_000_000,
        client_since=date(2015, 6, 1),
        referred_by_id=referrer.id,
        tags=("重点客户", "企业主"),
        notes="喜欢提前预约",
        holdings=(
            Holding(
                name="稳享90天",
                product_type=ProductType.WEALTH,
                risk=ProductRisk.R2,
                amount_fen=100_000_000,
                start_date=date(2026, 9, 1),
                maturity_date=date(2026, 11, 30),
            ),
            Holding(name="大额存单", product_type=ProductType.DEPOSIT, amount_fen=300_000_000),
        ),
        household=(
            HouseholdMember(
                name="李明",
                relation="配偶",
                birthday=date(1976, 8, 8),
                linked_client_id=spouse.id,
                notes="也是我行客户",
            ),
            HouseholdMember(name="李小雨", relation="女儿", birthday=date(2012, 4, 1)),
        ),
    )
    stored = get_client(book, saved.client.id)
    assert without_ids(stored.draft) == expected
    assert saved.client == stored  # what the write returns is what is stored
    assert all(h.id is not None for h in stored.draft.holdings)
    assert all(m.id is not None for m in stored.draft.household)
    assert stored.created_at == stored.updated_at == clock.now()
    assert stored.archived_at is None and stored.last_contact_at is None
    assert stored.contacts == ()
    assert stored.referred_by_name == "赵敏 (Min Zhao)"
    assert stored.display_name == "王芳 (Fang Wang)"
    assert saved.changes == OpChanges(clients=True, client_ids=frozenset({stored.id}))
    assert find_client_id(book, "C-2024/007") == stored.id
    assert find_client_id(book, " C-2024/007 ") == stored.id


def test_a_minimal_client_has_the_defaults(book: Book, make_client) -> None:
    record = make_client(book, name_en="Alice Wong")
    assert get_client(book, record.id).draft == ClientDraft(name_en="Alice Wong")
    assert book_has_clients(book)


def test_a_new_book_has_no_clients(book: Book) -> None:
    assert not book_has_clients(book)
    assert count_active(book) == 0


def test_update_replaces_fields_holdings_household_and_tags(
    book: Book, clock: FixedClock, make_client
) -> None:
    spouse = make_client(book, name_zh="李明")
    referrer = make_client(book, name_zh="赵敏")
    original = add_client(book, full_draft(spouse.id, referrer.id)).client
    before = row_counts(book)

    clock.set(clock.now() + timedelta(days=3))
    edited = replace(
        original.draft,
        mobile="139 1234 5678",
        tier=Tier.WEALTH,
        # keeps one tag and one interest, drops others, adds new ones
        tags=("重点客户", "新客户"),
        interests=("golf", "钓鱼"),
        holdings=(Holding(name="黄金积存", product_type=ProductType.PRECIOUS_METAL, amount_fen=5),),
        household=(),
    )
    saved = update_client(book, original.id, edited)

    stored = get_client(book, original.id)
    assert saved.client == stored
    assert saved.changes == OpChanges(clients=True, client_ids=frozenset({original.id}))
    assert stored.draft.mobile == "13912345678"
    assert stored.draft.tier is Tier.WEALTH
    assert stored.draft.tags == ("重点客户", "新客户")
    assert stored.draft.interests == ("golf", "钓鱼")
    assert without_ids(stored.draft).holdings == (
        Holding(name="黄金积存", product_type=ProductType.PRECIOUS_METAL, amount_fen=5),
    )
    assert stored.draft.household == ()
    assert stored.created_at == original.created_at
    assert stored.updated_at == clock.now()
    # the old children are gone from the tables, not orphaned
    after = row_counts(book)
    assert after["holdings"] == before["holdings"] - 1
    assert after["household_members"] == before["household_members"] - 2
    assert after["client_tags"] == before["client_tags"] - 5 + 4
    assert after["clients"] == before["clients"]


def test_update_keeps_the_search_index_in_step(book: Book, make_client) -> None:
    record = make_client(book, name_zh="王芳", tags=("高净值客户",), mobile="13800138000")
    update_client(book, record.id, replace(record.draft, tags=("退休教师",), mobile="13912345678"))
    assert listed_ids(book, ClientQuery(text="高净值客户")) == []
    assert listed_ids(book, ClientQuery(text="退休教师")) == [record.id]
    assert listed_ids(book, ClientQuery(text="0013800")) == []
    assert listed_ids(book, ClientQuery(text="1234567")) == [record.id]


def test_an_unchanged_save_succeeds(book: Book, make_client) -> None:
    record = make_client(book, name_zh="王芳", client_no="C1", tags=("a", "b"), interests=("c",))
    saved = update_client(book, record.id, record.draft)
    assert without_ids(saved.client.draft) == without_ids(record.draft)


VALID = ClientDraft(name_zh="王芳", mobile="13800138000")


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"name_zh": "   ", "name_en": " "}, "name_zh", "name_required"),
        ({"mobile": "1380013800"}, "mobile", "phone_invalid"),
        ({"phone_other": "tel 123"}, "phone_other", "phone_invalid"),
        ({"email": "wang@example"}, "email", "email_invalid"),
        ({"birthday": date(2026, 11, 30)}, "birthday", "date_in_future"),
        ({"aum_fen": -1}, "aum_fen", "amount_negative"),
        (
            {
                "holdings": (
                    Holding(
                        name="定期", start_date=date(2026, 1, 2), maturity_date=date(2026, 1, 1)
                    ),
                )
            },
            "holdings[0].maturity_date",
            "maturity_before_start",
        ),
        ({"client_no": "C-001"}, "client_no", "client_no_taken"),
    ],
)
def test_invalid_drafts_are_refused_and_nothing_is_written(
    book: Book, make_client, change: dict[str, object], field: str, code: str
) -> None:
    existing = make_client(
        book, name_zh="李娜", client_no="C-001", tags=("t",), holdings=(Holding(name="h"),)
    )
    other = make_client(book, name_zh="张三", client_no="C-002")
    before = row_counts(book)
    bad = replace(VALID, **change)  # type: ignore[arg-type]

    with pytest.raises(ValidationError) as raised:
        add_client(book, bad)
    assert [(e.field, e.code) for e in raised.value.errors] == [(field, code)]
    assert row_counts(book) == before

    # the same draft as an edit of another client changes nothing either
    with pytest.raises(ValidationError) as raised:
        update_client(book, other.id, bad)
    assert [(e.field, e.code) for e in raised.value.errors] == [(field, code)]
    assert row_counts(book) == before
    assert get_client(book, other.id) == other
    assert get_client(book, existing.id) == existing


def test_a_client_keeps_its_own_client_number_on_edit(book: Book, make_client) -> None:
    record = make_client(book, name_zh="李娜", client_no="C-001")
    saved = update_client(book, record.id, replace(record.draft, notes="x"))
    assert saved.client.draft.client_no == "C-001"


def test_a_client_cannot_refer_themselves(book: Book, make_client) -> None:
    record = make_client(book, name_zh="李娜")
    with pytest.raises(ValidationError) as raised:
        update_client(book, record.id, replace(record.draft, referred_by_id=record.id))
    assert [(e.field, e.code) for e in raised.value.errors] == [("referred_by_id", "self_referral")]
    assert get_client(book, record.id).draft.referred_by_id is None


def test_archive_hides_and_restore_brings_back(book: Book, clock: FixedClock, make_client) -> None:
    kept = make_client(book, name_zh="张三")
    gone = make_client(book, name_zh="李娜")
    also_gone = make_client(book, name_zh="王芳")

    changes = archive_clients(book, [gone.id, also_gone.id])
    assert changes == OpChanges(clients=True, client_ids=frozenset({gone.id, also_gone.id}))
    assert listed_ids(book) == [kept.id]
    assert count_clients(book, ClientQuery()) == 1
    assert count_active(book) == 1
    assert listed_ids(book, ClientQuery(text="李娜")) == []
    assert sorted(listed_ids(book, ClientQuery(archived_only=True))) == [gone.id, also_gone.id]
    assert get_client(book, gone.id).archived_at == clock.now()
    assert book_has_clients(book)

    restore_clients(book, [gone.id])
    assert sorted(listed_ids(book)) == [kept.id, gone.id]
    assert count_clients(book, ClientQuery()) == 2
    assert count_active(book) == 2
    assert get_client(book, gone.id).archived_at is None
    assert listed_ids(book, ClientQuery(text="李娜")) == [gone.id]


def test_archiving_nothing_changes_nothing(book: Book) -> None:
    assert archive_clients(book, []) == OpChanges()


def test_log_contact_moves_last_contact_only_forward(
    book: Book, clock: FixedClock, make_client
) -> None:
    record = make_client(book, name_zh="张三")
    first = clock.now() - timedelta(days=10)
    earlier = clock.now() - timedelta(days=20)

    changes = log_contact(book, record.id, Channel.PHONE, "谈到续期", at=first)
    assert changes == OpChanges(clients=True, followups=True, client_ids=frozenset({record.id}))
    assert get_client(book, record.id).last_contact_at == first

    log_contact(book, record.id, Channel.VISIT, "补录的上门拜访", at=earlier)
    stored = get_client(book, record.id)
    assert stored.last_contact_at == first  # an older contact does not move it back
    assert [(c.occurred_at, c.channel, c.summary) for c in stored.contacts] == [
        (first, Channel.PHONE, "谈到续期"),
        (earlier, Channel.VISIT, "补录的上门拜访"),
    ]

    log_contact(book, record.id, Channel.WECHAT)  # now, by the book's clock
    stored = get_client(book, record.id)
    assert stored.last_contact_at == clock.now()
    assert len(stored.contacts) == 3
    assert stored.contacts[0].occurred_at == clock.now()


def test_contact_times_keep_their_instant_across_zones(book: Book, make_client) -> None:
    record = make_client(book, name_zh="张三")
    in_new_york = datetime.fromisoformat("2026-11-28T20:30:00-05:00")
    log_contact(book, record.id, Channel.PHONE, at=in_new_york)
    assert get_client(book, record.id).last_contact_at == in_new_york


def test_referrals_show_in_both_records(book: Book, make_client) -> None:
    referrer = make_client(book, name_zh="赵敏")
    first = make_client(book, name_zh="张三", referred_by_id=referrer.id)
    second = make_client(book, name_en="Alice Wong", referred_by_id=referrer.id)
    make_client(book, name_zh="李娜")  # not a referral

    assert get_client(book, first.id).referred_by_name == "赵敏"
    assert get_client(book, second.id).referred_by_name == "赵敏"
    # ordered by name: alice wong before zhangsan
    assert get_client(book, referrer.id).referrals == (
        (second.id, "Alice Wong"),
        (first.id, "张三"),
    )
    assert first.referred_by_name == "赵敏"  # the add returns it too


def test_missing_clients_raise_client_not_found(book: Book, make_client) -> None:
    record = make_client(book, name_zh="张三", client_no="C-1")
    missing = record.id + 100
    with pytest.raises(ClientNotFoundError):
        get_client(book, missing)
    with pytest.raises(ClientNotFoundError):
        update_client(book, missing, ClientDraft(name_zh="李娜"))
    with pytest.raises(ClientNotFoundError):
        log_contact(book, missing, Channel.PHONE)
    with pytest.raises(ClientNotFoundError):
        find_client_id(book, "C-2")
    assert row_counts(book)["clients"] == 1
    assert row_counts(book)["contacts"] == 0


def test_records_are_plain_frozen_values(book: Book, make_client) -> None:
    record: ClientRecord = make_client(book, name_zh="张三")
    with pytest.raises(AttributeError):
        record.draft.name_zh = "李四"  # type: ignore[misc]
    book.close()
    # a record read earlier is still usable with the book closed: no lazy ORM loading
    assert record.draft.name_zh == "张三"
