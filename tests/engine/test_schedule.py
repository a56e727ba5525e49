"""Reading reminder schedules and time zones as users type them, and finding the next reminder across DST."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.engine.schedule import next_occurrence, parse_timezone, parse_weekdays_and_time, zone_label
from bot.storage.enums import Weekday

MON, TUE, WED, THU, FRI, SAT, SUN = Weekday


@pytest.mark.parametrize(
    ("text", "days", "time"),
    [
        ("mon wed fri 18:00", {MON, WED, FRI}, "18:00"),
        ("mon,wed,fri 6pm", {MON, WED, FRI}, "18:00"),
        ("Mon, Wed and Fri at 6 pm", {MON, WED, FRI}, "18:00"),
        ("weekdays 7:30", {MON, TUE, WED, THU, FRI}, "07:30"),
        ("daily 18:00", set(Weekday), "18:00"),
        ("every day 6:05am", set(Weekday), "06:05"),
        ("tue thu 07:00", {TUE, THU}, "07:00"),
        ("18:00 tuesday thursday", {TUE, THU}, "18:00"),
        ("sat sun 12am", {SAT, SUN}, "00:00"),
        ("weekend 12pm", {SAT, SUN}, "12:00"),
        ("mon-wed 19.30", {MON, TUE, WED}, "19:30"),
        ("fri-mon 9am", {FRI, SAT, SUN, MON}, "09:00"),
    ],
)
def test_schedules_in_the_forms_people_type(text: str, days: set[Weekday], time: str) -> None:
    assert parse_weekdays_and_time(text) == (frozenset(days), time)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Tell me the days and the time"),
        ("mon wed fri", "What time?"),
        ("18:00", "Which days?"),
        ("mon 25:00", "isn't a time of day"),
        ("mon 18:75", "isn't a time of day"),
        ("mon 13pm", "isn't a time of day"),
        ("mon 18", 'Is "18" a time?'),
        ("someday 18:00", 'I didn\'t understand "someday"'),
    ],
)
def test_bad_schedules_say_what_is_wrong_with_an_example(text: str, message: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_weekdays_and_time(text)
    assert message in str(error.value)
    assert "/remind" in str(error.value) or "6pm" in str(error.value)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("Berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("New_York", "America/New_York"),
        ("São Paulo", "America/Sao_Paulo"),
        ("UTC", "UTC"),
        ("UTC+2", "Etc/GMT-2"),
        ("utc-5", "Etc/GMT+5"),
        ("-3", "Etc/GMT+3"),
        ("+14", "Etc/GMT-14"),
        ("+05:30", "Asia/Kolkata"),
        ("GMT+0545", "Asia/Kathmandu"),
    ],
)
def test_time_zones_from_names_cities_and_offsets(text: str, zone: str) -> None:
    assert parse_timezone(text) == zone


def test_an_offset_zone_keeps_its_offset_and_reads_the_right_way_round() -> None:
    winter, summer = datetime(2026, 1, 15, tzinfo=UTC), datetime(2026, 7, 15, tzinfo=UTC)
    for text, hours in (("UTC+2", 2), ("-3", -3), ("+05:30", 5.5), ("+05:45", 5.75)):
        zone = ZoneInfo(parse_timezone(text))
        assert winter.astimezone(zone).utcoffset() == summer.astimezone(zone).utcoffset() == timedelta(hours=hours)
    assert zone_label(parse_timezone("UTC+2")) == "UTC+2"
    assert zone_label(parse_timezone("-3")) == "UTC-3"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Atlantis", 'I don\'t know the time zone "Atlantis"'),
        ("UTC+15", "isn't a real offset"),
        ("-03:30", "Send your city instead"),
        ("", "Send your time zone"),
    ],
)
def test_unknown_time_zones_are_refused_with_a_hint(text: str, message: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_timezone(text)
    assert message in str(error.value)


def local(moment: datetime, zone: str) -> str:
    return moment.astimezone(ZoneInfo(zone)).strftime("%a %Y-%m-%d %H:%M %Z")


def test_next_occurrence_is_strictly_after_and_on_a_chosen_day() -> None:
    tuesday_18 = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)  # 18:00 in Berlin
    assert local(
        next_occurrence({TUE, THU}, "18:00", "Europe/Berlin", tuesday_18 - timedelta(seconds=1)), "Europe/Berlin"
    ) == ("Tue 2026-11-24 18:00 CET")
    assert local(next_occurrence({TUE, THU}, "18:00", "Europe/Berlin", tuesday_18), "Europe/Berlin") == (
        "Thu 2026-11-26 18:00 CET"
    )
    assert next_occurrence({TUE}, "18:00", "Europe/Berlin", tuesday_18) == tuesday_18 + timedelta(days=7)


@pytest.mark.parametrize(
    ("zone", "before_change"),
    [
        ("Europe/Berlin", datetime(2026, 3, 27, 12, tzinfo=UTC)),  # clocks go forward on Sun 29 March
        ("Europe/Berlin", datetime(2026, 10, 23, 12, tzinfo=UTC)),  # and back on Sun 25 October
        ("America/New_York", datetime(2026, 3, 6, 12, tzinfo=UTC)),  # forward on Sun 8 March
        ("America/New_York", datetime(2026, 10, 30, 12, tzinfo=UTC)),  # back on Sun 1 November
    ],
)
def test_a_daily_reminder_stays_at_its_local_time_across_dst(zone: str, before_change: datetime) -> None:
    seen, moment = [], before_change
    for _ in range(4):
        moment = next_occurrence(set(Weekday), "18:00", zone, moment)
        seen.append(moment)
    assert [m.astimezone(ZoneInfo(zone)).strftime("%H:%M") for m in seen] == ["18:00"] * 4
    offsets = {m.astimezone(ZoneInfo(zone)).utcoffset() for m in seen}
    assert len(offsets) == 2, "the four evenings span the change, so the UTC time moved by an hour"


def test_a_time_skipped_by_spring_forward_fires_at_the_jump() -> None:
    saturday = datetime(2026, 3, 28, 12, tzinfo=UTC)
    moment = next_occurrence({SUN}, "02:30", "Europe/Berlin", saturday)
    assert moment == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 03:00 CEST, the first minute that exists
    assert local(moment, "Europe/Berlin") == "Sun 2026-03-29 03:00 CEST"
    ny = next_occurrence({SUN}, "02:15", "America/New_York", datetime(2026, 3, 7, tzinfo=UTC))
    assert local(ny, "America/New_York") == "Sun 2026-03-08 03:00 EDT"


def test_a_time_repeated_by_fall_back_fires_once() -> None:
    saturday = datetime(2026, 10, 31, 12, tzinfo=UTC)
    first = next_occurrence(set(Weekday), "01:30", "America/New_York", saturday)
    assert first == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # 01:30 EDT, the first of the two
    again = next_occurrence(set(Weekday), "01:30", "America/New_York", first)
    assert local(again, "America/New_York") == "Mon 2026-11-02 01:30 EST"
    # Asked in between the two 01:30s (sent a little late), it still does not fire a second time that night.
    assert next_occurrence(set(Weekday), "01:30", "America/New_York", first + timedelta(minutes=70)) == again


def test_next_occurrence_needs_an_aware_time_and_some_days() -> None:
    with pytest.raises(ValueError):
        next_occurrence({MON}, "18:00", "UTC", datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        next_occurrence(set(), "18:00", "UTC", datetime(2026, 1, 1, tzinfo=UTC))
