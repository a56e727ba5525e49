"""Send limits shared by every worker of one bot through Redis: a global 30/s window and per-chat pacing."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass

from redis.asyncio import Redis

# One round trip per message for both limits, by the Redis server's clock (one clock for all workers, so skew between
# machines cannot let extra messages through). The bot-wide limit is a strict sliding window: at most `limit` grants in
# any `window_ms` (KEYS[1]). The chat's is a leaky bucket like the in-process aiolimiter: a burst of `capacity`, then
# `capacity` per `period_ms` (KEYS[2], absent for a call without a chat). Both are taken only when both allow, so a
# paced chat holds no bot-wide slot while it waits. Returns 0, or ms to wait.
BOTH_LIMITS = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local limit, window = tonumber(ARGV[1]), tonumber(ARGV[2])
local wait = 0
local level
if #KEYS > 1 then
  local capacity, period = tonumber(ARGV[4]), tonumber(ARGV[5])
  local rate = capacity / period
  local state = redis.call('HMGET', KEYS[2], 'level', 'at')
  level = tonumber(state[1]) or 0
  local at = tonumber(state[2]) or now
  level = math.max(0, level - (now - at) * rate)
  if level + 1 > capacity then
    wait = math.ceil((level + 1 - capacity) / rate)
  end
end
local whole = math.floor(now)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', whole - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  wait = math.max(wait, tonumber(oldest[2]) + window - whole)
end
if wait > 0 then
  return math.max(1, wait)
end
redis.call('ZADD', KEYS[1], whole, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
if #KEYS > 1 then
  redis.call('HSET', KEYS[2], 'level', tostring(level + 1), 'at', tostring(now))
  redis.call('PEXPIRE', KEYS[2], math.ceil(tonumber(ARGV[5])) + 1000)
end
return 0
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
        self._script = redis.register_script(BOTH_LIMITS)

    @classmethod
    def from_url(cls, url: str, prefix: str, overall: Rate, per_chat: Rate) -> SharedSendLimits:
        # Short timeouts: a stalled Redis must not hold replies for long (the caller falls back to local limits).
        redis = Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        return cls(redis, prefix, overall, per_chat)

    async def acquire(self, chat_id: object | None) -> None:
        """Return once this message may go out under the bot-wide window and the chat's bucket."""
        keys = [f"{self.prefix}:all"]
        args: list[str | int] = [self.overall.limit, self.overall.ms, ""]
        if chat_id is not None:
            keys.append(f"{self.prefix}:chat:{chat_id}")
            args += [self.per_chat.limit, self.per_chat.ms]
        while True:
            args[2] = uuid.uuid4().hex  # the window's member: one per grant
            wait_ms = int(await self._script(keys=keys, args=args))
            if wait_ms <= 0:
                return
            await asyncio.sleep(wait_ms / 1000)

    async def close(self) -> None:
        await self.redis.aclose()
