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


async def test_the_outbox_keeps_replies_until_each_is_confirmed(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    replies = [{"text": "one", "buttons": []}, {"text": "two", "buttons": []}]
    async with session_factory.begin() as session:
        await repo.mark_update_processed(session, 7)
        await repo.store_update_replies(session, 7, replies)
    async with session_factory.begin() as session:
        assert await repo.undelivered_replies(session, 7) == replies
        await repo.mark_update_delivered(session, 7, replies[1:])  # the first was sent
    async with session_factory.begin() as session:
        assert await repo.undelivered_replies(session, 7) == replies[1:]
        await repo.mark_update_delivered(session, 7, [])
    async with session_factory.begin() as session:
        assert await repo.undelivered_replies(session, 7) == []
        assert await repo.undelivered_replies(session, 8) == []  # never handled
