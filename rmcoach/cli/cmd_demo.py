"""The `demo` command: add realistic sample clients to a book, reproducibly from a seed."""

from __future__ import annotations

import argparse
import sys

from rmcoach.cli import CommandError, Context

MAX_CLIENTS = 1_000_000  # mirrors rmcoach.demo.build.MAX_CLIENTS; checked by a test


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "demo",
        help="add realistic sample clients (for demos and load tests)",
        description=(
            "Add N sample clients with holdings, household members and contact history to "
            "the book (clients already in it are kept). The same seed on the same date gives "
            "the same clients. Prints a summary on stderr."
        ),
    )
    parser.add_argument(
        "--clients",
        type=int,
        required=True,
        metavar="N",
        help=f"how many clients to add, 1 to {MAX_CLIENTS:,}",
    )
    parser.add_argument(
        "--seed", type=int, default=7, help="the random seed (default: %(default)s)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if not 1 <= args.clients <= MAX_CLIENTS:
        raise CommandError(f"--clients must be between 1 and {MAX_CLIENTS:,}, not {args.clients}")
    # imported here so that `--help` and other commands do not pay for SQLAlchemy
    from rmcoach.demo.build import generate_demo_book

    book = ctx.open_book()
    live = sys.stderr.isatty()

    def show(done: int, total: int) -> None:
        print(f"\rdemo: {done:,} / {total:,} clients", end="", file=sys.stderr, flush=True)

    try:
        summary = generate_demo_book(book, args.clients, args.seed, show if live else None)
    finally:
        if live:
            print(file=sys.stderr)  # end the progress line, also when interrupted
    print(
        f"demo: added {summary.clients:,} clients, {summary.holdings:,} holdings, "
        f"{summary.household:,} household members, {summary.meetings:,} meetings, "
        f"{summary.followups:,} follow-ups, {summary.contacts:,} contacts and "
        f"{summary.products} catalogue products to {book.path} in {summary.seconds:.1f} s",
        file=sys.stderr,
    )
    return 0
