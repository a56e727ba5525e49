"""N real `coach run --webhook` worker processes behind the balancer, for the multi-worker test and the benchmarks."""

from __future__ import annotations

import asyncio
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from tests.fake_telegram.balancer import Balancer
from tests.fake_telegram.server import FakeTelegram

ROOT = Path(__file__).resolve().parents[2]
COACH = ROOT / ".venv" / "bin" / "coach"
WEBHOOK_SECRET = "multi-worker-webhook-secret"
WEBHOOK_PATH = "telegram"
STOP_GRACE = 15.0  # SIGTERM lets updates in flight finish; past this the worker is killed


def _die_with_parent() -> None:
    """Linux PR_SET_PDEATHSIG: a worker gets SIGKILL if the test process itself dies, so none is left behind."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGKILL)


def coach_command() -> list[str]:
    if COACH.exists():
        return [str(COACH)]
    return [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time a live process has used so far, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def rss_mb(pid: int) -> float | None:
    """Resident memory of a live process in MB, from /proc (psutil is not installed)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None


@dataclass
class Worker:
    """One `coach run --webhook` process; its JSON log goes to `log_path`."""

    name: str
    port: int
    process: subprocess.Popen[bytes]
    log_path: Path
    started: float = field(default_factory=time.monotonic)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        if self.alive:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self, grace: float = STOP_GRACE) -> int | None:
        """SIGTERM, wait, then SIGKILL; the exit code (negative: the signal that ended it)."""
        if self.alive:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        return self.process.returncode

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


def worker_env(
    tg: FakeTelegram,
    *,
    database_url: str,
    index_dir: Path,
    knowledge_dir: Path,
    port: int,
    name: str,
    redis_url: str | None,
    extra: Mapping[str, str] | None = None,
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_", "DATABASE_"))}
    env.update(
        {
            "TELEGRAM_BOT_TOKEN": tg.token,
            "TELEGRAM_API_BASE_URL": tg.base_url,
            "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET,
            "WEBHOOK_LISTEN": "127.0.0.1",
            "WEBHOOK_PORT": str(port),
            "DATABASE_URL": database_url,
            "KNOWLEDGE_DIR": str(knowledge_dir),
            "INDEX_DIR": str(index_dir),
            "WORKER_NAME": name,
            "LOG_FORMAT": "json",
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            # Several workers share two cores: one thread each keeps torch from fighting itself.
            "OMP_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
        }
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    else:
        env.pop("REDIS_URL", None)
    env.update(extra or {})
    return env


def spawn(
    command: Sequence[str], webhook_url: str, env: Mapping[str, str], name: str, port: int, log_dir: Path
) -> Worker:
    log_path = log_dir / f"{name}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [*command, "run", "--webhook", webhook_url],
            env=dict(env),
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,
        )
    return Worker(name, port, process, log_path)


async def wait_for(session: aiohttp.ClientSession, url: str, worker: Worker, timeout: float) -> float:
    """Poll `url` until it answers 200; seconds waited. Fails early if the worker exits."""
    deadline = time.monotonic() + timeout
    while True:
        if not worker.alive:
            raise RuntimeError(f"{worker.name} exited ({worker.process.returncode}):\n{worker.log_tail()}")
        try:
            async with session.get(url, timeout=aiohttp.ClientTimeout(total=2)) as response:
                if response.status == 200:
                    return time.monotonic() - worker.started
        except (aiohttp.ClientError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{worker.name}: {url} not ready within {timeout:.0f}s:\n{worker.log_tail()}")
        await asyncio.sleep(0.1)


@dataclass
class Cluster:
    """The workers, the balancer in front of them and where Telegram posts."""

    workers: list[Worker]
    balancer: Balancer
    webhook_url: str
    ready_seconds: list[float]

    def live(self) -> list[Worker]:
        return [w for w in self.workers if w.alive]


@asynccontextmanager
async def cluster(
    tg: FakeTelegram,
    *,
    count: int,
    database_url: str,
    index_dir: Path,
    knowledge_dir: Path,
    log_dir: Path,
    redis_url: str | None,
    extra_env: Mapping[str, str] | None = None,
    command: Sequence[str] | None = None,
    ready_timeout: float = 60.0,
) -> AsyncIterator[Cluster]:
    """Start `count` workers behind a balancer, wait for /readyz on each, stop them all on the way out."""
    ports = [free_port() for _ in range(count)]
    workers: list[Worker] = []
    async with Balancer([f"http://127.0.0.1:{p}" for p in ports]) as balancer:
        webhook_url = f"{balancer.url}/{WEBHOOK_PATH}"
        try:
            for n, port in enumerate(ports, start=1):
                name = f"worker{n}"
                env = worker_env(
                    tg,
                    database_url=database_url,
                    index_dir=index_dir,
                    knowledge_dir=knowledge_dir,
                    port=port,
                    name=name,
                    redis_url=redis_url,
                    extra=extra_env,
                )
                workers.append(spawn(command or coach_command(), webhook_url, env, name, port, log_dir))
            async with aiohttp.ClientSession() as session:
                ready = await asyncio.gather(
                    *(wait_for(session, f"{w.base}/readyz", w, ready_timeout) for w in workers)
                )
            # /readyz comes before setWebhook returns; the webhook must be set before updates are injected.
            for _ in range(100):
                if tg.webhook_url == webhook_url:
                    break
                await asyncio.sleep(0.05)
            yield Cluster(workers, balancer, webhook_url, list(ready))
        finally:
            # SIGTERM all first, so the graceful shutdowns overlap, then wait on each.
            for worker in workers:
                if worker.alive:
                    worker.process.send_signal(signal.SIGTERM)
            for worker in workers:
                await asyncio.to_thread(worker.stop)
