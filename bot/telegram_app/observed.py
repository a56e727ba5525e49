"""Every handled update measured the same way: one INFO log line, its kind counted, its latency timed."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update

from bot.engine.events import Outcome
from bot.observability.logs import user_hash
from bot.observability.metrics import UpdateKind
from bot.telegram_app.context import CoachContext

log = logging.getLogger("bot.telegram_app.updates")

Handler = Callable[[Update, CoachContext], Awaitable[Outcome | None]]
Callback = Callable[[Update, CoachContext], Coroutine[Any, Any, None]]


def outcome_label(outcome: Outcome | None) -> str | None:
    if outcome is None:
        return None
    if outcome.level is not None:
        return f"triage:{outcome.level}"
    if outcome.fallback is not None:
        return "fallback" if outcome.fallback else "answered"
    return None


def update_fields(update: Update, token: str) -> dict[str, Any]:
    """What a log line may say about an update: its id and the hashed user; the text only for opted-in logs."""
    user = update.effective_user
    message = update.effective_message
    return {
        "update_id": update.update_id,
        "user": user_hash(user.id, token) if user is not None else None,
        "text": message.text if message is not None else None,  # dropped by the formatter unless opted in
    }


def observed(kind: UpdateKind) -> Callable[[Handler], Callback]:
    """Wrap a handler returning the engine's Outcome (or None) so it is logged and counted once."""

    def wrap(handler: Handler) -> Callback:
        @functools.wraps(handler)
        async def run(update: Update, context: CoachContext) -> None:
            started = time.perf_counter()
            outcome: Outcome | None = None
            failed = True
            try:
                outcome = await handler(update, context)
                failed = False
            finally:
                seconds = time.perf_counter() - started
                context.metrics.update_handled(
                    kind,
                    seconds,
                    fallback=outcome.fallback if outcome else None,
                    level=outcome.level if outcome else None,
                )
                log.info(
                    "update failed" if failed else "update handled",
                    extra={
                        **update_fields(update, context.bot.token),
                        "handler": handler.__name__,
                        "kind": kind.value,
                        "outcome": "error" if failed else outcome_label(outcome),
                        "duration_ms": round(seconds * 1000, 1),
                    },
                )

        return run

    return wrap
