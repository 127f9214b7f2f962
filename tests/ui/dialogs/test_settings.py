"""Settings: tier names per book, and a bank's playbook file checked before it is used."""

from __future__ import annotations

from pathlib import Path

from rmcoach.playbook import default_playbook_path
from rmcoach.services.book import Book
from rmcoach.services.meetings import playbooks


def test_tier_names_are_kept_in_the_book(qtbot, window, filled_book_path, clock) -> None:  # type: ignore[no-untyped-def]
    from rmcoach.domain import Tier

    dialog = window.open_settings()
    dialog.tier_edits[Tier.PRIVATE].setText("钻石")
    dialog.accept()
    page = window.clients_page
    qtbot.waitUntil(lambda: page.model.index(3, 1).data() == "钻石", timeout=5000)  # 张三's tier
    window.ops.wait_idle()
    book = Book.open(filled_book_path, clock)
    try:
        assert book.get_setting("tier_names") == {"private": "钻石"}
    finally:
        book.close()


def test_a_broken_playbook_is_refused_with_its_line(
    qtbot, window, filled_book_path, clock, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "bank.toml"
    text = default_playbook_path().read_text(encoding="utf-8")
    broken.write_text(text.replace("guide.en = ", "guidance.en = ", 1), encoding="utf-8")
    dialog = window.open_settings()
    dialog.choose_file = lambda: str(broken)
    dialog._choose_playbook()
    dialog.accept()
    qtbot.waitUntil(lambda: getattr(window, "playbook_problem", None) is not None, timeout=5000)
    message = window.playbook_problem.text()
    assert "bank.toml:" in message and "guidance" in message
    book = Book.open(filled_book_path, clock)
    try:
        assert playbooks.playbook_path(book) == default_playbook_path()  # nothing changed
    finally:
        book.close()


def test_a_good_playbook_is_used_for_new_meetings(
    qtbot, window, filled_book_path, clock, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    own = tmp_path / "bank.toml"
    text = default_playbook_path().read_text(encoding="utf-8")
    own.write_text(text.replace('id = "rmcoach-default"', 'id = "bank-own"', 1), encoding="utf-8")
    dialog = window.open_settings()
    dialog.choose_file = lambda: str(own)
    dialog._choose_playbook()
    dialog.accept()
    qtbot.waitUntil(lambda: window.session.playbook_file == str(own), timeout=5000)
    book = Book.open(filled_book_path, clock)
    try:
        assert playbooks.active_playbook(book).id == "bank-own"
        assert Path(book.get_setting(playbooks.SETTING)) == own.resolve()
    finally:
        book.close()
