"""The typed handler context: long-lived services built in post_init, reached as `context.coach` / `.dispatcher`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.engine.coach import Coach
from bot.engine.reminders import ReminderDispatcher
from bot.observability.metrics import METRICS, Metrics
from bot.services import Services


@dataclass
class Runtime:
    """Built once per process in post_init; disposed in post_shutdown."""

    services: Services
    dispatcher: ReminderDispatcher


class BotData:
    """`application.bot_data`: holds the runtime once post_init has run, and the process's metrics."""

    def __init__(self) -> None:
        self.runtime: Runtime | None = None
        self.metrics: Metrics = METRICS
        # Webhook mode only: updates given up because the database was away, answered "try later" so Telegram
        # delivers them again. None under long polling, where a failed update is not delivered again.
        self.redeliver: set[int] | None = None


class CoachContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    """The context every handler and job gets: the engine without module globals."""

    @property
    def runtime(self) -> Runtime:
        runtime = self.bot_data.runtime
        if runtime is None:
            raise RuntimeError("the bot's services are not ready (post_init has not run)")
        return runtime

    @property
    def coach(self) -> Coach:
        return self.runtime.services.coach

    @property
    def dispatcher(self) -> ReminderDispatcher:
        return self.runtime.dispatcher

    @property
    def metrics(self) -> Metrics:
        return self.bot_data.metrics


CoachApplication = Application[ExtBot[None], CoachContext, dict[Any, Any], dict[Any, Any], BotData, Any]
