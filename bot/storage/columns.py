"""Column types that keep times in UTC and weekday sets readable on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator

from bot.storage.enums import Weekday


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime in, an aware UTC datetime out.

    PostgreSQL keeps `timestamptz`; SQLite has no time zones, so the value is written as naive UTC and
    the zone is put back on the way out. Naive datetimes are refused: their zone is a guess.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} given where a UTC time is stored")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class WeekdaySet(TypeDecorator[frozenset[Weekday]]):
    """A set of weekdays stored as "mon,wed,fri" (Monday first), readable in a plain SQL shell."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: Iterable[Weekday] | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        days = sorted({Weekday(day) for day in value})
        if not days:
            raise ValueError("a reminder needs at least one weekday")
        return ",".join(day.short for day in days)

    def process_result_value(self, value: str | None, dialect: Dialect) -> frozenset[Weekday] | None:
        if value is None:
            return None
        return frozenset(Weekday.parse(name) for name in value.split(",") if name)
