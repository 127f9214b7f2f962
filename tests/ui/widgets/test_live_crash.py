"""SIGKILL the app in live mode: the next start resumes; nothing typed 2 s before is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from rmcoach.clock import FixedClock
from rmcoach.meeting_domain import MeetingPlan
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.meetings import records as meetings
from tests.ui.conftest import open_window

TYPIST = Path(__file__).with_name("live_typist.py")
PROMISE_S = 2.0  # what the issue promises: everything typed up to 2 s before the kill


def live_meeting_in(path: Path, clock: FixedClock) -> int:
    book = Book.open(path, clock)
    try:
        saved = meetings.plan_meeting(
            book, MeetingPlan(client_id=clients.find_client_id(book, "C001"))
        )
        meetings.start_meeting(book, saved.meeting.id)
        return saved.meeting.id
    finally:
        book.close()


def run_and_kill(
    path: Path, meeting_id: int, tmp_path: Path, mode: str, after: float
) -> list[tuple[str, float]]:
    """Start the typist, kill it `after` seconds after its first line; return (line, time)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path.cwd())}
    process = subprocess.Popen(
        [sys.executable, str(TYPIST), str(path), str(meeting_id), str(tmp_path / "s.ini"), mode],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert process.stdout is not None
    stdout = process.stdout
    lines: list[tuple[str, float]] = []

    def read() -> None:  # a thread, so the killer's timing does not wait on a read
        for line in stdout:
            lines.append((line.strip(), time.monotonic()))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + 30
    while not lines and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(max(0.0, after - (time.monotonic() - lines[0][1])) if lines else 0)
    process.send_signal(signal.SIGKILL)
    killed_at = time.monotonic()
    process.wait(10)
    reader.join(5)
    stdout.close()
    assert lines, "the app never reached live mode"
    return [(line, killed_at - t) for line, t in lines]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_notes_survive_a_kill(tmp_path, filled_book_path, clock, seed) -> None:  # type: ignore[no-untyped-def]
    meeting_id = live_meeting_in(filled_book_path, clock)
    after = random.Random(seed).uniform(2.5, 4.0)
    lines = run_and_kill(filled_book_path, meeting_id, tmp_path, "notes", after)
    book = Book.open(filled_book_path, clock)
    try:
        stored = [n.text for n in meetings.get_meeting(book, meeting_id).notes]
        integrity = book.engine.connect().exec_driver_sql("PRAGMA integrity_check").scalar()
    finally:
        book.close()
    assert integrity == "ok"
    promised = [line.removeprefix("entered ") for line, age in lines if age >= PROMISE_S]
    assert promised, "typing ran too briefly to test the promise"
    for number in promised:
        assert f"note {number}" in stored
    assert stored == [f"note {n}" for n in range(1, len(stored) + 1)]  # in order, no gaps


def test_a_draft_survives_a_kill_and_the_next_start_resumes(
    qtbot, tmp_path, filled_book_path, clock
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = live_meeting_in(filled_book_path, clock)
    # three notes take ~0.3 s, then the draft: killed 2.8 s in, the draft is > 2 s old
    lines = run_and_kill(filled_book_path, meeting_id, tmp_path, "draft", 2.8)
    assert any(line == "drafted" and age >= PROMISE_S for line, age in lines)

    window = open_window(
        qtbot,
        QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat),
        filled_book_path,
        clock,
        tmp_path,
    )
    session = window.session
    qtbot.waitUntil(
        lambda: session.resume_box is not None and session.resume_box.isVisible(), timeout=5000
    )
    assert session.resume_box is not None
    session.resume_box.accept()
    live = window.meetings_page.flow.live
    qtbot.waitUntil(lambda: window.meetings_page.flow.stack.currentWidget() is live, timeout=5000)
    assert live.note_box.text() == "draft left in the box"
    assert [live.notes_model.row_at(r).text for r in range(live.notes_model.rowCount())][:3] == [
        "note 1",
        "note 2",
        "note 3",
    ]
    window.close()
