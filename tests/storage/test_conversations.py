"""Conversations: the flow position survives a restart, and a stale save cannot overwrite a newer one."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import repo


async def test_a_new_user_has_no_conversation(session_factory: async_sessionmaker[AsyncSession]) -> None:
    async with session_factory() as session:
        state = await repo.load_conversation(session, 5)
    assert (state.flow, state.step, dict(state.data), state.version) == (None, None, {}, 0)


async def test_saved_state_is_loaded_back_with_a_bumped_version(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        await repo.get_or_create_user(session, 5, chat_id=5)
        first = await repo.save_conversation(
            session, 5, flow="pain", step="where", data={"answers": {"when": "lockout"}}
        )
    async with session_factory.begin() as session:
        loaded = await repo.load_conversation(session, 5)
        second = await repo.save_conversation(
            session,
            5,
            flow="pain",
            step="how_bad",
            data={**loaded.data, "pending": ["how_bad"]},
            expected_version=loaded.version,
        )
    async with session_factory() as session:
        final = await repo.load_conversation(session, 5)
    assert (first.version, loaded.version, second.version, final.version) == (1, 1, 2, 2)
    assert (final.flow, final.step) == ("pain", "how_bad")
    assert final.data == {"answers": {"when": "lockout"}, "pending": ["how_bad"]}


async def test_a_save_based_on_an_old_version_is_refused(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        await repo.get_or_create_user(session, 5, chat_id=5)
        await repo.save_conversation(session, 5, flow="setup", step="feet", data={})
        await repo.save_conversation(session, 5, flow="setup", step="bench", data={}, expected_version=1)
    async with session_factory() as session:
        with pytest.raises(repo.ConversationConflict):
            await repo.save_conversation(session, 5, flow="setup", step="feet", data={}, expected_version=1)
        with pytest.raises(repo.ConversationConflict):
            await repo.save_conversation(session, 5, flow=None, step=None, data={}, expected_version=0)
        state = await repo.load_conversation(session, 5)
    assert (state.step, state.version) == ("bench", 2)
