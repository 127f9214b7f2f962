"""Every page's rule for staying current: after a change, when shown stale or old."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rmcoach.domain import OpChanges
from ui.operations import NoBookOpenError, Operations
from ui.page_freshness import Freshness


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make(
    qtbot: QtBot, max_age: float | None = None, clock: Clock | None = None
) -> tuple[Freshness, list[str], QWidget]:
    """Freshness on a page (kept by the caller: Freshness dies with it), and its calls."""
    page = QWidget()
    qtbot.addWidget(page)
    calls: list[str] = []
    fresh = Freshness(
        page,
        lambda: calls.append("reload"),
        lambda: calls.append("show"),
        max_age,
        monotonic=clock or Clock(),
    )
    return fresh, calls, page


def test_changes_reload_once_when_shown_and_wait_when_hidden(qtbot: QtBot) -> None:
    fresh, calls, _page = make(qtbot)
    fresh.loading()
    fresh.changed(OpChanges(followups=True), visible=True)
    fresh.changed(OpChanges(clients=True), visible=True)  # one reload for both
    qtbot.waitUntil(lambda: calls == ["reload"])
    fresh.changed(OpChanges(products=True), visible=False)  # not this page's business
    fresh.changed(OpChanges(meeting_capture=True), visible=False)  # a live tap: neither
    fresh.shown()
    qtbot.wait(20)
    assert calls == ["reload"]
    fresh.changed(OpChanges(meetings=True), visible=False)
    assert calls == ["reload"] and fresh.stale
    fresh.shown()
    qtbot.waitUntil(lambda: calls == ["reload", "show"])


def test_the_pages_own_change_does_not_reload_it(qtbot: QtBot) -> None:
    fresh, calls, page = make(qtbot)
    fresh.loading()
    fresh.changed(OpChanges(followups=True), visible=True, initiator=page)
    fresh.changed(OpChanges(followups=True), visible=False, initiator=page)
    qtbot.wait(20)
    assert calls == [] and not fresh.stale
    fresh.changed(OpChanges(followups=True), visible=True, initiator=QWidget())
    qtbot.waitUntil(lambda: calls == ["reload"])


def test_a_page_says_which_changes_it_shows(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    calls: list[str] = []
    fresh = Freshness(page, lambda: calls.append("reload"), cares=lambda c: c.products)
    fresh.loading()
    fresh.changed(OpChanges(clients=True, meetings=True), visible=True)
    qtbot.wait(20)
    assert calls == []
    fresh.changed(OpChanges(products=True), visible=True)
    qtbot.waitUntil(lambda: calls == ["reload"])


def test_a_change_and_a_show_in_one_go_reload_once(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    calls: list[str] = []
    fresh = Freshness(page, lambda: calls.append("reload"))  # on_show is reload too
    fresh.shown()  # stale: nothing loaded yet
    fresh.changed(OpChanges(clients=True), visible=True)
    qtbot.waitUntil(lambda: calls == ["reload"])
    qtbot.wait(20)
    assert calls == ["reload"]


def test_shown_after_max_age_reloads(qtbot: QtBot) -> None:
    clock = Clock()
    fresh, calls, _page = make(qtbot, max_age=300, clock=clock)
    fresh.loading()
    fresh.loaded()
    clock.now += 299
    fresh.shown()
    qtbot.wait(20)
    assert calls == []
    clock.now += 2
    fresh.shown()
    qtbot.waitUntil(lambda: calls == ["show"])


def test_a_load_without_a_book_waits_quietly_other_failures_are_reported(qtbot: QtBot) -> None:
    fresh, calls, _page = make(qtbot)
    reported: list[BaseException] = []
    ops = Operations(reported.append)
    try:
        fresh.loading()
        fresh.failed(NoBookOpenError(), ops)
        assert fresh.stale and reported == []
        fresh.loading()
        broken = ValueError("disk full")
        fresh.failed(broken, ops)
        assert fresh.stale and reported == [broken]
        fresh.shown()
        qtbot.waitUntil(lambda: calls == ["show"])
    finally:
        ops.shutdown()


def test_work_without_an_open_book_fails_with_a_typed_error(qtbot: QtBot) -> None:
    failures: list[BaseException] = []
    ops = Operations(failures.append)
    try:
        ops.query(lambda book: book.path, lambda _path: None)
        qtbot.waitUntil(lambda: bool(failures))
        assert isinstance(failures[0], NoBookOpenError)
    finally:
        ops.shutdown()
