"""The `check` command: SQLite's integrity_check on the book (or a backup); exit 1 if damaged."""

from __future__ import annotations

import argparse
from pathlib import Path

from rmcoach.cli import CommandError, Context
from rmcoach.cli.passphrase import book_path, key_for


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "check",
        help="check the book's integrity (exit 0 when sound, 1 when not)",
        description=(
            "Run SQLite's integrity_check on the book, or on FILE (e.g. a backup). Prints one "
            "line; exits 0 when the file is a sound RM Coach book, 1 when it is damaged or "
            "not a book. An encrypted file needs its passphrase. What it cannot see: in a "
            "plain (unencrypted) book a changed byte inside a text or number value, since "
            "SQLite keeps no checksums of its pages; such a book can pass `check` and still "
            "hold a wrong name or amount. An encrypted book (`encrypt`) authenticates every "
            "page, so there `check` catches any changed byte."
        ),
    )
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help="a file to check")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.services.protection.backups import check

    path = args.file.expanduser().resolve() if args.file else book_path(ctx)
    if not path.exists():
        raise CommandError(f"there is no file at {path}", 1)
    verdict = check(path, key_for(path))
    if not verdict.ok:
        raise CommandError(verdict.message, 1)
    print(verdict.message)
    return 0
