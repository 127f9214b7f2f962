"""The `import-clients` command: add and update clients from a CSV file (Excel or the bank's)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rmcoach.cli import CommandError, Context

if TYPE_CHECKING:
    from rmcoach.services.interchange.import_report import ImportReport


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "import-clients",
        help="add and update clients from a CSV file",
        description=(
            "Read clients from a CSV file in UTF-8 or GB18030 (as Excel saves it) with English "
            "or Chinese headers (姓名/name is required). A row whose client number is in the "
            "book updates that client (empty cells keep what is stored); other rows are added. "
            "Every bad row is named with its line, column and reason; the good rows are "
            "imported in one transaction. Exit 0: all imported; 1: some rows rejected; "
            "2: nothing could be imported."
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE.csv", help="the CSV file to import")
    parser.add_argument(
        "--dry-run", action="store_true", help="check the file and report, but write nothing"
    )
    parser.add_argument(
        "--strict", action="store_true", help="import nothing if any row has a problem"
    )
    parser.add_argument(
        "--rejects",
        type=Path,
        metavar="OUT.csv",
        help="write the rejected rows, with the reasons, to this file (to fix and re-import)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    # imported here so that `--help` and other commands do not pay for SQLAlchemy
    from rmcoach.services.interchange.csv_export import ExportError
    from rmcoach.services.interchange.csv_import import ImportFileError, import_csv, write_rejects

    book = ctx.open_book()
    live = sys.stderr.isatty()

    def show(done: int, total: int) -> None:
        print(f"\rimport-clients: {100 * done // total}%", end="", file=sys.stderr, flush=True)

    try:
        report = import_csv(
            book,
            args.file,
            dry_run=args.dry_run,
            strict=args.strict,
            progress=show if live else None,
        )
    except ImportFileError as exc:
        raise CommandError(str(exc), 2) from exc
    finally:
        if live:
            print(file=sys.stderr)
    for problem in report.problems:
        print(f"{report.source}: {problem}", file=sys.stderr)
    print(summary(report))
    if args.rejects is not None and report.rejected:
        try:
            count = write_rejects(report, args.rejects)
        except ExportError as exc:
            raise CommandError(str(exc), 2) from exc
        print(f"import-clients: wrote {count:,} rejected rows to {args.rejects}")
    return report.exit_code


def summary(report: ImportReport, command: str = "import-clients", unit: str = "rows") -> str:
    """One paragraph: what was read, what was (or would be) done, what was left out."""
    rejected = len(report.rejected)
    head = f"{command}: {report.rows:,} {unit} in {report.source} ({report.encoding})"
    counts = f"{report.added:,} added, {report.updated:,} updated, {report.unchanged:,} unchanged"
    if report.dry_run:
        text = f"{head}: dry run, nothing written; would be {counts}, {rejected:,} rejected"
    elif report.strict and rejected:
        text = f"{head}: nothing imported (--strict) because {rejected:,} {unit} have problems"
    else:
        text = f"{head}: {counts}, {rejected:,} rejected"
    lines = [f"{text} ({report.seconds:.1f} s)"]
    if report.unknown_columns:
        lines.append(f"  columns not imported: {', '.join(report.unknown_columns)}")
    if report.not_stored_columns:
        columns = ", ".join(report.not_stored_columns)
        lines.append(f"  recognised but not stored (the book has no place for it yet): {columns}")
    return "\n".join(lines)
