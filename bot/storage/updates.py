"""Repository functions remembering handled Telegram updates, so a redelivered update is handled once.

Each handled update keeps its replies until the front end confirms they were sent (an outbox): a redelivery of an
update whose worker died after the commit sends those replies instead of handling the update again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.inserts import insert_unless_present
from bot.storage.models import ProcessedUpdate, utcnow


async def mark_update_processed(session: AsyncSession, update_id: int) -> bool:
    """True the first time; False if this update was already handled (skip it)."""
    return await insert_unless_present(session, ProcessedUpdate, {"update_id": update_id})


async def forget_processed_updates(session: AsyncSession, before: datetime) -> int:
    """Drop records older than `before`; Telegram stops redelivering after a day. Returns how many."""
    result = await session.execute(
        delete(ProcessedUpdate).where(ProcessedUpdate.handled_at < before).returning(ProcessedUpdate.update_id)
    )
    return len(result.all())


async def store_update_replies(session: AsyncSession, update_id: int, replies: list[dict[str, Any]]) -> None:
    await session.execute(update(ProcessedUpdate).where(ProcessedUpdate.update_id == update_id).values(replies=replies))


async def undelivered_replies(session: AsyncSession, update_id: int) -> list[dict[str, Any]]:
    """The replies of a handled update that were never confirmed as sent; empty once delivered."""
    row = await session.get(ProcessedUpdate, update_id, populate_existing=True)
    if row is None or row.delivered_at is not None:
        return []
    return list(row.replies or [])


async def mark_update_delivered(session: AsyncSession, update_id: int, remaining: list[dict[str, Any]]) -> None:
    """Some replies were sent: keep only the `remaining` ones; none left means the update is fully delivered."""
    values: dict[str, Any] = {"replies": remaining} if remaining else {"replies": None, "delivered_at": utcnow()}
    await session.execute(update(ProcessedUpdate).where(ProcessedUpdate.update_id == update_id).values(**values))
