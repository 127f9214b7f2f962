"""Encryption at rest: SQLCipher pages under a raw key derived from the passphrase by Argon2id."""

from __future__ import annotations

import secrets
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rmcoach.storage.errors import (
    BookCorruptError,
    BookNotADatabaseError,
    WrongPassphraseError,
    is_sqlite_error,
)

# An encrypted book is ONE file. SQLCipher keeps a 16-byte salt in the first bytes of the file
# (in the clear: it is needed before anything can be decrypted). We choose that salt ourselves
# and use it for Argon2id too, so there is no sidecar to lose or to forget in a backup. Its
# first 4 bytes are a marker saying "RM Coach encrypted book, key format 1" (Argon2id with the
# parameters below): a locked book is told apart from a random or foreign file without a
# passphrase. 12 random bytes remain: salts must be unique, not secret, and 96 bits make a
# collision between two books practically impossible.
MAGIC = b"RMC1"
SALT_BYTES = 16
KEY_BYTES = 32
ARGON2_TIME_COST = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PARALLELISM = 4
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, repr=False)
class BookKey:
    """A raw 256-bit SQLCipher key and the salt it was derived with; never printed or logged.

    Attributes:
        key: the 32 key bytes (Argon2id output).
        salt: the 16 salt bytes stored at the start of the file.
    """

    key: bytes
    salt: bytes

    def __repr__(self) -> str:
        return "BookKey(<hidden>)"

    @property
    def pragma_value(self) -> str:
        """The key as SQLCipher takes a raw key with an explicit salt: x'<key><salt>'."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"


def is_encrypted(path: Path) -> bool:
    """True when the file is an RM Coach encrypted book (decided from its first bytes)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SALT_BYTES)
    except OSError:
        return False
    return len(head) == SALT_BYTES and head.startswith(MAGIC)


def read_salt(path: Path) -> bytes:
    if not is_encrypted(path):
        raise BookNotADatabaseError(f"this file is not an encrypted RM Coach book ({path})", path)
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def new_salt() -> bytes:
    return MAGIC + secrets.token_bytes(SALT_BYTES - len(MAGIC))


def derive_key(passphrase: str, salt: bytes) -> BookKey:
    """Argon2id(passphrase, salt), 64 MiB, 3 passes: ~0.2 s here, on purpose.

    The passphrase is NFC-normalised first: the same Chinese passphrase typed with another
    input method must give the same key.
    """
    if not passphrase:
        raise ValueError("the passphrase is empty")
    if len(salt) != SALT_BYTES or not salt.startswith(MAGIC):
        raise ValueError("not an RM Coach key salt")
    from argon2.low_level import Type, hash_secret_raw

    raw = hash_secret_raw(
        unicodedata.normalize("NFC", passphrase).encode("utf-8"),
        salt,
        time_cost=ARGON2_TIME_COST,
        memory_cost=ARGON2_MEMORY_KIB,
        parallelism=ARGON2_PARALLELISM,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
    return BookKey(raw, salt)


def connect(
    path: Path, key: BookKey | None, *, read_only: bool = False, check_same_thread: bool = True
) -> Any:
    """A DB-API connection in autocommit mode: sqlite3 for plain books, SQLCipher keyed first.

    Nothing is read from the file here; a wrong key shows on the first query.
    """
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(
            target, uri=read_only, isolation_level=None, check_same_thread=check_same_thread
        )
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(
        target, uri=read_only, isolation_level=None, check_same_thread=check_same_thread
    )
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to report, not stderr's
    conn.execute(f'PRAGMA key = "{key.pragma_value}"')
    return conn


def verify_key(path: Path, key: BookKey) -> None:
    """Raise WrongPassphraseError unless the key opens the book, BookCorruptError when the
    key is right but the book does not open (a damaged first page, a truncated file)."""
    conn = connect(path, key, read_only=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:
        if not is_sqlite_error(exc):
            raise
        size = path.stat().st_size
        if size % PAGE_SIZE:  # SQLCipher writes whole pages only
            raise BookCorruptError(
                f"the book is damaged: the file was cut short ({size} bytes, not whole "
                f"pages); restore a backup ({path})",
                path,
            ) from exc
        if key_fits_pages(path, key):
            raise BookCorruptError(
                f"the book is damaged: the passphrase is right, but its first pages do not "
                f"decrypt (the file was cut short or changed); restore a backup ({path})",
                path,
            ) from exc
        raise WrongPassphraseError(
            f"the passphrase does not open this book ({path})", path
        ) from exc
    finally:
        conn.close()


# SQLCipher 4's page format (its defaults, which we use): 4096-byte pages ending in an
# 80-byte reserve, a 16-byte IV then a 64-byte HMAC-SHA512 of the encrypted page, the IV
# and the page number (4 bytes, little-endian). The HMAC key is PBKDF2-HMAC-SHA512 of the
# key, 2 iterations, salted with the file's salt XOR 0x3a. Page 1's first 16 bytes are the
# salt itself. A test checks this against books SQLCipher writes.
PAGE_SIZE = 4096
_IV_BYTES = 16
_HMAC_BYTES = 64
_RESERVE = _IV_BYTES + _HMAC_BYTES
_PAGES_TRIED = 16


def key_fits_pages(path: Path, key: BookKey) -> bool:
    """True when any of the book's first whole pages authenticates under the key.

    It tells a damaged book from a wrong passphrase: with a wrong key no page's HMAC
    matches (a 2**-512 chance); with the right one every intact page's does, however
    damaged page 1 or the end of the file is.
    """
    import hashlib
    import hmac

    hmac_key = hashlib.pbkdf2_hmac(
        "sha512", key.key, bytes(b ^ 0x3A for b in key.salt), 2, KEY_BYTES
    )
    try:
        with path.open("rb") as handle:
            data = handle.read(PAGE_SIZE * _PAGES_TRIED)
    except OSError:
        return False
    for index in range(len(data) // PAGE_SIZE):
        page = data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
        body = page[SALT_BYTES if index == 0 else 0 : PAGE_SIZE - _RESERVE]
        iv = page[PAGE_SIZE - _RESERVE : PAGE_SIZE - _HMAC_BYTES]
        number = (index + 1).to_bytes(4, "little")
        expected = hmac.new(hmac_key, body + iv + number, hashlib.sha512).digest()
        if hmac.compare_digest(expected, page[PAGE_SIZE - _HMAC_BYTES :]):
            return True
    return False


def unlock(path: Path, passphrase: str) -> BookKey:
    """The key for an encrypted book, checked against the file; WrongPassphraseError if not."""
    key = derive_key(passphrase, read_salt(path))
    verify_key(path, key)
    return key


def export(source: Any, target: Path, target_key: BookKey | None) -> None:
    """Copy a SQLCipher connection's database, FTS index included, into a new file.

    `sqlcipher_export` is SQLCipher's documented way to encrypt, decrypt or re-key into a
    fresh file (the backup API refuses to change keys). target_key None writes a plain file.
    """
    value = target_key.pragma_value if target_key is not None else ""
    source.execute("ATTACH DATABASE ? AS rmcoach_target KEY ?", (str(target), value))
    try:
        # a scratch file, fsynced and verified before it is used: no journal, no syncs
        source.execute("PRAGMA rmcoach_target.journal_mode = OFF").fetchall()
        source.execute("PRAGMA rmcoach_target.synchronous = OFF")
        source.execute("SELECT sqlcipher_export('rmcoach_target')").fetchall()
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA rmcoach_target.user_version = {int(version)}")
    finally:
        source.execute("DETACH DATABASE rmcoach_target")


def cipher_connect(path: Path, key: BookKey | None) -> Any:
    """A SQLCipher connection even for a plain file (sqlcipher_export needs one)."""
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(f'PRAGMA key = "{key.pragma_value}"')
    return conn


def table_counts(conn: Any) -> dict[str, int]:
    """Rows per table (virtual FTS table included): compared before and after a conversion."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }
