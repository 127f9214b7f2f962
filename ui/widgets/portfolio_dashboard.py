"""The portfolio dashboard: the value grid and five charts of the book over twelve months."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QGridLayout, QWidget

from rmcoach.domain import Tier
from rmcoach.services.insights.overview import Insights, Portfolio
from ui import insights_labels
from ui.i18n import current_language
from ui.labels import tier_name
from ui.widgets.charts import Bars, ChartCard, Line, add_line, bar_chart, line_chart
from ui.widgets.value_grid import ValueGrid

_TIER_COLOURS = {
    Tier.PRIVATE: "tier_private",
    Tier.WEALTH: "tier_wealth",
    Tier.VIP: "tier_vip",
    Tier.MASS: "tier_mass",
}


def _asset_unit(top_yuan: float) -> tuple[float, str]:
    """The divisor and its name for an axis of amounts up to top_yuan, in the UI language."""
    if current_language() == "zh":
        return (1e8, "亿元") if top_yuan >= 1e8 else (1e4, "万元")
    if top_yuan >= 1e10:
        return 1e9, "¥ billion"
    return (1e6, "¥ million") if top_yuan >= 1e7 else (1e3, "¥ thousand")


class PortfolioDashboard(QWidget):
    """Attributes: grid (the value x loyalty tiles) and one ChartCard per chart."""

    def __init__(self, tier_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tier_names = tier_names
        self.grid = ValueGrid()
        self.tiers = ChartCard(self.tr("Clients by tier"))
        self.assets = ChartCard(self.tr("Assets under management"))
        self.meetings = ChartCard(
            self.tr("Meetings held"), self.tr("First visits (winning) against keeping clients")
        )
        self.followups = ChartCard(
            self.tr("Follow-ups done"), self.tr("On or before the day they were due, or later")
        )
        self.satisfaction = ChartCard(
            self.tr("Client satisfaction"), self.tr("Average rating of the month's meetings, 1-5")
        )
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(12)
        for index, widget in enumerate(
            (self.grid, self.tiers, self.assets, self.meetings, self.followups, self.satisfaction)
        ):
            layout.addWidget(widget, index // 3, index % 3)
        for column in range(3):
            layout.setColumnStretch(column, 1)
        for row in range(2):
            layout.setRowStretch(row, 1)

    def cards(self) -> tuple[ChartCard, ...]:
        return (self.tiers, self.assets, self.meetings, self.followups, self.satisfaction)

    def show_insights(self, found: Insights) -> None:
        self.grid.set_values(found.grid, found.pricing)
        p = found.portfolio
        months = [insights_labels.month_label(m) for m in p.months]
        self._show_tiers(p)
        self._show_assets(p, months)
        self._show_meetings(p, months)
        self._show_followups(p, months)
        self._show_satisfaction(p, months)

    def _show_tiers(self, p: Portfolio) -> None:
        counts = dict(p.tiers)
        if not sum(counts.values()):
            self.tiers.set_chart(None, self.tr("No clients yet."))
            return
        tiers = [Tier(t) for t, _ in p.tiers]
        # one series per tier, so each bar has its tier's colour and the axis its name
        chart = bar_chart(
            [tier_name(t, self.tier_names) for t in tiers],
            [
                Bars(
                    tier_name(t, self.tier_names),
                    [counts[t.value] if i == j else 0 for j in range(len(tiers))],
                    _TIER_COLOURS[t],
                )
                for i, t in enumerate(tiers)
            ],
            stacked=True,
            legend=False,
        )
        self.tiers.set_chart(chart)
        self.tiers.set_note(self.tr("%n active client(s)", "", sum(counts.values())))

    def _show_assets(self, p: Portfolio, months: list[str]) -> None:
        known = [v for v in p.assets if v is not None]
        if not known:
            self.assets.set_note("")
            self.assets.set_chart(
                None,
                self.tr(
                    "The trend starts today: every client's assets are noted once a day, "
                    "and a line appears here after the first month."
                ),
            )
            return
        divisor, unit = _asset_unit(max(known) / 100)
        values = [None if v is None else v / 100 / divisor for v in p.assets]
        shown = [v for v in values if v is not None]
        low, high, ticks = _nice_range(min(shown), max(shown))
        chart = line_chart(months, [Line(unit, values, "accent")], low=low, high=high, ticks=ticks)
        self.assets.set_chart(chart)
        self.assets.set_note(
            self.tr("Total at each month's last snapshot, in %1").replace("%1", unit)
        )

    def _show_meetings(self, p: Portfolio, months: list[str]) -> None:
        if not any(p.acquisition) and not any(p.retention):
            self.meetings.set_chart(None, self.tr("No meeting held in the last twelve months."))
            return
        # keeping clients as bars, first visits as a line: told apart by shape, not colour
        chart = bar_chart(
            months,
            [Bars(self.tr("Keeping clients"), p.retention, "tier_wealth")],
            stacked=True,
            top=max(p.acquisition),
        )
        # the line's values would sit on the bars: the note gives its total instead
        add_line(chart, Line(self.tr("First visits"), list(p.acquisition), "accent"), labels=False)
        self.meetings.set_chart(chart)
        won, kept = sum(p.acquisition), sum(p.retention)
        self.meetings.set_note(
            self.tr("%1 first visits to win clients, %2 meetings to keep them")
            .replace("%1", str(won))
            .replace("%2", str(kept))
        )

    def _show_followups(self, p: Portfolio, months: list[str]) -> None:
        if not any(p.on_time) and not any(p.late):
            self.followups.set_chart(None, self.tr("No follow-up done in the last twelve months."))
            return
        chart = bar_chart(
            months,
            [
                Bars(self.tr("On time"), p.on_time, "done"),
                Bars(self.tr("Late"), p.late, "due"),
            ],
            stacked=True,
        )
        self.followups.set_chart(chart)
        on_time, total = sum(p.on_time), sum(p.on_time) + sum(p.late)
        self.followups.set_note(
            self.tr("%1% done on time, counted in the month they were due").replace(
                "%1", str(round(100 * on_time / total))
            )
        )

    def _show_satisfaction(self, p: Portfolio, months: list[str]) -> None:
        if not any(v is not None for v in p.satisfaction):
            self.satisfaction.set_chart(
                None, self.tr("No meeting was rated in the last twelve months.")
            )
            return
        rounded = [None if v is None else round(v, 1) for v in p.satisfaction]
        chart = line_chart(
            months, [Line(self.tr("Average rating"), rounded, "accent")], low=1, high=5, ticks=5
        )
        self.satisfaction.set_chart(chart)
        rated = sum(p.rated)
        average = sum(v * n for v, n in zip(p.satisfaction, p.rated, strict=True) if v) / rated
        note = self.tr(
            "Average rating of the month, 1 to 5; %1 over %n rated meeting(s)", "", rated
        )
        self.satisfaction.set_note(note.replace("%1", f"{average:.1f}"))


def _nice_range(low: float, high: float) -> tuple[float, float, int]:
    """Bounds around the data on a round step, so a small change still shows; and how many
    ticks that makes."""
    span = max(high - low, abs(high) * 0.05, 1e-9)
    step = 10 ** math.floor(math.log10(span / 4))
    for factor in (1, 2, 2.5, 5, 10):
        if span / (step * factor) <= 4:
            step *= factor
            break
    bottom = max(0.0, math.floor(low / step) * step)
    top = math.ceil(high / step) * step
    if top - bottom < 4 * step:
        top = bottom + 4 * step
    return bottom, top, round((top - bottom) / step) + 1
