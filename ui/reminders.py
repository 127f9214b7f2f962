"""Reminders while the app runs: each follow-up coming due is announced once; a digest at start."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from rmcoach.domain import OpChanges
from rmcoach.meeting_domain import FollowUp
from rmcoach.services.book import Book
from rmcoach.services.followups import reminders
from ui import formatting
from ui.coach_labels import followup_kind_name
from ui.icons import icon
from ui.operations import Operations

log = logging.getLogger("rmcoach.ui.reminders")

CHECK_EVERY_MS = 60_000
LISTED = 3  # a message names this many items; more are counted


@dataclass(frozen=True)
class DueBatch:
    """Items found due and marked reminded in one step on the worker (never raised twice)."""

    items: tuple[FollowUp, ...]
    now: datetime
    changes: OpChanges = field(default_factory=OpChanges)


@dataclass(frozen=True)
class StartupNews:
    digest: reminders.Digest
    today: date
    absorbed: int  # items already due at start: the digest speaks for them
    changes: OpChanges = field(default_factory=OpChanges)


def take_due(book: Book) -> DueBatch:
    now = book.clock.now()
    items = reminders.due_for_reminder(book, now)
    changes = reminders.mark_reminded(book, [i.id for i in items]) if items else OpChanges()
    return DueBatch(items, now, changes)


def startup_news(book: Book, absorb: bool) -> StartupNews:
    absorbed = take_due(book) if absorb else DueBatch((), book.clock.now())
    return StartupNews(
        reminders.startup_digest(book), absorbed.now.date(), len(absorbed.items), absorbed.changes
    )


def item_line(item: FollowUp) -> str:
    at = f" {item.due_time.strftime('%H:%M')}" if item.due_time else ""
    return f"{item.client_name} · {followup_kind_name(item.kind)}{at}: {item.title}"


def due_message(items: tuple[FollowUp, ...]) -> tuple[str, str]:
    """A notification's title and body for the items that came due in one check."""
    if len(items) == 1:
        return QCoreApplication.translate("Reminders", "Due now: %1").replace(
            "%1", items[0].client_name
        ), item_line(items[0])
    lines = [item_line(i) for i in items[:LISTED]]
    if len(items) > LISTED:
        lines.append(
            QCoreApplication.translate("Reminders", "and %n more", "", len(items) - LISTED)
        )
    return QCoreApplication.translate(
        "Reminders", "%n follow-up(s) due", "", len(items)
    ), "\n".join(lines)


def digest_text(digest: reminders.Digest, today: date) -> str:
    """One sentence for the start of the day: the counts, then the next meeting."""
    text = (
        QCoreApplication.translate("Reminders", "Today: %1, %2, %3.")
        .replace("%1", QCoreApplication.translate("Reminders", "%n overdue", "", digest.overdue))
        .replace("%2", QCoreApplication.translate("Reminders", "%n due today", "", digest.today))
        .replace(
            "%3", QCoreApplication.translate("Reminders", "%n more this week", "", digest.this_week)
        )
    )
    meeting = digest.next_meeting
    if meeting is not None:
        at = meeting.scheduled_at
        when = f"{formatting.day(at.date(), today)} {at.strftime('%H:%M')}"
        text += " " + QCoreApplication.translate("Reminders", "Next meeting: %1, %2.").replace(
            "%1", meeting.client_name
        ).replace("%2", when)
    return text


class Reminders(QObject):
    """Checks every minute on the worker; shows a tray message, or says it in `message`.

    Signals:
        notified(FollowUp): emitted once per item that came due (never again for it,
            unless it is snoozed or rescheduled and comes due again).
        digest_ready(Digest): the start-up digest, once.
        message(str): the same news as one line, for the status bar (always emitted).
        open_requested(): the RM clicked a notification (show the Today page).
    """

    notified = Signal(object)
    digest_ready = Signal(object)
    message = Signal(str)
    open_requested = Signal()

    def __init__(
        self,
        ops: Operations,
        parent: QObject | None = None,
        interval_ms: int = CHECK_EVERY_MS,
        tray: QSystemTrayIcon | None = None,
        absorb_due_at_start: bool = True,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._busy = False
        self._digest_done = False
        self.absorb_due_at_start = absorb_due_at_start
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.tray = tray
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self._app_icon(), self)
            self.tray.setToolTip("RM Coach")
            self.tray.show()
        if self.tray is not None:
            self.tray.messageClicked.connect(self.open_requested)

    @staticmethod
    def _app_icon() -> QIcon:
        app = QApplication.instance()
        own = app.windowIcon() if isinstance(app, QApplication) else QIcon()
        return own if not own.isNull() else icon("today")

    def start(self) -> None:
        """The digest (once), then a check every interval."""
        self.startup_digest()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def startup_digest(self) -> None:
        """Say once what the day holds; items already due are covered by it, not re-announced."""
        if self._digest_done:
            return
        self._digest_done = True
        self._busy = True
        absorb = self.absorb_due_at_start

        def shown(news: StartupNews) -> None:
            self._busy = False
            text = digest_text(news.digest, news.today)
            self._show(QCoreApplication.translate("Reminders", "Your day"), text)
            self.message.emit(text)
            self.digest_ready.emit(news.digest)

        self._ops.op(lambda book: startup_news(book, absorb), shown, self._failed)

    def check(self) -> None:
        """Look for items that came due; a check still running makes this one a no-op."""
        if self._busy:
            return
        self._busy = True
        self._ops.op(take_due, self._announce, self._failed)

    def _announce(self, batch: DueBatch) -> None:
        self._busy = False
        if not batch.items:
            return
        title, body = due_message(batch.items)
        self._show(title, body)
        if len(batch.items) == 1:
            line = QCoreApplication.translate("Reminders", "Due now: %1")
            self.message.emit(line.replace("%1", item_line(batch.items[0])))
        else:
            self.message.emit(f"{title}: {body.splitlines()[0]} …")
        for item in batch.items:
            self.notified.emit(item)

    def _show(self, title: str, body: str) -> None:
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def _failed(self, error: BaseException) -> None:
        """A check that failed (no book open yet, a locked file) is tried again next time."""
        self._busy = False
        log.info("reminder check skipped: %s", error)
