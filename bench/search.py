"""Search, keystroke to results shown, through the real ClientListModel + Operations.

For each query: model.set_query() -> the worker runs the page and count queries -> the
`loaded` signal on the UI thread -> processEvents() paints the list. The baseline is the
same SQL called directly (client_search.search_clients, plus count_clients when there is
a second page, as the model's worker does), on the same file, in the same process.
"""

from __future__ import annotations

import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.timing import summary


def measure_search(
    book_path: Path, queries: list[tuple[str, str]], warmup: int = 10
) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    from rmcoach.domain import ClientQuery
    from rmcoach.services.book import Book
    from rmcoach.services.clients import search as client_search
    from ui.models.client_list_model import ClientListModel
    from ui.operations import Operations

    app = QApplication.instance() or QApplication([])
    errors: list[BaseException] = []
    ops = Operations(errors.append)
    opened: list[Book] = []
    loop = QEventLoop()
    ops.open_book(
        lambda: Book.open(book_path), lambda b: (opened.append(b), loop.quit()), errors.append
    )
    QTimer.singleShot(60_000, loop.quit)
    if not opened and not errors:
        loop.exec()
    if errors or not opened:
        raise RuntimeError(f"the bench could not open the book: {errors}")
    raw_book = Book.open(book_path)

    model = ClientListModel(ops)
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 700)
    view.show()
    app.processEvents()

    got: list[int] = []
    wait = QEventLoop()

    def on_loaded(total: int) -> None:
        got.append(total)
        wait.quit()

    model.loaded.connect(on_loaded)

    def through_model(text: str) -> tuple[float, int]:
        got.clear()
        started = time.perf_counter()
        model.set_query(ClientQuery(text=text))
        if not got:
            wait.exec()
        app.processEvents()  # the reset model is laid out and painted
        elapsed = time.perf_counter() - started
        if errors:
            raise RuntimeError(f"search failed for {text!r}: {errors[-1]!r}")
        return elapsed * 1000, got[0]

    def raw(text: str) -> tuple[float, int]:
        query = ClientQuery(text=text)
        started = time.perf_counter()
        page = client_search.search_clients(raw_book, query)
        count = (
            len(page.rows)
            if page.next_cursor is None
            else client_search.count_clients(raw_book, query)
        )
        return (time.perf_counter() - started) * 1000, count

    for _kind, text in queries[:warmup]:
        through_model(text)
        raw(text)
    ui_ms: list[float] = []
    raw_ms: list[float] = []
    by_kind: dict[str, dict[str, list[float]]] = defaultdict(lambda: {"ui": [], "raw": []})
    worst: list[tuple[float, str, str, float, int]] = []
    for kind, text in queries:
        u, total = through_model(text)
        r, raw_total = raw(text)
        if total != raw_total:
            raise RuntimeError(f"{text!r}: the model listed {total}, the SQL {raw_total}")
        ui_ms.append(u)
        raw_ms.append(r)
        by_kind[kind]["ui"].append(u)
        by_kind[kind]["raw"].append(r)
        worst.append((u, kind, text, r, total))
    ops.shutdown()
    raw_book.close()
    model.loaded.disconnect(on_loaded)
    view.close()
    view.setModel(None)
    view.deleteLater()
    model.deleteLater()
    ops.deleteLater()
    app.processEvents()
    ui = summary(ui_ms)
    base = summary(raw_ms)
    worst.sort(reverse=True)
    return {
        "queries": len(queries),
        "ui": ui,
        "raw_sql": base,
        "ratio_p50": round(ui["p50_ms"] / base["p50_ms"], 2) if base["p50_ms"] else None,
        "ratio_p95": round(ui["p95_ms"] / base["p95_ms"], 2) if base["p95_ms"] else None,
        "by_kind": {
            kind: {
                "n": len(v["ui"]),
                "ui_p50_ms": summary(v["ui"])["p50_ms"],
                "ui_p95_ms": summary(v["ui"])["p95_ms"],
                "raw_p50_ms": summary(v["raw"])["p50_ms"],
                "raw_p95_ms": summary(v["raw"])["p95_ms"],
            }
            for kind, v in sorted(by_kind.items())
        },
        "slowest": [
            {"text": t, "kind": k, "ui_ms": round(u, 2), "raw_ms": round(r, 2), "matches": n}
            for u, k, t, r, n in worst[:5]
        ],
    }
