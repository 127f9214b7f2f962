"""Scratch files beside a book: owner-only, locked while in use, wiped when a kill left them.

A backup is written to `<name>.partial`, a restore to `.<book>.restoring`, a conversion to
`.<book>.converting`, each then renamed into place. A process killed before the rename
leaves that file behind, full of client data (a decrypt's is plaintext). Every scratch
file is created here, 0600, and holds an exclusive advisory lock for as long as its
writer lives; the lock dies with the process. `sweep()`, run at every open, overwrites
and deletes each scratch file whose lock it can take (its writer is gone) and leaves the
ones in use alone, so one process's open never destroys another's backup half-way.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger("rmcoach.scratch")

PARTIAL = ".partial"  # a backup being written: <backup name>.partial
RESTORING = ".restoring"  # .<book>.restoring
CONVERTING = ".converting"  # .<book>.converting
COMPANIONS = ("-journal", "-wal", "-shm")
_WIPE_CHUNK = 1024 * 1024
# Windows locks are mandatory: lock one byte far past any book, where SQLite never reads
_WINDOWS_LOCK_OFFSET = 1 << 40


def _lock(fd: int, wait: bool) -> bool:
    """An exclusive lock on the open file; False when another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    # flock, not fcntl: SQLite's own locks on the same file are POSIX record locks, which
    # BSD locks neither see nor disturb (Linux, macOS)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


class Scratch:
    """An open, locked scratch file; `move_to` renames it into place (the lock goes with it).

    Attributes:
        path: where the file is.
    """

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def move_to(self, target: Path) -> None:
        """Rename the (fsynced, closed by its writers) file over `target`."""
        if os.name == "nt":  # Windows renames no file that is open
            self.release()
        os.replace(self.path, target)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # last: closing it earlier would drop SQLite's locks on the file
            self._fd = None

    def still_ours(self) -> bool:
        if self._fd is None:
            return False
        try:
            return os.path.samestat(os.fstat(self._fd), os.stat(self.path))
        except FileNotFoundError:
            return False


@contextlib.contextmanager
def scratch_file(path: Path) -> Iterator[Scratch]:
    """Create `path` empty and owner-only, locked while the block runs; wiped if still there.

    A dead writer's file of the same name is swept first. The block moves the file into
    place when it succeeds; whatever is left at the name afterwards is overwritten and
    removed, with SQLite's companion files.
    """
    _sweep_one(path)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        _lock(fd, wait=True)
        scratch = Scratch(path, fd)
        if scratch.still_ours():  # not swept by another open between the create and the lock
            break
        scratch.release()
    try:
        yield scratch
    finally:
        try:
            if scratch.still_ours():
                _wipe(path)
            for suffix in COMPANIONS:
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        finally:
            scratch.release()


def write_whole(path: Path, data: bytes, scratch_name: str | None = None) -> None:
    """Write `data` as the file `path`, owner-only, whole or not at all, leaving no copy.

    Where the system allows (Linux O_TMPFILE) the bytes go into a file with no name,
    which is linked in and renamed over `path` in one instant: a kill leaves nothing.
    Elsewhere they go into a locked scratch file beside `path` (`scratch_name`, by
    default .<name>.part), which a failure wipes. OSError names `path`, not the scratch.
    """
    name = scratch_name or f".{path.name}.part"
    temporary = path.with_name(name)
    try:
        fd = _unnamed_file(path.parent)
        if fd is None:
            with scratch_file(temporary) as copy:
                with temporary.open("r+b") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                copy.move_to(path)
        else:
            _link_in(fd, data, temporary, path)
        _sync_dir(path.parent)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from exc


def _unnamed_file(folder: Path) -> int | None:
    """An owner-only file in `folder` that has no name (Linux O_TMPFILE), or None."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, flag | os.O_RDWR, 0o600)
    except OSError:
        return None


def _link_in(fd: int, data: bytes, temporary: Path, path: Path) -> None:
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        with os.fdopen(fd, "wb", closefd=False) as out:
            out.write(data)
            out.flush()
            os.fsync(fd)
        _lock(fd, wait=True)  # so that an open elsewhere in this instant leaves it be
        _sweep_one(temporary)
        # the file gets a name here and loses it in the rename just after
        os.link(f"/proc/self/fd/{fd}", temporary.name, dst_dir_fd=folder, follow_symlinks=True)
        for suffix in ("-wal", "-shm"):  # a book's old WAL must not meet the new file
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(temporary, path)
    finally:
        os.close(folder)
        os.close(fd)


def _sync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def leftovers(book: Path) -> list[Path]:
    """Scratch files of this book and of its backups folder (which need not exist)."""
    found = [
        book.with_name(f".{book.name}{RESTORING}"),
        book.with_name(f".{book.name}{CONVERTING}"),
    ]
    backups = book.parent / "backups"
    if backups.is_dir():
        found += sorted(backups.glob(f"{book.stem}-*{PARTIAL}"))
    return [path for path in found if path.exists()]


def sweep(book: Path) -> list[Path]:
    """Overwrite and delete what killed backups, restores and conversions left; the paths.

    Run at every open. A file that cannot be removed (permissions) is logged, not raised:
    it must not keep the RM from their book.
    """
    removed: list[Path] = []
    for path in leftovers(book):
        try:
            if _sweep_one(path):
                removed.append(path)
        except OSError as exc:
            log.warning("could not remove %s: %s", path.name, exc.strerror or exc)
    for path in removed:
        log.warning("removed %s, left by an interrupted backup, restore or conversion", path.name)
    return removed


def _sweep_one(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        for suffix in COMPANIONS:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return False
    try:
        if not _lock(fd, wait=False):
            return False  # its writer is alive
        _wipe_fd(fd)
        path.unlink(missing_ok=True)
        for suffix in COMPANIONS:
            companion = Path(f"{path}{suffix}")
            if companion.exists():
                _wipe(companion)
        return True
    finally:
        os.close(fd)


def _wipe(path: Path) -> None:
    """Overwrite with zeros, to the disk, then delete: the data does not stay readable."""
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return
    try:
        _wipe_fd(fd)
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)


def _wipe_fd(fd: int) -> None:
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    zeros = bytes(_WIPE_CHUNK)
    written = 0
    while written < size:
        written += os.write(fd, zeros[: min(_WIPE_CHUNK, size - written)])
    os.fsync(fd)
