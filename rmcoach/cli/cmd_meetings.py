"""The `meetings` command: a client's meeting history as JSON."""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import date, datetime, time
from typing import Any

from rmcoach.cli import CommandError, Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "meetings",
        help="print a client's meeting history as JSON",
        description=(
            "Print the meetings of the client with this client number, newest first, as one "
            "JSON object. With --full each meeting is printed whole: plan, ticks, notes, "
            "objections, wrap-up and amendments."
        ),
    )
    parser.add_argument("client_no", metavar="CLIENT_NO", help="the client's client number")
    parser.add_argument("--full", action="store_true", help="print every meeting in full")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    # SQLAlchemy is imported only when the command runs, so `--help` stays fast
    from rmcoach.services.clients.records import ClientNotFoundError, find_client_id, get_client
    from rmcoach.services.meetings.records import client_meetings, get_meeting

    book = ctx.open_book()
    try:
        client_id = find_client_id(book, args.client_no)
    except ClientNotFoundError as exc:
        raise CommandError(str(exc), 1) from exc
    summaries = client_meetings(book, client_id)
    meetings: list[Any] = (
        [get_meeting(book, s.id) for s in summaries] if args.full else list(summaries)
    )
    output = {
        "client_id": client_id,
        "client_no": args.client_no.strip(),
        "client_name": get_client(book, client_id).display_name,
        "meetings": [dataclasses.asdict(m) for m in meetings],
    }
    print(json.dumps(output, ensure_ascii=False, indent=2, default=_json_value))
    return 0


def _json_value(value: object) -> object:
    """What json cannot write itself: times as ISO 8601, sets as sorted lists."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
