"""The `playbook` command: print the active meeting playbook, or check a bank's file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rmcoach.cli import CommandError, Context
from rmcoach.playbook import Playbook, PlaybookError, active_playbook_path, load_playbook


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "playbook",
        help="print the meeting playbook as JSON, or check a playbook file",
        description=(
            "Print the active meeting playbook as JSON (the shipped default, or the file "
            "named by $RMCOACH_PLAYBOOK), or check a bank's own playbook file."
        ),
    )
    parser.add_argument("--file", type=Path, default=None, help="print this playbook file instead")
    parser.set_defaults(func=run, playbook_command=None)
    actions = parser.add_subparsers(dest="playbook_command", metavar="SUBCOMMAND")
    check = actions.add_parser(
        "check",
        help="validate a playbook file",
        description=(
            "Validate a playbook TOML file. Prints a summary and exits 0 if it is usable; "
            "otherwise prints every problem as FILE:LINE: FIELD: MESSAGE and exits 1 "
            "(2 if the file cannot be read)."
        ),
    )
    check.add_argument("path", type=Path, metavar="FILE", help="the playbook file to check")


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.playbook_command == "check":
        return _check(args.path)
    playbook = _load(args.file if args.file is not None else active_playbook_path())
    if playbook is None:
        return 1
    print(json.dumps(playbook.to_json_dict(), ensure_ascii=False, indent=2))
    return 0


def _check(path: Path) -> int:
    playbook = _load(path)
    if playbook is None:
        return 1
    count = len(playbook.all_items())
    print(f"OK: {playbook.id} {playbook.version}, {len(playbook.phases)} phases, {count} items")
    return 0


def _load(path: Path) -> Playbook | None:
    """The playbook, or None after printing its problems; unreadable files exit 2."""
    try:
        return load_playbook(path)
    except OSError as exc:
        raise CommandError(f"cannot read playbook {path}: {exc.strerror or exc}", 2) from exc
    except PlaybookError as exc:
        for issue in exc.errors:
            print(issue, file=sys.stderr)
        return None
