"""Wiring in one place: the Application, its request settings, handlers, post_init services and the reminder job."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, cast

from telegram import BotCommand
from telegram.ext import Application, ApplicationBuilder, ContextTypes
from telegram.request import HTTPXRequest

from bot.engine.coach import utcnow
from bot.observability.metrics import METRICS, Metrics
from bot.retrieval.service import KnowledgeBase
from bot.runtime import open_knowledge
from bot.services import open_services
from bot.settings import ConfigError, Settings
from bot.storage import db
from bot.telegram_app.aiohttp_request import AiohttpRequest
from bot.telegram_app.context import BotData, CoachApplication, CoachContext, Runtime
from bot.telegram_app.errors import on_error
from bot.telegram_app.handlers import COMMANDS, handlers
from bot.telegram_app.ratelimit import CoachRateLimiter
from bot.telegram_app.reminder_job import dispatch_due, make_dispatcher

log = logging.getLogger(__name__)

REMINDER_JOB = "reminders"


def file_url(base_url: str) -> str:
    """Telegram serves files from /file/bot<token>/ next to the /bot<token>/ API."""
    head, sep, _ = base_url.rstrip("/").rpartition("/bot")
    return f"{head}/file/bot" if sep else base_url


def build_application(
    settings: Settings,
    *,
    knowledge: KnowledgeBase | None = None,
    clock: Callable[[], datetime] | None = None,
    reminder_interval: float | None = None,
    metrics: Metrics = METRICS,
    rate_limiter: CoachRateLimiter | None = None,
) -> CoachApplication:
    """The bot as `coach run` runs it; services are created in post_init, so building is cheap and offline.

    Tests pass `knowledge` (the session's knowledge base) so the model is loaded once per test run, and may pass
    their own `metrics` registry and `rate_limiter`.
    """
    if settings.telegram_bot_token is None:
        raise ConfigError("TELEGRAM_BOT_TOKEN: is required to run the Telegram bot")
    token = settings.telegram_bot_token.get_secret_value()
    limiter = rate_limiter or CoachRateLimiter(
        # Keyed by the bot's id: the limits are per bot, and two bots may share one Redis.
        redis_url=settings.redis_url,
        key_prefix=f"coach:{token.partition(':')[0]}:send",
        overall_max_rate=settings.telegram_send_rate,
        metrics=metrics,
    )
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # A reminder batch that outlasts the interval makes the scheduler skip the next tick, by design: not a warning.
    logging.getLogger("apscheduler.scheduler").setLevel(logging.ERROR)
    now = clock or utcnow
    interval = reminder_interval or settings.reminder_interval_seconds

    async def post_init(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        app = cast(CoachApplication, application)
        # Loading the model takes seconds of CPU: off the loop, so the process stays responsive to signals.
        loaded = knowledge or await asyncio.to_thread(open_knowledge, settings)
        services = await open_services(settings, loaded, clock=now)  # migrates the database first
        dispatcher = make_dispatcher(services.coach, services.sessions, now)
        app.bot_data.runtime = Runtime(services, dispatcher)
        await app.bot.set_my_commands([BotCommand(c.name, c.description) for c in COMMANDS])
        if app.job_queue is not None:
            app.job_queue.run_repeating(dispatch_due, interval=interval, first=interval, name=REMINDER_JOB)
        # The model, torch and the libraries are millions of objects that live as long as the process: frozen, the
        # garbage collector stops walking them on every full collection (each walk paused all updates for a while).
        gc.collect()
        gc.freeze()
        log.info("bot ready: database %s, reminders every %.1fs", db.safe_url(settings.database_url), interval)

    async def post_shutdown(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        runtime = cast(CoachApplication, application).bot_data.runtime
        if runtime is not None:
            await runtime.services.close()

    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(file_url(settings.telegram_api_base_url))
        .request(AiohttpRequest(connection_pool_size=64, connect_timeout=5, read_timeout=15, write_timeout=15))
        .get_updates_request(HTTPXRequest(connect_timeout=5, read_timeout=15))
        .rate_limiter(limiter)
        .context_types(ContextTypes(context=CoachContext, bot_data=BotData))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    app = cast(CoachApplication, builder.build())
    app.bot_data.metrics = metrics
    app.add_handlers(handlers())
    app.add_error_handler(on_error)
    return app
