"""What a handled update writes last: its id with its replies and the conversation, one round trip on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import repo
from tests.storage.statements import Statements

SOON = datetime.now(UTC) + timedelta(seconds=5)
REPLY = [{"text": "Bench edge under your shoulder blades.", "buttons": []}]


async def _user(session_factory: async_sessionmaker[AsyncSession], user_id: int) -> None:
    async with session_factory.begin() as session:
        await repo.get_or_create_user(session, user_id, chat_id=user_id)


async def test_the_update_and_the_conversation_are_written_together(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    await _user(session_factory, 21)
    async with session_factory.begin() as session:
        with Statements(session) as sent:
            first = repo.ConversationSave("setup_check", "bench", {"a": 1}, expected_version=0)
            assert await repo.finish_update(session, 21, 500, REPLY, SOON, first)
        # PostgreSQL: one statement for both; SQLite: the insert of each.
        one_trip = session.get_bind().dialect.name == "postgresql"
        assert sent == (["WITH"] if one_trip else ["INSERT", "INSERT"])
    async with session_factory.begin() as session:
        later = repo.ConversationSave("setup_check", "feet", {"a": 2}, expected_version=1)
        assert await repo.finish_update(session, 21, 501, [], SOON, later)
    async with session_factory() as session:
        state = await repo.load_conversation(session, 21)
        assert (state.flow, state.step, dict(state.data), state.version) == ("setup_check", "feet", {"a": 2}, 2)
        assert (await repo.pending_replies(session, 500)).replies == REPLY
        assert (await repo.pending_replies(session, 501)).replies == []


async def test_a_redelivered_update_is_recognised_and_its_save_rolled_back_with_it(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    await _user(session_factory, 22)
    async with session_factory.begin() as session:
        assert await repo.finish_update(session, 22, 600, REPLY, SOON, repo.ConversationSave("pain", "where"))
    session = session_factory()
    async with session, session.begin():
        again = repo.ConversationSave("pain", "feel", expected_version=1)
        assert not await repo.finish_update(session, 22, 600, [], SOON, again)
        await session.rollback()  # what the coach does on False
    async with session_factory() as session:
        state = await repo.load_conversation(session, 22)
        assert (state.step, state.version) == ("where", 1)
        assert (await repo.pending_replies(session, 600)).replies == REPLY


@pytest.mark.parametrize("loaded_version", [0, 1])
async def test_a_conversation_saved_in_between_is_a_conflict(
    session_factory: async_sessionmaker[AsyncSession], loaded_version: int
) -> None:
    await _user(session_factory, 23)
    async with session_factory.begin() as session:
        await repo.save_conversation(session, 23, flow="pain", step="where", data={})
        await repo.save_conversation(session, 23, flow="pain", step="feel", data={}, expected_version=1)
    session = session_factory()
    async with session, session.begin():
        stale = repo.ConversationSave("setup_check", "bench", expected_version=loaded_version)
        with pytest.raises(repo.ConversationConflict):
            await repo.finish_update(session, 23, 700, [], SOON, stale)
        await session.rollback()
    async with session_factory() as session:
        state = await repo.load_conversation(session, 23)
        assert (state.step, state.version) == ("feel", 2)
        assert (await repo.pending_replies(session, 700)).replies == []  # rolled back with the conflict


async def test_nothing_to_save_or_no_update_id_writes_only_the_other(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    await _user(session_factory, 24)
    async with session_factory.begin() as session:
        with Statements(session) as sent:
            assert await repo.finish_update(session, 24, 800, REPLY, SOON, None)
        assert sent == ["INSERT"]
        with Statements(session) as sent:
            assert await repo.finish_update(session, 24, None, [], SOON, repo.ConversationSave("pain", "where"))
        assert sent == ["INSERT"]
    async with session_factory() as session:
        assert (await repo.load_conversation(session, 24)).step == "where"
        assert (await repo.pending_replies(session, 800)).replies == REPLY
