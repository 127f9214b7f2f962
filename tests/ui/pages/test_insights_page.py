"""The Insights page on the hand-worked book: charts, the radar's one click, the mirror, export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTextBrowser

from rmcoach.clock import FixedClock
from rmcoach.domain import OpChanges
from rmcoach.services.book import Book
from rmcoach.services.insights.overview import RadarReason
from rmcoach.services.insights.value_model import Cell
from tests.rmcoach.services.insights.insights_book import CADENCE, HandBook, build_hand_book
from tests.ui.pages.test_today_page import start_ops
from ui.operations import Operations
from ui.pages.insights_page import InsightsPage
from ui.widgets.insights_models import CLIENT_ID_ROLE, RadarModel


class Chooser:
    """Stands in for the save dialog: answers with the next path, records what was asked."""

    def __init__(self, *paths: Path | None) -> None:
        self.paths = list(paths)
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, title: str, name: str, filters: str) -> str | None:
        self.asked.append((title, name, filters))
        path = self.paths.pop(0)
        return None if path is None else str(path)


@pytest.fixture
def hand_path(tmp_path: Path, clock: FixedClock) -> tuple[Path, HandBook]:
    path = tmp_path / "insights.sqlite"
    book = Book.open(path, clock)
    made = build_hand_book(book, clock)
    book.set_setting("cadence_days", CADENCE)
    book.close()
    return path, made


@pytest.fixture
def ops(hand_path: tuple[Path, HandBook], clock: FixedClock) -> Iterator[Operations]:
    errors: list[BaseException] = []
    operations = start_ops(hand_path[0], clock, errors)
    yield operations
    operations.shutdown()
    assert not errors


def show_page(qtbot, ops: Operations, chooser: Chooser | None = None) -> InsightsPage:  # type: ignore[no-untyped-def]
    page = InsightsPage(ops, {}, chooser)
    qtbot.addWidget(page)
    ops.changed.connect(page.on_changes)
    page.resize(1366, 860)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()  # the first show loads on the worker
    return page


@pytest.fixture
def page(qtbot, ops: Operations) -> InsightsPage:  # type: ignore[no-untyped-def]
    return show_page(qtbot, ops)


def test_the_dashboard_shows_the_grid_and_every_chart(page: InsightsPage) -> None:
    grid = page.dashboard.grid
    assert {cell: tile.count.text().split()[0] for cell, tile in grid.tiles.items()} == {
        Cell.RETAIN: "1",
        Cell.DEVELOP: "1",
        Cell.GROW: "1",
        Cell.MAINTAIN: "1",
    }
    assert grid.tiles[Cell.RETAIN].pricing.text() == "Fee discount 15–30%"
    assert "Retain: 1 (25%)" in grid.tiles[Cell.RETAIN].accessibleName()
    assert "4 active client" in page.summary.text()
    for card in page.dashboard.cards():
        assert card.chart is not None, card.title.text()
        assert card.chart.series(), card.title.text()
        assert card.view.isVisible()
    # meetings: bars for keeping clients and a line (another shape) for first visits
    meetings = page.dashboard.meetings.chart
    assert meetings is not None
    kinds = [type(s) for s in meetings.series()]
    assert any(issubclass(k, QAbstractBarSeries) for k in kinds) and QLineSeries in kinds
    months = next(a for a in meetings.axes() if isinstance(a, QBarCategoryAxis)).categories()
    assert months == ["Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                      "Oct", "Nov"]  # fmt: skip
    # every bar series names its sets (the legend) and writes its values on the bars
    follow = page.dashboard.followups.chart
    assert follow is not None
    (bars,) = follow.series()
    assert isinstance(bars, QAbstractBarSeries) and bars.isLabelsVisible()
    assert [s.label() for s in bars.barSets()] == ["On time", "Late"]
    assert follow.legend().isVisible()
    assert "67% done on time" in page.dashboard.followups.note.text()  # 2 of 3


def test_assets_start_with_todays_snapshot(page: InsightsPage) -> None:
    assets = page.dashboard.assets.chart
    assert assets is not None
    (line,) = assets.series()
    assert isinstance(line, QLineSeries)
    assert [(p.x(), p.y()) for p in line.points()] == [(11, 14.05)]  # ¥14.05 million in Nov


def test_radar_lists_each_reason_and_filters(page: InsightsPage, hand_path) -> None:  # type: ignore[no-untyped-def]
    _, made = hand_path
    model = page.radar_model
    rows = [(model.entry(r).client_no, model.entry(r).reason) for r in range(model.rowCount())]
    assert rows == [
        ("C002", RadarReason.MATURING),
        ("C001", RadarReason.FALLING_SATISFACTION),
        ("C004", RadarReason.OVERDUE_CONTACT),
        ("C001", RadarReason.OVERDUE_CONTACT),
    ]
    assert page.tabs.tabText(1) == "Retention radar (4)"
    detail = model.index(0, RadarModel.COL_DETAIL).data()
    assert detail.startswith("¥30,000 matures on Thu 10 Dec (in 11 day")
    assert (
        model.index(1, RadarModel.COL_DETAIL).data() == "Last rating 3 of 5; 5.0 on average before"
    )
    assert model.index(0, RadarModel.COL_TIER).data() == "Mass"
    assert model.index(0, RadarModel.COL_CLIENT).data(CLIENT_ID_ROLE) == made.ids["C002"]
    page.reason_filter.setCurrentIndex(
        page.reason_filter.findData(RadarReason.OVERDUE_CONTACT.value)
    )
    assert [model.entry(r).client_no for r in range(model.rowCount())] == ["C004", "C001"]
    page.reason_filter.setCurrentIndex(
        page.reason_filter.findData(RadarReason.FALLING_ASSETS.value)
    )
    assert model.rowCount() == 0 and not page.radar_empty.isHidden()


def test_one_click_on_prepare_asks_for_a_meeting(qtbot, page: InsightsPage, hand_path) -> None:  # type: ignore[no-untyped-def]
    _, made = hand_path
    page.tabs.setCurrentWidget(page.radar_page)
    view = page.radar_view
    cell = view.visualRect(page.radar_model.index(2, RadarModel.COL_PREPARE)).center()
    with qtbot.waitSignal(page.prepare_requested, timeout=2000) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert signal.args == [made.ids["C004"]]
    # a click elsewhere on the row only selects it; Enter then prepares
    other = view.visualRect(page.radar_model.index(0, RadarModel.COL_CLIENT)).center()
    with qtbot.assertNotEmitted(page.prepare_requested):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=other)
    with qtbot.waitSignal(page.prepare_requested, timeout=2000) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [made.ids["C002"]]


def test_the_coaching_mirror(qtbot, page: InsightsPage) -> None:  # type: ignore[no-untyped-def]
    mirror = page.mirror
    assert "Only 7 meeting" in mirror.summary.text()  # 20 asked, 7 held
    for card in (mirror.phases, mirror.skipped, mirror.ratings):
        assert card.chart is not None and card.chart.series(), card.title.text()
    (rates,) = mirror.phases.chart.series()  # type: ignore[union-attr]
    # bottom-up: responding, listening, questioning, rapport, prepare (% of items ticked)
    assert [rates.barSets()[0].at(i) for i in range(5)] == [0, 2, 0, 6, 4]  # 1/56, 3/49, 3/77
    assert mirror.findings_model.rowCount() == 1
    words = mirror.findings_model.index(0, 2).data()
    assert "我保证" in words and "没问题" in words
    with qtbot.waitSignal(page.loaded, timeout=5000):
        mirror.count.setCurrentIndex(0)  # the last 10
    assert page.coaching_count == 10


def test_models_pass_the_qt_model_tester(qtmodeltester, page: InsightsPage) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.radar_model)
    qtmodeltester.check(page.mirror.findings_model)


def test_export_png_and_pdf(qtbot, ops: Operations, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    png, pdf = tmp_path / "dash.png", tmp_path / "dash.pdf"
    chooser = Chooser(png, pdf, None)
    page = show_page(qtbot, ops, chooser)
    with qtbot.waitSignal(page.status) as saved:
        assert page.export_png() == png
    assert saved.args == [f"Saved {png}"]
    image = QImage(str(png))
    assert image.width() >= 1300 and image.height() > 700
    assert page.export_pdf() == pdf
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    reader = pypdf.PdfReader(pdf)
    assert len(reader.pages) == 2  # the dashboard and the coaching mirror
    box = reader.pages[0].mediabox
    assert round(float(box.width)) > round(float(box.height))  # landscape
    assert round(float(box.width)) in (841, 842)  # A4: 297 mm
    assert page.export_png() is None  # cancelled: nothing saved, no message
    assert [name for _, name, _ in chooser.asked] == [
        "rmcoach-insights-2026-11-29.png",
        "rmcoach-insights-2026-11-29.pdf",
        "rmcoach-insights-2026-11-29.png",
    ]


def test_a_write_elsewhere_reloads_the_page(qtbot, page: InsightsPage) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.on_changes(OpChanges(meetings=True), None)
    with qtbot.assertNotEmitted(page.loaded, wait=100):
        page.on_changes(OpChanges(settings=True), None)


def test_the_explanation_speaks_plainly(page: InsightsPage) -> None:
    dialog = page.show_explanation()
    browser = dialog.findChild(QTextBrowser)
    assert browser is not None
    plain = browser.toPlainText()
    assert "habit is not loyalty" in plain and "¥10 million gives 60" in plain
    dialog.close()


def test_an_empty_book_says_what_fills_each_part(qtbot, tmp_path: Path, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    operations = start_ops(tmp_path / "empty.sqlite", clock, errors)
    try:
        page = show_page(qtbot, operations)
        assert page.dashboard.tiers.chart is None
        assert page.dashboard.tiers.empty.text() == "No clients yet."
        assert page.radar_model.rowCount() == 0 and not page.radar_empty.isHidden()
        assert page.mirror.phases.chart is None
        assert "No meeting wrapped up yet" in page.mirror.phases.empty.text()
        assert sum(page.data.grid.values()) == 0  # type: ignore[union-attr]
    finally:
        operations.shutdown()
    assert not errors
