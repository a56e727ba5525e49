"""The user's account commands: /settings, /mydata and /forget."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import repo
from tests.engine.conftest import Chat


async def test_settings_show_and_change_zone_and_units(
    chat: Chat, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    shown = await chat.send("/settings")
    assert "Time zone: not set yet" in shown.text and "Units: kg" in shown.text
    assert "/settings tz Europe/Paris" in shown.text

    assert "Time zone set to Europe/Paris." in (await chat.send("/settings tz Europe/Paris")).text
    assert "Units set to lb." in (await chat.send("/settings units lb")).text
    assert "Units can be kg or lb" in (await chat.send("/settings units stone")).text
    assert "I don't know the time zone" in (await chat.send("/settings tz Narnia")).text
    shown = await chat.send("/settings")
    assert "Time zone: Europe/Paris" in shown.text and "Units: lb" in shown.text


async def test_a_new_zone_keeps_reminders_at_their_local_time(
    chat: Chat, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    await chat.send("/settings tz Berlin")
    await chat.send("/remind daily 18:00")
    moved = await chat.send("/settings tz new york")
    assert "keep their local time" in moved.text
    async with session_factory() as session:
        [reminder] = await repo.list_reminders(session, 42)
    assert (reminder.local_time, reminder.timezone) == ("18:00", "America/New_York")
    assert reminder.next_due_at == datetime(2026, 11, 24, 23, 0, tzinfo=UTC)  # 18:00 EST


async def test_mydata_is_a_json_file_with_the_reminders(chat: Chat) -> None:
    await chat.send("/settings tz Berlin")
    await chat.send("/remind mon wed fri 18:00")
    reply = (await chat.send("/mydata")).replies[0]
    assert reply.document is not None
    name, content = reply.document
    assert name == "hip-thrust-coach-data.json"
    data = json.loads(content)
    assert data["user"]["timezone"] == "Europe/Berlin"
    [reminder] = data["reminders"]
    assert (reminder["weekdays"], reminder["local_time"]) == (["mon", "wed", "fri"], "18:00")


async def test_forget_asks_first_then_deletes_everything(
    chat: Chat, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    await chat.send("/settings tz Berlin")
    await chat.send("/remind daily 18:00")
    await chat.send("my lower back aches a bit after hip thrusts")

    asked = await chat.send("/forget")
    assert "can't be undone" in asked.text
    kept = await chat.press("No, keep it")
    assert "kept everything" in kept.text
    async with session_factory() as session:
        assert len(await repo.list_reminders(session, 42)) == 1

    await chat.send("/forget")
    gone = await chat.press("Yes, delete everything")
    assert "I deleted everything" in gone.text
    async with session_factory() as session:
        export = await repo.export_user_data(session, 42)
    assert export["user"] is None
    assert all(rows == [] for table, rows in export.items() if table != "user")

    fresh = await chat.send("/settings")  # they come back: a new, empty account
    assert "Time zone: not set yet" in fresh.text
