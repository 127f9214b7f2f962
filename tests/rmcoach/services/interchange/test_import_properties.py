"""Property tests: the importer never crashes or half-writes; every export imports back whole."""

from __future__ import annotations

import csv
import io
import itertools
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from rmcoach.clock import FixedClock
from rmcoach.domain import ClientDraft, ClientQuery, Gender, RiskProfile, Tier
from rmcoach.services.book import Book
from rmcoach.services.clients.records import add_client, get_client
from rmcoach.services.clients.search import search_clients
from rmcoach.services.clients.search_index import search_document
from rmcoach.services.interchange.csv_columns import (
    COLUMNS,
    LIST_SEPARATORS,
    NAME_KEYS,
    guard,
    unguard,
)
from rmcoach.services.interchange.csv_export import export_clients, write_csv
from rmcoach.services.interchange.csv_import import ImportFileError, import_csv, read_table
from rmcoach.services.interchange.vcard import export_vcards, import_vcards
from rmcoach.storage.schema import ClientEntity
from tests.conftest import NOW

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_counter = itertools.count()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated book, copied for each example (migrating each time is slow)."""
    folder = tmp_path_factory.mktemp("books")
    Book.open(folder / "template.sqlite", FixedClock(NOW)).close()
    return folder / "template.sqlite"


@contextmanager
def fresh_book(template: Path, seed: bool = False) -> Iterator[Book]:
    path = template.with_name(f"book{next(_counter)}.sqlite")
    shutil.copy(template, path)
    book = Book.open(path, FixedClock(NOW))
    try:
        if seed:  # a stored client the file may update, with interests and tags
            add_client(
                book,
                ClientDraft(
                    name_zh="老客户", client_no="C1", interests=("茶",), tags=("重点客户",)
                ),
            )
        yield book
    finally:
        book.close()


def snapshot(book: Book) -> tuple[list[Any], ...]:
    with book.read() as conn:
        return tuple(
            [tuple(row) for row in conn.execute(text(query))]
            for query in (
                "SELECT * FROM clients ORDER BY id",
                "SELECT * FROM client_tags ORDER BY id",
                "SELECT rowid, doc FROM client_fts ORDER BY rowid",
            )
        )


def index_is_consistent(book: Book) -> bool:
    with book.session() as session:
        for entity in session.query(ClientEntity):
            stored = session.execute(
                text("SELECT doc FROM client_fts WHERE rowid = :id"), {"id": entity.id}
            ).scalar()
            if stored != search_document(entity):
                return False
        return True


# -- the importer on anything ----------------------------------------------------------------
CELLS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "C1", "C2", "C2", "张三", "Alice Wong", "13800138000", "+86 138 0013 8000", "12345",
            "'+447911123456", "'=1+1", "=cmd|' /C calc'!A0", "2024-03-05", "2024/3/5",
            "2024年3月5日", "2099-01-01", "1800-01-01", "2024-02-30", "125万", "-5", "1e999",
            "私行", "VIP", "金卡", "C3", "平衡型", "C9", "男", "F", "x", "a@b.cn", "not-mail",
            "高尔夫；旅游、读书", " ", "\n", '"', "\x00",
        ]
    ),
)  # fmt: skip
NAMES = st.one_of(st.sampled_from(["张三", "李四 Li Si", "Alice Wong", "", "欧阳娜娜"]), CELLS)
HEADER_NAMES = {column.key: (column.en, column.zh, column.en.upper()) for column in COLUMNS}


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    """A header with a name column and other known (or unknown) columns, then rows."""
    keys = draw(st.lists(st.sampled_from(sorted(HEADER_NAMES)), max_size=7, unique=True))
    keys = [draw(st.sampled_from(NAME_KEYS)), *(k for k in keys if k not in NAME_KEYS)]
    header = [draw(st.sampled_from(HEADER_NAMES[key])) for key in keys]
    if draw(st.booleans()):
        header.insert(draw(st.integers(0, len(header))), draw(st.sampled_from(["微信号", ""])))
    rows = []
    for _ in range(draw(st.integers(0, 12))):
        row = [draw(NAMES if h in HEADER_NAMES["name"] else CELLS) for h in header]
        if draw(st.integers(0, 9)) == 0:  # now and then a row too short or too long
            row = row[: draw(st.integers(0, len(row)))] + draw(st.lists(CELLS, max_size=2))
        rows.append(row)
    return header, rows


def render(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def check_import(book: Book, path: Path, strict: bool) -> None:
    """Either a clean ImportFileError and nothing written, or a report true to the book."""
    before = snapshot(book)
    try:
        report = import_csv(book, path, strict=strict)
    except ImportFileError as exc:
        event(f"refused: {exc.code}")
        assert snapshot(book) == before
        return
    event(f"written={report.written} added={bool(report.added)} rejected={bool(report.rejected)}")
    after = snapshot(book)
    if not report.written:
        assert after == before  # nothing at all, not a part
        return
    assert not (strict and report.rejected)
    assert len(after[0]) == len(before[0]) + report.added
    assert len(after[2]) == len(after[0])  # one search entry per client
    assert index_is_consistent(book)
    assert all(row.problems for row in report.rejected)


@SETTINGS
@given(content=st.binary(max_size=600), strict=st.booleans())
@example(content=b"\xef\xbb\xbf", strict=False)
@example(content=b'name\n"unterminated', strict=False)
@example(content="姓名\n张三\n".encode("gb18030"), strict=True)
def test_any_bytes_never_crash_or_half_write(
    template: Path, tmp_path_factory: pytest.TempPathFactory, content: bytes, strict: bool
) -> None:
    path = tmp_path_factory.mktemp("files") / "in.csv"
    path.write_bytes(content)
    with fresh_book(template, seed=True) as book:
        check_import(book, path, strict)


@SETTINGS
@given(
    table=tables(),
    strict=st.booleans(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]),
)
def test_any_cells_never_crash_or_half_write(
    template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    table: tuple[list[str], list[list[str]]],
    strict: bool,
    encoding: str,
) -> None:
    header, rows = table
    path = tmp_path_factory.mktemp("files") / "in.csv"
    path.write_bytes(render(header, rows).encode(encoding))
    with fresh_book(template, seed=True) as book:
        check_import(book, path, strict)


# -- exports import back whole -------------------------------------------------------------
def plain(max_size: int = 40) -> st.SearchStrategy[str]:
    """Text as the editor stores it: trimmed, no control characters (the editor refuses
    them), anything else inside, formula starts included."""
    return st.text(max_size=max_size).map(
        lambda v: re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", v).strip()
    )


LIST_ITEM = plain(12).filter(lambda v: v and not any(s in v for s in LIST_SEPARATORS))
DATES = st.dates(min_value=date(1900, 1, 1), max_value=NOW.date())


@st.composite
def drafts(draw: st.DrawFn, index: int) -> ClientDraft:
    name_zh = draw(st.text(alphabet="张王李赵欧阳娜伟芳·", max_size=4))
    name_en = " ".join(draw(plain(30)).split())
    return ClientDraft(
        name_zh=name_zh,
        name_en=name_en or ("" if name_zh else "Someone"),
        client_no=draw(st.sampled_from(["", f"C{index}", f"-{index}/x_y"])),
        gender=draw(st.none() | st.sampled_from(Gender)),
        birthday=draw(st.none() | DATES),
        mobile=draw(st.sampled_from(["", "13800138000", "+447911123456", "02168888888"])),
        phone_other=draw(st.sampled_from(["", "+8613912345678", "0755-8888 8888"])),
        email=draw(st.sampled_from(["", "a@b.cn", "+x@y.com", "-z@q.org", "=a@b.cd"])),
        address=draw(plain()),
        occupation=draw(plain()),
        employer=draw(plain()),
        tier=draw(st.sampled_from(Tier)),
        risk_profile=draw(st.none() | st.sampled_from(RiskProfile)),
        aum_fen=draw(st.integers(0, 10**15)),
        interests=tuple(draw(st.lists(LIST_ITEM, max_size=3, unique=True))),
        tags=tuple(draw(st.lists(LIST_ITEM, max_size=2, unique=True))),
        client_since=draw(st.none() | DATES),
        notes=draw(plain(80)),
    )


@SETTINGS
@given(data=st.data(), headers=st.sampled_from(["zh", "en"]))
def test_an_export_always_imports_back_whole(
    template: Path, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, headers: str
) -> None:
    folder = tmp_path_factory.mktemp("export")
    count = data.draw(st.integers(1, 4))
    with fresh_book(template) as source, fresh_book(template) as target:
        for index in range(count):
            add_client(source, data.draw(drafts(index)))
        first = folder / "first.csv"
        export_clients(source, first, headers=headers)  # type: ignore[arg-type]
        report = import_csv(target, first)
        assert [str(p) for p in report.problems] == []
        assert report.added == count
        second = folder / "second.csv"
        export_clients(target, second, headers=headers)  # type: ignore[arg-type]
        assert second.read_text(encoding="utf-8-sig") == first.read_text(encoding="utf-8-sig")


VCARD_FIELDS = ("name_zh", "name_en", "client_no", "gender", "birthday", "mobile", "phone_other")
VCARD_FIELDS += ("email", "address", "occupation", "employer", "interests", "tags", "notes")


def card_fields(book: Book) -> list[tuple[Any, ...]]:
    """The contact fields of every client; a vCard has one kind of line break (\\n)."""

    def plain_breaks(value: Any) -> Any:
        if isinstance(value, tuple):
            return tuple(plain_breaks(v) for v in value)
        return value.replace("\r\n", "\n").replace("\r", "\n") if isinstance(value, str) else value

    rows = []
    for row in search_clients(book, ClientQuery(), limit=100).rows:
        draft = get_client(book, row.id).draft
        rows.append(tuple(plain_breaks(getattr(draft, name)) for name in VCARD_FIELDS))
    return sorted(rows, key=repr)


@SETTINGS
@given(data=st.data(), version=st.sampled_from(["3.0", "4.0"]))
def test_a_vcard_export_always_imports_back_whole(
    template: Path, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, version: str
) -> None:
    path = tmp_path_factory.mktemp("vcard") / "clients.vcf"
    with fresh_book(template) as source, fresh_book(template) as target:
        for index in range(data.draw(st.integers(1, 3))):
            add_client(source, data.draw(drafts(index)))
        export_vcards(source, path, version=version)  # type: ignore[arg-type]
        report = import_vcards(target, path)
        assert [str(p) for p in report.problems] == [] and report.unknown_columns == ()
        assert card_fields(target) == card_fields(source)


# -- the formula guard -----------------------------------------------------------------------
@settings(max_examples=300, database=None)
@given(st.text())
@example("=1+1")
@example("'+86")
@example("''-x")
def test_the_formula_guard_holds_for_any_text(value: str) -> None:
    guarded = guard(value)
    assert guarded[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert unguard(guarded) == value


@settings(max_examples=100, deadline=None, database=None)
@given(st.text())
def test_a_guarded_cell_survives_the_file(
    tmp_path_factory: pytest.TempPathFactory, value: str
) -> None:
    path = tmp_path_factory.mktemp("guard") / "c.csv"
    write_csv(path, [["姓名", "备注"], ["x", value]])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    [(line, row)] = read_table(path).rows
    assert line == 2 and unguard(row[1]) == value
