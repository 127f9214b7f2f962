"""Calendar export: valid iCalendar, one component per item, stable UIDs, masked names."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import insert

from rmcoach.cli import main
from rmcoach.clock import FixedClock, to_storage
from rmcoach.meeting_domain import FollowUpDraft, FollowUpKind
from rmcoach.services.book import Book
from rmcoach.services.followups.records import add_followup, cancel_followup, complete_followup
from rmcoach.services.interchange.ics_export import IcsExportError, export_ics, mask_name
from rmcoach.storage.schema_meetings import MeetingEntity
from tests.conftest import MakeClient

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(y: int, m: int, d: int, hour: int = 10) -> datetime:
    return datetime(y, m, d, hour, tzinfo=SHANGHAI)


class Sample:
    """A book with two clients, four follow-ups (two open) and four meetings (two planned)."""

    def __init__(self, book: Book, make_client: MakeClient) -> None:
        zhang = make_client(book, name_zh="张伟", mobile="13812345678", notes="喜欢打高尔夫")
        li = make_client(book, name_zh="李娜", name_en="Na Li")
        self.timed = self.add(book, zhang.id, "给张伟打电话", date(2026, 12, 1), time(14, 30))
        self.all_day = self.add(book, li.id, "送基金资料", date(2026, 12, 2), notes="私密备注")
        self.done = self.add(book, li.id, "已完成", date(2026, 11, 20))
        complete_followup(book, self.done, "ok")
        cancel_followup(book, self.add(book, zhang.id, "已取消", date(2026, 12, 3)))
        stamp = to_storage(book.clock.now())
        base = {
            "meeting_type": "review",
            "playbook_id": "default",
            "playbook_version": "1",
            "created_at": stamp,
            "updated_at": stamp,
            "duration_minutes": 45,
        }
        with book.write() as session:
            result = session.execute(
                insert(MeetingEntity).returning(MeetingEntity.id),
                [
                    base
                    | {
                        "client_id": zhang.id,
                        "status": "planned",
                        "place": "客户家中",
                        "scheduled_at": to_storage(at(2026, 12, 4, 15)),
                    },
                    base
                    | {
                        "client_id": li.id,
                        "status": "planned",
                        "scheduled_at": to_storage(at(2026, 12, 8, 9)),
                    },
                    base
                    | {
                        "client_id": li.id,
                        "status": "done",
                        "scheduled_at": to_storage(at(2026, 11, 2)),
                    },
                    base | {"client_id": li.id, "status": "planned", "scheduled_at": None},
                ],
            )
            self.meetings = [row[0] for row in result][:2]

    @staticmethod
    def add(
        book: Book,
        client_id: int,
        title: str,
        due: date,
        due_time: time | None = None,
        notes: str = "",
    ) -> int:
        draft = FollowUpDraft(
            client_id, title, kind=FollowUpKind.CALL, due_on=due, due_time=due_time, notes=notes
        )
        return add_followup(book, draft).followup.id


@pytest.fixture
def sample(book: Book, make_client: MakeClient) -> Sample:
    return Sample(book, make_client)


def parse(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def test_the_export_parses_and_holds_one_component_per_item(
    book: Book, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "rm.ics"
    report = export_ics(book, out)
    assert (report.events, report.todos, report.path) == (2, 2, out)
    calendar = parse(out)
    assert str(calendar["VERSION"]) == "2.0" and "PRODID" in calendar
    events, todos = calendar.walk("VEVENT"), calendar.walk("VTODO")
    assert len(events) == 2 and len(todos) == 2
    uids = [str(c["UID"]) for c in events + todos]
    assert [u.split("-")[0] + "-" + u.split("-")[1] for u in uids] == [
        f"meeting-{sample.meetings[0]}",
        f"meeting-{sample.meetings[1]}",
        f"followup-{sample.timed}",
        f"followup-{sample.all_day}",
    ]
    assert all(u.endswith("@rmcoach") for u in uids)
    first = events[0]
    assert first.decoded("DTSTART") == at(2026, 12, 4, 15).astimezone(UTC)
    assert first.decoded("DTEND") - first.decoded("DTSTART") == timedelta(minutes=45)
    assert all(c.decoded("DTSTAMP") == book.clock.now().astimezone(UTC) for c in events + todos)


def test_follow_ups_carry_due_and_an_alarm(book: Book, sample: Sample, tmp_path: Path) -> None:
    export_ics(book, tmp_path / "rm.ics")
    timed, all_day = parse(tmp_path / "rm.ics").walk("VTODO")
    assert timed.decoded("DUE") == at(2026, 12, 1, 14).replace(minute=30).astimezone(UTC)
    (alarm,) = timed.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(minutes=-15)
    assert alarm["TRIGGER"].params["RELATED"] == "END"  # counted from DUE
    assert all_day.decoded("DUE") == date(2026, 12, 2)
    (morning,) = all_day.walk("VALARM")
    assert morning["TRIGGER"].dt == at(2026, 12, 2, 9).astimezone(UTC)  # 9:00 that morning


def test_two_exports_carry_the_same_uids_and_two_books_differ(
    book: Book, sample: Sample, tmp_path: Path, clock: FixedClock, make_client: MakeClient
) -> None:
    export_ics(book, tmp_path / "a.ics")
    export_ics(book, tmp_path / "b.ics")

    def uids(path: Path) -> list[str]:
        return [str(c["UID"]) for c in parse(path).walk() if "UID" in c]

    assert uids(tmp_path / "a.ics") == uids(tmp_path / "b.ics")
    other = Book.open(tmp_path / "other.sqlite", clock=clock)
    try:
        Sample(other, make_client)
        export_ics(other, tmp_path / "c.ics")
    finally:
        other.close()
    assert not set(uids(tmp_path / "a.ics")) & set(uids(tmp_path / "c.ics"))


def test_names_are_masked_by_default_and_nothing_private_leaves(
    book: Book, sample: Sample, tmp_path: Path
) -> None:
    export_ics(book, tmp_path / "rm.ics")
    text = (tmp_path / "rm.ics").read_bytes().decode()
    for private in ("张伟", "李娜", "Na Li", "13812345678", "高尔夫", "私密备注", "客户家中"):
        assert private not in text
    summaries = [str(c["SUMMARY"]) for c in parse(tmp_path / "rm.ics").walk() if "SUMMARY" in c]
    assert summaries == [
        "客户会面：张*",
        "客户会面：李*",
        "给张*打电话（张*）",
        "送基金资料（李*）",
    ]
    assert mask_name("", "Na Li") == "N*" and mask_name("", "") == "*"


def test_unmasked_and_with_done_items_when_asked(
    book: Book, sample: Sample, tmp_path: Path
) -> None:
    report = export_ics(book, tmp_path / "rm.ics", mask_names=False, include_done=True)
    assert report.todos == 3
    calendar = parse(tmp_path / "rm.ics")
    summaries = [str(c["SUMMARY"]) for c in calendar.walk() if "SUMMARY" in c]
    assert "给张伟打电话（张伟）" in summaries and "客户会面：李娜 (Na Li)" in summaries
    done = [c for c in calendar.walk("VTODO") if str(c["STATUS"]) == "COMPLETED"]
    assert [str(c["UID"]).split("-")[1] for c in done] == [str(sample.done)]


def test_an_unwritable_path_is_a_clear_error_and_leaves_nothing(
    book: Book, sample: Sample, tmp_path: Path
) -> None:
    with pytest.raises(IcsExportError, match="does not exist"):
        export_ics(book, tmp_path / "missing" / "rm.ics")
    with pytest.raises(IcsExportError, match="is a folder"):
        export_ics(book, tmp_path)
    before = sorted(tmp_path.iterdir())
    (tmp_path / "rm.ics").write_text("old")
    export_ics(book, tmp_path / "rm.ics")  # an existing file is replaced whole
    assert parse(tmp_path / "rm.ics").walk("VTODO")
    assert sorted(tmp_path.iterdir()) == sorted([*before, tmp_path / "rm.ics"])  # no temp left


def test_the_cli_writes_a_summary_and_fails_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cli.sqlite"
    assert main(["--db", str(db), "export-ics", str(tmp_path / "out.ics")]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "0 meetings and 0 follow-ups" in out and "masked" in out
    code = main(["--db", str(db), "export-ics", str(tmp_path / "nope" / "out.ics"), "--no-mask"])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and err.startswith("rmcoach: cannot write")
    assert not (tmp_path / "nope").exists()


def test_the_followups_cli_prints_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make_client: MakeClient
) -> None:
    db = tmp_path / "cli.sqlite"
    book = Book.open(db)  # the CLI runs on the system clock: so does this setup
    try:
        client = make_client(book, name_zh="赵敏")
        yesterday = book.clock.now().date() - timedelta(days=1)
        Sample.add(book, client.id, "回电", yesterday)
    finally:
        book.close()
    assert main(["--db", str(db), "followups", "--generate", "--today"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed["generated"]) >= {"created", "skipped"}
    assert set(printed["today"]) == {
        "on",
        "week_end",
        "overdue",
        "today",
        "this_week",
        "overdue_total",
        "this_week_total",
    }
    (late,) = printed["today"]["overdue"]
    assert printed["today"]["overdue_total"] == 1
    assert (late["title"], late["client_name"], late["kind"], late["due_on"]) == (
        "回电",
        "赵敏",
        "call",
        yesterday.isoformat(),
    )
    assert main(["--db", str(db), "followups"]) == 0
    assert set(json.loads(capsys.readouterr().out)) == {"today"}
