"""The agenda list with its actions: done, snooze, reschedule, open the client, prepare."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmcoach.meeting_domain import FollowUp, FollowUpStatus, MeetingSummary
from rmcoach.services.followups import records as followups
from ui import formatting
from ui.dialogs.followup_dialogs import DayDialog, DoneDialog
from ui.icon_names import IconName
from ui.icons import icon
from ui.models.followup_model import (
    COL_CLIENT,
    COL_KIND,
    COL_STATUS,
    COL_TITLE,
    COL_WHEN,
    AgendaModel,
    AgendaSection,
    Item,
    item_key,
)
from ui.operations import Operations
from ui.theme import current_palette

ROW_HEIGHT = 40
WIDTHS = {COL_WHEN: 176, COL_CLIENT: 170, COL_KIND: 160, COL_STATUS: 170}
COMPACT_WIDTHS = {COL_WHEN: 72, COL_CLIENT: 150, COL_STATUS: 110}
OPEN_STATUSES = (FollowUpStatus.OPEN, FollowUpStatus.SNOOZED)


class AgendaList(QWidget):
    """Follow-ups and meetings in sections, and a toolbar acting on the selected row.

    Keys (while the list has focus): Enter opens the client (or the meeting), Ctrl+D marks
    done, Ctrl+L snoozes (a menu), Ctrl+R reschedules. Enter or a click on a section's
    "more" row asks for all of that section.

    Signals:
        client_requested(int), prepare_requested(int): a client id.
        meeting_requested(int): a planned meeting's id (to prepare it).
        more_requested(str): list all of this section (the key of its "more" row).
        status(str): a short message for the status bar.
    """

    client_requested = Signal(int)
    prepare_requested = Signal(int)
    meeting_requested = Signal(int)
    more_requested = Signal(str)
    status = Signal(str)

    def __init__(
        self, ops: Operations, name: str, compact: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self.model = AgendaModel(self)
        self.model.compact = compact
        self.dialog: DoneDialog | DayDialog | None = None  # the open one (tests drive it)
        self._keep: tuple[str, int] | None = None
        self._keep_row = 0

        self.view = QTableView()
        self.view.setAccessibleName(name)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        widths = COMPACT_WIDTHS if compact else WIDTHS
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        self.view.setColumnHidden(COL_KIND, compact)  # compact: the kind goes with the title
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.view.clicked.connect(self.on_clicked)

        self.done_button = self._button("check", self.tr("Done"), self.tr("Mark as done (Ctrl+D)"))
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button = self._button("timer", self.tr("Snooze"), self.tr("Snooze (Ctrl+L)"))
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_actions = {
            "tomorrow": self.snooze_menu.addAction(self.tr("Until tomorrow")),
            "3days": self.snooze_menu.addAction(self.tr("For 3 days")),
            "week": self.snooze_menu.addAction(self.tr("Until next Monday")),
            "pick": self.snooze_menu.addAction(self.tr("Pick a day…")),
        }
        for key, action in self.snooze_actions.items():
            action.triggered.connect(lambda _c=False, k=key: self.snooze(k))
        self.snooze_button.setMenu(self.snooze_menu)
        self.reschedule_button = self._button(
            "calendar", self.tr("Reschedule"), self.tr("Move to another day (Ctrl+R)")
        )
        self.reschedule_button.clicked.connect(self.reschedule)
        self.open_button = self._button(
            "user", self.tr("Open client"), self.tr("Open client (Enter)")
        )
        self.open_button.clicked.connect(self.open_client)
        self.prepare_button = self._button(
            "prepare", self.tr("Prepare"), self.tr("Prepare the meeting")
        )
        self.prepare_button.clicked.connect(self.prepare)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.done_button,
            self.snooze_button,
            self.reschedule_button,
            self.open_button,
            self.prepare_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        self.toolbar = bar

        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_button = QPushButton()
        self.empty_button.setProperty("primary", True)
        self.empty_box = QWidget()
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.empty_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_box, 1)

        for sequence, slot in (
            ("Ctrl+D", self.mark_done),
            ("Ctrl+L", self.show_snooze_menu),
            ("Ctrl+R", self.reschedule),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        for enter_key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(enter_key), self.view)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.open_selected)
        self._update_actions()

    def _button(self, icon_name: IconName, text: str, tip: str) -> QPushButton:
        button = QPushButton(icon(icon_name, current_palette()["text"]), text)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        return button

    # -- content ----------------------------------------------------------------------
    def set_empty(self, text: str, action: str, slot: Callable[[], None]) -> None:
        """The one sentence and the one action shown when there is nothing at all."""
        self.empty_label.setText(text)
        self.empty_button.setText(action)
        self.empty_button.setAccessibleName(action)
        self.empty_button.clicked.connect(slot)

    def set_sections(self, sections: list[AgendaSection], today: date, zone: object) -> None:
        keep = self._keep or self.selected_key()
        keep_row = self._keep_row if self._keep else self.view.currentIndex().row()
        self._keep = None
        self.model.zone = zone
        self.model.set_sections(sections, today)
        self.view.clearSpans()
        for row in [*self.model.heading_rows(), *self.model.more_rows()]:
            self.view.setSpan(row, 0, 1, self.model.columnCount())
        empty = self.model.item_count() == 0 and bool(self.empty_label.text())
        self.view.setVisible(not empty)
        self.empty_box.setVisible(empty)
        for i in range(self.toolbar.count()):
            item = self.toolbar.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setVisible(not empty)
        row = self.model.row_of(keep) if keep else -1
        if row < 0:
            row = self._first_item_row(max(keep_row, 0))
        if row >= 0:
            self._select_row(row)
        self._update_actions()

    def _first_item_row(self, start: int) -> int:
        rows = self.model.rowCount()
        candidates: list[int] = [*range(start, rows), *range(min(start, rows) - 1, -1, -1)]
        for row in candidates:
            if self.model.item_at(row) is not None:
                return row
        return -1

    def selected(self) -> Item | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def selected_key(self) -> tuple[str, int] | None:
        item = self.selected()
        return item_key(item) if item is not None else None

    def select_item(self, key: tuple[str, int]) -> bool:
        row = self.model.row_of(key)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, COL_CLIENT)
        self.view.selectRow(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def scroll_to_section(self, key: str) -> None:
        """Show a section's heading at the top and select its first item."""
        row = self.model.heading_row(key)
        if row < 0:
            return
        self.view.scrollTo(self.model.index(row, 0), QTableView.ScrollHint.PositionAtTop)
        item_row = self._first_item_row(row)
        if item_row >= 0 and self.model.section_key(item_row) == key:
            self.view.selectRow(item_row)
        self.view.setFocus()

    def _update_actions(self) -> None:
        item = self.selected()
        open_followup = isinstance(item, FollowUp) and item.status in OPEN_STATUSES
        for button in (self.done_button, self.snooze_button, self.reschedule_button):
            button.setEnabled(open_followup)
        self.open_button.setEnabled(item is not None)
        self.prepare_button.setEnabled(item is not None)
        self.prepare_button.setToolTip(
            self.tr("Prepare this meeting")
            if isinstance(item, MeetingSummary)
            else self.tr("Prepare a meeting with this client")
        )

    # -- actions -----------------------------------------------------------------------
    def _open_followup(self) -> FollowUp | None:
        item = self.selected()
        if isinstance(item, FollowUp) and item.status in OPEN_STATUSES:
            return item
        return None

    def _remember_place(self, item: FollowUp) -> None:
        """After the change the selection moves to the row that took this one's place."""
        row = self.model.row_of(item_key(item))
        self._keep = None
        following = next(
            (
                self.model.item_at(r)
                for r in range(row + 1, self.model.rowCount())
                if self.model.item_at(r) is not None
            ),
            None,
        )
        if following is not None:
            self._keep = item_key(following)
        self._keep_row = row

    def mark_done(self) -> None:
        item = self._open_followup()
        if item is None:
            return
        dialog = DoneDialog(item, self)
        self.dialog = dialog

        def accepted() -> None:
            outcome = dialog.outcome_text()
            self._remember_place(item)
            self._ops.op(
                lambda book: followups.complete_followup(book, item.id, outcome),
                lambda _r: self.status.emit(self.tr("Done: %1").replace("%1", item.title)),
            )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def show_snooze_menu(self) -> None:
        if self._open_followup() is None:
            return
        self.snooze_menu.popup(
            self.snooze_button.mapToGlobal(self.snooze_button.rect().bottomLeft())
        )

    def snooze(self, how: str) -> None:
        item = self._open_followup()
        if item is None:
            return
        today = self.model.today
        if how == "pick":
            self._pick_day(
                self.tr("Snooze"),
                item,
                today + timedelta(days=1),
                lambda d, _t: self._snooze(item, d),
            )
            return
        days = {"tomorrow": 1, "3days": 3, "week": 7 - today.weekday()}[how]
        self._snooze(item, today + timedelta(days=days))

    def _snooze(self, item: FollowUp, until: date) -> None:
        self._remember_place(item)
        self._ops.op(
            lambda book: followups.snooze_followup(book, item.id, until),
            lambda _r: self.status.emit(
                self.tr("Snoozed until %1").replace("%1", self._day_text(until))
            ),
        )

    def reschedule(self) -> None:
        item = self._open_followup()
        if item is None:
            return

        def chosen(day: date, at: object) -> None:
            self._remember_place(item)
            self._ops.op(
                lambda book: followups.reschedule_followup(book, item.id, day, at),  # type: ignore[arg-type]
                lambda _r: self.status.emit(
                    self.tr("Moved to %1").replace("%1", self._day_text(day))
                ),
            )

        self._pick_day(
            self.tr("Reschedule"), item, max(item.shows_on, self.model.today), chosen, True
        )

    def _pick_day(
        self,
        title: str,
        item: FollowUp,
        initial: date,
        chosen: Callable[[date, object], None],
        with_time: bool = False,
    ) -> None:
        dialog = DayDialog(title, item, initial, self.model.today, with_time, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: chosen(dialog.chosen_date(), dialog.chosen_time()))
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: DoneDialog | DayDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()  # after accepted/finished have been handled

    def _day_text(self, day: date) -> str:
        return formatting.day(day, self.model.today)

    def open_client(self) -> None:
        item = self.selected()
        if item is not None:
            self.client_requested.emit(item.client_id)

    def prepare(self) -> None:
        item = self.selected()
        if isinstance(item, MeetingSummary):
            self.meeting_requested.emit(item.id)
        elif item is not None:
            self.prepare_requested.emit(item.client_id)

    def on_clicked(self, index: QModelIndex) -> None:
        """A click on a "more" row acts at once, like the link it looks like."""
        key = self.model.more_key(index.row())
        if key:
            self.more_requested.emit(key)

    def open_selected(self) -> None:
        """Enter or a double click: a meeting opens to prepare, a follow-up its client, and
        a "more" row asks for the rest of its section."""
        key = self.model.more_key(self.view.currentIndex().row())
        if key:
            self.more_requested.emit(key)
        elif isinstance(self.selected(), MeetingSummary):
            self.prepare()
        else:
            self.open_client()

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
