"""A 1-5 rating as five large buttons (no typing, easy to hit across the table)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget


class RatingRow(QWidget):
    """Signals: changed(int): the chosen rating, 0 when none."""

    changed = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so the chosen one can be tapped again to clear it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for value in range(1, 6):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setMinimumSize(44, 36)
            button.setAccessibleName(f"{name} {value}")
            self.group.addButton(button, value)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self._on_clicked)

    def _on_clicked(self, value: int) -> None:
        chosen = self.buttons[value - 1].isChecked()
        for button in self.buttons:
            if button is not self.buttons[value - 1]:
                button.setChecked(False)
        self.changed.emit(value if chosen else 0)

    def value(self) -> int | None:
        for index, button in enumerate(self.buttons, start=1):
            if button.isChecked():
                return index
        return None

    def set_value(self, value: int | None) -> None:
        for index, button in enumerate(self.buttons, start=1):
            button.setChecked(index == value)
