"""Shared pieces of the benchmarks: a throw-away PostgreSQL database, a settable clock, the bot on the fake Bot API."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

import asyncpg

from bot.retrieval.service import KnowledgeBase
from bot.settings import load_settings
from bot.telegram_app.app import build_application
from bot.telegram_app.context import CoachApplication
from tests.fake_telegram import FakeTelegram

ADMIN_DSN = "postgresql://postgres@127.0.0.1:5432/postgres"


@dataclass
class Clock:
    now: datetime = field(default_factory=lambda: datetime.now(UTC))

    def __call__(self) -> datetime:
        return self.now


@asynccontextmanager
async def scratch_database(prefix: str = "coach_bench") -> AsyncIterator[str]:
    """A new PostgreSQL database for one benchmark run, dropped afterwards; yields its SQLAlchemy URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(ADMIN_DSN)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    try:
        yield f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
    finally:
        admin = await asyncpg.connect(ADMIN_DSN)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


@asynccontextmanager
async def polling_bot(
    tg: FakeTelegram, database_url: str, knowledge: KnowledgeBase, clock: Clock, reminder_interval: float = 0.5
) -> AsyncIterator[CoachApplication]:
    """The real Application, started as `coach run` starts it, talking to the fake Bot API."""
    settings = load_settings(
        telegram_bot_token=tg.token, telegram_api_base_url=tg.base_url, database_url=database_url, log_level="WARNING"
    )
    app = build_application(settings, knowledge=knowledge, clock=clock, reminder_interval=reminder_interval)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        assert app.updater is not None
        await app.start()
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
    await app.post_shutdown(app)  # type: ignore[misc]

