"""Phrase rules: what a rule says, and loading and checking the rules files in resources/rules."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import rmcoach.phrasecoach.terms as terms
from rmcoach.paths import resource_path
from rmcoach.phrasecoach.grammar import default_grammar
from rmcoach.phrasecoach.tomlfile import PhraseRuleError, SourceText, read_toml

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
    "implied_safety",
    "unsuitable_advice",
)
# Not a rule category: numbers found by their check digits (services/protection/personal_data.py).
PERSONAL_DATA: Final = "personal_data"
FINDING_CATEGORIES: Final = (*CATEGORIES, PERSONAL_DATA)
LANGS: Final = ("zh", "en")
# The shipped rules: the coaching outline's, its jargon list, the regulators' sales-talk
# rules, then the rules about how a product is recommended (safety, suitability).
DEFAULT_RULE_FILES: Final = ("phrases.toml", "jargon.toml", "sales_talk.toml", "advice.toml")

_REQUIRED: Final = ("id", "category", "lang", "words", "suggestion", "source")
_ALLOWED: Final = frozenset((*_REQUIRED, "exclude", "unless", "requires", "also"))
_ID_RE: Final = re.compile(r"[a-z0-9][a-z0-9_.-]*\Z")
_SET_RE: Final = re.compile(r"[a-z0-9][a-z0-9_]*\Z")


@dataclass(frozen=True)
class PhraseRule:
    """One rule: the words to flag, when they are fine, and what to say instead.

    Attributes:
        words: literal terms and /patterns/ (regular expressions on lower-cased text).
        exclude: phrases that are fine as written; no finding may overlap one.
        unless: phrases that, in the same sentence, make the words fine (the
            past-performance disclaimer makes quoting past performance acceptable).
        requires: phrases of which one must be in the same sentence for the words to count
            (没问题 is an overcommitment about an approval, not about a checked address).
        also: further categories a finding of this rule belongs to ("I guarantee" is both
            an "I" problem and an absolute promise).
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
    requires: tuple[str, ...] = ()
    also: tuple[str, ...] = ()

    def suggestion(self, lang: str | None = None) -> str:
        """The suggestion in `lang`, by default in the rule's own language."""
        return self.suggestion_zh if (lang or self.lang) == "zh" else self.suggestion_en

    @property
    def categories(self) -> tuple[str, ...]:
        return (self.category, *self.also)


def load_rules(*paths: str | os.PathLike[str]) -> tuple[PhraseRule, ...]:
    """Load and merge rules files; a later file's rule replaces an earlier one with its id.

    That is how a bank's own file (or a later "sales compliance" file) rewords or narrows
    a built-in rule and adds its own. Named word sets ([sets]) are shared by all files, a
    later file's set replacing an earlier one of the same name. Raises PhraseRuleError
    naming file, line and field.
    """
    if not paths:
        raise TypeError("load_rules() needs at least one path")
    files = [_read(Path(p)) for p in paths]
    sets: dict[str, tuple[str, ...]] = {}
    for source, doc in files:
        sets.update(_sets(doc.get("sets", {}), source))
    merged: dict[str, tuple[PhraseRule, SourceText, int]] = {}
    for source, doc in files:
        seen: set[str] = set()
        for index, raw in enumerate(doc["rules"]):
            rule = _parse_rule(raw, index, source, sets)
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
    """The rules shipped in resources/rules (see DEFAULT_RULE_FILES), loaded once."""
    return load_rules(*default_rule_paths())


def _read(path: Path) -> tuple[SourceText, dict[str, Any]]:
    source, doc = read_toml(path)
    for key in doc:
        if key not in ("rules", "sets"):
            line = next((i + 1 for i, ln in enumerate(source.lines) if key in ln), 1)
            raise PhraseRuleError(
                f"{path}:{line}: unknown top-level key {key!r} (use [[rules]] and [sets])"
            )
    raws = doc.get("rules")
    if not isinstance(raws, list) or not raws:
        raise PhraseRuleError(f"{path}:1: no [[rules]] entries")
    return source, doc


def _sets(raw: object, source: SourceText) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise PhraseRuleError(f"{source.path}:{source.line_of_table_key('sets')}: [sets] table")
    found = {}
    for name, value in raw.items():

        def fail(field: str, problem: str, name: str = name) -> PhraseRuleError:
            return source.table_error("sets", name, problem)

        if not _SET_RE.match(name):
            raise fail(name, "set names use lower-case letters, digits and '_'")
        found[name] = _terms(value, name, fail)
        if not found[name]:
            raise fail(name, "needs at least one term")
        if any(t.startswith("@") for t in found[name]):
            raise fail(name, "a set cannot name another set")
        _check_patterns(found[name], name, fail)
    return found


def _parse_rule(
    raw: object, index: int, source: SourceText, sets: dict[str, tuple[str, ...]]
) -> PhraseRule:
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
    also = tuple(_choice(c, "also", CATEGORIES, fail) for c in _list(raw.get("also", []), fail))
    if category in also or len(set(also)) != len(also):
        raise fail("also", "lists a category twice")
    lang = _choice(raw["lang"], "lang", LANGS, fail)
    words = _terms(raw["words"], "words", fail)
    if not words:
        raise fail("words", "needs at least one term")
    context = {
        field: _expand(_terms(raw.get(field, []), field, fail), field, sets, fail)
        for field in ("exclude", "unless", "requires")
    }
    for field, found in (("words", words), *context.items()):
        _check_patterns(found, field, fail)
    _check_excludes(words, context["exclude"], fail)
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
        exclude=context["exclude"],
        suggestion_zh=zh,
        suggestion_en=en,
        source=_text(raw["source"], "source", fail),
        origin=f"{source.path}:{source.line_of(index)}",
        unless=context["unless"],
        requires=context["requires"],
        also=also,
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


def _list(value: object, fail: _Fail) -> list[object]:
    if not isinstance(value, list):
        raise fail("also", "expected a list of categories")
    return value


def _terms(value: object, field: str, fail: _Fail) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise fail(field, "expected a list of terms")
    seen: set[str] = set()
    for term in value:
        if not isinstance(term, str) or not term.strip() or term != term.strip():
            raise fail(field, f"{term!r}: terms must be text without surrounding spaces")
        if terms.key(term) in seen:
            raise fail(field, f"{term!r} is listed twice")
        seen.add(terms.key(term))
    return tuple(value)


def _expand(
    found: tuple[str, ...], field: str, sets: dict[str, tuple[str, ...]], fail: _Fail
) -> tuple[str, ...]:
    """Replace each @name by the terms of set `name`."""
    out: list[str] = []
    for term in found:
        if term.startswith("@"):
            if term[1:] not in sets:
                raise fail(field, f"{term!r}: no such set (define it under [sets])")
            out.extend(sets[term[1:]])
        else:
            out.append(term)
    return tuple(dict.fromkeys(out))


def _check_patterns(found: Iterable[str], field: str, fail: _Fail) -> None:
    guard = default_grammar().gap_guard  # compiled as the coach will use it: cached
    for term in found:
        if terms.is_pattern(term):
            try:
                terms.compile_pattern(term, guard)
            except re.error as exc:
                raise fail(field, f"{term}: bad pattern: {exc}") from None


def _check_excludes(words: tuple[str, ...], exclude: tuple[str, ...], fail: _Fail) -> None:
    """An exclusion exists to spare a longer phrase around one of the words."""
    literal = [terms.key(w) for w in words if not terms.is_pattern(w)]
    guard = default_grammar().gap_guard
    patterns = [terms.compile_pattern(w, guard) for w in words if terms.is_pattern(w)]
    for phrase in exclude:
        if terms.is_pattern(phrase):
            continue  # a pattern's reach cannot be compared with the words': trust the author
        k = terms.key(phrase)
        inside = any(w in k for w in literal) or any(p.search(k) for p in patterns)
        if k in literal or not inside:
            raise fail("exclude", f"{phrase!r} must be longer than, and contain, one of the words")


def _check_term_owners(placed: Iterable[tuple[PhraseRule, SourceText, int]]) -> None:
    """One term, one meaning: a word may belong to one rule and may not also be excluded.

    A word may belong to several rules only when each of them `requires` its context:
    then the sentence decides which applies (放心 about an approval or about a product).
    """
    words: dict[str, PhraseRule] = {}
    excluded: dict[str, str] = {}  # several rules may spare the same phrase
    for rule, source, index in placed:
        for term in rule.words:
            k = terms.key(term)
            owner = words.get(k)
            shared = owner is not None and owner.requires and rule.requires
            if (owner is not None and not shared) or k in excluded:
                name = owner.id if owner is not None else excluded[k]
                raise source.error(index, rule.id, "words", f"{term!r} is already in {name!r}")
            words[k] = rule
        for term in rule.exclude:
            k = terms.key(term)
            if k in words and words[k].id != rule.id:
                problem = f"{term!r} is a word of rule {words[k].id!r}"
                raise source.error(index, rule.id, "exclude", problem)
            excluded[k] = rule.id
