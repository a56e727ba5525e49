"""Three real `coach run --webhook` workers behind a balancer on one PostgreSQL: one is SIGKILLed mid-run."""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest
from redis.asyncio import Redis
from redis.exceptions import RedisError
from sqlalchemy import insert

from bot.storage.db import make_engine
from bot.storage.enums import Weekday
from bot.storage.models import Reminder, User
from tests.fake_telegram.balancer import ParallelTelegram
from tests.multiworker.cluster import Cluster, cluster
from tests.multiworker.conversations import Tally, reply_counts, run_users

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
SETUP_USERS = 10
QUESTION_USERS = 20
UPDATES = SETUP_USERS * 11 + QUESTION_USERS * 5
KILL_AFTER = UPDATES // 3  # updates injected before one worker is SIGKILLed
REPLY_TIMEOUT = 10.0  # the 30/s send limit queues a burst's replies for up to ~4 s; a lost one never comes


@pytest.fixture(scope="session")
async def redis_url() -> str:
    client = Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=2)
    try:
        await client.ping()
    except (RedisError, OSError) as exc:
        message = f"Redis is not reachable at {REDIS_URL}: {type(exc).__name__}: {exc}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    finally:
        await client.aclose()
    return REDIS_URL


@pytest.fixture
async def tg() -> AsyncIterator[ParallelTelegram]:
    # A bot id of this run's own: the send-limit keys in the shared Redis are keyed by it.
    token = f"{secrets.randbelow(8 * 10**8) + 10**8}:TEST-multiworker-{secrets.token_hex(8)}"
    async with ParallelTelegram(token, ordered_chats=False) as fake:
        yield fake


async def seed_due_reminder(database_url: str, user_id: int) -> None:
    now = datetime.now(UTC)
    engine = make_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(insert(User), [{"id": user_id, "chat_id": user_id, "timezone": "UTC"}])
            await connection.execute(
                insert(Reminder),
                [
                    {
                        "user_id": user_id,
                        "weekdays": frozenset({Weekday(now.weekday())}),
                        "local_time": now.strftime("%H:%M"),
                        "timezone": "UTC",
                        "active": True,
                        "next_due_at": now,
                    }
                ],
            )
    finally:
        await engine.dispose()


async def test_three_workers_answer_every_update_once_when_one_is_killed(
    tg: ParallelTelegram,
    postgres_url: str,
    redis_url: str,
    built_index_dir: Path,
    knowledge_dir: Path,
    tmp_path: Path,
) -> None:
    first_user = 7_000_000_000 + secrets.randbelow(10**6) * 100  # flood counters in Redis are keyed by user id
    setup_ids = [first_user + n for n in range(SETUP_USERS)]
    question_ids = [first_user + SETUP_USERS + n for n in range(QUESTION_USERS)]
    reminded = first_user + 99
    tg.user(reminded, "Rem")
    async with cluster(
        tg,
        count=3,
        database_url=postgres_url,
        index_dir=built_index_dir,
        knowledge_dir=knowledge_dir,
        log_dir=tmp_path,
        redis_url=redis_url,
        extra_env={"REMINDER_INTERVAL_SECONDS": "1"},
    ) as workers:
        killed_at: list[float] = []
        in_flight_at_kill: set[int] = set()

        async def kill_one(injected: int) -> None:
            if injected != KILL_AFTER:
                return
            # The busiest worker: the kill interrupts as many updates as it can.
            victim = max(workers.workers, key=lambda w: len(workers.balancer.in_flight(w.base)))
            in_flight_at_kill.update(workers.balancer.in_flight(victim.base))
            victim.process.send_signal(signal.SIGKILL)
            killed_at.append(time.monotonic())
            await seed_due_reminder(postgres_url, reminded)

        tally = Tally(on_inject=kill_one)
        await run_users(tg, tally, setup_ids, question_ids, REPLY_TIMEOUT)
        await tg.wait_for_reply(reminded, timeout=REPLY_TIMEOUT)
        await asyncio.sleep(2.0)  # a doubled reply or reminder would arrive by now
        await assert_survivors_ready(workers)

    assert killed_at, "no worker was killed"
    lost, doubled, mismatches = reply_counts(tg, tally, setup_ids + question_ids)
    lost_ids = {u.update_id for u in tally.updates if u.answered_at is None}
    after_kill = [u for u in tally.updates if u.injected_at > killed_at[0]]
    slowest = max(u.answered_at - u.injected_at for u in tally.updates if u.answered_at is not None)
    print(
        f"\n{len(tally.updates)} updates, {len(in_flight_at_kill)} in flight on the killed worker; "
        f"lost {lost} (all in flight at the kill: {lost_ids <= in_flight_at_kill}), doubled {doubled}; "
        f"{len(after_kill)} sent after the kill; slowest reply {slowest:.1f}s"
    )
    report = "\n".join(f"{user}: {m}" for user, m in mismatches.items())
    # The outbox: replies of updates the killed worker had committed are sent by the survivors, so none is lost.
    assert lost == 0, report
    # A reply Telegram accepted a moment before the kill, but whose confirmation never reached the database, is
    # sent again by the survivor: only updates in flight at the kill can be doubled, each at most once.
    in_flight_users = {u.user_id for u in tally.updates if u.update_id in in_flight_at_kill}
    assert set(mismatches) <= in_flight_users, report
    assert doubled <= len(in_flight_at_kill), report
    assert len(tally.updates) == UPDATES
    assert after_kill and all(u.answered_at is not None for u in after_kill)
    assert [c.chat_id for c in tg.calls("sendMessage") if c.ok and c.chat_id == reminded] == [reminded]
    # A tap redelivered from the killed worker was answered there already; Telegram refuses the second answer
    # and the tap is applied all the same. Any other refusal is a bug.
    refused = [c.description for c in tg.calls("answerCallbackQuery") if not c.ok]
    assert all("query is too old" in d for d in refused), refused
    assert len(refused) <= len(in_flight_at_kill)


async def assert_survivors_ready(workers: Cluster) -> None:
    survivors = workers.live()
    assert len(survivors) == 2
    async with aiohttp.ClientSession() as session:
        for worker in survivors:
            async with session.get(f"{worker.base}/readyz") as response:
                assert response.status == 200, await response.text()
