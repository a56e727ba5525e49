"""The user and their conversation come back together, as the two separate loads would give them."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import repo, turns
from bot.storage.conversations import ConversationState
from bot.storage.enums import Units
from tests.storage.statements import Statements


async def test_a_first_contact_creates_the_user_with_no_conversation(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        user, conversation = await repo.load_turn(session, 7, chat_id=70)
        assert (user.id, user.chat_id, user.blocked) == (7, 70, False)
        assert conversation == ConversationState()
    async with session_factory() as session:
        assert await repo.get_user(session, 7) is not None  # created for good, not just in the session


async def test_a_known_user_comes_with_the_saved_conversation(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        await repo.load_turn(session, 7, chat_id=70)
    async with session_factory.begin() as session:
        user, conversation = await repo.load_turn(session, 7, chat_id=70)
        assert conversation == ConversationState()  # a user with no saved conversation yet
        await repo.save_conversation(session, 7, flow="setup_check", step="feet", data={"bench": "yes"})
        await repo.mark_blocked(session, 7)
    async with session_factory.begin() as session:
        user, conversation = await repo.load_turn(session, 7, chat_id=71)
        assert conversation == await repo.load_conversation(session, 7)
        assert (conversation.flow, conversation.step, dict(conversation.data), conversation.version) == (
            "setup_check", "feet", {"bench": "yes"}, 1
        )
        # A message means a new chat id is theirs and they have not blocked the bot.
        assert (user.chat_id, user.blocked) == (71, False)
    async with session_factory() as session:
        stored = await repo.get_user(session, 7)
        assert stored is not None and (stored.chat_id, stored.blocked) == (71, False)


async def test_a_first_message_loads_and_saves_in_three_statements(
    session_factory: async_sessionmaker[AsyncSession],
) -> None:
    async with session_factory.begin() as session:
        with Statements(session) as sent:
            user, conversation = await repo.load_turn(session, 8, chat_id=80)
            await repo.save_conversation(session, 8, flow="pain", step="where", data={}, expected_version=0)
        # Read, insert the user reading it back, insert the conversation: no second read, no UPDATE first.
        assert sent == ["SELECT", "INSERT", "INSERT"]
        # The row read back carries the defaults the database and the model filled in.
        assert (user.units, user.blocked, user.timezone) == (Units.KG, False, None)
        assert user.created_at is not None and conversation.version == 0
    async with session_factory.begin() as session:
        with Statements(session) as sent:
            user, conversation = await repo.load_turn(session, 8, chat_id=80)
        assert sent == ["SELECT"]
        assert (conversation.flow, conversation.step, conversation.version) == ("pain", "where", 1)
        assert user.created_at is not None and user.units is Units.KG


async def test_a_user_inserted_by_someone_else_meanwhile_comes_back_with_their_conversation(
    session_factory: async_sessionmaker[AsyncSession], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite takes no user lock: another process may create the user between our read and our insert."""
    async with session_factory.begin() as session:
        await repo.get_or_create_user(session, 9, chat_id=90)
        await repo.save_conversation(session, 9, flow="setup_check", step="bench", data={"a": 1})
    stored_turn = turns._stored_turn
    reads: list[int] = []

    async def read_before_the_other_insert(session: AsyncSession, user_id: int) -> object:
        reads.append(user_id)
        return None if len(reads) == 1 else await stored_turn(session, user_id)

    monkeypatch.setattr(turns, "_stored_turn", read_before_the_other_insert)
    async with session_factory.begin() as session:
        user, conversation = await repo.load_turn(session, 9, chat_id=91)
    assert reads == [9, 9]  # the insert found the row, so the turn read it again
    assert (user.id, user.chat_id) == (9, 91)
    assert (conversation.flow, conversation.step, dict(conversation.data)) == ("setup_check", "bench", {"a": 1})
