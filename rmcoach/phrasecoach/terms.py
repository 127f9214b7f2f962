"""Terms of the phrase rules: literal words and /patterns/, folded and compiled for search."""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable
from typing import Final

# Clause punctuation a pattern's gap (~{N}) never crosses: a gap stays inside one clause.
CLAUSE_PUNCTUATION: Final = "，,；;：:。！？!?\n"
_ASCII_LOWER: Final = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_APOSTROPHES: Final = "'’‘"
_HYPHENS: Final = "-‐‑"
_SHAPE_RE: Final = re.compile(rf"\s+|[{_APOSTROPHES}]|[{_HYPHENS}]")
_GAP_RE: Final = re.compile(r"~\{(\d{1,2})\}")
_ESCAPE_RE: Final = re.compile(r"\\.")
_UPPER_RE: Final = re.compile("[A-Z]")
# An ASCII letter or digit at either end of a match must not touch another one, so
# "guarantee" is not found inside "guarantor" (the start is checked in Python: a
# look-behind first would hide each term's first literal from re's fast scan).
END_BOUNDARY: Final = "(?:(?<![a-z0-9])|(?![a-z0-9]))"


def is_pattern(term: str) -> bool:
    """A term written /like this/ is a regular expression; any other term is literal."""
    return len(term) > 2 and term.startswith("/") and term.endswith("/")


def fold(text: str) -> str:
    """Lower-case without moving any character, so offsets in the result index `text`."""
    low = text.lower()
    # lower() never shortens a character, so equal lengths mean a 1:1 mapping; the rare
    # expanding character (e.g. "İ") falls back to ASCII-only folding.
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def shape(folded: str) -> str:
    """Collapse the variants a literal term accepts (whitespace runs, ’, ‐) to one spelling."""

    def one(m: re.Match[str]) -> str:
        c = m.group()[0]
        return "'" if c in _APOSTROPHES else "-" if c in _HYPHENS else " "

    return _SHAPE_RE.sub(one, folded)


def key(term: str) -> str:
    """How a term is compared with others: folded and shaped; a pattern is its own key."""
    return term if is_pattern(term) else shape(fold(term))


def is_word_char(c: str) -> bool:
    return c.isascii() and c.isalnum()


def literal_pieces(term_key: str) -> list[str]:
    """One regex piece per character of a shaped literal term."""
    pieces = []
    for c in term_key:
        if c == " ":
            pieces.append(r"\s+")
        elif c == "'":
            pieces.append(f"[{_APOSTROPHES}]")
        elif c == "-":
            pieces.append(f"[{_HYPHENS}]")
        else:
            pieces.append(re.escape(c))
    if is_word_char(term_key[-1]):
        pieces.append("(?![a-z0-9])")
    return pieces


def pattern_source(term: str, gap_guard: str) -> str:
    """The regex of a /pattern/ term, its gaps ~{N} expanded.

    A gap is up to N characters of one clause that do not start a negation
    (`gap_guard`, a look-ahead built from the grammar's negators): "本金~{4}安全" finds
    本金是安全的 but not 本金不一定安全.
    """
    body = term[1:-1]
    guard = f"(?!{gap_guard})" if gap_guard else ""
    punctuation = re.escape(CLAUSE_PUNCTUATION)
    return _GAP_RE.sub(lambda m: f"(?:{guard}[^{punctuation}]){{0,{m.group(1)}}}", body)


@functools.lru_cache(maxsize=4096)
def compile_pattern(term: str, gap_guard: str = "") -> re.Pattern[str]:
    """A /pattern/ term compiled for folded text, with the end boundary; raises re.error.

    Cached: the loader checks each pattern with the shipped grammar's gap guard, so the
    coach's first check reuses what the loader compiled.
    """
    if _UPPER_RE.search(_ESCAPE_RE.sub("", term)):
        raise re.error("write patterns in lower case: they are matched on lower-cased text")
    source = pattern_source(term, gap_guard)
    compiled = re.compile(f"(?:{source}){END_BOUNDARY}")
    if compiled.match(""):
        raise re.error("the pattern matches empty text")
    return compiled


def alternation(keys: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for all literal terms, grouped by first character: 保(?:本保收益|本)|...

    Grouping lets re test each first character once instead of once per term (about 3x
    faster); inside a group the longest term comes first, since re takes the first
    alternative that matches.
    """
    groups: dict[str, list[str]] = {}
    for term_key in sorted(set(keys), key=lambda k: (-len(k), k)):
        head, *rest = literal_pieces(term_key)
        groups.setdefault(head, []).append("".join(rest))
    alternatives = [f"{head}(?:{'|'.join(rests)})" for head, rests in groups.items()]
    return re.compile("|".join(alternatives)) if alternatives else None


@functools.lru_cache(maxsize=1024)
def any_of(terms: tuple[str, ...], gap_guard: str = "") -> re.Pattern[str] | None:
    """One regex that finds any of `terms`, literal or /pattern/ (for context checks).

    A literal term keeps to English word boundaries like a rule's words; a pattern here
    matches exactly as written (n't must match inside "don't").
    """
    parts = []
    for term in terms:
        if is_pattern(term):  # a pattern matches as written: its author sets its boundaries
            parts.append(f"(?:{pattern_source(term, gap_guard)})")
        else:
            k = key(term)
            start = "(?<![a-z0-9])" if is_word_char(k[0]) else ""
            parts.append(start + "".join(literal_pieces(k)))
    if not parts:
        return None
    return re.compile("|".join(parts))


def starts_clean(folded: str, start: int) -> bool:
    """No ASCII letter or digit runs into the match from the left."""
    return not (start and is_word_char(folded[start]) and is_word_char(folded[start - 1]))


def all_matches(
    pattern: re.Pattern[str] | None, folded: str, whole_words: bool = True
) -> list[tuple[int, int]]:
    """The first match starting at each position, overlaps included.

    With whole_words, a match may not start inside an English word (a rule's words);
    context lists built by any_of() carry their own boundaries.
    """
    found: list[tuple[int, int]] = []
    if pattern is None:
        return found
    search = pattern.search
    pos = 0
    # search() from the next character rather than finditer(): finditer skips everything
    # inside a match, and a longer term may start there.
    while (m := search(folded, pos)) is not None:
        start = m.start()
        pos = start + 1
        if m.end() > start and (not whole_words or starts_clean(folded, start)):
            found.append((start, m.end()))
    return found
