"""The product catalogue dialog: list, add, edit, errors in place, withdraw, delete, import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from rmcoach.clock import FixedClock
from rmcoach.compliance.domain import Product, ProductDraft, ProductKind
from rmcoach.domain import ProductRisk
from rmcoach.services.book import Book
from rmcoach.services.sales import products
from tests.ui.conftest import open_window, type_text
from ui.dialogs.product_catalogue import ProductCatalogue, open_product_catalogue
from ui.dialogs.product_editor import ProductEditor
from ui.main_window import MainWindow
from ui.models.product_model import (
    COL_CODE,
    COL_KIND,
    COL_MINIMUM,
    COL_NAME,
    COL_ON_SALE,
    COL_RISK,
    ProductRole,
)

SEEDED = (
    ProductDraft(
        code="R2-01",
        name="稳享90天",
        kind=ProductKind.WEALTH_PUBLIC,
        risk=ProductRisk.R2,
        min_amount_fen=1_000_000,
        liquidity="90天封闭",
        fees="0.3%/年",
    ),
    ProductDraft(
        code="F-88",
        name="成长股票基金",
        kind=ProductKind.FUND,
        risk=ProductRisk.R4,
        min_amount_fen=100_000,
        liquidity="T+1",
    ),
    ProductDraft(
        code="D-07",
        name="旧结构性存款",
        kind=ProductKind.STRUCTURED_DEPOSIT,
        risk=ProductRisk.R1,
        active=False,
    ),
)


@pytest.fixture
def window(  # type: ignore[no-untyped-def]
    qtbot, ui_settings: QSettings, filled_book_path: Path, clock: FixedClock, tmp_path: Path
) -> Iterator[MainWindow]:
    """The sample book with three catalogue products, one of them withdrawn from sale."""
    book = Book.open(filled_book_path, clock)
    for draft in SEEDED:
        products.add_product(book, draft)
    book.close()
    win = open_window(qtbot, ui_settings, filled_book_path, clock, tmp_path)
    yield win
    win.close()


@pytest.fixture
def catalogue(qtbot, window: MainWindow) -> ProductCatalogue:  # type: ignore[no-untyped-def]
    dialog = open_product_catalogue(window.ops, window)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    return dialog


def stored(path: Path, clock: FixedClock, code: str) -> Product | None:
    book = Book.open(path, clock)
    try:
        return products.find_product(book, code)
    finally:
        book.close()


def cell(dialog: ProductCatalogue, code: str, column: int) -> str:
    model = dialog.model
    for row in range(model.rowCount()):
        if model.index(row, COL_CODE).data() == code:
            return str(model.index(row, column).data())
    raise AssertionError(f"{code} is not listed")


def select(dialog: ProductCatalogue, code: str) -> None:
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_CODE).data() == code)
    dialog.view.selectRow(row)


def save_and_wait(qtbot, editor: ProductEditor) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(editor.finished, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


# -- the list ----------------------------------------------------------------------------------
def test_the_model_passes_qt_model_tester(qtmodeltester, catalogue: ProductCatalogue) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(catalogue.model)


def test_the_list_shows_products_on_sale_in_yuan_and_withdrawn_ones_on_request(
    qtbot, catalogue: ProductCatalogue
) -> None:  # type: ignore[no-untyped-def]
    assert cell(catalogue, "R2-01", COL_NAME) == "稳享90天"
    assert cell(catalogue, "R2-01", COL_KIND) == "Public wealth product"
    assert cell(catalogue, "R2-01", COL_RISK) == "R2 medium-low"
    assert cell(catalogue, "R2-01", COL_MINIMUM) == "¥10,000"  # stored as 1,000,000 fen
    assert cell(catalogue, "F-88", COL_MINIMUM) == "¥1,000"
    assert cell(catalogue, "F-88", COL_ON_SALE) == "On sale"
    assert "2 product(s) on sale" in catalogue.count.text()  # plural forms come from the .qm
    assert catalogue.model.index(0, 0).data(ProductRole).code in ("R2-01", "F-88")

    catalogue.show_withdrawn.setChecked(True)
    qtbot.waitUntil(lambda: catalogue.model.rowCount() == 3, timeout=5000)
    assert cell(catalogue, "D-07", COL_ON_SALE) == "Withdrawn"
    assert "1 withdrawn" in catalogue.count.text()


def test_an_empty_catalogue_says_how_to_fill_it(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    dialog = open_product_catalogue(empty_window.ops, empty_window)
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.empty, timeout=5000)
    assert "Import" in dialog.empty.text()
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()


# -- adding and editing ------------------------------------------------------------------------
def test_a_new_product_is_saved_with_every_field_and_selected(  # type: ignore[no-untyped-def]
    qtbot, catalogue: ProductCatalogue, filled_book_path: Path, clock: FixedClock
) -> None:
    catalogue.add_button.click()
    editor = catalogue.editor
    assert editor is not None and editor.windowTitle() == "New product"
    type_text(qtbot, editor.name, "私享一号")
    type_text(qtbot, editor.code, "P-03")
    editor.kind.setCurrentIndex(editor.kind.findData(ProductKind.WEALTH_PRIVATE.value))
    editor.risk.setCurrentIndex(editor.risk.findData(ProductRisk.R3.value))
    type_text(qtbot, editor.minimum, "100万")
    type_text(qtbot, editor.liquidity, "每季度开放")
    type_text(qtbot, editor.fees, "1%/年")
    type_text(qtbot, editor.performance, "近一年4.1%")
    save_and_wait(qtbot, editor)

    qtbot.waitUntil(lambda: catalogue.model.rowCount() == 3, timeout=5000)
    product = stored(filled_book_path, clock, "P-03")
    assert product is not None
    assert product.draft == ProductDraft(
        code="P-03",
        name="私享一号",
        kind=ProductKind.WEALTH_PRIVATE,
        risk=ProductRisk.R3,
        min_amount_fen=100_000_000,
        liquidity="每季度开放",
        fees="1%/年",
        past_performance="近一年4.1%",
        active=True,
    )
    qtbot.waitUntil(lambda: catalogue.selected() is not None, timeout=5000)
    assert catalogue.selected().code == "P-03"  # type: ignore[union-attr]


def test_errors_are_shown_beside_their_fields_and_nothing_typed_is_lost(  # type: ignore[no-untyped-def]
    qtbot, catalogue: ProductCatalogue, filled_book_path: Path, clock: FixedClock
) -> None:
    catalogue.add_button.click()
    editor = catalogue.editor
    assert editor is not None
    type_text(qtbot, editor.code, "A B")
    type_text(qtbot, editor.minimum, "lots")
    type_text(qtbot, editor.fees, "0.5%")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.errors["name"].text() == "Give the product a name."
    assert "letters, digits" in editor.errors["code"].text()
    assert "Not an amount" in editor.errors["min_amount_fen"].text()
    # a new product has no risk level until the RM picks the bank's: R1 is never assumed
    assert editor.errors["risk"].text() == "Choose the risk level the bank gave this product."
    assert editor.errors["fees"].isHidden()
    assert editor.summary.text() == "4 problem(s) to fix before saving."
    assert (editor.code.text(), editor.minimum.text(), editor.fees.text()) == (
        "A B",
        "lots",
        "0.5%",
    )
    # typing in a field clears its own mark, not the others
    type_text(qtbot, editor.name, "新产品")
    assert editor.errors["name"].isHidden() and not editor.errors["code"].isHidden()
    editor.risk.setCurrentIndex(editor.risk.findData(ProductRisk.R2.value))
    assert editor.errors["risk"].isHidden()

    # a code another product has is caught by the book, and shown the same way
    editor.code.clear()
    type_text(qtbot, editor.code, "F-88")
    editor.minimum.clear()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.errors["code"].isHidden(), timeout=5000)
    assert editor.errors["code"].text() == "Code F-88 already belongs to another product."
    assert editor.isVisible() and editor.save_button.isEnabled()
    assert editor.name.text() == "新产品" and editor.fees.text() == "0.5%"
    fund = stored(filled_book_path, clock, "F-88")
    assert fund is not None and fund.name == "成长股票基金"  # untouched

    editor.code.clear()
    type_text(qtbot, editor.code, "N-1")
    save_and_wait(qtbot, editor)
    added = stored(filled_book_path, clock, "N-1")
    assert added is not None
    assert (added.name, added.risk, added.draft.fees) == ("新产品", ProductRisk.R2, "0.5%")


def test_editing_changes_the_stored_product_and_its_row(  # type: ignore[no-untyped-def]
    qtbot, catalogue: ProductCatalogue, filled_book_path: Path, clock: FixedClock
) -> None:
    select(catalogue, "R2-01")
    qtbot.keyClick(catalogue.view, Qt.Key.Key_Return)  # Enter edits, as the button does
    editor = catalogue.editor
    assert editor is not None and editor.windowTitle() == "Edit product"
    editors = [e for e in catalogue.findChildren(ProductEditor) if e.isVisible()]
    assert editors == [editor]  # and no button took the Enter to open another
    assert editor.name.text() == "稳享90天" and editor.minimum.text() == "10000.00"
    assert editor.fees.text() == "0.3%/年"
    editor.risk.setCurrentIndex(editor.risk.findData(ProductRisk.R3.value))
    editor.fees.clear()
    type_text(qtbot, editor.fees, "0.5%/年")
    save_and_wait(qtbot, editor)
    qtbot.waitUntil(lambda: cell(catalogue, "R2-01", COL_RISK) == "R3 medium", timeout=5000)
    product = stored(filled_book_path, clock, "R2-01")
    assert product is not None
    assert (product.risk, product.draft.fees, product.draft.min_amount_fen) == (
        ProductRisk.R3,
        "0.5%/年",
        1_000_000,  # the amount read back from the form is the same amount
    )


# -- withdrawing and deleting ------------------------------------------------------------------
def test_withdrawing_keeps_the_product_in_sight_and_putting_it_back_restores_it(  # type: ignore[no-untyped-def]
    qtbot, catalogue: ProductCatalogue, filled_book_path: Path, clock: FixedClock
) -> None:
    select(catalogue, "F-88")
    assert catalogue.sale_button.text() == "Withdraw from sale"
    catalogue.sale_button.click()
    # withdrawn products come into view, so the row does not vanish under the RM's hand
    qtbot.waitUntil(lambda: cell(catalogue, "F-88", COL_ON_SALE) == "Withdrawn", timeout=5000)
    assert catalogue.show_withdrawn.isChecked()
    fund = stored(filled_book_path, clock, "F-88")
    assert fund is not None and fund.draft.active is False  # kept, not deleted
    assert catalogue.selected().code == "F-88"  # type: ignore[union-attr]
    assert catalogue.sale_button.text() == "Put back on sale"

    catalogue.sale_button.click()
    qtbot.waitUntil(lambda: cell(catalogue, "F-88", COL_ON_SALE) == "On sale", timeout=5000)
    fund = stored(filled_book_path, clock, "F-88")
    assert fund is not None and fund.draft.active is True
    catalogue.show_withdrawn.setChecked(False)
    qtbot.waitUntil(lambda: catalogue.model.rowCount() == 2, timeout=5000)
    assert "2 product(s) on sale" in catalogue.count.text()


def test_delete_asks_first_and_removes_only_when_confirmed(  # type: ignore[no-untyped-def]
    qtbot, catalogue: ProductCatalogue, filled_book_path: Path, clock: FixedClock
) -> None:
    select(catalogue, "F-88")
    box = catalogue.confirm_delete()
    assert box is not None and "withdraw it from sale instead" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    catalogue._ops.wait_idle()
    assert stored(filled_book_path, clock, "F-88") is not None

    box = catalogue.confirm_delete()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: catalogue.model.rowCount() == 1, timeout=5000)
    assert stored(filled_book_path, clock, "F-88") is None
    assert stored(filled_book_path, clock, "R2-01") is not None


# -- importing ---------------------------------------------------------------------------------
CSV = (
    "产品代码,产品名称,产品类型,风险等级,起购金额,流动性,费率,备注\n"
    "R2-01,稳享90天（新一期）,公募理财,PR2,1万,90天封闭,0.2%/年,\n"
    "G-01,积存金,黄金,中高风险,1000,T+0,,\n"
    "BAD1,坏产品,期货,R3,,,,\n"
    "BAD2,,基金,R9,,,,\n"
)


def test_an_import_adds_updates_and_lists_each_refused_row(  # type: ignore[no-untyped-def]
    qtbot, catalogue: ProductCatalogue, filled_book_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    source = tmp_path / "产品.csv"
    source.write_bytes(CSV.encode("gb18030"))
    catalogue.choose_file = lambda: str(source)
    catalogue.import_button.click()
    qtbot.waitUntil(lambda: catalogue.report is not None, timeout=5000)
    report = catalogue.report
    assert report is not None and report.isVisible()
    summary = report.summary.text()
    assert "1 product(s) added." in summary and "1 product(s) updated" in summary
    assert "2 row(s) refused" in summary and "备注" in summary  # the column not read
    problems = report.problems
    rows = [
        tuple(problems.index(r, c).data() for c in range(3)) for r in range(problems.rowCount())
    ]
    assert rows[0][:2] == ("4", "产品类型") and "Unknown kind “期货”" in rows[0][2]
    assert rows[1][:2] == ("5", "风险等级") and "Unknown risk level “R9”" in rows[1][2]
    assert ("5", "产品名称", "Give the product a name.") in rows

    qtbot.waitUntil(lambda: catalogue.model.rowCount() == 3, timeout=5000)  # G-01 listed
    assert cell(catalogue, "R2-01", COL_NAME) == "稳享90天（新一期）"
    gold = stored(filled_book_path, clock, "G-01")
    assert gold is not None and (gold.kind, gold.risk) == (
        ProductKind.PRECIOUS_METAL,
        ProductRisk.R4,
    )
    assert stored(filled_book_path, clock, "BAD1") is None


def test_a_file_without_a_code_column_imports_nothing_and_says_why(  # type: ignore[no-untyped-def]
    qtbot, catalogue: ProductCatalogue, filled_book_path: Path, clock: FixedClock, tmp_path: Path
) -> None:
    source = tmp_path / "clients.csv"
    source.write_text("姓名,手机\n张三,13800138000\n", encoding="utf-8")
    catalogue.choose_file = lambda: str(source)
    catalogue.import_button.click()
    qtbot.waitUntil(lambda: catalogue.message is not None, timeout=5000)
    assert catalogue.message is not None
    assert "Nothing was imported" in catalogue.message.text()
    assert "产品代码" in catalogue.message.text()
    assert catalogue.report is None and catalogue.import_button.isEnabled()

    empty = tmp_path / "empty.csv"
    empty.write_text("\n", encoding="utf-8")
    catalogue.choose_file = lambda: str(empty)
    catalogue.import_button.click()
    qtbot.waitUntil(lambda: "empty" in catalogue.message.text(), timeout=5000)  # type: ignore[union-attr]


# -- how the RM gets here ----------------------------------------------------------------------
def test_settings_open_the_catalogue(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    settings = window.open_settings()
    assert settings.catalogue_button.isVisibleTo(settings)
    settings.catalogue_button.click()
    found = settings.findChild(ProductCatalogue)
    assert isinstance(found, ProductCatalogue) and found.isVisible()
    qtbot.waitUntil(lambda: found.model.rowCount() == 2, timeout=5000)
    found.accept()
    assert settings.isVisible()  # back in the settings


def test_the_start_option_opens_the_catalogue(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_start_page("products")
    found = [d for d in window.findChildren(QDialog) if isinstance(d, ProductCatalogue)]
    assert len(found) == 1 and found[0].isVisible()
    qtbot.waitUntil(lambda: found[0].model.rowCount() == 2, timeout=5000)
