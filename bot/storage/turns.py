"""What every update loads first, the user and where they are in a flow, in one round trip."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.conversations import ConversationState
from bot.storage.models import Conversation, User
from bot.storage.users import UnknownUser, insert_user, note_contact

_CONVERSATIONS = cast(Table, Conversation.__table__).c
_USER_AND_CONVERSATION = (
    select(User, _CONVERSATIONS.flow, _CONVERSATIONS.step, _CONVERSATIONS.data, _CONVERSATIONS.version)
    .outerjoin(Conversation.__table__, _CONVERSATIONS.user_id == User.id)
    .where(User.id == bindparam("user_id"))
)


async def load_turn(session: AsyncSession, user_id: int, chat_id: int) -> tuple[User, ConversationState]:
    """The user (created on first contact) and their conversation, as `get_or_create_user` and
    `load_conversation` would give them: one round trip for a known user, two for a new one (the read, then the
    insert that returns the row)."""
    found = await _stored_turn(session, user_id)
    if found is None:  # first contact, or back after /forget
        user = await insert_user(session, user_id, chat_id)
        if user is not None:
            # Conversations belong to a user (a foreign key): one inserted just now has none yet.
            return user, ConversationState()
        # Another transaction inserted them meanwhile (SQLite takes no user lock): read what it stored.
        found = await _stored_turn(session, user_id)
        if found is None:
            raise UnknownUser(user_id)  # inserted, then forgotten (/forget) in between
    user, conversation = found
    note_contact(user, chat_id)
    return user, conversation


async def _stored_turn(session: AsyncSession, user_id: int) -> tuple[User, ConversationState] | None:
    row = (await session.execute(_USER_AND_CONVERSATION, {"user_id": user_id})).first()
    if row is None:
        return None
    user, flow, step, data, version = row
    if version is None:
        return user, ConversationState()
    return user, ConversationState(flow=flow, step=step, data=dict(data), version=version)
