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
from bot.retrieval.batcher import AnswerBatcher, EmbedBatcher
from bot.retrieval.embedding_cache import CachingEmbedder
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
    embed_batcher: EmbedBatcher

    async def close(self) -> None:
        await self.batcher.close()
        await self.embed_batcher.close()
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
    # A message is embedded once, in a batch with other users' messages, for both the safety net and the search.
    if not isinstance(knowledge.searcher.embedder, CachingEmbedder):
        knowledge.searcher.embedder = CachingEmbedder(knowledge.searcher.embedder)
    embedder = knowledge.searcher.embedder
    embed_batcher = EmbedBatcher(embedder)
    # Concurrent users share model calls; a question whose vector is cached is answered on the spot.
    batcher = AnswerBatcher(knowledge.answer_many, ready=knowledge.answer_if_embedded)
    flood = open_flood_guard(settings.redis_url, settings.flood_max_updates, settings.flood_window_seconds)
    # The triage's second opinion uses the same model as the answers: one model per process.
    net = await asyncio.to_thread(SafetyNet, embedder, cache_dir=settings.index_dir)
    coach = Coach(
        knowledge, sessions, clock=clock, answerer=batcher.answer, flood=flood, safety_net=net,
        embed_ahead=embed_batcher.embed,
    )
    return Services(knowledge, database, sessions, coach, batcher, embed_batcher)
