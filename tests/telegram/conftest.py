"""The real Application from build_application, pointed at the fake Bot API server, on a real database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest

from bot.observability.metrics import Metrics
from bot.retrieval.service import KnowledgeBase
from bot.settings import Settings, load_settings
from bot.telegram_app.app import build_application
from bot.telegram_app.context import CoachApplication
from tests.fake_telegram import BotMessage, FakeTelegram

WEBHOOK_SECRET = "s3cret-webhook-token"
REMINDER_INTERVAL = 0.2


@dataclass
class Clock:
    """The engine's notion of now; tests move it instead of sleeping."""

    now: datetime = field(default_factory=lambda: datetime(2026, 11, 24, 9, 0, tzinfo=UTC))  # a Tuesday

    def __call__(self) -> datetime:
        return self.now


def bot_settings(tg: FakeTelegram, database_url: str, **overrides: object) -> Settings:
    return load_settings(
        telegram_bot_token=tg.token,
        telegram_api_base_url=tg.base_url,
        telegram_webhook_secret=WEBHOOK_SECRET,
        database_url=database_url,
        **overrides,
    )


@dataclass
class Bot:
    """Starts and stops the real Application the way `coach run` does, so a test can restart it."""

    tg: FakeTelegram
    knowledge: KnowledgeBase
    clock: Clock
    database_url: str

    def build(self, metrics: Metrics | None = None, **overrides: object) -> CoachApplication:
        settings = bot_settings(self.tg, self.database_url, **overrides)
        return build_application(
            settings,
            knowledge=self.knowledge,
            clock=self.clock,
            reminder_interval=REMINDER_INTERVAL,
            metrics=metrics or Metrics(),  # each test counts from zero
        )

    @asynccontextmanager
    async def polling(self) -> AsyncIterator[CoachApplication]:
        app = self.build()
        # The same steps as Application.run_polling, minus its own event loop and signal handling.
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


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def bot(tg: FakeTelegram, knowledge_base: KnowledgeBase, clock: Clock, sqlite_url: str) -> Bot:
    return Bot(tg, knowledge_base, clock, sqlite_url)


@pytest.fixture
async def running(bot: Bot) -> AsyncIterator[CoachApplication]:
    async with bot.polling() as app:
        yield app


def button_data(message: BotMessage, label: str) -> str:
    """The callback data behind the button a user would tap, by its label."""
    for row in message.buttons:
        for button in row:
            if button.text in (label, f"✓ {label}") and button.callback_data:
                return button.callback_data
    raise AssertionError(f"no button {label!r} on {message.text!r}: {message.button_texts}")
