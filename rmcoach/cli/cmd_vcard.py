"""The `import-vcard` and `export-vcard` commands: clients' contact cards (.vcf)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rmcoach.cli import CommandError, Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reader = sub.add_parser(
        "import-vcard",
        help="add and update clients from a vCard file (.vcf)",
        description=(
            "Read vCards (2.1, 3.0 or 4.0; UTF-8 or GB18030) from a phone or Outlook export. "
            "Cards exported by RM Coach update their client (X-RMCOACH-CLIENT-NO); others are "
            "added. Bad cards are named with their line; the good ones are imported in one "
            "transaction. Exit codes as for import-clients."
        ),
    )
    reader.add_argument("file", type=Path, metavar="FILE.vcf", help="the vCard file")
    reader.add_argument("--dry-run", action="store_true", help="check and report only")
    reader.add_argument("--strict", action="store_true", help="import nothing if a card is bad")
    reader.set_defaults(func=run_import)
    writer = sub.add_parser(
        "export-vcard",
        help="write clients' contact cards to a vCard file (.vcf)",
        description=(
            "Write the active clients (or one, with --client) as vCards for a phone or "
            "Outlook: names, phones, e-mail, employer, title, birthday, address, interests "
            "and tags, notes. Tier, risk profile and assets never leave the book this way."
        ),
    )
    writer.add_argument("out", type=Path, metavar="OUT.vcf", help="the file to write (replaced)")
    writer.add_argument("--client", metavar="CLIENT_NO", help="only the client with this number")
    writer.add_argument(
        "--version", choices=("3.0", "4.0"), default="3.0", help="vCard version (default 3.0)"
    )
    writer.set_defaults(func=run_export)


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.cli.cmd_import_clients import summary
    from rmcoach.services.interchange.import_report import ImportFileError
    from rmcoach.services.interchange.vcard import import_vcards

    book = ctx.open_book()
    try:
        report = import_vcards(book, args.file, dry_run=args.dry_run, strict=args.strict)
    except ImportFileError as exc:
        raise CommandError(str(exc), 2) from exc
    for problem in report.problems:
        print(f"{report.source}: {problem}", file=sys.stderr)
    print(summary(report, "import-vcard", "cards"))
    return report.exit_code


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.services.interchange.csv_export import ExportError
    from rmcoach.services.interchange.vcard import export_vcards

    book = ctx.open_book()
    try:
        report = export_vcards(book, args.out, client_no=args.client, version=args.version)
    except ExportError as exc:
        raise CommandError(str(exc)) from exc
    print(f"export-vcard: wrote {report.cards:,} cards to {report.path} ({report.seconds:.1f} s)")
    return 0
