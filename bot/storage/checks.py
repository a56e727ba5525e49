"""Repository functions for setup checks: the choice the user made at each setup step."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import SetupCheck


async def add_setup_check(
    session: AsyncSession, user_id: int, results: Mapping[str, str], created_at: datetime | None = None
) -> SetupCheck:
    """`results` maps step ids to choice ids; the flow data decides which choices exist (e.g. "lean_forward").

    `created_at` is the engine's clock, so "since your last check (date)" shows the date the user saw.
    """
    check = SetupCheck(user_id=user_id, results={str(step): str(answer) for step, answer in results.items()})
    if created_at is not None:
        check.created_at = created_at
    session.add(check)
    await session.flush()
    return check


async def latest_setup_checks(session: AsyncSession, user_id: int, n: int = 2) -> list[SetupCheck]:
    """The user's last `n` checks, newest first (two are enough to show what changed)."""
    statement = (
        select(SetupCheck)
        .where(SetupCheck.user_id == user_id)
        .order_by(SetupCheck.created_at.desc(), SetupCheck.id.desc())
        .limit(n)
    )
    return list(await session.scalars(statement))
