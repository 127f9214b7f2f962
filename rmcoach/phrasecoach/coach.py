"""check_text: the findings of the phrase rules in one text, read in context."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

import rmcoach.phrasecoach.terms as terms
from rmcoach.phrasecoach.grammar import Grammar, default_grammar
from rmcoach.phrasecoach.reading import Reading
from rmcoach.phrasecoach.rules import PERSONAL_DATA, PhraseRule, default_rules
from rmcoach.services.protection.personal_data import SOURCE as DATA_SOURCE
from rmcoach.services.protection.personal_data import SUGGESTIONS as DATA_SUGGESTIONS
from rmcoach.services.protection.personal_data import find_personal_data


@dataclass(frozen=True)
class Finding:
    """One flagged span of the checked text; `word` is exactly text[start:end].

    line and col are 1-based, col counted in characters after the last "\n". start/end
    are Python string indices (code points): Qt positions count UTF-16 units, so text
    with characters beyond U+FFFF (emoji) needs converting before underlining.
    `also` holds further categories of the same words ("我敢打包票" is an "I" problem and
    an absolute promise); `categories` is all of them, `category` first.
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
    also: tuple[str, ...] = ()

    def suggestion(self, lang: str) -> str:
        """The suggestion in `lang` ("zh" or "en")."""
        return self.suggestion_zh if lang == "zh" else self.suggestion_en

    @property
    def categories(self) -> tuple[str, ...]:
        return (self.category, *self.also)


@dataclass(frozen=True)
class _Matcher:
    literals: re.Pattern[str] | None  # every literal word of every rule
    owners: dict[str, tuple[PhraseRule, ...]]  # shaped literal word -> its rules
    patterns: tuple[tuple[re.Pattern[str], PhraseRule], ...]
    excludes: tuple[re.Pattern[str] | None, re.Pattern[str] | None]  # literal, patterns
    unless: dict[str, re.Pattern[str]]  # rule id -> its "unless" phrases
    requires: dict[str, re.Pattern[str]]  # rule id -> its "requires" phrases
    order: dict[str, int]  # rule id -> position, for ties


@functools.lru_cache(maxsize=8)
def _compile(rules: tuple[PhraseRule, ...], grammar: Grammar) -> _Matcher:
    guard = grammar.gap_guard
    owners: dict[str, list[PhraseRule]] = {}
    patterns = []
    for rule in rules:
        for word in rule.words:
            if terms.is_pattern(word):
                patterns.append((terms.compile_pattern(word, guard), rule))
            else:
                owners.setdefault(terms.key(word), []).append(rule)
    all_excludes = {x for rule in rules for x in rule.exclude}
    literal_excludes = {terms.key(x) for x in all_excludes if not terms.is_pattern(x)}
    pattern_excludes = [x for x in all_excludes if terms.is_pattern(x)]

    def context(field: str) -> dict[str, re.Pattern[str]]:
        found = {}
        for rule in rules:
            compiled = terms.any_of(getattr(rule, field), guard)
            if compiled is not None:
                found[rule.id] = compiled
        return found

    return _Matcher(
        literals=terms.alternation(owners),
        owners={k: tuple(v) for k, v in owners.items()},
        patterns=tuple(patterns),
        excludes=(
            terms.alternation(literal_excludes - owners.keys()),
            terms.any_of(tuple(sorted(pattern_excludes)), guard),
        ),
        unless=context("unless"),
        requires=context("requires"),
        order={rule.id: i for i, rule in enumerate(rules)},
    )


@functools.cache
def _default_matcher() -> _Matcher:
    return _compile(default_rules(), default_grammar())


@functools.cache
def warm_up() -> threading.Thread:
    """Load and compile the shipped rules on a daemon thread, once, so the first check is quick.

    The first check_text() reads the rules files and compiles a few hundred regular
    expressions (0.1-0.5 s): a UI starts this when a coached text box is first shown,
    not while it is starting up. A check made before it finishes compiles on its own
    (the caches are thread-safe; the work is at worst done twice).
    """
    thread = threading.Thread(target=_default_matcher, name="phrase-coach-warm-up", daemon=True)
    thread.start()
    return thread


@functools.cache
def _data_rule(kind: str) -> PhraseRule:
    """The rule a personal-data finding reports: found by check digits, not by words."""
    zh, en = DATA_SUGGESTIONS[kind]
    return PhraseRule(f"{PERSONAL_DATA}.{kind}", PERSONAL_DATA, "zh", (), (), zh, en, DATA_SOURCE)


_Hit = tuple[int, int, PhraseRule]


def _candidates(matcher: _Matcher, folded: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for start, end in terms.all_matches(matcher.literals, folded):
        matched = folded[start:end]
        owners = matcher.owners
        for rule in owners.get(matched) or owners[terms.shape(matched)]:
            hits.append((start, end, rule))
    for pattern, rule in matcher.patterns:
        hits.extend((start, end, rule) for start, end in terms.all_matches(pattern, folded))
    return hits


class _Judge:
    """Decides, for one text, whether a candidate is the RM's own risky wording."""

    def __init__(self, matcher: _Matcher, reading: Reading) -> None:
        self.matcher = matcher
        self.reading = reading
        self._context: dict[tuple[str, int], bool] = {}

    def keeps(self, start: int, end: int, rule: PhraseRule) -> bool:
        reading = self.reading
        if reading.is_others(start, end):
            return False  # the client's words (or a phrase quoted to be refused)
        if reading.is_negated(start):
            return False  # 不能保证, "we cannot guarantee"
        sentence = reading.sentence_of(start)
        if rule.id in self.matcher.requires and not self._said(rule.id, "requires", sentence):
            return False
        return not (rule.id in self.matcher.unless and self._said(rule.id, "unless", sentence))

    def _said(self, rule_id: str, field: str, sentence: tuple[int, int]) -> bool:
        """Whether the rule's `field` phrases occur in the sentence (cached per sentence)."""
        cache_key = (f"{field}:{rule_id}", sentence[0])
        if cache_key not in self._context:
            pattern = getattr(self.matcher, field)[rule_id]
            text = self.reading.text[sentence[0] : sentence[1]]
            self._context[cache_key] = pattern.search(text) is not None
        return self._context[cache_key]


def check_text(
    text: str,
    rules: Iterable[PhraseRule] | None = None,
    *,
    personal_data: bool = True,
    grammar: Grammar | None = None,
) -> list[Finding]:
    """Findings in `text`, sorted by position, none overlapping.

    The text is read in context: words in someone else's mouth (a quotation, 客户问 ...)
    and words under a negation in the same clause (不能保证) are not the RM's promise; a
    rule's `requires` and `unless` phrases are looked for in the word's own sentence.
    Where terms overlap the longest wins; an excluded phrase (e.g. 保证金) blocks every
    finding that overlaps it. `rules` defaults to default_rules() and `grammar` to the
    shipped grammar.toml; a custom set is compiled once and cached. With personal_data,
    ID, card and account numbers are found too (category "personal_data"), whatever the
    rules.
    """
    if rules is None and grammar is None:
        matcher = _default_matcher()  # no hashing of a hundred rules on every keystroke
    else:
        rules = default_rules() if rules is None else tuple(rules)
        matcher = _compile(rules, default_grammar() if grammar is None else grammar)
    grammar = default_grammar() if grammar is None else grammar
    folded = terms.fold(text)
    reading = Reading(folded, grammar)
    judge = _Judge(matcher, reading)
    taken = bytearray(len(text))
    kept: list[_Hit] = []
    for pattern in matcher.excludes:
        for start, end in terms.all_matches(pattern, folded):
            taken[start:end] = b"\x01" * (end - start)
    if personal_data:
        for hit in find_personal_data(text):
            taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
            kept.append((hit.start, hit.end, _data_rule(hit.kind)))
    hits = _candidates(matcher, folded)
    # longest first, then leftmost, then the rule listed first
    hits.sort(key=lambda h: (h[0] - h[1], h[0], matcher.order[h[2].id]))
    for start, end, rule in hits:
        if taken.find(1, start, end) != -1 or not judge.keeps(start, end, rule):
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append((start, end, rule))
    kept.sort(key=lambda k: k[0])
    return _findings(text, kept)


def _findings(text: str, kept: list[_Hit]) -> list[Finding]:
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
                also=rule.also,
            )
        )
    return findings
