"""Telegram's flood limits (AIORateLimiter waits out 429s) plus a bounded retry of transient server errors."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import NetworkError
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

# Pauses before retrying a 5xx / dropped connection; short, since a user is waiting for the reply.
SERVER_ERROR_BACKOFF = (0.5, 1.5)
# Telegram: about one message a second per chat, with short bursts tolerated. A reply of two or three messages
# goes out at once; a longer run is paced to one a second.
CHAT_BURST = 3
CHAT_PACED_CHATS = 10_000  # limiters kept for this many recent chats; older ones are dropped


class CoachRateLimiter(AIORateLimiter):
    """Telegram's documented limits (30 messages/s overall, 20/min per group); 429 waits for retry_after."""

    def __init__(self, backoff: tuple[float, ...] = SERVER_ERROR_BACKOFF) -> None:
        super().__init__(overall_max_rate=30, overall_time_period=1, group_max_rate=20, max_retries=3)
        self.backoff = backoff
        self._chats: dict[object, AsyncLimiter] = {}

    def _chat_limiter(self, chat_id: object) -> AsyncLimiter:
        limiter = self._chats.pop(chat_id, None) or AsyncLimiter(CHAT_BURST, CHAT_BURST)
        self._chats[chat_id] = limiter  # re-inserted: the dict's order is least recently used first
        if len(self._chats) > CHAT_PACED_CHATS:
            self._chats.pop(next(iter(self._chats)))
        return limiter

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        chat_id = data.get("chat_id") if endpoint.startswith("send") else None
        if chat_id is not None:
            await self._chat_limiter(chat_id).acquire()
        for delay in (*self.backoff, None):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except NetworkError as exc:
                # Only a bare NetworkError (5xx, connection refused) is safe to repeat: BadRequest would fail
                # again, and after TimedOut Telegram may already have delivered the message.
                if type(exc) is not NetworkError or delay is None:
                    raise
                log.warning("%s failed (%s); retrying in %.1fs", endpoint, exc.message, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")
