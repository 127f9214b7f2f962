"""The calendar: a month of loads, the agenda of a day or week, filters, and .ics export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rmcoach.domain import OpChanges, Tier
from rmcoach.meeting_domain import FollowUp, FollowUpKind, MeetingSummary
from rmcoach.services.followups import generated as followup_rules
from rmcoach.services.interchange import ics_export
from ui import formatting
from ui.coach_labels import followup_kind_name
from ui.dialogs.followup_dialogs import NewFollowUpDialog
from ui.icon_names import IconName
from ui.icons import icon, icon_pixmap
from ui.labels import tier_name
from ui.models.followup_model import AgendaSection, Item, agenda_order, meeting_day
from ui.operations import Operations
from ui.page_freshness import Freshness
from ui.pages.agenda_loads import Filters, MonthData, load_agenda, load_month
from ui.theme import current_palette, set_style_property
from ui.widgets.agenda_list import AgendaList
from ui.widgets.month_view import MonthView

MEETINGS_ONLY = "meeting"  # the kind filter's choice for planned meetings alone
PathChooser = Callable[[QWidget], Path | None]


class CalendarPage(QWidget):
    """Month view beside the agenda; the agenda acts like Today's list.

    Signals:
        client_requested(int), prepare_requested(int): a client id.
        meeting_requested(int): a planned meeting to open.
        status(str): a short message for the status bar.
        month_loaded(), agenda_loaded(), exported(object): tests and the status bar wait on them.
    """

    client_requested = Signal(int)
    prepare_requested = Signal(int)
    meeting_requested = Signal(int)
    status = Signal(str)
    month_loaded = Signal()
    agenda_loaded = Signal()
    exported = Signal(object)

    def __init__(
        self,
        ops: Operations,
        tier_names: dict[str, str],
        parent: QWidget | None = None,
        choose_path: PathChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self._ops = ops
        self.tier_names = tier_names
        self.choose_path: PathChooser = choose_path or self.ask_ics_path
        self.today: date | None = None
        self.zone: tzinfo | None = None
        self._month_seq = 0
        self._agenda_seq = 0
        self.new_dialog: NewFollowUpDialog | None = None

        self.month_view = MonthView()
        self.month_view.day_selected.connect(lambda _d: self.load_agenda())
        self.month_view.month_changed.connect(lambda _m: self._on_month_changed())
        self.prev_button = self._tool("chevron-left", self.tr("Previous month (Page Up)"))
        self.prev_button.clicked.connect(self.month_view.previous_month)
        self.next_button = self._tool("chevron-right", self.tr("Next month (Page Down)"))
        self.next_button.clicked.connect(self.month_view.next_month)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Go to today (Home)"))
        self.today_button.clicked.connect(self.month_view.go_today)
        self.title = QLabel(self.month_view.title())
        self.title.setProperty("role", "h1")
        self.title.setMinimumWidth(180)

        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Filter by kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        self.kind_filter.addItem(icon("meetings"), self.tr("Meetings only"), MEETINGS_ONLY)
        for kind in FollowUpKind:
            self.kind_filter.addItem(followup_kind_name(kind), kind.value)
        self.tier_filter = QComboBox()
        self.tier_filter.setAccessibleName(self.tr("Filter by tier"))
        self.tier_filter.addItem(self.tr("All tiers"), None)
        for tier in Tier:
            self.tier_filter.addItem(tier_name(tier, tier_names), tier.value)
        for combo in (self.kind_filter, self.tier_filter):
            combo.setMinimumWidth(160)
            combo.currentIndexChanged.connect(lambda _i: self.reload())

        self.new_button = QPushButton(icon("add"), self.tr("New follow-up"))
        self.new_button.setAccessibleName(self.tr("New follow-up"))
        self.new_button.clicked.connect(self.new_followup)
        self.export_button = QPushButton(icon("export"), self.tr("Export to calendar (.ics)"))
        self.export_button.setAccessibleName(self.tr("Export to calendar (.ics)"))
        self.export_button.setToolTip(
            self.tr("Save meetings and open follow-ups for Outlook or your phone's calendar")
        )
        self.export_button.clicked.connect(self.export)
        self.mask_names = QCheckBox(self.tr("Mask client names"))
        self.mask_names.setAccessibleName(self.tr("Mask client names in the exported file"))
        self.mask_names.setToolTip(self.tr("The file shows 张* instead of 张伟"))
        self.mask_names.setChecked(True)
        self.export_message = QLabel()
        self.export_message.setProperty("role", "muted")
        self.export_message.setWordWrap(True)

        top = QHBoxLayout()
        top.setSpacing(8)
        for widget in (self.prev_button, self.today_button, self.next_button):
            top.addWidget(widget)
        top.addSpacing(8)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)
        top.addWidget(self.mask_names)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.tier_filter)
        filters.addSpacing(16)
        filters.addWidget(self.export_message, 1)

        month_panel = QWidget()
        month_layout = QVBoxLayout(month_panel)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.addWidget(self.month_view, 1)
        month_layout.addLayout(self._legend())

        self.day_title = QLabel()
        self.day_title.setProperty("role", "h2")
        self.day_count = QLabel()
        self.day_count.setProperty("role", "muted")
        self.day_button = QPushButton(self.tr("Day"))
        self.week_button = QPushButton(self.tr("Week"))
        self.mode = QButtonGroup(self)
        for button, name in (
            (self.day_button, self.tr("Show the selected day")),
            (self.week_button, self.tr("Show the selected week")),
        ):
            button.setCheckable(True)
            button.setAccessibleName(name)
            self.mode.addButton(button)
        self.day_button.setChecked(True)
        self.mode.buttonClicked.connect(lambda _b: self.load_agenda())
        agenda_head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.day_title)
        titles.addWidget(self.day_count)
        agenda_head.addLayout(titles, 1)
        agenda_head.addWidget(self.day_button)
        agenda_head.addWidget(self.week_button)
        self.agenda = AgendaList(ops, self.tr("Agenda"), compact=True)
        self.agenda.client_requested.connect(self.client_requested)
        self.agenda.prepare_requested.connect(self.prepare_requested)
        self.agenda.meeting_requested.connect(self.meeting_requested)
        self.agenda.status.connect(self.status)
        agenda_panel = QFrame()
        agenda_panel.setProperty("card", True)
        agenda_layout = QVBoxLayout(agenda_panel)
        agenda_layout.setContentsMargins(4, 4, 4, 4)
        agenda_layout.addLayout(agenda_head)
        agenda_layout.addWidget(self.agenda, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(month_panel)
        self.splitter.addWidget(agenda_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 540])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self.freshness = Freshness(self, self.reload, on_show=self.refresh)

    def _tool(self, icon_name: IconName, name: str) -> QPushButton:
        button = QPushButton(icon(icon_name), "")
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setFixedWidth(44)
        return button

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        legend: tuple[tuple[IconName, str, str], ...] = (
            ("warning", "overdue", self.tr("Overdue")),
            ("clock", "due", self.tr("Due in the next days")),
            ("calendar", "muted", self.tr("To do")),
            ("meetings", "accent", self.tr("Meeting")),
            ("check", "done", self.tr("Done")),
        )
        for icon_name, colour, text in legend:
            mark = QLabel()
            mark.setPixmap(icon_pixmap(icon_name, 14, current_palette()[colour]))
            word = QLabel(text)
            word.setProperty("role", "muted")
            row.addWidget(mark)
            row.addWidget(word)
            row.addSpacing(10)
        row.addStretch(1)
        return row

    # -- filters and loading ---------------------------------------------------------------
    def filters(self) -> Filters:
        kind = self.kind_filter.currentData()
        tier = self.tier_filter.currentData()
        return Filters(
            kinds=(FollowUpKind(kind),) if kind and kind != MEETINGS_ONLY else None,
            tiers=(Tier(tier),) if tier else None,
            followups=kind != MEETINGS_ONLY,
            meetings=not kind or kind == MEETINGS_ONLY,
        )

    def refresh(self) -> None:
        """Learn the book's today (the first time: show its month), then load."""
        self.freshness.loading()

        def got(found: tuple[datetime, object]) -> None:
            now, mask = found
            first = self.today is None
            self.today, self.zone = now.date(), now.tzinfo
            self.month_view.set_today(self.today)
            if first:
                self.mask_names.setChecked(bool(mask))  # the book's setting, default on
                with QSignalBlocker(self.month_view):
                    self.month_view.select(self.today)
            self.reload()

        def failed(error: BaseException) -> None:
            self.freshness.failed(error, self._ops)

        self._ops.query(
            lambda book: (book.clock.now(), followup_rules.setting(book, "ics_mask_names")),
            got,
            failed,
        )

    def reload(self) -> None:
        if self.today is None:
            self.refresh()
            return
        self.load_month()
        self.load_agenda()

    def _on_month_changed(self) -> None:
        self.title.setText(self.month_view.title())
        self.load_month()

    def load_month(self) -> None:
        self._month_seq += 1
        seq, filters = self._month_seq, self.filters()
        start, end = self.month_view.grid_range()
        self.title.setText(self.month_view.title())

        def shown(data: MonthData) -> None:
            if seq != self._month_seq:
                return
            self.today, self.zone = data.now.date(), data.now.tzinfo
            self.month_view.amber_days = data.amber_days
            self.agenda.model.amber_days = data.amber_days
            self.month_view.set_today(self.today)
            self.month_view.set_data(data.loads, data.meetings)
            self.month_loaded.emit()

        self._ops.query(lambda book: load_month(book, start, end, filters), shown)

    def agenda_range(self) -> tuple[date, date]:
        day = self.month_view.selected
        if self.week_button.isChecked():
            monday = day - timedelta(days=day.weekday())
            return monday, monday + timedelta(days=6)
        return day, day

    def load_agenda(self) -> None:
        self._agenda_seq += 1
        seq, filters = self._agenda_seq, self.filters()
        start, end = self.agenda_range()

        def shown(found: tuple[tuple[FollowUp, ...], tuple[MeetingSummary, ...]]) -> None:
            if seq == self._agenda_seq:
                self._show_agenda(start, end, *found)

        self._ops.query(lambda book: load_agenda(book, start, end, filters), shown)

    def _show_agenda(
        self,
        start: date,
        end: date,
        found: tuple[FollowUp, ...],
        planned: tuple[MeetingSummary, ...],
    ) -> None:
        today = self.today or start
        by_day: dict[date, list[Item]] = {}
        for item in [*found, *planned]:
            day = item.shows_on if isinstance(item, FollowUp) else meeting_day(item, self.zone)
            if day is not None:
                by_day.setdefault(day, []).append(item)
        sections = []
        day = start
        while day <= end:
            title = self._day_title(day, today)
            items = tuple(sorted(by_day.get(day, []), key=lambda i: agenda_order(i, self.zone)))
            state = "today" if day == today else "day"
            empty = self.tr("nothing planned")
            if start == end:  # one day: the panel's title names it, the list needs no heading
                title, empty = "", self.tr("Nothing planned for this day.")
            sections.append(AgendaSection(day.isoformat(), title, state, items, empty))
            day += timedelta(days=1)
        self.agenda.set_sections(sections, today, self.zone)
        if start == end:
            self.day_title.setText(self._day_title(start, today))
        else:
            span = f"{formatting.day(start, today)} – {formatting.day(end, today)}"
            self.day_title.setText(span)
        self.day_count.setText(
            " · ".join(
                (
                    self.tr("%n follow-up(s)", "", len(found)),
                    self.tr("%n meeting(s)", "", len(planned)),
                )
            )
        )
        self.agenda_loaded.emit()

    def _day_title(self, day: date, today: date) -> str:
        title = formatting.day(day, today)
        return self.tr("Today, %1").replace("%1", title) if day == today else title

    # -- actions -------------------------------------------------------------------------------
    def new_followup(self) -> None:
        today = self.today or date.today()
        dialog = NewFollowUpDialog(
            self._ops, today, self.month_view.selected, self.tier_names, self
        )
        dialog.saved.connect(
            lambda saved: self.status.emit(self.tr("Added: %1").replace("%1", saved.followup.title))
        )
        dialog.finished.connect(dialog.deleteLater)
        self.new_dialog = dialog
        dialog.open()

    def export(self) -> None:
        """Ask where, then write the .ics on the worker and say how it went."""
        path = self.choose_path(self)
        if path is None:
            return
        mask = self.mask_names.isChecked()
        self.export_button.setEnabled(False)

        def done(report: ics_export.ExportReport) -> None:
            self.export_button.setEnabled(True)
            text = (
                self.tr("Saved %1 and %2 to %3.")
                .replace("%1", self.tr("%n meeting(s)", "", report.events))
                .replace("%2", self.tr("%n follow-up(s)", "", report.todos))
                .replace("%3", str(report.path))
            )
            self._say(text, error=False)
            self.exported.emit(report)

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            if not isinstance(error, ics_export.IcsExportError | OSError):
                self._ops.report_error(error)
                return
            text = self.tr(
                "Could not save %1. Choose another folder, or close the file if another program has it open."  # noqa: E501
            ).replace("%1", str(path))
            self._say(text, error=True)
            self.exported.emit(error)

        # an export writes a file and the audit log: nothing on screen changes
        self._ops.query(lambda book: ics_export.export_ics(book, path, mask), done, failed)

    def ask_ics_path(self, parent: QWidget) -> Path | None:
        """The save dialog (the default chooser); .ics is added when the RM leaves it off."""
        location = QStandardPaths.StandardLocation.DocumentsLocation
        folder = Path(QStandardPaths.writableLocation(location))
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            self.tr("Export to calendar (.ics)"),
            str(folder / "rmcoach.ics"),
            "iCalendar (*.ics)",
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")

    def _say(self, text: str, error: bool) -> None:
        self.export_message.setText(text)
        set_style_property(self.export_message, "role", "error" if error else "muted")
        self.status.emit(text)

    # -- staying current -------------------------------------------------------------------------
    def on_changes(self, changes: OpChanges, initiator: object | None) -> None:
        """Reload after a write that touched follow-ups, meetings or clients."""
        self.freshness.changed(changes, self.isVisible(), initiator)

    def flush(self) -> None:
        """Nothing typed here waits to be saved."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.freshness.shown()

    def focus_month(self) -> None:
        self.month_view.setFocus()
