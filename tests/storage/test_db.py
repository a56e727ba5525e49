"""The engine: SQLite settings that matter for a bot, and times that come back as the same UTC instant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import repo
from bot.storage.db import make_engine
from bot.storage.models import User


async def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        async with engine.connect() as connection:
            journal = (await connection.execute(text("PRAGMA journal_mode"))).scalar_one()
            foreign_keys = (await connection.execute(text("PRAGMA foreign_keys"))).scalar_one()
            busy = (await connection.execute(text("PRAGMA busy_timeout"))).scalar_one()
    finally:
        await engine.dispose()
    assert (journal, foreign_keys) == ("wal", 1)
    assert busy >= 1000


async def test_aware_times_come_back_as_the_same_instant_in_utc(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    berlin_morning = datetime(2026, 7, 1, 7, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2)))
    async with session_factory.begin() as session:
        await repo.get_or_create_user(session, 1, chat_id=1)
        await repo.set_train_caution(session, 1, berlin_morning)
    async with session_factory() as session:
        user = await session.get(User, 1)
    assert user is not None and user.train_caution_since is not None
    assert user.train_caution_since == berlin_morning
    assert user.train_caution_since.tzinfo == UTC
    assert user.train_caution_since.hour == 5
    assert user.created_at.tzinfo == UTC
    assert abs(user.created_at - datetime.now(UTC)) < timedelta(minutes=1)


async def test_a_naive_time_is_refused(session_factory: async_sessionmaker[AsyncSession]) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        async with session_factory.begin() as session:
            await repo.get_or_create_user(session, 1, chat_id=1)
            await repo.set_train_caution(session, 1, datetime(2026, 7, 1, 7, 30))
            await session.flush()
