"""The start page: what is overdue, due today and this week, and the next meeting to prepare."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rmcoach.domain import OpChanges
from rmcoach.meeting_domain import FollowUp, MeetingSummary
from rmcoach.services.book import Book
from rmcoach.services.followups import generated as followup_rules
from rmcoach.services.followups.records import TODAY_SHOWN
from ui import formatting
from ui.coach_labels import meeting_type_name
from ui.dialogs.followup_dialogs import NewFollowUpDialog
from ui.icon_names import IconName
from ui.icons import icon, icon_pixmap
from ui.models.followup_model import AgendaSection, Item, agenda_order, meeting_day
from ui.operations import Operations
from ui.page_freshness import Freshness
from ui.pages.agenda_loads import TodayData, load_today
from ui.theme import current_palette
from ui.widgets.agenda_list import AgendaList

RELOAD_AFTER_SECONDS = 300  # coming back after this long reloads (and a new day generates)


class Tile(QPushButton):
    """A count as a large number with its word and icon; pressing it shows that section."""

    def __init__(
        self, icon_name: IconName, colour: str, word: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon_pixmap(icon_name, 24, current_palette()[colour]))
        self.number = QLabel("–")  # not counted yet: a zero would say "nothing overdue"
        self.number.setProperty("role", "h1")
        self.word = QLabel(word)
        self.word.setProperty("role", "muted")
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.number)
        text.addWidget(self.word)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.icon_label)
        layout.addLayout(text, 1)
        for label in (self.icon_label, self.number, self.word):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._word = word
        self._colour = colour

    def sizeHint(self) -> QSize:  # a button's own hint ignores the labels inside it
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else QSize()
        return hint.expandedTo(QSize(150, 72))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def set_count(self, count: int) -> None:
        text = formatting.count(count)
        if count and self._colour == "overdue":  # red, with the word and the icon beside it
            self.number.setText(f'<span style="color:{current_palette()["overdue"]}">{text}</span>')
        else:
            self.number.setText(text)
        self.setAccessibleName(f"{self._word}: {text}")


class TodayPage(QWidget):
    """Overdue, today and this week, with the next meeting; the app's start page.

    Signals:
        client_requested(int): open this client (Open client).
        prepare_requested(int): prepare a new meeting with this client.
        meeting_requested(int): open this planned meeting to prepare it.
        status(str): a short message for the status bar.
        loaded(): the page shows fresh data (tests wait on it).
    """

    client_requested = Signal(int)
    prepare_requested = Signal(int)
    agenda: AgendaList  # built below the tiles that scroll it
    meeting_requested = Signal(int)
    status = Signal(str)
    loaded = Signal()

    def __init__(self, ops: Operations, tier_names: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("todayPage")
        self._ops = ops
        self.tier_names = tier_names
        self.data: TodayData | None = None
        # sections the RM asked to list whole, for that (book, day) only
        self._show_all: set[str] = set()
        self._show_all_on: tuple[str, date] | None = None
        self._seq = 0
        self.new_dialog: NewFollowUpDialog | None = None

        self.date_label = QLabel()
        self.date_label.setProperty("role", "h1")
        # the first load of a day generates follow-ups first: seconds on a branch's book
        self.summary = QLabel(self.tr("Checking for new follow-ups…"))
        self.summary.setProperty("role", "muted")
        self.refresh_button = QPushButton(icon("restore"), self.tr("Check for new"))
        self.refresh_button.setToolTip(
            self.tr("Look for maturities, birthdays and clients due for a contact")
        )
        self.refresh_button.setAccessibleName(self.tr("Check for new follow-ups"))
        self.refresh_button.clicked.connect(lambda: self.refresh(generate=True))
        self.new_button = QPushButton(icon("add"), self.tr("New follow-up"))
        self.new_button.setAccessibleName(self.tr("New follow-up"))
        self.new_button.clicked.connect(self.new_followup)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.date_label)
        heading.addWidget(self.summary)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)

        self.tiles = {
            "overdue": Tile("warning", "overdue", self.tr("Overdue")),
            "today": Tile("today", "accent", self.tr("Today")),
            "week": Tile("calendar", "text", self.tr("This week")),
        }
        for key, tile in self.tiles.items():
            tile.clicked.connect(lambda _c=False, k=key: self.agenda.scroll_to_section(k))
        self.meeting_card = QFrame()
        self.meeting_card.setProperty("card", True)
        self.meeting_title = QLabel(self.tr("Next meeting"))
        self.meeting_title.setProperty("role", "muted")
        self.meeting_text = QLabel()
        self.meeting_text.setProperty("role", "h2")
        self.meeting_detail = QLabel()
        self.meeting_detail.setProperty("role", "muted")
        self.prepare_button = QPushButton(
            icon("prepare", current_palette()["accent_text"]), self.tr("Prepare")
        )
        self.prepare_button.setProperty("primary", True)
        self.prepare_button.setAccessibleName(self.tr("Prepare the next meeting"))
        self.prepare_button.clicked.connect(self._prepare_next)
        self.prepare_button.hide()  # until there is a next meeting to prepare
        card_text = QVBoxLayout()
        card_text.setSpacing(2)
        card_text.addWidget(self.meeting_title)
        card_text.addWidget(self.meeting_text)
        card_text.addWidget(self.meeting_detail)
        card_layout = QHBoxLayout(self.meeting_card)
        card_layout.setContentsMargins(0, 0, 0, 0)  # the card's own padding is enough
        card_layout.addLayout(card_text, 1)
        card_layout.addWidget(self.prepare_button)
        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        tiles.addWidget(self.meeting_card, 2)

        self.agenda = AgendaList(ops, self.tr("Follow-ups and meetings"))
        self.agenda.set_empty(
            self.tr("Nothing is due this week. A good moment to call a client you miss."),
            self.tr("Add a follow-up"),
            self.new_followup,
        )
        self.agenda.client_requested.connect(self.client_requested)
        self.agenda.prepare_requested.connect(self.prepare_requested)
        self.agenda.meeting_requested.connect(self.meeting_requested)
        self.agenda.more_requested.connect(self.show_all)
        self.agenda.status.connect(self.status)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(self.agenda, 1)

        self.freshness = Freshness(self, lambda: self.refresh(), max_age=RELOAD_AFTER_SECONDS)

    # -- loading -------------------------------------------------------------------------
    def refresh(self, generate: bool = False) -> None:
        """Reload on the worker; the first load of a day generates follow-ups first."""
        self._seq += 1
        self.freshness.loading()
        seq = self._seq
        show_all, show_all_on = frozenset(self._show_all), self._show_all_on

        def work(book: Book) -> TodayData:
            key = (str(book.path), book.clock.now().date())
            whole = show_all if key == show_all_on else frozenset()
            return load_today(book, generate, whole)  # it generates once a day by itself

        def shown(data: TodayData) -> None:
            if data.generated is not None and generate:
                self.status.emit(self._generated_text(data.generated))
            if seq == self._seq:
                self.show_data(data)

        self._ops.op(work, shown, self._failed, initiator=self)

    def show_all(self, key: str) -> None:
        """List every item of a section, as the RM asked; a big book takes a moment."""
        if self.data is None or key in self._show_all:
            return
        on = (self.data.book, self.data.view.on)
        if on != self._show_all_on:
            self._show_all, self._show_all_on = set(), on
        self._show_all.add(key)
        self.agenda.model.set_more_text(key, self.tr("Loading them all…"))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.freshness.failed(error, self._ops)

    def _generated_text(self, report: followup_rules.GenerationReport) -> str:
        if not report.created:
            return self.tr("Nothing new: everything due is already listed.")
        return self.tr("%n new follow-up(s) added.", "", report.created)

    def show_data(self, data: TodayData) -> None:
        self.data = data
        self.freshness.loaded()
        view, today, zone = data.view, data.view.on, data.now.tzinfo
        self.agenda.model.amber_days = data.amber_days
        today_meetings = [m for m in data.meetings if meeting_day(m, zone) == today]
        week_meetings = [m for m in data.meetings if (meeting_day(m, zone) or today) > today]

        def merged(items: list[Item]) -> tuple[Item, ...]:
            return tuple(sorted(items, key=lambda i: agenda_order(i, zone)))

        counts = {
            "overdue": view.overdue_total,
            "today": len(view.today) + len(today_meetings),
            "week": view.this_week_total + len(week_meetings),
        }
        # The week's soonest follow-ups with all its meetings, cut to as many: exactly the
        # week's first items, since none of those can be among the follow-ups not read.
        week = merged([*view.this_week, *week_meetings])
        if "week" not in data.show_all:
            week = week[:TODAY_SHOWN]
        sections = [
            AgendaSection(
                "overdue",
                self.tr("Overdue"),
                "overdue",
                view.overdue,
                hidden=view.overdue_hidden,
                more_text=self.tr(
                    "%Ln older overdue item(s) not shown · Show all", "", view.overdue_hidden
                ),
                more_first=True,  # the hidden ones are older: above the listed
            ),
            AgendaSection(
                "today",
                self.tr("Today"),
                "today",
                merged([*view.today, *today_meetings]),
                self.tr("Nothing else due today."),
            ),
            AgendaSection(
                "week",
                self.tr("This week"),
                "week",
                week,
                self.tr("Nothing planned for the next seven days."),
                hidden=counts["week"] - len(week),
                more_text=self.tr(
                    "%Ln more item(s) this week not shown · Show all",
                    "",
                    counts["week"] - len(week),
                ),
            ),
        ]
        self.agenda.set_sections(sections, today, zone)
        self.date_label.setText(formatting.day(today, today))
        for key, tile in self.tiles.items():
            tile.set_count(counts[key])
            tile.setVisible(any(counts.values()))  # three zeros say less than the empty state
        # the same numbers as the tiles and the headings (meetings included), in words
        self.summary.setText(self._summary(counts, len(data.meetings)))
        self._show_next_meeting(data)
        self.loaded.emit()

    def _summary(self, counts: dict[str, int], meeting_count: int) -> str:
        parts = [
            self.tr("%Ln overdue", "", counts["overdue"]),  # %L: 20,916, not 20916
            self.tr("%Ln due today", "", counts["today"]),
            self.tr("%Ln this week", "", counts["week"]),
            self.tr("%Ln meeting(s)", "", meeting_count),
        ]
        return " · ".join(parts)

    def _show_next_meeting(self, data: TodayData) -> None:
        meeting = data.next_meeting
        self.prepare_button.setVisible(meeting is not None)
        if meeting is None:
            self.meeting_text.setText(self.tr("No meeting planned"))
            self.meeting_detail.setText(self.tr("Plan one from a client's page."))
            return
        at = meeting.scheduled_at.astimezone(data.now.tzinfo)
        today = data.view.on
        when = self.tr("Today") if at.date() == today else formatting.day(at.date(), today)
        self.meeting_text.setText(f"{meeting.client_name} · {when} {at.strftime('%H:%M')}")
        summary = next((m for m in data.meetings if m.id == meeting.id), None)
        self.meeting_detail.setText(
            meeting_type_name(summary.meeting_type) if summary is not None else ""
        )

    def _prepare_next(self) -> None:
        if self.data is not None and self.data.next_meeting is not None:
            self.meeting_requested.emit(self.data.next_meeting.id)

    def new_followup(self) -> None:
        today = self.data.view.on if self.data else date.today()
        dialog = NewFollowUpDialog(self._ops, today, today, self.tier_names, self)
        dialog.saved.connect(
            lambda saved: self.status.emit(self.tr("Added: %1").replace("%1", saved.followup.title))
        )
        dialog.finished.connect(dialog.deleteLater)
        self.new_dialog = dialog
        dialog.open()

    # -- staying current --------------------------------------------------------------------
    def on_changes(self, changes: OpChanges, initiator: object | None) -> None:
        """Reload after a write that touched follow-ups, meetings or clients."""
        self.freshness.changed(changes, self.isVisible(), initiator)

    def flush(self) -> None:
        """Nothing typed here waits to be saved."""

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the page: reload if something changed or it was a while ago."""
        super().showEvent(event)
        self.freshness.shown()

    def items(self, section: str) -> list[FollowUp | MeetingSummary]:
        """What a section lists now (for tests and the status bar)."""
        return self.agenda.model.section_items(section)

    def focus_list(self) -> None:
        self.agenda.view.setFocus()
