"""Repository functions remembering handled Telegram updates, so a redelivered update is handled once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.inserts import insert_unless_present
from bot.storage.models import ProcessedUpdate


async def mark_update_processed(session: AsyncSession, update_id: int) -> bool:
    """True the first time; False if this update was already handled (skip it)."""
    return await insert_unless_present(session, ProcessedUpdate, {"update_id": update_id})


async def forget_processed_updates(session: AsyncSession, before: datetime) -> int:
    """Drop records older than `before`; Telegram stops redelivering after a day. Returns how many."""
    result = await session.execute(
        delete(ProcessedUpdate).where(ProcessedUpdate.handled_at < before).returning(ProcessedUpdate.update_id)
    )
    return len(result.all())
