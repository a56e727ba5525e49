"""The webhook server: Telegram's POSTs (secret checked, handled before the 200), /healthz, /readyz, /metrics."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from dataclasses import dataclass

from aiohttp import web
from telegram import Update

from bot.observability.metrics import CONTENT_TYPE, METRICS, Metrics
from bot.storage import db
from bot.telegram_app.context import CoachApplication

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# A 4096-character message, JSON-escaped, with entities and the message it replies to, stays far below this.
MAX_BODY = 256 * 1024
READY_TIMEOUT = 3.0  # a load balancer's probe must get an answer, not hang on a dead database
SHUTDOWN_GRACE = 30.0  # on SIGTERM, updates being handled get this long to finish before the process exits


@dataclass(frozen=True)
class WebhookRoute:
    """Where Telegram posts and the secret it must send with every post."""

    url_path: str
    secret_token: str


async def readiness(application: CoachApplication) -> str | None:
    """None when this worker can answer updates; otherwise a short reason (the details go to the log)."""
    runtime = application.bot_data.runtime
    if runtime is None or not application.running:
        return "starting: knowledge base and database not open yet"
    if not runtime.services.knowledge.passages:
        return "knowledge base is empty"
    try:
        await asyncio.wait_for(db.check(runtime.services.database), READY_TIMEOUT)
    except db.StorageError as exc:
        log.warning("not ready: %s", exc)
        return "database unreachable or not migrated"
    except TimeoutError:
        log.warning("not ready: the database did not answer within %.0fs", READY_TIMEOUT)
        return "database not answering"
    return None


def webhook_app(
    application: CoachApplication, route: WebhookRoute, *, metrics: Metrics = METRICS, max_body: int = MAX_BODY
) -> web.Application:
    """The aiohttp application; `serve_webhook` runs it, tests may run it on their own port."""
    secret = route.secret_token.encode()
    redeliver: set[int] = set()
    application.bot_data.redeliver = redeliver

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, secret):
            return web.Response(status=403, text="forbidden")
        if application.bot_data.runtime is None or not application.running:
            return web.Response(status=503, text="starting")  # not a 200: Telegram delivers it again later
        try:
            data = json.loads(await request.read())
            update = Update.de_json(data, application.bot) if isinstance(data, dict) else None
        except (ValueError, TypeError, KeyError):
            update = None
        if update is None:
            return web.Response(status=400, text="not a Telegram update")
        # Handled before answering: if this process dies mid-update, Telegram gets no 200 and delivers the update
        # again (to any worker). A handler that failed was already apologised for by the error handler, so 200;
        # one given up because the database was away was not, and is asked for again.
        await application.process_update(update)
        if update.update_id in redeliver:
            redeliver.discard(update.update_id)
            return web.Response(status=503, text="database unavailable, deliver again later")
        return web.Response(text="ok")

    async def healthz(request: web.Request) -> web.Response:
        return web.Response(text="alive")

    async def readyz(request: web.Request) -> web.Response:
        reason = await readiness(application)
        return web.Response(status=503, text=reason) if reason else web.Response(text="ready")

    async def metrics_view(request: web.Request) -> web.Response:
        return web.Response(body=metrics.exposition(), headers={"Content-Type": CONTENT_TYPE})

    app = web.Application(client_max_size=max_body)
    app.router.add_post(f"/{route.url_path}", receive)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics_view)
    return app


async def serve_webhook(
    application: CoachApplication,
    route: WebhookRoute,
    *,
    listen: str,
    port: int,
    webhook_url: str,
    allowed_updates: list[str],
    stop: asyncio.Event,
    metrics: Metrics = METRICS,
) -> None:
    """Run until `stop` is set: listen first (so /healthz answers during the slow start), open the services,
    tell Telegram where to post, then on stop finish the updates in flight before closing anything.

    The webhook is left registered on stop: other workers behind the same URL keep receiving updates.
    """
    runner = web.AppRunner(
        webhook_app(application, route, metrics=metrics), access_log=None, shutdown_timeout=SHUTDOWN_GRACE
    )
    await runner.setup()
    await web.TCPSite(runner, listen, port).start()
    server_open = True
    try:
        async with application:
            try:
                if application.post_init is not None:
                    await application.post_init(application)
                await application.start()
                await application.bot.set_webhook(
                    webhook_url, secret_token=route.secret_token, allowed_updates=allowed_updates
                )
                log.info("webhook server on %s:%d, posts to /%s", listen, port, route.url_path)
                await stop.wait()
                log.info("stopping: finishing the updates in flight")
                server_open = False
                await runner.cleanup()
            finally:
                if application.running:
                    await application.stop()
    finally:
        if server_open:
            await runner.cleanup()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
