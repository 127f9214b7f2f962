"""The coaching mirror: ticks per phase, items skipped most, own ratings, words to reconsider."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmcoach.services.insights.coaching import CoachingReport
from ui import insights_labels
from ui.i18n import current_language
from ui.widgets.charts import Bars, ChartCard, Line, bar_chart, line_chart
from ui.widgets.insights_models import FindingsModel

COUNTS = (10, 20, 50, 100)
DEFAULT_COUNT = 20
_LINE_COLOURS = ("accent", "tier_wealth", "tier_private", "due", "tier_vip", "tier_mass")
_TITLE_CHARS = 34  # item titles longer than this are shortened on the chart's axis


def _short(text: str) -> str:
    return text if len(text) <= _TITLE_CHARS else text[: _TITLE_CHARS - 1] + "…"


class CoachingMirror(QWidget):
    """The RM's own craft over their last N meetings.

    Signals:
        count_changed(int): the RM chose another N.
    """

    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = QComboBox()
        for n in COUNTS:
            self.count.addItem(self.tr("Last %n meeting(s)", "", n), n)
        self.count.setCurrentIndex(COUNTS.index(DEFAULT_COUNT))
        self.count.setAccessibleName(self.tr("How many meetings to look at"))
        self.count.currentIndexChanged.connect(
            lambda i: self.count_changed.emit(int(self.count.itemData(i)))
        )
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addWidget(self.summary, 1)

        self.phases = ChartCard(
            self.tr("Items ticked, by phase"),
            self.tr("Share of each phase's checklist you ticked"),
        )
        self.skipped = ChartCard(
            self.tr("Skipped most often"),
            self.tr("In how many of these meetings the item was not ticked"),
        )
        self.ratings = ChartCard(
            self.tr("Your own rating of each phase"),
            self.tr("1 to 5, as you rated yourself at each wrap-up, oldest first"),
        )
        self.findings_model = FindingsModel(self)
        self.findings_view = QTableView()
        self.findings_view.setModel(self.findings_model)
        self.findings_view.setAccessibleName(self.tr("Words to reconsider, by meeting"))
        self.findings_view.verticalHeader().hide()
        self.findings_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.findings_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.findings_view.setWordWrap(False)
        header = self.findings_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.findings_title = QLabel(self.tr("Words to reconsider"))
        self.findings_title.setProperty("role", "h2")
        self.findings_note = QLabel()
        self.findings_note.setProperty("role", "muted")
        self.findings_note.setWordWrap(True)
        self.findings_empty = QLabel()
        self.findings_empty.setProperty("role", "empty")
        findings = QFrame()
        findings.setProperty("card", True)
        findings_layout = QVBoxLayout(findings)
        findings_layout.setContentsMargins(0, 0, 0, 0)
        findings_layout.setSpacing(4)
        findings_layout.addWidget(self.findings_title)
        findings_layout.addWidget(self.findings_note)
        findings_layout.addWidget(self.findings_view, 1)
        findings_layout.addWidget(self.findings_empty, 1)
        self.findings_card = findings

        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.phases, 0, 0)
        grid.addWidget(self.skipped, 0, 1)
        grid.addWidget(self.ratings, 1, 0)
        grid.addWidget(findings, 1, 1)
        for i in range(2):
            grid.setColumnStretch(i, 1)
            grid.setRowStretch(i, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

    def set_count(self, n: int) -> None:
        """Choose N without asking for a reload (the page loads with it)."""
        if n in COUNTS:
            self.count.blockSignals(True)
            self.count.setCurrentIndex(COUNTS.index(n))
            self.count.blockSignals(False)

    def show_report(self, report: CoachingReport, today: date) -> None:
        lang = current_language()
        titles = {phase_id: title.get(lang) for phase_id, title in report.phase_titles}
        asked = int(self.count.currentData())
        self.summary.setText(
            self.tr("%n meeting(s) held and wrapped up", "", report.meetings)
            if report.meetings >= asked
            else self.tr("Only %n meeting(s) wrapped up so far", "", report.meetings)
        )
        none = self.tr("No meeting wrapped up yet: the mirror fills as you hold meetings.")
        if not report.meetings:
            for card in (self.phases, self.skipped, self.ratings):
                card.set_chart(None, none)
        else:
            self._show_rates(report, titles)
            self._show_skipped(report, lang)
            self._show_ratings(report, titles)
        self._show_findings(report, today)

    def _show_rates(self, report: CoachingReport, titles: dict[str, str]) -> None:
        rates = list(reversed(report.phase_rates))  # horizontal bars list bottom-up
        chart = bar_chart(
            [titles.get(r.phase_id, r.phase_id) for r in rates],
            [Bars(self.tr("Ticked"), [round(100 * r.rate) for r in rates], "accent")],
            horizontal=True,
            percent=True,
            legend=False,
        )
        self.phases.set_chart(chart)

    def _show_skipped(self, report: CoachingReport, lang: str) -> None:
        items = list(reversed(report.most_skipped))
        if not items:
            self.skipped.set_chart(None, self.tr("Nothing skipped: every item was ticked."))
            return
        chart = bar_chart(
            [_short(s.title.get(lang)) for s in items],
            [Bars(self.tr("Meetings skipped"), [s.skipped for s in items], "tier_mass")],
            horizontal=True,
            legend=False,
        )
        self.skipped.set_chart(chart)
        self.skipped.view.setToolTip("\n".join(s.title.get(lang) for s in report.most_skipped))

    def _show_ratings(self, report: CoachingReport, titles: dict[str, str]) -> None:
        phases = [phase for phase, _ in report.average_ratings]
        if not phases:
            self.ratings.set_chart(None, self.tr("You have not rated a phase yet."))
            return
        lines = []
        for index, phase in enumerate(phases):
            values = [dict(r).get(phase) for _, _, r in report.ratings]
            average = dict(report.average_ratings)[phase]
            name = f"{titles.get(phase, phase)} {average:.1f}"
            lines.append(Line(name, values, _LINE_COLOURS[index % len(_LINE_COLOURS)]))
        chart = line_chart(len(report.ratings), lines, low=1, high=5, ticks=5)
        self.ratings.set_chart(chart)

    def _show_findings(self, report: CoachingReport, today: date) -> None:
        self.findings_model.set_rows(report.findings, today)
        flagged = sum(1 for m in report.findings if m.findings)
        self.findings_view.setVisible(bool(flagged))
        self.findings_empty.setVisible(not flagged)
        self.findings_empty.setText(
            self.tr("Nothing to reconsider in the notes and talking points of these meetings.")
        )
        if not flagged:
            self.findings_note.setText("")
            return
        by_category = " · ".join(
            f"{insights_labels.category_name(c)} {n}"
            for c, n in sorted(report.findings_by_category.items(), key=lambda kv: -kv[1])
        )
        self.findings_note.setText(
            self.tr("The phrase coach flagged %n meeting(s): %1", "", flagged).replace(
                "%1", by_category
            )
        )
        self.findings_view.resizeColumnsToContents()
