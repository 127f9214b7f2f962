"""The clock, injected everywhere so tests run at fixed times; time-zone aware."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, aware, in the clock's zone."""
        ...


class SystemClock:
    """The machine's clock in the system's time zone (or the zone given)."""

    def __init__(self, zone: tzinfo | None = None) -> None:
        self._zone = zone

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone(self._zone)


class FixedClock:
    """A clock that says what it is told: for tests and reproducible demos."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._at = at

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._at = at


def today(clock: Clock) -> date:
    return clock.now().date()


def to_storage(moment: datetime) -> datetime:
    """Aware datetime -> naive UTC, the form every timestamp takes in the book."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be aware")
    return moment.astimezone(UTC).replace(tzinfo=None)


def from_storage(stored: datetime | None, zone: tzinfo | None = None) -> datetime | None:
    """Naive UTC from the book -> aware datetime in the given (default: system) zone."""
    if stored is None:
        return None
    return stored.replace(tzinfo=UTC).astimezone(zone)
