"""A month as a 6x7 picture: each day's load (to do, overdue, meetings), today and the selection."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from rmcoach.services.followups.generated import is_working_day
from rmcoach.services.followups.records import DayLoad
from ui import formatting
from ui.i18n import current_language
from ui.icon_names import IconName
from ui.icons import icon_pixmap
from ui.theme import base_font, current_palette, notifier

HEADER = 28  # the weekday names
GAP = 4
PAD = 8
LINE = 19
DAYS = 42


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    """The same day of another month, clamped to that month's last day."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


class MonthView(QWidget):
    """Six weeks from the Monday on or before the 1st; days are painted, not widgets.

    Keys: arrows move the day, Page Up / Page Down the month, Home goes to today.

    Signals:
        day_selected(date): the selected day changed (click or key).
        month_changed(date): another month is shown (its first day); reload its loads.
    """

    day_selected = Signal(object)
    month_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.selected = self.today
        self.month = month_start(self.today)
        self.amber_days = 3
        self.loads: dict[date, DayLoad] = {}
        self.meetings: dict[date, int] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(560, 430)
        self.setAccessibleName(self.tr("Month calendar"))
        notifier().changed.connect(self.on_theme_changed)  # a method: dropped with the widget

    def on_theme_changed(self, _palette: object) -> None:
        self.update()

    # -- state -----------------------------------------------------------------------------
    def grid_start(self) -> date:
        return self.month - timedelta(days=self.month.weekday())

    def grid_days(self) -> list[date]:
        start = self.grid_start()
        return [start + timedelta(days=i) for i in range(DAYS)]

    def grid_range(self) -> tuple[date, date]:
        start = self.grid_start()
        return start, start + timedelta(days=DAYS - 1)

    def set_today(self, today: date) -> None:
        self.today = today
        self.update()

    def set_data(self, loads: Mapping[date, DayLoad], meetings: Mapping[date, int]) -> None:
        self.loads = dict(loads)
        self.meetings = dict(meetings)
        self._describe()
        self.update()

    def select(self, day: date) -> None:
        """Select a day, showing its month if needed (which emits month_changed first)."""
        if month_start(day) != self.month:
            self.month = month_start(day)
            self.loads, self.meetings = {}, {}
            self.month_changed.emit(self.month)
        changed = day != self.selected
        self.selected = day
        self._describe()
        self.update()
        if changed:
            self.day_selected.emit(day)

    def next_month(self) -> None:
        self.select(add_months(self.selected, 1))

    def previous_month(self) -> None:
        self.select(add_months(self.selected, -1))

    def go_today(self) -> None:
        self.select(self.today)

    def title(self) -> str:
        if current_language() == "zh":
            return f"{self.month.year}年{self.month.month}月"
        name = QLocale(QLocale.Language.English).monthName(self.month.month)
        return f"{name} {self.month.year}"

    # -- words -------------------------------------------------------------------------------
    def lines(self, day: date) -> list[tuple[IconName, str, str, int]]:
        """What a day's cell says, most important first: (icon, palette colour, text, count)."""
        load = self.loads.get(day, DayLoad(0, 0, 0))
        found: list[tuple[IconName, str, str, int]] = []
        if load.overdue_count:
            n = load.overdue_count
            found.append(("warning", "overdue", self.tr("%n overdue", "", n), n))
        still = load.count - load.overdue_count
        if still:
            if day <= self.today + timedelta(days=self.amber_days):
                found.append(("clock", "due", self.tr("%n due", "", still), still))
            else:
                found.append(("calendar", "muted", self.tr("%n to do", "", still), still))
        if self.meetings.get(day):
            n = self.meetings[day]
            found.append(("meetings", "accent", self.tr("%n meeting(s)", "", n), n))
        if load.done_count:
            n = load.done_count
            found.append(("check", "done", self.tr("%n done", "", n), n))
        return found

    def day_summary(self, day: date) -> str:
        """The day and its load in words (tooltips, screen readers, tests)."""
        parts = [line[2] for line in self.lines(day)] or [self.tr("nothing planned")]
        prefix = formatting.day(day, self.today)
        if day == self.today:
            prefix = self.tr("Today, %1").replace("%1", prefix)
        return f"{prefix}: {', '.join(parts)}"

    def _tag(self, day: date) -> str:
        """China's official calendar: a weekday off, or a weekend working day (调休)."""
        working = is_working_day(day)
        if day.weekday() < 5 and not working:
            return self.tr("Holiday")
        if day.weekday() >= 5 and working:
            return self.tr("Work day")
        return ""

    def _describe(self) -> None:
        self.setAccessibleDescription(self.day_summary(self.selected))

    # -- geometry and input ---------------------------------------------------------------------
    def cell_rect(self, index: int) -> QRect:
        width = (self.width() - GAP * 6) / 7
        height = (self.height() - HEADER - GAP * 5) / 6
        row, column = divmod(index, 7)
        x = round(column * (width + GAP))
        y = round(HEADER + row * (height + GAP))
        return QRect(x, y, round(width), round(height))

    def day_at(self, point: QPoint) -> date | None:
        for index, day in enumerate(self.grid_days()):
            if self.cell_rect(index).contains(point):
                return day
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = event.key()
        if key in steps:
            self.select(self.selected + timedelta(days=steps[Qt.Key(key)]))
        elif key == Qt.Key.Key_PageUp:
            self.previous_month()
        elif key == Qt.Key.Key_PageDown:
            self.next_month()
        elif key == Qt.Key.Key_Home:
            self.go_today()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.select(day)
        else:
            super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is not None:
                QToolTip.showText(event.globalPos(), self.day_summary(day), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = current_palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = QFont(base_font())
        small.setPixelSize(13)
        painter.setFont(small)
        painter.setPen(QColor(palette["muted"]))
        locale = QLocale()
        for column in range(7):
            rect = self.cell_rect(column)
            name = locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(
                QRect(rect.x() + PAD, 0, rect.width(), HEADER - 6),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                name,
            )
        busiest = max((load.count for load in self.loads.values()), default=0)
        for index, day in enumerate(self.grid_days()):
            self._paint_day(painter, self.cell_rect(index), day, busiest)
        painter.end()

    def _paint_day(self, painter: QPainter, rect: QRect, day: date, busiest: int) -> None:
        palette = current_palette()
        outside = day.month != self.month.month
        selected = day == self.selected
        fill = palette["selected"] if selected else palette["bg" if outside else "card"]
        painter.setPen(QColor(palette["border"]))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        if day == self.today:
            pen = painter.pen()
            pen.setColor(QColor(palette["accent"]))
            pen.setWidthF(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 6, 6)
        if selected and self.hasFocus():
            pen = painter.pen()
            pen.setColor(QColor(palette["focus"]))
            pen.setWidthF(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(4, 4, -4, -4), 4, 4)

        number = QFont(base_font())
        number.setBold(day == self.today or selected)
        painter.setFont(number)
        painter.setPen(QColor(palette["disabled" if outside else "text"]))
        top = QRect(rect.x() + PAD, rect.y() + 6, rect.width() - 2 * PAD, LINE + 2)
        painter.drawText(
            top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(day.day)
        )
        small = QFont(base_font())
        small.setPixelSize(12)
        painter.setFont(small)
        tag = self.tr("Today") if day == self.today else self._tag(day)
        if tag:
            painter.setPen(QColor(palette["accent" if day == self.today else "muted"]))
            painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tag)

        small.setPixelSize(13)
        painter.setFont(small)
        y = top.bottom() + 4
        bar_room = 8 if busiest else 0
        for icon_name, colour, text, count in self.lines(day):
            if y + LINE > rect.bottom() - bar_room:
                break
            colour_value = palette["disabled"] if outside else palette[colour]
            painter.drawPixmap(rect.x() + PAD, y + 2, icon_pixmap(icon_name, 14, colour_value))
            painter.setPen(
                QColor(palette["text"] if colour == "muted" and not outside else colour_value)
            )
            line = QRect(rect.x() + PAD + 20, y, rect.width() - 2 * PAD - 20, LINE)
            if painter.fontMetrics().horizontalAdvance(text) > line.width():
                text = str(
                    count
                )  # a narrow cell: the icon and the number (the legend has the word)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += LINE
        load = self.loads.get(day)
        if busiest and load is not None and load.count:
            width = max(6, round((rect.width() - 2 * PAD) * load.count / busiest))
            bar = QRectF(rect.x() + PAD, rect.bottom() - 8, width, 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(palette["border_strong"]))
            painter.drawRoundedRect(bar, 2, 2)
