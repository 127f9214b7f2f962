"""When a page reloads: after a change (at once if shown, else when next shown), when shown
again after a while, and after a load that failed for want of an open book."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from rmcoach.domain import OpChanges
from ui.operations import NoBookOpenError, Operations


def agenda_changed(changes: OpChanges) -> bool:
    """What the agenda pages show: follow-ups, meetings (as listed) and clients."""
    return changes.followups or changes.meetings or changes.clients


class Freshness(QObject):
    """Every page's rule for staying current, kept in one place.

    reload runs (from the event loop, once however many changes came in) after a change
    the page cares about (default: agenda_changed) that another part of the window made;
    on_show (default: reload) runs when the page is shown stale, or older than max_age
    seconds when max_age is given. The page is the parent: its own writes do not count.
    monotonic is the clock the age is read from (tests pass their own).
    """

    def __init__(
        self,
        page: QObject,
        reload: Callable[[], None],
        on_show: Callable[[], None] | None = None,
        max_age: float | None = None,
        *,
        cares: Callable[[OpChanges], bool] = agenda_changed,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(page)
        self.stale = True  # nothing loaded yet
        self._page = page
        self._loaded_at = 0.0
        self._max_age = max_age
        self._cares = cares
        self._monotonic = monotonic
        self._timer = self._soon(reload)
        # one timer when both are the same: a change and a show in one go reload once
        self._show_timer = self._soon(on_show) if on_show else self._timer

    def _soon(self, slot: Callable[[], None]) -> QTimer:
        """A zero-time single shot: calls asked for in one go run once."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(slot)
        return timer

    def loading(self) -> None:
        self.stale = False

    def loaded(self) -> None:
        self._loaded_at = self._monotonic()

    def failed(self, error: BaseException, ops: Operations) -> None:
        """No book open yet (the page was shown early): load when it is shown next."""
        self.stale = True
        if not isinstance(error, NoBookOpenError):
            ops.report_error(error)

    def changed(self, changes: OpChanges, visible: bool, initiator: object | None = None) -> None:
        """A write changed the book: reload now if shown, else when shown next."""
        if initiator is self._page or not self._cares(changes):
            return
        if visible:
            self._timer.start()
        else:
            self.stale = True

    def shown(self) -> None:
        age = self._monotonic() - self._loaded_at
        old = self._max_age is not None and age > self._max_age
        if self.stale or old:
            self._show_timer.start()
