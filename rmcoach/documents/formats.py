"""Dates, times and amounts written for a printed document, in Chinese or English."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, tzinfo

_WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def is_zh(lang: str) -> bool:
    return lang.lower().startswith("zh")


def amount(fen: int, lang: str) -> str:
    """856.3万 (万元, as Chinese banks quote) or ¥8,563,000; the same rule as the app."""
    yuan = fen / 100
    if is_zh(lang):
        if abs(yuan) >= 100_000_000:
            return f"{yuan / 100_000_000:,.2f}亿"
        if abs(yuan) >= 10_000:
            return f"{yuan / 10_000:,.1f}万"
        return f"{yuan:,.0f}元"
    return f"¥{yuan:,.0f}"


def day(value: date | None, lang: str, weekday: bool = False) -> str:
    """2026年11月29日 (周日) / 29 Nov 2026 (Sun): a printed page always carries the year."""
    if value is None:
        return ""
    if is_zh(lang):
        text = f"{value.year}年{value.month}月{value.day}日"
        return f"{text} {_WEEKDAYS_ZH[value.weekday()]}" if weekday else text
    text = f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    return f"{_WEEKDAYS_EN[value.weekday()]} {text}" if weekday else text


def short_day(value: date | None, lang: str) -> str:
    """2026-12-15 / 15 Dec 2026: a date in a table column."""
    if value is None:
        return ""
    return value.isoformat() if is_zh(lang) else day(value, lang)


def month_day(value: date | None, lang: str) -> str:
    """11月29日 / 29 Nov: a birthday without its year."""
    if value is None:
        return ""
    if is_zh(lang):
        return f"{value.month}月{value.day}日"
    return f"{value.day} {_MONTHS_EN[value.month - 1]}"


def moment(value: datetime | None, lang: str, zone: tzinfo | None) -> str:
    """A date with weekday and time, in the book clock's zone: 2026年12月3日 周四 14:30."""
    if value is None:
        return ""
    local = value.astimezone(zone) if zone is not None and value.tzinfo else value
    return f"{day(local.date(), lang, weekday=True)} {local:%H:%M}"


def clock_time(value: datetime | None, zone: tzinfo | None) -> str:
    if value is None:
        return ""
    local = value.astimezone(zone) if zone is not None and value.tzinfo else value
    return f"{local:%H:%M}"


def years(value: int | None, lang: str) -> str:
    """An age or a tenure: 45岁 / 45; '' when unknown."""
    if value is None:
        return ""
    return f"{value}岁" if is_zh(lang) else str(value)


def width(char: str) -> int:
    """Columns a character takes: 2 for Chinese (wide), 1 for Latin letters and digits."""
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def short(text: str, limit: int) -> str:
    """The text on one line, at most `limit` columns wide (a Chinese character takes two),
    cut with an ellipsis: what keeps the brief to one page."""
    flat = " ".join(text.split())
    if sum(width(c) for c in flat) <= limit:
        return flat
    used, kept = 1, []  # the ellipsis takes one column
    for char in flat:
        used += width(char)
        if used > limit:
            break
        kept.append(char)
    return "".join(kept).rstrip() + "…"
