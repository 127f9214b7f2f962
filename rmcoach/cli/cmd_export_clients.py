"""The `export-clients` command: every client to a CSV file that Excel opens."""

from __future__ import annotations

import argparse
from pathlib import Path

from rmcoach.cli import CommandError, Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "export-clients",
        help="write the clients to a CSV file (UTF-8 with BOM, for Excel)",
        description=(
            "Write every active client to a CSV file that Excel opens as it is (UTF-8 with a "
            "BOM) and that import-clients reads back. Cells that a spreadsheet would run as a "
            "formula (starting with = + - @) are prefixed with ' ; the importer removes it. "
            "The file holds clients' personal data and is created readable by you only."
        ),
    )
    parser.add_argument("out", type=Path, metavar="FILE.csv", help="the file to write (replaced)")
    parser.add_argument(
        "--headers",
        choices=("zh", "en"),
        default="zh",
        help="header language: Chinese (default) or English",
    )
    parser.add_argument(
        "--include-archived", action="store_true", help="also write archived clients"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    # imported here so that `--help` and other commands do not pay for SQLAlchemy
    from rmcoach.services.interchange.csv_export import ExportError, export_clients

    book = ctx.open_book()
    try:
        report = export_clients(
            book, args.out, headers=args.headers, include_archived=args.include_archived
        )
    except ExportError as exc:
        raise CommandError(str(exc)) from exc
    print(
        f"export-clients: wrote {report.clients:,} clients to {report.path} "
        f"({report.seconds:.1f} s)"
    )
    return 0
