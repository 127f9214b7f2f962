"""Calm Qt Charts in the theme's colours: bars and lines, always with legends or value labels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

from ui.theme import base_font, current_palette

_PEN_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)


@dataclass(frozen=True)
class Bars:
    """One series of bars: its name (in the legend) and colour (a palette key)."""

    name: str
    values: Sequence[float]
    colour: str


@dataclass(frozen=True)
class Line:
    """One line; a None value leaves a gap (no point that month)."""

    name: str
    values: Sequence[float | None]
    colour: str


def _font(px: int, bold: bool = False) -> QFont:
    font = base_font()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _chart() -> QChart:
    palette = current_palette()
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    legend = chart.legend()
    legend.setFont(_font(12))
    legend.setLabelColor(QColor(palette["text"]))
    legend.setAlignment(Qt.AlignmentFlag.AlignTop)
    return chart


def _style_axis(axis: QAbstractAxis, grid: bool) -> None:
    palette = current_palette()
    axis.setLabelsFont(_font(12))
    axis.setLabelsColor(QColor(palette["muted"]))
    axis.setLinePen(QPen(QColor(palette["border_strong"]), 1))
    axis.setGridLineVisible(grid)
    axis.setGridLinePen(QPen(QColor(palette["border"]), 1))
    axis.setTitleVisible(False)


def count_axis(top: float, percent: bool = False) -> QValueAxis:
    """0 to a round number above `top`, whole-number ticks (or 0-100%)."""
    axis = QValueAxis()
    if percent:
        axis.setRange(0, 100)
        axis.setTickCount(5)
        axis.setLabelFormat("%d%%")
    else:
        step = _nice_step(max(top, 1))
        axis.setRange(0, step * max(1, -(-max(top, 1) // step)))
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(step)
        axis.setLabelFormat("%d")
    _style_axis(axis, grid=True)
    return axis


def _nice_step(top: float) -> float:
    """A 1-2-5 step giving at most about five ticks up to top."""
    step = 1.0
    while top / step > 5:
        for factor in (2, 2.5, 2):
            step *= factor
            if top / step <= 5:
                break
    return step


def category_axis(categories: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(categories))
    _style_axis(axis, grid=False)
    if len(categories) > 6:  # twelve months side by side: a size smaller, written in full
        axis.setLabelsFont(_font(11))
        axis.setTruncateLabels(False)
    return axis


def _ordinal_axis(count: int) -> QValueAxis:
    """1..count with a few whole-number ticks (the 1st, 2nd... item)."""
    axis = QValueAxis()
    axis.setRange(0.5, max(count, 1) + 0.5)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(1)
    axis.setTickInterval(max(1, -(-count // 6)))
    axis.setLabelFormat("%d")
    _style_axis(axis, grid=False)
    return axis


def bar_chart(
    categories: Sequence[str],
    series: Sequence[Bars],
    *,
    stacked: bool = False,
    horizontal: bool = False,
    percent: bool = False,
    legend: bool = True,
    top: float = 0,
) -> QChart:
    """Bars with their values written on them (zeros are left blank) and a legend; the value
    axis reaches at least `top` (room for a line added later)."""
    palette = current_palette()
    chart = _chart()
    if horizontal:
        bars: QAbstractBarSeries = QHorizontalBarSeries()
    elif stacked:
        bars = QStackedBarSeries()
    else:
        bars = QBarSeries()
    for one in series:
        bar_set = QBarSet(one.name)
        bar_set.append([float(v) for v in one.values])
        colour = QColor(palette[one.colour])
        bar_set.setColor(colour)
        bar_set.setBorderColor(colour)
        bar_set.setLabelFont(_font(12, bold=stacked))
        bar_set.setLabelColor(QColor(palette["card"] if stacked else palette["text"]))
        bars.append(bar_set)
    bars.setLabelsVisible(True)
    bars.setLabelsFormat("@value%" if percent else "@value")
    bars.setLabelsPrecision(3)
    bars.setLabelsPosition(
        QAbstractBarSeries.LabelsPosition.LabelsCenter
        if stacked
        else QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd
    )
    bars.setBarWidth(0.6)
    chart.addSeries(bars)
    totals = [
        sum(one.values[i] for one in series) if stacked else max(one.values[i] for one in series)
        for i in range(len(categories))
    ]
    # room above the tallest bar for its label
    values = count_axis(max([*totals, top]) * (1.05 if stacked else 1.15), percent)
    names = category_axis(categories)
    if horizontal:
        values.setGridLineVisible(False)
        values.setVisible(False)
        names.setLinePenColor(QColor(palette["border"]))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(names)
    bars.attachAxis(values)
    chart.legend().setVisible(legend)
    return chart


def add_line(chart: QChart, line: Line, index: int = 0, labels: bool = True) -> QLineSeries:
    """A line over a bar chart's categories (a different shape from the bars, not only a
    different colour), with its values written above its points."""
    series = _line_series(line, index, labels)
    for x, y in enumerate(line.values):
        if y is not None:
            series.append(QPointF(x, y))
    chart.addSeries(series)
    for axis in chart.axes():
        series.attachAxis(axis)
    return series


def _line_series(line: Line, index: int, labels: bool) -> QLineSeries:
    palette = current_palette()
    series = QLineSeries()
    series.setName(line.name)
    colour = QColor(palette[line.colour])
    pen = QPen(colour, 2.5)
    pen.setStyle(_PEN_STYLES[index % len(_PEN_STYLES)])
    series.setPen(pen)
    series.setPointsVisible(True)
    series.setMarkerSize(7)
    series.setPointLabelsVisible(labels)
    series.setPointLabelsFormat("@yPoint")
    series.setPointLabelsFont(_font(11, bold=True))
    series.setPointLabelsColor(colour)
    series.setPointLabelsClipping(False)
    return series


def line_chart(
    categories: Sequence[str] | int,
    lines: Sequence[Line],
    *,
    low: float,
    high: float,
    ticks: int,
    point_labels: bool = False,
) -> QChart:
    """Lines over categories (or over 1..n when given a count), each in its own colour and
    dash, with its points marked."""
    chart = _chart()
    ordinal = isinstance(categories, int)
    names: QAbstractAxis = (
        _ordinal_axis(categories) if isinstance(categories, int) else category_axis(categories)
    )
    values = QValueAxis()
    values.setRange(low, high)
    values.setTickCount(ticks)
    values.setLabelFormat("%d" if high - low >= ticks - 1 else "%.1f")
    _style_axis(values, grid=True)
    chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    for index, one in enumerate(lines):
        series = _line_series(one, index, point_labels)
        first = 1 if ordinal else 0
        for x, y in enumerate(one.values, start=first):
            if y is not None:
                # a category axis spans -0.5 .. n-0.5: category i sits at x = i
                series.append(QPointF(x, y))
        chart.addSeries(series)
        series.attachAxis(names)
        series.attachAxis(values)
    chart.legend().setVisible(len(lines) > 1)
    return chart


class ChartCard(QFrame):
    """A card with a title, a one-line note and a chart, or a sentence when there is no data.

    Attributes:
        view: the QChartView showing the chart.
        empty: the label shown instead when there is nothing to draw.
    """

    def __init__(self, title: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.title = QLabel(title)
        self.title.setProperty("role", "h2")
        self.note = QLabel(note)
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setStyleSheet("background: transparent;")
        self.view.setAccessibleName(title)
        self.view.setMinimumHeight(150)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.empty = QLabel()
        self.empty.setProperty("role", "empty")
        body = QWidget()
        self._stack = QStackedLayout(body)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(body, 1)
        self._chart: QChart | None = None
        self._blank = QChart()  # what the view holds while the card shows its sentence
        self.view.setChart(self._blank)

    def set_chart(self, chart: QChart | None, empty_text: str = "") -> None:
        """Show the chart (the card owns it from now on), or empty_text when None."""
        old = self._chart
        self._chart = chart
        self.view.setChart(chart if chart is not None else self._blank)
        if chart is None:
            self.empty.setText(empty_text)
            self._stack.setCurrentWidget(self.empty)
        else:
            self._stack.setCurrentWidget(self.view)
        if old is not None and old is not chart:
            old.deleteLater()

    @property
    def chart(self) -> QChart | None:
        return self._chart

    def set_note(self, note: str) -> None:
        self.note.setText(note)
        self.note.setVisible(bool(note))
