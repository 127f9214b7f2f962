"""The book's playbook choice: a bank's file is checked before use; meetings record it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rmcoach.meeting_domain import MeetingPlan
from rmcoach.playbook import PlaybookError, default_playbook_path
from rmcoach.services.book import Book
from rmcoach.services.meetings import playbooks
from rmcoach.services.meetings import records as meetings


def bank_playbook(tmp_path: Path, **replacements: str) -> Path:
    text = default_playbook_path().read_text(encoding="utf-8")
    for old, new in replacements.items():
        text = text.replace(old, new, 1)
    path = tmp_path / "bank.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_default_until_a_bank_file_is_chosen(book: Book, tmp_path: Path, make_client) -> None:  # type: ignore[no-untyped-def]
    assert playbooks.playbook_path(book) == default_playbook_path()
    own = bank_playbook(tmp_path, **{'id = "rmcoach-default"': 'id = "bank-2027"'})
    assert playbooks.use_playbook(book, own).value.id == "bank-2027"
    client = make_client(book, name_zh="张三")
    saved = meetings.plan_meeting(book, MeetingPlan(client_id=client.id))
    assert saved.meeting.playbook_id == "bank-2027"
    playbooks.use_playbook(book, None)
    assert playbooks.active_playbook(book).id == "rmcoach-default"


def test_a_broken_file_is_refused_and_changes_nothing(book: Book, tmp_path: Path) -> None:
    broken = bank_playbook(tmp_path, **{"guide.en = ": "guidance.en = "})
    with pytest.raises(PlaybookError) as raised:
        playbooks.use_playbook(book, broken)
    issues = [str(issue) for issue in raised.value.errors]
    assert any(i.startswith(f"{broken}:26: ") and "guidance" in i for i in issues), issues
    assert any(i.startswith(f"{broken}:25: ") and "guide.en" in i for i in issues), issues
    assert playbooks.playbook_path(book) == default_playbook_path()
