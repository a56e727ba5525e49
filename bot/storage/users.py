"""Repository functions for users: creation on first contact, preferences, blocked and caution flags."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.enums import Units
from bot.storage.inserts import insert_statement
from bot.storage.models import User


class UnknownUser(LookupError):
    """No user with that id is stored (never seen, or forgotten with /forget)."""


def valid_timezone(name: str) -> str:
    """The IANA name if zoneinfo knows it, else ValueError."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone: {name!r}") from None
    return name


async def get_user(session: AsyncSession, user_id: int) -> User | None:
    return await session.get(User, user_id)


async def _existing_user(session: AsyncSession, user_id: int) -> User:
    user = await session.get(User, user_id)
    if user is None:
        raise UnknownUser(user_id)
    return user


async def get_or_create_user(session: AsyncSession, user_id: int, chat_id: int) -> User:
    """The user, created on first contact. A message from them also means they have not blocked the bot."""
    user = (
        await session.get(User, user_id)
        or await insert_user(session, user_id, chat_id)
        or await _existing_user(session, user_id)  # inserted by another transaction meanwhile
    )
    note_contact(user, chat_id)
    return user


async def insert_user(session: AsyncSession, user_id: int, chat_id: int) -> User | None:
    """The new user, inserted and read back in one round trip; None if they were there already.

    Two first messages handled at once must not both fail on the primary key, hence ON CONFLICT DO NOTHING.
    """
    statement = insert_statement(User, session.get_bind().dialect.name, returning_rows=True)
    found = await session.scalars(
        statement.values(id=user_id, chat_id=chat_id), execution_options={"populate_existing": True}
    )
    return found.first()


def note_contact(user: User, chat_id: int) -> None:
    """A message from the user: their chat is this one, and they have not blocked the bot."""
    if user.chat_id != chat_id:
        user.chat_id = chat_id
    if user.blocked:
        user.blocked = False


async def set_timezone(session: AsyncSession, user_id: int, timezone: str | None) -> User:
    user = await _existing_user(session, user_id)
    user.timezone = None if timezone is None else valid_timezone(timezone)
    return user


async def set_units(session: AsyncSession, user_id: int, units: Units) -> User:
    user = await _existing_user(session, user_id)
    user.units = Units(units)
    return user


async def mark_blocked(session: AsyncSession, user_id: int, blocked: bool = True) -> None:
    """Record that Telegram answered 403: the scheduler stops sending to this user."""
    user = await session.get(User, user_id)
    if user is not None:
        user.blocked = blocked


async def set_train_caution(session: AsyncSession, user_id: int, since: datetime | None) -> User:
    """Start (a time) or clear (None) the caution after a report that needs a professional."""
    user = await _existing_user(session, user_id)
    user.train_caution_since = since
    return user
