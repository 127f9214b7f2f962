"""Numbers, money, dates and phones as an RM reads them, in the UI's language."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from ui.i18n import current_language

_WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def amount(fen: int, lang: str | None = None) -> str:
    """Chinese UI: 856.3万 (万元, as Chinese banks quote); English: ¥8,563,000."""
    lang = lang or current_language()
    yuan = fen / 100
    if lang == "zh":
        if abs(yuan) >= 100_000_000:
            return f"{yuan / 100_000_000:,.2f}亿"
        if abs(yuan) >= 10_000:
            return f"{yuan / 10_000:,.1f}万"
        return f"{yuan:,.0f}元"
    return f"¥{yuan:,.0f}"


def count(value: int) -> str:
    """20,916: a whole number grouped as the UI's language writes it."""
    return QLocale().toString(value)


def day(value: date | None, today: date | None = None, lang: str | None = None) -> str:
    """11月29日 周日 / Sun 29 Nov; the year is added when it is not this year."""
    if value is None:
        return ""
    lang = lang or current_language()
    this_year = (today or date.today()).year
    if lang == "zh":
        text = f"{value.month}月{value.day}日 {_WEEKDAYS_ZH[value.weekday()]}"
        return text if value.year == this_year else f"{value.year}年{text}"
    text = f"{_WEEKDAYS_EN[value.weekday()]} {value.day} {_MONTHS_EN[value.month - 1]}"
    return text if value.year == this_year else f"{text} {value.year}"


def plain_date(value: date | None) -> str:
    """The editable form of a date (ISO), which parse_date reads back."""
    return value.isoformat() if value else ""


def days_ago(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return QCoreApplication.translate("formatting", "never")
    days = (now.date() - moment.astimezone(now.tzinfo).date()).days
    if days <= 0:
        return QCoreApplication.translate("formatting", "today")
    return QCoreApplication.translate("formatting", "%n day(s) ago", "", days)


def fill(template: str, *values: object) -> str:
    """Qt's %1, %2 ... filled in one pass, so a value holding "%2" stays as it is."""

    def value(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return str(values[index]) if 0 <= index < len(values) else match[0]

    return re.sub(r"%(\d)", value, template)
