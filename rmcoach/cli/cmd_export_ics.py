"""The `export-ics` command: planned meetings and open follow-ups as an iCalendar file."""

from __future__ import annotations

import argparse
from pathlib import Path

from rmcoach.cli import CommandError, Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "export-ics",
        help="write planned meetings and open follow-ups to an .ics calendar file",
        description=(
            "Write planned meetings (VEVENT) and open follow-ups (VTODO), with alarms, to an "
            "RFC 5545 calendar file for Outlook or a phone. UIDs stay the same from one "
            "export to the next, so importing again updates instead of duplicating. Client "
            "names are masked (first character and *) unless the book's ics_mask_names "
            "setting is off or --no-mask is given; phones, amounts and notes never leave."
        ),
    )
    parser.add_argument("out", type=Path, metavar="OUT.ics", help="the file to write (replaced)")
    parser.add_argument(
        "--no-mask", action="store_true", help="write clients' full names (personal data)"
    )
    parser.add_argument(
        "--include-done", action="store_true", help="also write completed follow-ups"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    # imported here so that `--help` and other commands do not pay for SQLAlchemy
    from rmcoach.services.followups.generated import setting
    from rmcoach.services.interchange.ics_export import IcsExportError, export_ics

    book = ctx.open_book()
    mask = False if args.no_mask else bool(setting(book, "ics_mask_names"))
    try:
        report = export_ics(book, args.out, mask_names=mask, include_done=args.include_done)
    except IcsExportError as exc:
        raise CommandError(str(exc)) from exc
    names = "masked names" if mask else "full names"
    print(
        f"export-ics: wrote {report.events} meetings and {report.todos} follow-ups "
        f"to {report.path} ({names})"
    )
    return 0
