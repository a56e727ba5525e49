"""The long-lived services of one process (model and index, database, engine), opened and closed together."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.engine.coach import Coach, utcnow
from bot.engine.flood import open_flood_guard
from bot.engine.safety_net import SafetyNet
from bot.retrieval.batcher import AnswerBatcher
from bot.retrieval.service import KnowledgeBase
from bot.runtime import open_knowledge
from bot.settings import Settings
from bot.storage.db import make_engine, make_sessionmaker, upgrade


@dataclass
class Services:
    knowledge: KnowledgeBase
    database: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    coach: Coach
    batcher: AnswerBatcher

    async def close(self) -> None:
        await self.batcher.close()
        if self.coach.flood is not None:
            await self.coach.flood.aclose()
        await self.database.dispose()


async def open_services(
    settings: Settings, knowledge: KnowledgeBase | None = None, clock: Callable[[], datetime] = utcnow
) -> Services:
    """Migrates the database first, so a new version never runs against an old schema."""
    knowledge = knowledge or open_knowledge(settings)
    await upgrade(settings.database_url)
    database = make_engine(settings.database_url)
    sessions = make_sessionmaker(database)
    batcher = AnswerBatcher(knowledge.answer_many)  # concurrent users share model calls
    flood = open_flood_guard(settings.redis_url, settings.flood_max_updates, settings.flood_window_seconds)
    # The triage's second opinion uses the same model as the answers: one model per process.
    net = await asyncio.to_thread(SafetyNet, knowledge.searcher.embedder)
    coach = Coach(knowledge, sessions, clock=clock, answerer=batcher.answer, flood=flood, safety_net=net)
    return Services(knowledge, database, sessions, coach, batcher)
