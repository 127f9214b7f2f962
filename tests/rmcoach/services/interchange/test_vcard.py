"""vCard 3.0/4.0: export to the RFCs' shape, import from phones, and a lossless round trip."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from rmcoach.cli import main
from rmcoach.clock import FixedClock
from rmcoach.domain import ClientDraft, ClientQuery, Gender, RiskProfile, Tier
from rmcoach.services.book import Book
from rmcoach.services.clients.records import find_client_id, get_client
from rmcoach.services.clients.search import search_clients
from rmcoach.services.interchange.csv_export import ExportError
from rmcoach.services.interchange.import_report import ImportFileError
from rmcoach.services.interchange.vcard import export_vcards, fold, import_vcards, parse_cards
from tests.conftest import MakeClient

FULL = ClientDraft(
    name_zh="欧阳娜娜",
    name_en="Nana Ouyang",
    client_no="C-7",
    gender=Gender.FEMALE,
    birthday=date(1985, 2, 14),
    mobile="13800138000",
    phone_other="02168888888",
    email="nana@example.com",
    address="上海市浦东新区世纪大道100号; 12楼, A座",
    occupation="财务总监",
    employer="华夏建设集团",
    interests=("高尔夫", "红酒, 法国"),
    tags=("重点客户",),
    notes="喜欢下午联系\n不要周末打电话; 谢谢\\",
    tier=Tier.PRIVATE,
    risk_profile=RiskProfile.C4,
    aum_fen=999_999_00,
)
CONTACT_FIELDS = (
    "name_zh",
    "name_en",
    "client_no",
    "gender",
    "birthday",
    "mobile",
    "phone_other",
    "email",
    "address",
    "occupation",
    "employer",
    "interests",
    "tags",
    "notes",
)


def contact(draft: ClientDraft) -> dict[str, object]:
    return {name: getattr(draft, name) for name in CONTACT_FIELDS}


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_round_trip_into_an_empty_book_keeps_every_contact_field(
    book: Book, tmp_path: Path, clock: FixedClock, make_client: MakeClient, version: str
) -> None:
    make_client(book, **FULL.__dict__)
    make_client(book, name_en="Alice Wong", mobile="+447911123456", gender=Gender.MALE)
    out = tmp_path / "clients.vcf"
    assert export_vcards(book, out, version=version).cards == 2  # type: ignore[arg-type]
    other = Book.open(tmp_path / "other.sqlite", clock)
    try:
        report = import_vcards(other, out)
        assert (report.added, report.rejected, report.unknown_columns) == (2, (), ())
        nana = get_client(other, find_client_id(other, "C-7")).draft
        assert contact(nana) == contact(FULL)
        alice = search_clients(other, ClientQuery(text="Alice")).rows[0]
        assert (alice.name_en, alice.mobile) == ("Alice Wong", "+447911123456")
        # matched by X-RMCOACH-CLIENT-NO: a second import changes nothing for Nana
        assert import_vcards(other, out).unchanged == 1
    finally:
        other.close()


def test_export_follows_the_rfcs(book: Book, tmp_path: Path, make_client: MakeClient) -> None:
    make_client(book, **replace(FULL, notes="很长的备注" * 40).__dict__)
    out = tmp_path / "c.vcf"
    export_vcards(book, out, version="4.0")
    data = out.read_bytes()
    assert data.startswith(b"BEGIN:VCARD\r\nVERSION:4.0\r\n") and data.endswith(b"END:VCARD\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    text = data.decode("utf-8")  # folding never splits a character
    unfolded = text.replace("\r\n ", "")
    assert "FN:欧阳娜娜\r\n" in unfolded and "N:欧阳;娜娜;;;\r\n" in unfolded
    assert "BDAY:19850214\r\n" in unfolded and "GENDER:F\r\n" in unfolded
    assert "TEL;TYPE=cell:13800138000\r\n" in unfolded
    assert "CATEGORIES:高尔夫,红酒\\, 法国,重点客户\r\n" in unfolded
    assert "ADR;TYPE=home:;;上海市浦东新区世纪大道100号\\; 12楼\\, A座;;;;\r\n" in unfolded
    # tier, risk profile and assets stay in the book
    assert not [word for word in ("私人银行", "private", "C4", "9999") if word in unfolded]
    export_vcards(book, out, version="3.0")
    three = out.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "VERSION:3.0" in three and "BDAY:1985-02-14" in three and "TEL;TYPE=CELL:" in three


def test_fold_keeps_utf8_whole() -> None:
    line = "NOTE:" + "汉" * 40
    folded = fold(line)
    assert folded.replace("\r\n ", "") == line
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))


PHONE_EXPORT = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Zhang;Wei;;;\r\n"
    "FN:张伟 Wei Zhang\r\n"
    "ORG:ACME Ltd;Sales\r\n"
    "TITLE:Manager\r\n"
    "item1.TEL;type=pref:+86 139-1234-5678\r\n"
    "TEL;TYPE=CELL;TYPE=VOICE:138 0013 8000\r\n"
    "TEL;TYPE=WORK:010-6212 3456\r\n"
    "EMAIL;type=INTERNET;type=HOME:wei@example.com\r\n"
    "BDAY:--0305\r\n"
    "NOTE:line one\\nline two with a long text that goes on and on, folded by the ph\r\n"
    " one\r\n"
    "URL:https://example.com\r\n"
    "CATEGORIES:Friends,Golf\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E;=E5=A8=9C;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E=E5=A8=9C\r\n"
    "TEL;CELL:13912345678\r\n"
    "BDAY:19800101\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Bad Mail\r\n"
    "EMAIL:not-an-email\r\n"
    "END:VCARD\r\n"
)


def test_phone_and_outlook_cards_import(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(PHONE_EXPORT, encoding="utf-8")
    report = import_vcards(book, path)
    assert (report.added, len(report.rejected)) == (2, 1)
    assert [(p.line, p.column, p.code) for p in report.problems] == [(24, "EMAIL", "email_invalid")]
    assert report.unknown_columns == ("TEL", "URL")  # a third phone, and the URL
    wei = get_client(book, search_clients(book, ClientQuery(text="张伟")).rows[0].id).draft
    assert (wei.name_zh, wei.name_en, wei.employer, wei.occupation) == (
        "张伟",
        "Wei Zhang",
        "ACME Ltd",
        "Manager",
    )
    assert (wei.mobile, wei.phone_other, wei.email) == (
        "13800138000",
        "01062123456",  # the WORK phone; the untyped third one is not kept
        "wei@example.com",
    )
    assert wei.birthday is None  # a birthday without a year has nowhere to go
    assert wei.notes.startswith("line one\nline two") and wei.notes.endswith("by the phone")
    assert wei.tags == ("Friends", "Golf")
    li = get_client(book, search_clients(book, ClientQuery(text="李娜")).rows[0].id).draft
    assert (li.name_zh, li.mobile, li.birthday) == ("李娜", "13912345678", date(1980, 1, 1))


def test_parse_cards_ignores_text_outside_cards() -> None:
    cards = parse_cards("junk\r\nBEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nFN:outside\r\n")
    assert [[p.name for p in card] for card in cards] == [["BEGIN", "FN"]]


def test_a_file_without_cards_is_refused(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "x.vcf"
    path.write_text("name,phone\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_vcards(book, path)
    assert caught.value.code == "file_not_vcard"


def test_one_client_by_number(book: Book, tmp_path: Path, make_client: MakeClient) -> None:
    make_client(book, name_zh="张三", client_no="C1")
    make_client(book, name_zh="李四", client_no="C2")
    out = tmp_path / "one.vcf"
    assert export_vcards(book, out, client_no="C2").cards == 1
    assert "FN:李四" in out.read_text(encoding="utf-8") and "张三" not in out.read_text(
        encoding="utf-8"
    )
    with pytest.raises(ExportError, match="no client with client number C9"):
        export_vcards(book, out, client_no="C9")


def test_cli(book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cards = tmp_path / "in.vcf"
    cards.write_text(PHONE_EXPORT, encoding="utf-8")
    db = ["--db", str(book_path)]
    assert main([*db, "import-vcard", str(cards)]) == 1
    out, err = capsys.readouterr()
    assert "in.vcf: line 24, EMAIL: not an e-mail address" in err
    assert "3 cards in in.vcf (UTF-8): 2 added" in out
    out_file = tmp_path / "out.vcf"
    assert main([*db, "export-vcard", str(out_file), "--version", "4.0"]) == 0
    assert "wrote 2 cards" in capsys.readouterr().out
    assert main([*db, "export-vcard", str(out_file), "--client", "NOPE"]) == 2
    assert capsys.readouterr().err == "rmcoach: no client with client number NOPE\n"
    assert main([*db, "import-vcard", str(tmp_path / "missing.vcf")]) == 2


def test_an_unterminated_last_card_is_reported_not_dropped(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "cut.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李娜\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张三\r\nTEL:13800138000\r\n",  # cut short
        encoding="utf-8",
    )
    report = import_vcards(book, path)
    assert report.added == 1 and report.exit_code == 1
    assert [(r.line, [p.code for p in r.problems]) for r in report.rejected] == [
        (5, ["card_unterminated"])
    ]
    assert "line 5: the card that starts here has no END:VCARD" in str(report.problems[0])
    assert [r.name_zh for r in search_clients(book, ClientQuery(text="张三")).rows] == []


def test_a_large_photo_is_read_in_linear_time() -> None:
    import base64
    import time

    def seconds(megabytes: float) -> float:
        photo = base64.b64encode(bytes(int(megabytes * 750_000))).decode()
        folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
        card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nPHOTO;ENCODING=b:{folded}\r\nEND:VCARD\r\n"
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            [parsed] = parse_cards(card)
            best = min(best, time.perf_counter() - started)
        assert len(parsed[3].value) == len(photo)
        return best

    small, large = seconds(0.75), seconds(3)
    # 4x the data: about 4x the time when linear; unfolding by string concatenation took 16x+
    assert large < 8 * small + 0.05, (small, large)


def test_a_nul_in_a_card_is_refused(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "nul.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张三\r\nNOTE:a\x00b\r\nEND:VCARD\r\n", encoding="utf-8"
    )
    report = import_vcards(book, path)
    assert report.added == 0
    assert [(p.column, p.code) for p in report.problems] == [("NOTE", "control_characters")]
