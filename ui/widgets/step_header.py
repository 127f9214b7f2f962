"""The meeting flow's three-step header: Prepare, Meet, Wrap-up; shows where the RM is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.theme import set_style_property

STEPS = ("prepare", "live", "wrapup")


class StepHeader(QWidget):
    """Signals: step_clicked(str): the RM asked to go back to a step already reached."""

    step_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.labels: dict[str, QPushButton] = {}
        titles = {
            "prepare": self.tr("1  Prepare"),
            "live": self.tr("2  Meet"),
            "wrapup": self.tr("3  Wrap-up"),
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        for index, step in enumerate(STEPS):
            if index:
                arrow = QLabel("›")
                arrow.setProperty("role", "muted")
                layout.addWidget(arrow)
            button = QPushButton(titles[step])
            button.setProperty("flat", True)
            button.setProperty("step", True)
            button.setAccessibleName(titles[step])
            button.clicked.connect(lambda _checked=False, s=step: self.step_clicked.emit(s))
            self.labels[step] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setProperty("role", "h2")
        layout.addWidget(self.title)

    def set_step(self, current: str, reachable: tuple[str, ...]) -> None:
        """Mark the current step; earlier ones done; only reachable ones can be clicked."""
        position = STEPS.index(current)
        for index, step in enumerate(STEPS):
            state = "current" if step == current else ("done" if index < position else "todo")
            button = self.labels[step]
            set_style_property(button, "state", state)
            button.setEnabled(step in reachable and step != current)
            button.setAccessibleDescription(state)
