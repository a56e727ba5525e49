"""What sits between Telegram and several webhook workers: parallel webhook delivery and a round-robin balancer.

`ParallelTelegram` is the fake Bot API with Telegram's `max_connections`: up to that many webhook POSTs in
flight at once (the base fake posts one update at a time), one chat's updates still delivered in order unless
`ordered_chats=False`. `Balancer` stands in for the production reverse proxy (Caddy, nginx): each POST goes to
the next live worker; a worker whose connection is refused is skipped (nginx's `proxy_next_upstream error`);
a worker that dies after the request went out gets a 502, because a POST that may have been handled is never
sent twice by the proxy (nginx's default for non-idempotent requests) — Telegram's redelivery covers it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web

from tests.fake_telegram.objects import JSON
from tests.fake_telegram.server import FakeTelegram
from tests.fake_telegram.webhook import Webhook, post_update

# Telegram keeps redelivering for hours; a few seconds of retries is enough for a worker to die and another to take
# the update, and keeps a test bounded.
PERSISTENT_RETRIES = (0.1, 0.25, 0.5, 1.0, 2.0, 3.0)


def _chat_of(update: JSON) -> int | None:
    for kind, payload in update.items():
        if kind == "update_id" or not isinstance(payload, dict):
            continue
        message = payload.get("message") if kind == "callback_query" else payload
        if isinstance(message, dict) and isinstance(message.get("chat"), dict):
            chat_id = message["chat"].get("id")
            return chat_id if isinstance(chat_id, int) else None
    return None


class ParallelTelegram(FakeTelegram):
    """The fake Bot API delivering webhooks over up to `max_connections` connections, as Telegram does."""

    def __init__(self, *args: Any, ordered_chats: bool = True, **options: Any) -> None:
        options.setdefault("webhook_retry_delays", PERSISTENT_RETRIES)
        super().__init__(*args, **options)
        self.ordered_chats = ordered_chats
        self._posting: set[asyncio.Task[None]] = set()

    async def stop(self) -> None:
        for task in list(self._posting):
            task.cancel()
        await asyncio.gather(*self._posting, return_exceptions=True)
        await super().stop()

    async def _deliver_webhooks(self, webhook: Webhook) -> None:
        slots = asyncio.Semaphore(max(1, webhook.max_connections))
        busy_chats: set[int] = set()

        async def deliver(update: JSON, chat_id: int | None) -> None:
            try:
                assert self._session is not None
                await post_update(self._session, webhook, update, self.webhook_retry_delays, self._delivered)
            finally:
                slots.release()
                if chat_id is not None:
                    busy_chats.discard(chat_id)
                self._notify()

        while not self._closing.is_set():
            chosen = next(
                (
                    u
                    for u in self._updates
                    if not (self.ordered_chats and _chat_of(u) in busy_chats)
                ),
                None,
            )
            if chosen is None:
                await self._wait_pulse(asyncio.get_running_loop().time() + 60)
                continue
            self._updates.remove(chosen)
            if webhook.allowed_updates is not None and not self._allowed(chosen, webhook.allowed_updates):
                continue
            await slots.acquire()
            chat_id = _chat_of(chosen)
            if self.ordered_chats and chat_id is not None:
                busy_chats.add(chat_id)
            task = asyncio.create_task(deliver(chosen, chat_id))
            self._posting.add(task)
            task.add_done_callback(self._posting.discard)


@dataclass(frozen=True)
class Forward:
    """One POST the balancer passed on: which update, to which worker, and how it ended (0: connection lost)."""

    update_id: int | None
    upstream: str
    status: int
    started: float
    finished: float


class Balancer:
    """A round-robin reverse proxy in front of webhook workers (`upstreams` are base URLs like http://127.0.0.1:N)."""

    def __init__(
        self,
        upstreams: list[str],
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        fail_timeout: float = 10.0,
        read_timeout: float = 60.0,
    ) -> None:
        self.upstreams = list(upstreams)
        self.host = host
        self.port = port
        self.fail_timeout = fail_timeout  # like nginx's fail_timeout: a refused worker is skipped this long
        self.read_timeout = read_timeout
        self.forwards: list[Forward] = []
        self._down_until: dict[str, float] = {}
        self._in_flight: dict[str, set[int]] = {u: set() for u in self.upstreams}
        self._next = 0
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def in_flight(self, upstream: str) -> set[int]:
        """Update ids posted to this worker and not yet answered (what a kill right now would interrupt)."""
        return set(self._in_flight.get(upstream, ()))

    async def __aenter__(self) -> Balancer:
        app = web.Application(client_max_size=1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        assert isinstance(server, asyncio.base_events.Server)
        self.port = server.sockets[0].getsockname()[1]
        # No pool limit: Telegram's max_connections is the limit, as in production.
        connector = aiohttp.TCPConnector(limit=0)
        self._session = aiohttp.ClientSession(
            connector=connector, timeout=aiohttp.ClientTimeout(total=self.read_timeout)
        )
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def _rotation(self) -> list[str]:
        start = self._next % len(self.upstreams)
        self._next += 1
        ordered = self.upstreams[start:] + self.upstreams[:start]
        now = time.monotonic()
        live = [u for u in ordered if self._down_until.get(u, 0.0) <= now]
        return live or ordered  # all marked down: try them anyway, as nginx does

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._session is not None
        body = await request.read()
        update_id = _update_id(body)
        headers = {k: v for k, v in request.headers.items() if k.lower() not in {"host", "content-length"}}
        for upstream in self._rotation():
            started = time.monotonic()
            if update_id is not None:
                self._in_flight[upstream].add(update_id)
            try:
                async with self._session.request(
                    request.method, upstream + request.path_qs, data=body, headers=headers
                ) as response:
                    payload = await response.read()
                    status = response.status
            except aiohttp.ClientConnectorError:
                self._down_until[upstream] = time.monotonic() + self.fail_timeout
                self._record(update_id, upstream, 0, started)
                continue  # nothing was sent: safe to try the next worker
            except (aiohttp.ClientError, TimeoutError):
                self._record(update_id, upstream, 0, started)
                return web.Response(status=502, text="upstream connection lost")
            self._record(update_id, upstream, status, started)
            return web.Response(status=status, body=payload, content_type=response.content_type)
        return web.Response(status=502, text="no live upstream")

    def _record(self, update_id: int | None, upstream: str, status: int, started: float) -> None:
        if update_id is not None:
            self._in_flight[upstream].discard(update_id)
        self.forwards.append(Forward(update_id, upstream, status, started, time.monotonic()))


def _update_id(body: bytes) -> int | None:
    with contextlib.suppress(ValueError, UnicodeDecodeError):
        data = json.loads(body)
        if isinstance(data, dict) and isinstance(data.get("update_id"), int):
            return int(data["update_id"])
    return None
