"""Users: created once on first contact, preferences stored, blocked users come back when they write."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import repo
from bot.storage.enums import Units
from bot.storage.models import User


async def test_first_contact_creates_the_user_once(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        created = await repo.get_or_create_user(session, 7, chat_id=70)
        again = await repo.get_or_create_user(session, 7, chat_id=70)
    assert created is again
    assert (created.id, created.chat_id, created.units, created.blocked, created.timezone) == (
        7,
        70,
        Units.KG,
        False,
        None,
    )
    async with session_factory() as session:
        assert await session.scalar(select(func.count()).select_from(User)) == 1


async def test_two_first_messages_at_once_make_one_user(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async def first_message() -> int:
        async with session_factory.begin() as session:
            return (await repo.get_or_create_user(session, 8, chat_id=80)).id

    assert list(await asyncio.gather(first_message(), first_message())) == [8, 8]


async def test_preferences_are_stored(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory.begin() as session:
        await repo.get_or_create_user(session, 7, chat_id=70)
        await repo.set_timezone(session, 7, "Europe/Berlin")
        await repo.set_units(session, 7, Units.LB)
    async with session_factory() as session:
        user = await repo.get_user(session, 7)
    assert user is not None
    assert (user.timezone, user.units) == ("Europe/Berlin", Units.LB)


async def test_unknown_timezone_and_unknown_user_are_refused(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory() as session:
        await repo.get_or_create_user(session, 7, chat_id=70)
        with pytest.raises(ValueError, match="unknown time zone"):
            await repo.set_timezone(session, 7, "Mars/Olympus_Mons")
        with pytest.raises(repo.UnknownUser):
            await repo.set_units(session, 999, Units.LB)
        assert await repo.get_user(session, 999) is None


async def test_blocked_user_is_unblocked_when_they_write_again(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        await repo.get_or_create_user(session, 7, chat_id=70)
        await repo.mark_blocked(session, 7)
    async with session_factory() as session:
        user = await repo.get_user(session, 7)
        assert user is not None and user.blocked
    async with session_factory.begin() as session:
        user = await repo.get_or_create_user(session, 7, chat_id=71)
    assert (user.blocked, user.chat_id) == (False, 71)


async def test_train_caution_is_set_and_cleared(session_factory: async_sessionmaker[AsyncSession]) -> None:
    from datetime import UTC, datetime

    since = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    async with session_factory.begin() as session:
        await repo.get_or_create_user(session, 7, chat_id=70)
        await repo.set_train_caution(session, 7, since)
    async with session_factory.begin() as session:
        user = await repo.get_user(session, 7)
        assert user is not None and user.train_caution_since == since
        await repo.set_train_caution(session, 7, None)
    async with session_factory() as session:
        user = await repo.get_user(session, 7)
    assert user is not None and user.train_caution_since is None
