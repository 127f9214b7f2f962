"""The `insights` command: the value grid, the retention radar and the coaching figures as JSON."""

from __future__ import annotations

import argparse
import json

from rmcoach.cli import CommandError, Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "insights",
        help="print the value grid, the retention radar and coaching figures as JSON",
        description=(
            "Print one JSON object: clients per cell of the value x loyalty grid (retain, "
            "develop, grow, maintain), the retention radar (client number, id, reason and "
            "its figures) and the coaching mirror over the last meetings (tick rate per "
            "phase, items skipped most, average own ratings, phrase-coach findings)."
        ),
    )
    parser.add_argument(
        "--meetings",
        type=int,
        default=20,
        metavar="N",
        help="how many of the last done meetings the coaching figures cover (default: 20)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.meetings < 1:
        raise CommandError(f"--meetings must be 1 or more, not {args.meetings}")
    from rmcoach.services.insights import overview as insights  # SQLAlchemy only when run

    found = insights.overview(ctx.open_book(), coaching_meetings=args.meetings)
    print(json.dumps(insights.to_json(found), ensure_ascii=False, sort_keys=False))
    return 0
