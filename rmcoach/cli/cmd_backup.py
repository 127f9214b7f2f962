"""The `backup` command: copy the book with SQLite's online backup API, after a quick check."""

from __future__ import annotations

import argparse
from pathlib import Path

from rmcoach.cli import Context
from rmcoach.cli.passphrase import existing_book_path, key_for


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "backup",
        help="back up the book (to its backups folder, or to --to DIR)",
        description=(
            "Check the book (quick_check), then copy it with SQLite's online backup API into "
            "the backups folder beside the book, named with the time and 'manual'; old "
            "backups there are thinned (all of today's and yesterday's, 12 daily, 10 weekly, "
            "9 monthly). A damaged book is not backed up. An encrypted book's backup stays "
            "encrypted with the same passphrase."
        ),
    )
    parser.add_argument(
        "--to", type=Path, metavar="DIR", help="write the backup to DIR instead (not thinned)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.services.protection.backups import backup_file

    path = existing_book_path(ctx)
    info = backup_file(path, args.to, "manual", key=key_for(path), thin=args.to is None)
    kind = "encrypted, " if info.encrypted else ""
    print(f"backed up {path} to {info.path} ({kind}{info.size / 1e6:.1f} MB, {info.seconds:.2f} s)")
    return 0
