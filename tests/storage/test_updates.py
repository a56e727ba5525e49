"""Processed updates: a Telegram update redelivered after a crash is handled once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import repo


async def test_an_update_is_handled_once(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        first = await repo.mark_update_processed(session, 900_000_001)
    async with session_factory.begin() as session:
        again = await repo.mark_update_processed(session, 900_000_001)
        other = await repo.mark_update_processed(session, 900_000_002)
    assert (first, again, other) == (True, False, True)


async def test_old_records_can_be_forgotten(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        await repo.mark_update_processed(session, 1)
    async with session_factory.begin() as session:
        assert await repo.forget_processed_updates(session, datetime.now(UTC) - timedelta(days=1)) == 0
        assert await repo.forget_processed_updates(session, datetime.now(UTC) + timedelta(seconds=1)) == 1
        assert await repo.mark_update_processed(session, 1)
