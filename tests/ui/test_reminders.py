"""Reminders at fixed times: an item coming due is announced once, again only after a snooze."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from rmcoach.clock import FixedClock
from rmcoach.meeting_domain import FollowUp
from rmcoach.services.followups import records as followups
from rmcoach.services.followups.reminders import Digest
from tests.ui.pages.test_today_page import DAY, AgendaBook, make_agenda_book, start_ops
from ui.operations import Operations
from ui.reminders import Reminders, digest_text, due_message


@pytest.fixture
def setup(tmp_path: Path, clock: FixedClock) -> Iterator[tuple[AgendaBook, Operations]]:
    agenda = make_agenda_book(tmp_path / "reminders.sqlite", clock)
    errors: list[BaseException] = []
    ops = start_ops(agenda.path, clock, errors)
    yield agenda, ops
    ops.shutdown()
    assert not errors


def at(clock: FixedClock, day_offset: int, hour: int, minute: int = 0) -> None:
    moment = datetime.combine(DAY + timedelta(days=day_offset), time(hour, minute))
    clock.set(moment.replace(tzinfo=clock.now().tzinfo))


def tick(qtbot, ops: Operations, reminders: Reminders) -> None:  # type: ignore[no-untyped-def]
    """One check, waited for: its op has run and its result was handled on this thread."""
    reminders.check()
    ops.wait_idle()
    qtbot.waitUntil(lambda: not reminders._busy, timeout=5000)


@pytest.fixture
def started(qtbot, setup):  # type: ignore[no-untyped-def]
    """Reminders started at 10:00: the digest has spoken for what was already due."""
    _agenda, ops = setup
    reminders = Reminders(ops, interval_ms=3_600_000)
    announced: list[FollowUp] = []
    reminders.notified.connect(announced.append)
    with qtbot.waitSignal(reminders.digest_ready, timeout=5000) as digest:
        reminders.start()
    yield reminders, announced, digest.args[0]
    reminders.stop()


def test_digest_at_start_counts_the_day_and_names_the_next_meeting(started) -> None:  # type: ignore[no-untyped-def]
    _reminders, announced, digest = started
    assert isinstance(digest, Digest)
    assert (digest.overdue, digest.today, digest.this_week) == (1, 1, 2)
    assert digest.next_meeting is not None and digest.next_meeting.client_name.startswith("张三")
    text = digest_text(digest, DAY)
    assert "张三" in text and "15:00" in text
    assert announced == []  # already due at start: the digest covers them


def test_an_item_coming_due_is_announced_exactly_once(qtbot, setup, started, clock) -> None:  # type: ignore[no-untyped-def]
    agenda, ops = setup
    reminders, announced, _digest = started
    tick(qtbot, ops, reminders)
    assert announced == []  # 李娜's visit is at 14:00
    at(clock, 0, 14, 0)
    for _ in range(4):
        tick(qtbot, ops, reminders)
    assert [item.id for item in announced] == [agenda.items["today"]]
    at(clock, 1, 0, 1)  # a new day: the birthday is not due until Wednesday
    tick(qtbot, ops, reminders)
    assert len(announced) == 1


def test_a_snoozed_item_is_announced_again_when_due_again(qtbot, setup, started, clock) -> None:  # type: ignore[no-untyped-def]
    agenda, ops = setup
    reminders, announced, _digest = started
    at(clock, 0, 14, 5)
    tick(qtbot, ops, reminders)
    assert len(announced) == 1
    snoozed = agenda.items["today"]
    ops.op(lambda book: followups.snooze_followup(book, snoozed, DAY + timedelta(days=1)))
    ops.wait_idle()
    tick(qtbot, ops, reminders)
    assert len(announced) == 1  # snoozed to tomorrow: quiet today
    at(clock, 1, 8, 0)
    tick(qtbot, ops, reminders)
    assert len(announced) == 1  # it keeps its time: 14:00, tomorrow
    at(clock, 1, 14, 0)
    tick(qtbot, ops, reminders)
    tick(qtbot, ops, reminders)
    assert [item.id for item in announced] == [snoozed, snoozed]


def test_the_timer_ticks_without_repeating(qtbot, setup, clock) -> None:  # type: ignore[no-untyped-def]
    agenda, ops = setup
    reminders = Reminders(ops, interval_ms=20, absorb_due_at_start=False)
    announced: list[FollowUp] = []
    lines: list[str] = []
    reminders.notified.connect(announced.append)
    reminders.message.connect(lines.append)
    with qtbot.waitSignal(reminders.digest_ready, timeout=5000):
        reminders.start()
    qtbot.waitUntil(lambda: len(announced) == 1, timeout=5000)
    assert announced[0].id == agenda.items["overdue"]  # not absorbed: announced on a tick
    at(clock, 0, 14, 0)
    qtbot.waitUntil(lambda: len(announced) == 2, timeout=5000)
    qtbot.wait(200)  # ten more ticks
    reminders.stop()
    assert [item.id for item in announced] == [agenda.items["overdue"], agenda.items["today"]]
    assert any("Due now: 李娜" in line for line in lines)  # the status-bar fallback (no tray)
    assert reminders.tray is None


def test_messages_name_a_few_items_and_count_the_rest(setup, clock) -> None:  # type: ignore[no-untyped-def]
    agenda, _ops = setup
    book = agenda.open(clock)
    try:
        items = followups.followups_between(
            book, DAY - timedelta(days=30), DAY + timedelta(days=30)
        )
    finally:
        book.close()
    title, body = due_message(items[:1])
    assert title == "Due now: 张三 (San Zhang)" and "回访张三" in body
    title, body = due_message(items)
    assert "follow-up(s) due" in title
    assert len(body.splitlines()) == 4 and "2 more" in body.splitlines()[-1]
