"""Client CSV export: Excel's BOM, headers, the formula guard, and a lossless round trip."""

from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path

import pytest

from rmcoach.cli import main
from rmcoach.clock import FixedClock
from rmcoach.domain import ClientDraft, Gender, RiskProfile, Tier
from rmcoach.services.book import Book
from rmcoach.services.clients.records import archive_clients
from rmcoach.services.interchange.csv_columns import guard, unguard
from rmcoach.services.interchange.csv_export import ExportError, export_clients, header_row
from rmcoach.services.interchange.csv_import import import_csv
from tests.conftest import MakeClient

RICH = ClientDraft(
    name_zh="王芳",
    name_en="Fang Wang",
    client_no="C-2024/007",
    gender=Gender.FEMALE,
    birthday=date(1978, 2, 14),
    mobile="13800138000",
    phone_other="+441234567890",
    email="fang.wang@example.com",
    address="北京市朝阳区建国路88号, 3单元",
    occupation="财务总监",
    employer='=HYPERLINK("http://evil")',
    tier=Tier.PRIVATE,
    risk_profile=RiskProfile.C4,
    aum_fen=1_250_000_099,
    interests=("高尔夫", "红酒"),
    tags=("重点客户", "@vip"),
    client_since=date(2010, 6, 1),
    notes='第一行\n-第二行 "引号"',
)


def rows_of(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_utf8_with_bom_and_chinese_headers_by_default(
    book: Book, tmp_path: Path, make_client: MakeClient
) -> None:
    make_client(book, **RICH.__dict__)
    out = tmp_path / "clients.csv"
    report = export_clients(book, out)
    assert report.clients == 1
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    header, row = rows_of(out)
    assert header[:6] == ["客户号", "中文名", "英文名", "性别", "出生日期", "手机号"]
    cells = dict(zip(header, row, strict=True))
    assert (
        cells["客户等级"] == "私人银行"
        and cells["性别"] == "女"
        and cells["资产规模"] == "12500000.99"
    )
    assert cells["兴趣爱好"] == "高尔夫、红酒" and cells["开户日期"] == "2010-06-01"
    english = tmp_path / "en.csv"
    export_clients(book, english, headers="en")
    header, row = rows_of(english)
    assert header == header_row("en") and header[:3] == ["client_no", "name_zh", "name_en"]
    cells = dict(zip(header, row, strict=True))
    assert (cells["tier"], cells["gender"], cells["interests"]) == ("private", "F", "高尔夫; 红酒")


def test_no_cell_can_run_as_a_formula(book: Book, tmp_path: Path, make_client: MakeClient) -> None:
    make_client(book, **RICH.__dict__)
    make_client(book, name_en="@Sum", notes="+1", occupation="\tTab", employer="-2")
    out = tmp_path / "clients.csv"
    export_clients(book, out)
    cells = [cell for row in rows_of(out) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert '\'=HYPERLINK("http://evil")' in cells and "'+441234567890" in cells
    assert "'@vip" not in cells  # a list cell starts with its first value only


@pytest.mark.parametrize(
    "value", ["=1+1", "+86138", "-5", "@x", "\tx", "\rx", "'=x", "''+x", "'", "a=b"]
)
def test_guard_and_unguard_are_inverse(value: str) -> None:
    guarded = guard(value)
    assert guarded[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert unguard(guarded) == value


def test_export_then_import_into_an_empty_book_round_trips_every_field(
    book: Book, tmp_path: Path, clock: FixedClock, make_client: MakeClient
) -> None:
    make_client(book, **RICH.__dict__)
    make_client(book, name_en="Alice Wong", email="alice@example.com", tier=Tier.VIP)
    make_client(book, name_zh="欧阳娜娜", client_no="C2", risk_profile=RiskProfile.C1)
    first = tmp_path / "first.csv"
    export_clients(book, first)
    other = Book.open(tmp_path / "other.sqlite", clock)
    try:
        report = import_csv(other, first)
        assert (report.added, report.rejected) == (3, ())
        second = tmp_path / "second.csv"
        export_clients(other, second)
        english = tmp_path / "english.csv"
        export_clients(other, english, headers="en")
        again = import_csv(other, english)  # English headers read back too
        # matched by client number: Alice has none, so she is added again (as the issue says)
        assert (again.unchanged, again.added, again.updated) == (2, 1, 0)
    finally:
        other.close()
    assert second.read_bytes() == first.read_bytes()


def test_archived_clients_only_when_asked(
    book: Book, tmp_path: Path, make_client: MakeClient
) -> None:
    make_client(book, name_zh="在册")
    gone = make_client(book, name_zh="已归档")
    archive_clients(book, [gone.id])
    out = tmp_path / "c.csv"
    assert export_clients(book, out).clients == 1
    assert export_clients(book, out, include_archived=True).clients == 2


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_file_is_readable_by_its_owner_only(
    book: Book, tmp_path: Path, make_client: MakeClient
) -> None:
    make_client(book, name_zh="张三")
    out = tmp_path / "c.csv"
    export_clients(book, out)
    assert out.stat().st_mode & 0o777 == 0o600


def test_a_cancelled_export_leaves_no_file(
    book: Book, tmp_path: Path, make_client: MakeClient
) -> None:
    make_client(book, name_zh="张三")
    out = tmp_path / "c.csv"
    report = export_clients(book, out, cancelled=lambda: True)
    assert report.clients == 0 and not out.exists() and list(tmp_path.glob(".c.csv.*")) == []


def test_an_unwritable_place_is_a_clear_error(book: Book, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot write"):
        export_clients(book, tmp_path / "missing" / "c.csv")


def test_cli_export(book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "c.csv"
    assert main(["--db", str(book_path), "export-clients", str(out), "--headers", "en"]) == 0
    assert "wrote 0 clients" in capsys.readouterr().out
    assert rows_of(out) == [header_row("en")]
    assert main(["--db", str(book_path), "export-clients", str(tmp_path / "no" / "c.csv")]) == 2
    assert capsys.readouterr().err.startswith("rmcoach: cannot write")
