"""Follow-ups: a later check on a pain report, due once, answered once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import repo
from bot.storage.enums import FollowupStatus
from bot.storage.models import Followup

NOW = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


async def _followup(session: AsyncSession, user_id: int, due: datetime) -> Followup:
    await repo.get_or_create_user(session, user_id, chat_id=user_id)
    report = await repo.add_pain_report(session, user_id, text="sharp pain at lockout", level="adjust")
    return await repo.add_followup(session, user_id, kind="pain_check", due_at=due, pain_report_id=report.id)


async def test_pending_followups_are_due_once_their_time_comes(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        due = await _followup(session, 1, NOW - timedelta(hours=1))
        await _followup(session, 2, NOW + timedelta(hours=1))
        await _followup(session, 3, NOW - timedelta(hours=1))
        await repo.mark_blocked(session, 3)
    async with session_factory() as session:
        assert [f.id for f in await repo.due_followups(session, NOW)] == [due.id]


async def test_a_followup_moves_from_sent_to_answered(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        followup = await _followup(session, 1, NOW)
    async with session_factory.begin() as session:
        [claimed] = await repo.claim_due_followups(session, NOW, "worker-a")
        assert claimed.lease_owner == "worker-a"
        await repo.set_followup_status(session, followup.id, FollowupStatus.SENT)
    async with session_factory.begin() as session:
        assert await repo.due_followups(session, NOW + timedelta(days=1)) == []
        assert [f.id for f in await repo.open_followups(session, 1)] == [followup.id]
        await repo.set_followup_status(session, followup.id, FollowupStatus.ANSWERED, answer="better")
    async with session_factory() as session:
        stored = await session.get(Followup, followup.id)
        assert await repo.open_followups(session, 1) == []
        assert await repo.set_followup_status(session, 10_000, FollowupStatus.SENT) is None
    assert stored is not None
    assert (stored.status, stored.answer, stored.lease_owner) == (FollowupStatus.ANSWERED, "better", None)


async def test_claimed_followups_are_not_claimed_again_while_leased(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        await _followup(session, 1, NOW)
    async with session_factory.begin() as session:
        assert len(await repo.claim_due_followups(session, NOW, "worker-a", lease_seconds=30)) == 1
    async with session_factory.begin() as session:
        assert await repo.claim_due_followups(session, NOW + timedelta(seconds=10), "worker-b") == []


async def test_cancelling_stops_only_pending_followups(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        pending = await _followup(session, 1, NOW)
        sent = await _followup(session, 1, NOW)
        await repo.set_followup_status(session, sent.id, FollowupStatus.SENT)
    async with session_factory.begin() as session:
        assert await repo.cancel_followups(session, 1) == 1
    async with session_factory() as session:
        assert await repo.due_followups(session, NOW) == []
        stored = await session.get(Followup, pending.id)
    assert stored is not None and stored.status is FollowupStatus.CANCELLED
