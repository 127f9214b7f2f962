"""The phrase coach on its labelled corpus: recall and false alarms, per category and overall.

The corpus (phrase_corpus.toml, next to this file) was written blind to the rules by
someone who never saw the code: notes, talking points, messages and letters, with the
categories a compliance trainer would flag (or none). A category passes with recall of
at least 95% of the sentences labelled with it and false alarms on at most 3% of the
clean sentences; a clean sentence with any finding is a false alarm overall.
`python -m bench.phrase_coach` prints the same table.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

# bench/ is not an installed package: it runs from the repository root (python -m bench)
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from bench.phrase_coach import CORPUS, Score, Sentence, load_corpus, score
from rmcoach.phrasecoach import FINDING_CATEGORIES, LANGS

MIN_RECALL = 0.95
MAX_FALSE_ALARMS = 0.03


@pytest.fixture(scope="module")
def corpus() -> list[Sentence]:
    return load_corpus(CORPUS)


@pytest.fixture(scope="module")
def result(corpus: list[Sentence]) -> Score:
    return score(corpus)


def test_the_corpus_is_large_labelled_and_covers_every_category(corpus: list[Sentence]) -> None:
    assert len(corpus) >= 400
    assert {s.lang for s in corpus} == set(LANGS)
    assert {c for s in corpus for c in s.expect} == set(FINDING_CATEGORIES)
    clean = [s for s in corpus if not s.expect]
    assert len(clean) >= len(corpus) / 3  # enough tricky clean text to measure false alarms
    per_category = Counter(c for s in corpus for c in s.expect)
    assert min(per_category.values()) >= 10
    assert len({s.text for s in corpus}) == len(corpus)  # no sentence counted twice


@pytest.mark.parametrize("category", FINDING_CATEGORIES)
def test_recall_and_false_alarms_per_category(result: Score, category: str) -> None:
    [row] = [r for r in result.rows if r.category == category]
    assert row.recall >= MIN_RECALL, f"{category}: recall {row.recall:.1%}, missed {row.missed}"
    assert row.false_alarm_rate <= MAX_FALSE_ALARMS, (
        f"{category}: {row.fp} clean sentences flagged: {row.false_alarms}"
    )


def test_recall_and_false_alarms_overall(result: Score) -> None:
    assert result.recall >= MIN_RECALL
    assert result.false_alarm_rate <= MAX_FALSE_ALARMS, result.clean_flagged
