"""Telegram's flood limits (AIORateLimiter waits out 429s), shared across workers through Redis when configured,
plus a bounded retry of transient server errors."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from redis.exceptions import RedisError
from telegram.error import NetworkError, RetryAfter
from telegram.ext import AIORateLimiter

from bot.observability.metrics import METRICS, Metrics
from bot.telegram_app.shared_limits import Rate, SharedSendLimits

log = logging.getLogger(__name__)

Result = bool | dict[str, Any] | list[dict[str, Any]]

# Pauses before retrying a 5xx / dropped connection; short, since a user is waiting for the reply.
SERVER_ERROR_BACKOFF = (0.5, 1.5)
OVERALL_MAX_RATE = 30  # Telegram: about 30 messages a second per bot
# Telegram: about one message a second per chat, with short bursts tolerated. A reply of two or three messages
# goes out at once; a longer run is paced to one a second.
CHAT_BURST = 3
CHAT_PACED_CHATS = 10_000  # limiters kept for this many recent chats; older ones are dropped
# Calls that put no message in a chat: Telegram's message limits do not apply, so they never wait for a token.
UNMETERED = frozenset({"sendChatAction", "answerCallbackQuery", "getUpdates", "getMe", "setWebhook", "deleteWebhook"})


class CoachRateLimiter(AIORateLimiter):
    """Telegram's documented limits (30 messages/s overall, 20/min per group); 429 waits for retry_after.

    With `redis_url`, the overall limit and per-chat pacing hold for all workers of the bot together (keys under
    `key_prefix`, e.g. the bot's id); if Redis fails, each worker falls back to its own in-process limits.
    """

    def __init__(
        self,
        backoff: tuple[float, ...] = SERVER_ERROR_BACKOFF,
        *,
        redis_url: str | None = None,
        key_prefix: str = "coach:send",
        overall_max_rate: int = OVERALL_MAX_RATE,
        metrics: Metrics = METRICS,
    ) -> None:
        # One token every 1/rate seconds rather than a bucket of `rate` per second: a full bucket plus its refill
        # would let up to twice the limit through within one second.
        super().__init__(
            overall_max_rate=1, overall_time_period=1 / overall_max_rate, group_max_rate=20, max_retries=3
        )
        self.backoff = backoff
        self.metrics = metrics
        self._chats: dict[object, AsyncLimiter] = {}
        self.shared = (
            SharedSendLimits.from_url(
                redis_url, key_prefix, Rate(overall_max_rate, 1.0), Rate(CHAT_BURST, float(CHAT_BURST))
            )
            if redis_url
            else None
        )
        self._redis_down = False

    async def shutdown(self) -> None:
        if self.shared is not None:
            await self.shared.close()
        await super().shutdown()

    def _chat_limiter(self, chat_id: object) -> AsyncLimiter:
        limiter = self._chats.pop(chat_id, None) or AsyncLimiter(CHAT_BURST, CHAT_BURST)
        self._chats[chat_id] = limiter  # re-inserted: the dict's order is least recently used first
        if len(self._chats) > CHAT_PACED_CHATS:
            self._chats.pop(next(iter(self._chats)))
        return limiter

    async def _pace(self, endpoint: str, data: dict[str, Any]) -> None:
        chat_id = data.get("chat_id")
        paced_chat = chat_id if endpoint.startswith("send") else None
        if self.shared is not None and chat_id is not None:
            try:
                await self.shared.acquire(paced_chat)
            except (RedisError, OSError) as exc:
                if not self._redis_down:  # once per outage, not once per message
                    log.warning("Redis send limits unavailable (%s): using this worker's own", type(exc).__name__)
                self._redis_down = True
            else:
                if self._redis_down:
                    log.info("Redis send limits are back")
                self._redis_down = False
                return
        if paced_chat is not None:
            await self._chat_limiter(paced_chat).acquire()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        unmetered = endpoint in UNMETERED
        if not unmetered:
            await self._pace(endpoint, data)

        async def counted(*call_args: Any, **call_kwargs: Any) -> Result:
            try:
                return await callback(*call_args, **call_kwargs)
            except RetryAfter:
                self.metrics.telegram_rate_limited()  # AIORateLimiter waits and retries it
                raise

        for delay in (*self.backoff, None):
            try:
                if unmetered:  # no send token to wait for, but a 5xx is retried like any other call's
                    return await callback(*args, **kwargs)
                return await super().process_request(counted, args, kwargs, endpoint, data, rate_limit_args)
            except NetworkError as exc:
                # Only a bare NetworkError (5xx, connection refused) is safe to repeat: BadRequest would fail
                # again, and after TimedOut Telegram may already have delivered the message.
                if type(exc) is not NetworkError or delay is None:
                    raise
                log.warning("%s failed (%s); retrying in %.1fs", endpoint, exc.message, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")
