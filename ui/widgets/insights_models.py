"""Table models of the Insights page: the retention radar and the phrase-coach findings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from rmcoach.domain import Tier
from rmcoach.services.insights.coaching import MeetingFindings
from rmcoach.services.insights.overview import RadarEntry
from ui import formatting, insights_labels
from ui.i18n import current_language
from ui.icons import icon
from ui.labels import tier_name
from ui.models.list_model import ListTableModel
from ui.theme import current_palette

Index = QModelIndex | QPersistentModelIndex
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RadarModel(ListTableModel):
    """Radar entries: client, tier, reason, the figures, and "Prepare" (one click).

    Attributes:
        tier_names: the book's own tier names (may be empty).
        today: the day the figures are described against.
    """

    COL_CLIENT, COL_TIER, COL_REASON, COL_DETAIL, COL_PREPARE = range(5)

    def __init__(self, tier_names: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent=parent)
        self.tier_names = tier_names
        self.today = date.today()
        self._rows: list[RadarEntry] = []
        self._details: dict[int, str] = {}  # row -> its sentence, written when first shown
        self._headers = [
            self.tr("Client"),
            self.tr("Tier"),
            self.tr("Why"),
            self.tr("Details"),
            "",
        ]

    def set_rows(self, rows: Sequence[RadarEntry], today: date) -> None:
        self.beginResetModel()
        self.today = today
        self._rows = list(rows)
        self._details = {}
        self.endResetModel()

    def entry(self, row: int) -> RadarEntry:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, column = self._rows[index.row()], index.column()
        if role == CLIENT_ID_ROLE:
            return entry.client_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_PREPARE:
                return self.tr("Prepare a meeting with %1").replace("%1", entry.display_name)
            return self._text(index.row(), column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_REASON:
            return icon(insights_labels.reason_icon(entry.reason), current_palette()["muted"])
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_PREPARE:
            return QColor(current_palette()["accent"])
        if role == Qt.ItemDataRole.FontRole and column == self.COL_PREPARE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: int, column: int) -> str:
        entry = self._rows[row]
        if column == self.COL_CLIENT:
            return f"{entry.display_name}  {entry.client_no}".strip()
        if column == self.COL_TIER:
            return tier_name(Tier(entry.tier), self.tier_names)
        if column == self.COL_REASON:
            return insights_labels.reason_name(entry.reason)
        if column == self.COL_DETAIL:
            # data() is asked often and a book may have thousands on the radar: write each
            # sentence once, when its row is first drawn
            if row not in self._details:
                self._details[row] = insights_labels.reason_detail(entry, self.today)
            return self._details[row]
        if column == self.COL_PREPARE:
            return self.tr("Prepare ›")
        return ""


class FindingsModel(ListTableModel):
    """Meetings whose notes or talking points the phrase coach flagged, newest first."""

    COL_DAY, COL_CLIENT, COL_WORDS = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent=parent)
        self._rows: list[MeetingFindings] = []
        self._today = date.today()
        self._headers = [self.tr("Meeting"), self.tr("Client"), self.tr("Words to reconsider")]

    def set_rows(self, rows: Sequence[MeetingFindings], today: date) -> None:
        self.beginResetModel()
        self._today = today
        self._rows = [m for m in reversed(rows) if m.findings]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        meeting = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_DAY:
                return formatting.day(meeting.at.date(), self._today)
            if column == self.COL_CLIENT:
                return meeting.client_name
            if column == self.COL_WORDS:
                return "、".join(
                    f"“{f.word}” ({insights_labels.category_name(f.category)})"
                    for f in meeting.findings
                )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_WORDS:
            lang = current_language()
            return "\n".join(f"“{f.word}”: {f.suggestion(lang)}" for f in meeting.findings)
        return None
