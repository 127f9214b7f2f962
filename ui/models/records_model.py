"""A small read-only table model over a short list of plain rows (holdings, contacts)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ui.models.list_model import ListTableModel

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class RecordsModel(ListTableModel, Generic[T]):
    """Columns are (header, getter) pairs; headers are already translated by the caller."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[T], str]]], parent: Any = None):
        super().__init__([title for title, _getter in columns], parent)
        self._columns = list(columns)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self._columns):
            return None
        return self._columns[index.column()][1](self._rows[index.row()])
