"""Send limits shared by every worker of one bot through Redis: a global 30/s window and per-chat pacing."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass

from redis.asyncio import Redis
from redis.commands.core import AsyncScript

# A strict sliding window: at most `limit` grants in any `window_ms`, by the Redis server's clock (one clock for
# all workers, so skew between machines cannot let extra messages through). Returns 0, or ms to wait.
SLIDING_WINDOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit, window = tonumber(ARGV[1]), tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
"""

# A leaky bucket, like the in-process aiolimiter: a burst of `capacity`, then `capacity` per `period_ms`.
LEAKY_BUCKET = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local capacity, period = tonumber(ARGV[1]), tonumber(ARGV[2])
local rate = capacity / period
local state = redis.call('HMGET', KEYS[1], 'level', 'at')
local level = tonumber(state[1]) or 0
local at = tonumber(state[2]) or now
level = math.max(0, level - (now - at) * rate)
if level + 1 <= capacity then
  redis.call('HSET', KEYS[1], 'level', tostring(level + 1), 'at', tostring(now))
  redis.call('PEXPIRE', KEYS[1], math.ceil(period) + 1000)
  return 0
end
return math.max(1, math.ceil((level + 1 - capacity) / rate))
"""


@dataclass(frozen=True)
class Rate:
    """`limit` messages per `seconds`."""

    limit: int
    seconds: float

    @property
    def ms(self) -> int:
        return max(1, round(self.seconds * 1000))


class SharedSendLimits:
    """Waits for a token from the bot-wide window and the chat's bucket; N workers together keep to the limits."""

    def __init__(self, redis: Redis, prefix: str, overall: Rate, per_chat: Rate) -> None:
        self.redis = redis
        self.prefix = prefix
        self.overall = overall
        self.per_chat = per_chat
        self._window = redis.register_script(SLIDING_WINDOW)
        self._bucket = redis.register_script(LEAKY_BUCKET)

    @classmethod
    def from_url(cls, url: str, prefix: str, overall: Rate, per_chat: Rate) -> SharedSendLimits:
        # Short timeouts: a stalled Redis must not hold replies for long (the caller falls back to local limits).
        redis = Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        return cls(redis, prefix, overall, per_chat)

    async def acquire(self, chat_id: object | None) -> None:
        """Return once this message may go out; the chat first, so a paced chat holds no global slot meanwhile."""
        if chat_id is not None:
            await self._take(self._bucket, f"{self.prefix}:chat:{chat_id}", self.per_chat)
        await self._take(self._window, f"{self.prefix}:all", self.overall)

    async def _take(self, script: AsyncScript, key: str, rate: Rate) -> None:
        while True:
            wait_ms = int(await script(keys=[key], args=[rate.limit, rate.ms, uuid.uuid4().hex]))
            if wait_ms <= 0:
                return
            await asyncio.sleep(wait_ms / 1000)

    async def close(self) -> None:
        await self.redis.aclose()
