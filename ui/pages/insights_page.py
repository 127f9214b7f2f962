"""The Insights page: the portfolio dashboard, the retention radar and the coaching mirror."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rmcoach.domain import OpChanges, Written
from rmcoach.services.book import Book
from rmcoach.services.insights import coaching as insights_coaching
from rmcoach.services.insights import overview as insights
from rmcoach.services.insights import snapshots
from rmcoach.services.insights.coaching import CoachingReport
from rmcoach.services.insights.overview import REASON_ORDER, Insights, RadarEntry
from ui import formatting, insights_labels
from ui.icons import icon
from ui.operations import Operations
from ui.page_freshness import Freshness, agenda_changed
from ui.pages.insights_export import grab, save_pdf, save_png, with_header
from ui.widgets.coaching_mirror import DEFAULT_COUNT, CoachingMirror
from ui.widgets.insights_models import RadarModel
from ui.widgets.portfolio_dashboard import PortfolioDashboard

# (dialog title, suggested file name, file filter) -> the chosen path, or None to cancel
PathChooser = Callable[[str, str, str], str | None]
RELOAD_AFTER_SECONDS = 300


class InsightsPage(QWidget):
    """Value, loyalty and retention for the RM's book, and a mirror of their meeting craft.

    Signals:
        prepare_requested(int): prepare a meeting with this client (from the radar).
        status(str): a short message for the status bar.
        loaded(): the page shows fresh data (tests wait on it).
    """

    prepare_requested = Signal(int)
    status = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        ops: Operations,
        tier_names: dict[str, str],
        choose_path: PathChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insightsPage")
        self._ops = ops
        self._choose_path = choose_path or self._ask_path
        self.data: Insights | None = None
        self.coaching_count = DEFAULT_COUNT
        self._seq = 0
        self.explanation: QDialog | None = None

        title = QLabel(self.tr("Insights"))
        title.setProperty("role", "h1")
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setProperty("role", "muted")
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(self.summary)
        self.explain_button = QPushButton(icon("info"), self.tr("How the scores work"))
        self.explain_button.clicked.connect(self.show_explanation)
        self.png_button = QPushButton(icon("export"), self.tr("Save as picture"))
        self.png_button.setToolTip(self.tr("Save what this tab shows as a PNG picture"))
        self.png_button.clicked.connect(self.export_png)
        self.pdf_button = QPushButton(icon("pdf"), self.tr("Save as PDF"))
        self.pdf_button.setToolTip(self.tr("Save the dashboard and the coaching mirror as a PDF"))
        self.pdf_button.clicked.connect(self.export_pdf)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        for button in (self.explain_button, self.png_button, self.pdf_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.dashboard = PortfolioDashboard(tier_names)
        self.mirror = CoachingMirror()
        self.mirror.count_changed.connect(self.set_coaching_count)
        self.radar_page = self._build_radar(tier_names)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.dashboard, self.tr("Portfolio"))
        self.tabs.addTab(self.radar_page, self.tr("Retention radar"))
        self.tabs.addTab(self.mirror, self.tr("Coaching mirror"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.freshness = Freshness(
            self,
            self.refresh,
            max_age=RELOAD_AFTER_SECONDS,
            cares=lambda changes: agenda_changed(changes) or changes.snapshots,
        )

    def _build_radar(self, tier_names: dict[str, str]) -> QWidget:
        self.reason_filter = QComboBox()
        self.reason_filter.setAccessibleName(self.tr("Show clients on the radar for"))
        self.reason_filter.currentIndexChanged.connect(lambda _i: self._show_radar())
        hint = QLabel(self.tr("“Prepare ›” starts a meeting plan for the client."))
        hint.setProperty("role", "muted")
        self.radar_model = RadarModel(tier_names, self)
        self.radar_view = QTableView()
        self.radar_view.setModel(self.radar_model)
        self.radar_view.setAccessibleName(self.tr("Clients on the retention radar"))
        self.radar_view.verticalHeader().hide()
        self.radar_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.radar_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.radar_view.setWordWrap(False)
        self.radar_view.setMouseTracking(True)
        header = self.radar_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RadarModel.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        self.radar_view.clicked.connect(self._on_radar_clicked)
        self.radar_view.activated.connect(lambda index: self._prepare_row(index.row()))
        self.radar_empty = QLabel(
            self.tr("Nobody on the radar: no money maturing, no falling figures, no one overdue.")
        )
        self.radar_empty.setProperty("role", "empty")
        page = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.reason_filter)
        row.addWidget(hint, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.radar_view, 1)
        layout.addWidget(self.radar_empty, 1)
        return page

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Note today's assets (once a day is enough; again is harmless) and reload all."""
        self._seq += 1
        self.freshness.loading()
        seq, count = self._seq, self.coaching_count

        def work(book: Book) -> Written[Insights]:
            taken = snapshots.take_snapshots(book, book.clock.now().date())
            return Written(insights.overview(book, coaching_meetings=count), taken.changes)

        def shown(found: Written[Insights]) -> None:
            if seq == self._seq:
                self.show_insights(found.value)

        self._ops.op(work, shown, self._failed, initiator=self)

    def _failed(self, error: BaseException) -> None:
        self.freshness.failed(error, self._ops)

    def set_coaching_count(self, count: int) -> None:
        """Look at the last `count` meetings in the mirror (reloads only the mirror)."""
        self.coaching_count = count
        self.mirror.set_count(count)

        def shown(report: CoachingReport) -> None:
            if self.data is not None and count == self.coaching_count:
                self.mirror.show_report(report, self.data.on)
                self.loaded.emit()

        self._ops.query(lambda book: insights_coaching.coaching(book, count), shown)

    def show_insights(self, found: Insights) -> None:
        self.data = found
        self.freshness.loaded()
        self.summary.setText(self._summary(found))
        self.dashboard.show_insights(found)
        self._fill_reason_filter(found.radar)
        self._show_radar()
        self.mirror.show_report(found.coaching, found.on)
        self.loaded.emit()

    def _summary(self, found: Insights) -> str:
        value, loyalty, satisfaction = found.averages
        parts = [
            self.tr("%n active client(s)", "", found.active),
            self.tr("average contribution %1, loyalty %2")
            .replace("%1", f"{value:.0f}")
            .replace("%2", f"{loyalty:.0f}"),
        ]
        if satisfaction is not None:
            parts.append(self.tr("satisfaction %1").replace("%1", f"{satisfaction:.0f}"))
        months = found.portfolio.months
        period = insights_labels.period_text(months[0], months[-1])
        parts.append(self.tr("charts for %1").replace("%1", period))
        return " · ".join(parts)

    def _fill_reason_filter(self, radar: tuple[RadarEntry, ...]) -> None:
        chosen = self.reason_filter.currentData()
        self.reason_filter.blockSignals(True)
        self.reason_filter.clear()
        self.reason_filter.addItem(self.tr("All reasons (%n)", "", len(radar)), None)
        for reason in REASON_ORDER:
            count = sum(1 for e in radar if e.reason is reason)
            name = insights_labels.reason_name(reason)
            self.reason_filter.addItem(f"{name} ({count})", reason.value)
        index = self.reason_filter.findData(chosen)
        self.reason_filter.setCurrentIndex(max(0, index))
        self.reason_filter.blockSignals(False)
        self.tabs.setTabText(1, self.tr("Retention radar (%n)", "", len(radar)))

    def _show_radar(self) -> None:
        if self.data is None:
            return
        reason = self.reason_filter.currentData()
        rows = [e for e in self.data.radar if reason is None or e.reason.value == reason]
        self.radar_model.set_rows(rows, self.data.on)
        self.radar_view.setVisible(bool(rows))
        self.radar_empty.setVisible(not rows)

    # -- the radar's one click ----------------------------------------------------------------
    def _on_radar_clicked(self, index: QModelIndex) -> None:
        if index.column() == RadarModel.COL_PREPARE:
            self._prepare_row(index.row())

    def _prepare_row(self, row: int) -> None:
        if 0 <= row < self.radar_model.rowCount():
            self.prepare_requested.emit(self.radar_model.entry(row).client_id)

    # -- explaining and exporting ----------------------------------------------------------------
    def show_explanation(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("How the scores work"))
        text = QTextBrowser()
        text.setHtml(insights_labels.explanation_html())
        text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        dialog.resize(560, 520)
        dialog.finished.connect(dialog.deleteLater)
        self.explanation = dialog
        dialog.open()
        return dialog

    def _pictures(self, widgets: list[QWidget]) -> list[QPixmap]:
        size = self.tabs.currentWidget().size()
        on = self.data.on if self.data is not None else date.today()
        # with its year: a saved file outlives the day
        subtitle = formatting.day(on, date(on.year - 1, 1, 1))
        return [
            with_header(
                grab(w, size),
                self.tr("Insights: %1").replace("%1", self.tabs.tabText(self.tabs.indexOf(w))),
                subtitle,
            )
            for w in widgets
        ]

    def export_png(self) -> Path | None:
        """Save the current tab as a picture; returns the file, or None if not saved."""
        name = f"rmcoach-insights-{self._day_text()}.png"
        chosen = self._choose_path(self.tr("Save as picture"), name, self.tr("PNG picture (*.png)"))
        if not chosen:
            return None
        path = Path(chosen)
        (picture,) = self._pictures([self.tabs.currentWidget()])
        return self._saved(path, save_png(picture, path))

    def export_pdf(self) -> Path | None:
        """Save the dashboard and the coaching mirror, a page each (A4 landscape)."""
        name = f"rmcoach-insights-{self._day_text()}.pdf"
        chosen = self._choose_path(self.tr("Save as PDF"), name, self.tr("PDF document (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        pages = self._pictures([self.dashboard, self.mirror])
        return self._saved(path, save_pdf(pages, path, self.tr("Insights")))

    def _saved(self, path: Path, ok: bool) -> Path | None:
        if ok:
            self.status.emit(self.tr("Saved %1").replace("%1", str(path)))
            return path
        self.status.emit(
            self.tr("Could not save %1: check the folder exists and can be written to.").replace(
                "%1", str(path)
            )
        )
        return None

    def _day_text(self) -> str:
        return (self.data.on if self.data is not None else date.today()).isoformat()

    def _ask_path(self, title: str, name: str, filters: str) -> str | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), filters)
        return chosen or None

    # -- staying current ---------------------------------------------------------------------------
    def on_changes(self, changes: OpChanges, initiator: object | None) -> None:
        """Reload after a write that touched clients, meetings, follow-ups or snapshots."""
        self.freshness.changed(changes, self.isVisible(), initiator)

    def flush(self) -> None:
        """Nothing typed here waits to be saved."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.freshness.shown()
