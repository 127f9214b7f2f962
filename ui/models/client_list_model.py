"""The client list: a QAbstractTableModel over the SQL query, paged with keyset cursors.

data() never queries the book: pages are fetched on the worker and appended when they
arrive. A new query replaces the rows; answers to superseded queries are dropped.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from rmcoach.domain import ClientPage, ClientQuery, ClientRow, SortKey
from rmcoach.masking import mask_phone
from rmcoach.services.clients import search as client_search
from ui import formatting
from ui.labels import tier_name
from ui.operations import Operations

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, SortKey | None], ...] = (
    (QT_TRANSLATE_NOOP("ClientListModel", "Name"), SortKey.NAME),
    (QT_TRANSLATE_NOOP("ClientListModel", "Tier"), SortKey.TIER),
    (QT_TRANSLATE_NOOP("ClientListModel", "Assets"), SortKey.AUM),
    (QT_TRANSLATE_NOOP("ClientListModel", "Last contact"), SortKey.LAST_CONTACT),
    (QT_TRANSLATE_NOOP("ClientListModel", "Next maturity"), None),
)
COL_NAME, COL_TIER, COL_AUM, COL_CONTACT, COL_MATURITY = range(5)

ClientIdRole = Qt.ItemDataRole.UserRole + 1


class ClientListModel(QAbstractTableModel):
    """Rows of the current query.

    Signals:
        loaded(int): the first page of a query arrived; the argument is the total count.
    """

    loaded = Signal(int)

    def __init__(self, ops: Operations, parent: Any = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._rows: list[ClientRow] = []
        self._query = ClientQuery()
        self._cursor: tuple[object, int] | None = None
        self._generation = 0
        self._fetching = False
        self._pending_refresh = False
        self.total = 0
        self.tier_names: dict[str, str] = {}
        self.now = datetime.now().astimezone()

    # -- queries -------------------------------------------------------------
    @property
    def query(self) -> ClientQuery:
        return self._query

    def set_query(self, query: ClientQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Run the current query again from the top (after a change or a new search)."""
        if self._fetching:
            # one query at a time: the newest wins once the running one returns
            self._pending_refresh = True
            return
        self._generation += 1
        generation = self._generation
        query = self._query
        self._fetching = True

        def work(book: Any) -> tuple[ClientPage, int, datetime]:
            page = client_search.search_clients(book, query)
            count = (
                len(page.rows)
                if page.next_cursor is None
                else client_search.count_clients(book, query)
            )
            return page, count, book.clock.now()

        self._ops.query(
            work,
            lambda result: self._on_first_page(generation, *result),
            self._on_failure,
        )

    def _on_first_page(self, generation: int, page: ClientPage, count: int, now: datetime) -> None:
        self._fetching = False
        if self._pending_refresh:
            self._pending_refresh = False
            self.refresh()
            return
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._cursor = page.next_cursor
        self.total = count
        self.now = now
        self.endResetModel()
        self.loaded.emit(count)

    def _on_failure(self, error: BaseException) -> None:
        self._fetching = False
        self._pending_refresh = False
        self._ops.report_error(error)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._cursor is not None and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._cursor is None or self._fetching:
            return
        generation = self._generation
        query, cursor = self._query, self._cursor
        self._fetching = True
        self._ops.query(
            lambda book: client_search.search_clients(book, query, cursor),
            lambda page: self._on_next_page(generation, page),
            self._on_failure,
        )

    def _on_next_page(self, generation: int, page: ClientPage) -> None:
        self._fetching = False
        if self._pending_refresh:
            self._pending_refresh = False
            self.refresh()
            return
        if generation != self._generation or not page.rows:
            self._cursor = None if generation == self._generation else self._cursor
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._cursor = page.next_cursor
        self.endInsertRows()

    # -- rows ----------------------------------------------------------------
    def row_at(self, row: int) -> ClientRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == client_id:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ClientListModel", COLUMNS[section][0])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ClientIdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME:
            # phones stay masked even in the tooltip: the list is what a client may glimpse
            parts = [row.display_name, row.client_no, mask_phone(row.mobile), row.tags]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_AUM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        due_soon = row.next_maturity and (row.next_maturity - self.now.date()).days <= 30
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_MATURITY and due_soon:
            return QColor("#B26A00")  # due soon: amber, and the date says it too
        return None

    def _display(self, row: ClientRow, column: int) -> str:
        if column == COL_NAME:
            return row.display_name
        if column == COL_TIER:
            return tier_name(row.tier, self.tier_names)
        if column == COL_AUM:
            return formatting.amount(row.aum_fen)
        if column == COL_CONTACT:
            return formatting.days_ago(row.last_contact_at, self.now)
        if column == COL_MATURITY:
            return formatting.day(row.next_maturity, self.now.date())
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        from dataclasses import replace

        self.set_query(replace(self._query, sort=key, descending=descending))


def sortable(column: int) -> bool:
    return 0 <= column < len(COLUMNS) and COLUMNS[column][1] is not None
