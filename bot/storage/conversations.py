"""Repository functions for where each user is in a flow, saved with a version against lost updates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.inserts import insert_unless_present
from bot.storage.models import Conversation, utcnow


class ConversationConflict(RuntimeError):
    """Someone else saved this conversation since it was loaded; reload and redo the step."""


@dataclass(frozen=True)
class ConversationState:
    flow: str | None = None
    step: str | None = None
    data: Mapping[str, Any] = field(default_factory=dict)
    version: int = 0  # 0: never saved


async def load_conversation(session: AsyncSession, user_id: int) -> ConversationState:
    row = await session.get(Conversation, user_id, populate_existing=True)
    if row is None:
        return ConversationState()
    return ConversationState(flow=row.flow, step=row.step, data=dict(row.data), version=row.version)


async def save_conversation(
    session: AsyncSession,
    user_id: int,
    *,
    flow: str | None,
    step: str | None,
    data: Mapping[str, Any],
    expected_version: int | None = None,
) -> ConversationState:
    """Store the state and bump its version.

    With `expected_version` (the version that was loaded) the save fails with ConversationConflict
    instead of overwriting a save made in between, e.g. by a double-tapped button.
    """
    values: dict[str, Any] = {"flow": flow, "step": step, "data": dict(data), "updated_at": utcnow()}
    statement = (
        update(Conversation)
        .where(Conversation.user_id == user_id)
        .values(**values, version=Conversation.version + 1)
        .returning(Conversation.version)
    )
    if expected_version is not None:
        statement = statement.where(Conversation.version == expected_version)
    version = (await session.execute(statement)).scalar_one_or_none()
    if version is None:
        first_save = expected_version in (None, 0)
        if not first_save or not await insert_unless_present(
            session, Conversation, {"user_id": user_id, **values, "version": 1}
        ):
            raise ConversationConflict(f"conversation of user {user_id} changed since version {expected_version}")
        version = 1
    return ConversationState(flow=flow, step=step, data=dict(data), version=version)
