"""Benchmark: cold start of one `coach run --webhook` worker, from process spawn to its first answer to a question.

Run: .venv/bin/python -m bench.cold_start [--runs 3] [--backend both|postgres|sqlite] [--migrated]
Each run starts a fresh fake Bot API, a fresh database (a scratch PostgreSQL database, or a new SQLite file) and one
real worker process, as tests/multiworker/cluster.py starts them. A question is injected the moment the process is
spawned: like Telegram, the fake holds it until the worker's setWebhook, then posts it. The clock stops when the
fake Bot API records the answer's sendMessage. Target: first answer <= 8 s.
Prints, per run, the seconds from spawn to: the port accepting (/healthz), the worker's log showing the model load
starting (torch and sentence-transformers imported), the schema ready (model and index loaded, migrations applied)
and post_init done (triage safety net built), /readyz answering 200, setWebhook, and the answer; then min/median/max
of the answer and the worker's RSS right after it. Without --migrated the worker migrates the empty database itself,
as on a first deployment; with it the schema is already in place, as on a restart.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import statistics
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import aiohttp

from bench.harness import scratch_database
from bot.settings import load_settings
from bot.storage.db import upgrade
from tests.fake_telegram import FakeTelegram
from tests.multiworker.cluster import WEBHOOK_PATH, Worker, coach_command, free_port, rss_mb, spawn, worker_env
from tests.multiworker.conversations import QUESTIONS, Said, heard_of_message

TARGET_SECONDS = 8.0
USER_ID = 6_000_000_001
ANSWER_TIMEOUT = 120.0  # a start that takes this long is a failure, not a figure
POLL = 0.05


# Milestones in the worker's log: (label, logger, words in the message), in the order post_init reaches them.
LOGGED = (
    ("model loaded", "bot.runtime", "embedding model"),  # the imports are done, the model is ready
    ("schema ready", "bot.storage.db", "is at schema"),  # model and index loaded, migrations applied
    ("post_init done", "bot.telegram_app.app", "bot ready"),  # the triage safety net built, commands set
)


@dataclass(frozen=True)
class Run:
    """Seconds from spawn to each milestone of one cold start; None: not seen."""

    listening: float | None
    ready: float | None
    webhook_set: float | None
    answered: float
    rss_mb: float | None
    logged: dict[str, float | None]


def logged_milestones(log_path: Path, wall_started: float) -> dict[str, float | None]:
    """Seconds from spawn to the first log line of each LOGGED milestone (the log's clock is millisecond-exact)."""
    found: dict[str, float | None] = {label: None for label, _, _ in LOGGED}
    for line in log_path.read_text(errors="replace").splitlines():
        try:
            record = json.loads(line)
            at = datetime.fromisoformat(record["time"]).timestamp() - wall_started
        except (ValueError, KeyError, TypeError):
            continue
        for label, logger, words in LOGGED:
            if found[label] is None and str(record.get("logger", "")).startswith(logger) and words in str(
                record.get("message", "")
            ):
                found[label] = at
    return found


@asynccontextmanager
async def fresh_database(backend: str) -> AsyncIterator[str]:
    if backend == "postgres":
        async with scratch_database("coach_cold") as url:
            yield url
    else:
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite+aiosqlite:///{Path(folder) / 'coach.sqlite3'}"


async def first_200(session: aiohttp.ClientSession, url: str, worker: Worker, started: float) -> float | None:
    """Seconds from `started` until `url` first answers 200; None if the worker exits first."""
    while worker.alive:
        try:
            async with session.get(url, timeout=aiohttp.ClientTimeout(total=2)) as response:
                if response.status == 200:
                    return time.monotonic() - started
        except (aiohttp.ClientError, TimeoutError):
            pass
        await asyncio.sleep(POLL)
    return None


async def await_answer(tg: FakeTelegram, worker: Worker) -> None:
    """Until the answer is recorded; fails early, with the log, if the worker exits."""
    waiting = asyncio.ensure_future(
        tg.wait_for_reply(
            USER_ID, timeout=ANSWER_TIMEOUT,
            predicate=lambda m: not m.edited and heard_of_message(m).said == Said.ANSWER,
        )
    )
    try:
        while not waiting.done():
            if not worker.alive:
                raise RuntimeError(f"the worker exited ({worker.process.returncode}):\n{worker.log_tail()}")
            await asyncio.wait({waiting}, timeout=0.2)
        waiting.result()
    finally:
        waiting.cancel()


async def one_run(backend: str, migrated: bool) -> Run:
    settings = load_settings()
    token = f"{secrets.randbelow(8 * 10**8) + 10**8}:BENCH-cold-{secrets.token_hex(8)}"
    async with FakeTelegram(token) as tg, fresh_database(backend) as url:
        if migrated:
            await upgrade(url)
        port = free_port()
        env = worker_env(
            tg, database_url=url, index_dir=settings.index_dir, knowledge_dir=settings.knowledge_dir, port=port,
            name="cold", redis_url=None, extra={"TELEGRAM_SEND_RATE": "1000"},
        )
        user = tg.user(USER_ID, "Cold")
        with tempfile.TemporaryDirectory() as logs:
            started = time.monotonic()
            wall_started = time.time()
            worker = spawn(coach_command(), f"http://127.0.0.1:{port}/{WEBHOOK_PATH}", env, "cold", port, Path(logs))
            try:
                await user.send(QUESTIONS[0])  # held by the fake until setWebhook, as Telegram holds it
                async with aiohttp.ClientSession() as session:
                    listening = asyncio.ensure_future(first_200(session, f"{worker.base}/healthz", worker, started))
                    ready = asyncio.ensure_future(first_200(session, f"{worker.base}/readyz", worker, started))
                    try:
                        await await_answer(tg, worker)
                        answered = time.monotonic() - started
                        rss = rss_mb(worker.process.pid)
                        # /readyz may not have been polled since the worker became ready: give it a moment.
                        done, _ = await asyncio.wait({listening, ready}, timeout=1.0)
                    finally:
                        listening.cancel()
                        ready.cancel()
            finally:
                await asyncio.to_thread(worker.stop)
            logged = logged_milestones(worker.log_path, wall_started)
        set_calls = [c for c in tg.calls("setWebhook") if c.ok]
        return Run(
            listening=listening.result() if listening in done else None,
            ready=ready.result() if ready in done else None,
            webhook_set=set_calls[0].time - wall_started if set_calls else None,
            answered=answered,
            rss_mb=rss,
            logged=logged,
        )


def seconds(value: float | None) -> str:
    return f"{value:.2f} s" if value is not None else "?"


async def run(backends: list[str], runs: int, migrated: bool) -> None:
    schema = "schema already migrated" if migrated else "empty database, migrated by the worker"
    for backend in backends:
        print(f"{backend} ({schema}), {runs} run(s):")
        results: list[Run] = []
        for n in range(1, runs + 1):
            result = await one_run(backend, migrated)
            results.append(result)
            rss = f"{result.rss_mb:.0f} MB" if result.rss_mb else "?"
            steps = ", ".join(f"{label} {seconds(at)}" for label, at in result.logged.items())
            print(f"  run {n}: port accepts {seconds(result.listening)}, {steps}, /readyz {seconds(result.ready)}, "
                  f"setWebhook {seconds(result.webhook_set)}, first answer {seconds(result.answered)}; RSS {rss}")
        answered = [r.answered for r in results]
        rss_values = [r.rss_mb for r in results if r.rss_mb]
        verdict = "within" if max(answered) <= TARGET_SECONDS else "OVER"
        print(f"  first answer: min {min(answered):.2f} s, median {statistics.median(answered):.2f} s, "
              f"max {max(answered):.2f} s ({verdict} the {TARGET_SECONDS:.0f} s target); RSS after it: "
              + (f"median {statistics.median(rss_values):.0f} MB" if rss_values else "?"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--backend", choices=("both", "postgres", "sqlite"), default="both")
    parser.add_argument("--migrated", action="store_true", help="migrate the database before the worker starts")
    args = parser.parse_args()
    backends = ["postgres", "sqlite"] if args.backend == "both" else [args.backend]
    asyncio.run(run(backends, args.runs, args.migrated))


if __name__ == "__main__":
    main()
