"""The agenda pages' rule for staying current: after a change, when shown stale or old."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from rmcoach.domain import OpChanges
from ui import page_freshness
from ui.page_freshness import Freshness


def make(qtbot, max_age: float | None = None) -> tuple[Freshness, list[str], QWidget]:  # type: ignore[no-untyped-def]
    """Freshness on a page (kept by the caller: Freshness dies with it), and its calls."""
    page = QWidget()
    qtbot.addWidget(page)
    calls: list[str] = []
    fresh = Freshness(page, lambda: calls.append("reload"), lambda: calls.append("show"), max_age)
    return fresh, calls, page


def test_changes_reload_once_when_shown_and_wait_when_hidden(qtbot) -> None:  # type: ignore[no-untyped-def]
    fresh, calls, _page = make(qtbot)
    fresh.loading()
    fresh.changed(OpChanges(followups=True), visible=True)
    fresh.changed(OpChanges(clients=True), visible=True)  # one reload for both
    qtbot.waitUntil(lambda: calls == ["reload"])
    fresh.changed(OpChanges(products=True), visible=False)  # not this page's business
    fresh.shown()
    qtbot.wait(20)
    assert calls == ["reload"]
    fresh.changed(OpChanges(meetings=True), visible=False)
    assert calls == ["reload"] and fresh.stale
    fresh.shown()
    qtbot.waitUntil(lambda: calls == ["reload", "show"])


def test_shown_after_max_age_reloads(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    now = [1000.0]
    monkeypatch.setattr(page_freshness.time, "monotonic", lambda: now[0])
    fresh, calls, _page = make(qtbot, max_age=300)
    fresh.loading()
    fresh.loaded()
    now[0] += 299
    fresh.shown()
    qtbot.wait(20)
    assert calls == []
    now[0] += 2
    fresh.shown()
    qtbot.waitUntil(lambda: calls == ["show"])


class RecordingOps:
    def __init__(self) -> None:
        self.reported: list[BaseException] = []

    def report_error(self, error: BaseException) -> None:
        self.reported.append(error)


def test_a_load_without_a_book_waits_quietly_other_failures_are_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    fresh, calls, _page = make(qtbot)
    ops = RecordingOps()
    fresh.loading()
    fresh.failed(RuntimeError("no book is open"), ops)  # type: ignore[arg-type]
    assert fresh.stale and ops.reported == []
    fresh.loading()
    broken = ValueError("disk full")
    fresh.failed(broken, ops)  # type: ignore[arg-type]
    assert fresh.stale and ops.reported == [broken]
    fresh.shown()
    qtbot.waitUntil(lambda: calls == ["show"])
