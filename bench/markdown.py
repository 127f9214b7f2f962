"""The report as a markdown table (for the README): python -m bench --markdown FILE."""

from __future__ import annotations

from typing import Any


def _verdict(met: bool | None) -> str:
    return "—" if met is None else ("met" if met else "**missed**")


def to_markdown(report: dict[str, Any]) -> str:
    r = report["results"]
    s, q, c, m = r["startup"], r["search"], r["client_open"], r["month_view"]
    p, u, mem = r["brief_pdf"], r["ui_stall"], r["memory"]
    rows = [
        (
            "Cold start to first painted client list",
            f"{s['app_first_paint_s']} s",
            f"bare PySide6 window {s['baseline_bare_window_s']} s ({s['ratio']}x)",
            "< 1.5 s and ≤ 1.5x bare",
            s["met"],
        ),
        (
            f"Search, keystroke to results shown ({q['detail']['queries']} queries)",
            f"p50 {q['p50_ms']} ms, p95 {q['p95_ms']} ms",
            f"raw SQL p50 {q['baseline_raw_sql_p50_ms']} ms, p95 {q['baseline_raw_sql_p95_ms']} ms",
            "p95 < 50 ms and ≤ 3x raw",
            q["met"],
        ),
        (
            f"Open a client with {c['meetings']} meetings",
            f"p50 {c['p50_ms']} ms, max {c['max_ms']} ms",
            "",
            "< 100 ms",
            c["met"],
        ),
        (
            f"Month view, {m['followups']:,} follow-ups",
            f"p50 {m['p50_ms']} ms, max {m['max_ms']} ms",
            "",
            "< 100 ms",
            m["met"],
        ),
        ("Brief to PDF", f"p50 {p['p50_ms']} ms", "", "reported", None),
        (
            "Longest UI-thread stall while typing",
            f"{u['max_gap_ms']} ms",
            f"probe interval {u['baseline_probe_interval_ms']} ms",
            "< 100 ms",
            u["met"],
        ),
        (
            f"Build the demo book, {r['demo_build']['clients']:,} clients",
            "reused, not built"
            if r["demo_build"]["seconds"] is None
            else f"{r['demo_build']['seconds']} s",
            "",
            "< 60 s",
            r["demo_build"]["met"],
        ),
        (
            "Peak memory (app process)",
            f"{mem['app_peak_mb']} MB",
            f"bare window {mem['baseline_bare_window_mb']} MB",
            "< 300 MB",
            mem["met"],
        ),
    ]
    lines = [
        "| Measure | RM Coach | Baseline (same run) | Target | Verdict |",
        "|---|---|---|---|---|",
        *(f"| {a} | {b} | {c_} | {d} | {_verdict(e)} |" for a, b, c_, d, e in rows),
    ]
    mc = report["machine"]
    book = report["book"]
    lines.append("")
    lines.append(
        f"Book: {book['clients']:,} clients, {book['meetings']:,} meetings,"
        f" {book['followups']:,} follow-ups. Machine: {mc['nproc']} cores, {mc['cpu']},"
        f" Python {mc['python']}, Qt {mc['qt']}, SQLite {mc['sqlite']}."
    )
    return "\n".join(lines) + "\n"
