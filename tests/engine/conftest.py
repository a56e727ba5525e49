"""A real Coach: the real knowledge base and model, a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.engine.coach import Coach
from bot.engine.events import Event, EventKind, Outcome
from bot.retrieval.service import KnowledgeBase


@dataclass
class Clock:
    now: datetime = field(default_factory=lambda: datetime(2026, 11, 24, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Chat:
    """One user talking to the coach, remembering the last buttons shown like a chat window does."""

    coach: Coach
    user_id: int = 42
    last: Outcome | None = None

    async def send(self, text: str) -> Outcome:
        if text.startswith("/"):
            command, _, args = text[1:].partition(" ")
            event = Event(self.user_id, EventKind.COMMAND, text=args, command=command)
        else:
            event = Event(self.user_id, EventKind.TEXT, text=text)
        self.last = await self.coach.handle(event)
        return self.last

    async def press(self, label: str) -> Outcome:
        assert self.last is not None, "nothing was shown yet"
        buttons = [b for reply in self.last.replies for b in reply.choices]
        matching = [b for b in buttons if b.label == label or b.label == f"✓ {label}"]
        assert matching, f"no button {label!r} in {[b.label for b in buttons]}"
        return await self.press_data(matching[-1].data)

    async def press_data(self, data: str) -> Outcome:
        self.last = await self.coach.handle(Event(self.user_id, EventKind.CHOICE, data=data))
        return self.last


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def coach(
    knowledge_base: KnowledgeBase, session_factory: async_sessionmaker[AsyncSession], clock: Clock
) -> AsyncIterator[Coach]:
    yield Coach(knowledge_base, session_factory, clock=clock)


@pytest.fixture
def chat(coach: Coach) -> Chat:
    return Chat(coach)
