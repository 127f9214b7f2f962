"""Backup files: their names, listing them, and thinning them the way Anki does."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from rmcoach.storage.crypto import is_encrypted

STAMP_FORMAT = "%Y-%m-%d-%H%M%S"
SUFFIX = ".sqlite"
# <book stem>-<local time>-<reason>[-<n>].sqlite, e.g. book-2026-11-29-100000-before-restore.sqlite
NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})-(?P<reason>[a-z]+(?:-[a-z]+)*)"
    r"(?:-(?P<n>\d+))?\.sqlite$"
)
REASON = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


@dataclass(frozen=True)
class BackupLimits:
    """How many older backups thinning keeps, beyond all of today's and yesterday's."""

    daily: int = 12
    weekly: int = 10
    monthly: int = 9


@dataclass(frozen=True)
class BackupInfo:
    """One backup file.

    Attributes:
        path: the file.
        book_stem: the name of the book it is a backup of (without .sqlite).
        created: when it was made, local wall-clock time (from the file name).
        reason: why: manual, auto, close, before-upgrade, before-restore, before-import...
        size: bytes.
        encrypted: True when it is an encrypted book (it opens with the same passphrase).
        seconds: how long making it took (0 for backups listed from disk).
    """

    path: Path
    book_stem: str
    created: datetime
    reason: str
    size: int
    encrypted: bool
    seconds: float = 0.0


def default_backup_dir(book_path: Path) -> Path:
    """`backups/` beside the book: for the default book that is the user-data folder's."""
    return book_path.parent / "backups"


def backup_name(book_stem: str, created: datetime, reason: str, n: int = 0) -> str:
    if not REASON.match(reason):
        raise ValueError(f"a backup reason is lower-case words joined by '-', not {reason!r}")
    counter = f"-{n}" if n else ""
    return f"{book_stem}-{created.strftime(STAMP_FORMAT)}-{reason}{counter}{SUFFIX}"


def parse_name(name: str) -> tuple[str, datetime, str] | None:
    """(book stem, local time, reason) of a backup file name; None for any other file."""
    found = NAME.match(name)
    if found is None:
        return None
    try:
        created = datetime.strptime(found["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return found["stem"], created, found["reason"]


def free_path(folder: Path, book_stem: str, created: datetime, reason: str) -> Path:
    """A backup path not yet taken (two backups in the same second get a counter)."""
    n = 0
    while True:
        path = folder / backup_name(book_stem, created, reason, n)
        if not path.exists():
            return path
        n += 1


def list_backups(folder: Path, book_stem: str | None = None) -> list[BackupInfo]:
    """The backups in folder (of one book, when book_stem is given), newest first."""
    found: list[tuple[datetime, int, BackupInfo]] = []
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    for entry in entries:
        parsed = parse_name(entry.name)
        if parsed is None or not entry.is_file():
            continue
        stem, created, reason = parsed
        if book_stem is not None and stem != book_stem:
            continue
        path = Path(entry.path)
        stat = entry.stat()
        info = BackupInfo(path, stem, created, reason, stat.st_size, is_encrypted(path))
        # names tell the second only: within one, the file written last is the newest
        found.append((created, stat.st_mtime_ns, info))
    found.sort(key=lambda f: (f[0], f[1], f[2].path.name), reverse=True)
    return [info for _created, _written, info in found]


def obsolete_backups(
    backups: Iterable[tuple[str, datetime]], now: datetime, limits: BackupLimits | None = None
) -> list[str]:
    """The names thinning removes, newest first (a pure function: the clock is `now`).

    Anki's rule: keep every backup from today and yesterday; then, going back in time, the
    newest backup of each of the next `daily` days that have one, then of `weekly` weeks
    (Monday to Sunday), then of `monthly` months; remove the rest.
    """
    limits = limits or BackupLimits()
    budget = {"daily": limits.daily, "weekly": limits.weekly, "monthly": limits.monthly}
    yesterday = now.date().toordinal() - 1
    last_day = last_week = last_month = 10**9
    obsolete: list[str] = []
    for name, created in sorted(backups, key=lambda b: (b[1], b[0]), reverse=True):
        day, week, month = _day(created.date()), _week(created.date()), _month(created.date())
        if day >= yesterday:
            keep: str | None = ""
        elif budget["daily"] > 0:
            keep = "daily" if day < last_day else None
        elif budget["weekly"] > 0:
            keep = "weekly" if week < last_week else None
        elif budget["monthly"] > 0:
            keep = "monthly" if month < last_month else None
        else:
            keep = None
        if keep is None:
            obsolete.append(name)
            continue
        last_day, last_week, last_month = day, week, month
        if keep:
            budget[keep] -= 1
    return obsolete


def _day(day: date) -> int:
    return day.toordinal()


def _week(day: date) -> int:
    return (day.toordinal() - 1) // 7  # day 1 (0001-01-01) was a Monday: weeks start Monday


def _month(day: date) -> int:
    return day.year * 12 + day.month


def thin_backups(folder: Path, book_stem: str, now: datetime) -> list[Path]:
    """Remove one book's backups that thinning does not keep; returns what was removed."""
    backups = list_backups(folder, book_stem)
    by_name = {b.path.name: b.path for b in backups}
    removed: list[Path] = []
    for name in obsolete_backups(((b.path.name, b.created) for b in backups), now):
        try:
            by_name[name].unlink()
        except FileNotFoundError:
            continue
        removed.append(by_name[name])
    return removed
