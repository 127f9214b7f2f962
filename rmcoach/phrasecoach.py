"""Phrase coach: promises, jargon, pressure, sales talk and personal data in what the RM writes."""

from __future__ import annotations

import functools
import os
import re
import string
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from rmcoach.paths import resource_path
from rmcoach.services.protection.personal_data import SOURCE as DATA_SOURCE
from rmcoach.services.protection.personal_data import SUGGESTIONS as DATA_SUGGESTIONS
from rmcoach.services.protection.personal_data import find_personal_data

__all__ = [
    "CATEGORIES",
    "DEFAULT_RULE_FILES",
    "FINDING_CATEGORIES",
    "LANGS",
    "PERSONAL_DATA",
    "Finding",
    "PhraseRule",
    "PhraseRuleError",
    "check_text",
    "default_rule_paths",
    "default_rules",
    "load_rules",
]

CATEGORIES: Final = (
    "absolute_promise",
    "overcommitment",
    "jargon",
    "i_vs_we",
    "pressure",
    "return_promise",
    "expected_return",
    "deposit_likening",
    "past_performance",
)
# Not a rule category: numbers found by their check digits (services/protection/personal_data.py).
PERSONAL_DATA: Final = "personal_data"
FINDING_CATEGORIES: Final = (*CATEGORIES, PERSONAL_DATA)
LANGS: Final = ("zh", "en")
# The shipped rules: the coaching outline's, then the regulators' sales-talk rules.
DEFAULT_RULE_FILES: Final = ("phrases.toml", "sales_talk.toml")

_REQUIRED: Final = ("id", "category", "lang", "words", "suggestion", "source")
_ALLOWED: Final = frozenset((*_REQUIRED, "exclude", "unless"))
_ID_RE: Final = re.compile(r"[a-z0-9][a-z0-9_.-]*\Z")


class PhraseRuleError(ValueError):
    """A rules file that cannot be used; the message names the file, the line and the field."""


@dataclass(frozen=True)
class PhraseRule:
    """One rule: the words to flag, the phrases to leave alone and what to say instead.

    Attributes:
        unless: phrases that, anywhere in the same text, make the words fine (the
            past-performance disclaimer makes quoting past performance acceptable).
        origin: "file:line" of the rule's [[rules]] header, so a finding can be traced
            back to the (possibly bank-supplied) file it came from.
    """

    id: str
    category: str
    lang: str
    words: tuple[str, ...]
    exclude: tuple[str, ...]
    suggestion_zh: str
    suggestion_en: str
    source: str
    origin: str = ""
    unless: tuple[str, ...] = ()

    def suggestion(self, lang: str | None = None) -> str:
        """The suggestion in `lang`, by default in the rule's own language."""
        return self.suggestion_zh if (lang or self.lang) == "zh" else self.suggestion_en


@dataclass(frozen=True)
class Finding:
    """One flagged span of the checked text; `word` is exactly text[start:end].

    line and col are 1-based, col counted in characters after the last "\n". start/end
    are Python string indices (code points): Qt positions count UTF-16 units, so text
    with characters beyond U+FFFF (emoji) needs converting before underlining.
    """

    line: int
    col: int
    word: str
    rule_id: str
    category: str
    suggestion_zh: str
    suggestion_en: str
    start: int
    end: int

    def suggestion(self, lang: str) -> str:
        """The suggestion in `lang` ("zh" or "en")."""
        return self.suggestion_zh if lang == "zh" else self.suggestion_en


# ---------------------------------------------------------------------------- loading


class _SourceText:
    """A rules file's text, used only to turn (rule number, field) into a line number."""

    _HEADER = re.compile(r"^[ \t]*\[\[[ \t]*rules[ \t]*\]\]", re.MULTILINE)

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        # tomllib keeps array-of-tables order, so the Nth parsed rule is the Nth header.
        self.headers = [i for i, ln in enumerate(self.lines) if self._HEADER.match(ln)]

    def error(self, index: int, rule_id: str, field: str, problem: str) -> PhraseRuleError:
        line = self.line_of(index, field.split(".")[0])
        name = f"rule {index + 1}" + (f" ({rule_id!r})" if rule_id else "")
        return PhraseRuleError(f"{self.path}:{line}: {name}, field {field!r}: {problem}")

    def line_of(self, index: int, key: str | None = None) -> int:
        """1-based line of rule `index`'s `key` (or of its header when key is None/absent)."""
        if index >= len(self.headers):  # rules written as an inline array: no headers
            return 1
        first = self.headers[index]
        if key is None:
            return first + 1
        last = self.headers[index + 1] if index + 1 < len(self.headers) else len(self.lines)
        k = re.escape(key)
        key_re = re.compile(rf"\s*(?:\"?{k}\"?\s*[=.]|\[\s*rules\.{k}\s*\])")
        for i in range(first, last):
            if key_re.match(self.lines[i]):
                return i + 1
        return first + 1


def load_rules(*paths: str | os.PathLike[str]) -> tuple[PhraseRule, ...]:
    """Load and merge rules files; a later file's rule replaces an earlier one with its id.

    That is how a bank's own file (or a later "sales compliance" file) rewords or narrows
    a built-in rule and adds its own. Raises PhraseRuleError naming file, line and field.
    """
    if not paths:
        raise TypeError("load_rules() needs at least one path")
    merged: dict[str, tuple[PhraseRule, _SourceText, int]] = {}
    for raw_path in paths:
        path = Path(raw_path)
        source, raws = _read(path)
        seen: set[str] = set()
        for index, raw in enumerate(raws):
            rule = _parse_rule(raw, index, source)
            if rule.id in seen:
                raise source.error(index, rule.id, "id", "duplicate id in this file")
            seen.add(rule.id)
            merged[rule.id] = (rule, source, index)  # dict keeps the first file's position
    _check_term_owners(merged.values())
    return tuple(rule for rule, _, _ in merged.values())


def default_rule_paths() -> tuple[Path, ...]:
    """The shipped rules files, in merge order (a bank's own file goes after them)."""
    return tuple(resource_path("rules", name) for name in DEFAULT_RULE_FILES)


@functools.cache
def default_rules() -> tuple[PhraseRule, ...]:
    """The rules shipped in resources/rules (phrases.toml, sales_talk.toml), loaded once."""
    return load_rules(*default_rule_paths())


def _read(path: Path) -> tuple[_SourceText, list[Any]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PhraseRuleError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PhraseRuleError(f"{path}:{line}: not UTF-8 text") from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib says "... (at line N, column M)"; lift N to the front like other errors.
        m = re.search(r"at line (\d+)", str(exc))
        raise PhraseRuleError(f"{path}:{m.group(1) if m else 1}: TOML syntax: {exc}") from None
    source = _SourceText(path, text)
    for key in doc:
        if key != "rules":
            line = next((i + 1 for i, ln in enumerate(source.lines) if key in ln), 1)
            raise PhraseRuleError(f"{path}:{line}: unknown top-level key {key!r} (use [[rules]])")
    raws = doc.get("rules")
    if not isinstance(raws, list) or not raws:
        raise PhraseRuleError(f"{path}:1: no [[rules]] entries")
    return source, raws


def _parse_rule(raw: object, index: int, source: _SourceText) -> PhraseRule:
    if not isinstance(raw, dict):
        raise source.error(index, "", "rules", "expected a [[rules]] table")
    rid = raw.get("id") if isinstance(raw.get("id"), str) else ""

    def fail(field: str, problem: str) -> PhraseRuleError:
        return source.error(index, str(rid), field, problem)

    unknown = sorted(set(raw) - _ALLOWED)
    if unknown:
        raise fail(unknown[0], f"unknown field (expected one of {', '.join(sorted(_ALLOWED))})")
    for key in _REQUIRED:
        if key not in raw:
            raise fail(key, "missing")
    rule_id = _text(raw["id"], "id", fail)
    if not _ID_RE.match(rule_id):
        raise fail("id", "use lower-case letters, digits, '.', '_' and '-'")
    category = _choice(raw["category"], "category", CATEGORIES, fail)
    lang = _choice(raw["lang"], "lang", LANGS, fail)
    words = _terms(raw["words"], "words", fail)
    if not words:
        raise fail("words", "needs at least one term")
    exclude = _terms(raw.get("exclude", []), "exclude", fail)
    unless = _terms(raw.get("unless", []), "unless", fail)
    word_keys = [_key(w) for w in words]
    for phrase in exclude:
        # An exclusion exists to spare a longer phrase around one of the words.
        if _key(phrase) in word_keys or not any(w in _key(phrase) for w in word_keys):
            raise fail("exclude", f"{phrase!r} must be longer than, and contain, one of the words")
    suggestion = raw["suggestion"]
    if not isinstance(suggestion, dict):
        raise fail("suggestion", "expected a table with zh and en")
    extra = sorted(set(suggestion) - set(LANGS))
    if extra:
        raise fail(f"suggestion.{extra[0]}", "unknown language (expected zh and en)")
    zh, en = (_text(suggestion.get(lg), f"suggestion.{lg}", fail) for lg in LANGS)
    return PhraseRule(
        id=rule_id,
        category=category,
        lang=lang,
        words=words,
        exclude=exclude,
        suggestion_zh=zh,
        suggestion_en=en,
        source=_text(raw["source"], "source", fail),
        origin=f"{source.path}:{source.line_of(index)}",
        unless=unless,
    )


_Fail = Callable[[str, str], PhraseRuleError]


def _text(value: object, field: str, fail: _Fail) -> str:
    if not isinstance(value, str) or not value.strip():
        raise fail(field, "missing" if value is None else "expected non-empty text")
    return value


def _choice(value: object, field: str, allowed: tuple[str, ...], fail: _Fail) -> str:
    if value not in allowed:
        raise fail(field, f"{value!r} is not one of {', '.join(allowed)}")
    return str(value)


def _terms(value: object, field: str, fail: _Fail) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise fail(field, "expected a list of terms")
    seen: set[str] = set()
    for term in value:
        if not isinstance(term, str) or not term.strip() or term != term.strip():
            raise fail(field, f"{term!r}: terms must be text without surrounding spaces")
        if _key(term) in seen:
            raise fail(field, f"{term!r} is listed twice")
        seen.add(_key(term))
    return tuple(value)


def _check_term_owners(placed: Iterable[tuple[PhraseRule, _SourceText, int]]) -> None:
    """One term, one meaning: a word may belong to one rule and may not also be excluded."""
    words: dict[str, str] = {}
    excluded: dict[str, str] = {}  # several rules may spare the same phrase
    for rule, source, index in placed:
        for term in rule.words:
            owner = words.get(_key(term)) or excluded.get(_key(term))
            if owner is not None:
                raise source.error(index, rule.id, "words", f"{term!r} is already in {owner!r}")
            words[_key(term)] = rule.id
        for term in rule.exclude:
            owner = words.get(_key(term))
            if owner is not None:
                problem = f"{term!r} is a word of rule {owner!r}"
                raise source.error(index, rule.id, "exclude", problem)
            excluded[_key(term)] = rule.id


# ---------------------------------------------------------------------------- matching

_ASCII_LOWER: Final = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_APOSTROPHES: Final = "'’‘"
_HYPHENS: Final = "-‐‑"
_SHAPE_RE: Final = re.compile(rf"\s+|[{_APOSTROPHES}]|[{_HYPHENS}]")


def _fold(text: str) -> str:
    """Lower-case without moving any character, so offsets in the result index `text`."""
    low = text.lower()
    # lower() never shortens a character, so equal lengths mean a 1:1 mapping; the rare
    # expanding character (e.g. "İ") falls back to ASCII-only folding.
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def _shape(folded: str) -> str:
    """Collapse the variants the regex accepts (whitespace runs, ’, ‐) to one spelling."""

    def one(m: re.Match[str]) -> str:
        c = m.group()[0]
        return "'" if c in _APOSTROPHES else "-" if c in _HYPHENS else " "

    return _SHAPE_RE.sub(one, folded)


def _key(term: str) -> str:
    return _shape(_fold(term))


def _is_word_char(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _term_pieces(key: str) -> list[str]:
    """One regex piece per character of a shaped term, plus the end boundary if needed."""
    pieces = []
    for c in key:
        if c == " ":
            pieces.append(r"\s+")
        elif c == "'":
            pieces.append(f"[{_APOSTROPHES}]")
        elif c == "-":
            pieces.append(f"[{_HYPHENS}]")
        else:
            pieces.append(re.escape(c))
    if _is_word_char(key[-1]):
        pieces.append("(?![a-z0-9])")
    # The start boundary is checked in Python (see _candidates): a look-behind here would
    # hide each term's first literal from re's first-character scan, which makes it slow.
    return pieces


@dataclass(frozen=True)
class _Matcher:
    words: re.Pattern[str] | None
    excludes: re.Pattern[str] | None
    owner: dict[str, PhraseRule]  # shaped word -> its rule
    unless: dict[str, re.Pattern[str]]  # rule id -> its "unless" phrases


def _alternation(keys: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for all terms, grouped by first character: 保(?:本保收益|本保息|本)|...

    Grouping lets re test each first character once instead of once per term (about 3x
    faster); inside a group the longest term comes first, since re takes the first
    alternative that matches.
    """
    groups: dict[str, list[str]] = {}
    for key in sorted(set(keys), key=lambda k: (-len(k), k)):
        head, *rest = _term_pieces(key)
        groups.setdefault(head, []).append("".join(rest))
    alternatives = [f"{head}(?:{'|'.join(rests)})" for head, rests in groups.items()]
    return re.compile("|".join(alternatives)) if alternatives else None


@functools.lru_cache(maxsize=8)
def _compile(rules: tuple[PhraseRule, ...]) -> _Matcher:
    owner: dict[str, PhraseRule] = {}
    for rule in rules:
        for word in rule.words:
            owner.setdefault(_key(word), rule)
    excludes = {_key(x) for rule in rules for x in rule.exclude} - owner.keys()
    unless = {
        rule.id: pattern
        for rule in rules
        if rule.unless and (pattern := _alternation(_key(u) for u in rule.unless)) is not None
    }
    return _Matcher(_alternation(owner), _alternation(excludes), owner, unless)


@functools.cache
def _data_rule(kind: str) -> PhraseRule:
    """The rule a personal-data finding reports: found by check digits, not by words."""
    zh, en = DATA_SUGGESTIONS[kind]
    return PhraseRule(f"{PERSONAL_DATA}.{kind}", PERSONAL_DATA, "zh", (), (), zh, en, DATA_SOURCE)


def _candidates(pattern: re.Pattern[str] | None, folded: str) -> list[tuple[int, int, str]]:
    """The longest term starting at each position, overlaps included."""
    found: list[tuple[int, int, str]] = []
    if pattern is None:
        return found
    search = pattern.search
    pos = 0
    # search() from the next character rather than finditer(): finditer skips everything
    # inside a match, and a longer term may start there.
    while (m := search(folded, pos)) is not None:
        start = m.start()
        pos = start + 1
        if start and _is_word_char(folded[start]) and _is_word_char(folded[start - 1]):
            continue  # "guarantor" has no term boundary before "tor"; same for any term here
        found.append((start, m.end(), m.group()))
    return found


def check_text(
    text: str, rules: Iterable[PhraseRule] | None = None, *, personal_data: bool = True
) -> list[Finding]:
    """Findings in `text`, sorted by position, none overlapping.

    Where terms overlap the longest wins; an excluded phrase (e.g. 不保证) blocks every
    finding that overlaps it; a rule's `unless` phrase anywhere in the text silences that
    rule. `rules` defaults to default_rules(); a custom set is compiled once and cached.
    With personal_data, ID, card and account numbers are found too (category
    "personal_data"), whatever the rules.
    """
    matcher = _compile(default_rules() if rules is None else tuple(rules))
    folded = _fold(text)
    taken = bytearray(len(text))
    kept: list[tuple[int, int, PhraseRule]] = []
    data = find_personal_data(text) if personal_data else []
    for start, end, _ in _candidates(matcher.excludes, folded):
        taken[start:end] = b"\x01" * (end - start)
    for hit in data:
        taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
        kept.append((hit.start, hit.end, _data_rule(hit.kind)))
    hits = _candidates(matcher.words, folded)
    hits.sort(key=lambda h: (h[0] - h[1], h[0]))  # longest first, then leftmost
    silenced: dict[str, bool] = {}
    for start, end, matched in hits:
        if taken.find(1, start, end) != -1:
            continue
        owner = matcher.owner
        rule = owner.get(matched) or owner[_shape(matched)]
        if rule.id in matcher.unless:
            if rule.id not in silenced:
                silenced[rule.id] = bool(_candidates(matcher.unless[rule.id], folded))
            if silenced[rule.id]:
                continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append((start, end, rule))
    kept.sort(key=lambda k: k[0])

    findings: list[Finding] = []
    line, line_start, pos = 1, 0, 0
    for start, end, rule in kept:
        newlines = text.count("\n", pos, start)
        if newlines:
            line += newlines
            line_start = text.rindex("\n", pos, start) + 1
        pos = start
        findings.append(
            Finding(
                line=line,
                col=start - line_start + 1,
                word=text[start:end],
                rule_id=rule.id,
                category=rule.category,
                suggestion_zh=rule.suggestion_zh,
                suggestion_en=rule.suggestion_en,
                start=start,
                end=end,
            )
        )
    return findings
