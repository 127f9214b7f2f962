"""How the phrase coach reads context: negators, other people's words (grammar.toml)."""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Final

import rmcoach.phrasecoach.terms as terms
from rmcoach.paths import resource_path
from rmcoach.phrasecoach.tomlfile import PhraseRuleError, SourceText, read_toml

GRAMMAR_FILE: Final = "grammar.toml"
# table -> key -> the Grammar field it fills
_LAYOUT: Final = {
    "negation": {"words": "negators", "not_words": "not_negators", "breaks": "negation_breaks"},
    "speech": {"own": "own_voice", "reported": "reported"},
    "sentences": {"abbreviations": "abbreviations"},
}


@dataclass(frozen=True)
class Grammar:
    """The word lists the coach reads context with; each term is literal or a /pattern/.

    Attributes:
        negators: words that negate what follows them in the same clause (不, 无法, not).
        not_negators: words that contain a negator but do not negate (不管, 非常, no matter).
        negation_breaks: words that end a negation's reach inside a clause (但是, but).
        own_voice: lead-ins that make a quotation the RM's own words (话术, tell the client).
        reported: a speaker and a verb of saying (客户问, the client asked): the rest of the
            clause is someone else's words.
        abbreviations: words whose full stop does not end a sentence (Mr, No).
    """

    negators: tuple[str, ...]
    not_negators: tuple[str, ...]
    negation_breaks: tuple[str, ...]
    own_voice: tuple[str, ...]
    reported: tuple[str, ...]
    abbreviations: tuple[str, ...]

    @functools.cached_property
    def gap_guard(self) -> str:
        """A regex for "a negator starts here", used inside pattern gaps ~{N}.

        Single-character negators go into one character class: the guard is tested at
        every character of every gap, so it has to be cheap.
        """
        singles = "".join(re.escape(t) for t in self.negators if len(t) == 1)
        parts = [f"[{singles}]"] if singles else []
        for t in self.negators:
            if terms.is_pattern(t):
                parts.append(terms.pattern_source(t, ""))
            elif len(t) > 1:
                parts.append("".join(terms.literal_pieces(terms.key(t))))
        return "|".join(parts)


def load_grammar(path: str | os.PathLike[str]) -> Grammar:
    """Read and check a grammar file; PhraseRuleError names the file, line and field."""
    source, doc = read_toml(Path(path))
    values: dict[str, tuple[str, ...]] = {}
    for table, raw in doc.items():
        if table not in _LAYOUT:
            line = source.line_of_table_key(table)
            expected = ", ".join(_LAYOUT)
            raise PhraseRuleError(f"{source.path}:{line}: unknown table [{table}] ({expected})")
        if not isinstance(raw, dict):
            line = source.line_of_table_key(table)
            raise PhraseRuleError(f"{source.path}:{line}: [{table}] must be a table")
        for field, value in raw.items():
            if field not in _LAYOUT[table]:
                allowed = ", ".join(_LAYOUT[table])
                raise source.table_error(table, field, f"unknown field (expected {allowed})")
            values[_LAYOUT[table][field]] = _grammar_terms(value, table, field, source)
    missing = [
        f"[{t}] {k}"
        for t, keys in _LAYOUT.items()
        for k, name in keys.items()
        if name not in values
    ]
    if missing:
        raise PhraseRuleError(f"{source.path}:1: missing {', '.join(missing)}")
    grammar = Grammar(**values)
    for f in fields(Grammar):
        _check_patterns(grammar, f.name, source)
    return grammar


@functools.cache
def default_grammar() -> Grammar:
    """The shipped grammar (resources/rules/grammar.toml), loaded once."""
    return load_grammar(resource_path("rules", GRAMMAR_FILE))


def _grammar_terms(value: Any, table: str, field: str, source: SourceText) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise source.table_error(table, field, "expected a list of terms")
    seen: set[str] = set()
    for term in value:
        if not isinstance(term, str) or not term.strip() or term != term.strip():
            raise source.table_error(
                table, field, f"{term!r}: terms must be text, no spaces around"
            )
        if terms.key(term) in seen:
            raise source.table_error(table, field, f"{term!r} is listed twice")
        seen.add(terms.key(term))
    return tuple(value)


def _check_patterns(grammar: Grammar, name: str, source: SourceText) -> None:
    table, field = next((t, k) for t, keys in _LAYOUT.items() for k, n in keys.items() if n == name)
    for term in getattr(grammar, name):
        if terms.is_pattern(term):
            try:
                terms.compile_pattern(term)
            except re.error as exc:
                raise source.table_error(table, field, f"{term}: bad pattern: {exc}") from None
