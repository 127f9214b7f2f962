"""The client CSV import at 50,000 rows beside SQLite copying the same rows (issue 19).

python -m bench.csv_import [--rows 50000] prints one JSON object; measure_csv_import()
returns it for the bench's table:

- figure: `import_csv` of an N-row file into an empty book (in a child process, whose peak
  memory is reported too);
- baseline: the rows that import wrote (clients, tags, both parts of the search index)
  copied by SQLite itself, INSERT ... SELECT from that book into another empty book in one
  transaction, the same pragmas: the real limit of writing them;
- memory: the peak of a `--dry-run` of N rows and of 4N rows (flat when the file streams).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TARGET_RATIO = 3.0
TABLES = ("clients", "client_tags", "client_search_keys")

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from rmcoach.services.book import Book
from rmcoach.services.interchange.csv_import import import_csv

book = Book.open(Path(sys.argv[1]))
started = time.perf_counter()
report = import_csv(book, Path(sys.argv[2]), dry_run=sys.argv[3] == "dry")
seconds = time.perf_counter() - started
book.close()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rows": report.rows, "added": report.added,
                  "rejected": len(report.rejected), "peak_mb": peak}))
"""

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程"
)
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏建国志海波辉晨宇轩雪琳"
_CITIES = ("上海市浦东新区", "北京市朝阳区", "深圳市南山区", "杭州市西湖区", "广州市天河区")
_JOBS = ("财务总监", "医生", "教师", "企业主", "律师", "工程师", "Finance director", "Teacher")
_EMPLOYERS = ("华夏建设集团", "上海第一人民医院", "Standard Chartered", "阿里巴巴", "个体经营")
_INTERESTS = ("高尔夫", "红酒", "旅游", "摄影", "马拉松", "书法", "hiking", "golf")
_TIERS = ("私人银行", "财富", "贵宾", "大众")


def write_csv(path: Path, rows: int, seed: int = 19) -> None:
    """An N-row client file as a bank's export looks: Chinese headers, UTF-8 with BOM."""
    rng = random.Random(seed)
    header = ["客户号", "姓名", "英文名", "性别", "出生日期", "手机号", "邮箱", "地址", "职业"]
    header += [
        "工作单位",
        "客户等级",
        "风险等级",
        "资产规模",
        "兴趣爱好",
        "标签",
        "开户日期",
        "备注",
    ]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(header)
        for n in range(rows):
            name = rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=rng.choice((1, 2))))
            out.writerow(
                [
                    f"B{n:08d}",
                    name,
                    "" if rng.random() < 0.7 else f"Client {n}",
                    rng.choice(("男", "女")),
                    f"{rng.randint(1940, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    f"1{rng.choice('3589')}{n:09d}",
                    f"c{n}@example.com" if rng.random() < 0.6 else "",
                    f"{rng.choice(_CITIES)}{rng.randint(1, 999)}号",
                    rng.choice(_JOBS),
                    rng.choice(_EMPLOYERS),
                    rng.choice(_TIERS),
                    f"C{rng.randint(1, 5)}",
                    f"{rng.randint(1, 5000) * 1000}.00",
                    "、".join(rng.sample(_INTERESTS, rng.randint(0, 3))),
                    "重点客户" if rng.random() < 0.2 else "",
                    f"20{rng.randint(0, 25):02d}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                    "喜欢下午联系" if rng.random() < 0.3 else "",
                ]
            )


def _child(book: Path, source: Path, dry: bool) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(book), str(source), "dry" if dry else "write"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _empty_book(path: Path) -> None:
    from rmcoach.services.book import Book

    Book.open(path).close()


def sqlite_copy_seconds(source: Path, target: Path) -> float:
    """The same rows copied by SQLite: INSERT ... SELECT in one transaction, same pragmas."""
    _empty_book(target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("ATTACH DATABASE ? AS src", (str(source),))
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for table in TABLES:
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
        conn.execute(
            "INSERT INTO main.client_fts(rowid, doc) SELECT rowid, doc FROM src.client_fts"
        )
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def measure_csv_import(rows: int = 50_000, folder: Path | None = None) -> dict[str, Any]:
    """{figure, baseline, ratio, target, met, ...}: seconds, and peak memory in MB."""
    with tempfile.TemporaryDirectory(prefix="bench-csv-", dir=folder) as scratch:
        where = Path(scratch)
        source = where / "clients.csv"
        write_csv(source, rows)
        imported = where / "imported.sqlite"
        _empty_book(imported)
        figure = _child(imported, source, dry=False)
        baseline = sqlite_copy_seconds(imported, where / "copied.sqlite")
        dry = _child(where / "dry.sqlite", source, dry=True)
        big = where / "clients-4x.csv"
        write_csv(big, rows * 4)
        dry_4x = _child(where / "dry-4x.sqlite", big, dry=True)
    ratio = figure["seconds"] / baseline
    return {
        "rows": rows,
        "figure": round(figure["seconds"], 2),
        "baseline": round(baseline, 2),
        "ratio": round(ratio, 2),
        "target": TARGET_RATIO,
        "met": ratio <= TARGET_RATIO and figure["added"] == rows,
        "import_peak_mb": round(figure["peak_mb"], 1),
        "dry_run_peak_mb": round(dry["peak_mb"], 1),
        "dry_run_4x_peak_mb": round(dry_4x["peak_mb"], 1),
        "note": "figure: import_csv into an empty book; baseline: SQLite INSERT ... SELECT of "
        "the rows it wrote (clients, tags, search index); memory flat if the 4x dry run's "
        "peak is about the 1x one's",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.csv_import", description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args(argv)
    print(json.dumps(measure_csv_import(args.rows), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
