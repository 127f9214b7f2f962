"""A small run of the performance bench: a test of its correctness, not of speed.

Builds a 300-client demo book under tmp_path and runs every measurement of `python -m
bench` on it with few repeats; checks the report has every figure, baseline, target and
verdict, and that the figures are sane (the speed targets themselves are not asserted).
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

# bench/ is not an installed package: it runs from the repository root (python -m bench)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.__main__ import run_bench
from bench.queries import KINDS, sample_queries

RESULT_KEYS = {
    "startup",
    "search",
    "client_open",
    "month_view",
    "brief_pdf",
    "ui_stall",
    "demo_build",
    "memory",
}


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and value > 0 and math.isfinite(value)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    book = tmp_path_factory.mktemp("bench") / "demo-300.sqlite"
    result = run_bench(book, 300, reuse=False, queries=24, typed=2, startup_runs=1, repeats=3)
    json.dumps(result)  # the report is plain JSON
    return result


def test_report_has_every_result_with_target_and_verdict(report: dict) -> None:
    assert set(report) >= {"book", "results", "all_met", "missed", "notes", "machine"}
    assert set(report["results"]) == RESULT_KEYS
    for name, result in report["results"].items():
        assert "target" in result, name
        assert result["met"] in (True, False, None), name
    assert report["missed"] == [n for n, r in report["results"].items() if r["met"] is False]
    assert report["all_met"] is (not report["missed"])
    # a missed target is explained in the notes
    for name in report["missed"]:
        assert any(note.startswith(name) for note in report["notes"]), name


def test_book_and_fixtures(report: dict) -> None:
    assert report["book"]["clients"] == 300
    assert report["book"]["built_by_bench"] is True
    views = report["results"]
    assert views["client_open"]["meetings"] >= 50
    assert views["month_view"]["followups"] >= 10_000
    assert views["brief_pdf"]["detail"]["pages"] >= 1
    assert views["brief_pdf"]["detail"]["bytes"] > 1000


def test_figures_beside_baselines_are_sane(report: dict) -> None:
    r = report["results"]
    startup = r["startup"]
    assert _positive(startup["app_first_paint_s"]) and _positive(startup["baseline_bare_window_s"])
    assert startup["detail"]["rows_shown"] > 0
    assert startup["detail"]["clients_listed"] == 300
    search = r["search"]
    assert search["detail"]["queries"] == 24
    assert set(search["detail"]["by_kind"]) == set(KINDS)
    assert 0 < search["p50_ms"] <= search["p95_ms"]
    assert 0 < search["baseline_raw_sql_p50_ms"] <= search["baseline_raw_sql_p95_ms"]
    for name in ("client_open", "month_view"):
        assert 0 < r[name]["p50_ms"] <= r[name]["max_ms"]
    stall = r["ui_stall"]
    assert stall["max_gap_ms"] >= stall["baseline_probe_interval_ms"] - 1
    assert stall["detail"]["queries_typed"] == 2
    memory = r["memory"]
    assert 20 < memory["app_peak_mb"] < 4000 and _positive(memory["bench_peak_mb"])
    machine = report["machine"]
    assert machine["nproc"] >= 1 and machine["python"] and machine["qt"] and machine["sqlite"]


def test_queries_mix_every_kind(report: dict) -> None:
    queries = sample_queries(Path(report["book"]["path"]), 16)
    assert [kind for kind, _ in queries[:8]] == list(KINDS)
    assert all(text for _, text in queries)


def test_markdown_table_has_a_row_per_result(report: dict) -> None:
    from bench.markdown import to_markdown

    table = to_markdown(report)
    assert table.startswith("| Measure |")
    assert table.count("\n| ") == 8  # eight measures


def test_the_demo_build_is_timed_but_judged_only_at_50000(report: dict) -> None:
    build = report["results"]["demo_build"]
    assert _positive(build["seconds"]) and build["clients"] == 300
    assert build["met"] is None  # 300 clients say nothing of the 50,000-client target
