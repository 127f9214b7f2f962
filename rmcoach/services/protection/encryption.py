"""Encrypt or decrypt a closed book, or change its passphrase: backup, copy, verify, swap."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rmcoach.clock import Clock
from rmcoach.services.protection.backups import backup_file, sync_dir, sync_file
from rmcoach.storage import crypto, scratch
from rmcoach.storage.crypto import BookKey
from rmcoach.storage.engine import restrict_permissions
from rmcoach.storage.errors import (
    BookBusyError,
    BookError,
    BookLockedError,
    classify_sqlite_error,
    is_sqlite_error,
)
from rmcoach.storage.plain_copy import plain_image

log = logging.getLogger("rmcoach.encryption")

Progress = Callable[[int, int], None]
STEPS = 4  # backup, copy, verify, swap


def encrypt_book(
    path: Path, passphrase: str, *, clock: Clock | None = None, progress: Progress | None = None
) -> BookKey:
    """Encrypt a plain book under a new passphrase; returns the key to reopen it with."""
    if crypto.is_encrypted(path):
        raise BookError(f"the book is already encrypted ({path})", path)
    key = crypto.derive_key(passphrase, crypto.new_salt())
    _convert(path, None, key, "before-encrypt", clock, progress)
    return key


def decrypt_book(
    path: Path, key: BookKey, *, clock: Clock | None = None, progress: Progress | None = None
) -> None:
    """Store an encrypted book in the clear again (its passphrase no longer needed)."""
    _require_encrypted(path)
    _convert(path, key, None, "before-decrypt", clock, progress)


def change_passphrase(
    path: Path,
    key: BookKey,
    new_passphrase: str,
    *,
    clock: Clock | None = None,
    progress: Progress | None = None,
) -> BookKey:
    """Re-encrypt under a new passphrase AND a new salt; returns the new key.

    SQLCipher's `PRAGMA rekey` rewrites the book in place; we copy with sqlcipher_export
    into a new file instead, as for encrypt and decrypt: the book is never half re-keyed,
    the copy is verified before it replaces the book, and the salt is fresh. Backups made
    before keep the old passphrase.
    """
    _require_encrypted(path)
    new_key = crypto.derive_key(new_passphrase, crypto.new_salt())
    _convert(path, key, new_key, "before-passphrase-change", clock, progress)
    return new_key


def _require_encrypted(path: Path) -> None:
    if not crypto.is_encrypted(path):
        raise BookLockedError(f"the book is not encrypted ({path})", path)


def _convert(
    path: Path,
    source_key: BookKey | None,
    target_key: BookKey | None,
    reason: str,
    clock: Clock | None,
    progress: Progress | None,
) -> None:
    """Back up, copy, verify the copy, then swap it in with one rename.

    Encrypting and re-keying copy into an encrypted scratch file. Decrypting copies into
    memory and writes the plain file only at the end, after the copy was verified: with no
    name until it is linked in and renamed over the book (Linux), else as a scratch file
    that lives while the bytes are written. Either way a kill leaves no readable copy that
    outlives the next open (which sweeps scratch files).
    """
    report = progress or (lambda _done, _total: None)
    report(0, STEPS)
    scratch.sweep(path)
    if source_key is not None:
        crypto.verify_key(path, source_key)
    backup_file(path, reason=reason, key=source_key, clock=clock)
    _refuse_if_open(path)
    report(1, STEPS)
    temporary = path.with_name(f".{path.name}{scratch.CONVERTING}")
    if target_key is None:
        image = _plain_image(path, source_key)
        report(2, STEPS)
        report(3, STEPS)
        _refuse_if_open(path)
        _drop_companions(path)
        scratch.write_whole(path, image, temporary.name)
    else:
        with scratch.scratch_file(temporary) as copy:
            expected = _export(path, source_key, temporary, target_key)
            report(2, STEPS)
            _verify(temporary, target_key, expected)
            report(3, STEPS)
            _refuse_if_open(path)
            sync_file(temporary)
            _drop_companions(path)
            copy.move_to(path)
            sync_dir(path.parent)
    restrict_permissions(path)
    report(STEPS, STEPS)
    log.info("book converted (%s)", reason)


def _drop_companions(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _plain_image(path: Path, source_key: BookKey | None) -> bytes:
    """The book decrypted into memory and verified there: the bytes of the plain file."""
    source = crypto.cipher_connect(path, source_key)
    try:
        expected = crypto.table_counts(source)
        image = plain_image(source)
    except Exception as exc:
        known = classify_sqlite_error(exc, path) if is_sqlite_error(exc) else None
        if known is not None:
            raise known from exc
        raise
    finally:
        source.close()
    check = sqlite3.connect(":memory:")
    try:
        check.deserialize(image)
        _compare(check, expected, path)
    finally:
        check.close()
    return image


def _export(
    path: Path, source_key: BookKey | None, temporary: Path, target_key: BookKey | None
) -> dict[str, int]:
    source = crypto.cipher_connect(path, source_key)
    try:
        expected = crypto.table_counts(source)
        crypto.export(source, temporary, target_key)
        return expected
    except Exception as exc:
        known = classify_sqlite_error(exc, path) if is_sqlite_error(exc) else None
        if known is not None:
            raise known from exc
        raise
    finally:
        source.close()


def _verify(temporary: Path, key: BookKey | None, expected: dict[str, int]) -> None:
    conn = crypto.connect(temporary, key, read_only=True)
    try:
        _compare(conn, expected, temporary)
    finally:
        conn.close()


def _compare(conn: Any, expected: dict[str, int], where: Path) -> None:
    verdict = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    if verdict != ["ok"] or crypto.table_counts(conn) != expected:
        raise BookError(
            "the converted copy did not match the book, so the book was left as it was", where
        )


def _refuse_if_open(path: Path) -> None:
    """When the last connection closes SQLite removes the -wal: one left means a user."""
    if Path(f"{path}-wal").exists():
        raise BookBusyError(
            f"the book is open in RM Coach or another program; close it first ({path})", path
        )
