"""Privacy: everything on a client exported, a client erased for good, an audit log, quiet logs."""

from __future__ import annotations

import json
import logging
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from rmcoach.cli import main as cli_main
from rmcoach.clock import FixedClock
from rmcoach.domain import (
    Channel,
    ClientDraft,
    ClientQuery,
    Holding,
    HouseholdMember,
    ProductType,
)
from rmcoach.meeting_domain import FollowUpDraft, MeetingPlan, MeetingType
from rmcoach.services.book import Book
from rmcoach.services.clients.records import add_client, get_client, log_contact, update_client
from rmcoach.services.clients.search import search_clients
from rmcoach.services.followups.records import add_followup
from rmcoach.services.meetings import records as meetings
from rmcoach.services.protection import audit, backups, privacy
from tests.conftest import NOW

SECRETS = ("欧阳娜娜", "Nana Ouyang", "13812345678", "nana@example.com", "想给女儿存教育金")


def book_bytes(path: Path) -> bytes:
    return b"".join(
        Path(f"{path}{suffix}").read_bytes()
        for suffix in ("", "-wal", "-shm")
        if Path(f"{path}{suffix}").exists()
    )


def fill(book: Book) -> tuple[int, int, int]:
    """A client with something in every table, a client she referred, and a meeting."""
    nana = add_client(
        book,
        ClientDraft(
            name_zh="欧阳娜娜",
            name_en="Nana Ouyang",
            client_no="P001",
            mobile="13812345678",
            email="nana@example.com",
            interests=("高尔夫",),
            tags=("重点客户",),
            holdings=(
                Holding(name="稳享90天", product_type=ProductType.WEALTH, amount_fen=10_000),
            ),
            household=(HouseholdMember(name="欧阳小雨", relation="女儿"),),
        ),
    ).client
    other = add_client(
        book,
        ClientDraft(
            name_zh="李娜",
            client_no="P002",
            referred_by_id=nana.id,
            household=(HouseholdMember(name="娜姐", relation="朋友", linked_client_id=nana.id),),
        ),
    ).client
    log_contact(book, nana.id, Channel.PHONE, "想给女儿存教育金")
    plan = MeetingPlan(client_id=nana.id, meeting_type=MeetingType.REVIEW, scheduled_at=NOW)
    meeting = meetings.plan_meeting(book, plan).meeting
    meetings.start_meeting(book, meeting.id)
    meetings.add_note(book, meeting.id, "想给女儿存教育金")
    add_followup(
        book,
        FollowUpDraft(client_id=nana.id, title="回电", due_on=date(2026, 12, 1)),
    )
    return nana.id, other.id, meeting.id


def test_export_holds_everything_on_the_client(book: Book) -> None:
    nana, other, meeting = fill(book)
    data = privacy.export_client_data(book, nana)
    json.dumps(data, ensure_ascii=False)  # JSON-ready as it is
    client = data["client"]
    assert (client["name_zh"], client["mobile"], client["email"]) == (
        "欧阳娜娜",
        "13812345678",
        "nana@example.com",
    )
    assert {t["value"] for t in client["client_tags"]} == {"高尔夫", "重点客户"}
    assert [h["name"] for h in client["holdings"]] == ["稳享90天"]
    assert [m["name"] for m in client["household_members"]] == ["欧阳小雨"]
    assert [c["summary"] for c in client["contacts"]] == ["想给女儿存教育金"]
    (planned,) = client["meetings"]
    assert planned["id"] == meeting
    assert [n["text"] for n in planned["meeting_notes"]] == ["想给女儿存教育金"]
    assert "回电" in [f["title"] for f in client["followups"]]
    assert all("shows_on" not in f for f in client["followups"])  # computed, not data
    # other clients' records are named by id only where they point at her
    assert data["mentioned_in"]["clients.referred_by_id"] == [{"id": other}]
    (linked,) = data["mentioned_in"]["household_members.linked_client_id"]
    assert (linked["client_id"], linked["name"]) == (other, "娜姐")
    assert "李娜" not in json.dumps(data, ensure_ascii=False)
    assert [e.action for e in audit.entries(book, nana)] == ["export"]


def test_erasure_removes_the_client_from_the_book_files(book: Book) -> None:
    nana, other, _meeting = fill(book)
    backup = backups.backup(book)  # made before: it keeps her, as the CLI says
    assert all(s.encode() in book_bytes(book.path) for s in SECRETS)

    erased = privacy.erase_client(book, nana)
    assert erased.deleted["clients"] == 1 and erased.deleted["meeting_notes"] == 1
    assert erased.unlinked == {"clients.referred_by_id": 1, "household_members.linked_client_id": 1}
    with pytest.raises(privacy.ClientNotFoundError):
        privacy.export_client_data(book, nana)
    assert search_clients(book, ClientQuery(text="欧阳")).rows == ()
    with book.read() as conn:
        fts = conn.execute(text("SELECT count(*) FROM client_fts WHERE rowid = :i"), {"i": nana})
        assert fts.scalar_one() == 0
        for table in ("contacts", "meetings", "meeting_notes", "followups", "holdings"):
            left = conn.execute(text(f"SELECT count(*) FROM {table} WHERE 1")).scalar_one()
            assert left == 0, table
    kept = get_client(book, other)
    assert kept.draft.referred_by_id is None
    assert (
        kept.draft.household[0].linked_client_id is None and kept.draft.household[0].name == "娜姐"
    )
    assert [(e.action, e.client_id) for e in audit.entries(book)] == [("erase", nana)]
    left_in_files = [s for s in SECRETS if s.encode() in book_bytes(book.path)]
    assert left_in_files == []
    assert all(s.encode() in backup.path.read_bytes() for s in SECRETS[:3])
    book.close()
    assert backups.check(book.path).ok


def test_the_audit_log_records_events_without_client_data(book: Book, clock: FixedClock) -> None:
    nana, _other, _meeting = fill(book)
    first = audit.record(book, audit.AuditAction.UNMASK, nana, "client detail").value
    clock.set(NOW + timedelta(minutes=1))
    audit.record(book, "export", None, "all clients")
    entries = audit.entries(book)
    assert [(e.id, e.action, e.client_id, e.detail) for e in entries] == [
        (first, "unmask", nana, "client detail"),
        (first + 1, "export", None, "all clients"),
    ]
    assert entries[0].at == NOW and entries[1].at == NOW + timedelta(minutes=1)
    assert [e.action for e in audit.entries(book, nana)] == ["unmask"]


def test_logs_carry_no_client_data(
    tmp_path: Path, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    # everything at DEBUG, SQLAlchemy too (it keeps its own loggers at WARNING otherwise):
    # it then logs every statement, and would log the values bound to it
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")
    book = Book.open(tmp_path / "book.sqlite", clock)
    try:
        nana, _other, _meeting = fill(book)
        record = get_client(book, nana)
        update_client(book, nana, record.draft)
        search_clients(book, ClientQuery(text="欧阳娜娜"))
        search_clients(book, ClientQuery(text="13812345678"))
        backups.backup(book)
        privacy.export_client_data(book, nana)
        with pytest.raises(IntegrityError) as raised, book.write() as session:
            session.execute(
                text("INSERT INTO clients (client_no, name_zh) VALUES (:n, :z)"),
                {"n": "P001", "z": "欧阳娜娜"},
            )
        assert not any(s in str(raised.value) for s in SECRETS)  # errors reach the UI too
        privacy.erase_client(book, nana)
    finally:
        book.close()
    assert len(caplog.records) > 50, "SQLAlchemy should have logged its statements"
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert [s for s in SECRETS if s in logged] == []


def test_the_cli_exports_to_a_private_file_and_erases_with_yes(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nana, _other, _meeting = fill(book)
    book.close()
    db = ["--db", str(book.path)]
    out = tmp_path / "request" / "P001.json"
    out.parent.mkdir()
    assert cli_main([*db, "export-client-data", "P001", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["client"]["id"] == nana and exported["client"]["name_zh"] == "欧阳娜娜"
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert cli_main([*db, "export-client-data", "NOPE", str(out)]) == 1
    capsys.readouterr()

    assert cli_main([*db, "erase-client", "P001"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert cli_main([*db, "erase-client", "P001", "--yes"]) == 0
    said = capsys.readouterr().out
    assert "erased client P001 for good" in said and "backups made before now" in said
    assert "欧阳娜娜".encode() not in book_bytes(book.path)


def test_the_cli_export_creates_no_folder_and_names_only_the_file(
    book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(book)
    book.close()
    db = ["--db", str(book.path)]
    missing = tmp_path / "no such folder" / "P001.json"
    assert cli_main([*db, "export-client-data", "P001", str(missing)]) == 1
    said = capsys.readouterr().err.strip().splitlines()
    assert said == [f"rmcoach: cannot write {missing}: there is no folder {missing.parent}"]
    assert not missing.parent.exists()
    folder = tmp_path / "a folder.json"
    folder.mkdir()
    assert cli_main([*db, "export-client-data", "P001", str(folder)]) == 1
    said = capsys.readouterr().err.strip().splitlines()
    assert said == [f"rmcoach: cannot write {folder}: it is a folder"]
    assert list(tmp_path.glob(".*")) == []  # and no temporary file beside it
