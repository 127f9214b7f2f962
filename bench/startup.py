"""Cold start to the first painted client list vs a bare PySide6 window; the lag probe."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # the app's settings and data folder go to a scratch home, not the user's
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CACHE_HOME"] = str(home / "cache")
    return env


def _spawn(script: str, *args: str, home: Path, timeout: float = 150) -> dict[str, Any]:
    t0 = time.time()
    done = subprocess.run(
        [sys.executable, str(HERE / script), repr(t0), *args],
        cwd=REPO,
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{script} failed ({done.returncode}): {done.stderr.strip()[-800:]}")
    return json.loads(lines[-1])


def measure_startup(book: Path, runs: int = 3) -> dict[str, Any]:
    """Median of `runs` cold starts of each (the first run of each is a warm-up, not counted)."""
    with tempfile.TemporaryDirectory(prefix="rmcoach-bench-") as scratch:
        home = Path(scratch)
        _spawn("bare_window.py", home=home)
        _spawn("app_driver.py", str(book), home=home)
        bare = [_spawn("bare_window.py", home=home) for _ in range(runs)]
        app = [_spawn("app_driver.py", str(book), home=home) for _ in range(runs)]
    bare_s = statistics.median(r["first_paint_s"] for r in bare)
    app_s = statistics.median(r["first_paint_s"] for r in app)
    loaded_s = statistics.median(r["loaded_s"] for r in app)
    return {
        "app_first_paint_s": round(app_s, 3),
        "app_loaded_s": round(loaded_s, 3),
        "app_runs_s": [round(r["first_paint_s"], 3) for r in app],
        "bare_window_s": round(bare_s, 3),
        "bare_runs_s": [round(r["first_paint_s"], 3) for r in bare],
        "ratio": round(app_s / bare_s, 2),
        "rows_shown": app[-1]["rows"],
        "clients_listed": app[-1]["total"],
        "app_phases_s": app[len(app) // 2]["phases_s"],
        "app_maxrss_after_start_mb": max(r["maxrss_after_start_mb"] for r in app),
        "bare_maxrss_mb": round(max(r["maxrss_mb"] for r in bare), 1),
    }


def measure_typing_lag(book: Path, queries: list[str]) -> dict[str, Any]:
    """The real window; queries typed key by key into its search box; a 5 ms lag probe."""
    with tempfile.TemporaryDirectory(prefix="rmcoach-bench-") as scratch:
        home = Path(scratch)
        qfile = home / "queries.json"
        qfile.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
        result = _spawn("app_driver.py", str(book), str(qfile), home=home, timeout=600)
    lag = dict(result["lag"])
    lag["app_maxrss_mb"] = result["maxrss_mb"]
    return lag
