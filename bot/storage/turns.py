"""What every update loads first, the user and where they are in a flow, in one round trip."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.conversations import ConversationState, load_conversation
from bot.storage.models import Conversation, User
from bot.storage.users import get_or_create_user, note_contact

_CONVERSATIONS = cast(Table, Conversation.__table__).c
_USER_AND_CONVERSATION = (
    select(User, _CONVERSATIONS.flow, _CONVERSATIONS.step, _CONVERSATIONS.data, _CONVERSATIONS.version)
    .outerjoin(Conversation.__table__, _CONVERSATIONS.user_id == User.id)
    .where(User.id == bindparam("user_id"))
)


async def load_turn(session: AsyncSession, user_id: int, chat_id: int) -> tuple[User, ConversationState]:
    """The user (created on first contact) and their conversation, as `get_or_create_user` and
    `load_conversation` would give them."""
    row = (await session.execute(_USER_AND_CONVERSATION, {"user_id": user_id})).first()
    if row is None:  # first contact, or back after /forget: the rare path may take its two round trips
        return await get_or_create_user(session, user_id, chat_id), await load_conversation(session, user_id)
    user, flow, step, data, version = row
    note_contact(user, chat_id)
    if version is None:
        return user, ConversationState()
    return user, ConversationState(flow=flow, step=step, data=dict(data), version=version)
