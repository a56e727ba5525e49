"""Reading reminder schedules and time zones typed by users, and finding a schedule's next moment in UTC."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from bot.storage.enums import Weekday

EXAMPLE = "/remind mon wed fri 18:00"
TIMEZONE_EXAMPLE = 'a city like "Berlin" or "New York", a zone like Europe/Berlin, or an offset like UTC+2'
EVERY_DAY = frozenset(Weekday)
WORKDAYS = frozenset(Weekday) - {Weekday.SAT, Weekday.SUN}

_DAY_WORDS: dict[str, frozenset[Weekday]] = {
    **{day.short: frozenset({day}) for day in Weekday},
    "monday": frozenset({Weekday.MON}),
    "tues": frozenset({Weekday.TUE}),
    "tuesday": frozenset({Weekday.TUE}),
    "weds": frozenset({Weekday.WED}),
    "wednesday": frozenset({Weekday.WED}),
    "thur": frozenset({Weekday.THU}),
    "thurs": frozenset({Weekday.THU}),
    "thursday": frozenset({Weekday.THU}),
    "friday": frozenset({Weekday.FRI}),
    "saturday": frozenset({Weekday.SAT}),
    "sunday": frozenset({Weekday.SUN}),
    "weekdays": WORKDAYS,
    "weekday": WORKDAYS,
    "weekends": frozenset({Weekday.SAT, Weekday.SUN}),
    "weekend": frozenset({Weekday.SAT, Weekday.SUN}),
    "daily": EVERY_DAY,
    "everyday": EVERY_DAY,
}
_FILLER = {"every", "day", "days", "on", "at", "and", "each", "&", "@"}
_CLOCK = re.compile(r"(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?(?:\s*(?P<half>am|pm|a\.m\.|p\.m\.))?")
_OFFSET = re.compile(r"(?:utc|gmt)?\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?")
_MAIN_AREAS = ("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")

# Offsets that are not whole hours have no Etc/GMT zone; these places keep that offset all year round.
_FIXED_HALF_HOURS: dict[str, str] = {
    "+03:30": "Asia/Tehran",
    "+04:30": "Asia/Kabul",
    "+05:30": "Asia/Kolkata",
    "+05:45": "Asia/Kathmandu",
    "+06:30": "Asia/Yangon",
    "+08:45": "Australia/Eucla",
    "+09:30": "Australia/Darwin",
    "-09:30": "Pacific/Marquesas",
}


def parse_weekdays_and_time(text: str) -> tuple[frozenset[Weekday], str]:
    """Days and a local "HH:MM" from "mon wed fri 18:00", "mon,wed,fri 6pm", "weekdays 7:30", "daily 18:00"."""
    cleaned = re.sub(r"\bevery\s+day\b", "daily", text.strip().lower())
    if not cleaned:
        raise ValueError(f"Tell me the days and the time, e.g. {EXAMPLE}")
    found_time = _find_time(cleaned)
    if found_time is None:
        raise ValueError(f"What time? Add it like this: {EXAMPLE} (or 6pm).")
    local_time, span = found_time
    rest = cleaned[: span[0]] + " " + cleaned[span[1] :]
    days: set[Weekday] = set()
    for word in re.split(r"[\s,;/+]+", rest):
        if not word or word in _FILLER:
            continue
        days |= _days_in(word)
    if not days:
        raise ValueError(f"Which days? Add them like this: {EXAMPLE}, or weekdays / daily.")
    return frozenset(days), local_time


def _days_in(word: str) -> frozenset[Weekday]:
    if word in _DAY_WORDS:
        return _DAY_WORDS[word]
    first, dash, last = word.partition("-")
    if dash and first in _DAY_WORDS and last in _DAY_WORDS and len(_DAY_WORDS[first]) == len(_DAY_WORDS[last]) == 1:
        start, end = min(_DAY_WORDS[first]), min(_DAY_WORDS[last])
        span = range(start, end + 1) if start <= end else [*range(start, 7), *range(0, end + 1)]
        return frozenset(Weekday(day) for day in span)
    raise ValueError(f'I didn\'t understand "{word}". Use day names and a time, e.g. {EXAMPLE}.')


def _find_time(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first clock time in `text` as "HH:MM", with where it was; ValueError if it is not a real time."""
    for match in _CLOCK.finditer(text):
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if before.isalnum() or after.isalnum() or before == "-":
            continue  # part of a word or a day range, not a time
        if match["minute"] is None and match["half"] is None:
            raise ValueError(f'Is "{match[0].strip()}" a time? Write it as 18:00 or 6pm, e.g. {EXAMPLE}.')
        hour, minute = int(match["hour"]), int(match["minute"] or 0)
        if match["half"]:
            if not 1 <= hour <= 12:
                raise ValueError(f'"{match[0].strip()}" isn\'t a time of day. Try 6pm or 18:00.')
            hour = hour % 12 + (12 if match["half"].startswith("p") else 0)
        if hour > 23 or minute > 59:
            raise ValueError(f'"{match[0].strip()}" isn\'t a time of day. Use 00:00 to 23:59, e.g. {EXAMPLE}.')
        return f"{hour:02d}:{minute:02d}", match.span()
    return None


def parse_timezone(text: str) -> str:
    """An IANA zone name from a zone name, a city ("new york") or a UTC offset ("UTC+2", "+05:30", "-3")."""
    raw = text.strip()
    if not raw:
        raise ValueError(f"Send your time zone: {TIMEZONE_EXAMPLE}.")
    lowered = raw.lower()
    if lowered in {"utc", "gmt", "z", "utc+0", "gmt+0", "+0", "-0", "+00:00"}:
        return "UTC"
    offset = _OFFSET.fullmatch(lowered)
    if offset:
        return _offset_zone(offset["sign"], int(offset["hours"]), int(offset["minutes"] or 0))
    zones = _zones_by_key()
    key = _zone_key(raw)
    if key in zones:
        return zones[key]
    city = _cities().get(key)
    if city:
        return city
    raise ValueError(f'I don\'t know the time zone "{raw[:40]}". Send {TIMEZONE_EXAMPLE}.')


def _offset_zone(sign: str, hours: int, minutes: int) -> str:
    label = f"{sign}{hours:02d}:{minutes:02d}"
    if minutes == 0:
        if hours == 0:
            return "UTC"
        # IANA's Etc zones count the other way round: UTC+2 is Etc/GMT-2.
        if (sign == "+" and hours <= 14) or (sign == "-" and hours <= 12):
            return f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"
        raise ValueError(f"UTC{label} isn't a real offset; they run from UTC-12 to UTC+14.")
    if label in _FIXED_HALF_HOURS:
        return _FIXED_HALF_HOURS[label]
    raise ValueError(
        f"I can't keep UTC{label} as a fixed offset because the places on it change their clocks. "
        "Send your city instead, e.g. St Johns or Adelaide."
    )


def _zone_key(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[\s_\-.']+", "_", plain.strip().lower()).strip("_")


@cache
def _zones_by_key() -> dict[str, str]:
    return {_zone_key(zone): zone for zone in available_timezones()}


@cache
def _cities() -> dict[str, str]:
    """The last part of each zone name ("new_york"), preferring the main areas and the shortest name."""
    cities: dict[str, str] = {}
    ranked = sorted(available_timezones(), key=lambda z: (not z.startswith(_MAIN_AREAS), len(z), z))
    for zone in ranked:
        if "/" in zone:
            cities.setdefault(_zone_key(zone.rsplit("/", 1)[1]), zone)
    return cities


def zone_label(timezone: str) -> str:
    """How to show a zone: Etc/GMT-2 reads backwards, so it is shown as UTC+2."""
    match = re.fullmatch(r"Etc/GMT([+-])(\d+)", timezone)
    if match:
        return f"UTC{'-' if match[1] == '+' else '+'}{match[2]}"
    return timezone


def describe_days(weekdays: Iterable[Weekday]) -> str:
    days = frozenset(weekdays)
    if days == EVERY_DAY:
        return "Every day"
    if days == WORKDAYS:
        return "Weekdays"
    return ", ".join(day.short.capitalize() for day in sorted(days))


def next_occurrence(weekdays: Iterable[Weekday], local_time: str, tz: str, after: datetime) -> datetime:
    """The first moment strictly after `after` when it is `local_time` in `tz` on one of `weekdays`, in UTC.

    A wall time skipped by a DST jump fires at the jump (the first valid instant after it); a wall time
    that happens twice when clocks go back fires at its first occurrence only.
    """
    if after.tzinfo is None:
        raise ValueError("`after` must be timezone-aware")
    days = frozenset(weekdays)
    if not days:
        raise ValueError("a schedule needs at least one weekday")
    zone = ZoneInfo(tz)
    hour, minute = (int(part) for part in local_time.split(":"))
    wall = time(hour, minute)
    start = after.astimezone(zone).date() - timedelta(days=1)
    for offset in range(10):
        day = start + timedelta(days=offset)
        if Weekday(day.weekday()) not in days:
            continue
        moment = _instant(day, wall, zone)
        if moment > after:
            return moment
    raise AssertionError("a weekly schedule always has a next occurrence within 8 days")


def _instant(day: date, wall: time, zone: ZoneInfo) -> datetime:
    naive = datetime.combine(day, wall)
    # Walk past a DST gap minute by minute to the first wall time that exists (at most a day, e.g. Samoa 2011).
    for minutes in range(0, 24 * 60 + 1):
        candidate = naive + timedelta(minutes=minutes)
        moment = candidate.replace(tzinfo=zone, fold=0).astimezone(UTC)
        if moment.astimezone(zone).replace(tzinfo=None) == candidate:
            return moment
    raise AssertionError(f"no valid local time near {naive} in {zone.key}")
