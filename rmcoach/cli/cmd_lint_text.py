"""lint-text: check a note or message with the phrase coach, one finding a line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rmcoach.cli import CommandError, Context
from rmcoach.phrasecoach import (
    LANGS,
    PhraseRule,
    PhraseRuleError,
    check_text,
    default_rule_paths,
    default_rules,
    load_rules,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "lint-text",
        help="check text for promises, jargon, pressure, sales talk and personal data",
        description=(
            "Print LINE:COL: WORD: suggestion for each phrase the coach would point out. "
            "Exit status: 0 nothing found, 1 something found, 2 the input or a rules file "
            "could not be read."
        ),
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help="UTF-8 text file; stdin when omitted or '-'"
    )
    parser.add_argument(
        "--lang",
        choices=LANGS,
        default=None,
        help="language of the suggestions (default: the language of each rule)",
    )
    parser.add_argument(
        "--rules",
        type=Path,
        action="append",
        default=[],
        metavar="TOML",
        help="extra rules file merged over the built-in rules (repeatable)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    rules = _rules(args.rules)
    text = _read_stdin() if args.file in (None, "-") else _read_file(Path(args.file))
    language = {rule.id: rule.lang for rule in rules}
    findings = check_text(text, rules)
    for f in findings:
        word = " ".join(f.word.split())  # a term may span a line break; keep one line each
        # personal-data findings come from check digits, not from a rule: Chinese first
        lang = args.lang or language.get(f.rule_id, "zh")
        print(f"{f.line}:{f.col}: {word}: {f.suggestion(lang)}")
    return 1 if findings else 0


def _rules(extra: list[Path]) -> tuple[PhraseRule, ...]:
    try:
        if not extra:
            return default_rules()
        return load_rules(*default_rule_paths(), *extra)
    except PhraseRuleError as exc:
        raise CommandError(str(exc)) from None


def _read_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from None
    return _decode(data, str(path))


def _read_stdin() -> str:
    # Bytes when there are any, so a BOM or bad encoding is handled the same as in a file;
    # a replaced sys.stdin (tests, embedding) may be text only.
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return _decode(buffer.read(), "stdin")
    text: str = sys.stdin.read()
    return text.removeprefix("\ufeff")


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CommandError(f"{name}: not UTF-8 text (bad byte on line {line})") from None
