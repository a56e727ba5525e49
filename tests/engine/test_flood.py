"""The per-user flood guard: in memory (one process) and in Redis (shared by workers), and in front of the Coach."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.engine.coach import Coach
from bot.engine.events import Event, EventKind
from bot.engine.flood import SLOW_DOWN, FloodGuard, FloodVerdict, MemoryFloodGuard, RedisFloodGuard, open_flood_guard
from bot.engine.flows import encode_choice
from bot.retrieval.service import KnowledgeBase
from bot.storage import repo
from bot.storage.db import make_engine, make_sessionmaker

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
ALLOW, WARN, DROP = FloodVerdict.ALLOW, FloodVerdict.WARN, FloodVerdict.DROP


@dataclass
class Seconds:
    now: float = 1_000_000.0

    def __call__(self) -> float:
        return self.now


async def verdicts(guard: FloodGuard, user_id: int, n: int) -> list[FloodVerdict]:
    return [await guard.check(user_id) for _ in range(n)]


# --- in memory ----------------------------------------------------------------------------------------------


async def test_twenty_pass_the_next_gets_one_warning_and_the_rest_are_dropped() -> None:
    guard = MemoryFloodGuard(20, 10.0, clock=Seconds())
    assert await verdicts(guard, 1, 25) == [ALLOW] * 20 + [WARN] + [DROP] * 4


async def test_a_pause_of_one_window_lets_the_user_carry_on_and_warns_again_next_time() -> None:
    clock = Seconds()
    guard = MemoryFloodGuard(3, 10.0, clock=clock)
    assert await verdicts(guard, 1, 5) == [ALLOW, ALLOW, ALLOW, WARN, DROP]
    clock.now += 10.5
    assert await verdicts(guard, 1, 5) == [ALLOW, ALLOW, ALLOW, WARN, DROP]


async def test_a_steady_pace_under_the_limit_is_never_stopped() -> None:
    clock = Seconds()
    guard = MemoryFloodGuard(20, 10.0, clock=clock)
    for _ in range(200):
        assert await guard.check(1) is ALLOW
        clock.now += 0.55  # 18 or 19 in any 10 seconds


async def test_hammering_keeps_the_user_quiet_until_they_pause() -> None:
    clock = Seconds()
    guard = MemoryFloodGuard(3, 10.0, clock=clock)
    seen = []
    for _ in range(40):  # one every second, for 40 seconds: always more than 3 in the last 10
        seen.append(await guard.check(1))
        clock.now += 1.0
    assert seen[:4] == [ALLOW, ALLOW, ALLOW, WARN] and set(seen[4:]) == {DROP}


async def test_one_user_flooding_does_not_limit_another() -> None:
    guard = MemoryFloodGuard(3, 10.0, clock=Seconds())
    await verdicts(guard, 1, 10)
    assert await verdicts(guard, 2, 3) == [ALLOW] * 3


async def test_memory_follows_the_users_active_in_the_last_window() -> None:
    clock = Seconds()
    guard = MemoryFloodGuard(20, 10.0, clock=clock)
    for user_id in range(10_000):
        await guard.check(user_id)
    assert guard.tracked_users == 10_000
    clock.now += 11
    await guard.check(99_999)
    assert guard.tracked_users == 1


# --- Redis, shared by workers -------------------------------------------------------------------------------


@pytest.fixture
async def redis() -> AsyncIterator[Redis]:
    client = Redis.from_url(REDIS_URL)
    try:
        await client.ping()
    except (RedisError, OSError) as exc:
        await client.aclose()
        message = f"Redis is not reachable at {REDIS_URL}: {type(exc).__name__}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    yield client
    await client.aclose()


@pytest.fixture
async def prefix(redis: Redis) -> AsyncIterator[str]:
    """Keys of this test's own, removed afterwards."""
    value = f"coach:test:{secrets.token_hex(6)}:flood:"
    yield value
    keys = [key async for key in redis.scan_iter(match=f"{value}*")]
    if keys:
        await redis.delete(*keys)


async def test_workers_sharing_redis_count_one_users_updates_together(redis: Redis, prefix: str) -> None:
    clock = Seconds()
    worker_a = RedisFloodGuard(redis, 20, 10.0, prefix=prefix, clock=clock)
    worker_b = RedisFloodGuard(redis, 20, 10.0, prefix=prefix, clock=clock)
    seen = []
    for i in range(24):
        seen.append(await (worker_a if i % 2 else worker_b).check(7))
    assert seen == [ALLOW] * 20 + [WARN] + [DROP] * 3
    assert await worker_a.check(8) is ALLOW  # another user has a count of their own


async def test_redis_counts_start_again_in_the_next_window_and_expire(redis: Redis, prefix: str) -> None:
    clock = Seconds(1_000_000.0)  # a multiple of the window, so the window starts here
    guard = RedisFloodGuard(redis, 3, 10.0, prefix=prefix, clock=clock)
    assert await verdicts(guard, 7, 5) == [ALLOW, ALLOW, ALLOW, WARN, DROP]
    clock.now += 10
    assert await verdicts(guard, 7, 4) == [ALLOW, ALLOW, ALLOW, WARN]
    ttls = [await redis.ttl(key) async for key in redis.scan_iter(match=f"{prefix}*")]
    assert len(ttls) == 2 and all(0 < ttl <= 11 for ttl in ttls)


async def test_without_redis_updates_are_let_through() -> None:
    guard = open_flood_guard("redis://127.0.0.1:1/0", 1, 10.0)
    try:
        assert await verdicts(guard, 7, 3) == [ALLOW] * 3
    finally:
        await guard.aclose()


async def test_without_a_redis_url_the_guard_is_in_memory() -> None:
    guard = open_flood_guard(None, 1, 10.0)
    assert isinstance(guard, MemoryFloodGuard)
    assert await verdicts(guard, 7, 3) == [ALLOW, WARN, DROP]


# --- in front of the Coach ----------------------------------------------------------------------------------


async def test_a_flooding_user_gets_one_slow_down_and_their_flow_is_left_alone(
    knowledge_base: KnowledgeBase, sqlite_url: str
) -> None:
    engine = make_engine(sqlite_url)
    sessions = make_sessionmaker(engine)
    clock = Seconds()
    coach = Coach(knowledge_base, sessions, flood=MemoryFloodGuard(3, 10.0, clock=clock))
    press = Event(5, EventKind.CHOICE, data=encode_choice("setup_check", "bench_height", "yes"))
    try:
        assert "bench" in (await coach.handle(Event(5, EventKind.COMMAND, command="setup"))).text.lower()
        assert (await coach.handle(Event(5, EventKind.TEXT, text="hi"))).replies
        assert (await coach.handle(Event(5, EventKind.TEXT, text="hello"))).replies
        warned = await coach.handle(press)
        dropped = [await coach.handle(press) for _ in range(3)]
        assert warned.text == SLOW_DOWN and warned.acknowledged is None
        assert all(outcome.replies == () for outcome in dropped)
        async with sessions() as session:
            assert (await repo.load_conversation(session, 5)).step == "bench_height"  # no press got through
        clock.now += 11
        after_pause = await coach.handle(press)
        assert after_pause.acknowledged == "Bench height: Yes"
    finally:
        await engine.dispose()


async def test_the_flood_guard_answers_before_touching_the_database(
    knowledge_base: KnowledgeBase, tmp_path: Path
) -> None:
    # A database without tables: any query would fail, so these replies prove no query was made.
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path}/no-tables.sqlite3")
    guard = MemoryFloodGuard(1, 10.0, clock=Seconds())
    await guard.check(5)
    coach = Coach(knowledge_base, make_sessionmaker(engine), flood=guard)
    try:
        assert (await coach.handle(Event(5, EventKind.TEXT, text="hi"))).text == SLOW_DOWN
        assert (await coach.handle(Event(5, EventKind.TEXT, text="hi"))).replies == ()
    finally:
        await engine.dispose()
