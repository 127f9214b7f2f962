"""The agenda as a table: follow-ups and planned meetings under section headings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon

from rmcoach.meeting_domain import FollowUp, FollowUpKind, FollowUpStatus, MeetingSummary
from rmcoach.services.followups.records import urgency
from ui import formatting
from ui.coach_labels import followup_kind_name, followup_status_name, meeting_type_name
from ui.icon_names import IconName
from ui.icons import icon
from ui.models.list_model import ListTableModel
from ui.theme import base_font, current_palette

Index = QModelIndex | QPersistentModelIndex
Item = FollowUp | MeetingSummary

ItemRole = Qt.ItemDataRole.UserRole + 1  # the FollowUp or MeetingSummary of a row
KindRole = Qt.ItemDataRole.UserRole + 2  # "heading", "placeholder", "more", "followup", "meeting"
StateRole = Qt.ItemDataRole.UserRole + 3  # "overdue", "due", "later", "done", "snoozed"...

OVERDUE_DAYS_SHOWN = 99  # beyond this "Overdue, 3,412 days" helps nobody: the date says it
COL_WHEN, COL_CLIENT, COL_KIND, COL_TITLE, COL_STATUS = range(5)

KIND_ICONS: dict[FollowUpKind, IconName] = {
    FollowUpKind.CALL: "phone",
    FollowUpKind.VISIT: "address",
    FollowUpKind.SEND_MATERIAL: "email",
    FollowUpKind.MATURITY: "product",
    FollowUpKind.BIRTHDAY: "star",
    FollowUpKind.SERVICE_REVIEW: "flag",
    FollowUpKind.OTHER: "note",
}
MEETING_ICON: IconName = "meetings"
# state -> (icon, palette colour) for the status column and the section headings
STATE_LOOK: dict[str, tuple[IconName, str]] = {
    "overdue": ("warning", "overdue"),
    "due": ("clock", "due"),
    "later": ("calendar", "muted"),
    "snoozed": ("timer", "muted"),
    "done": ("check-circle", "done"),
    "meeting": ("meetings", "accent"),
    "today": ("today", "accent"),
    "week": ("calendar", "text"),
    "day": ("calendar", "text"),
}


@dataclass(frozen=True)
class AgendaSection:
    """A heading and the items under it; an empty section shows `empty_text` instead.

    A section listing fewer than it holds says so in a row of `more_text`, where the
    `hidden` items would be: above the listed ones when `more_first` (they come earlier).
    """

    key: str
    title: str
    state: str
    items: tuple[Item, ...]
    empty_text: str = ""
    hidden: int = 0
    more_text: str = ""
    more_first: bool = False

    @property
    def total(self) -> int:
        return len(self.items) + self.hidden


@dataclass(frozen=True)
class _Row:
    kind: str  # heading | placeholder | followup | meeting
    section: AgendaSection
    item: Item | None = None


def item_key(item: Item) -> tuple[str, int]:
    return ("meeting" if isinstance(item, MeetingSummary) else "followup", item.id)


class AgendaModel(ListTableModel):
    """Read-only rows set in one go by a page; data() never touches the book.

    Attributes:
        today: the book's today, for urgency and for dates without the year.
        amber_days: how many days ahead an item counts as due (amber).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent=parent)
        self.today = date.today()
        self.amber_days = 3
        self.zone: Any = None
        self.compact = False  # rows grouped by day: time only, the kind beside the title
        self._rows: list[_Row] = []
        self._headers = (
            self.tr("When"),
            self.tr("Client"),
            self.tr("Kind"),
            self.tr("What"),
            self.tr("Status"),
        )

    # -- filling --------------------------------------------------------------------
    def set_sections(self, sections: Sequence[AgendaSection], today: date) -> None:
        self.beginResetModel()
        self.today = today
        self._rows = []
        for section in sections:
            if section.title:
                self._rows.append(_Row("heading", section))
            if not section.items and section.empty_text and not section.title:
                self._rows.append(_Row("placeholder", section))
            more = [_Row("more", section)] if section.hidden > 0 else []
            self._rows.extend(more if section.more_first else [])
            for item in section.items:
                kind = "meeting" if isinstance(item, MeetingSummary) else "followup"
                self._rows.append(_Row(kind, section, item))
            self._rows.extend([] if section.more_first else more)
        self.endResetModel()

    def set_more_text(self, key: str, text: str) -> None:
        """Change what a section's "more" row says (while all its items load)."""
        for row, entry in enumerate(self._rows):
            if entry.kind == "more" and entry.section.key == key:
                section = replace(entry.section, more_text=text)
                self._rows[row] = _Row("more", section)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def item_at(self, row: int) -> Item | None:
        return self._rows[row].item if 0 <= row < len(self._rows) else None

    def row_of(self, key: tuple[str, int]) -> int:
        for row, entry in enumerate(self._rows):
            if entry.item is not None and item_key(entry.item) == key:
                return row
        return -1

    def heading_rows(self) -> list[int]:
        return [r for r, entry in enumerate(self._rows) if entry.kind in ("heading", "placeholder")]

    def more_rows(self) -> list[int]:
        return [r for r, entry in enumerate(self._rows) if entry.kind == "more"]

    def more_key(self, row: int) -> str:
        """The section whose "more" row this is, or "" for any other row."""
        in_range = 0 <= row < len(self._rows) and self._rows[row].kind == "more"
        return self._rows[row].section.key if in_range else ""

    def heading_row(self, key: str) -> int:
        for row, entry in enumerate(self._rows):
            if entry.kind == "heading" and entry.section.key == key:
                return row
        return -1

    def section_key(self, row: int) -> str:
        return self._rows[row].section.key if 0 <= row < len(self._rows) else ""

    def section_items(self, key: str) -> list[Item]:
        return [e.item for e in self._rows if e.section.key == key and e.item is not None]

    def item_count(self) -> int:
        return sum(1 for e in self._rows if e.item is not None)

    def state_of(self, item: Item) -> str:
        if isinstance(item, MeetingSummary):
            return "meeting"
        if item.status is FollowUpStatus.DONE:
            return "done"
        if item.status is FollowUpStatus.CANCELLED:
            return "later"
        found = urgency(item, self.today, self.amber_days)
        if found == "later" and item.status is FollowUpStatus.SNOOZED:
            return "snoozed"
        return found

    # -- Qt's model contract --------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        kind = self._rows[index.row()].kind
        if kind == "more":  # the keyboard reaches it: Enter lists them all
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._rows[index.row()].item is None:
            return Qt.ItemFlag.NoItemFlags  # headings are skipped by the keyboard
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._headers):
            return None
        entry = self._rows[index.row()]
        if role == KindRole:
            return entry.kind
        if entry.kind == "more":
            return self._more_data(entry.section, index.column(), role)
        if entry.item is None:
            return self._heading_data(entry, index.column(), role)
        if role == ItemRole:
            return entry.item
        if role == StateRole:
            return self.state_of(entry.item)
        return self._item_data(entry.item, index.column(), role)

    def _heading_data(self, entry: _Row, column: int, role: int) -> Any:
        section = entry.section
        if column != 0:
            return None
        if entry.kind == "placeholder":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return section.empty_text
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(current_palette()["muted"])
            return None
        icon_name, colour = STATE_LOOK.get(section.state, ("calendar", "text"))
        if not section.items and section.empty_text:
            colour = "muted"  # an empty section says so on its heading line
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{section.title} · {section.empty_text}"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{section.title} · {formatting.count(section.total)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("%1: %n item(s)", "", section.total).replace("%1", section.title)
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(icon_name, current_palette()[colour])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(current_palette()[colour])
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(base_font())
            font.setPixelSize(15)
            font.setBold(True)
            return font
        return None

    def _more_data(self, section: AgendaSection, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return section.more_text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Listing them all may take a moment (Enter)")
        if role == Qt.ItemDataRole.DecorationRole:
            arrow: IconName = "chevron-up" if section.more_first else "chevron-down"
            return icon(arrow, current_palette()["accent"])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(current_palette()["accent"])
        return None

    def _item_data(self, item: Item, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            notes = item.notes if isinstance(item, FollowUp) else ""
            return "\n".join(part for part in (self._text(item, column), notes) if part)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QColor(current_palette()[STATE_LOOK[self.state_of(item)][1]])
        if role == Qt.ItemDataRole.FontRole and column == COL_STATUS:
            font = QFont(base_font())
            font.setBold(self.state_of(item) in ("overdue", "due"))
            return font
        return None

    def _decoration(self, item: Item, column: int) -> QIcon | None:
        if column == COL_KIND or (self.compact and column == COL_TITLE):
            if isinstance(item, MeetingSummary):
                return icon(MEETING_ICON, current_palette()["accent"])
            return icon(KIND_ICONS.get(item.kind, "note"))
        if column == COL_STATUS:
            icon_name, colour = STATE_LOOK[self.state_of(item)]
            return icon(icon_name, current_palette()[colour])
        return None

    def _text(self, item: Item, column: int) -> str:
        if column == COL_WHEN:
            return self.when_text(item)
        if column == COL_CLIENT:
            return item.client_name
        if isinstance(item, MeetingSummary):
            if column == COL_KIND:
                return self.tr("Meeting")
            if column == COL_TITLE:
                kind = meeting_type_name(item.meeting_type)
                text = f"{kind} · {item.place}" if item.place else kind
                return f"{self.tr('Meeting')} · {text}" if self.compact else text
            return self.tr("Planned")
        if column == COL_KIND:
            return followup_kind_name(item.kind)
        if column == COL_TITLE:
            return f"{followup_kind_name(item.kind)} · {item.title}" if self.compact else item.title
        return self.status_text(item)

    def status_text(self, item: FollowUp) -> str:
        state = self.state_of(item)
        if state == "overdue":
            days = (self.today - item.shows_on).days
            if self.compact or days > OVERDUE_DAYS_SHOWN:
                return self.tr("Overdue")  # the date says how long
            return self.tr("Overdue, %n day(s)", "", days)
        if state == "due":
            return self.tr("Due today") if item.shows_on == self.today else self.tr("Due soon")
        if state == "snoozed" and item.snoozed_until is not None:
            return self.tr("Snoozed")
        return followup_status_name(item.status)

    def when_text(self, item: Item) -> str:
        if isinstance(item, MeetingSummary):
            if item.scheduled_at is None:
                return ""
            local = item.scheduled_at.astimezone(self.zone)
            day, at = local.date(), local.time()
        else:
            day, at = item.shows_on, item.due_time
        if self.compact:
            return at.strftime("%H:%M") if at is not None else self.tr("All day")
        return _day_time(day, at, self.today)


def _day_time(day: date, at: time | None, today: date) -> str:
    text = formatting.day(day, today)
    return f"{text} {at.strftime('%H:%M')}" if at is not None else text


def meeting_day(meeting: MeetingSummary, zone: Any) -> date | None:
    """The local day a planned meeting falls on (None when it has no time yet)."""
    moment: datetime | None = meeting.scheduled_at
    return moment.astimezone(zone).date() if moment is not None else None


def agenda_order(item: Item, zone: Any) -> tuple[date, int, time]:
    """By day; on a day, items without a time first, then by time."""
    if isinstance(item, MeetingSummary):
        if item.scheduled_at is None:
            return (date.max, 1, time())
        moment = item.scheduled_at.astimezone(zone)
        return (moment.date(), 1, moment.time())
    return (item.shows_on, 0 if item.due_time is None else 1, item.due_time or time())
