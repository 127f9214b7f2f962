"""Client CSV import: encodings, headers, values, matching, rejects, strict, dry run, exit codes."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from rmcoach.cli import main
from rmcoach.clock import FixedClock
from rmcoach.domain import ClientQuery, Gender, RiskProfile, Tier
from rmcoach.services.book import Book
from rmcoach.services.clients.records import find_client_id, get_client
from rmcoach.services.clients.search import search_clients
from rmcoach.services.clients.search_index import search_document
from rmcoach.services.interchange import import_write
from rmcoach.services.interchange.csv_columns import risk_value, split_name, tier_value
from rmcoach.services.interchange.csv_import import (
    ImportFileError,
    import_csv,
    preview_csv,
    write_rejects,
)
from rmcoach.storage.schema import ClientEntity
from tests.conftest import MakeClient

HEADER_ZH = (
    "客户号,姓名,性别,出生日期,手机号,邮箱,客户等级,风险等级,资产规模,兴趣爱好,开户日期,备注"
)

# The acceptance file of issue 5: Chinese headers, GB18030, good rows and bad ones.
ACCEPTANCE = f"""{HEADER_ZH},微信号
C001,张伟,男,1975年3月5日,138 0013 8000,zw@qq.com,私行,C4,"1,250万",高尔夫；旅游,2010/6/1,老客户,
C002,,女,1980-01-01,13912345678,,财富,C3,,,,没有姓名,
C003,李娜,女,1980-13-40,13900000000,,财富,稳健型,50万,,,,
C004,王芳,女,,12345,,贵宾,C2,,,,,
C005,赵敏,女,,13700001111,not-an-email,贵宾,C2,,,,,
C006,孙丽,女,,,,金卡,C2,,,,,
C007,周杰,男,,,,大众,C9,,,,,
C008,吴昊,男,,,,大众,C1,-5,,,,
C009,郑爽,女,,,,大众,进取型,8.5亿,读书、瑜伽,,,
C009,郑爽,女,,,,大众,进取型,,,,,
,Alice Wong,F,1990/3/5,'+44 7911 123456,alice@example.com,VIP,balanced,1000.5,Golf; Tennis,,,
C010,陈明 Chen Ming,M,,,,wealth,aggressive,,,2030-01-01,,
"""
# (line, column, code) of every bad row above; the header is line 1
ACCEPTANCE_PROBLEMS = {
    (3, "姓名", "name_required"),
    (4, "出生日期", "date_invalid"),
    (5, "手机号", "phone_invalid"),
    (6, "邮箱", "email_invalid"),
    (7, "客户等级", "tier_unknown"),
    (8, "风险等级", "risk_unknown"),
    (9, "资产规模", "amount_negative"),
    (10, "客户号", "client_no_duplicate"),
    (11, "客户号", "client_no_duplicate"),
    (13, "开户日期", "date_in_future"),
}


def write(tmp_path: Path, content: str, encoding: str = "utf-8", name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    return path


def client_count(book: Book) -> int:
    with book.read() as conn:
        return int(conn.execute(text("SELECT count(*) FROM clients")).scalar_one())


def test_gb18030_file_imports_the_good_rows_and_names_every_bad_one(
    book: Book, tmp_path: Path
) -> None:
    path = write(tmp_path, ACCEPTANCE, "gb18030")
    report = import_csv(book, path)
    assert report.encoding == "GB18030"
    assert {(p.line, p.column, p.code) for p in report.problems} == ACCEPTANCE_PROBLEMS
    assert (report.added, report.updated, len(report.rejected)) == (2, 0, 10)
    assert report.written and report.exit_code == 1
    assert report.unknown_columns == ("微信号",)
    zhang = get_client(book, find_client_id(book, "C001")).draft
    assert (zhang.name_zh, zhang.gender, zhang.birthday) == ("张伟", Gender.MALE, date(1975, 3, 5))
    assert (zhang.mobile, zhang.tier, zhang.risk_profile) == (
        "13800138000",
        Tier.PRIVATE,
        RiskProfile.C4,
    )
    assert zhang.aum_fen == 1_250_000_000 and zhang.interests == ("高尔夫", "旅游")
    assert (zhang.client_since, zhang.notes) == (date(2010, 6, 1), "老客户")
    alice = search_clients(book, ClientQuery(text="Alice")).rows[0]
    assert (alice.name_en, alice.client_no, alice.mobile) == ("Alice Wong", "", "+447911123456")
    assert (alice.tier, alice.risk_profile, alice.aum_fen) == (Tier.VIP, RiskProfile.C3, 100050)
    assert client_count(book) == 2  # nothing of any bad row was written


def test_every_problem_has_english_text_naming_line_and_column(book: Book, tmp_path: Path) -> None:
    report = import_csv(book, write(tmp_path, ACCEPTANCE, "gb18030"))
    lines = [str(p) for p in report.problems]
    assert (
        "line 8, 风险等级: unknown risk profile 'C9' (use C1 to C5, 平衡型 or balanced ...)"
        in lines
    )
    assert "line 3, 姓名: a Chinese or English name is required" in lines
    assert all(line.startswith("line ") for line in lines)


@pytest.mark.parametrize(
    ("encoding", "bom", "expected"),
    [
        ("utf-8", b"", "UTF-8"),
        ("utf-8", b"\xef\xbb\xbf", "UTF-8 with BOM"),
        ("gb18030", b"", "GB18030"),
        ("utf-16", b"", "UTF-16"),  # Excel's "Unicode text" (tab-separated, with a BOM)
    ],
)
def test_encodings_are_recognised_and_reported(
    book: Book, tmp_path: Path, encoding: str, bom: bytes, expected: str
) -> None:
    content = "姓名,手机号,备注\n欧阳娜娜,13800138000,喜欢喝茶\n"
    if encoding == "utf-16":
        content = content.replace(",", "\t")
    path = tmp_path / "in.csv"
    path.write_bytes(bom + content.encode(encoding))
    report = import_csv(book, path)
    assert (report.encoding, report.added, report.rejected) == (expected, 1, ())
    row = search_clients(book, ClientQuery(text="欧阳")).rows[0]
    assert (row.name_zh, row.mobile) == ("欧阳娜娜", "13800138000")


def test_a_file_that_is_no_text_is_refused_whole(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(b"\x80\xff\xfe\x00" * 10)
    with pytest.raises(ImportFileError) as caught:
        import_csv(book, path)
    assert caught.value.code == "file_encoding"


def test_english_headers_are_case_and_space_insensitive(book: Book, tmp_path: Path) -> None:
    content = (
        " Client No ,NAME,E-Mail,Risk_Profile,Tier,AUM,Interests,Client Since,Occupation,Employer\n"
        "X1,Mary Lee,mary@example.com,Growth,Private,2.5亿,golf;wine,2015-5-6,CFO,ACME Ltd\n"
    )
    report = import_csv(book, write(tmp_path, content))
    assert (report.added, report.unknown_columns, report.rejected) == (1, (), ())
    draft = get_client(book, find_client_id(book, "X1")).draft
    assert (draft.name_en, draft.email, draft.risk_profile) == (
        "Mary Lee",
        "mary@example.com",
        RiskProfile.C4,
    )
    assert (draft.tier, draft.aum_fen, draft.interests) == (
        Tier.PRIVATE,
        250_000_000_00,
        ("golf", "wine"),
    )
    assert (draft.client_since, draft.occupation, draft.employer) == (
        date(2015, 5, 6),
        "CFO",
        "ACME Ltd",
    )


@pytest.mark.parametrize(
    ("value", "tier"),
    [
        ("私行", Tier.PRIVATE),
        ("私人银行", Tier.PRIVATE),
        ("Private", Tier.PRIVATE),
        ("财富", Tier.WEALTH),
        ("财富客户", Tier.WEALTH),
        ("wealth", Tier.WEALTH),
        ("贵宾", Tier.VIP),
        ("vip", Tier.VIP),
        ("大众", Tier.MASS),
        ("普通", Tier.MASS),
        ("MASS", Tier.MASS),
        ("金卡", None),
    ],
)
def test_tier_values_in_chinese_or_english(value: str, tier: Tier | None) -> None:
    assert tier_value(value) is tier


def test_the_books_own_tier_names_are_understood(book: Book, tmp_path: Path) -> None:
    book.set_setting("tier_names", {"private": "钻石"})
    report = import_csv(book, write(tmp_path, "姓名,客户等级\n张三,钻石\n"))
    assert report.rejected == ()
    assert search_clients(book, ClientQuery(text="张三")).rows[0].tier is Tier.PRIVATE


@pytest.mark.parametrize(
    ("value", "risk"),
    [
        ("C1", RiskProfile.C1),
        ("保守型", RiskProfile.C1),
        ("conservative", RiskProfile.C1),
        ("稳健型", RiskProfile.C2),
        ("cautious", RiskProfile.C2),
        ("Moderately Conservative", RiskProfile.C2),
        ("c3", RiskProfile.C3),
        ("平衡型", RiskProfile.C3),
        ("C3 平衡型", RiskProfile.C3),
        ("C3-平衡型", RiskProfile.C3),
        ("成长型", RiskProfile.C4),
        ("growth", RiskProfile.C4),
        ("进取型", RiskProfile.C5),
        ("Aggressive", RiskProfile.C5),
        ("C3 进取型", None),  # a code and a name that disagree are not guessed
        ("C6", None),
        ("R3", None),
    ],
)
def test_risk_values_in_chinese_or_english(value: str, risk: RiskProfile | None) -> None:
    assert risk_value(value) is risk


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("张三", ("张三", "")),
        ("欧阳 娜娜", ("欧阳娜娜", "")),
        ("买买提·艾力", ("买买提·艾力", "")),
        ("Alice Wong", ("", "Alice Wong")),
        ("张三 Zhang San", ("张三", "Zhang San")),
        ("Zhang San 张三", ("张三", "Zhang San")),
        ("张三 (San Zhang)", ("张三", "San Zhang")),  # the app's own display form
        ("张三（San Zhang）", ("张三", "San Zhang")),
        ("张San", ("", "张San")),
    ],
)
def test_a_name_cell_is_split_into_chinese_and_english(value: str, names: tuple[str, str]) -> None:
    assert split_name(value) == names


def test_values_in_every_form_an_rm_types(book: Book, tmp_path: Path) -> None:
    content = (
        "姓名,性别,出生日期,开户日期,资产规模,兴趣爱好,手机号\n"
        '甲,女,２０００年１月２日,2020/3/5 0:00,"￥1,234.50",茶、书，画;琴,+86 138 0013 8000\n'
        "乙,Male,19990102,2021.6.7,1.5亿,,021-6888 8888\n"
    )
    report = import_csv(book, write(tmp_path, content))
    assert report.rejected == ()
    first = get_client(book, search_clients(book, ClientQuery(text="甲")).rows[0].id).draft
    assert (first.gender, first.birthday, first.client_since) == (
        Gender.FEMALE,
        date(2000, 1, 2),
        date(2020, 3, 5),
    )
    assert (first.aum_fen, first.interests, first.mobile) == (
        123450,
        ("茶", "书", "画", "琴"),
        "13800138000",
    )
    second = get_client(book, search_clients(book, ClientQuery(text="乙")).rows[0].id).draft
    assert (second.gender, second.birthday, second.aum_fen) == (
        Gender.MALE,
        date(1999, 1, 2),
        150_000_000_00,
    )
    assert second.mobile == "02168888888"


def test_a_reimport_updates_by_client_number_and_adds_nothing(
    book: Book, tmp_path: Path, make_client: MakeClient
) -> None:
    kept = make_client(
        book,
        name_zh="张伟",
        client_no="C001",
        email="old@example.com",
        notes="旧备注",
        tags=("重点客户",),
    )
    first = write(
        tmp_path,
        f"{HEADER_ZH}\nC001,张伟,男,,13800138000,,财富,C3,,高尔夫,,新备注\nC002,李娜,,,,,,,,,,\n",
    )
    report = import_csv(book, first)
    assert (report.added, report.updated, report.unchanged) == (1, 1, 0)
    again = import_csv(book, first)
    assert (again.added, again.updated, again.unchanged, again.written) == (0, 0, 2, False)
    assert client_count(book) == 2
    draft = get_client(book, kept.id).draft
    # the file's values replace the stored ones; empty cells keep them (the e-mail)
    assert (draft.mobile, draft.tier, draft.notes, draft.email) == (
        "13800138000",
        Tier.WEALTH,
        "新备注",
        "old@example.com",
    )
    assert (draft.interests, draft.tags) == (("高尔夫",), ("重点客户",))
    assert search_clients(book, ClientQuery(text="13800138000")).rows[0].id == kept.id


def test_an_unchanged_row_is_not_written(
    book: Book, tmp_path: Path, make_client: MakeClient, clock: FixedClock
) -> None:
    record = make_client(book, name_zh="张伟", client_no="C001")
    clock.set(clock.now() + timedelta(days=1))
    import_csv(book, write(tmp_path, "客户号,姓名\nC001,张伟\n"))
    assert get_client(book, record.id).updated_at == record.updated_at


def test_the_search_index_matches_what_the_client_service_writes(
    book: Book, tmp_path: Path
) -> None:
    import_csv(
        book,
        write(
            tmp_path,
            "客户号,姓名,手机号,兴趣爱好,职业\nC1,张三 San Zhang,13800138000,高尔夫,医生\n",
        ),
    )
    client_id = find_client_id(book, "C1")
    with book.session() as session:
        entity = session.get(ClientEntity, client_id)
        assert entity is not None
        expected = search_document(entity)
        stored = session.execute(
            text("SELECT doc FROM client_fts WHERE rowid = :id"), {"id": client_id}
        ).scalar_one()
    assert stored == expected
    for query in ("zs", "zhangsan", "13800138000", "医生", "San Zhang"):
        assert [r.id for r in search_clients(book, ClientQuery(text=query)).rows] == [client_id], (
            query
        )


def test_an_update_leaves_what_the_file_does_not_carry(
    book: Book, tmp_path: Path, make_client: MakeClient
) -> None:
    from rmcoach.domain import Holding

    record = make_client(
        book,
        name_zh="张伟",
        client_no="C1",
        holdings=(Holding(name="稳享90天", amount_fen=100),),
        address="上海",
    )
    import_csv(book, write(tmp_path, "客户号,姓名,手机号\nC1,张伟,13800138000\n"))
    after = get_client(book, record.id).draft
    assert (after.holdings[0].name, after.address, after.mobile) == (
        "稳享90天",
        "上海",
        "13800138000",
    )


def test_strict_imports_nothing_when_a_row_is_bad(book: Book, tmp_path: Path) -> None:
    report = import_csv(
        book, write(tmp_path, "姓名,手机号\n张三,13800138000\n李四,123\n"), strict=True
    )
    assert (report.written, report.exit_code, client_count(book)) == (False, 1, 0)
    assert [(p.line, p.code) for p in report.problems] == [(3, "phone_invalid")]
    clean = import_csv(book, write(tmp_path, "姓名\n张三\n", name="ok.csv"), strict=True)
    assert (clean.written, clean.added, client_count(book)) == (True, 1, 1)


def test_a_dry_run_writes_nothing_and_reports_what_it_would_do(book: Book, tmp_path: Path) -> None:
    report = import_csv(book, write(tmp_path, ACCEPTANCE, "gb18030"), dry_run=True)
    assert (report.added, len(report.rejected), report.written) == (2, 10, False)
    assert client_count(book) == 0


def test_no_name_column_is_refused(book: Book, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        import_csv(book, write(tmp_path, "手机号,邮箱\n13800138000,a@b.cn\n"))
    assert caught.value.code == "no_name_column"
    assert "手机号, 邮箱" in str(caught.value)


def test_two_columns_meaning_the_same_are_refused(book: Book, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        import_csv(book, write(tmp_path, "姓名,手机号,phone\n张三,13800138000,13900000000\n"))
    assert (caught.value.code, caught.value.params["second"]) == ("column_twice", "phone")


def test_an_empty_file_is_refused(book: Book, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        import_csv(book, write(tmp_path, "\n\n"))
    assert caught.value.code == "file_empty"


def test_risk_assessed_on_is_recognised_but_not_stored_without_a_column(
    book: Book, tmp_path: Path
) -> None:
    report = import_csv(book, write(tmp_path, "姓名,风险测评日期,风险等级\n张三,2024-01-01,C3\n"))
    assert report.unknown_columns == ()
    assert report.not_stored_columns == (
        () if "risk_assessed_on" in import_write._c else ("风险测评日期",)
    )
    assert report.added == 1


def test_line_numbers_count_physical_lines_of_multi_line_cells(book: Book, tmp_path: Path) -> None:
    content = '姓名,备注,手机号\n张三,"第一行\n第二行",13800138000\n李四,,123\n'
    report = import_csv(book, write(tmp_path, content))
    assert [(p.line, p.column) for p in report.problems] == [(4, "手机号")]
    assert (
        get_client(book, search_clients(book, ClientQuery(text="张三")).rows[0].id).draft.notes
        == "第一行\n第二行"
    )


def test_a_row_wider_than_the_header_is_rejected(book: Book, tmp_path: Path) -> None:
    report = import_csv(book, write(tmp_path, "姓名,备注\n张三,喜欢,高尔夫\n李四,,,\n"))
    assert [(p.line, p.column, p.code) for p in report.problems] == [(2, "", "extra_cells")]
    assert report.added == 1  # trailing empty cells (李四) are fine


def test_the_formula_guard_of_an_export_is_removed(book: Book, tmp_path: Path) -> None:
    report = import_csv(book, write(tmp_path, "姓名,手机号,备注\nBob,'+447911123456,'=1+1\n"))
    draft = get_client(book, search_clients(book, ClientQuery(text="Bob")).rows[0].id).draft
    assert (report.rejected, draft.mobile, draft.notes) == ((), "+447911123456", "=1+1")


def test_preview_shows_encoding_mapping_and_unknown_columns(tmp_path: Path) -> None:
    path = write(tmp_path, ACCEPTANCE, "gb18030")
    preview = preview_csv(path, rows=3)
    assert (preview.table.encoding, preview.error, preview.unknown_columns) == (
        "GB18030",
        None,
        ("微信号",),
    )
    assert preview.table.keys[:3] == ("client_no", "name", "gender")
    assert [line for line, _cells in preview.table.rows] == [2, 3, 4]
    broken = preview_csv(write(tmp_path, "手机号\n1\n", name="x.csv"))
    assert broken.error is not None and broken.error.code == "no_name_column"


def test_rejects_file_reimports_once_fixed(book: Book, tmp_path: Path) -> None:
    report = import_csv(book, write(tmp_path, "姓名,手机号\n张三,13800138000\n李四,123\n"))
    rejects = tmp_path / "rejects.csv"
    assert write_rejects(report, rejects) == 1
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["姓名", "手机号", "导入问题"]
    assert rows[1][:2] == ["李四", "123"] and "line 3, 手机号: not a phone number" in rows[1][2]
    rows[1][1] = "13900000000"
    with rejects.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    fixed = import_csv(book, rejects)
    assert (fixed.added, fixed.rejected, fixed.unknown_columns) == (1, (), ())


def test_a_rejects_file_keeps_guarded_cells_importable(book: Book, tmp_path: Path) -> None:
    report = import_csv(book, write(tmp_path, "姓名,手机号,邮箱\nBob,'+447911123456,bad\n"))
    rejects = tmp_path / "rejects.csv"
    write_rejects(report, rejects)
    fixed = rejects.read_text(encoding="utf-8-sig").replace(",bad,", ",bob@example.com,")
    rejects.write_text(fixed, encoding="utf-8-sig")
    assert "'+447911123456," in fixed and "''" not in fixed
    again = import_csv(book, rejects)
    assert (again.added, again.rejected) == (1, ())
    assert search_clients(book, ClientQuery(text="Bob")).rows[0].mobile == "+447911123456"


def test_cancelling_writes_nothing(book: Book, tmp_path: Path) -> None:
    rows = "".join(f"C{i},客户{i}\n" for i in range(3000))
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 8  # well into the write

    report = import_csv(book, write(tmp_path, "客户号,姓名\n" + rows), cancelled=cancelled)
    assert (report.cancelled, report.written, report.added, report.exit_code) == (True, False, 0, 1)
    assert client_count(book) == 0


def test_a_failure_in_the_middle_of_the_write_leaves_the_book_as_it_was(
    book: Book, tmp_path: Path, make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_client(book, name_zh="老客户", client_no="C0")

    def broken(*_args: object) -> None:
        raise OSError("disk unplugged")

    monkeypatch.setattr(import_write, "_write_documents", broken)
    with pytest.raises(OSError):
        import_csv(book, write(tmp_path, "客户号,姓名\nC0,新名字\nC1,新客户\n"))
    assert client_count(book) == 1
    assert get_client(book, find_client_id(book, "C0")).draft.name_zh == "老客户"


def test_a_backup_is_made_before_an_import_writes(book: Book, tmp_path: Path) -> None:
    backups = book.path.parent / "backups"
    path = write(tmp_path, "姓名\n张三\n")
    import_csv(book, path, dry_run=True)
    assert not list(backups.glob("*before-import*"))
    import_csv(book, path)
    assert len(list(backups.glob("*before-import*"))) == 1


def test_cli_exit_codes_and_one_line_per_problem(
    book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, "姓名,手机号\n张三,13800138000\n", name="good.csv")
    mixed = write(tmp_path, ACCEPTANCE, "gb18030", name="mixed.csv")
    nameless = write(tmp_path, "手机号\n13800138000\n", name="nameless.csv")
    db = ["--db", str(book_path)]
    assert main([*db, "import-clients", str(good)]) == 0
    assert "1 added" in capsys.readouterr().out
    rejects = tmp_path / "rejects.csv"
    assert main([*db, "import-clients", str(mixed), "--rejects", str(rejects)]) == 1
    out, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == len(ACCEPTANCE_PROBLEMS)
    assert "mixed.csv: line 8, 风险等级: unknown risk profile 'C9'" in err
    assert "2 added" in out and "10 rejected" in out and "columns not imported: 微信号" in out
    assert rejects.exists()
    assert main([*db, "import-clients", str(mixed), "--strict", "--dry-run"]) == 1
    capsys.readouterr()
    assert main([*db, "import-clients", str(nameless)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rmcoach: nameless.csv has no name column") and "Traceback" not in err
    assert main([*db, "import-clients", str(tmp_path / "missing.csv")]) == 2
    assert "cannot read missing.csv" in capsys.readouterr().err


@pytest.mark.parametrize("majority", ["utf-8", "gb18030"])
def test_a_row_in_another_encoding_is_rejected_never_stored_garbled(
    book: Book, tmp_path: Path, majority: str
) -> None:
    other = "gb18030" if majority == "utf-8" else "utf-8"
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "客户号,姓名\n".encode(majority)
        + "C1,李娜\n".encode(majority)
        + "C2,张三\n".encode(other)  # pasted from a file saved in the other encoding
        + "C3,王芳\n".encode(majority)
    )
    report = import_csv(book, path)
    assert report.encoding == ("UTF-8" if majority == "utf-8" else "GB18030")
    assert (report.added, [r.line for r in report.rejected]) == (2, [3])
    assert [p.code for p in report.problems] == ["row_encoding"]
    assert "line 3: this line is not" in str(report.problems[0])
    with book.read() as conn:
        names = set(conn.execute(text("SELECT name_zh FROM clients")).scalars())
    assert names == {"李娜", "王芳"}  # and no "寮犱笁" (张三's UTF-8 bytes read as GB18030)


def test_a_dry_run_streams_the_file_memory_does_not_grow_with_rows(
    book: Book, tmp_path: Path
) -> None:
    import tracemalloc

    def peak(rows: int) -> int:
        lines = "".join(f"C{i},客户{i % 97},1380013{i % 10000:04d},备注{i}\n" for i in range(rows))
        path = write(tmp_path, "客户号,姓名,手机号,备注\n" + lines, name=f"{rows}.csv")
        tracemalloc.start()
        try:
            report = import_csv(book, path, dry_run=True)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
            assert report.added == rows

    small, large = peak(2_000), peak(8_000)
    # holding the rows costs several KB a row (main: 6.5 KB): 6,000 more would add > 20 MB
    assert large - small < 3_000_000, (small, large)


def test_control_characters_are_refused_with_their_line(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "客户号,姓名,备注\nC1,张\x00三,\nC2,李娜,铃\x07声\nC3,王芳,好\n")
    report = import_csv(book, path)
    assert report.added == 1
    assert [(p.line, p.column, p.code) for p in report.problems] == [
        (2, "姓名", "control_characters"),
        (3, "备注", "control_characters"),
    ]
    with book.read() as conn:
        assert list(conn.execute(text("SELECT name_zh FROM clients")).scalars()) == ["王芳"]


def test_a_note_longer_than_the_csv_modules_limit_is_read_and_named(
    book: Book, tmp_path: Path
) -> None:
    """A book from before the limits may hold a 200 KiB note: its export still reads back,
    and the row is refused with a reason, not the whole file as 'not a CSV file'."""
    long_note = "很长的备注" * 14_000  # 70,000 characters, 210,000 bytes
    path = write(tmp_path, f"客户号,姓名,备注\nC1,张三,{long_note}\nC2,李娜,短\n")
    report = import_csv(book, path)
    assert report.added == 1
    assert [(p.line, p.code, dict(p.params)) for p in report.problems] == [
        (2, "too_long", {"max": "20000"})
    ]
