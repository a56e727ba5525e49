"""Claiming due rows for one worker with a time-limited lease, so two workers never send the same message."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from bot.storage.models import Followup, Reminder, User

Leased = TypeVar("Leased", Reminder, Followup)


async def claim(
    session: AsyncSession,
    model: type[Leased],
    due: Sequence[ColumnElement[bool]],
    order_by: InstrumentedAttribute[Any],
    *,
    now: datetime,
    owner: str,
    lease_seconds: float,
    limit: int,
) -> list[Leased]:
    """Lease up to `limit` rows matching `due` whose lease is free or expired, in `order_by` order.

    PostgreSQL: the SELECT locks the rows with FOR UPDATE SKIP LOCKED, so a concurrent claimer skips
    them instead of waiting. SQLite has no row locks (it renders no FOR UPDATE) and the driver does not
    open a transaction for a SELECT, so the UPDATE repeats the free-lease condition: it runs under
    SQLite's single writer lock, and a row another worker leased in between is left out.
    """
    lease_free = or_(model.lease_until.is_(None), model.lease_until <= now)
    picked = (
        select(model.id)
        .join(User, User.id == model.user_id)
        .where(*due, lease_free, User.blocked.is_(False))
        .order_by(order_by, model.id)
        .limit(limit)
        .with_for_update(skip_locked=True, of=model)
    )
    ids = list(await session.scalars(picked))
    if not ids:
        return []
    leased = (
        update(model)
        .where(model.id.in_(ids), lease_free)
        .values(lease_owner=owner, lease_until=now + timedelta(seconds=lease_seconds))
        .returning(model)
        .execution_options(populate_existing=True)
    )
    rows = list(await session.scalars(leased))
    return sorted(rows, key=lambda row: ids.index(row.id))
