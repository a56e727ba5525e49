"""Cue reminders and pain check-ins end to end: commands and buttons, then what the dispatcher sends and records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.engine.coach import Coach
from bot.engine.reminders import Dispatch, DispatchKind, ReminderDispatcher
from bot.storage import repo
from bot.storage.enums import DeliveryStatus, FollowupStatus, Weekday
from bot.storage.models import Delivery, Followup, Reminder
from tests.engine.conftest import Chat, Clock

BERLIN = ZoneInfo("Europe/Berlin")
# The clock starts on Tuesday 24 November 2026, 09:00 UTC (10:00 in Berlin).


@pytest.fixture
def dispatcher(coach: Coach, session_factory: async_sessionmaker[AsyncSession], clock: Clock) -> ReminderDispatcher:
    return ReminderDispatcher(session_factory, coach, clock, owner="worker-1")


def labels(chat: Chat) -> list[str]:
    assert chat.last is not None
    return [button.label for reply in chat.last.replies for button in reply.choices]


async def reminders_of(sessions: async_sessionmaker[AsyncSession], user_id: int = 42) -> list[Reminder]:
    async with sessions() as session:
        return await repo.list_reminders(session, user_id)


async def deliveries(sessions: async_sessionmaker[AsyncSession]) -> list[Delivery]:
    async with sessions() as session:
        return list(await session.scalars(select(Delivery).order_by(Delivery.id)))


async def berlin_reminder(chat: Chat, schedule: str = "mon wed fri 18:00") -> None:
    await chat.send(f"/remind {schedule}")
    await chat.send("Berlin")


async def test_remind_in_one_line_asks_the_zone_once_then_keeps_it(
    chat: Chat, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    asked = await chat.send("/remind mon wed fri 18:00")
    assert "Which time zone are you in?" in asked.text
    assert await reminders_of(session_factory) == []

    done = await chat.send("Berlin")
    assert "Time zone set to Europe/Berlin" in done.text
    assert "Reminder set: Mon, Wed, Fri at 18:00 (Europe/Berlin)" in done.text
    assert "Wed 25 Nov" in done.text  # the first one: Tuesday has no reminder

    second = await chat.send("/remind tue thu 07:00")
    assert "time zone" not in second.text.lower()
    assert "Reminder set: Tue, Thu at 07:00 (Europe/Berlin)" in second.text
    stored = await reminders_of(session_factory)
    assert [(r.weekdays, r.local_time, r.timezone) for r in stored] == [
        (frozenset({Weekday.MON, Weekday.WED, Weekday.FRI}), "18:00", "Europe/Berlin"),
        (frozenset({Weekday.TUE, Weekday.THU}), "07:00", "Europe/Berlin"),
    ]
    assert stored[0].next_due_at == datetime(2026, 11, 25, 17, 0, tzinfo=UTC)  # 18:00 CET


async def test_bad_remind_input_explains_with_an_example(
    chat: Chat, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    reply = await chat.send("/remind mon wed fri 25:00")
    assert "isn't a time of day" in reply.text and "/remind mon wed fri 18:00" in reply.text
    reply = await chat.send("/remind mon wed fri 18:00")
    wrong_zone = await chat.send("Atlantis")
    assert 'I don\'t know the time zone "Atlantis"' in wrong_zone.text
    await chat.send("UTC+2")
    assert [r.timezone for r in await reminders_of(session_factory)] == ["Etc/GMT-2"]


async def test_remind_by_buttons(chat: Chat, session_factory: async_sessionmaker[AsyncSession]) -> None:
    await chat.send("/settings tz new york")
    await chat.send("/remind")
    await chat.press("Tue")
    await chat.press("Sat")
    assert "✓ Tue" in labels(chat) and "✓ Sat" in labels(chat)
    await chat.press("Sat")  # changed their mind
    await chat.press("Thu")
    asked = await chat.press("Next")
    assert "Tue, Thu. What time?" in asked.text
    done = await chat.press("07:00")
    assert "Reminder set: Tue, Thu at 07:00 (America/New_York)" in done.text
    [reminder] = await reminders_of(session_factory)
    assert reminder.weekdays == {Weekday.TUE, Weekday.THU}


async def test_a_typed_time_answers_the_button_question(
    chat: Chat, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    await chat.send("/settings tz Berlin")
    await chat.send("/remind")
    await chat.press("Weekdays")
    await chat.press("Next")
    done = await chat.send("6:30pm")
    assert "Reminder set: Weekdays at 18:30 (Europe/Berlin)" in done.text


async def test_pain_while_we_wait_for_the_zone_is_triaged_not_taken_for_a_zone(chat: Chat) -> None:
    await chat.send("/remind daily 18:00")
    reply = await chat.send("my back hurts")
    assert reply.level == "modify" and "Which time zone" not in reply.text


async def test_cancel_drops_a_half_made_reminder(chat: Chat, session_factory: async_sessionmaker[AsyncSession]) -> None:
    await chat.send("/remind daily 18:00")
    assert "OK, no reminder set." in (await chat.send("/cancel")).text
    assert "Which time zone" not in (await chat.send("Berlin")).text
    assert await reminders_of(session_factory) == []


async def test_reminders_list_with_pause_resume_and_delete(
    chat: Chat, session_factory: async_sessionmaker[AsyncSession], clock: Clock
) -> None:
    assert "You have no reminders" in (await chat.send("/reminders")).text
    await berlin_reminder(chat)
    await chat.send("/remind daily 7am")
    listing = await chat.send("/reminders")
    assert "1. Mon, Wed, Fri at 18:00 (Europe/Berlin), active" in listing.text
    assert "2. Every day at 07:00 (Europe/Berlin), active" in listing.text
    assert labels(chat) == ["Pause 1", "Delete 1", "Pause 2", "Delete 2"]

    paused = await chat.press("Pause 1")
    assert "1. Mon, Wed, Fri at 18:00 (Europe/Berlin), paused" in paused.text
    assert (await reminders_of(session_factory))[0].next_due_at is None

    clock.now += timedelta(days=3)  # Friday 27th, 09:00 UTC
    await chat.press("Resume 1")
    first = (await reminders_of(session_factory))[0]
    assert first.active and first.next_due_at == datetime(2026, 11, 27, 17, 0, tzinfo=UTC)

    deleted = await chat.press("Delete 2")
    assert "Deleted." in deleted.text and "Every day" not in deleted.text
    assert len(await reminders_of(session_factory)) == 1
    again = await chat.press_data("rem:delete:999999")  # an old message's button, deleted since
    assert "doesn't exist any more" in again.text


async def test_another_users_reminder_cannot_be_touched(
    chat: Chat, coach: Coach, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    await berlin_reminder(chat)
    [reminder] = await reminders_of(session_factory)
    intruder = Chat(coach, user_id=7)
    reply = await intruder.press_data(f"rem:delete:{reminder.id}")
    assert "doesn't exist" in reply.text
    assert len(await reminders_of(session_factory)) == 1


async def test_a_due_reminder_is_claimed_once_and_sent_once(
    chat: Chat, dispatcher: ReminderDispatcher, clock: Clock, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    await berlin_reminder(chat)
    assert await dispatcher.claim_due() == []  # not due yet
    clock.now = datetime(2026, 11, 25, 17, 0, 30, tzinfo=UTC)
    [dispatch] = await dispatcher.claim_due()
    assert (dispatch.kind, dispatch.chat_id, dispatch.due_at) == (
        DispatchKind.REMINDER,
        42,
        datetime(2026, 11, 25, 17, 0, tzinfo=UTC),
    )
    assert "Your hip thrust cue card:" in dispatch.reply.text and "Ribs down" in dispatch.reply.text
    assert await dispatcher.claim_due() == []  # claimed: a second poll (or worker) gets nothing

    await dispatcher.sent(dispatch)
    await dispatcher.sent(dispatch)  # a repeated confirmation changes nothing
    [row] = await deliveries(session_factory)
    assert (row.status, row.sent_at) == (DeliveryStatus.SENT, clock.now)
    [reminder] = await reminders_of(session_factory)
    assert reminder.next_due_at == datetime(2026, 11, 27, 17, 0, tzinfo=UTC)  # Friday 18:00 Berlin
    clock.now += timedelta(minutes=10)
    assert await dispatcher.claim_due() == []


async def test_a_crash_after_claiming_never_sends_twice(
    chat: Chat, dispatcher: ReminderDispatcher, clock: Clock, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    await berlin_reminder(chat)
    clock.now = datetime(2026, 11, 25, 17, 1, tzinfo=UTC)
    assert len(await dispatcher.claim_due()) == 1
    [claim] = await deliveries(session_factory)
    assert (claim.status, claim.sent_at) == (DeliveryStatus.CLAIMED, None)
    clock.now += timedelta(minutes=10)  # the worker died without reporting; its lease ran out
    assert await dispatcher.claim_due() == []
    [reminder] = await reminders_of(session_factory)
    assert reminder.next_due_at == datetime(2026, 11, 27, 17, 0, tzinfo=UTC)
    assert len(await deliveries(session_factory)) == 1


async def test_a_reminder_missed_by_five_hours_is_skipped_and_rescheduled(
    chat: Chat, dispatcher: ReminderDispatcher, clock: Clock, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    await berlin_reminder(chat)
    clock.now = datetime(2026, 11, 25, 22, 0, tzinfo=UTC)  # 23:00 in Berlin: the bot was down all evening
    assert await dispatcher.claim_due() == []
    [row] = await deliveries(session_factory)
    assert row.status is DeliveryStatus.SKIPPED and "5h00 late" in (row.detail or "")
    [reminder] = await reminders_of(session_factory)
    assert reminder.next_due_at == datetime(2026, 11, 27, 17, 0, tzinfo=UTC)


async def test_within_the_grace_window_it_is_sent_late_once(
    chat: Chat, dispatcher: ReminderDispatcher, clock: Clock, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    await berlin_reminder(chat)
    clock.now = datetime(2026, 11, 25, 18, 30, tzinfo=UTC)  # 90 minutes late
    [dispatch] = await dispatcher.claim_due()
    await dispatcher.sent(dispatch)
    clock.now += timedelta(minutes=5)
    assert await dispatcher.claim_due() == []
    assert [row.status for row in await deliveries(session_factory)] == [DeliveryStatus.SENT]


async def test_a_failed_send_is_retried_a_bounded_number_of_times(
    chat: Chat, coach: Coach, clock: Clock, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    dispatcher = ReminderDispatcher(session_factory, coach, clock, owner="w", max_attempts=2)
    await berlin_reminder(chat)
    clock.now = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)
    [first] = await dispatcher.claim_due()
    await dispatcher.failed(first, "timed out", blocked=False)
    assert await dispatcher.claim_due() == []  # the lease still holds
    clock.now += timedelta(minutes=3)
    [retry] = await dispatcher.claim_due()
    assert retry.due_at == first.due_at
    await dispatcher.failed(retry, "timed out", blocked=False)
    [row] = await deliveries(session_factory)
    assert row.status is DeliveryStatus.FAILED and row.attempts == 2
    assert row.detail == "attempt 2 of 2: timed out"
    clock.now += timedelta(minutes=3)
    assert await dispatcher.claim_due() == []  # given up on this occurrence; on to Friday
    assert (await reminders_of(session_factory))[0].next_due_at == datetime(2026, 11, 27, 17, 0, tzinfo=UTC)


async def test_a_user_who_blocked_the_bot_gets_their_reminders_paused(
    chat: Chat, dispatcher: ReminderDispatcher, clock: Clock, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    await berlin_reminder(chat)
    await chat.send("/remind daily 20:00")
    clock.now = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)
    [dispatch] = await dispatcher.claim_due()
    await dispatcher.failed(dispatch, "Forbidden: bot was blocked by the user", blocked=True)
    assert [r.active for r in await reminders_of(session_factory)] == [False, False]
    async with session_factory() as session:
        user = await repo.get_user(session, 42)
        assert user is not None and user.blocked
    clock.now += timedelta(days=7)
    assert await dispatcher.claim_due() == []
    listing = await chat.send("/reminders")  # they came back: the reminders wait for them, paused
    assert listing.text.count("paused") == 2 and "Resume 1" in labels(chat)


async def test_the_reminder_carries_a_tip_from_the_last_setup_check(
    chat: Chat, dispatcher: ReminderDispatcher, clock: Clock, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    await berlin_reminder(chat, "daily 18:00")
    async with session_factory.begin() as session:
        await repo.add_setup_check(session, 42, {"bench_height": "no"})
    clock.now = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
    [dispatch] = await dispatcher.claim_due()
    assert "Your focus today:" in dispatch.reply.text


async def test_after_a_professional_report_the_reminder_says_not_to_train(
    chat: Chat, dispatcher: ReminderDispatcher, clock: Clock
) -> None:
    await berlin_reminder(chat, "daily 18:00")
    reply = await chat.send("sharp pain in my lower back")
    assert reply.level == "professional"
    clock.now = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
    [dispatch] = await dispatcher.claim_due()
    assert "don't train hip thrusts until" in dispatch.reply.text
    assert "Hip thrust day" not in dispatch.reply.text


async def modify_report(chat: Chat) -> str:
    reply = await chat.send("my lower back aches a bit after hip thrusts")
    assert reply.level == "modify"
    return reply.text


async def claim_check_in(dispatcher: ReminderDispatcher, clock: Clock, due: datetime) -> Dispatch:
    clock.now = due - timedelta(minutes=1)
    assert await dispatcher.claim_due() == []
    clock.now = due
    [dispatch] = await dispatcher.claim_due()
    assert dispatch.kind is DispatchKind.FOLLOWUP and dispatch.due_at == due
    assert dispatch.reply.text.endswith("How does it feel today?")
    assert [b.label for b in dispatch.reply.choices] == ["Settled", "Still there", "Worse"]
    await dispatcher.sent(dispatch)
    return dispatch


async def test_modify_report_brings_a_check_in_next_morning_then_settled_clears_to_train(
    chat: Chat, dispatcher: ReminderDispatcher, clock: Clock, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    await chat.send("/settings tz Berlin")
    clock.now = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)  # 20:00 in Berlin, after the workout
    text = await modify_report(chat)
    assert "I'll check in with you tomorrow morning at 09:00 (Europe/Berlin)" in text
    dispatch = await claim_check_in(dispatcher, clock, datetime(2026, 11, 25, 8, 0, tzinfo=UTC))  # 09:00 CET

    chat.last = None
    answer = await chat.press_data(dispatch.reply.choices[0].data)
    assert answer.acknowledged == "Settled"
    assert "cleared to train today at a reduced load" in answer.text and "Ribs down" in answer.text
    async with session_factory() as session:
        followup = await session.scalar(select(Followup))
        assert followup is not None and (followup.status, followup.answer) == (FollowupStatus.ANSWERED, "settled")
        user = await repo.get_user(session, 42)
        assert user is not None and user.train_caution_since is None
    again = await chat.press_data(dispatch.reply.choices[2].data)
    assert "I already have your answer" in again.text


async def test_worse_next_morning_means_see_a_professional_and_is_recorded(
    chat: Chat, dispatcher: ReminderDispatcher, clock: Clock, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    text = await modify_report(chat)  # no zone known: 09:00 UTC, and the user is told so
    assert "09:00 (UTC)" in text and "/settings tz" in text
    dispatch = await claim_check_in(dispatcher, clock, datetime(2026, 11, 25, 9, 0, tzinfo=UTC))

    answer = await chat.press_data(dispatch.reply.choices[2].data)
    assert answer.level == "professional"
    assert "get this checked by a physical therapist or doctor" in answer.text
    async with session_factory() as session:
        report = await repo.latest_pain_report(session, 42)
        assert report is not None and report.level == "professional" and "worse" in report.text
        user = await repo.get_user(session, 42)
        assert user is not None and user.train_caution_since == clock.now
    follow_up_question = await chat.send("how high should the bench be?")
    assert "don't train hip thrusts until" in follow_up_question.text


async def test_still_there_is_professional_advice_too(chat: Chat, dispatcher: ReminderDispatcher, clock: Clock) -> None:
    await modify_report(chat)
    dispatch = await claim_check_in(dispatcher, clock, datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    answer = await chat.press_data(dispatch.reply.choices[1].data)
    assert answer.level == "professional" and answer.acknowledged == "Still there"


async def test_a_check_in_missed_for_half_a_day_is_skipped(
    chat: Chat, dispatcher: ReminderDispatcher, clock: Clock, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    await modify_report(chat)
    clock.now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # a whole day late
    assert await dispatcher.claim_due() == []
    async with session_factory() as session:
        followup = await session.scalar(select(Followup))
        assert followup is not None and followup.status is FollowupStatus.SKIPPED
