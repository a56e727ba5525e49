"""Per-user locks across workers, held for the handling of one update (one transaction)."""

from __future__ import annotations

import zlib

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.core import connection

# Advisory locks share one key space per database; a namespace in the upper bits keeps ours apart from
# anyone else's (another app, a future lock of ours) while a Telegram user id (< 2**52) keeps its own slot.
_NAMESPACE = zlib.crc32(b"hip-thrust-coach:user") & 0x7FF
_USER_BITS = 52
_ADVISORY_LOCK = text("SELECT pg_advisory_xact_lock(:key)")


def user_lock_key(user_id: int) -> int:
    """The advisory lock key of one user: 11 namespace bits above 52 user bits, so always a positive bigint."""
    return (_NAMESPACE << _USER_BITS) | (user_id & ((1 << _USER_BITS) - 1))


async def lock_user(session: AsyncSession, user_id: int, *, whole_sqlite_file: bool = False) -> None:
    """Wait until no other transaction handles this user, then hold that until this transaction ends.

    PostgreSQL: a transaction-scoped advisory lock, released by commit or rollback, so a crashed worker's lock
    goes with its connection. SQLite has one writer per file, and within one process the Coach already handles
    a user's updates one at a time; across processes the conversation's version check catches a lost race.
    With `whole_sqlite_file` (for the retry after such a race) SQLite's write lock is taken now rather than at
    the first write, so nobody can save in between: every user waits, but the retry is sure to go through.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        await (await connection(session)).execute(_ADVISORY_LOCK, {"key": user_lock_key(user_id)})
    elif dialect == "sqlite" and whole_sqlite_file:
        # Any write statement takes the lock, even one that matches no row.
        await session.execute(text("UPDATE conversations SET version = version WHERE 0"))
