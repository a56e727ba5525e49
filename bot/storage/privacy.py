"""Everything stored about one user: exported for /mydata, deleted for /forget."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import delete, inspect, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.enums import Weekday
from bot.storage.models import USER_TABLES, Base, User


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, frozenset):  # a reminder's weekdays, Monday first
        return [Weekday(day).short for day in sorted(value)]
    if isinstance(value, Enum):
        return value.value
    return value


def _row(row: Base) -> dict[str, Any]:
    return {column.key: _jsonable(getattr(row, column.key)) for column in inspect(type(row)).column_attrs}


async def export_user_data(session: AsyncSession, user_id: int) -> dict[str, Any]:
    """A JSON-serialisable dict: "user" (None if nothing is stored) and one list per table they own."""
    user = await session.get(User, user_id, populate_existing=True)
    export: dict[str, Any] = {"user": None if user is None else _row(user)}
    for model in USER_TABLES:
        table_name = str(model.__tablename__)
        owner = getattr(model, "user_id")  # noqa: B009 - every table in USER_TABLES has it
        primary_key = inspect(model).primary_key
        statement = (
            select(model).where(owner == user_id).order_by(*primary_key).execution_options(populate_existing=True)
        )
        export[table_name] = [_row(row) for row in await session.scalars(statement)]
    return export


async def delete_user_data(session: AsyncSession, user_id: int) -> bool:
    """Delete the user; ON DELETE CASCADE removes every row they own. False if there was no such user."""
    result = await session.execute(delete(User).where(User.id == user_id).returning(User.id))
    deleted = result.first() is not None
    if deleted:
        # Rows the cascade removed may still sit in the identity map; they must not come back on flush.
        for model in USER_TABLES:
            for obj in [o for o in session.identity_map.values() if isinstance(o, model)]:
                if getattr(obj, "user_id", None) == user_id:
                    session.expunge(obj)
    return deleted
