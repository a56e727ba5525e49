"""Processed updates: a Telegram update redelivered after a crash is handled once, its replies kept until sent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import repo

SOON = datetime.now(UTC) + timedelta(seconds=5)


async def test_an_update_is_recorded_once(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        first = await repo.record_update(session, 900_000_001, [], SOON)
    async with session_factory.begin() as session:
        again = await repo.record_update(session, 900_000_001, [{"text": "other", "buttons": []}], SOON)
        other = await repo.record_update(session, 900_000_002, [], SOON)
    assert (first, again, other) == (True, False, True)
    async with session_factory.begin() as session:
        assert (await repo.pending_replies(session, 900_000_001)).replies == []  # the first record stands


async def test_old_records_can_be_forgotten(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        await repo.record_update(session, 1, [], SOON)
    async with session_factory.begin() as session:
        assert await repo.forget_processed_updates(session, datetime.now(UTC) - timedelta(days=1)) == 0
        assert await repo.forget_processed_updates(session, datetime.now(UTC) + timedelta(seconds=1)) == 1
        assert await repo.record_update(session, 1, [], SOON)


async def test_the_outbox_keeps_replies_until_each_is_confirmed(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    replies = [{"text": "one", "buttons": []}, {"text": "two", "buttons": []}]
    async with session_factory.begin() as session:
        await repo.record_update(session, 7, replies, SOON)
    async with session_factory.begin() as session:
        pending = await repo.pending_replies(session, 7)
        assert pending.replies == replies
        assert pending.sending_until == SOON
        await repo.mark_update_delivered(session, 7, replies[1:])  # the first was sent
    async with session_factory.begin() as session:
        assert (await repo.pending_replies(session, 7)).replies == replies[1:]
        await repo.mark_update_delivered(session, 7, [])
    async with session_factory.begin() as session:
        assert (await repo.pending_replies(session, 7)).replies == []
        assert (await repo.pending_replies(session, 8)).replies == []  # never handled


async def test_the_sending_lease_is_renewed_only_while_replies_are_pending(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    later = SOON + timedelta(seconds=30)
    async with session_factory.begin() as session:
        await repo.record_update(session, 11, [{"text": "one", "buttons": []}], SOON)
        await repo.record_update(session, 12, [{"text": "two", "buttons": []}], SOON)
        await repo.mark_update_delivered(session, 12, [])
    async with session_factory.begin() as session:
        await repo.renew_sending_lease(session, 11, later)
        await repo.renew_sending_lease(session, 12, later)
    async with session_factory.begin() as session:
        assert (await repo.pending_replies(session, 11)).sending_until == later
        assert (await repo.pending_replies(session, 12)).sending_until is None  # delivered: nothing to guard
