"""Benchmark: CPU per update of the conversation engine in one process, on a scratch PostgreSQL database.

Run: .venv/bin/python -m bench.engine_cpu [--users 400] [--rounds 3] [--profile]
No Telegram, no HTTP: `Coach.handle` on questions, so the figure is the engine's own work per update (the user lock,
loading the turn, triage of the text, the answer, the write of the update and the conversation) without the webhook
around it. Every user's first message embeds its question; the measured rounds reuse those texts, whose vectors are
then cached, so the model's share is left out and what changes with the storage code shows. Prints, per round, the
CPU milliseconds per update of this process for returning users and for new users' first messages; PostgreSQL's own
CPU is not in it (fewer round trips save that too).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import time

from bench.harness import scratch_database
from bench.machine import machine_speed
from bot.engine.events import Event, EventKind
from bot.services import Services, open_services
from bot.settings import load_settings

QUESTIONS = ("how high should the bench be?", "where should the bar sit?", "why does my lower back hurt?",
             "how far apart should my feet be?")
FIRST_USER = 8_000_000_000


async def _cpu_per_update(services: Services, users: range, offset: int, update_base: int) -> float:
    start = time.process_time()
    for n, user in enumerate(users):
        text = QUESTIONS[(n + offset) % len(QUESTIONS)]
        await services.coach.handle(Event(user, EventKind.TEXT, text=text, update_id=update_base + n))
    return 1000 * (time.process_time() - start) / len(users)


async def run(users: int, rounds: int, profile: bool) -> None:
    print(machine_speed())
    async with scratch_database("coach_engine_cpu") as url:
        services = await open_services(load_settings(database_url=url))
        try:
            known = range(FIRST_USER, FIRST_USER + users)
            await _cpu_per_update(services, known, 0, 0)  # first contact for these users; embeds the questions
            profiler = cProfile.Profile() if profile else None
            for r in range(1, rounds + 1):
                if profiler:
                    profiler.enable()
                returning = await _cpu_per_update(services, known, r, r * 1_000_000)
                new_users = range(FIRST_USER + r * 1_000_000, FIRST_USER + r * 1_000_000 + users)
                first = await _cpu_per_update(services, new_users, r, r * 1_000_000 + 500_000)
                if profiler:
                    profiler.disable()
                print(f"round {r}: returning users {returning:.2f} ms CPU per update, first messages {first:.2f} ms")
            if profiler:
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        finally:
            await services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print cProfile's top functions over the rounds")
    args = parser.parse_args()
    asyncio.run(run(args.users, args.rounds, args.profile))


if __name__ == "__main__":
    main()
