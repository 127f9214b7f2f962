"""The client book: filters, the list over SQL, the selected client's profile, undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QByteArray, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmcoach.domain import Channel, ClientQuery, ClientRecord, OpChanges, RiskProfile, Tier
from rmcoach.services.book import Book
from rmcoach.services.clients import records as clients
from rmcoach.services.meetings import records as meetings
from rmcoach.services.protection import audit, consents
from ui.labels import channel_name, tier_name
from ui.models.client_list_model import ClientIdRole, ClientListModel, sortable
from ui.operations import Operations
from ui.page_freshness import Freshness
from ui.widgets.client_detail import ClientDetail

NOT_CONTACTED_CHOICES = (None, 30, 60, 90, 180, 365)


@dataclass(frozen=True)
class UndoStep:
    """How to take back one change: a label for the status bar and the reverse write."""

    label: str
    reverse: Callable[[Book], OpChanges | clients.ClientSaved]


class ClientsPage(QWidget):
    """The client book page.

    Signals:
        status(str): a short message for the status bar.
    """

    status = Signal(str)
    prepare_requested = Signal(int)
    documents_requested = Signal(int)
    meeting_requested = Signal(int)

    def __init__(self, ops: Operations, tier_names: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clientsPage")
        self._ops = ops
        self.tier_names = tier_names
        self._undo: list[UndoStep] = []
        self._selected_id: int | None = None
        self._query = ClientQuery()

        self.tier_filter = QComboBox()
        self.tier_filter.setAccessibleName(self.tr("Filter by tier"))
        self.tier_filter.addItem(self.tr("All tiers"), None)
        for tier in Tier:
            self.tier_filter.addItem(tier_name(tier, tier_names), tier)
        self.risk_filter = QComboBox()
        self.risk_filter.setAccessibleName(self.tr("Filter by risk profile"))
        self.risk_filter.addItem(self.tr("All risk profiles"), None)
        for risk in RiskProfile:
            self.risk_filter.addItem(risk.value, risk)
        self.contact_filter = QComboBox()
        self.contact_filter.setAccessibleName(self.tr("Filter by last contact"))
        for days in NOT_CONTACTED_CHOICES:
            label = (
                self.tr("Any last contact")
                if days is None
                else self.tr("Not contacted for %n day(s)", "", days)
            )
            self.contact_filter.addItem(label, days)
        self.archive_filter = QComboBox()
        self.archive_filter.setAccessibleName(self.tr("Active or archived clients"))
        self.archive_filter.addItem(self.tr("Active clients"), "active")
        self.archive_filter.addItem(self.tr("Archived clients"), "archived")
        for combo in (self.tier_filter, self.risk_filter, self.contact_filter, self.archive_filter):
            # wide enough for its longest choice (the stylesheet's padding is not in sizeHint)
            longest = max(
                combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                for i in range(combo.count())
            )
            combo.setMinimumWidth(longest + 56)
            combo.currentIndexChanged.connect(self._on_filters_changed)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        filters = QHBoxLayout()
        for widget in (
            self.tier_filter,
            self.risk_filter,
            self.contact_filter,
            self.archive_filter,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.model = ClientListModel(ops, self)
        self.model.tier_names = tier_names
        self.model.loaded.connect(self._on_loaded)
        # the list and the profile show clients and their meetings (as listed); a hidden
        # page waits until it is shown again
        self.freshness = Freshness(
            self, self.reload, cares=lambda changes: changes.clients or changes.meetings
        )
        self.view = QTableView()
        self.view.setObjectName("clientList")
        self.view.setAccessibleName(self.tr("Clients"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the name takes the spare width; per-column widths stay the RM's to drag
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._on_header_clicked)
        for column, width in enumerate((0, 90, 110, 120, 130)):
            if column:
                self.view.setColumnWidth(column, width)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())

        self.empty_label = QLabel(self.tr("No client matches. Clear the search or the filters."))
        self.empty_label.setProperty("role", "empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        self.detail = ClientDetail(ops)
        self.detail.tier_names = tier_names
        self.detail.edit_requested.connect(lambda _id: self.edit_selected())
        self.detail.prepare_requested.connect(self.prepare_requested)
        self.detail.documents_requested.connect(self.documents_requested)
        self.detail.revealed.connect(
            lambda client_id: self._ops.op(
                lambda book: audit.record(book, audit.AuditAction.UNMASK, client_id, "profile")
            )
        )
        self.detail.meeting_opened.connect(self.meeting_requested)
        self.detail.archive_requested.connect(lambda _id: self.archive_selected())
        self.detail.restore_requested.connect(lambda _id: self.restore_selected())
        self.detail.contact_requested.connect(lambda _id: self.log_contact())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty_label, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([660, 520])  # until the RM drags it (then it is remembered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(60)  # coalesce fast typing without feeling late
        self._search_timer.timeout.connect(self._apply_query)
        self._pending_text = ""

        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.archive_selected),
            (QKeySequence.StandardKey.Undo, self.undo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- querying -------------------------------------------------------------
    def set_search_text(self, text: str) -> None:
        self._pending_text = text
        self._search_timer.start()

    def _on_filters_changed(self) -> None:
        self._apply_query()

    def current_query(self) -> ClientQuery:
        tier = self.tier_filter.currentData()
        risk = self.risk_filter.currentData()
        return replace(
            self.model.query,
            text=self._pending_text,
            # Qt hands enum data back as plain strings; turn them into the core's enums
            tiers=frozenset({Tier(tier)}) if tier else frozenset(),
            risk_profiles=frozenset({RiskProfile(risk)}) if risk else frozenset(),
            not_contacted_days=self.contact_filter.currentData(),
            archived_only=self.archive_filter.currentData() == "archived",
        )

    def _apply_query(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_query())

    def reload(self) -> None:
        """Read the list again; restoring the selection reads the profile again too."""
        self.freshness.loading()
        self.model.refresh()

    def _on_header_clicked(self, column: int) -> None:
        header = self.view.horizontalHeader()
        if not sortable(column):
            sort = self.model.query.sort
            from ui.models.client_list_model import COLUMNS

            current = next(i for i, (_n, key) in enumerate(COLUMNS) if key == sort)
            order = (
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicator(current, order)
            return
        self.model.sort(column, header.sortIndicatorOrder())

    def _on_loaded(self, total: int) -> None:
        self.freshness.loaded()
        self.count_label.setText(self.tr("%n client(s)", "", total))
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self._restore_selection()

    # -- selection ------------------------------------------------------------
    def _restore_selection(self) -> None:
        row = self.model.row_of(self._selected_id) if self._selected_id is not None else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.view.selectRow(row)
        else:
            self._selected_id = None
            self.detail.show_record(None)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return
        client_id = int(indexes[0].data(ClientIdRole))
        self._selected_id = client_id
        self.load_detail(client_id)

    def load_detail(self, client_id: int) -> None:
        def shown(result: tuple[ClientRecord, datetime]) -> None:
            record, now = result
            if record.id == self._selected_id:
                self.detail.now = now
                self.detail.show_record(record)

        def failed(error: BaseException) -> None:
            if isinstance(error, clients.ClientNotFoundError):
                self.detail.show_record(None)
            else:
                self._ops.report_error(error)

        self._ops.query(
            lambda book: (clients.get_client(book, client_id), book.clock.now()), shown, failed
        )
        self._ops.query(
            lambda book: meetings.client_meetings(book, client_id),
            lambda summaries: self.detail.show_meetings(client_id, summaries),
        )
        self._ops.query(
            lambda book: consents.client_consents(book, client_id),
            lambda rows: self.detail.show_consents(client_id, rows),
        )

    def select_client(self, client_id: int) -> None:
        self._selected_id = client_id
        row = self.model.row_of(client_id)
        if row >= 0:
            self.view.selectRow(row)
        else:
            self.load_detail(client_id)

    def selected_id(self) -> int | None:
        return self._selected_id if self.detail.record is not None else None

    # -- actions -------------------------------------------------------------
    def new_client(self) -> None:
        from ui.dialogs.client_editor import ClientEditor  # on first use: ~60 ms of start-up

        editor = ClientEditor(self._ops, None, self.tier_names, self.model.now.date(), self)
        editor.saved.connect(self._on_added)
        editor.open()

    def _on_added(self, result: clients.ClientSaved) -> None:
        client_id = result.client.id
        self._selected_id = client_id
        self._push_undo(
            self.tr("Added %1").replace("%1", result.client.display_name),
            lambda book: clients.archive_clients(book, [client_id]),
        )

    def edit_selected(self) -> None:
        record = self.detail.record
        if record is None or record.archived_at is not None:
            return
        from ui.dialogs.client_editor import ClientEditor

        editor = ClientEditor(self._ops, record, self.tier_names, self.model.now.date(), self)
        before = record.draft
        client_id = record.id

        def saved(result: clients.ClientSaved) -> None:
            self._push_undo(
                self.tr("Edited %1").replace("%1", result.client.display_name),
                lambda book: clients.update_client(book, client_id, before),
            )

        editor.saved.connect(saved)
        editor.open()

    def archive_selected(self) -> None:
        record = self.detail.record
        if record is None or record.archived_at is not None:
            return
        client_id, name = record.id, record.display_name
        row = self.model.row_of(client_id)

        def archived(_changes: OpChanges) -> None:
            # keep the RM's place: the next row takes the archived one's spot
            following = self.model.row_at(row + 1) or self.model.row_at(row - 1)
            self._selected_id = following.id if following else None
            self._push_undo(
                self.tr("Archived %1").replace("%1", name),
                lambda book: clients.restore_clients(book, [client_id]),
            )
            self.status.emit(self.tr("%1 archived. Press Ctrl+Z to undo.").replace("%1", name))

        self._ops.op(lambda book: clients.archive_clients(book, [client_id]), archived)

    def restore_selected(self) -> None:
        record = self.detail.record
        if record is None or record.archived_at is None:
            return
        client_id, name = record.id, record.display_name

        def restored(_changes: OpChanges) -> None:
            self._push_undo(
                self.tr("Restored %1").replace("%1", name),
                lambda book: clients.archive_clients(book, [client_id]),
            )
            self.status.emit(self.tr("%1 restored.").replace("%1", name))

        self._ops.op(lambda book: clients.restore_clients(book, [client_id]), restored)

    def log_contact(self) -> None:
        record = self.detail.record
        if record is None:
            return
        channels = list(Channel)
        names = [channel_name(c) for c in channels]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Log contact"), self.tr("How did you reach the client?"), names, 0, False
        )
        if not ok:
            return
        channel = channels[names.index(choice)]
        summary, ok = QInputDialog.getText(self, self.tr("Log contact"), self.tr("What was said?"))
        if not ok:
            return
        client_id = record.id
        self._ops.op(lambda book: clients.log_contact(book, client_id, channel, summary.strip()))

    def _push_undo(
        self, label: str, reverse: Callable[[Book], OpChanges | clients.ClientSaved]
    ) -> None:
        self._undo.append(UndoStep(label, reverse))
        del self._undo[:-50]  # a bounded history: enough for a session's slips

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> None:
        if not self._undo:
            self.status.emit(self.tr("Nothing to undo."))
            return
        step = self._undo.pop()
        self._ops.op(
            step.reverse,
            lambda _r: self.status.emit(self.tr("Undone: %1").replace("%1", step.label)),
        )

    # -- refresh ---------------------------------------------------------------
    def on_changes(self, changes: OpChanges, initiator: object | None) -> None:
        """Called for every write: a change to clients or meetings reloads the list (at
        once if shown, else when shown next); the selection, restored, reloads the profile."""
        self.freshness.changed(changes, self.isVisible(), initiator)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.freshness.shown()

    def flush(self) -> None:
        """Nothing typed here waits to be saved (the editor saves itself)."""

    def save_state(self) -> dict[str, QByteArray]:
        return {
            "splitter": self.splitter.saveState(),
            "header": self.view.horizontalHeader().saveState(),
        }

    def restore_state(self, state: dict[str, object]) -> None:
        splitter = state.get("splitter")
        header = state.get("header")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        if isinstance(header, QByteArray):
            self.view.horizontalHeader().restoreState(header)

    def focus_list(self) -> None:
        self.view.setFocus()

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
