"""The `followups` command: generate follow-ups and print the Today view, as JSON."""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import date, datetime, time
from typing import Any

from rmcoach.cli import Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "followups",
        help="generate follow-ups and print today's (overdue, today, this week) as JSON",
        description=(
            "Print one JSON object. --generate raises the maturity, birthday and contact "
            "cadence follow-ups due in the next 60 days (key 'generated'); --today, or no "
            "option, adds the Today view: overdue, today and the next seven days (key 'today')."
        ),
    )
    parser.add_argument(
        "--generate", action="store_true", help="generate follow-ups first and report them"
    )
    parser.add_argument("--today", action="store_true", help="print the Today view")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.services.followups.generated import generate_followups
    from rmcoach.services.followups.records import today_view

    book = ctx.open_book()
    result: dict[str, Any] = {}
    if args.generate:
        report = dataclasses.asdict(generate_followups(book))
        del report["changes"]  # what a screen would reload: nothing for a script
        result["generated"] = report
    if args.today or not args.generate:
        # a script reads the whole view: the page's cap is for eyes, not for exports
        view = today_view(book, overdue_limit=None, week_limit=None)
        result["today"] = dataclasses.asdict(view)
    print(json.dumps(result, default=_plain, ensure_ascii=False, sort_keys=True))
    return 0


def _plain(value: object) -> str:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
