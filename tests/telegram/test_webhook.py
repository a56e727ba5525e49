"""Webhook mode on our own server: the secret header, handling before the 200, health, readiness and metrics."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

from bot.observability.logs import configure_logging, user_hash
from bot.observability.metrics import Metrics
from bot.storage.db import make_engine
from bot.telegram_app.context import CoachApplication, Runtime
from bot.telegram_app.run import ALLOWED_UPDATES, webhook_options
from bot.telegram_app.webhook import serve_webhook
from tests.fake_telegram import FakeTelegram
from tests.telegram.conftest import WEBHOOK_SECRET, Bot, bot_settings

UNREACHABLE_DATABASE = "postgresql+asyncpg://postgres@127.0.0.1:9/coach"  # the discard port: nothing answers


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Served:
    app: CoachApplication
    base: str  # http://127.0.0.1:<port>
    url: str  # the webhook URL given to Telegram
    metrics: Metrics


@asynccontextmanager
async def served(tg: FakeTelegram, bot: Bot) -> AsyncIterator[Served]:
    """The bot as `coach run --webhook URL` runs it, on a free port, stopped the way SIGTERM stops it."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    options = webhook_options(bot_settings(tg, bot.database_url, webhook_port=port), url)
    metrics = Metrics()
    app = bot.build(metrics=metrics)
    stop = asyncio.Event()
    server = asyncio.create_task(
        serve_webhook(
            app,
            options.route,
            listen=options.listen,
            port=options.port,
            webhook_url=options.webhook_url,
            allowed_updates=ALLOWED_UPDATES,
            stop=stop,
            metrics=metrics,
        )
    )
    try:
        for _ in range(200):
            if tg.webhook_url == url or server.done():
                break
            await asyncio.sleep(0.05)
        assert tg.webhook_url == url, "the server did not register its webhook"
        yield Served(app, f"http://127.0.0.1:{port}", url, metrics)
    finally:
        stop.set()
        await server


def sample(metrics_text: str, name: str, **labels: str) -> float:
    for family in text_string_to_metric_families(metrics_text):
        for found in family.samples:
            if found.name == name and all(found.labels.get(k) == v for k, v in labels.items()):
                return float(found.value)
    return 0.0


async def delivered(tg: FakeTelegram, count: int) -> None:
    """Telegram records a delivery when our 200 arrives, which is after the reply was sent."""
    for _ in range(200):
        if len(tg.webhook_deliveries) >= count:
            return
        await asyncio.sleep(0.01)


async def get(session: aiohttp.ClientSession, url: str) -> tuple[int, str]:
    async with session.get(url) as response:
        return response.status, await response.text()


FORGED = {
    "update_id": 1,
    "message": {
        "message_id": 1,
        "date": 0,
        "chat": {"id": 42, "type": "private"},
        "from": {"id": 42, "is_bot": False, "first_name": "Eve"},
        "text": "/forget",
    },
}


async def test_delivery_with_the_secret_is_answered_and_a_wrong_or_missing_secret_is_refused(
    tg: FakeTelegram, bot: Bot
) -> None:
    async with served(tg, bot) as server, aiohttp.ClientSession() as session:
        await tg.user(42).send("/start")
        welcome = await tg.wait_for_reply(42)
        assert "Hip Thrust Coach" in welcome.text
        await delivered(tg, 1)
        assert [(d.status, d.secret_token) for d in tg.webhook_deliveries] == [(200, WEBHOOK_SECRET)]

        for headers in ({"X-Telegram-Bot-Api-Secret-Token": "wrong"}, {}):
            async with session.post(server.url, json=FORGED, headers=headers) as response:
                assert response.status == 403
        async with session.post(f"{server.base}/elsewhere", json=FORGED) as response:
            assert response.status == 404
        async with session.post(
            server.url, data=b"x" * 300_000, headers={"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
        ) as response:
            assert response.status == 413
        updates = sample((await get(session, f"{server.base}/metrics"))[1], "coach_updates_total", kind="command")
    assert [m.text for m in tg.sent(42)] == [welcome.text]  # the forged /forget did nothing
    assert updates == 1


async def test_the_reply_is_sent_before_telegram_gets_its_200(tg: FakeTelegram, bot: Bot) -> None:
    async with served(tg, bot):
        tg.stall("sendMessage", 0.5)  # a slow reply: the delivery must wait for it
        await tg.user(42).send("/help")
        await delivered(tg, 1)
        # At the moment Telegram has its 200, the user already has the answer: a crash could not lose it.
        assert [d.status for d in tg.webhook_deliveries] == [200]
        assert [m.text[:20] for m in tg.sent(42)] == ["Here's what I can do"]


async def test_health_readiness_and_metrics(tg: FakeTelegram, bot: Bot) -> None:
    async with served(tg, bot) as server, aiohttp.ClientSession() as session:
        assert await get(session, f"{server.base}/healthz") == (200, "alive")
        assert await get(session, f"{server.base}/readyz") == (200, "ready")
        before = (await get(session, f"{server.base}/metrics"))[1]
        assert sample(before, "coach_questions_total", result="answered") == 0

        alex = tg.user(42)
        await alex.send("how high should the bench be?")
        answer = await tg.wait_for_reply(42)
        await alex.send("what is the capital of France?")
        fallback = await tg.wait_for_reply(42, after=answer)
        # The update is counted when its handler returns, a moment after its reply reached Telegram.
        for _ in range(50):
            status, after = await get(session, f"{server.base}/metrics")
            if sample(after, "coach_update_handling_seconds_count", kind="text") == 2:
                break
            await asyncio.sleep(0.05)

        assert status == 200 and "shoulder blade" in answer.text and fallback.text != answer.text
        assert sample(after, "coach_updates_total", kind="text") == 2
        assert sample(after, "coach_questions_total", result="answered") == 1
        assert sample(after, "coach_questions_total", result="fallback") == 1
        assert sample(after, "coach_update_handling_seconds_count", kind="text") == 2

        # The database goes away under a running worker: it stays alive but asks not to get traffic.
        runtime = server.app.bot_data.runtime
        assert runtime is not None
        unreachable = replace(runtime.services, database=make_engine(UNREACHABLE_DATABASE))
        server.app.bot_data.runtime = Runtime(unreachable, runtime.dispatcher)
        try:
            status, reason = await get(session, f"{server.base}/readyz")
            assert status == 503 and "database" in reason
            assert (await get(session, f"{server.base}/healthz"))[0] == 200
        finally:
            server.app.bot_data.runtime = runtime
            await unreachable.database.dispose()


async def test_each_update_logs_one_json_line_with_a_hashed_user_and_no_token_or_text(
    tg: FakeTelegram, bot: Bot
) -> None:
    stream = io.StringIO()
    handler = configure_logging(bot_settings(tg, bot.database_url), stream)
    try:
        async with served(tg, bot):
            await tg.user(42).send("my secret question about bench height")
            await tg.wait_for_reply(42)
            await tg.user(42).send("/help")
            await tg.wait_for_reply(42)
            await asyncio.sleep(0.1)
    finally:
        logging.getLogger().removeHandler(handler)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    handled = [line for line in lines if line["message"] == "update handled"]
    assert [line["handler"] for line in handled] == ["on_text", "on_command"]
    assert all(isinstance(line["update_id"], int) and line["duration_ms"] >= 0 for line in handled)
    assert {line["user"] for line in handled} == {user_hash(42, tg.token)}
    assert all({"time", "level", "logger", "message"} <= line.keys() for line in lines)
    raw = stream.getvalue()
    assert "secret question" not in raw and tg.token not in raw and tg.token.split(":")[1] not in raw
    assert '"user": 42' not in raw
