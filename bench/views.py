"""Opening a client with 50 meetings, the month view with 10,000 follow-ups, a brief's PDF."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bench.book import busy_month, client_with_meetings
from bench.timing import summary


def _times(fn: Any, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def measure_views(book_path: Path, repeats: int = 15) -> dict[str, Any]:
    from rmcoach.services.book import Book
    from rmcoach.services.clients import records as clients
    from rmcoach.services.followups import records as followups
    from rmcoach.services.meetings import records as meetings

    book = Book.open(book_path)
    try:
        client_id, had, added = client_with_meetings(book, 50)
        # a fresh Book: the first open is as cold as the engine is after start-up
        book.close()
        book = Book.open(book_path)
        shown: list[int] = []

        def open_client() -> None:
            clients.get_client(book, client_id)
            shown.append(len(meetings.client_meetings(book, client_id)))

        client_ms = _times(open_client, repeats)
        first, last, f_had, f_added = busy_month(book, 10_000)
        loads: list[int] = []

        def month() -> None:
            days = followups.day_loads(book, first, last)
            loads.append(sum(d.count + d.done_count for d in days.values()))

        month_ms = _times(month, repeats)
        pdf = measure_pdf(book, client_id)
    finally:
        book.close()
    return {
        "client_open": {
            "client_id": client_id,
            "meetings": shown[-1],
            "meetings_in_book": had,
            "meetings_added_by_bench": added,
            "first_ms": round(client_ms[0], 2),
            **summary(client_ms),
        },
        "month_view": {
            "month": first.isoformat()[:7],
            "followups_shown": loads[-1],
            "followups_in_book_month": f_had,
            "followups_added_by_bench": f_added,
            "first_ms": round(month_ms[0], 2),
            **summary(month_ms),
        },
        "brief_pdf": pdf,
    }


def measure_pdf(book: Any, client_id: int, repeats: int = 3) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from rmcoach.documents.service import DocumentRequest, render_document
    from ui.documents.pdf import render_pdf

    QApplication.instance() or QApplication([])
    request = DocumentRequest(kind="brief", client_id=client_id)
    gather_ms: list[float] = []
    pdf_ms: list[float] = []
    pages = 0
    size = 0
    for _ in range(repeats):
        started = time.perf_counter()
        rendered = render_document(book, request)
        gather_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        result = render_pdf(rendered.html, one_page=rendered.one_page)
        pdf_ms.append((time.perf_counter() - started) * 1000)
        pages, size = result.pages, len(result.data)
    total = [g + p for g, p in zip(gather_ms, pdf_ms, strict=True)]
    return {
        "first_ms": round(total[0], 2),
        "p50_ms": summary(total)["p50_ms"],
        "html_p50_ms": summary(gather_ms)["p50_ms"],
        "pdf_p50_ms": summary(pdf_ms)["p50_ms"],
        "pages": pages,
        "bytes": size,
    }
