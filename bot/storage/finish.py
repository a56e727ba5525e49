"""What a handled update writes last, its id with its replies and the user's conversation: one round trip on PostgreSQL.

Both belong to the update's transaction (see Coach._handle_once). On PostgreSQL one statement carries both, as two
data-modifying CTEs; elsewhere they are the two statements `record_update` and `save_conversation` run.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import BindParameter, Select, Table, bindparam, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.conversations import ConversationConflict, conversation_values, save_conversation
from bot.storage.core import connection
from bot.storage.models import Conversation, ProcessedUpdate, utcnow
from bot.storage.updates import record_update

_UPDATES = cast(Table, ProcessedUpdate.__table__)
_CONVERSATIONS = cast(Table, Conversation.__table__)


@dataclass(frozen=True)
class ConversationSave:
    """The conversation to store, and the version it was loaded at (0: never saved)."""

    flow: str | None
    step: str | None
    data: Mapping[str, Any] = field(default_factory=dict)
    expected_version: int = 0


async def finish_update(
    session: AsyncSession,
    user_id: int,
    update_id: int | None,
    replies: list[dict[str, Any]],
    sending_until: datetime,
    save: ConversationSave | None,
) -> bool:
    """Record the update with its replies and save the conversation; False if the update was handled before.

    A conversation saved by someone else since it was loaded raises ConversationConflict, as `save_conversation` does.
    """
    if update_id is None or save is None or session.get_bind().dialect.name != "postgresql":
        if update_id is not None and not await record_update(session, update_id, replies, sending_until):
            return False
        if save is not None:
            await save_conversation(
                session, user_id, flow=save.flow, step=save.step, data=save.data, expected_version=save.expected_version
            )
        return True
    statement = _record_and_save(save.expected_version == 0)
    params = _params(user_id, update_id, replies, sending_until, save)
    recorded, version = (await (await connection(session)).execute(statement, params)).one()
    if recorded is None:
        return False  # the caller rolls back, the save with it
    if version is None:
        raise ConversationConflict(f"conversation of user {user_id} changed since version {save.expected_version}")
    return True


def _params(
    user_id: int, update_id: int, replies: list[dict[str, Any]], sending_until: datetime, save: ConversationSave
) -> dict[str, Any]:
    values = conversation_values(save.flow, save.step, save.data)
    return {
        "update_id": update_id,
        "handled_at": utcnow(),
        "replies": replies,
        "sending_until": sending_until,
        "owner": user_id,
        "loaded_version": save.expected_version,
        **{f"new_{name}": value for name, value in values.items()},
    }


@functools.cache
def _record_and_save(first_save: bool) -> Select[int | None, int | None]:
    """The statement, built once per kind of save: building it anew for every update cost more CPU than the round
    trip it saves."""

    def param(table: Table, column: str, name: str | None = None) -> BindParameter[Any]:
        return bindparam(name or column, type_=table.c[column].type)

    # Values in full: column defaults are not filled in inside a CTE.
    recorded = (
        postgresql_insert(_UPDATES)
        .values({c: param(_UPDATES, c) for c in ("update_id", "handled_at", "replies", "sending_until")})
        .on_conflict_do_nothing()
        .returning(_UPDATES.c.update_id)
        .cte("recorded")
    )
    # Parameters may not share a column's name in VALUES or SET.
    values = {c: param(_CONVERSATIONS, c, f"new_{c}") for c in ("flow", "step", "data", "updated_at")}
    owner = param(_CONVERSATIONS, "user_id", "owner")
    saving = (
        postgresql_insert(_CONVERSATIONS)
        .values({"user_id": owner, **values, "version": 1})
        .on_conflict_do_nothing()
        .returning(_CONVERSATIONS.c.version)
        if first_save
        else update(_CONVERSATIONS)
        .where(_CONVERSATIONS.c.user_id == owner, _CONVERSATIONS.c.version == bindparam("loaded_version"))
        .values({**values, "version": _CONVERSATIONS.c.version + 1})
        .returning(_CONVERSATIONS.c.version)
    )
    saved = saving.cte("saved")
    return select(
        select(recorded.c.update_id).scalar_subquery().label("recorded"),
        select(saved.c.version).scalar_subquery().label("version"),
    )
