"""INSERT ... ON CONFLICT DO NOTHING on SQLite and PostgreSQL alike, telling whether the row went in."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Base


async def insert_unless_present(session: AsyncSession, model: type[Base], values: dict[str, Any]) -> bool:
    """Insert one row; False when a unique key says it is already there (nothing raised, nothing rolled back)."""
    table = cast(Table, model.__table__)
    dialect = session.get_bind().dialect.name
    key = table.primary_key.columns
    if dialect == "postgresql":
        pg_statement = postgresql_insert(table).values(**values).on_conflict_do_nothing().returning(*key)
        result = await session.execute(pg_statement)
    elif dialect == "sqlite":
        sqlite_statement = sqlite_insert(table).values(**values).on_conflict_do_nothing().returning(*key)
        result = await session.execute(sqlite_statement)
    else:
        raise NotImplementedError(f"no ON CONFLICT support for {dialect}")
    return result.first() is not None
