"""The client book driven through its widgets: search, filter, add, edit, archive, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from rmcoach.clock import FixedClock
from rmcoach.domain import ClientQuery, Tier
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.clients import search as client_search
from tests.ui.conftest import SAMPLE_CLIENTS, open_window, type_text
from ui.dialogs.client_editor import ClientEditor
from ui.main_window import MainWindow
from ui.models.client_list_model import COL_AUM, COL_NAME


def names(window: MainWindow) -> list[str]:
    model = window.clients_page.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def wait_names(qtbot, window: MainWindow, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: names(window) == expected, timeout=5000)


def stored(path: Path, clock: FixedClock, text: str = "", archived: bool = False) -> list[str]:
    book = Book.open(path, clock)
    try:
        query = ClientQuery(text=text, archived_only=archived)
        return [r.display_name for r in client_search.search_clients(book, query).rows]
    finally:
        book.close()


def test_list_is_in_pinyin_order_with_count(window: MainWindow) -> None:
    assert names(window) == ["Alice Wong", "李娜", "王芳", "张三 (San Zhang)", "张三丰"]
    assert "5" in window.clients_page.count_label.text()


def test_search_by_pinyin_initials_full_pinyin_and_two_characters(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, window.search, "zs")
    wait_names(qtbot, window, ["张三 (San Zhang)", "张三丰"])
    window.search.clear()
    type_text(qtbot, window.search, "zhangsanf")
    wait_names(qtbot, window, ["张三丰"])
    window.search.clear()
    type_text(qtbot, window.search, "李娜")
    wait_names(qtbot, window, ["李娜"])
    window.search.clear()
    type_text(qtbot, window.search, "1111")
    wait_names(qtbot, window, ["王芳"])
    window.search.clear()
    type_text(qtbot, window.search, "高尔夫")
    wait_names(qtbot, window, ["张三 (San Zhang)"])


def test_search_without_match_says_so(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, window.search, "nobody-at-all")
    qtbot.waitUntil(lambda: window.clients_page.model.rowCount() == 0, timeout=5000)
    assert window.clients_page.empty_label.isVisible()
    assert not window.clients_page.view.isVisible()


def test_filter_by_tier_and_risk(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.clients_page
    page.tier_filter.setCurrentIndex(page.tier_filter.findData(Tier.PRIVATE))
    wait_names(qtbot, window, ["张三 (San Zhang)"])
    page.tier_filter.setCurrentIndex(0)
    page.risk_filter.setCurrentIndex(page.risk_filter.findText("C2"))
    wait_names(qtbot, window, ["王芳"])


def test_not_contacted_filter_drops_a_recent_contact(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    page = window.clients_page
    page.select_client(page.model.row_at(1).id)  # 李娜
    qtbot.waitUntil(
        lambda: page.detail.record is not None and page.detail.record.draft.name_zh == "李娜"
    )
    from rmcoach.domain import Channel

    window.ops.op(
        lambda book: clients.log_contact(book, page.detail.record.id, Channel.PHONE, "ok")
    )
    page.contact_filter.setCurrentIndex(page.contact_filter.findData(30))
    qtbot.waitUntil(lambda: "李娜" not in names(window) and len(names(window)) == 4, timeout=5000)


def test_sorting_by_assets_happens_in_sql(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    header = window.clients_page.view.horizontalHeader()
    header.setSortIndicator(COL_AUM, Qt.SortOrder.DescendingOrder)
    header.sectionClicked.emit(COL_AUM)
    wait_names(qtbot, window, ["张三 (San Zhang)", "李娜", "王芳", "张三丰", "Alice Wong"])


def editor_of(window: MainWindow) -> ClientEditor:
    editors = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ClientEditor) and w.isVisible()
    ]
    assert len(editors) == 1
    return editors[0]


def test_add_client_with_ctrl_n(qtbot, window, filled_book_path, clock) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, ClientEditor) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    editor = editor_of(window)
    type_text(qtbot, editor.form.fields["name_zh"], "赵敏")
    type_text(qtbot, editor.form.fields["mobile"], "135 1234 5678")
    type_text(qtbot, editor.form.fields["aum_fen"], "120万")
    type_text(qtbot, editor.form.fields["interests"], "书法、茶道")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "赵敏" in names(window), timeout=5000)
    window.ops.wait_idle()
    book = Book.open(filled_book_path, clock)
    try:
        record = clients.get_client(
            book, client_search.search_clients(book, ClientQuery(text="赵敏")).rows[0].id
        )
    finally:
        book.close()
    assert record.draft.mobile == "13512345678"
    assert record.draft.aum_fen == 120_000_000
    assert record.draft.interests == ("书法", "茶道")


def test_editor_marks_bad_fields_and_saves_nothing(qtbot, window, filled_book_path, clock) -> None:  # type: ignore[no-untyped-def]
    window.new_client()
    editor = editor_of(window)
    type_text(qtbot, editor.form.fields["mobile"], "12345")
    type_text(qtbot, editor.form.fields["email"], "not-an-email")
    type_text(qtbot, editor.form.fields["birthday"], "2024-02-30")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    for field in ("name_zh", "mobile", "email", "birthday"):
        assert not editor.form.errors[field].isHidden(), field
        assert editor.form.errors[field].text()
        assert editor.form.fields[field].property("invalid") is True
    assert "11" in editor.form.errors["mobile"].text()  # says what a mobile number looks like
    editor.reject()
    assert len(stored(filled_book_path, clock)) == len(SAMPLE_CLIENTS)


def test_duplicate_client_number_is_reported_by_the_book(
    qtbot, window, filled_book_path, clock
) -> None:  # type: ignore[no-untyped-def]
    window.new_client()
    editor = editor_of(window)
    type_text(qtbot, editor.form.fields["name_zh"], "重号")
    type_text(qtbot, editor.form.fields["client_no"], "C001")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.form.errors["client_no"].isHidden(), timeout=5000)
    assert "C001" in editor.form.errors["client_no"].text()
    editor.reject()
    assert len(stored(filled_book_path, clock)) == len(SAMPLE_CLIENTS)


def test_edit_then_undo(qtbot, window, filled_book_path, clock) -> None:  # type: ignore[no-untyped-def]
    page = window.clients_page
    page.view.selectRow(1)  # 李娜
    qtbot.waitUntil(
        lambda: page.detail.record is not None and page.detail.record.draft.name_zh == "李娜"
    )
    qtbot.mouseClick(page.detail.edit_button, Qt.MouseButton.LeftButton)
    editor = editor_of(window)
    editor.form.fields["occupation"].setText("外科医生")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.record.draft.occupation == "外科医生", timeout=5000)
    assert "外科医生" in page.detail.subtitle.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.detail.record.draft.occupation == "", timeout=5000)


def test_archive_with_delete_and_undo_with_ctrl_z(qtbot, window, filled_book_path, clock) -> None:  # type: ignore[no-untyped-def]
    page = window.clients_page
    page.view.selectRow(1)
    qtbot.waitUntil(
        lambda: page.detail.record is not None and page.detail.record.draft.name_zh == "李娜"
    )
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "李娜" not in names(window), timeout=5000)
    window.ops.wait_idle()
    assert stored(filled_book_path, clock, archived=True) == ["李娜"]
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "李娜" in names(window), timeout=5000)
    window.ops.wait_idle()
    assert stored(filled_book_path, clock, archived=True) == []


def test_archived_clients_can_be_listed_and_restored(
    qtbot, window, filled_book_path, clock
) -> None:  # type: ignore[no-untyped-def]
    page = window.clients_page
    window.ops.op(
        lambda book: clients.archive_clients(book, [clients.find_client_id(book, "C003")])
    )
    qtbot.waitUntil(lambda: "王芳" not in names(window), timeout=5000)
    page.archive_filter.setCurrentIndex(page.archive_filter.findData("archived"))
    wait_names(qtbot, window, ["王芳"])
    qtbot.waitUntil(
        lambda: page.detail.record is not None and page.detail.record.archived_at is not None
    )
    assert page.detail.restore_button.isVisible()
    qtbot.mouseClick(page.detail.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names(window) == [], timeout=5000)
    assert "王芳" in stored(filled_book_path, clock, "王芳")


def test_empty_book_greets_and_first_client_leaves_the_greeting(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.add_button, Qt.MouseButton.LeftButton)
    editor = editor_of(window)
    type_text(qtbot, editor.form.fields["name_en"], "First Client")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.clients_page, timeout=5000)
    qtbot.waitUntil(lambda: names(window) == ["First Client"], timeout=5000)


def test_window_layout_is_remembered(qtbot, ui_settings, filled_book_path, clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = open_window(qtbot, ui_settings, filled_book_path, clock, tmp_path)
    first.resize(1111, 777)
    first.clients_page.view.setColumnWidth(COL_AUM, 133)
    first.close()
    second = open_window(
        qtbot,
        QSettings(ui_settings.fileName(), QSettings.Format.IniFormat),
        filled_book_path,
        clock,
        tmp_path,
    )
    assert (second.width(), second.height()) == (1111, 777)
    assert second.clients_page.view.columnWidth(COL_AUM) == 133
    second.close()
