"""The send limits shared through Redis: several workers' limiters together never exceed the bot's limits."""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.observability.metrics import Metrics
from bot.telegram_app.ratelimit import CHAT_BURST, CoachRateLimiter
from bot.telegram_app.shared_limits import Rate, SharedSendLimits

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
async def redis_prefix() -> AsyncIterator[str]:
    """A key prefix of this test's own on the real Redis, deleted afterwards."""
    client = Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        await client.ping()
    except (RedisError, OSError) as exc:
        await client.aclose()
        message = f"Redis is not reachable at {REDIS_URL}: {type(exc).__name__}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    prefix = f"test:{secrets.token_hex(6)}"
    try:
        yield prefix
    finally:
        keys = [key async for key in client.scan_iter(f"{prefix}:*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()


async def send_through(limiter: CoachRateLimiter, chat_id: int, log: list[float]) -> None:
    async def callback(*args: Any, **kwargs: Any) -> bool:
        log.append(time.monotonic())
        return True

    await limiter.process_request(callback, (), {}, "sendMessage", {"chat_id": chat_id}, None)


def most_in_any_window(times: list[float], seconds: float) -> int:
    times = sorted(times)
    return max(sum(1 for t in times[i:] if t - start < seconds) for i, start in enumerate(times))


async def test_two_workers_together_never_send_more_than_the_limit_in_a_second(redis_prefix: str) -> None:
    limit = 10
    workers = [
        CoachRateLimiter(redis_url=REDIS_URL, key_prefix=redis_prefix, overall_max_rate=limit, metrics=Metrics())
        for _ in range(2)
    ]
    sent: list[float] = []
    started = time.monotonic()
    try:
        # 30 messages to 30 different chats, half through each worker, all at once.
        await asyncio.gather(*(send_through(workers[n % 2], 1000 + n, sent) for n in range(3 * limit)))
    finally:
        for worker in workers:
            await worker.shutdown()
    assert len(sent) == 3 * limit
    # Grants are exact on Redis' clock; the sends are timed here, after the event loop got round to them, so up to
    # 200 ms of scheduling delay on a busy machine is allowed for. Unshared limiters would let 20 through at once.
    assert most_in_any_window(sent, 0.8) <= limit
    assert sent[-1] - started >= 1.9  # three batches of ten: two full waits


async def test_one_chat_is_paced_across_workers(redis_prefix: str) -> None:
    workers = [CoachRateLimiter(redis_url=REDIS_URL, key_prefix=redis_prefix, metrics=Metrics()) for _ in range(2)]
    sent: list[float] = []
    started = time.monotonic()
    try:
        for n in range(CHAT_BURST + 2):  # alternate workers, as a load balancer would
            await send_through(workers[n % 2], 42, sent)
    finally:
        for worker in workers:
            await worker.shutdown()
    offsets = [t - started for t in sent]
    assert max(offsets[:CHAT_BURST]) < 0.5  # the burst goes straight out
    assert offsets[CHAT_BURST] >= 0.8 and offsets[CHAT_BURST + 1] >= 1.8  # then one a second, whichever worker


async def test_without_redis_a_worker_paces_on_its_own_and_a_dead_redis_falls_back() -> None:
    # Port 9 (discard) refuses the connection: the limiter must still send, paced in-process.
    limiter = CoachRateLimiter(redis_url="redis://127.0.0.1:9/0", metrics=Metrics())
    sent: list[float] = []
    started = time.monotonic()
    try:
        for _ in range(CHAT_BURST + 1):
            await send_through(limiter, 7, sent)
    finally:
        await limiter.shutdown()
    assert len(sent) == CHAT_BURST + 1
    assert sent[CHAT_BURST] - started >= 0.8



async def test_a_chat_waiting_for_its_pace_holds_no_slot_of_the_bots_limit(redis_prefix: str) -> None:
    limits = SharedSendLimits.from_url(REDIS_URL, redis_prefix, overall=Rate(4, 1.0), per_chat=Rate(1, 10.0))
    try:
        await limits.acquire(42)  # the chat's one message per 10 s, and 1 of the bot's 4 per second
        waiting = asyncio.create_task(limits.acquire(42))
        await asyncio.sleep(0.05)
        started = time.monotonic()
        # The waiting chat must not have taken any of the bot's 3 remaining slots: these go at once.
        await asyncio.wait_for(asyncio.gather(*(limits.acquire(2000 + n) for n in range(3))), timeout=0.6)
        assert time.monotonic() - started < 0.6
        assert not waiting.done()
        waiting.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await waiting
    finally:
        await limits.close()
