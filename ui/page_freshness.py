"""When an agenda page reloads: after a change (at once if shown, else when next shown),
when shown again after a while, and after a load that failed for want of an open book."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from rmcoach.domain import OpChanges
from ui.operations import Operations
from ui.pages.agenda_loads import no_book_open


class Freshness(QObject):
    """The Today, Calendar and Insights pages' rule for staying current, kept in one place.

    reload runs (from the event loop, once however many changes came in) after a change to
    clients, meetings or follow-ups; on_show (default: reload) runs when the page is shown
    stale, or older than max_age seconds when max_age is given.
    """

    def __init__(
        self,
        parent: QObject,
        reload: Callable[[], None],
        on_show: Callable[[], None] | None = None,
        max_age: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.stale = True  # nothing loaded yet
        self._loaded_at = 0.0
        self._max_age = max_age
        self._timer = self._soon(reload)
        self._show_timer = self._soon(on_show or reload)

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
        self._loaded_at = time.monotonic()

    def failed(self, error: BaseException, ops: Operations) -> None:
        """No book open yet (the page was shown early): load when it is shown next."""
        self.stale = True
        if not no_book_open(error):
            ops.report_error(error)

    def changed(self, changes: OpChanges, visible: bool) -> None:
        if not (changes.followups or changes.meetings or changes.clients):
            return
        if visible:
            self._timer.start()
        else:
            self.stale = True

    def shown(self) -> None:
        old = self._max_age is not None and time.monotonic() - self._loaded_at > self._max_age
        if self.stale or old:
            self._show_timer.start()
