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
def insert_statement(model: type[Base], dialect: str, *, returning_rows: bool = False) -> Insert:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING the primary key, or with `returning_rows` the ORM object
    (for `session.scalars`), so a row that went in is known without reading it back."""
    table = cast(Table, model.__table__)
    returning = (model,) if returning_rows else tuple(table.primary_key.columns)
    if dialect == "postgresql":
        return postgresql_insert(model if returning_rows else table).on_conflict_do_nothing().returning(*returning)
    if dialect == "sqlite":
        return sqlite_insert(model if returning_rows else table).on_conflict_do_nothing().returning(*returning)
    raise NotImplementedError(f"no ON CONFLICT support for {dialect}")


async def insert_unless_present(session: AsyncSession, model: type[Base], values: dict[str, Any]) -> bool:
    """Insert one row; False when a unique key says it is already there (nothing raised, nothing rolled back)."""
    statement = insert_statement(model, session.get_bind().dialect.name)
    result = await (await connection(session)).execute(statement, values)
    return result.first() is not None
