"""The product catalogue: kept by hand, imported from CSV, listed by the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rmcoach.cli import main
from rmcoach.compliance.domain import ProductDraft, ProductKind
from rmcoach.domain import ProductRisk
from rmcoach.services.book import Book
from rmcoach.services.interchange.import_report import ImportFileError
from rmcoach.services.sales import products
from rmcoach.services.sales.product_import import ProductColumnsError, import_products_csv
from rmcoach.services.sales.products import ProductNotFoundError, ProductValidationError

FUND = ProductDraft("F-04", "成长混合基金", ProductKind.FUND, ProductRisk.R4, 100_000)


def test_a_product_is_added_edited_listed_and_removed(book: Book) -> None:
    stored = products.add_product(book, FUND).value
    assert products.get_product(book, stored.id) == stored
    assert products.find_product(book, "F-04") == stored
    assert products.find_product(book, " 成长混合基金 ") == stored  # by name too
    safe = products.add_product(
        book, ProductDraft("R2-01", "稳享90天", ProductKind.WEALTH_PUBLIC, ProductRisk.R2)
    ).value
    assert [p.code for p in products.list_products(book)] == ["R2-01", "F-04"]  # by risk
    withdrawn = products.update_product(
        book, stored.id, ProductDraft(**{**FUND.__dict__, "active": False})
    ).value
    assert not withdrawn.draft.active
    assert products.list_products(book) == (safe,)
    assert len(products.list_products(book, include_inactive=True)) == 2
    products.delete_product(book, stored.id)
    with pytest.raises(ProductNotFoundError):
        products.get_product(book, stored.id)


def test_a_product_must_have_a_unique_code_and_a_name(book: Book) -> None:
    products.add_product(book, FUND)
    with pytest.raises(ProductValidationError) as caught:
        products.add_product(book, ProductDraft("F-04", " ", ProductKind.FUND, ProductRisk.R3, -1))
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("name", "product_name_required"),
        ("min_amount_fen", "amount_negative"),
        ("code", "product_code_taken"),
    ]
    with pytest.raises(ProductValidationError, match="letters, digits"):
        products.add_product(book, ProductDraft("F 04?", "x", ProductKind.FUND, ProductRisk.R3))


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "products.csv"
    path.write_bytes(text.encode(encoding))
    return path


CATALOGUE = (
    "产品代码,产品名称,产品类型,风险等级,起购金额,流动性,费率,过往业绩,备用\n"
    "R2-01,稳享90天,公募理财,PR2,1万,90天封闭,0.3%/年,,x\n"
    "P-03,私享一号,私募,R3（中风险）,100万,每季度开放,1%/年,近一年4.1%,\n"
    "G-01,积存金,黄金,中高风险,1000,T+0,,,\n"
    "BAD1,坏产品,期货,R3,,,,,\n"
    "BAD2,,基金,R9,很多,,,,\n"
)


def test_a_catalogue_csv_imports_with_chinese_headers_and_words(book: Book, tmp_path: Path) -> None:
    report = import_products_csv(book, write(tmp_path, CATALOGUE, "gb18030"))
    assert (report.added, report.updated, report.encoding) == (3, 0, "GB18030")
    assert report.unknown_columns == ("备用",)
    assert [(p.line, p.column, p.code) for p in report.problems] == [
        (5, "产品类型", "kind_unknown"),
        (6, "风险等级", "product_risk_unknown"),
        (6, "起购金额", "amount_invalid"),
        (6, "产品名称", "product_name_required"),
    ]
    private = products.find_product(book, "P-03")
    assert private is not None
    assert (private.kind, private.risk, private.draft.min_amount_fen) == (
        ProductKind.WEALTH_PRIVATE,
        ProductRisk.R3,
        100_000_000,
    )
    assert private.draft.past_performance == "近一年4.1%"
    gold = products.find_product(book, "G-01")
    assert gold is not None and (gold.kind, gold.risk) == (
        ProductKind.PRECIOUS_METAL,
        ProductRisk.R4,
    )
    # a second import updates by code; a dry run writes nothing
    again = import_products_csv(
        book,
        write(
            tmp_path,
            "code,name,kind,risk\nP-03,私享一号（二期）,wealth_private,R4\nN-1,新,fund,R1\n",
        ),
        dry_run=True,
    )
    assert (again.added, again.updated) == (1, 1)
    assert products.count_products(book) == 3
    import_products_csv(
        book, write(tmp_path, "code,name,kind,risk\nP-03,私享一号（二期）,wealth_private,R4\n")
    )
    updated = products.find_product(book, "P-03")
    assert updated is not None and (updated.name, updated.risk) == (
        "私享一号（二期）",
        ProductRisk.R4,
    )


def test_a_file_without_code_or_name_is_refused(book: Book, tmp_path: Path) -> None:
    with pytest.raises(ProductColumnsError, match="code column"):
        import_products_csv(book, write(tmp_path, "名称,风险\nx,R1\n"))
    with pytest.raises(ImportFileError):
        import_products_csv(book, write(tmp_path, "\n\n"))


def test_the_cli_imports_and_lists(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, CATALOGUE)
    assert main(["--db", str(book.path), "products", "import", str(path)]) == 1  # 2 bad rows
    out, err = capsys.readouterr()
    assert "added 3, updated 0, rejected 2" in out
    assert "products.csv:5: 产品类型: unknown product kind '期货'" in err
    assert main(["--db", str(book.path), "products", "list"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["code"], p["kind"], p["risk"]) for p in listed] == [
        ("R2-01", "wealth_public", "R2"),
        ("P-03", "wealth_private", "R3"),
        ("G-01", "precious_metal", "R4"),
    ]
    assert main(["--db", str(book.path), "products", "import", str(tmp_path / "nope.csv")]) == 2
    assert capsys.readouterr().err.startswith("rmcoach: cannot read nope.csv")
