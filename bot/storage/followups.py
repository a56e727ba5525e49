"""Repository functions for follow-ups: a later check on a pain report, and the scheduler's queue of them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.enums import FollowupStatus
from bot.storage.leases import claim
from bot.storage.models import Followup, User

OPEN = (FollowupStatus.PENDING, FollowupStatus.SENT)


async def add_followup(
    session: AsyncSession,
    user_id: int,
    *,
    kind: str,
    due_at: datetime,
    pain_report_id: int | None = None,
) -> Followup:
    followup = Followup(user_id=user_id, kind=kind, due_at=due_at, pain_report_id=pain_report_id)
    session.add(followup)
    await session.flush()
    return followup


def _due(now: datetime) -> list[ColumnElement[bool]]:
    return [Followup.status == FollowupStatus.PENDING, Followup.due_at <= now]


async def due_followups(session: AsyncSession, now: datetime, limit: int = 100) -> list[Followup]:
    """Pending follow-ups due by `now` whose user has not blocked the bot, oldest first."""
    statement = (
        select(Followup)
        .join(User, User.id == Followup.user_id)
        .where(*_due(now), User.blocked.is_(False))
        .order_by(Followup.due_at, Followup.id)
        .limit(limit)
    )
    return list(await session.scalars(statement))


async def claim_due_followups(
    session: AsyncSession, now: datetime, owner: str, lease_seconds: float = 60, limit: int = 100
) -> list[Followup]:
    """Like due_followups, but leased to `owner`: another worker skips them until the lease runs out."""
    return await claim(
        session,
        Followup,
        _due(now),
        Followup.due_at,
        now=now,
        owner=owner,
        lease_seconds=lease_seconds,
        limit=limit,
    )


async def set_followup_status(
    session: AsyncSession, followup_id: int, status: FollowupStatus, answer: str | None = None
) -> Followup | None:
    """Move a follow-up on (sent, answered with `answer`, ...) and release its lease."""
    followup = await session.get(Followup, followup_id)
    if followup is None:
        return None
    followup.status = FollowupStatus(status)
    if answer is not None:
        followup.answer = answer
    followup.lease_owner = followup.lease_until = None
    return followup


async def open_followups(session: AsyncSession, user_id: int) -> list[Followup]:
    """The user's follow-ups not yet answered, cancelled or skipped, earliest due first."""
    statement = (
        select(Followup)
        .where(Followup.user_id == user_id, Followup.status.in_(OPEN))
        .order_by(Followup.due_at, Followup.id)
    )
    return list(await session.scalars(statement))


async def cancel_followups(session: AsyncSession, user_id: int) -> int:
    """Cancel the user's pending follow-ups (e.g. they stopped reminders); returns how many."""
    result = await session.execute(
        update(Followup)
        .where(Followup.user_id == user_id, Followup.status == FollowupStatus.PENDING)
        .values(status=FollowupStatus.CANCELLED, lease_owner=None, lease_until=None)
        .returning(Followup.id)
    )
    return len(result.all())
