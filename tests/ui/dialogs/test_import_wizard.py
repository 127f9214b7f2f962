"""The import wizard: preview with encoding and columns, a dry run, the import, the report."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from rmcoach.services.book import Book
from rmcoach.services.clients.records import count_active
from tests.rmcoach.services.interchange.test_csv_import import ACCEPTANCE, ACCEPTANCE_PROBLEMS
from tests.ui.conftest import SAMPLE_CLIENTS
from ui.dialogs.export_clients import ClientExport
from ui.dialogs.import_wizard import ImportWizard


def open_wizard(qtbot, window, path: Path) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(window.ops, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=5000)
    return wizard


def active_clients(path: Path, clock) -> int:  # type: ignore[no-untyped-def]
    book = Book.open(path, clock)
    try:
        return count_active(book)
    finally:
        book.close()


def test_a_gb18030_file_is_previewed_checked_imported_and_reported(  # type: ignore[no-untyped-def]
    qtbot, window, filled_book_path, clock, tmp_path
) -> None:
    source = tmp_path / "客户.csv"
    # numbers the sample book does not hold (its C001... would be updated, not added)
    source.write_bytes(ACCEPTANCE.replace("C0", "K0").encode("gb18030"))
    wizard = open_wizard(qtbot, window, source)
    preview = wizard.preview_page
    assert "GB18030" in preview.status.text()
    assert preview.model.headerData(2, Qt.Orientation.Horizontal) == "姓名\n→ Name"
    assert "微信号" in preview.columns.text()
    assert preview.model.rowCount() == ACCEPTANCE.count("\n") - 1

    wizard.next()  # the dry run
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.result is not None, timeout=10_000)
    assert check.problems.rowCount() == len(ACCEPTANCE_PROBLEMS)
    lines = {check.problems.index(r, 0).data() for r in range(check.problems.rowCount())}
    assert lines == {str(line) for line, _column, _code in ACCEPTANCE_PROBLEMS}
    assert check.problems.index(0, 2).data()  # a reason, not an empty cell
    assert "2 new client" in check.summary.text()  # "clients" once the .qm is loaded
    assert active_clients(filled_book_path, clock) == len(SAMPLE_CLIENTS)  # nothing written yet
    check.strict.setChecked(True)
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    check.strict.setChecked(False)

    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    page = wizard.import_page
    assert page.result is not None and page.result.added == 2
    assert "Imported: 2 new client" in page.summary.text()
    qtbot.waitUntil(
        lambda: window.clients_page.model.rowCount() == len(SAMPLE_CLIENTS) + 2, timeout=5000
    )
    assert page.save_button.isVisibleTo(wizard)
    rejects = tmp_path / "rejects.csv"
    page.save_rejects(rejects)
    qtbot.waitUntil(lambda: "rejects.csv" in page.saved.text(), timeout=5000)
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][-1] == "导入问题" and len(rows) == 1 + 10
    assert rows[1][-1].startswith("line 3, 姓名: ")


def test_a_file_without_a_name_column_stops_at_the_preview(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path
) -> None:
    source = tmp_path / "phones.csv"
    source.write_text("手机号,邮箱\n13800138000,a@b.cn\n", encoding="utf-8")
    wizard = open_wizard(qtbot, window, source)
    assert "no name column" in wizard.preview_page.columns.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_an_unreadable_file_is_explained(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "binary.csv"
    source.write_bytes(b"\x80\xff\xfe\x00" * 20)
    wizard = ImportWizard(window.ops, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(source))
    wizard.next()
    status = wizard.preview_page.status
    qtbot.waitUntil(lambda: "neither UTF-8 nor GB18030" in status.text(), timeout=5000)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_stopping_the_import_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, filled_book_path, clock, tmp_path
) -> None:
    source = tmp_path / "many.csv"
    source.write_text("客户号,姓名\n" + "".join(f"N{i},客户{i}\n" for i in range(6000)), "utf-8")
    wizard = open_wizard(qtbot, window, source)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.result is not None, timeout=20_000)
    wizard.next()
    wizard.import_page.stop()
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.result is not None, timeout=20_000)
    assert page.result.cancelled and not page.result.written
    assert "Nothing was written" in page.summary.text()
    window.ops.wait_idle()
    assert active_clients(filled_book_path, clock) == len(SAMPLE_CLIENTS)


def test_export_writes_the_file_and_says_so(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    export = ClientExport(window.ops, window)
    out = tmp_path / "clients.csv"
    with qtbot.waitSignal(export.finished, timeout=5000) as signal:
        export.start(out)
    assert signal.args[0].startswith(f"{len(SAMPLE_CLIENTS)} client")
    assert signal.args[0].endswith("exported to clients.csv.")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    cards = tmp_path / "clients.vcf"
    with qtbot.waitSignal(export.finished, timeout=5000):
        export.start(cards, vcard=True)
    assert cards.read_text(encoding="utf-8").count("BEGIN:VCARD") == len(SAMPLE_CLIENTS)
