"""The demo book the bench measures, and the fixtures it needs in it.

The book is built by the real command (`python -m rmcoach --db BOOK demo --clients N`) in
a child process, so its time and memory are the command's own. Fixtures the demo may lack
(a client with 50 meetings, a month with 10,000 follow-ups) are added through the services
or with bulk Core inserts; they are idempotent, so a reused book is not inflated.
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class BuiltBook:
    path: Path
    built: bool
    seconds: float | None
    clients: int
    meetings: int
    followups: int
    maxrss_mb: float | None
    stderr_tail: str


def build_book(path: Path, clients: int, reuse: bool) -> BuiltBook:
    """Build the book with the demo command unless reusing an existing one."""
    seconds = None
    tail = ""
    maxrss = None
    built = False
    if not (reuse and path.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "rmcoach", "--db", str(path), "demo", "--clients", str(clients)],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = round(time.perf_counter() - started, 2)
        after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        maxrss = round(after / 1024, 1) if after > before else None
        tail = (done.stderr or "").strip()[-600:]
        if done.returncode != 0:
            raise RuntimeError(f"the demo command failed ({done.returncode}): {tail}")
        built = True
    counts = table_counts(path)
    return BuiltBook(
        path=path,
        built=built,
        seconds=seconds,
        clients=counts["clients"],
        meetings=counts["meetings"],
        followups=counts["followups"],
        maxrss_mb=maxrss,
        stderr_tail=tail,
    )


def table_counts(path: Path) -> dict[str, int]:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return {
            name: conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for name in ("clients", "meetings", "followups")
        }


def client_with_meetings(book: Any, wanted: int = 50) -> tuple[int, int, int]:
    """The client with the most meetings, topped up to `wanted` via meetings.plan_meeting.

    Returns (client id, meetings it had, meetings added).
    """
    from sqlalchemy import func, select

    from rmcoach.meeting_domain import MeetingPlan
    from rmcoach.services.meetings import records as meetings
    from rmcoach.storage.schema import ClientEntity
    from rmcoach.storage.schema_meetings import MeetingEntity

    m = MeetingEntity.__table__.c
    with book.read() as conn:
        row = conn.execute(
            select(m.client_id, func.count())
            .group_by(m.client_id)
            .order_by(func.count().desc(), m.client_id)
            .limit(1)
        ).first()
        if row is None:
            client_id = conn.execute(select(func.min(ClientEntity.__table__.c.id))).scalar_one()
            had = 0
        else:
            client_id, had = int(row[0]), int(row[1])
    start = book.clock.now().replace(microsecond=0) + timedelta(days=1)
    for n in range(max(0, wanted - had)):
        plan = MeetingPlan(
            client_id=client_id,
            scheduled_at=start + timedelta(days=7 * n),
            objectives=(f"bench review {n + 1}",),
        )
        meetings.plan_meeting(book, plan)
    return client_id, had, max(0, wanted - had)


def busy_month(book: Any, wanted: int = 10_000) -> tuple[date, date, int, int]:
    """The month with the most follow-ups, topped up to `wanted` with bulk Core inserts.

    Returns (month start, month end, follow-ups it had, follow-ups added).
    """
    from sqlalchemy import func, insert, select

    from rmcoach.clock import to_storage
    from rmcoach.storage.schema import ClientEntity
    from rmcoach.storage.schema_meetings import FollowUpEntity

    f = FollowUpEntity.__table__.c
    month = func.substr(f.due_on, 1, 7)
    with book.read() as conn:
        row = conn.execute(
            select(month, func.count())
            .where(f.status.in_(("open", "done")))
            .group_by(month)
            .order_by(func.count().desc())
            .limit(1)
        ).first()
        client_ids = [
            int(i) for i in conn.execute(select(ClientEntity.__table__.c.id)).scalars().all()
        ]
    if row is None:
        today = book.clock.now().date()
        first = today.replace(day=1)
        had = 0
    else:
        year, mon = (int(x) for x in str(row[0]).split("-"))
        first = date(year, mon, 1)
        had = int(row[1])
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    # top up by 5 % over the target: snoozed or cancelled rows do not show in the month
    missing = max(0, wanted - had)
    if missing:
        missing = int(missing * 1.05) + 1
        rng = random.Random(20_000)
        stamp = to_storage(book.clock.now())
        kinds = ("call", "visit", "send_material", "other")
        statuses = ("open", "open", "open", "done")
        rows = [
            {
                "client_id": rng.choice(client_ids),
                "meeting_id": None,
                "kind": rng.choice(kinds),
                "title": f"Bench follow-up {i + 1}",
                "notes": "",
                "due_on": first + timedelta(days=rng.randrange((last - first).days + 1)),
                "due_time": None,
                "status": rng.choice(statuses),
                "snoozed_until": None,
                "outcome": "",
                "completed_at": None,
                "reminded_at": None,
                "source_key": None,
                "created_at": stamp,
                "updated_at": stamp,
            }
            for i in range(missing)
        ]
        with book.write() as session:
            session.execute(insert(FollowUpEntity.__table__), rows)
    return first, last, had, missing


def now_local() -> datetime:
    return datetime.now().astimezone()
