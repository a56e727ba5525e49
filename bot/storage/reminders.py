"""Repository functions for training reminders: the user's schedule and the scheduler's due queue.

Weekdays are stored as a readable string such as "mon,wed,fri" (see columns.WeekdaySet) and handed
to Python as a frozenset of Weekday. `next_due_at` is computed by the caller (the reminder engine)
from weekdays, local_time and timezone, and is None while a reminder is paused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.enums import Weekday
from bot.storage.leases import claim
from bot.storage.models import Reminder, User
from bot.storage.users import valid_timezone

LOCAL_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")


def valid_local_time(value: str) -> str:
    if not LOCAL_TIME.fullmatch(value):
        raise ValueError(f"not an HH:MM time: {value!r}")
    return value


async def add_reminder(
    session: AsyncSession,
    user_id: int,
    *,
    weekdays: Iterable[Weekday],
    local_time: str,
    timezone: str,
    next_due_at: datetime,
) -> Reminder:
    days = frozenset(Weekday(day) for day in weekdays)
    if not days:
        raise ValueError("a reminder needs at least one weekday")
    reminder = Reminder(
        user_id=user_id,
        weekdays=days,
        local_time=valid_local_time(local_time),
        timezone=valid_timezone(timezone),
        next_due_at=next_due_at,
    )
    session.add(reminder)
    await session.flush()
    return reminder


async def list_reminders(session: AsyncSession, user_id: int) -> list[Reminder]:
    statement = select(Reminder).where(Reminder.user_id == user_id).order_by(Reminder.created_at, Reminder.id)
    return list(await session.scalars(statement))


async def _own_reminder(session: AsyncSession, user_id: int, reminder_id: int) -> Reminder | None:
    # Scoped to the owner: a reminder id typed or replayed by another user changes nothing.
    reminder = await session.get(Reminder, reminder_id)
    return reminder if reminder is not None and reminder.user_id == user_id else None


async def set_reminder_active(
    session: AsyncSession,
    user_id: int,
    reminder_id: int,
    *,
    active: bool,
    next_due_at: datetime | None = None,
) -> Reminder | None:
    """Pause or resume; resuming needs the next occurrence. None if the user has no such reminder."""
    if active and next_due_at is None:
        raise ValueError("resuming a reminder needs its next due time")
    reminder = await _own_reminder(session, user_id, reminder_id)
    if reminder is None:
        return None
    reminder.active = active
    reminder.next_due_at = next_due_at if active else None
    reminder.lease_owner = reminder.lease_until = None
    return reminder


async def delete_reminder(session: AsyncSession, user_id: int, reminder_id: int) -> bool:
    result = await session.execute(
        delete(Reminder).where(Reminder.id == reminder_id, Reminder.user_id == user_id).returning(Reminder.id)
    )
    return result.first() is not None


def _due(now: datetime) -> list[ColumnElement[bool]]:
    return [Reminder.active.is_(True), Reminder.next_due_at <= now]


async def due_reminders(session: AsyncSession, now: datetime, limit: int = 100) -> list[Reminder]:
    """Active reminders due by `now` whose user has not blocked the bot, oldest first."""
    statement = (
        select(Reminder)
        .join(User, User.id == Reminder.user_id)
        .where(*_due(now), User.blocked.is_(False))
        .order_by(Reminder.next_due_at, Reminder.id)
        .limit(limit)
    )
    return list(await session.scalars(statement))


async def claim_due_reminders(
    session: AsyncSession, now: datetime, owner: str, lease_seconds: float = 60, limit: int = 100
) -> list[Reminder]:
    """Like due_reminders, but leased to `owner`: another worker skips them until the lease runs out."""
    return await claim(
        session,
        Reminder,
        _due(now),
        Reminder.next_due_at,
        now=now,
        owner=owner,
        lease_seconds=lease_seconds,
        limit=limit,
    )


async def reschedule_reminder(session: AsyncSession, reminder_id: int, next_due_at: datetime) -> None:
    """Move a reminder to its next occurrence after sending, and release its lease."""
    reminder = await session.get(Reminder, reminder_id)
    if reminder is not None:
        reminder.next_due_at = next_due_at
        reminder.lease_owner = reminder.lease_until = None
