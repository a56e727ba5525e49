"""Repository function recording what the scheduler sent, at most once per reminder occurrence or follow-up."""

from __future__ import annotations

from datetime import datetime

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
