"""Backups with SQLite's online backup API, integrity checks, and restoring a book safely."""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from rmcoach.clock import Clock, SystemClock
from rmcoach.services.protection.backup_names import (
    BackupInfo,
    default_backup_dir,
    free_path,
    list_backups,
    thin_backups,
)
from rmcoach.storage.crypto import (
    SQLITE_HEADER,
    BookKey,
    connect,
    is_encrypted,
    read_salt,
    unlock,
)
from rmcoach.storage.engine import restrict_permissions
from rmcoach.storage.errors import (
    BookBusyError,
    BookCorruptError,
    BookError,
    BookLockedError,
    BookNotADatabaseError,
    NoSoundBackupError,
    WrongPassphraseError,
    classify_sqlite_error,
    is_sqlite_error,
)
from rmcoach.storage.scratch import PARTIAL, RESTORING, scratch_file, sweep


class OpenBook(Protocol):
    """An open book as a backup sees it (rmcoach.services.book.Book, which opening a book
    that needs migrating backs up first: so this module does not import it)."""

    @property
    def path(self) -> Path: ...

    @property
    def key(self) -> BookKey | None: ...

    @property
    def clock(self) -> Clock: ...


__all__ = [  # list_backups and BackupInfo live in backup_names; offered here as well
    "BEFORE_IMPORT",
    "BEFORE_RESTORE",
    "BackupInfo",
    "CheckResult",
    "RestoreResult",
    "backup",
    "backup_before",
    "backup_file",
    "backup_if_changed",
    "changed_since_last_backup",
    "check",
    "list_backups",
    "make_private_dir",
    "restore",
    "restore_newest",
    "sync_dir",
    "sync_file",
]

log = logging.getLogger("rmcoach.backups")

Progress = Callable[[int, int], None]
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"


@dataclass(frozen=True)
class CheckResult:
    """The verdict on a book or backup file: `message` is one line for the RM."""

    path: Path
    ok: bool
    message: str
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did.

    Attributes:
        backup: the backup the book now holds.
        book: the book file that was replaced.
        safety_backup: the book as it was, backed up first (None if there was no book).
        damaged_copy: where the old book was moved when it could not be backed up (damaged,
            or encrypted with a key we did not have); None otherwise.
    """

    backup: Path
    book: Path
    safety_backup: BackupInfo | None
    damaged_copy: Path | None


def backup(
    source: OpenBook | Path,
    dest_dir: Path | None = None,
    reason: str = "manual",
    *,
    key: BookKey | None = None,
    clock: Clock | None = None,
    thin: bool = True,
    progress: Progress | None = None,
) -> BackupInfo:
    """Back up an open book (or a closed book file) after a `quick_check`.

    A damaged book is refused (BookCorruptError), so it never pushes good backups out. The
    file is written beside its final name, then renamed: a backup is whole or absent. An
    encrypted book's backup is encrypted with the same key and salt (same passphrase).
    """
    if not isinstance(source, Path):
        return backup_file(
            source.path,
            dest_dir,
            reason,
            key=source.key,
            clock=clock or source.clock,
            thin=thin,
            progress=progress,
        )
    return backup_file(source, dest_dir, reason, key=key, clock=clock, thin=thin, progress=progress)


def backup_before(book: OpenBook, reason: str) -> BackupInfo:
    """A backup before a risky step (an import: reason BEFORE_IMPORT); raises if it fails."""
    return backup(book, reason=reason)


def backup_if_changed(book: OpenBook, reason: str = "auto") -> BackupInfo | None:
    """The periodic and on-close backup: only when the book changed since the newest one."""
    if not changed_since_last_backup(book.path):
        return None
    return backup(book, reason=reason)


def changed_since_last_backup(book_path: Path, dest_dir: Path | None = None) -> bool:
    """True when the book (or its WAL) was written after its newest backup was made."""
    newest = list_backups(dest_dir or default_backup_dir(book_path), book_path.stem)
    if not newest:
        return True
    written = max(
        (p.stat().st_mtime_ns for p in (book_path, Path(f"{book_path}-wal")) if p.exists()),
        default=0,
    )
    return written > newest[0].path.stat().st_mtime_ns


def backup_file(
    path: Path,
    dest_dir: Path | None = None,
    reason: str = "manual",
    *,
    key: BookKey | None = None,
    clock: Clock | None = None,
    thin: bool = True,
    progress: Progress | None = None,
) -> BackupInfo:
    """backup() for a book given by its path (closed, or open elsewhere in this process)."""
    started = time.perf_counter()
    if not path.is_file() or path.stat().st_size == 0:
        raise BookNotADatabaseError(f"there is no book to back up at {path}", path)
    if is_encrypted(path) and key is None:
        raise BookLockedError(f"the book is encrypted: its passphrase is needed ({path})", path)
    folder = dest_dir or default_backup_dir(path)
    make_private_dir(folder)
    now = (clock or SystemClock()).now().replace(microsecond=0)
    target = free_path(folder, path.stem, now.replace(tzinfo=None), reason)
    with scratch_file(target.with_name(f"{target.name}{PARTIAL}")) as partial:
        _copy_checked(path, partial.path, key, progress)
        sync_file(partial.path)
        partial.move_to(target)
        sync_dir(folder)
    seconds = time.perf_counter() - started
    log.info("backup %s written in %.2f s (%s)", target.name, seconds, reason)
    if thin:
        for removed in thin_backups(folder, path.stem, now.replace(tzinfo=None)):
            log.info("old backup %s removed", removed.name)
    size = target.stat().st_size
    return BackupInfo(
        target, path.stem, now.replace(tzinfo=None), reason, size, key is not None, seconds
    )


def _copy_checked(
    path: Path, partial: Path, key: BookKey | None, progress: Progress | None
) -> None:
    source = connect(path, key)  # read-write: a WAL left by a crash must be recoverable
    try:
        try:
            problems = [str(r[0]) for r in source.execute("PRAGMA quick_check(5)").fetchall()]
        except Exception as exc:
            known = classify_sqlite_error(exc, path) if is_sqlite_error(exc) else None
            if not isinstance(known, BookCorruptError):
                raise
            problems = [str(exc)]
        if problems != ["ok"]:
            raise BookCorruptError(
                f"the book is damaged ({problems[0]}); it was not backed up, so the good "
                f"backups are kept; run `check`, then restore a backup ({path})",
                path,
            )
        target = connect(partial, key)
        try:
            if progress is None:
                source.backup(target)
            else:
                source.backup(
                    target,
                    pages=1024,
                    progress=lambda _s, left, total: progress(total - left, total),
                )
            target.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            target.close()
    except Exception as exc:
        known = classify_sqlite_error(exc, path) if is_sqlite_error(exc) else None
        if known is not None:
            raise known from exc
        raise
    finally:
        source.close()


def check(path: Path, key: BookKey | None = None, *, quick: bool = False) -> CheckResult:
    """Run SQLite's integrity_check (or quick_check) on a book or backup file.

    Catches damaged pages and indexes that disagree with their tables, a file that is not a
    database, and a database that is not an RM Coach book. In an encrypted book every page
    carries an HMAC, so any changed byte is caught. Raises BookLockedError when the file is
    encrypted and no key was given.
    """
    if not path.exists():
        return CheckResult(path, False, f"there is no file at {path}")
    if not path.is_file() or path.stat().st_size == 0:
        return CheckResult(path, False, f"{path} is empty or not a file: not an RM Coach book")
    encrypted = is_encrypted(path)
    if encrypted and key is None:
        raise BookLockedError(f"the book is encrypted: its passphrase is needed ({path})", path)
    if not encrypted:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return CheckResult(path, False, f"{path} is not a database: not an RM Coach book")
    pragma = "quick_check" if quick else "integrity_check"
    conn = connect(path, key, read_only=True)
    try:
        problems = tuple(str(row[0]) for row in conn.execute(f"PRAGMA {pragma}(20)").fetchall())
        if problems != ("ok",):
            return CheckResult(
                path, False, f"{path} is damaged: {problems[0]}" + _more(problems), problems
            )
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'clients'"
        ).fetchone()
        if found is None:
            return CheckResult(path, False, f"{path} is a database, but not an RM Coach book")
        return CheckResult(path, True, f"{path} is sound")
    except Exception as exc:
        if not is_sqlite_error(exc):
            raise
        text = str(exc).lower()
        if "not a database" in text and encrypted:
            message = f"{path} does not open with this passphrase, or its first page is damaged"
        elif "not a database" in text:
            message = f"{path} is not a database (its header is damaged or it is another file)"
        else:
            message = f"{path} is damaged: {exc}"
        return CheckResult(path, False, message, (str(exc),))
    finally:
        conn.close()


def _more(problems: tuple[str, ...]) -> str:
    return f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""


def restore(
    backup_path: Path,
    book_path: Path,
    *,
    key: BookKey | None = None,
    book_key: BookKey | None = None,
    dest_dir: Path | None = None,
    clock: Clock | None = None,
) -> RestoreResult:
    """Replace the (closed) book with a backup, after checking the backup in full.

    The current book is backed up first (reason before-restore); if it cannot be (it is
    damaged, or encrypted with another key), it is moved aside beside the book instead, so
    nothing is ever deleted. The swap is one rename; the old -wal and -shm go first.
    """
    sweep(book_path)
    verdict = check(backup_path, key)
    if not verdict.ok:
        raise BookCorruptError(
            f"the backup cannot be restored: {verdict.message}; the book was not changed",
            backup_path,
        )
    clock = clock or SystemClock()
    if book_key is None and key is not None and is_encrypted(book_path):
        book_key = key if read_salt(book_path) == key.salt else None
    safety: BackupInfo | None = None
    damaged: Path | None = None
    if book_path.is_file() and book_path.stat().st_size > 0:
        try:
            safety = backup_file(
                book_path, dest_dir, BEFORE_RESTORE, key=book_key, clock=clock, thin=False
            )
        except (BookCorruptError, BookNotADatabaseError, BookLockedError):
            damaged = _move_aside(book_path, clock)
        if damaged is None and Path(f"{book_path}-wal").exists():
            raise BookBusyError(
                f"the book is open in RM Coach or another program; close it first ({book_path})",
                book_path,
            )
    _replace_with(backup_path, book_path)
    log.info("book restored from %s", backup_path.name)
    return RestoreResult(backup_path, book_path, safety, damaged)


def restore_newest(
    book_path: Path,
    passphrase: str | None = None,
    *,
    dest_dir: Path | None = None,
    clock: Clock | None = None,
) -> RestoreResult:
    """Restore the newest backup of this book that passes integrity_check.

    Encrypted backups need the passphrase (each backup's key is derived from its own salt).
    Raises NoSoundBackupError when there is none.
    """
    keys: dict[bytes, BookKey | None] = {}
    locked = opened = 0
    for info in list_backups(dest_dir or default_backup_dir(book_path), book_path.stem):
        key: BookKey | None = None
        if info.encrypted:
            salt = read_salt(info.path)
            if passphrase is None:
                locked += 1
                continue
            if salt not in keys:
                keys[salt] = _key_or_none(info.path, passphrase)
            key = keys[salt]
            if key is None:
                locked += 1
                continue
        opened += 1
        try:
            sound = check(info.path, key).ok
        except BookError:
            sound = False
        if sound:
            book_key = key if key is not None and is_encrypted(book_path) else None
            return restore(
                info.path, book_path, key=key, book_key=book_key, dest_dir=dest_dir, clock=clock
            )
    if locked and not opened and passphrase is not None:
        raise WrongPassphraseError("the passphrase does not open the backups", book_path)
    raise NoSoundBackupError(f"no sound backup of {book_path.name} was found", book_path)


def _key_or_none(path: Path, passphrase: str) -> BookKey | None:
    try:
        return unlock(path, passphrase)
    except WrongPassphraseError:
        return None


def _move_aside(book_path: Path, clock: Clock) -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    aside = book_path.with_name(f"{book_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        current = Path(f"{book_path}{suffix}")
        if current.exists():
            os.replace(current, Path(f"{aside}{suffix}"))
    log.warning("the damaged book was moved aside to %s", aside.name)
    return aside


def _replace_with(backup_path: Path, book_path: Path) -> None:
    book_path.parent.mkdir(parents=True, exist_ok=True)
    with scratch_file(book_path.with_name(f".{book_path.name}{RESTORING}")) as temporary:
        with backup_path.open("rb") as source, temporary.path.open("r+b") as target:
            shutil.copyfileobj(source, target, 1024 * 1024)
            target.flush()
            os.fsync(target.fileno())
        # the old book's WAL must never be applied to the restored file
        for suffix in ("-wal", "-shm"):
            Path(f"{book_path}{suffix}").unlink(missing_ok=True)
        temporary.move_to(book_path)
        sync_dir(book_path.parent)
    restrict_permissions(book_path)


def make_private_dir(folder: Path) -> None:
    """Create the folder if needed; backups are personal data: owner only (0700)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def sync_file(path: Path) -> None:
    """fsync a file by name (Windows needs it opened for writing to flush it)."""
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
