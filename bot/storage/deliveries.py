"""Repository function recording what the scheduler sent, at most once per reminder occurrence or follow-up."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.enums import DeliveryStatus
from bot.storage.inserts import insert_unless_present
from bot.storage.models import Delivery


async def record_delivery(
    session: AsyncSession,
    *,
    user_id: int,
    due_at: datetime,
    status: DeliveryStatus,
    reminder_id: int | None = None,
    followup_id: int | None = None,
    sent_at: datetime | None = None,
    detail: str | None = None,
) -> bool:
    """True if recorded; False if this reminder occurrence (reminder_id, due_at) or follow-up already was."""
    if (reminder_id is None) == (followup_id is None):
        raise ValueError("a delivery is of exactly one reminder or one follow-up")
    values = {
        "user_id": user_id,
        "reminder_id": reminder_id,
        "followup_id": followup_id,
        "due_at": due_at,
        "sent_at": sent_at,
        "status": DeliveryStatus(status),
        "detail": detail,
    }
    return await insert_unless_present(session, Delivery, values)


async def get_delivery(
    session: AsyncSession,
    *,
    reminder_id: int | None = None,
    due_at: datetime | None = None,
    followup_id: int | None = None,
) -> Delivery | None:
    """The delivery of one reminder occurrence (reminder_id and due_at) or of one follow-up, fresh from the database."""
    if reminder_id is not None and due_at is not None:
        where = [Delivery.reminder_id == reminder_id, Delivery.due_at == due_at]
    elif followup_id is not None:
        where = [Delivery.followup_id == followup_id]
    else:
        raise ValueError("name a reminder occurrence (reminder_id, due_at) or a follow-up")
    return await session.scalar(select(Delivery).where(*where).execution_options(populate_existing=True))
