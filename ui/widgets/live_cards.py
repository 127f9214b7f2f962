"""Live mode's pieces: a check card that toggles anywhere it is tapped, an objection row."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rmcoach.meeting_domain import Objection
from ui.icons import icon

SAVE_DELAY_MS = 800  # text boxes: saved this long after the last keystroke (< 2 s promised)


class CardCheckBox(QCheckBox):
    """A check box that toggles wherever the card is tapped, not only on its text."""

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)


class CheckCard(QWidget):
    """One playbook item: a large check box, its guidance folded one tap away."""

    toggled = Signal(str, bool)

    def __init__(self, item_id: str, title: str, guide: str, phrases: tuple[str, ...]) -> None:
        super().__init__()
        self.item_id = item_id
        self.box = CardCheckBox(title)
        self.box.setProperty("role", "checkCard")
        self.box.setAccessibleName(title)
        self.box.toggled.connect(lambda on: self.toggled.emit(item_id, on))
        self.more = QToolButton()
        self.more.setIcon(icon("info"))
        self.more.setCheckable(True)
        self.more.setToolTip(self.tr("How and why"))
        self.more.setAccessibleName(self.tr("Show guidance for %1").replace("%1", title))
        self.more.setMinimumSize(44, 44)
        text = guide + ("\n" + "\n".join(f"“{p}”" for p in phrases) if phrases else "")
        self.guide = QLabel(text)
        self.guide.setWordWrap(True)
        self.guide.setProperty("role", "muted")
        self.guide.hide()
        self.more.toggled.connect(self.guide.setVisible)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 1)
        row.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.guide)


class ObjectionRow(QFrame):
    """An objection as the client put it, the response given, and whether it was resolved."""

    changed = Signal(int, str, bool)

    def __init__(self, objection: Objection) -> None:
        super().__init__()
        self.setProperty("card", True)
        assert objection.id is not None
        self.objection_id = objection.id
        self.text = QLabel(objection.text)
        self.text.setWordWrap(True)
        self.response = QLineEdit(objection.response)
        self.response.setPlaceholderText(self.tr("Your response"))
        self.response.setAccessibleName(self.tr("Response to the objection"))
        self.resolved = QCheckBox(self.tr("Resolved"))
        self.resolved.setChecked(objection.resolved)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.response.textEdited.connect(lambda _t: self._timer.start())
        self.resolved.toggled.connect(lambda _on: self.flush())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.response, 1)
        row.addWidget(self.resolved)
        layout.addLayout(row)

    def flush(self) -> None:
        self._timer.stop()
        self.changed.emit(
            self.objection_id, self.response.text().strip(), self.resolved.isChecked()
        )
