"""Benchmark: N reminders due in the same minute, sent by the real bot through the fake Bot API on PostgreSQL.

Run: .venv/bin/python -m bench.reminder_burst [--reminders 10000]
Prints how many were sent, lost and doubled, and the highest number of sends in any one second (limit: 30).
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter
from datetime import timedelta

from sqlalchemy import insert

from bench.harness import Clock, polling_bot, scratch_database
from bot.runtime import open_knowledge
from bot.settings import load_settings
from bot.storage.db import make_engine, upgrade
from bot.storage.enums import Weekday
from bot.storage.models import Reminder, User
from tests.fake_telegram import FakeTelegram

FIRST_USER = 1_000_000


async def seed(database_url: str, count: int, due: Clock) -> None:
    engine = make_engine(database_url)
    users = [{"id": FIRST_USER + n, "chat_id": FIRST_USER + n, "timezone": "UTC"} for n in range(count)]
    day = frozenset({Weekday(due.now.weekday())})  # Weekday counts from Monday = 0, like datetime
    reminders = [
        {
            "user_id": FIRST_USER + n,
            "weekdays": day,
            "local_time": due.now.strftime("%H:%M"),
            "timezone": "UTC",
            "active": True,
            "next_due_at": due.now,
        }
        for n in range(count)
    ]
    async with engine.begin() as connection:
        for start in range(0, count, 2000):
            await connection.execute(insert(User), users[start : start + 2000])
            await connection.execute(insert(Reminder), reminders[start : start + 2000])
    await engine.dispose()


async def run(count: int, timeout: float) -> None:
    settings = load_settings()
    knowledge = open_knowledge(settings)
    clock = Clock()
    clock.now = clock.now.replace(second=0, microsecond=0)
    async with scratch_database() as url, FakeTelegram() as tg:
        await upgrade(url)
        await seed(url, count, clock)
        for n in range(count):
            tg.user(FIRST_USER + n)
        clock.now += timedelta(seconds=30)  # the whole batch is due
        started = time.monotonic()
        async with polling_bot(tg, url, knowledge, clock):
            while len([c for c in tg.calls("sendMessage") if c.status == 200]) < count:
                if time.monotonic() - started > timeout:
                    break
                await asyncio.sleep(0.5)
            await asyncio.sleep(2)  # anything sent twice would show up now
        elapsed = time.monotonic() - started
        sends = [c for c in tg.calls("sendMessage") if c.status == 200]
        per_chat = Counter(int(c.params["chat_id"]) for c in sends)
        per_second = Counter(int(c.time) for c in sends)
        lost = count - len(per_chat)
        doubled = sum(n - 1 for n in per_chat.values() if n > 1)
        print(f"reminders due: {count}; sent: {len(sends)}; lost: {lost}; doubled: {doubled}")
        busiest = max(per_second.values(), default=0)
        print(f"took {elapsed:.0f} s ({len(sends) / elapsed:.1f} messages/s); busiest second: {busiest}")
        print(f"429 answers from the Bot API: {sum(1 for c in tg.calls('sendMessage') if c.status == 429)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--reminders", type=int, default=10_000)
    parser.add_argument("--timeout", type=float, default=900.0, help="give up after this many seconds")
    args = parser.parse_args()
    asyncio.run(run(args.reminders, args.timeout))


if __name__ == "__main__":
    main()
