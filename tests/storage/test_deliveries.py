"""Deliveries: a reminder occurrence or a follow-up is recorded as sent once, however often it is retried."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import repo
from bot.storage.enums import DeliveryStatus, Weekday
from bot.storage.models import Delivery

DUE = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)


async def _count(session: AsyncSession) -> int | None:
    return await session.scalar(select(func.count()).select_from(Delivery))


async def test_a_reminder_occurrence_is_recorded_once(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        await repo.get_or_create_user(session, 1, chat_id=1)
        reminder = await repo.add_reminder(
            session, 1, weekdays={Weekday.MON}, local_time="07:00", timezone="Europe/Berlin", next_due_at=DUE
        )
    async with session_factory.begin() as session:
        first = await repo.record_delivery(
            session, user_id=1, reminder_id=reminder.id, due_at=DUE, status=DeliveryStatus.SENT, sent_at=DUE
        )
    async with session_factory.begin() as session:
        again = await repo.record_delivery(
            session, user_id=1, reminder_id=reminder.id, due_at=DUE, status=DeliveryStatus.SENT, sent_at=DUE
        )
        next_week = await repo.record_delivery(
            session,
            user_id=1,
            reminder_id=reminder.id,
            due_at=DUE + timedelta(days=7),
            status=DeliveryStatus.FAILED,
            detail="timed out",
        )
    async with session_factory() as session:
        count = await _count(session)
    assert (first, again, next_week, count) == (True, False, True, 2)


async def test_a_followup_is_recorded_once(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        await repo.get_or_create_user(session, 1, chat_id=1)
        followup = await repo.add_followup(session, 1, kind="pain_check", due_at=DUE)
        assert await repo.record_delivery(
            session, user_id=1, followup_id=followup.id, due_at=DUE, status=DeliveryStatus.SENT
        )
        assert not await repo.record_delivery(
            session, user_id=1, followup_id=followup.id, due_at=DUE, status=DeliveryStatus.SKIPPED
        )
        assert await _count(session) == 1


async def test_a_delivery_names_exactly_one_source(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory() as session:
        with pytest.raises(ValueError, match="exactly one"):
            await repo.record_delivery(session, user_id=1, due_at=DUE, status=DeliveryStatus.SENT)
