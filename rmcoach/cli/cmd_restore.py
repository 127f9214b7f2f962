"""The `restore` command: check a backup, keep the current book as a backup, swap the backup in."""

from __future__ import annotations

import argparse
from pathlib import Path

from rmcoach.cli import CommandError, Context
from rmcoach.cli.passphrase import ask_passphrase, book_path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "restore",
        help="replace the book with a backup (the current book is kept as a backup)",
        description=(
            "Check FILE in full (integrity_check); back up the current book (reason "
            "before-restore), or move it aside when it is damaged; then put FILE in its "
            "place with one rename. Asks no questions; prints what it did. Close RM Coach "
            "first."
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.services.protection.backups import restore
    from rmcoach.storage import crypto
    from rmcoach.storage.errors import WrongPassphraseError

    source = args.file.expanduser().resolve()
    if not source.is_file():
        raise CommandError(f"there is no backup at {source}")
    target = book_path(ctx)
    key = book_key = None
    if crypto.is_encrypted(source) or crypto.is_encrypted(target):
        passphrase = ask_passphrase()
        if crypto.is_encrypted(source):
            key = crypto.unlock(source, passphrase)
        if crypto.is_encrypted(target):
            try:
                book_key = crypto.unlock(target, passphrase)
            except WrongPassphraseError:
                book_key = None  # kept whole beside the book instead of backed up
    result = restore(source, target, key=key, book_key=book_key)
    print(f"restored {target} from {source}")
    if result.safety_backup is not None:
        print(f"the book as it was is kept as the backup {result.safety_backup.path}")
    if result.damaged_copy is not None:
        print(f"the book as it was could not be backed up; it was moved to {result.damaged_copy}")
    if key is not None:
        print("the restored book is encrypted: it opens with the passphrase of that backup")
    return 0
