"""Passphrases on the command line: $RMCOACH_PASSPHRASE, else asked for without echo."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from rmcoach.cli.errors import CommandError

if TYPE_CHECKING:
    from rmcoach.services.book import Book
    from rmcoach.storage.crypto import BookKey

ENV = "RMCOACH_PASSPHRASE"
NEW_ENV = "RMCOACH_NEW_PASSPHRASE"
MIN_CHARS = 8


class BookChoice(Protocol):
    """Which book the command line names (rmcoach.cli.Context: --db, else the default)."""

    db: Path | None


def ask_passphrase(prompt: str = "Passphrase of the book: ") -> str:
    """The book's passphrase: from $RMCOACH_PASSPHRASE, else typed at the terminal."""
    value = os.environ.get(ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CommandError(f"the book is encrypted: set {ENV} or run the command in a terminal")
    return getpass.getpass(prompt)


def ask_new_passphrase(env: str = NEW_ENV) -> str:
    """A new passphrase: from the environment, else typed twice; at least 8 characters."""
    value = os.environ.get(env)
    if not value:
        if not sys.stdin.isatty():
            raise CommandError(f"no new passphrase: set {env} or run the command in a terminal")
        value = getpass.getpass("New passphrase: ")
        if getpass.getpass("The new passphrase again: ") != value:
            raise CommandError("the two passphrases differ; nothing was changed")
    if len(value) < MIN_CHARS:
        raise CommandError(f"a passphrase needs at least {MIN_CHARS} characters")
    return value


def book_path(ctx: BookChoice) -> Path:
    from rmcoach.paths import resolve_book_path

    return resolve_book_path(ctx.db).expanduser().resolve()


def existing_book_path(ctx: BookChoice) -> Path:
    path = book_path(ctx)
    if not path.is_file():
        raise CommandError(f"there is no book at {path}")
    return path


def key_for(path: Path) -> BookKey | None:
    """The key of an encrypted file (asking for the passphrase), None for a plain one."""
    from rmcoach.storage import crypto

    if not crypto.is_encrypted(path):
        return None
    return crypto.unlock(path, ask_passphrase())


def open_book(ctx: BookChoice) -> Book:
    """Open the book, asking for the passphrase only if it is encrypted; the caller closes it."""
    from rmcoach.services.book import Book

    return Book.open(book_path(ctx), passphrase=ask_passphrase)
