"""INSERT ... ON CONFLICT DO NOTHING on SQLite and PostgreSQL alike, telling whether the row went in."""

from __future__ import annotations

import functools
from typing import Any, cast

from sqlalchemy import Insert, Table
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.core import connection
from bot.storage.models import Base


@functools.cache
def _insert_statement(table: Table, dialect: str) -> Insert:
    key = table.primary_key.columns
    if dialect == "postgresql":
        return postgresql_insert(table).on_conflict_do_nothing().returning(*key)
    if dialect == "sqlite":
        return sqlite_insert(table).on_conflict_do_nothing().returning(*key)
    raise NotImplementedError(f"no ON CONFLICT support for {dialect}")


async def insert_unless_present(session: AsyncSession, model: type[Base], values: dict[str, Any]) -> bool:
    """Insert one row; False when a unique key says it is already there (nothing raised, nothing rolled back)."""
    statement = _insert_statement(cast(Table, model.__table__), session.get_bind().dialect.name)
    result = await (await connection(session)).execute(statement, values)
    return result.first() is not None
