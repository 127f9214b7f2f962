"""One text as the coach reads it: sentences, clauses, negations and other people's words."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Final

import rmcoach.phrasecoach.terms as terms
from rmcoach.phrasecoach.grammar import Grammar

SENTENCE_ENDS: Final = "。！？!?\n"
CLAUSE_ENDS: Final = "，,；;：:" + SENTENCE_ENDS
_PAIRED_QUOTES: Final = {"“": "”", "「": "」", "『": "』", "＂": "＂"}
_SINGLE_QUOTES: Final = "'‘’"
_CLOSERS: Final = "”」』＂\"'’)）"
_DIGIT_PAIRS: Final = frozenset(a + b for a in "0123456789" for b in "0123456789")
_MAX_QUOTE: Final = 300  # a "quotation" longer than this is a stray quote mark


@dataclass(frozen=True)
class _Compiled:
    negators: re.Pattern[str] | None
    not_negators: re.Pattern[str] | None
    breaks: re.Pattern[str] | None
    own_voice: re.Pattern[str] | None
    reported: re.Pattern[str] | None
    abbreviation: re.Pattern[str] | None


@functools.lru_cache(maxsize=4)
def _compile(grammar: Grammar) -> _Compiled:
    abbreviations = "|".join(re.escape(terms.fold(a)) for a in grammar.abbreviations)
    return _Compiled(
        negators=terms.any_of(grammar.negators),
        not_negators=terms.any_of(grammar.not_negators),
        breaks=terms.any_of(grammar.negation_breaks),
        own_voice=terms.any_of(grammar.own_voice),
        reported=terms.any_of(grammar.reported, grammar.gap_guard),
        # "Mr." ends no sentence; the word before the stop must stand alone
        abbreviation=re.compile(rf"(?<![a-z])(?:{abbreviations})\Z") if abbreviations else None,
    )


class Reading:
    """The structure of one (folded) text, as positions into it.

    Attributes:
        sentences: (start, end) of each sentence; a sentence ends at 。！？!? or a full
            stop before a space, never inside a quotation.
        others: (start, end) spans that are someone else's words: a quotation not
            introduced as the RM's own, or the rest of a clause after 客户问 / "she asked".
    """

    def __init__(self, folded: str, grammar: Grammar) -> None:
        self.text = folded
        self._grammar = _compile(grammar)
        self.quotes = _quotations(folded)
        self.sentences = self._sentences()
        self._sentence_starts = [s for s, _ in self.sentences]
        self._clause_starts = self._clauses()
        self.others = self._others_words()
        self._negators = self._negations()
        self._negation_starts = sorted(
            set(self._clause_starts)
            | {end for _, end in terms.all_matches(self._grammar.breaks, folded, False)}
        )

    # ------------------------------------------------------------------ queries
    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding position `pos`."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return self.sentences[max(i, 0)]

    def is_others(self, start: int, end: int) -> bool:
        """Whether text[start:end] lies in someone else's words."""
        return any(s <= start and end <= e for s, e in self.others)

    def is_negated(self, pos: int) -> bool:
        """Whether a negator earlier in the same clause reaches position `pos`."""
        i = bisect.bisect_left(self._negators, pos) - 1
        if i < 0:
            return False
        negator = self._negators[i]
        # a clause start (or "but") between the negator and pos ends its reach
        j = bisect.bisect_right(self._negation_starts, negator)
        return j >= len(self._negation_starts) or self._negation_starts[j] > pos

    # ------------------------------------------------------------------ building
    def _inside_quote(self, pos: int) -> bool:
        return any(open_ < pos <= close for open_, close in self.quotes)

    def _sentences(self) -> list[tuple[int, int]]:
        text = self.text
        spans, start = [], 0
        for i, c in enumerate(text):
            if c == "." and not self._full_stop(i):
                continue
            if (c in SENTENCE_ENDS or c == ".") and not self._inside_quote(i):
                end = i + 1
                while end < len(text) and text[end] in _CLOSERS and not self._opens(end):
                    end += 1
                if end > start:
                    spans.append((start, end))
                start = end
        if start < len(text) or not spans:
            spans.append((start, len(text)))
        return spans

    def _opens(self, pos: int) -> bool:
        return any(open_ == pos for open_, _ in self.quotes)

    def _full_stop(self, i: int) -> bool:
        """A '.' that ends a sentence: before a space or the end, not after "Mr" or a digit."""
        text = self.text
        if i + 1 < len(text) and not (text[i + 1].isspace() or text[i + 1] in _CLOSERS):
            return False
        abbreviation = self._grammar.abbreviation
        return abbreviation is None or abbreviation.search(text, max(0, i - 12), i) is None

    def _clauses(self) -> list[int]:
        text = self.text
        starts = set(self._sentence_starts)
        for i, c in enumerate(text):
            if c not in CLAUSE_ENDS or c == ".":
                continue
            if c in ",:" and 0 < i < len(text) - 1 and text[i - 1] + text[i + 1] in _DIGIT_PAIRS:
                continue  # 1,000 and 10:30 are numbers, not clause breaks
            starts.add(i + 1)
        starts.update(end for _, end in self.sentences)
        return sorted(starts)

    def _clause_end(self, pos: int) -> int:
        i = bisect.bisect_right(self._clause_starts, pos)
        return self._clause_starts[i] if i < len(self._clause_starts) else len(self.text)

    def _others_words(self) -> list[tuple[int, int]]:
        spans = []
        previous_end = 0
        for open_, close in self.quotes:
            sentence_start = self.sentence_of(open_)[0]
            lead_in = self.text[max(sentence_start, previous_end) : open_]
            own = self._grammar.own_voice
            if own is None or own.search(lead_in) is None:
                spans.append((open_, close + 1))
            previous_end = close + 1
        for _, end in terms.all_matches(self._grammar.reported, self.text, False):
            if not self.is_others_in(spans, end):
                spans.append((end, self._clause_end(end)))
        return spans

    @staticmethod
    def is_others_in(spans: list[tuple[int, int]], pos: int) -> bool:
        return any(s <= pos < e for s, e in spans)

    def _negations(self) -> list[int]:
        spared = terms.all_matches(self._grammar.not_negators, self.text, False)
        starts = []
        for start, end in terms.all_matches(self._grammar.negators, self.text, False):
            if any(s < end and start < e for s, e in spared):
                continue  # 不管, 非常, no matter: a negator's characters, not a negation
            starts.append(start)
        return sorted(set(starts))


def _quotations(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of each quotation, not nested, never across a line break."""
    found: list[tuple[int, int]] = []
    open_at, closer = -1, ""
    for i, c in enumerate(text):
        if open_at >= 0:
            if c == "\n" or i - open_at > _MAX_QUOTE:
                open_at = -1  # a stray quote mark: forget it
            elif (c in "'’" and _closes_single(text, i)) if closer == "'" else c == closer:
                found.append((open_at, i))
                open_at = -1
            continue
        if c in _PAIRED_QUOTES:
            open_at, closer = i, _PAIRED_QUOTES[c]
        elif c == '"':
            open_at, closer = i, '"'
        elif c in _SINGLE_QUOTES and _opens_single(text, i):
            open_at, closer = i, "'"
    return found


def _opens_single(text: str, i: int) -> bool:
    """A ' or ‘ that opens a quotation: not an apostrophe inside a word (client's)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and not after.isspace() and after not in _SINGLE_QUOTES


def _closes_single(text: str, i: int) -> bool:
    """A ' or ’ that closes a quotation: after text, and not followed by a letter (it's)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()
