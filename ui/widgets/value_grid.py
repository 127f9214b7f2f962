"""The value x loyalty grid: four tiles with the count, the action and the pricing range."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from rmcoach.services.insights.value_model import Cell
from ui import insights_labels
from ui.theme import current_palette

# where each cell sits: value rises upwards, loyalty to the right
_PLACES = {
    Cell.DEVELOP: (0, 1),
    Cell.RETAIN: (0, 2),
    Cell.MAINTAIN: (1, 1),
    Cell.GROW: (1, 2),
}
# calm tints that are none of the semantic colours; each tile also says its name
_TINTS = {
    Cell.RETAIN: ("tier_wealth", "tier_wealth_bg"),
    Cell.DEVELOP: ("tier_private", "tier_private_bg"),
    Cell.GROW: ("tier_vip", "tier_vip_bg"),
    Cell.MAINTAIN: ("tier_mass", "tier_mass_bg"),
}


class CellTile(QFrame):
    """One cell: its action as a word, how many clients, their share, and the terms."""

    def __init__(self, cell: Cell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell = cell
        self.setObjectName(f"cell_{cell.value}")
        ink, tint = (current_palette()[key] for key in _TINTS[cell])
        self.setStyleSheet(
            f"QFrame#cell_{cell.value} {{ background: {tint}; border: 1px solid {tint};"
            " border-radius: 8px; }"
            f" QLabel {{ color: {current_palette()['text']}; }}"
        )
        self.name = QLabel(insights_labels.cell_name(cell))
        self.name.setStyleSheet(f"color: {ink}; font-size: 15px; font-weight: 600;")
        self.count = QLabel("0")
        self.count.setStyleSheet("font-size: 24px; font-weight: 600;")
        self.axes = QLabel(insights_labels.cell_axes(cell))
        self.axes.setStyleSheet(f"color: {current_palette()['muted']}; font-size: 12px;")
        self.pricing = QLabel()
        self.pricing.setStyleSheet("font-size: 13px;")
        self.setToolTip(insights_labels.cell_hint(cell))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        layout.addWidget(self.name)
        layout.addWidget(self.count)
        layout.addWidget(self.axes)
        layout.addWidget(self.pricing)
        layout.addStretch(1)

    def set_values(self, count: int, total: int, pricing: tuple[int, int]) -> None:
        share = f"{round(100 * count / total)}%" if total else "–"
        self.count.setText(
            f"{count:,}  <span style='font-size:13px; font-weight:400'>{share}</span>"
        )
        self.pricing.setText(insights_labels.pricing_text(*pricing))
        self.setAccessibleName(
            f"{insights_labels.cell_name(self.cell)}: {count} ({share}); "
            f"{insights_labels.cell_axes(self.cell)}; {self.pricing.text()}"
        )


class ValueGrid(QFrame):
    """The 2 x 2 grid in a card, with its axes named in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        title = QLabel(self.tr("Value and loyalty"))
        title.setProperty("role", "h2")
        self.note = QLabel()
        self.note.setProperty("role", "muted")
        self.tiles = {cell: CellTile(cell) for cell in _PLACES}
        grid = QGridLayout()
        grid.setSpacing(8)
        value_high = QLabel(self.tr("High\nvalue"))
        value_low = QLabel(self.tr("Lower\nvalue"))
        loyalty_low = QLabel(self.tr("Low loyalty"))
        loyalty_high = QLabel(self.tr("High loyalty"))
        for label in (value_high, value_low, loyalty_low, loyalty_high):
            label.setProperty("role", "muted")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(value_high, 0, 0)
        grid.addWidget(value_low, 1, 0)
        grid.addWidget(loyalty_low, 2, 1)
        grid.addWidget(loyalty_high, 2, 2)
        for cell, (row, column) in _PLACES.items():
            grid.addWidget(self.tiles[cell], row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(self.note)
        layout.addLayout(grid, 1)

    def set_values(
        self, counts: Mapping[Cell, int], pricing: Mapping[Cell, tuple[int, int]]
    ) -> None:
        total = sum(counts.values())
        for cell, tile in self.tiles.items():
            tile.set_values(counts.get(cell, 0), total, pricing[cell])
        self.note.setText(self.tr("%n active client(s); hover a cell for what to do", "", total))
