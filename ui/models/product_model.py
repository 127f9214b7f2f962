"""The product catalogue as a table: name, code, kind, risk, minimum amount, liquidity, on sale."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from rmcoach.compliance.domain import Product
from ui import formatting
from ui.models.list_model import ListTableModel
from ui.product_labels import product_kind_name, risk_name
from ui.theme import current_palette

Index = QModelIndex | QPersistentModelIndex

ProductRole = Qt.ItemDataRole.UserRole + 1  # the row's Product
COL_NAME, COL_CODE, COL_KIND, COL_RISK, COL_MINIMUM, COL_LIQUIDITY, COL_ON_SALE = range(7)


class ProductTableModel(ListTableModel):
    """Rows set in one go from a list the worker read; data() never touches the book."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent=parent)
        self._rows: list[Product] = []
        self._headers = [
            self.tr("Name"),
            self.tr("Code"),
            self.tr("Kind"),
            self.tr("Risk"),
            self.tr("Minimum"),
            self.tr("Liquidity"),
            self.tr("Status"),
        ]

    def set_products(self, rows: Sequence[Product]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def product_at(self, row: int) -> Product | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, product_id: int) -> int:
        return next((r for r, p in enumerate(self._rows) if p.id == product_id), -1)

    def on_sale_count(self) -> int:
        return sum(1 for p in self._rows if p.draft.active)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        product = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(product, column)
        if role == ProductRole:
            return product
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NAME:
            return product.draft.fees or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_MINIMUM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not product.draft.active:
            return QColor(current_palette()["muted"])  # the status column says it in words
        return None

    def _text(self, product: Product, column: int) -> str:
        draft = product.draft
        if column == COL_NAME:
            return draft.name
        if column == COL_CODE:
            return draft.code
        if column == COL_KIND:
            return product_kind_name(draft.kind)
        if column == COL_RISK:
            return risk_name(draft.risk)
        if column == COL_MINIMUM:
            return formatting.amount(draft.min_amount_fen) if draft.min_amount_fen else ""
        if column == COL_LIQUIDITY:
            return draft.liquidity
        return self.tr("On sale") if draft.active else self.tr("Withdrawn")
