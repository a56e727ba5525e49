"""Reminders: the user's schedule, the due queue, and leases that keep two workers from sending twice."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import repo
from bot.storage.db import make_engine, make_sessionmaker
from bot.storage.enums import Weekday
from bot.storage.models import Reminder

NOW = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
MON_WED_FRI = {Weekday.MON, Weekday.WED, Weekday.FRI}


async def _reminder(session: AsyncSession, user_id: int, due: datetime) -> Reminder:
    await repo.get_or_create_user(session, user_id, chat_id=user_id)
    return await repo.add_reminder(
        session, user_id, weekdays=MON_WED_FRI, local_time="07:00", timezone="Europe/Berlin", next_due_at=due
    )


async def test_a_reminder_is_stored_as_given(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        await _reminder(session, 1, NOW)
    async with session_factory() as session:
        [reminder] = await repo.list_reminders(session, 1)
        assert await repo.list_reminders(session, 2) == []
    assert reminder.weekdays == frozenset(MON_WED_FRI)
    assert (reminder.local_time, reminder.timezone, reminder.active, reminder.next_due_at) == (
        "07:00",
        "Europe/Berlin",
        True,
        NOW,
    )


@pytest.mark.parametrize(
    ("weekdays", "local_time", "timezone", "message"),
    [
        (set(), "07:00", "UTC", "weekday"),
        ({Weekday.MON}, "7am", "UTC", "HH:MM"),
        ({Weekday.MON}, "24:00", "UTC", "HH:MM"),
        ({Weekday.MON}, "07:00", "Berlin", "time zone"),
    ],
)
async def test_a_reminder_that_could_never_fire_right_is_refused(
    sqlite_url: str, weekdays: set[Weekday], local_time: str, timezone: str, message: str
) -> None:
    engine = make_engine(sqlite_url)
    try:
        async with make_sessionmaker(engine)() as session:
            await repo.get_or_create_user(session, 1, chat_id=1)
            with pytest.raises(ValueError, match=message):
                await repo.add_reminder(
                    session, 1, weekdays=weekdays, local_time=local_time, timezone=timezone, next_due_at=NOW
                )
    finally:
        await engine.dispose()


async def test_only_active_due_reminders_of_reachable_users_are_due(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        due = await _reminder(session, 1, NOW - timedelta(minutes=5))
        await _reminder(session, 2, NOW + timedelta(minutes=5))  # not yet
        paused = await _reminder(session, 3, NOW - timedelta(minutes=5))
        await repo.set_reminder_active(session, 3, paused.id, active=False)
        await _reminder(session, 4, NOW - timedelta(minutes=5))
        await repo.mark_blocked(session, 4)
    async with session_factory() as session:
        assert [r.id for r in await repo.due_reminders(session, NOW)] == [due.id]


async def test_pause_resume_and_delete_only_touch_the_owners_reminder(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        reminder = await _reminder(session, 1, NOW)
        await repo.get_or_create_user(session, 2, chat_id=2)
        assert await repo.set_reminder_active(session, 2, reminder.id, active=False) is None
        assert not await repo.delete_reminder(session, 2, reminder.id)
        paused = await repo.set_reminder_active(session, 1, reminder.id, active=False)
        assert paused is not None and (paused.active, paused.next_due_at) == (False, None)
        with pytest.raises(ValueError, match="next due time"):
            await repo.set_reminder_active(session, 1, reminder.id, active=True)
        later = NOW + timedelta(days=2)
        resumed = await repo.set_reminder_active(session, 1, reminder.id, active=True, next_due_at=later)
        assert resumed is not None and (resumed.active, resumed.next_due_at) == (True, later)
    async with session_factory.begin() as session:
        assert await repo.delete_reminder(session, 1, reminder.id)
    async with session_factory() as session:
        assert await repo.list_reminders(session, 1) == []


async def test_a_claimed_reminder_waits_for_its_lease_to_run_out(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        reminder = await _reminder(session, 1, NOW)
    async with session_factory.begin() as session:
        [claimed] = await repo.claim_due_reminders(session, NOW, "worker-a", lease_seconds=60)
    assert (claimed.id, claimed.lease_owner, claimed.lease_until) == (
        reminder.id,
        "worker-a",
        NOW + timedelta(seconds=60),
    )
    async with session_factory.begin() as session:
        assert await repo.claim_due_reminders(session, NOW + timedelta(seconds=30), "worker-b") == []
    async with session_factory.begin() as session:
        [reclaimed] = await repo.claim_due_reminders(session, NOW + timedelta(seconds=61), "worker-b")
    assert reclaimed.lease_owner == "worker-b"


async def test_rescheduling_releases_the_lease(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        reminder = await _reminder(session, 1, NOW)
    async with session_factory.begin() as session:
        await repo.claim_due_reminders(session, NOW, "worker-a")
        await repo.reschedule_reminder(session, reminder.id, NOW + timedelta(days=2))
    async with session_factory.begin() as session:
        [stored] = await repo.list_reminders(session, 1)
        assert (stored.next_due_at, stored.lease_owner, stored.lease_until) == (NOW + timedelta(days=2), None, None)
        assert await repo.claim_due_reminders(session, NOW + timedelta(days=1), "worker-b") == []
        assert len(await repo.claim_due_reminders(session, NOW + timedelta(days=2), "worker-b")) == 1


async def test_claims_come_oldest_first_up_to_the_limit(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        ids = [(await _reminder(session, user, NOW - timedelta(minutes=user))).id for user in range(1, 6)]
    async with session_factory.begin() as session:
        claimed = await repo.claim_due_reminders(session, NOW, "worker-a", limit=3)
    assert [r.id for r in claimed] == list(reversed(ids))[:3]


async def _seed(url: str, count: int) -> None:
    engine = make_engine(url)
    try:
        async with make_sessionmaker(engine).begin() as session:
            for user in range(1, count + 1):
                await _reminder(session, user, NOW - timedelta(seconds=user))
    finally:
        await engine.dispose()


@pytest.mark.postgres
async def test_a_worker_skips_reminders_another_worker_is_holding(postgres_url: str) -> None:
    await _seed(postgres_url, 30)
    engine = make_engine(postgres_url)
    sessions = make_sessionmaker(engine)
    try:
        async with sessions() as first, sessions() as second, first.begin():
            held = await repo.claim_due_reminders(first, NOW, "worker-a", limit=10)
            # `first` has not committed: its rows are locked, not yet visibly leased.
            async with second.begin():
                rest = await asyncio.wait_for(repo.claim_due_reminders(second, NOW, "worker-b", limit=100), timeout=10)
    finally:
        await engine.dispose()
    assert len(held) == 10 and len(rest) == 20
    assert not {r.id for r in held} & {r.id for r in rest}


async def test_racing_workers_claim_every_reminder_exactly_once(db_url: str) -> None:
    await _seed(db_url, 40)
    engine = make_engine(db_url)
    sessions = make_sessionmaker(engine)

    async def worker(name: str) -> list[int]:
        claimed: list[int] = []
        while True:
            async with sessions.begin() as session:
                batch = await repo.claim_due_reminders(session, NOW, name, limit=3)
            if not batch:
                return claimed
            claimed += [r.id for r in batch]
            await asyncio.sleep(0.005)  # as a real worker would, sending the batch before the next claim

    try:
        results = await asyncio.gather(*(worker(f"worker-{n}") for n in range(4)))
    finally:
        await engine.dispose()
    everything = [reminder_id for claimed in results for reminder_id in claimed]
    assert len(everything) == len(set(everything)) == 40
    if db_url.startswith("postgresql"):
        # SQLite's busy handler backs off, so there one worker may win every round; PostgreSQL shares out.
        assert sum(1 for claimed in results if claimed) > 1, "the workers did not actually overlap"
