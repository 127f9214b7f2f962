"""python -m bench.phrase_coach [--corpus TOML] [--json]: the phrase coach on its labelled corpus.

Prints the confusion table per category: sentences expecting the category that the
coach flagged with it (TP) or not (FN), clean sentences it flagged with it (FP over
clean), recall and false-alarm rate; then the overall figures and the time to check the
corpus. A clean sentence with any finding is a false alarm. "extra" counts flagged
sentences that also got a category they were not labelled with (not a false alarm, but
worth reading). The corpus test (tests/rmcoach/phrasecoach/test_corpus.py) asserts on
the same figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rmcoach.phrasecoach import FINDING_CATEGORIES, check_text

CORPUS = Path(__file__).resolve().parent.parent / "tests/rmcoach/phrasecoach/phrase_corpus.toml"


@dataclass(frozen=True)
class Sentence:
    text: str
    lang: str
    kind: str
    expect: frozenset[str]


@dataclass(frozen=True)
class Row:
    """One category's confusion figures."""

    category: str
    tp: int
    fn: int
    fp: int  # clean sentences flagged with this category
    clean: int
    extra: int  # flagged sentences that got this category without its label
    missed: tuple[str, ...]
    false_alarms: tuple[str, ...]

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.fp / self.clean if self.clean else 0.0


@dataclass(frozen=True)
class Score:
    rows: tuple[Row, ...]
    sentences: int
    clean: int
    clean_flagged: tuple[str, ...]  # clean sentences with any finding

    @property
    def recall(self) -> float:
        tp = sum(r.tp for r in self.rows)
        fn = sum(r.fn for r in self.rows)
        return tp / (tp + fn) if tp + fn else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return len(self.clean_flagged) / self.clean if self.clean else 0.0


def load_corpus(path: Path = CORPUS) -> list[Sentence]:
    """The corpus's [[sentence]] entries (text, lang, kind, expect)."""
    with path.open("rb") as f:
        raw = tomllib.load(f)["sentence"]
    return [
        Sentence(s["text"], s["lang"], s["kind"], frozenset(s["expect"]))
        for s in raw
        if isinstance(s, dict)
    ]


def categories_found(text: str) -> frozenset[str]:
    """Every category of every finding in `text` (a finding may carry several)."""
    return frozenset(c for f in check_text(text) for c in f.categories)


def score(
    sentences: Sequence[Sentence], found: Callable[[str], frozenset[str]] = categories_found
) -> Score:
    """The confusion table of `found` (by default the shipped coach) on `sentences`."""
    results = [(s, found(s.text)) for s in sentences]
    clean = [(s, got) for s, got in results if not s.expect]
    labelled = {c for s in sentences for c in s.expect}
    rows = []
    for category in (c for c in FINDING_CATEGORIES if c in labelled):
        expecting = [(s, got) for s, got in results if category in s.expect]
        rows.append(
            Row(
                category=category,
                tp=sum(category in got for _, got in expecting),
                fn=sum(category not in got for _, got in expecting),
                fp=sum(category in got for _, got in clean),
                clean=len(clean),
                extra=sum(
                    category in got and category not in s.expect for s, got in results if s.expect
                ),
                missed=tuple(s.text for s, got in expecting if category not in got),
                false_alarms=tuple(s.text for s, got in clean if category in got),
            )
        )
    return Score(
        rows=tuple(rows),
        sentences=len(sentences),
        clean=len(clean),
        clean_flagged=tuple(s.text for s, got in clean if got),
    )


def measure(path: Path = CORPUS) -> dict[str, Any]:
    """The table as plain data, with the time to check the corpus (first and warm run)."""
    sentences = load_corpus(path)
    started = time.perf_counter()
    first = score(sentences)  # the first call loads and compiles the rules
    first_s = time.perf_counter() - started
    started = time.perf_counter()
    result = score(sentences)
    warm_s = time.perf_counter() - started
    assert result == first
    return {
        "corpus": str(path),
        "sentences": result.sentences,
        "clean": result.clean,
        "categories": {
            r.category: {
                "tp": r.tp,
                "fn": r.fn,
                "fp_over_clean": r.fp,
                "recall": round(r.recall, 4),
                "false_alarm_rate": round(r.false_alarm_rate, 4),
                "extra": r.extra,
            }
            for r in result.rows
        },
        "overall": {
            "recall": round(result.recall, 4),
            "clean_flagged": len(result.clean_flagged),
            "false_alarm_rate": round(result.false_alarm_rate, 4),
        },
        "seconds_first_run": round(first_s, 3),
        "seconds_warm": round(warm_s, 3),
        "ms_per_sentence_warm": round(warm_s * 1000 / max(result.sentences, 1), 3),
    }


def table(report: dict[str, Any]) -> str:
    """The report as a plain-text table."""
    lines = [
        f"{'category':<20} {'TP':>4} {'FN':>4} {'FP':>4} {'recall':>8} {'false alarms':>13} "
        f"{'extra':>6}"
    ]
    for name, r in report["categories"].items():
        lines.append(
            f"{name:<20} {r['tp']:>4} {r['fn']:>4} {r['fp_over_clean']:>4} {r['recall']:>8.1%} "
            f"{r['false_alarm_rate']:>13.1%} {r['extra']:>6}"
        )
    o = report["overall"]
    lines.append(
        f"overall: recall {o['recall']:.1%}; {o['clean_flagged']} of {report['clean']} clean "
        f"sentences flagged ({o['false_alarm_rate']:.1%}); {report['sentences']} sentences"
    )
    lines.append(
        f"time: {report['seconds_warm'] * 1000:.0f} ms for the corpus "
        f"({report['ms_per_sentence_warm']} ms a sentence); first run, loading and compiling "
        f"the rules, {report['seconds_first_run'] * 1000:.0f} ms"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.phrase_coach", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a corpus in the same format")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    report = measure(args.corpus)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
