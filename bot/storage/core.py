"""Core statements on the session's own connection, for the statements every update runs.

Going through the ORM session costs several times the CPU of the statement itself (compile-state, identity-map and
bulk-update bookkeeping); these statements touch no ORM objects, so they skip it and run on the same connection,
inside the same transaction.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession


async def connection(session: AsyncSession) -> AsyncConnection:
    """The transaction's connection, after writing pending ORM changes as the session's own execute would."""
    if session.new or session.dirty or session.deleted:
        await session.flush()
    return await session.connection()
