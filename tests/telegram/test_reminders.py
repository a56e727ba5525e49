"""Reminders and check-ins sent by the bot's job, with a controllable clock instead of waiting for real time."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.retrieval.service import KnowledgeBase
from bot.storage.db import make_engine, make_sessionmaker
from bot.storage.models import Reminder
from tests.fake_telegram import BotMessage, FakeTelegram
from tests.telegram.conftest import REMINDER_INTERVAL, Bot, Clock, button_data


def is_reminder(message: BotMessage) -> bool:
    return message.text.startswith("⏰")


async def set_reminder(tg: FakeTelegram) -> BotMessage:
    alex = tg.user(42)
    await alex.send("/remind tue 09:30")
    await tg.wait_for_reply(42, predicate=lambda m: "time zone" in m.text.lower())
    await alex.send("UTC")
    return await tg.wait_for_reply(42, predicate=lambda m: m.text.startswith("Reminder set"))


async def reminders_in_db(url: str) -> list[Reminder]:
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine)() as session:
            return list((await session.scalars(select(Reminder))).all())
    finally:
        await engine.dispose()


async def settle() -> None:
    """Long enough for the job to run several times, so a duplicate would have shown up."""
    await asyncio.sleep(REMINDER_INTERVAL * 4)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db_bot(request: pytest.FixtureRequest, tg: FakeTelegram, knowledge_base: KnowledgeBase, clock: Clock) -> Bot:
    return Bot(tg, knowledge_base, clock, request.getfixturevalue(f"{request.param}_url"))


async def test_a_remind_one_liner_fires_once_at_its_time(tg: FakeTelegram, any_db_bot: Bot, clock: Clock) -> None:
    async with any_db_bot.polling():
        confirmation = await set_reminder(tg)
        assert "Tue" in confirmation.text and "09:30" in confirmation.text
        await settle()
        assert not any(is_reminder(m) for m in tg.sent(42))  # 09:00 now: not yet

        clock.now += timedelta(minutes=31)
        reminder = await tg.wait_for_reply(42, predicate=is_reminder, timeout=5)
        assert "cue card" in reminder.text and reminder.button_texts == ("Pause this reminder",)
        await settle()
    assert sum(is_reminder(m) for m in tg.sent(42)) == 1
    [stored] = await reminders_in_db(any_db_bot.database_url)
    assert stored.active and stored.next_due_at is not None
    assert stored.next_due_at.date() == (clock.now + timedelta(days=7)).date()  # next Tuesday


async def test_a_reminder_survives_a_restart_and_fires_once(tg: FakeTelegram, bot: Bot, clock: Clock) -> None:
    async with bot.polling():
        await set_reminder(tg)
    clock.now += timedelta(minutes=45)  # due while the bot was down, well within the grace period
    async with bot.polling():
        reminder = await tg.wait_for_reply(42, predicate=is_reminder, timeout=5)
        assert "Hip thrust day" in reminder.text
        await settle()
    async with bot.polling():  # and a second restart does not send it again
        await settle()
    assert sum(is_reminder(m) for m in tg.sent(42)) == 1


async def test_a_user_who_blocked_the_bot_gets_their_reminders_paused(tg: FakeTelegram, bot: Bot, clock: Clock) -> None:
    async with bot.polling():
        await set_reminder(tg)
        tg.block(42)
        clock.now += timedelta(minutes=31)
        await tg.wait_for_call("sendMessage", count=len(tg.calls("sendMessage")) + 1, timeout=5)
        for _ in range(50):
            stored = await reminders_in_db(bot.database_url)
            if not stored[0].active:
                break
            await asyncio.sleep(0.1)
        assert [r.active for r in stored] == [False]
        assert tg.calls("sendMessage")[-1].status == 403

        tg.unblock(42)
        clock.now += timedelta(days=7)  # next Tuesday: a paused reminder stays quiet
        await settle()
        await tg.user(42).send("/reminders")
        listing = await tg.wait_for_reply(42, predicate=lambda m: "Your reminders" in m.text)
        assert "paused" in listing.text and "Resume 1" in listing.button_texts
    assert not any(is_reminder(m) for m in tg.sent(42))


async def test_a_pain_report_is_followed_up_the_next_morning(tg: FakeTelegram, bot: Bot, clock: Clock) -> None:
    async with bot.polling():
        alex = tg.user(42)
        await alex.send("lower back a bit achy after thrusts")
        advice = await tg.wait_for_reply(42)
        assert "Stop the set" in advice.text and "check in with you tomorrow morning" in advice.text

        clock.now = clock.now.replace(hour=9, minute=1) + timedelta(days=1)
        check_in = await tg.wait_for_reply(42, predicate=lambda m: m.text.startswith("Good morning"), timeout=5)
        assert check_in.button_texts == ("Settled", "Still there", "Worse")

        await alex.press(button_data(check_in, "Settled"), message=check_in)
        cleared = await tg.wait_for_reply(42, predicate=lambda m: "cleared to train" in m.text)
        assert "cue card" in cleared.text
        [pressed] = [m for m in tg.sent(42) if m.message_id == check_in.message_id]
        assert pressed.text.endswith("→ Settled") and pressed.buttons == ()
        await settle()
    assert sum(m.text.startswith("Good morning") for m in tg.sent(42)) == 1
