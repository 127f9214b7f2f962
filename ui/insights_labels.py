"""Translated words of the Insights page: grid cells, radar reasons, phrase categories, formulas."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from rmcoach.services.insights.overview import RadarEntry, RadarReason
from rmcoach.services.insights.value_model import Cell
from ui import formatting
from ui.i18n import current_language
from ui.icon_names import IconName

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def cell_name(cell: Cell) -> str:
    return {
        Cell.RETAIN: QCoreApplication.translate("insights", "Retain"),
        Cell.DEVELOP: QCoreApplication.translate("insights", "Develop"),
        Cell.GROW: QCoreApplication.translate("insights", "Grow"),
        Cell.MAINTAIN: QCoreApplication.translate("insights", "Maintain"),
    }[cell]


def cell_axes(cell: Cell) -> str:
    return {
        Cell.RETAIN: QCoreApplication.translate("insights", "High value, high loyalty"),
        Cell.DEVELOP: QCoreApplication.translate("insights", "High value, low loyalty"),
        Cell.GROW: QCoreApplication.translate("insights", "Lower value, high loyalty"),
        Cell.MAINTAIN: QCoreApplication.translate("insights", "Lower value, low loyalty"),
    }[cell]


def cell_hint(cell: Cell) -> str:
    return {
        Cell.RETAIN: QCoreApplication.translate(
            "insights", "Keep them close: your best terms and regular reviews."
        ),
        Cell.DEVELOP: QCoreApplication.translate(
            "insights", "Deepen the relationship before they drift: reviews, not discounts."
        ),
        Cell.GROW: QCoreApplication.translate(
            "insights", "Loyal already: help them bring more of their business to the bank."
        ),
        Cell.MAINTAIN: QCoreApplication.translate(
            "insights", "Standard service, at a sensible cost of your time."
        ),
    }[cell]


def pricing_text(low: int, high: int) -> str:
    if low == high:
        return QCoreApplication.translate("insights", "Fee discount %1%").replace("%1", str(low))
    return (
        QCoreApplication.translate("insights", "Fee discount %1–%2%")
        .replace("%1", str(low))
        .replace("%2", str(high))
    )


def reason_name(reason: RadarReason) -> str:
    return {
        RadarReason.MATURING: QCoreApplication.translate("insights", "Money maturing"),
        RadarReason.FALLING_ASSETS: QCoreApplication.translate("insights", "Assets falling"),
        RadarReason.FALLING_SATISFACTION: QCoreApplication.translate(
            "insights", "Satisfaction falling"
        ),
        RadarReason.OVERDUE_CONTACT: QCoreApplication.translate("insights", "Overdue for contact"),
    }[reason]


_REASON_ICONS: dict[RadarReason, IconName] = {
    RadarReason.MATURING: "calendar",
    RadarReason.FALLING_ASSETS: "warning",
    RadarReason.FALLING_SATISFACTION: "warning",
    RadarReason.OVERDUE_CONTACT: "clock",
}


def reason_icon(reason: RadarReason) -> IconName:
    return _REASON_ICONS[reason]


def reason_detail(entry: RadarEntry, today: date) -> str:
    """What the entry's figures say, in a sentence."""
    p = entry.params
    if entry.reason is RadarReason.MATURING:
        on = date.fromisoformat(p["on"])
        text = QCoreApplication.translate(
            "insights", "%1 matures on %2 (in %n day(s))", None, p["days"]
        )
        if p["holdings"] > 1:
            text = QCoreApplication.translate(
                "insights", "%1 in %3 products, the first on %2 (in %n day(s))", None, p["days"]
            )
        return (
            text.replace("%1", formatting.amount(p["amount_fen"]))
            .replace("%2", formatting.day(on, today))
            .replace("%3", str(p["holdings"]))
        )
    if entry.reason is RadarReason.FALLING_ASSETS:
        since = date.fromisoformat(p["since"])
        return (
            QCoreApplication.translate("insights", "Down %1% since %2: %3 → %4")
            .replace("%1", str(p["percent"]))
            .replace("%2", formatting.day(since, today))
            .replace("%3", formatting.amount(p["from_fen"]))
            .replace("%4", formatting.amount(p["to_fen"]))
        )
    if entry.reason is RadarReason.FALLING_SATISFACTION:
        return (
            QCoreApplication.translate("insights", "Last rating %1 of 5; %2 on average before")
            .replace("%1", str(p["last"]))
            .replace("%2", f"{p['previous']:.1f}")
        )
    last = p["last_contact"]
    if last:
        text = QCoreApplication.translate(
            "insights", "Last contact %1; every %2 days; %n day(s) overdue", None, p["overdue_days"]
        )
        text = text.replace("%1", formatting.day(date.fromisoformat(last), today))
    else:
        text = QCoreApplication.translate(
            "insights",
            "Not contacted yet; every %2 days; %n day(s) overdue",
            None,
            p["overdue_days"],
        )
    return text.replace("%2", str(p["cadence_days"]))


def category_name(category: str) -> str:
    names = {
        "absolute_promise": QCoreApplication.translate("insights", "Promises certainty"),
        "overcommitment": QCoreApplication.translate("insights", "Commits too much"),
        "jargon": QCoreApplication.translate("insights", "Banking jargon"),
        "i_vs_we": QCoreApplication.translate("insights", "“I” where “we” fits"),
        "pressure": QCoreApplication.translate("insights", "Puts on pressure"),
        "return_promise": QCoreApplication.translate("insights", "Promises returns"),
        "expected_return": QCoreApplication.translate("insights", "States an expected return"),
        "deposit_likening": QCoreApplication.translate("insights", "Likens it to a deposit"),
        "past_performance": QCoreApplication.translate("insights", "Quotes past performance"),
        "implied_safety": QCoreApplication.translate("insights", "Implies it is safe"),
        "unsuitable_advice": QCoreApplication.translate("insights", "Advice without suitability"),
        "personal_data": QCoreApplication.translate("insights", "Personal data in notes"),
    }
    return names.get(category, category)


def month_label(month: str) -> str:
    """'2026-03' -> 'Mar' / '3月'."""
    number = int(month[5:7])
    return f"{number}月" if current_language() == "zh" else _MONTHS_EN[number - 1]


def period_text(first: str, last: str) -> str:
    """'Dec 2025 – Nov 2026' / '2025年12月 – 2026年11月'."""

    def one(month: str) -> str:
        if current_language() == "zh":
            return f"{month[:4]}年{int(month[5:7])}月"
        return f"{_MONTHS_EN[int(month[5:7]) - 1]} {month[:4]}"

    return f"{one(first)} – {one(last)}"


def explanation_html() -> str:
    """The value model in plain words (rmcoach.services.insights.value_model has the formulas)."""
    parts = [
        QCoreApplication.translate("insights", "<h3>How the scores are made</h3>"),
        QCoreApplication.translate(
            "insights",
            "<p>Every client gets three scores from 0 to 100, worked out from your own "
            "book each time you open this page.</p>",
        ),
        QCoreApplication.translate(
            "insights",
            "<p><b>Contribution</b>: what the client brings to the bank. Up to 60 points "
            "for assets (20 for each tenfold above ¥10,000, so ¥100,000 gives 20 and "
            "¥10 million gives 60), 5 for each kind of product held (up to 25) and 3 for "
            "each full year as a client (up to 15).</p>",
        ),
        QCoreApplication.translate(
            "insights",
            "<p><b>Loyalty</b>: whether the client stays and comes back. 5 points for each "
            "full year (up to 25), 5 for each product held (up to 20), up to 30 for "
            "reinvesting what matured in the past year (a new product or an agreement in a "
            "maturity meeting within 30 days; half marks when nothing matured), and up to "
            "25 for answering your contact: 15 for the share of follow-ups done (half "
            "marks when none were due) and 5 for each meeting, up to 2. Years alone give "
            "at most a quarter: habit is not loyalty.</p>",
        ),
        QCoreApplication.translate(
            "insights",
            "<p><b>Satisfaction</b>: how the client rated your meetings (1 to 5) in the "
            "past year, or the last rating if older, turned into 0 to 100. Satisfaction "
            "alone does not keep a client: loyalty does.</p>",
        ),
        QCoreApplication.translate(
            "insights",
            "<p><b>The grid</b>: from 50 points a client counts as of high value or of "
            "high loyalty. <b>Retain</b> the high-value loyal clients with your best "
            "terms; <b>develop</b> the high-value clients who are not yet loyal; "
            "<b>grow</b> the loyal clients of lower value; <b>maintain</b> the rest with "
            "standard service. The fee-discount range of each cell is a book setting.</p>",
        ),
        QCoreApplication.translate(
            "insights",
            "<p><b>Retention radar</b>: money maturing in the next 30 days; assets down "
            "10% or more on 90 days before; a last rating at least 1 below the client's "
            "earlier average; and high-value clients not contacted within their tier's "
            "contact cadence.</p>",
        ),
    ]
    return "".join(parts)
