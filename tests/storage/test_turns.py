"""The user and their conversation come back together, as the two separate loads would give them."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage import repo
from bot.storage.conversations import ConversationState


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
