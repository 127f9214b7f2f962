"""The `export-client-data` and `erase-client` commands: a data subject's requests."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rmcoach.cli import CommandError, Context
from rmcoach.cli.passphrase import open_book


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser(
        "export-client-data",
        help="write everything the book holds on one client to a JSON file",
        description=(
            "Write everything held on the client with this client number (profile, tags, "
            "holdings, household, contacts, meetings with notes, follow-ups, mentions in "
            "other records, audit entries) to OUT.json, readable by you only. The export is "
            "recorded in the audit log."
        ),
    )
    export.add_argument("client_no", metavar="CLIENT_NO", help="the client's client number")
    export.add_argument("out", type=Path, metavar="OUT.json", help="the file to write")
    export.set_defaults(func=run_export)
    erase = sub.add_parser(
        "erase-client",
        help="erase a client for good (cannot be undone)",
        description=(
            "Delete the client and everything that belongs to them, cut links from other "
            "clients' records, rebuild the file so the data leaves it, and record the "
            "erasure (no data) in the audit log. Backups made before keep the client until "
            "thinning removes them. Needs --yes."
        ),
    )
    erase.add_argument("client_no", metavar="CLIENT_NO", help="the client's client number")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    erase.set_defaults(func=run_erase)


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.services.protection.privacy import export_client_data

    out = args.out.expanduser()
    folder = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        raise CommandError(f"cannot write {out}: it is a folder", 1)
    if not folder.is_dir():  # a typo in the folder must not create folders of client data
        raise CommandError(f"cannot write {out}: there is no folder {folder}", 1)
    book = open_book(ctx)
    try:
        data = export_client_data(book, _client_id(book, args.client_no))
    finally:
        book.close()
    _write_private(out, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote everything held on client {args.client_no.strip()} to {out}")
    print("the file holds personal data: hand it over safely, then delete it")
    return 0


def run_erase(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.services.protection.backup_names import default_backup_dir
    from rmcoach.services.protection.privacy import erase_client

    if not args.yes:
        raise CommandError("erasing a client cannot be undone: add --yes to confirm")
    book = open_book(ctx)
    try:
        erased = erase_client(book, _client_id(book, args.client_no))
        backups = default_backup_dir(book.path)
    finally:
        book.close()
    rows = sum(erased.deleted.values())
    links = sum(erased.unlinked.values())
    print(
        f"erased client {args.client_no.strip()} for good: {rows} records deleted, "
        f"{links} links from other clients' records cut, the book file rebuilt"
    )
    print(
        f"note: backups made before now (in {backups} and any you copied elsewhere) still "
        "hold this client's data until thinning removes them; delete them if required"
    )
    return 0


def _client_id(book: object, client_no: str) -> int:
    from rmcoach.services.book import Book
    from rmcoach.services.clients.records import ClientNotFoundError, find_client_id

    assert isinstance(book, Book)
    try:
        return find_client_id(book, client_no)
    except ClientNotFoundError as exc:
        raise CommandError(str(exc), 1) from exc


def _write_private(out: Path, content: str) -> None:
    """Write the file readable by its owner only, whole or not at all; one line if not."""
    from rmcoach.storage.scratch import write_whole

    try:
        write_whole(out, content.encode("utf-8"))
    except OSError as exc:
        raise CommandError(f"cannot write {out}: {exc.strerror or exc}", 1) from exc
