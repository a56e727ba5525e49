"""Benchmark: N simulated users in conversation with 1 or 3 `coach run --webhook` workers on PostgreSQL.

Run: .venv/bin/python -m bench.e2e_load [--users 100] [--workers 3] [--duration 30]
Prints updates/s, p50/p95/p99 reply latency (inject -> the matching sendMessage recorded by the fake Bot API) and
RSS per worker. Target on 2 cores: >= 100 updates/s, p95 <= 150 ms for questions. The fake Bot API, the balancer
and this load generator run on the same cores as the workers.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import resource
import secrets
import statistics
import tempfile
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import yaml

from bench.harness import scratch_database
from bench.latency import percentile
from bench.machine import machine_speed
from bot.settings import load_settings
from bot.storage.db import upgrade
from tests.fake_telegram.balancer import ParallelTelegram
from tests.fake_telegram.records import BotMessage
from tests.multiworker.cluster import cluster, cpu_seconds, rss_mb
from tests.multiworker.conversations import QUESTIONS, Said, heard_of_message

FIRST_USER = 5_000_000_000
# Said before a question, so that texts repeat about as rarely as real users' do: with the eval sets' questions this
# gives thousands of distinct messages, and the workers' embedding cache is not what gets measured.
OPENERS = ("", "hi coach, ", "quick one: ", "hey, ", "sorry to bother you, ", "question: ", "coach, ", "ok so ",
           "newbie here, ", "one more thing, ", "hello! ", "me again, ")


def varied_questions() -> list[str]:
    """Every on-topic question of the retrieval eval sets, each with every opener."""
    found: list[str] = []
    for path in sorted((Path(__file__).parent.parent / "knowledge" / "eval").glob("*.yaml")):
        found += [case["q"] for case in yaml.safe_load(path.read_text())["on_topic"]]
    return [opener + question for question in found for opener in OPENERS]


def handler_durations(log_dir: Path) -> list[float]:
    """duration_ms of every handled update in the workers' JSON logs."""
    found: list[float] = []
    for path in log_dir.glob("*"):
        for line in path.read_text(errors="replace").splitlines():
            if '"duration_ms"' not in line:
                continue
            try:
                found.append(float(json.loads(line)["duration_ms"]))
            except (ValueError, KeyError, TypeError):
                continue
    return found


def own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def machine_busy() -> tuple[int, int]:
    """(busy, total) jiffies of all cores since boot, from /proc/stat."""
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def is_reply(want: Said | None, message: BotMessage) -> bool:
    return not message.edited and (want is None or heard_of_message(message).said == want)


# (seconds into the run when the message was sent, reply latency in ms)
Sample = tuple[float, float]


async def user_loop(tg: ParallelTelegram, user_id: int, start: float, until: float, think: float, questions: list[str],
                    latencies: dict[str, list[Sample]], timeouts: list[int]) -> None:
    user = tg.user(user_id)
    rng = random.Random(user_id)
    await asyncio.sleep(rng.uniform(0, think))  # users do not all start in the same millisecond
    while time.monotonic() < until:
        roll = rng.random()
        want: Said | None = Said.WELCOME if roll < 0.1 else None
        text, kind = ("/start", "/start") if want else (rng.choice(questions), "question")
        mark = tg.mark()
        started = time.monotonic()
        await user.send(text)
        try:
            await tg.wait_for_reply(
                user_id, after=mark, timeout=15,
                # A varied question may be answered, refused or triaged: its first reply is what counts.
                predicate=partial(is_reply, want),
            )
        except TimeoutError:
            timeouts.append(user_id)
            continue
        latencies.setdefault(kind, []).append((started - start, (time.monotonic() - started) * 1000))
        await asyncio.sleep(min(rng.expovariate(1 / think) if think else 0, max(0.0, until - time.monotonic())))


async def run(users: int, workers: int, duration: float, think: float, send_rate: int, questions: list[str],
              window: float) -> None:
    settings = load_settings()
    print(machine_speed())
    token = f"{secrets.randbelow(8 * 10**8) + 10**8}:BENCH-e2e-{secrets.token_hex(8)}"
    async with scratch_database() as url, ParallelTelegram(token, ordered_chats=True) as tg:
        await upgrade(url)
        with tempfile.TemporaryDirectory() as logs:
            handled: list[float] = []
            async with cluster(
                tg, count=workers, database_url=url, index_dir=settings.index_dir,
                knowledge_dir=settings.knowledge_dir, log_dir=Path(logs), redis_url="redis://127.0.0.1:6379/15",
                extra_env={"TELEGRAM_SEND_RATE": str(send_rate)},
            ) as running:
                print(f"{workers} worker(s) ready in {max(running.ready_seconds):.1f} s; {users} users, "
                      f"think time {think} s, {duration:.0f} s, {len(set(questions))} distinct questions")
                latencies: dict[str, list[Sample]] = {}
                timeouts: list[int] = []
                cpu_before = [cpu_seconds(w.process.pid) or 0.0 for w in running.workers]
                own_before, machine_before = own_cpu_seconds(), machine_busy()
                started = time.monotonic()
                await asyncio.gather(*(
                    user_loop(tg, FIRST_USER + n, started, started + duration, think, questions, latencies, timeouts)
                    for n in range(users)
                ))
                elapsed = time.monotonic() - started
                rss = [rss_mb(w.process.pid) for w in running.workers]
                cpu_after = [cpu_seconds(w.process.pid) or 0.0 for w in running.workers]
                handled = handler_durations(Path(logs))
                own = own_cpu_seconds() - own_before
                busy, total = (after - before for after, before in zip(machine_busy(), machine_before, strict=True))
                cpu = sum(after - before for after, before in zip(cpu_after, cpu_before, strict=True))
        answered = sum(len(v) for v in latencies.values())
        print(f"updates answered: {answered} in {elapsed:.1f} s = {answered / elapsed:.1f} updates/s; "
              f"no reply within 15 s: {len(timeouts)}")
        for kind, samples in sorted(latencies.items()):
            values = [ms for _, ms in samples]
            print(f"  {kind:9} n={len(values):5}  p50 {statistics.median(values):6.0f} ms  "
                  f"p95 {percentile(values, 0.95):6.0f} ms  p99 {percentile(values, 0.99):6.0f} ms")
        print_steady_state(latencies, elapsed, think)
        print_windows(latencies, elapsed, window)
        if handled:
            # Inside the worker, from the webhook request to the last reply sent: the rest of a reply's latency is
            # queueing in front of the handler (the worker's event loop, the balancer) and the fake Bot API.
            print(f"  handled in the worker: n={len(handled)}  p50 {statistics.median(handled):6.0f} ms  "
                  f"p95 {percentile(handled, 0.95):6.0f} ms  p99 {percentile(handled, 0.99):6.0f} ms")
        print("RSS per worker: " + ", ".join(f"{r:.0f} MB" if r else "?" for r in rss))
        # CPU per update does not depend on what else the machine is doing, unlike the rates and latencies above.
        print(f"worker CPU per update answered: {1000 * cpu / max(answered, 1):.1f} ms "
              f"(all workers: {cpu:.1f} CPU-s over {elapsed:.1f} s); fake Bot API + balancer + load generator: "
              f"{1000 * own / max(answered, 1):.1f} ms per update")
        print(f"machine busy: {100 * busy / max(total, 1):.0f}% of {os.cpu_count()} cores "
              "(PostgreSQL, Redis and anything else running included)")
        print("note: the fake Bot API, the balancer and the load generator share the workers' CPU cores; "
              f"replies are paced by the send limits ({send_rate}/s per bot, ~1/s per chat).")


def steady_state(latencies: dict[str, list[Sample]], warmup: float) -> dict[str, list[float]]:
    """The latencies of what was sent after `warmup` seconds, by kind."""
    return {kind: [ms for at, ms in samples if at >= warmup] for kind, samples in latencies.items()}


@dataclass(frozen=True)
class Window:
    start: float
    end: float
    sent: int  # updates of any kind sent in the window (and answered)
    questions: list[float]  # the latencies of the questions among them, ms


def windows(latencies: dict[str, list[Sample]], elapsed: float, width: float) -> list[Window]:
    """The run cut into stretches of `width` seconds (the last one up to `elapsed`), each with what was sent in it."""
    if width <= 0:
        return []
    edges = [i * width for i in range(int(elapsed // width) + 1)]
    if edges[-1] < elapsed:
        edges.append(elapsed)
    return [
        Window(
            lo, hi,
            sum(1 for samples in latencies.values() for at, _ in samples if lo <= at < hi),
            [ms for at, ms in latencies.get("question", []) if lo <= at < hi],
        )
        for lo, hi in itertools.pairwise(edges)
    ]


def print_steady_state(latencies: dict[str, list[Sample]], elapsed: float, think: float) -> None:
    """The same figures without the first think time, when every user sends a first message (a new user, more
    database work) on top of the others' second ones: what a bot with a settled user base sees."""
    warmup = think
    if warmup <= 0 or elapsed <= 2 * warmup:
        return
    later = steady_state(latencies, warmup)
    sent = sum(len(v) for v in later.values())
    print(f"  steady state (sent after the first {warmup:.0f} s): {sent / (elapsed - warmup):.1f} updates/s")
    for kind, values in sorted(later.items()):
        if values:
            print(f"  {kind:9} n={len(values):5}  p50 {statistics.median(values):6.0f} ms  "
                  f"p95 {percentile(values, 0.95):6.0f} ms  p99 {percentile(values, 0.99):6.0f} ms")


def print_windows(latencies: dict[str, list[Sample]], elapsed: float, width: float) -> None:
    """Updates/s and question latency per stretch of the run: the users' first messages (new users, more database
    work) all fall in the first think time, so the start is busier than the steady state that follows."""
    if width <= 0 or elapsed <= width:
        return
    print(f"  by {width:.0f} s window (sent in it; questions' latency):")
    for w in windows(latencies, elapsed, width):
        if not w.questions:
            continue
        print(f"    {w.start:4.0f}-{w.end:4.0f} s  {w.sent / (w.end - w.start):6.1f} updates/s  question p50 "
              f"{statistics.median(w.questions):5.0f} ms  p95 {percentile(w.questions, 0.95):5.0f} ms  "
              f"p99 {percentile(w.questions, 0.99):5.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load")
    parser.add_argument("--window", type=float, default=10.0, help="seconds per line of the over-time table (0: none)")
    parser.add_argument("--think", type=float, default=3.0, help="mean seconds a user waits before the next message")
    parser.add_argument(
        "--send-rate", type=int, default=30, help="TELEGRAM_SEND_RATE of the workers: 30 is Telegram's; raise it to "
        "measure the bot itself rather than Telegram's limit"
    )
    parser.add_argument(
        "--questions", choices=("varied", "fixed"), default="varied", help="varied: the eval sets' questions with "
        "openers (thousands of distinct texts); fixed: the 8 questions of the multi-worker test, which the workers' "
        "embedding cache soon knows (what the figures before 2026-11-30 used)"
    )
    args = parser.parse_args()
    questions = varied_questions() if args.questions == "varied" else list(QUESTIONS)
    asyncio.run(run(args.users, args.workers, args.duration, args.think, args.send_rate, questions, args.window))


if __name__ == "__main__":
    main()
