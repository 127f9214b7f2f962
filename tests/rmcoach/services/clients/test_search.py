"""The client list: search-as-you-type over names, pinyin, phones, numbers and tags;
filters; SQL sorting checked against Python's sort; keyset paging that never skips or
repeats a client."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from rmcoach.clock import FixedClock
from rmcoach.domain import (
    Channel,
    ClientDraft,
    ClientQuery,
    ClientRow,
    Holding,
    RiskProfile,
    SortKey,
    Tier,
)
from rmcoach.pinyin import has_han, name_keys
from rmcoach.services.book import Book
from rmcoach.services.clients.records import add_client, archive_clients, log_contact
from rmcoach.services.clients.search import count_clients, search_clients, search_terms
from tests.conftest import MakeClient
from tests.rmcoach.services.query_plans import query_plans

NOW = datetime.fromisoformat("2026-11-29T10:00:00+08:00")
TIER_RANK = {Tier.PRIVATE: 0, Tier.WEALTH: 1, Tier.VIP: 2, Tier.MASS: 3}
MILLION_YUAN = 100_000_000  # fen


@dataclass(frozen=True)
class Sample:
    """One hand-made client: a unique label for assertions, the draft, and its history."""

    label: str
    draft: ClientDraft
    last_contact: datetime | None = None
    archived: bool = False


def sample(
    label: str,
    *,
    last_contact: datetime | None = None,
    archived: bool = False,
    **fields: Any,
) -> Sample:
    if "name_zh" not in fields and "name_en" not in fields:
        fields["name_zh"] = label
    return Sample(label, ClientDraft(**fields), last_contact, archived)


SAMPLES: tuple[Sample, ...] = (
    sample(
        "张三",
        client_no="C1001",
        mobile="138 0013 8000",
        tier=Tier.VIP,
        risk_profile=RiskProfile.C3,
        aum_fen=MILLION_YUAN,
        tags=("高净值",),
        interests=("高尔夫", "golf"),
        occupation="医生",
        employer="协和医院",
        client_since=date(2015, 3, 1),
        last_contact=NOW - timedelta(days=4),
        holdings=(
            Holding(name="已到期理财", maturity_date=date(2026, 1, 1)),
            Holding(name="季度理财", maturity_date=date(2027, 3, 1)),
            Holding(name="月度理财", maturity_date=date(2026, 12, 15)),
        ),
    ),
    sample(
        "张三丰",
        client_no="C1002",
        mobile="139 1234 5678",
        tier=Tier.PRIVATE,
        risk_profile=RiskProfile.C5,
        aum_fen=50 * MILLION_YUAN,
        interests=("太极",),
        occupation="武术教练",
        employer="武当山",
        client_since=date(2010, 1, 1),
        last_contact=NOW - timedelta(days=181),
    ),
    sample(
        "张伟",
        client_no="C1003",
        mobile="13700001111",
        tier=Tier.MASS,
        risk_profile=RiskProfile.C2,
        aum_fen=MILLION_YUAN,
    ),
    sample(
        "李娜",
        client_no="C1004",
        mobile="150-0000-2222",
        tier=Tier.WEALTH,
        risk_profile=RiskProfile.C4,
        aum_fen=3 * MILLION_YUAN,
        interests=("网球", "tennis"),
        occupation="运动员",
        client_since=date(2018, 7, 1),
        last_contact=NOW - timedelta(days=30),  # exactly 30 days: contacted within 30
    ),
    sample(
        "王芳",
        client_no="C1005",
        mobile="15100003333",
        phone_other="010-6212 3456",
        tier=Tier.WEALTH,
        risk_profile=RiskProfile.C2,
        aum_fen=MILLION_YUAN,
        tags=("退休",),
        client_since=date(2012, 5, 20),
        last_contact=NOW - timedelta(days=30, minutes=1),
    ),
    sample(
        "王芳(2)",  # a second client with the same name
        name_zh="王芳",
        client_no="C1099",
        tier=Tier.MASS,
        aum_fen=MILLION_YUAN,
        client_since=date(2012, 5, 20),
    ),
    sample(
        "欧阳娜娜",
        client_no="C1006",
        mobile="15200004444",
        tier=Tier.VIP,
        risk_profile=RiskProfile.C3,
        interests=("大提琴", "cello"),
        last_contact=NOW - timedelta(days=4),  # same moment as 张三
    ),
    sample(
        "单田芳",
        client_no="C1007",
        mobile="15300005555",
        risk_profile=RiskProfile.C1,
        occupation="评书演员",
        client_since=date(2015, 3, 1),
    ),
    sample(
        "曾国藩",
        client_no="C1008",
        mobile="15500006666",
        tier=Tier.PRIVATE,
        risk_profile=RiskProfile.C4,
        aum_fen=20 * MILLION_YUAN,
    ),
    sample(
        "Alice Wong",
        name_en="Alice Wong",
        client_no="HK-0009",
        mobile="+852 6123 4567",
        tier=Tier.WEALTH,
        risk_profile=RiskProfile.C3,
        aum_fen=MILLION_YUAN,
        interests=("sailing",),
        employer="HSBC",
        last_contact=NOW - timedelta(days=1),
    ),
    sample(
        "陈美玲",
        name_zh="陈美玲",
        name_en="Mary Chen",
        client_no="C1010",
        mobile="15600007777",
        tier=Tier.VIP,
        risk_profile=RiskProfile.C4,
        tags=("海归",),
    ),
    sample("褚明", client_no="C1011"),
    sample("赵敏", client_no="C1012", employer="张江高科"),
    sample(
        "韩梅梅",
        client_no="C1013",
        tier=Tier.VIP,
        aum_fen=MILLION_YUAN,
        archived=True,
    ),
    sample("钱多多", client_no="A_1"),
    sample("孙悦", client_no="AB1"),
    sample("周杰", client_no="8801234"),
    sample("郑爽", client_no="C1014"),  # initials zs, like 张三
    # the rest of the book: ties on every sort key (mass, 1m or 0, never contacted)
    *(
        sample(
            name,
            client_no=f"C10{15 + i}",
            mobile=f"177{i:08d}",
            tier=(Tier.MASS, Tier.VIP, Tier.WEALTH)[i % 3],
            aum_fen=MILLION_YUAN if i % 2 else 0,
            risk_profile=(None, RiskProfile.C2, RiskProfile.C3)[i % 3],
            client_since=date(2020, 1, 1) if i % 4 == 0 else None,
        )
        for i, name in enumerate(
            [
                "吴昊",
                "冯雪",
                "蒋勤",
                "杨洋",
                "朱婷",
                "秦岚",
                "尤佳",
                "何炅",
                "黄小明",
                "林峰",
                "高圆",
            ]
        )
    ),
    sample("Bob", name_en="Bob", last_contact=NOW - timedelta(days=400)),
)

LABELS = [s.label for s in SAMPLES]
ACTIVE = {s.label for s in SAMPLES if not s.archived}


@dataclass
class SearchBook:
    book: Book
    clock: FixedClock
    ids: dict[str, int] = field(default_factory=dict)

    @property
    def labels(self) -> dict[int, str]:
        return {i: label for label, i in self.ids.items()}

    def walk(self, query: ClientQuery, limit: int = 7) -> list[ClientRow]:
        """Every row of the query, page after page; checks the pages as it goes."""
        rows: list[ClientRow] = []
        cursor: tuple[object, int] | None = None
        while True:
            page = search_clients(self.book, query, cursor=cursor, limit=limit)
            rows.extend(page.rows)
            if page.next_cursor is None:
                assert len(page.rows) <= limit
                break
            assert len(page.rows) == limit
            cursor = page.next_cursor
            assert len(rows) < 10 * len(SAMPLES), "paging does not end"
        return rows

    def find(self, text: str = "", **options: Any) -> set[str]:
        query = ClientQuery(text=text, **options)
        rows = self.walk(query)
        ids = [r.id for r in rows]
        assert len(ids) == len(set(ids))
        assert count_clients(self.book, query) == len(ids)
        return {self.labels[i] for i in ids}


@pytest.fixture(scope="module")
def searchable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchBook]:
    """One book with the sample clients, shared by the read-only tests of this module."""
    clock = FixedClock(NOW)
    book = Book.open(Path(tmp_path_factory.mktemp("search")) / "book.sqlite", clock=clock)
    found = SearchBook(book, clock)
    for s in SAMPLES:
        record = add_client(book, s.draft).client
        found.ids[s.label] = record.id
        if s.last_contact is not None:
            log_contact(book, record.id, Channel.PHONE, at=s.last_contact)
    archive_clients(book, [found.ids[s.label] for s in SAMPLES if s.archived])
    yield found
    book.close()


@pytest.fixture
def sb(searchable: SearchBook) -> Iterator[SearchBook]:
    searchable.clock.set(NOW)
    yield searchable
    searchable.clock.set(NOW)


def test_the_sample_book_is_as_designed(sb: SearchBook) -> None:
    assert len(SAMPLES) >= 30
    assert len(set(LABELS)) == len(LABELS)
    assert sb.find() == ACTIVE
    assert sb.find(include_archived=True) == set(LABELS)


# ------------------------------------------------------------------------ pinyin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two letters: a prefix of the initials (or the pinyin, or an English name)
        ("zs", {"张三", "张三丰", "郑爽"}),
        ("ZS", {"张三", "张三丰", "郑爽"}),
        ("zsf", {"张三丰"}),
        # full pinyin: found anywhere in the pinyin, so a prefix finds longer names too
        ("zhangsan", {"张三", "张三丰"}),
        ("ZhangSan", {"张三", "张三丰"}),
        ("zhangsanf", {"张三丰"}),
        ("zhang san", {"张三", "张三丰"}),
        ("zhang", {"张三", "张三丰", "张伟"}),
        ("lina", {"李娜"}),
        ("ouyang", {"欧阳娜娜"}),
        ("oynn", {"欧阳娜娜"}),
        # surnames read as surnames
        ("shan", {"单田芳"}),
        ("stf", {"单田芳"}),
        ("dan", set()),
        ("zeng", {"曾国藩"}),
        ("zgf", {"曾国藩"}),
        ("ceng", set()),
    ],
)
def test_pinyin_and_initials(sb: SearchBook, text: str, expected: set[str]) -> None:
    assert sb.find(text) == expected


# ------------------------------------------------------------------- Chinese text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one character: every name with it, and employers, occupations, tags
        ("张", {"张三", "张三丰", "张伟", "赵敏"}),  # 赵敏 works at 张江高科
        ("娜", {"李娜", "欧阳娜娜"}),
        ("芳", {"王芳", "王芳(2)", "单田芳"}),
        # two characters, the common length of a Chinese name
        ("李娜", {"李娜"}),
        ("张三", {"张三", "张三丰"}),
        ("王芳", {"王芳", "王芳(2)"}),
        ("娜娜", {"欧阳娜娜"}),
        # three and more go through the trigram index
        ("张三丰", {"张三丰"}),
        ("单田芳", {"单田芳"}),
        ("欧阳娜娜", {"欧阳娜娜"}),
        ("陈美玲", {"陈美玲"}),
        ("韩梅梅", set()),  # archived
        ("张四", set()),
    ],
)
def test_chinese_names(sb: SearchBook, text: str, expected: set[str]) -> None:
    assert sb.find(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("退休", {"王芳"}),  # a tag, two characters
        ("高净值", {"张三"}),  # a tag, three characters
        ("网球", {"李娜"}),  # an interest
        ("高尔夫", {"张三"}),
        ("大提琴", {"欧阳娜娜"}),
        ("golf", {"张三"}),  # English interests
        ("tennis", {"李娜"}),
        ("Cello", {"欧阳娜娜"}),
        ("sailing", {"Alice Wong"}),
        ("医生", {"张三"}),  # occupation
        ("评书演员", {"单田芳"}),
        ("协和", {"张三"}),  # employer
        ("武当山", {"张三丰"}),
        ("hsbc", {"Alice Wong"}),
    ],
)
def test_tags_interests_occupation_and_employer(
    sb: SearchBook, text: str, expected: set[str]
) -> None:
    assert sb.find(text) == expected


# ------------------------------------------------------------------ English names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("al", {"Alice Wong"}),  # prefix of the name
        ("Al", {"Alice Wong"}),
        ("Alic", {"Alice Wong"}),
        ("alice wong", {"Alice Wong"}),
        ("wo", {"Alice Wong"}),  # prefix of a later word
        ("Wong", {"Alice Wong"}),
        ("li", {"李娜", "林峰"}),  # lina, linfeng
        ("mary", {"陈美玲"}),
        ("Chen", {"陈美玲"}),
        # "ch" starts chenmeiling, chuming and the word Chen of Mary Chen
        ("ch", {"陈美玲", "褚明"}),
        ("bo", {"Bob"}),
        ("ob", set()),  # inside a word is not a word prefix
    ],
)
def test_english_names(sb: SearchBook, text: str, expected: set[str]) -> None:
    assert sb.find(text) == expected


# ------------------------------------------------------------ phones and numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8000", {"张三"}),  # last four digits
        ("0013800", {"张三"}),  # seven digits from the middle
        ("13800138000", {"张三"}),
        ("138-0013", {"张三"}),
        ("138 0013 8000", {"张三"}),
        ("+86 138 0013 8000", {"张三"}),
        ("(0086) 138-0013-8000", {"张三"}),
        ("1234 5678", {"张三丰"}),
        ("6212-3456", {"王芳"}),  # the other phone, a landline
        ("010 6212 3456", {"王芳"}),
        ("+86 10 6212 3456", {"王芳"}),
        ("6123 4567", {"Alice Wong"}),  # not 139 1234 5678
        ("+852 6123 4567", {"Alice Wong"}),
        ("5555", {"单田芳"}),
        ("1390", set()),
    ],
)
def test_phone_fragments(sb: SearchBook, text: str, expected: set[str]) -> None:
    assert sb.find(text) == expected


def test_client_number_prefixes(sb: SearchBook) -> None:
    def numbered(prefix: str) -> set[str]:
        return {
            s.label
            for s in SAMPLES
            if s.draft.client_no.upper().startswith(prefix.upper()) and not s.archived
        }

    assert sb.find("C1001") == {"张三"}
    c100_clients = {"张三", "张三丰", "张伟", "李娜", "王芳", "欧阳娜娜", "单田芳", "曾国藩"}
    assert numbered("C100") == c100_clients
    assert sb.find("C100") == c100_clients
    assert sb.find("C1") == numbered("C1")
    assert len(numbered("C1")) > 20
    assert sb.find("c101") == numbered("C101")
    assert sb.find("hk") == {"Alice Wong"}
    assert sb.find("HK-0009") == {"Alice Wong"}
    assert sb.find("88") == {"周杰"}  # digits: a prefix of the client number
    assert sb.find("8801") == {"周杰"}
    assert sb.find("12") == set()  # inside 8801234 and C1012: not a prefix
    assert sb.find("AB") == {"孙悦"}


# ------------------------------------------------------------ several words: AND


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张 golf", {"张三"}),
        ("zhang 医生", {"张三"}),
        ("张 太极", {"张三丰"}),
        ("娜 tennis", {"李娜"}),
        ("zs 协和", {"张三"}),
        ("王芳 退休", {"王芳"}),
        ("  张   golf  ", {"张三"}),
        ("张 tennis", set()),
    ],
)
def test_every_word_must_match(sb: SearchBook, text: str, expected: set[str]) -> None:
    assert sb.find(text) == expected


# ------------------------------------------------- input that must mean nothing special

NASTY = [
    '"',
    '""',
    '"""',
    '"张三',
    '张三"',
    '"张三"',
    "*",
    "zhang*",
    "张*",
    "AND",
    "zhang AND san",
    "OR",
    "NOT 张",
    "NEAR",
    "NEAR(zhang san)",
    "(",
    ")",
    "()",
    "-",
    "--",
    "-张三",
    "^",
    "zhang:san",
    "doc:zhang",
    "{doc}",
    "'",
    "';--",
    "\\",
    "/",
    "%",
    "_",
    "%%",
    "__",
    "a%",
    "张%",
    "张_",
    "%芳",
    "\x00",
    "😀",
    "+",
    "++",
    "()-+",
]


@pytest.mark.parametrize("text", NASTY)
def test_operator_characters_never_raise(sb: SearchBook, text: str) -> None:
    found = sb.find(text)  # also checks count == rows and no repeats
    assert found <= ACTIVE


@pytest.mark.parametrize(
    "text", ["zhang*", "NEAR", "%", "_", "%%", "__", "a%", "张%", "张_", "%芳", "*", '"']
)
def test_wildcards_and_operators_are_literal(sb: SearchBook, text: str) -> None:
    # a LIKE wildcard or an FTS operator would match some client; taken literally none does
    assert sb.find(text) == set()


def test_an_operator_word_is_searched_as_text(sb: SearchBook) -> None:
    assert sb.find("AND") == {"钱多多"}  # qi-AN-Duoduo: a substring, not an operator
    assert sb.find("zhang AND san") == set()


def test_underscore_in_a_client_number_is_literal(sb: SearchBook) -> None:
    assert sb.find("A_") == {"钱多多"}  # not AB1
    assert sb.find("A_1") == {"钱多多"}


@pytest.mark.parametrize("text", ["", "   ", "-", "()", "( - )"])
def test_no_words_is_the_whole_list(sb: SearchBook, text: str) -> None:
    assert sb.find(text) == ACTIVE


def test_search_terms() -> None:
    assert search_terms("  张 三  ") == ["张", "三"]
    assert search_terms("138 0013-8000") == ["13800138000"]
    assert search_terms("+86 138 0013 8000") == ["13800138000"]
    assert search_terms("138 0013") == ["1380013"]
    assert search_terms("") == []


# ------------------------------------------------------------------------ filters


def labels_where(predicate: Any) -> set[str]:
    return {s.label for s in SAMPLES if not s.archived and predicate(s)}


@pytest.mark.parametrize("tiers", [{Tier.VIP}, {Tier.PRIVATE, Tier.WEALTH}, set(Tier)])
def test_filter_by_tier(sb: SearchBook, tiers: set[Tier]) -> None:
    expected = labels_where(lambda s: s.draft.tier in tiers)
    assert expected
    assert sb.find(tiers=frozenset(tiers)) == expected


def test_filter_by_tier_excludes_archived(sb: SearchBook) -> None:
    found = sb.find(tiers=frozenset({Tier.VIP}))
    assert "韩梅梅" not in found
    assert "韩梅梅" in sb.find(tiers=frozenset({Tier.VIP}), include_archived=True)


@pytest.mark.parametrize(
    "profiles", [{RiskProfile.C4, RiskProfile.C5}, {RiskProfile.C1}, {RiskProfile.C3}]
)
def test_filter_by_risk_profile(sb: SearchBook, profiles: set[RiskProfile]) -> None:
    expected = labels_where(lambda s: s.draft.risk_profile in profiles)
    assert expected
    assert sb.find(risk_profiles=frozenset(profiles)) == expected


def test_filter_not_contacted_for_days(sb: SearchBook) -> None:
    def neglected(days: int, now: datetime) -> set[str]:
        cutoff = now - timedelta(days=days)
        return labels_where(lambda s: s.last_contact is None or s.last_contact < cutoff)

    found = sb.find(not_contacted_days=30)
    assert found == neglected(30, NOW)
    assert "王芳" in found  # 30 days and a minute ago
    assert "张三丰" in found  # half a year ago
    assert "张伟" in found  # never
    assert "李娜" not in found  # exactly 30 days ago
    assert "张三" not in found

    # the filter reads the book's clock: a day later 李娜 is overdue too
    sb.clock.set(NOW + timedelta(days=1))
    later = sb.find(not_contacted_days=30)
    assert later == neglected(30, NOW + timedelta(days=1))
    assert later == found | {"李娜"}

    sb.clock.set(NOW)
    assert sb.find(not_contacted_days=0) == neglected(0, NOW)
    assert sb.find(not_contacted_days=365) == neglected(365, NOW)
    assert "Bob" in sb.find(not_contacted_days=365)


def test_filter_archived(sb: SearchBook) -> None:
    assert sb.find(archived_only=True) == {"韩梅梅"}
    assert sb.find("韩", archived_only=True) == {"韩梅梅"}
    assert sb.find("韩") == set()
    assert sb.find("hanmeimei", include_archived=True) == {"韩梅梅"}
    assert sb.find(include_archived=True) == set(LABELS)


def test_filters_combine_with_text(sb: SearchBook) -> None:
    assert sb.find("张", tiers=frozenset({Tier.PRIVATE})) == {"张三丰"}
    assert sb.find("zs", risk_profiles=frozenset({RiskProfile.C3})) == {"张三"}
    assert sb.find("张", not_contacted_days=30) == {"张三丰", "张伟", "赵敏"}


# ---------------------------------------------------------------- sorting and paging


def expected_order(sort: SortKey, descending: bool, sb: SearchBook) -> list[str]:
    """Python's sort of the sample data, ties broken by id as the list does."""

    def value(s: Sample) -> Any:
        d = s.draft
        if sort is SortKey.NAME:
            return name_keys(d.name_zh).full or d.name_en.lower()
        if sort is SortKey.TIER:
            return TIER_RANK[d.tier]
        if sort is SortKey.AUM:
            return d.aum_fen
        if sort is SortKey.LAST_CONTACT:  # never contacted = the oldest
            return (s.last_contact is not None, s.last_contact or NOW)
        return (d.client_since is not None, d.client_since or date.min)

    active = [s for s in SAMPLES if not s.archived]
    ordered = sorted(active, key=lambda s: (value(s), sb.ids[s.label]), reverse=descending)
    return [s.label for s in ordered]


SORTS = [(key, desc) for key in SortKey for desc in (False, True)]


@pytest.mark.parametrize(("sort", "descending"), SORTS)
def test_sorting_matches_python_and_paging_walks_every_client_once(
    sb: SearchBook, sort: SortKey, descending: bool
) -> None:
    query = ClientQuery(sort=sort, descending=descending)
    one_page = search_clients(sb.book, query, limit=1000)
    assert one_page.next_cursor is None
    walked = sb.walk(query, limit=7)

    assert [r.id for r in walked] == [r.id for r in one_page.rows]
    assert len({r.id for r in walked}) == len(walked)
    assert [sb.labels[r.id] for r in walked] == expected_order(sort, descending, sb)
    assert count_clients(sb.book, query) == len(walked) == len(ACTIVE)


@pytest.mark.parametrize(("sort", "descending"), SORTS)
@pytest.mark.parametrize("limit", [1, 2, 3])
def test_small_pages_across_ties(
    sb: SearchBook, sort: SortKey, descending: bool, limit: int
) -> None:
    query = ClientQuery(sort=sort, descending=descending)
    walked = [sb.labels[r.id] for r in sb.walk(query, limit=limit)]
    assert walked == expected_order(sort, descending, sb)


def test_the_sample_has_ties_on_every_sort_key() -> None:
    active = [s for s in SAMPLES if not s.archived]

    def most_common(values: list[object]) -> int:
        return max(values.count(v) for v in values)

    assert most_common([s.draft.aum_fen for s in active]) >= 5
    assert most_common([s.last_contact for s in active]) >= 5
    assert most_common([s.draft.client_since for s in active]) >= 5
    assert most_common([s.draft.tier for s in active]) >= 5
    assert most_common([name_keys(s.draft.name_zh).full for s in active if s.draft.name_zh]) >= 2


def test_name_order_is_pinyin_order(sb: SearchBook) -> None:
    names = [sb.labels[r.id] for r in sb.walk(ClientQuery(sort=SortKey.NAME))]
    # Latin names sort by their letters among the pinyin: alice < bob < chenmeiling
    assert names[:3] == ["Alice Wong", "Bob", "陈美玲"]
    assert names[-7:] == ["张三", "张三丰", "张伟", "赵敏", "郑爽", "周杰", "朱婷"]
    assert names.index("王芳") < names.index("王芳(2)")  # same name: older first


def test_tier_order_is_private_wealth_vip_mass(sb: SearchBook) -> None:
    rows = sb.walk(ClientQuery(sort=SortKey.TIER))
    tiers = [r.tier for r in rows]
    seen = list(dict.fromkeys(tiers))
    assert seen == [Tier.PRIVATE, Tier.WEALTH, Tier.VIP, Tier.MASS]


def test_last_contact_order_puts_the_never_contacted_first(sb: SearchBook) -> None:
    rows = sb.walk(ClientQuery(sort=SortKey.LAST_CONTACT))
    never = [r for r in rows if r.last_contact_at is None]
    assert rows[: len(never)] == never
    assert sb.labels[rows[len(never)].id] == "Bob"  # 400 days ago
    assert sb.labels[rows[-1].id] == "Alice Wong"  # yesterday


def test_paging_a_search(sb: SearchBook) -> None:
    query = ClientQuery(text="张", sort=SortKey.AUM, descending=True)
    walked = [sb.labels[r.id] for r in sb.walk(query, limit=1)]
    assert walked[0] == "张三丰"
    assert set(walked) == {"张三", "张三丰", "张伟", "赵敏"}
    assert walked == [x for x in expected_order(SortKey.AUM, True, sb) if x in set(walked)]


def test_a_last_page_that_is_exactly_full_has_no_cursor(sb: SearchBook) -> None:
    total = len(ACTIVE)
    assert search_clients(sb.book, ClientQuery(), limit=total).next_cursor is None
    first = search_clients(sb.book, ClientQuery(), limit=total - 1)
    assert first.next_cursor is not None
    rest = search_clients(sb.book, ClientQuery(), cursor=first.next_cursor, limit=total - 1)
    assert len(rest.rows) == 1 and rest.next_cursor is None


def test_a_row_carries_what_the_list_shows(sb: SearchBook) -> None:
    (row,) = search_clients(sb.book, ClientQuery(text="C1001")).rows
    assert row.id == sb.ids["张三"]
    assert (row.name_zh, row.name_en, row.client_no) == ("张三", "", "C1001")
    assert row.display_name == "张三"
    assert row.tier is Tier.VIP and row.risk_profile is RiskProfile.C3
    assert row.aum_fen == MILLION_YUAN
    assert row.mobile == "13800138000"
    assert row.last_contact_at == NOW - timedelta(days=4)
    assert row.next_maturity == date(2026, 12, 15)  # the earliest still to come
    assert row.tags == "高净值"  # tags only; interests are not shown in the list
    (bilingual,) = search_clients(sb.book, ClientQuery(text="Mary")).rows
    assert bilingual.display_name == "陈美玲 (Mary Chen)"
    assert bilingual.next_maturity is None and bilingual.risk_profile is RiskProfile.C4


@pytest.mark.parametrize("text", ["王", "王芳", "教师", "zs", "Al", "C1", "88", "张三丰"])
@pytest.mark.parametrize(
    "query",
    [
        ClientQuery(),
        ClientQuery(tiers=frozenset({Tier.VIP}), not_contacted_days=30),
        ClientQuery(include_archived=True, sort=SortKey.AUM, descending=True),
    ],
    ids=["plain", "filtered", "archived-by-aum"],
)
def test_a_search_looks_up_its_matches_and_never_walks_the_book(
    sb: SearchBook, text: str, query: ClientQuery
) -> None:
    """With no statistics SQLite would rather walk every client in name order testing each;
    the matches must lead the plan, whatever the filters and the sort."""
    searched = dataclasses.replace(query, text=text)
    with query_plans(sb.book) as plans:
        search_clients(sb.book, searched)
        count_clients(sb.book, searched)
    assert len(plans) == 2
    for plan in plans:
        assert "SCAN clients" not in plan, plan
        assert "ix_clients_active_name" not in plan, plan
        assert "ix_clients_tier" not in plan, plan
        if has_han(text) and len(text) < 3:
            assert "client_search_keys" in plan, plan


def test_a_client_number_prefix_is_found_in_any_case(book: Book, make_client: MakeClient) -> None:
    mixed = make_client(book, name_zh="林一", client_no="Cn001").id
    make_client(book, name_zh="林二", client_no="CX-9")
    for typed in ("cn", "Cn", "CN", "cN"):  # 1-2 characters: the index path, not trigrams
        found = search_clients(book, ClientQuery(text=typed)).rows
        assert [r.id for r in found] == [mixed], typed
    assert {
        r.id for r in search_clients(book, ClientQuery(text="c_")).rows
    } == set()  # _ is no wildcard
