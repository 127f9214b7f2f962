"""The `stats` command: what the book holds, as one JSON object on stdout."""

from __future__ import annotations

import argparse
import json

from rmcoach.cli import Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "stats",
        help="print counts of clients, holdings, contacts... as JSON",
        description=(
            "Print one JSON object with sorted keys: active clients, archived clients, "
            "holdings, household members and contacts in the book."
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from rmcoach.services.stats import book_stats  # SQLAlchemy only when the command runs

    print(json.dumps(book_stats(ctx.open_book()), sort_keys=True))
    return 0
