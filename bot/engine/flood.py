"""Per-user flood guard: too many updates in a short window get one "slow down" and the rest are dropped."""

from __future__ import annotations

import logging
import math
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

DEFAULT_MAX_UPDATES = 20
DEFAULT_WINDOW_SECONDS = 10.0
SLOW_DOWN = "You're sending messages very fast — I'll pause for a few seconds, then carry on."


class FloodVerdict(StrEnum):
    ALLOW = "allow"
    WARN = "warn"  # the first update over the limit: answer with SLOW_DOWN, do nothing else
    DROP = "drop"  # later updates over the limit: no answer at all


class FloodGuard(Protocol):
    async def check(self, user_id: int) -> FloodVerdict: ...

    async def aclose(self) -> None: ...


def _verdict(count: int, max_updates: int) -> FloodVerdict:
    if count <= max_updates:
        return FloodVerdict.ALLOW
    return FloodVerdict.WARN if count == max_updates + 1 else FloodVerdict.DROP


@dataclass
class _Recent:
    times: deque[float]
    warned: bool = False


@dataclass
class MemoryFloodGuard:
    """One process: a sliding window per user, at most max_updates + 1 timestamps each.

    Dropped updates count too, so someone who keeps hammering stays quiet until they pause for a window.
    Users idle for a whole window are forgotten, so memory follows the number of active users.
    """

    max_updates: int = DEFAULT_MAX_UPDATES
    window_seconds: float = DEFAULT_WINDOW_SECONDS
    clock: Callable[[], float] = time.monotonic
    _users: OrderedDict[int, _Recent] = field(default_factory=OrderedDict, init=False, repr=False)

    async def check(self, user_id: int) -> FloodVerdict:
        now = self.clock()
        horizon = now - self.window_seconds
        self._forget_idle(horizon)
        recent = self._users.pop(user_id, None) or _Recent(deque(maxlen=self.max_updates + 1))
        self._users[user_id] = recent  # most recently seen last, so idle users sit at the front
        while recent.times and recent.times[0] <= horizon:
            recent.times.popleft()
        recent.times.append(now)
        if len(recent.times) <= self.max_updates:
            recent.warned = False
            return FloodVerdict.ALLOW
        if recent.warned:
            return FloodVerdict.DROP
        recent.warned = True
        return FloodVerdict.WARN

    def _forget_idle(self, horizon: float) -> None:
        while self._users:
            user_id, recent = next(iter(self._users.items()))
            if recent.times and recent.times[-1] > horizon:
                return
            del self._users[user_id]

    @property
    def tracked_users(self) -> int:
        return len(self._users)

    async def aclose(self) -> None:
        self._users.clear()


@dataclass
class RedisFloodGuard:
    """Shared by all workers: a counter per user and fixed window (INCR, then EXPIRE so it cleans itself up).

    If Redis cannot be reached the update is let through: a missing flood guard is better than a silent bot.
    """

    redis: Redis
    max_updates: int = DEFAULT_MAX_UPDATES
    window_seconds: float = DEFAULT_WINDOW_SECONDS
    prefix: str = "coach:flood:"
    clock: Callable[[], float] = time.time  # wall time: every worker must agree on the window number

    async def check(self, user_id: int) -> FloodVerdict:
        window = math.floor(self.clock() / self.window_seconds)
        key = f"{self.prefix}{user_id}:{window}"
        try:
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.incr(key)
                pipe.expire(key, math.ceil(self.window_seconds) + 1)
                count, _ = await pipe.execute()
        except (RedisError, OSError) as exc:
            log.warning("flood guard: Redis unavailable, letting the update through: %s", type(exc).__name__)
            return FloodVerdict.ALLOW
        return _verdict(int(count), self.max_updates)

    async def aclose(self) -> None:
        await self.redis.aclose()


def open_flood_guard(
    redis_url: str | None,
    max_updates: int = DEFAULT_MAX_UPDATES,
    window_seconds: float = DEFAULT_WINDOW_SECONDS,
    prefix: str | None = None,
) -> FloodGuard:
    """Redis when a URL is set (several workers), else in memory (one process)."""
    if not redis_url:
        return MemoryFloodGuard(max_updates, window_seconds)
    client = Redis.from_url(redis_url, socket_timeout=1.0, socket_connect_timeout=1.0)
    return RedisFloodGuard(client, max_updates, window_seconds, prefix or "coach:flood:")
