"""The demo's asset history: a year of monthly snapshots and today's, for each new client.

Written as a step of each batch (so the writer stores it while the next batch is built),
ending at the client's current assets: the figures wander a few percent a month, and
about one client in twelve lost more than a tenth over the last quarter, so that the
trends and the retention radar have something to show.
"""

from __future__ import annotations

from rmcoach.demo.base import StepInput
from rmcoach.services.insights.snapshots import month_starts
from rmcoach.storage.schema_value import AssetSnapshotEntity

MONTHS = 12
FALLING_SHARE = 1 / 12  # clients whose assets fell 10-30% over the last quarter


def write_snapshots(step: StepInput) -> dict[str, int]:
    """Each client's snapshots on the first day of the MONTHS months before today's, and
    today's (as the app's daily take_snapshots records it)."""
    today = step.now.date()
    days = month_starts(today, MONTHS + 1)[:-1]  # oldest first, this month left out
    iso_days = [day.isoformat() for day in days]
    recent = [(today - day).days <= 100 for day in days]
    uniform, random = step.rng.uniform, step.rng.random
    rows: list[tuple[int, str, int]] = []
    for client in step.clients:
        client_id, aum = client.row["id"], client.row["aum_fen"]
        falling = random() < FALLING_SHARE
        value = float(aum)
        history: list[int] = []
        for index in range(MONTHS - 1, -1, -1):  # walk back from today's figure
            if falling and recent[index]:
                value *= 1 + uniform(0.06, 0.15)
            else:
                value /= 1 + uniform(-0.03, 0.05)
            history.append(max(0, round(value / 100) * 100))
        history.reverse()
        rows.extend(zip([client_id] * MONTHS, iso_days, history, strict=True))
        rows.append((client_id, today.isoformat(), aum))
    columns = ("client_id", "taken_on", "aum_fen")
    return {"snapshots": step.write(AssetSnapshotEntity, columns, rows)}
