"""Benchmark: replies lost and doubled under faults (target: 0 and 0), with real `coach run --webhook` workers.

Run: .venv/bin/python -m bench.faults [kill] [pg-restart] [429] [5xx]   (no scenario named: all four)
     options: --setup-users 6 --question-users 18 --log-dir DIR (keep the workers' logs)

Scenarios, each on a scratch PostgreSQL database, Redis db 15 and its own fake Bot API and workers behind the
balancer; the scripted users of tests/multiworker/conversations.py (/start, the setup check by buttons, questions,
two questions at once) talk to them, and the fault strikes a third of the way through:
  kill        one of 3 workers is SIGKILLed (the busiest one)
  pg-restart  PostgreSQL is restarted (`pg_ctlcluster ... restart`, root only): every pooled connection dies;
              this restarts the shared server, so anyone else using it sees their connections dropped too
  429         the Bot API answers every sendMessage with 429 retry_after for a few seconds (send rate 30/s)
  5xx         the Bot API answers some calls with 500 and 502, and holds some sendMessage calls past the bot's
              15 s read timeout (applied afterwards, as Telegram does)
Each prints updates sent, replies expected and received, lost (an update whose reply never came) and doubled (a
reply delivered twice), apologies and other unexpected messages, the duration, the Bot API's failure answers, the
updates posted more than once (the fake stops waiting for a webhook POST after 5 s and posts it again, as Telegram
does after its own, undocumented, timeout) and the distinct warnings and errors in the workers' logs. For `kill`,
doubles of updates that were in flight on the killed worker (possible by design: Telegram took the message, the
worker died before recording it) are counted apart. TELEGRAM_SEND_RATE is 1000 except in the 429 scenario, so the
bot, not Telegram's limit, is measured.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import secrets
import signal
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from bench.harness import scratch_database
from bot.settings import load_settings
from bot.storage.db import upgrade
from bot.telegram_app.errors import APOLOGY
from tests.fake_telegram import FakeTelegram
from tests.fake_telegram.balancer import ParallelTelegram
from tests.multiworker.cluster import Cluster, Worker, cluster
from tests.multiworker.conversations import Said, Tally, Update, expected_replies, heard_in, reply_counts, run_users

REDIS_URL = "redis://127.0.0.1:6379/15"
FAST_SEND_RATE = 1000
TELEGRAM_SEND_RATE = 30
REPLY_TIMEOUT = 10.0  # a redelivery after a kill comes within ~7 s (PERSISTENT_RETRIES); a lost reply never comes
SETTLE = 3.0  # after the last reply: a doubled reply would arrive by now
CLIENT_READ_TIMEOUT = 15.0  # the bot's HTTPXRequest read_timeout (bot/telegram_app/app.py)
STORM_SECONDS = 4.0
STORM_RETRY_AFTER = 2
STALL_SECONDS = CLIENT_READ_TIMEOUT + 1.0
FAKE_WEBHOOK_TIMEOUT = 5.0  # the fake Bot API gives up on a webhook POST after this (its aiohttp session's total)
APOLOGY_HEARD = f"{Said.OTHER}: {APOLOGY[:80]}"


@dataclass
class Stage:
    """One scenario's world: the fake Bot API, the workers, the database and the scripted users."""

    tg: FakeTelegram
    running: Cluster
    database_url: str
    setup_ids: list[int]
    question_ids: list[int]

    @property
    def user_ids(self) -> list[int]:
        return self.setup_ids + self.question_ids

    @property
    def planned_updates(self) -> int:
        """Updates the users send when every reply comes: 11 per setup user, 5 per question user."""
        return len(self.setup_ids) * 11 + len(self.question_ids) * 5


@dataclass
class Result:
    name: str
    updates: int
    expected: int
    received: int
    lost: int
    doubled: int
    apologies: int
    other: int
    duration: float
    startup: float
    doubled_in_flight: int = 0  # kill only: doubles of updates that were in flight on the killed worker
    notes: list[str] = field(default_factory=list)


@asynccontextmanager
async def staged(workers: int, send_rate: int, args: argparse.Namespace, log_dir: Path) -> AsyncIterator[Stage]:
    settings = load_settings()
    # A bot id and users of this run's own: send limits and flood counters in the shared Redis are keyed by them.
    token = f"{secrets.randbelow(8 * 10**8) + 10**8}:BENCH-faults-{secrets.token_hex(8)}"
    first_user = 8_000_000_000 + secrets.randbelow(10**6) * 100
    setup_ids = [first_user + n for n in range(args.setup_users)]
    question_ids = [first_user + args.setup_users + n for n in range(args.question_users)]
    async with scratch_database("coach_faults") as url, ParallelTelegram(token, ordered_chats=False) as tg:
        await upgrade(url)
        async with cluster(
            tg, count=workers, database_url=url, index_dir=settings.index_dir, knowledge_dir=settings.knowledge_dir,
            log_dir=log_dir, redis_url=REDIS_URL, extra_env={"TELEGRAM_SEND_RATE": str(send_rate)},
        ) as running:
            yield Stage(tg, running, url, setup_ids, question_ids)


async def play(stage: Stage, on_inject: Callable[[int], Awaitable[None]], reply_timeout: float) -> tuple[Tally, float]:
    """Run the scripted users to the end; the tally and seconds taken (the settling pause not included)."""
    tally = Tally(on_inject=on_inject)
    started = time.monotonic()
    await run_users(stage.tg, tally, stage.setup_ids, stage.question_ids, reply_timeout)
    duration = time.monotonic() - started
    await asyncio.sleep(SETTLE)
    return tally, duration


def count(name: str, stage: Stage, tally: Tally, duration: float, in_flight_users: set[int] | None = None) -> Result:
    """Lost and doubled per reply_counts; apologies and other unexpected messages are counted apart, not as doubles."""
    lost, doubled_any, _ = reply_counts(stage.tg, tally, stage.user_ids)
    heard = {user: heard_in(stage.tg, user) for user in stage.user_ids}
    apologies = sum(1 for said in heard.values() for s in said if s == APOLOGY_HEARD)
    other = sum(1 for said in heard.values() for s in said if s.startswith(f"{Said.OTHER}:")) - apologies
    doubled = doubled_any - apologies - other  # reply_counts counts every unexpected message as a double
    doubled_in_flight = 0
    if in_flight_users:
        _, in_flight_any, _ = reply_counts(stage.tg, tally, sorted(in_flight_users))
        unexpected = sum(1 for u in in_flight_users for s in heard[u] if s.startswith(f"{Said.OTHER}:"))
        doubled_in_flight = in_flight_any - unexpected
        doubled -= doubled_in_flight
    return Result(
        name=name,
        updates=len(tally.updates),
        expected=sum(len(expected_replies(u.kind, u.tap_index)) for u in tally.updates),
        received=sum(1 for said in heard.values() for s in said if not s.startswith(f"{Said.OTHER}:")),
        lost=lost,
        doubled=doubled,
        apologies=apologies,
        other=other,
        duration=duration,
        startup=max(stage.running.ready_seconds),
        doubled_in_flight=doubled_in_flight,
    )


def failures(tg: FakeTelegram) -> str:
    """The Bot API's non-200 answers, by method and status."""
    tally = Counter(f"{c.method} {c.status}" for c in tg.calls() if not c.ok)
    return ", ".join(f"{k} x{n}" for k, n in sorted(tally.items())) or "none"


def exception_line(lines: list[str]) -> str:
    """The last `module.Error: message` line of a traceback (SQLAlchemy appends a URL and the SQL after it)."""
    for line in reversed(lines):
        if re.match(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Timeout|TimedOut|Gateway)\b[\w.]*: ", line):
            return line
    return lines[-1]


def doubled_users(tg: FakeTelegram, tally: Tally, user_ids: list[int]) -> set[int]:
    """Chats that heard some expected reply more often than their updates bring it."""
    doubled: set[int] = set()
    for user_id in user_ids:
        mine = [u for u in tally.updates if u.user_id == user_id]
        allowed = Counter(s for u in mine for s in expected_replies(u.kind, u.tap_index))
        heard = Counter(s for s in heard_in(tg, user_id) if not s.startswith(f"{Said.OTHER}:"))
        if heard - allowed:
            doubled.add(user_id)
    return doubled


def redeliveries(tg: FakeTelegram) -> str:
    """How many updates Telegram had to post more than once, and why the earlier posts failed."""
    deliveries = tg.webhook_deliveries
    again = {d.update_id for d in deliveries if d.attempt > 1}
    # Behind the balancer a post that failed with no status is one the fake stopped waiting for.
    failed = Counter(
        f"no answer in {FAKE_WEBHOOK_TIMEOUT:.0f} s" if d.status == 0 else str(d.status)
        for d in deliveries
        if d.status != 200
    )
    why = ", ".join(f"{k} x{n}" for k, n in sorted(failed.items()))
    return f"{len(again)} update(s) posted more than once" + (f" (failed posts: {why})" if why else "")


def log_excerpt(workers: list[Worker], limit: int = 8) -> list[str]:
    """Distinct warnings and errors in the workers' JSON logs (numbers folded), with how often each came."""
    seen: Counter[str] = Counter()
    for worker in workers:
        try:
            lines = worker.log_path.read_text(errors="replace").splitlines()
        except OSError:
            continue
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if not isinstance(record, dict) or record.get("level") not in {"WARNING", "ERROR", "CRITICAL"}:
                continue
            text = str(record.get("message", "")).strip().splitlines() or [""]
            message = text[0] if len(text) == 1 else f"{text[0].removesuffix('Traceback (most recent call last):')}"
            if len(text) > 1:
                message += f" ... {exception_line(text)}"
            message = re.sub(r"\d+", "N", message)[:240]
            seen[f"{worker.name} {record['level']} {record.get('logger', '?')}: {message}"] += 1
    return [f"({n}x) {line}" for line, n in seen.most_common(limit)]


def answered(updates: list[Update]) -> int:
    return sum(1 for u in updates if u.answered_at is not None)


async def ready_workers(running: Cluster) -> str:
    states: list[str] = []
    async with aiohttp.ClientSession() as session:
        for worker in running.workers:
            if not worker.alive:
                states.append(f"{worker.name} dead")
                continue
            try:
                async with session.get(f"{worker.base}/readyz", timeout=aiohttp.ClientTimeout(total=5)) as response:
                    states.append(f"{worker.name} {response.status}")
            except (aiohttp.ClientError, TimeoutError) as exc:
                states.append(f"{worker.name} {type(exc).__name__}")
    return ", ".join(states)


def finish(result: Result, stage: Stage, tally: Tally) -> Result:
    lost = [u for u in tally.updates if u.answered_at is None]
    if lost:
        result.notes.append("lost: " + ", ".join(f"{u.update_id} ({u.kind})" for u in lost[:10]))
    answered = [u.answered_at - u.injected_at for u in tally.updates if u.answered_at is not None]
    if answered:
        result.notes.append(f"slowest reply {max(answered):.1f} s")
    result.notes.append(f"Bot API failure answers: {failures(stage.tg)}")
    result.notes.append(f"webhook: {redeliveries(stage.tg)}")
    doubled_chats = doubled_users(stage.tg, tally, stage.user_ids)
    if doubled_chats:
        posted_again = {d.update_id for d in stage.tg.webhook_deliveries if d.attempt > 1}
        redelivered_chats = {u.user_id for u in tally.updates if u.update_id in posted_again}
        result.notes.append(
            f"chats with a doubled reply: {len(doubled_chats)}, of them with an update posted more than once: "
            f"{len(doubled_chats & redelivered_chats)}"
        )
    result.notes.extend(log_excerpt(stage.running.workers))
    return result


# ---- scenarios ---------------------------------------------------------------------------------------------------


async def kill(args: argparse.Namespace, log_dir: Path) -> Result:
    async with staged(3, FAST_SEND_RATE, args, log_dir) as stage:
        at = stage.planned_updates // 3
        in_flight: set[int] = set()
        killed: list[str] = []

        async def strike(injected: int) -> None:
            if injected != at:
                return
            # The busiest worker: the kill interrupts as many updates as it can.
            workers = stage.running
            victim = max(workers.workers, key=lambda w: len(workers.balancer.in_flight(w.base)))
            in_flight.update(workers.balancer.in_flight(victim.base))
            victim.process.send_signal(signal.SIGKILL)
            killed.append(victim.name)

        tally, duration = await play(stage, strike, REPLY_TIMEOUT)
        in_flight_users = {u.user_id for u in tally.updates if u.update_id in in_flight}
        result = count("kill", stage, tally, duration, in_flight_users)
        lost_ids = {u.update_id for u in tally.updates if u.answered_at is None}
        result.notes.append(
            f"{killed[0] if killed else 'nobody'} SIGKILLed after {at} updates, {len(in_flight)} of them in flight "
            f"on it; lost all among those: {lost_ids <= in_flight}; readyz after: {await ready_workers(stage.running)}"
        )
        return finish(result, stage, tally)


async def postgres_cluster() -> tuple[str, str]:
    """(version, name) of the cluster on port 5432, from pg_lsclusters."""
    process = await asyncio.create_subprocess_exec(
        "pg_lsclusters", "--no-header", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    output, _ = await process.communicate()
    for line in output.decode().splitlines():
        version, name, port, *_ = line.split()
        if port == "5432":
            return version, name
    raise RuntimeError(f"no PostgreSQL cluster on port 5432 in pg_lsclusters:\n{output.decode()}")


async def restart_postgres(version: str, name: str) -> str:
    """Restart the cluster (off the event loop: the fake Bot API runs on it); what happened, for the report."""
    started = time.monotonic()
    process = await asyncio.create_subprocess_exec(
        "pg_ctlcluster", "--skip-systemctl-redirect", version, name, "restart",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await process.communicate()
    took = time.monotonic() - started
    detail = output.decode().strip()
    return f"pg_ctlcluster {version} {name} restart: exit {process.returncode} in {took:.1f} s" + (
        f" ({detail[:200]})" if detail else ""
    )


async def pg_restart(args: argparse.Namespace, log_dir: Path) -> Result:
    version, name = await postgres_cluster()
    async with staged(2, FAST_SEND_RATE, args, log_dir) as stage:
        at = stage.planned_updates // 3
        restarts: list[asyncio.Task[str]] = []
        struck: list[float] = []
        restarted: list[float] = []

        async def restart() -> str:
            outcome = await restart_postgres(version, name)
            restarted.append(time.monotonic())
            return outcome

        async def strike(injected: int) -> None:
            if injected == at:
                struck.append(time.monotonic())
                restarts.append(asyncio.create_task(restart()))

        tally, duration = await play(stage, strike, REPLY_TIMEOUT)
        result = count("pg-restart", stage, tally, duration)
        if restarts:
            result.notes.append(f"after {at} updates: {await restarts[0]}")
            before = [u for u in tally.updates if u.injected_at < struck[0]]
            during = [u for u in tally.updates if struck[0] <= u.injected_at <= restarted[0]]
            after = [u for u in tally.updates if u.injected_at > restarted[0]]
            result.notes.append(
                f"updates sent while it restarted: {len(during)}, answered {answered(during)}; "
                f"sent after: {len(after)}, answered {answered(after)}; lost that were sent before it began "
                f"(in flight or queued): {len(before) - answered(before)}"
            )
        result.notes.append(f"readyz after: {await ready_workers(stage.running)}")
        return finish(result, stage, tally)


async def storm(args: argparse.Namespace, log_dir: Path) -> Result:
    async with staged(2, TELEGRAM_SEND_RATE, args, log_dir) as stage:
        at = stage.planned_updates // 3
        tg = stage.tg
        clearing: list[asyncio.Task[None]] = []

        async def calm_down() -> None:
            await asyncio.sleep(STORM_SECONDS)
            tg.clear_faults()

        async def strike(injected: int) -> None:
            if injected == at:
                tg.fail("sendMessage", 429, retry_after=STORM_RETRY_AFTER, times=None)
                clearing.append(asyncio.create_task(calm_down()))

        tally, duration = await play(stage, strike, REPLY_TIMEOUT)
        await asyncio.gather(*clearing)
        result = count("429", stage, tally, duration)
        result.notes.append(
            f"after {at} updates, every sendMessage answered 429 retry_after={STORM_RETRY_AFTER} for "
            f"{STORM_SECONDS:.0f} s; send rate {TELEGRAM_SEND_RATE}/s"
        )
        return finish(result, stage, tally)


async def server_errors(args: argparse.Namespace, log_dir: Path) -> Result:
    async with staged(2, FAST_SEND_RATE, args, log_dir) as stage:
        planned = stage.planned_updates
        tg = stage.tg
        # Injection count -> the fault that starts then; several kinds, spread over the run.
        plan: dict[int, tuple[str, Callable[[], object]]] = {
            planned // 5: ("next 3 calls of any method: 500", lambda: tg.fail("*", 500, times=3)),
            2 * planned // 5: ("next 3 sendMessage: 502", lambda: tg.fail("sendMessage", 502, times=3)),
            3 * planned // 5: (
                f"next 2 sendMessage held {STALL_SECONDS:.0f} s (client read timeout {CLIENT_READ_TIMEOUT:.0f} s)",
                lambda: tg.stall("sendMessage", STALL_SECONDS, times=2),
            ),
            4 * planned // 5: ("next 2 answerCallbackQuery: 502", lambda: tg.fail("answerCallbackQuery", 502, times=2)),
        }

        async def strike(injected: int) -> None:
            if injected in plan:
                plan[injected][1]()

        # A held send lands STALL_SECONDS later: wait past that before calling its reply lost.
        tally, duration = await play(stage, strike, STALL_SECONDS + REPLY_TIMEOUT)
        result = count("5xx", stage, tally, duration)
        result.notes.append("faults: " + "; ".join(f"after {n} updates, {what}" for n, (what, _) in plan.items()))
        return finish(result, stage, tally)


SCENARIOS: dict[str, Callable[[argparse.Namespace, Path], Awaitable[Result]]] = {
    "kill": kill,
    "pg-restart": pg_restart,
    "429": storm,
    "5xx": server_errors,
}


def report(result: Result) -> None:
    in_flight = (
        f" (+{result.doubled_in_flight} of updates in flight on the killed worker)" if result.name == "kill" else ""
    )
    print(
        f"== {result.name}: updates sent {result.updates}, replies expected {result.expected}, "
        f"received {result.received}, lost {result.lost}, doubled {result.doubled}{in_flight}; "
        f"apologies {result.apologies}, other unexpected messages {result.other}; "
        f"{result.duration:.1f} s (+ {result.startup:.1f} s start-up)"
    )
    for note in result.notes:
        print(f"   {note}")


async def run(names: list[str], args: argparse.Namespace) -> None:
    results: list[Result] = []
    for name in names:
        if args.log_dir:
            log_dir = Path(args.log_dir) / name
            log_dir.mkdir(parents=True, exist_ok=True)
            result = await SCENARIOS[name](args, log_dir)
        else:
            with tempfile.TemporaryDirectory() as logs:
                result = await SCENARIOS[name](args, Path(logs))
        report(result)
        results.append(result)
    if len(results) > 1:
        print(f"{'scenario':11} {'updates':>7} {'expected':>8} {'received':>8} {'lost':>4} {'doubled':>7} "
              f"{'apologies':>9} {'seconds':>7}")
        for r in results:
            doubled = f"{r.doubled}+{r.doubled_in_flight}" if r.name == "kill" else str(r.doubled)
            print(f"{r.name:11} {r.updates:7} {r.expected:8} {r.received:8} {r.lost:4} {doubled:>7} "
                  f"{r.apologies:9} {r.duration:7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("scenarios", nargs="*", metavar="scenario", help=f"any of {', '.join(SCENARIOS)}; default: all")
    parser.add_argument("--setup-users", type=int, default=6, help="users doing the setup check (11 updates each)")
    parser.add_argument("--question-users", type=int, default=18, help="users asking questions (5 updates each)")
    parser.add_argument("--log-dir", help="keep the workers' logs here, one folder per scenario")
    args = parser.parse_args()
    unknown = [name for name in args.scenarios if name not in SCENARIOS]
    if unknown:
        parser.error(f"unknown scenario {', '.join(unknown)}: choose from {', '.join(SCENARIOS)}")
    asyncio.run(run(args.scenarios or list(SCENARIOS), args))


if __name__ == "__main__":
    main()
