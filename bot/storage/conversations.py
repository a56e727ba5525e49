"""Repository functions for where each user is in a flow, saved with a version against lost updates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.core import connection
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


_CONVERSATIONS = cast(Table, Conversation.__table__)
_TABLE = _CONVERSATIONS.c
_LOAD = select(_TABLE.flow, _TABLE.step, _TABLE.data, _TABLE.version).where(_TABLE.user_id == bindparam("user_id"))


async def load_conversation(session: AsyncSession, user_id: int) -> ConversationState:
    row = (await (await connection(session)).execute(_LOAD, {"user_id": user_id})).first()
    if row is None:
        return ConversationState()
    return ConversationState(flow=row.flow, step=row.step, data=dict(row.data), version=row.version)


def conversation_values(flow: str | None, step: str | None, data: Mapping[str, Any]) -> dict[str, Any]:
    """The columns a save writes, the version aside."""
    return {"flow": flow, "step": step, "data": dict(data), "updated_at": utcnow()}


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
    values = conversation_values(flow, step, data)
    if expected_version == 0:
        # Loaded as never saved: the row can only be new, one statement; if it exists, someone saved in between.
        if not await insert_unless_present(session, Conversation, {"user_id": user_id, **values, "version": 1}):
            raise ConversationConflict(f"conversation of user {user_id} was saved since it was loaded as new")
        return ConversationState(flow=flow, step=step, data=dict(data), version=1)
    statement = (
        update(_CONVERSATIONS)
        .where(_TABLE.user_id == user_id)
        .values(**values, version=_TABLE.version + 1)
        .returning(_TABLE.version)
    )
    if expected_version is not None:
        statement = statement.where(_TABLE.version == expected_version)
    version = (await (await connection(session)).execute(statement)).scalar_one_or_none()
    if version is None:
        if expected_version is not None or not await insert_unless_present(
            session, Conversation, {"user_id": user_id, **values, "version": 1}
        ):
            raise ConversationConflict(f"conversation of user {user_id} changed since version {expected_version}")
        version = 1
    return ConversationState(flow=flow, step=step, data=dict(data), version=version)
