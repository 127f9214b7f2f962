"""Command-line interface: one module per command (cmd_*.py), discovered at start."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

# offered here too: every command imports it from rmcoach.cli
from rmcoach.cli.errors import CommandError as CommandError

if TYPE_CHECKING:
    from rmcoach.services.book import Book


class Context:
    """What a command may need besides its own arguments; opens the book lazily."""

    def __init__(self, db: Path | None) -> None:
        self.db = db
        self._book: Book | None = None

    def open_book(self) -> Book:
        """Open (and migrate) the book named by --db, RMCOACH_DB or the default path."""
        if self._book is None:
            from rmcoach.cli.passphrase import ask_passphrase
            from rmcoach.paths import resolve_book_path
            from rmcoach.services.book import Book

            # asked only when the book is encrypted (or read from $RMCOACH_PASSPHRASE)
            self._book = Book.open(resolve_book_path(self.db), passphrase=ask_passphrase)
        return self._book

    def close(self) -> None:
        if self._book is not None:
            self._book.close()
            self._book = None


class CommandModule(Protocol):
    def register(self, sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...


def _command_modules() -> list[CommandModule]:
    package_dir = str(Path(__file__).parent)
    names = sorted(m.name for m in pkgutil.iter_modules([package_dir]) if m.name.startswith("cmd_"))
    return [cast(CommandModule, importlib.import_module(f"{__name__}.{n}")) for n in names]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m rmcoach",
        description="RM Coach: client book and meeting coach for relationship managers.",
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="the book (SQLite file) to use; default: $RMCOACH_DB or the user-data folder",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _command_modules():
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context(args.db)
    try:
        result: int = args.func(args, ctx)
        sys.stdout.flush()  # here, where a closed pipe can still be told apart
        return result
    except BrokenPipeError:
        return _reader_gone()
    except CommandError as exc:
        print(f"rmcoach: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("rmcoach: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the one place a stray error becomes a clean line
        from rmcoach.storage.errors import describe_error

        print(f"rmcoach: {describe_error(exc)}", file=sys.stderr)
        if os.environ.get("RMCOACH_DEBUG"):
            raise
        return 2
    finally:
        ctx.close()


def _reader_gone() -> int:
    """`stats | head -c 100`: the reader left; say nothing, as a program ended by SIGPIPE.

    The rest of stdout goes to devnull, so Python's flush at exit does not fail again.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 141  # 128 + SIGPIPE, what a shell reports for a writer its reader left
