"""Auto-lock: no key, mouse or touch input for N minutes (default 5) asks for the book to lock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

DEFAULT_MINUTES = 5

# what counts as the RM being there; paint, timer and focus events do not
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class AutoLock(QObject):
    """Watches the application's input through an event filter and times the idle spells.

    The timer is restarted by input (at most every interval/10, and at least every second,
    so a moving mouse costs nothing); when it runs out, `lock_requested` is emitted once and
    the watch stops until `start()` is called again (after unlocking).

    Signals:
        lock_requested(): idle for the whole interval: lock the book and clear the screens.
    """

    lock_requested = Signal()

    def __init__(self, interval_ms: int = DEFAULT_MINUTES * 60_000, parent: QObject | None = None):
        super().__init__(parent)
        self._interval = interval_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.on_timeout)
        self._watching = False

    @property
    def interval_ms(self) -> int:
        return self._interval

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_interval(self, interval_ms: int) -> None:
        """A new idle limit; 0 (or less) turns auto-lock off."""
        self._interval = interval_ms
        if interval_ms <= 0:
            self.stop()
        elif self._watching:
            self._timer.start(interval_ms)

    def start(self) -> None:
        """Start (or restart) timing; call it once a book is open or unlocked."""
        if self._interval <= 0:
            return
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self._timer.start(self._interval)

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self._timer.isActive():
            slack = min(1000, self._interval // 10)
            if self._timer.remainingTime() < self._interval - slack:
                self._timer.start(self._interval)
        return False  # only watching: every event goes on to its widget

    def on_timeout(self) -> None:
        self.stop()
        self.lock_requested.emit()
