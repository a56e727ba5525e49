"""Repository functions for pain reports: what the user said, their answers and the triage outcome."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import PainReport


async def add_pain_report(
    session: AsyncSession,
    user_id: int,
    *,
    text: str,
    level: str,
    answers: Mapping[str, Any] | None = None,
    flags: Iterable[str] = (),
    locations: Iterable[str] = (),
) -> PainReport:
    report = PainReport(
        user_id=user_id,
        text=text,
        level=str(level),
        answers=dict(answers or {}),
        flags=[str(flag) for flag in flags],
        locations=[str(location) for location in locations],
    )
    session.add(report)
    await session.flush()
    return report


async def latest_pain_report(session: AsyncSession, user_id: int) -> PainReport | None:
    statement = (
        select(PainReport)
        .where(PainReport.user_id == user_id)
        .order_by(PainReport.created_at.desc(), PainReport.id.desc())
        .limit(1)
    )
    return await session.scalar(statement)
