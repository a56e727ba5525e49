"""Group commit: confirmations arriving together share a transaction, and each caller learns its own outcome."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.engine.coach import Coach
from bot.engine.events import Event, EventKind
from bot.engine.group_commit import GroupCommit
from bot.retrieval.service import KnowledgeBase
from bot.storage.models import ProcessedUpdate


async def test_items_arriving_during_a_write_go_together_in_the_next() -> None:
    written: list[list[int]] = []

    async def write(items: Sequence[int]) -> None:
        written.append(list(items))
        await asyncio.sleep(0.02)  # a commit's round trip

    group = GroupCommit(write)
    await asyncio.gather(*(group.add(n) for n in range(10)))
    assert sorted(n for batch in written for n in batch) == list(range(10))
    assert group.transactions == len(written) <= 2


async def test_a_failed_write_fails_its_own_callers_only() -> None:
    async def write(items: Sequence[int]) -> None:
        await asyncio.sleep(0.01)
        if 13 in items:
            raise RuntimeError("database said no")

    group = GroupCommit(write)
    unlucky = asyncio.gather(group.add(13), group.add(14), return_exceptions=True)
    await asyncio.sleep(0)  # those two are being written now
    later = asyncio.gather(group.add(15), group.add(16))
    assert [type(r) for r in await unlucky] == [RuntimeError, RuntimeError]
    assert await later == [None, None]


async def test_confirmations_of_concurrent_updates_share_transactions(
    knowledge_base: KnowledgeBase, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    coach = Coach(knowledge_base, session_factory)
    events = [Event(8_000_000 + n, EventKind.COMMAND, command="help", update_id=70_000 + n) for n in range(12)]
    for event in events:
        assert (await coach.handle(event)).replies
    await asyncio.gather(*(coach.delivered(e.update_id) for e in events))
    assert coach.confirmations.transactions < len(events)
    async with session_factory() as session:
        rows = (await session.scalars(select(ProcessedUpdate).where(ProcessedUpdate.update_id >= 70_000))).all()
    assert len(rows) == len(events)
    assert all(row.delivered_at is not None and row.replies is None for row in rows)
    assert (await coach.handle(events[0])).replies == ()  # delivered: a redelivery sends nothing again
