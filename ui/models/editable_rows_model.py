"""An editable table of text cells for small lists inside a form (holdings, household)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.list_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex


class EditableRowsModel(ListTableModel):
    """Rows of strings; cells listed in `invalid` are drawn red with their message as tooltip.

    Columns with choices store the choice's key and display its label.
    """

    def __init__(
        self,
        headers: Sequence[str],
        choices: dict[int, list[tuple[str, str]]] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(headers, parent)
        self.choices = choices or {}
        self._rows: list[list[str]] = []
        self.invalid: dict[tuple[int, int], str] = {}

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self.invalid = {}
        self.endResetModel()

    def rows(self) -> list[list[str]]:
        return [list(r) for r in self._rows]

    def add_row(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        defaults = [
            self.choices[c][0][0] if c in self.choices else "" for c in range(len(self._headers))
        ]
        self._rows.append(defaults)
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.invalid = {}
            self.endRemoveRows()

    def mark_invalid(self, cells: dict[tuple[int, int], str]) -> None:
        self.invalid = dict(cells)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1)
            )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        value = self._rows[index.row()][index.column()]
        key = (index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            labels = dict(self.choices.get(index.column(), []))
            return labels.get(value, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and key in self.invalid:
            return self.invalid[key]
        if role == Qt.ItemDataRole.BackgroundRole and key in self.invalid:
            return QColor(198, 40, 40, 40)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self._headers):
            return False
        self._rows[index.row()][index.column()] = str(value)
        self.invalid.pop((index.row(), index.column()), None)
        self.dataChanged.emit(index, index)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a column that has choices with a combo box."""

    def __init__(self, model: EditableRowsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = self._model.choices.get(index.column())
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for key, label in choices:
            combo.addItem(label, key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(position, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
