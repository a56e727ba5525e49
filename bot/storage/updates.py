"""Repository functions remembering handled Telegram updates, so a redelivered update is handled once.

Each handled update keeps its replies until the front end confirms they were sent (an outbox): a redelivery of an
update whose worker died after the commit sends those replies instead of handling the update again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.core import connection
from bot.storage.inserts import insert_unless_present
from bot.storage.models import ProcessedUpdate, utcnow

_TABLE = cast(Table, ProcessedUpdate.__table__)


async def record_update(
    session: AsyncSession, update_id: int, replies: list[dict[str, Any]], sending_until: datetime
) -> bool:
    """Remember a handled update with its replies (the outbox), in one statement; False if it was handled before.

    Called at the end of the update's transaction: a redelivered update is recognised here, its transaction
    rolled back, and the stored replies looked up with `pending_replies`.
    """
    return await insert_unless_present(
        session,
        ProcessedUpdate,
        {"update_id": update_id, "replies": replies, "sending_until": sending_until},
    )


@dataclass(frozen=True)
class Pending:
    """What a redelivery finds: the replies never confirmed as sent, and until when their worker may still be at it."""

    replies: list[dict[str, Any]]
    sending_until: datetime | None


async def pending_replies(session: AsyncSession, update_id: int) -> Pending:
    row = await session.get(ProcessedUpdate, update_id, populate_existing=True)
    if row is None or row.delivered_at is not None:
        return Pending([], None)
    return Pending(list(row.replies or []), row.sending_until)


async def renew_sending_lease(session: AsyncSession, update_id: int, sending_until: datetime) -> None:
    await (await connection(session)).execute(
        update(_TABLE)
        .where(_TABLE.c.update_id == update_id, _TABLE.c.delivered_at.is_(None))
        .values(sending_until=sending_until)
    )


async def forget_processed_updates(session: AsyncSession, before: datetime) -> int:
    """Drop records older than `before`; Telegram stops redelivering after a day. Returns how many."""
    result = await session.execute(
        delete(ProcessedUpdate).where(ProcessedUpdate.handled_at < before).returning(ProcessedUpdate.update_id)
    )
    return len(result.all())


async def mark_update_delivered(session: AsyncSession, update_id: int, remaining: list[dict[str, Any]]) -> None:
    """Some replies were sent: keep only the `remaining` ones; none left means the update is fully delivered."""
    values: dict[str, Any] = {"replies": remaining} if remaining else {"replies": None, "delivered_at": utcnow()}
    await (await connection(session)).execute(update(_TABLE).where(_TABLE.c.update_id == update_id).values(**values))


async def mark_updates_delivered(session: AsyncSession, update_ids: Sequence[int]) -> None:
    """All replies of these updates were sent: one statement for a batch of them."""
    await (await connection(session)).execute(
        update(_TABLE).where(_TABLE.c.update_id.in_(list(update_ids))).values(replies=None, delivered_at=utcnow())
    )
