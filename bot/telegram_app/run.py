"""Running the bot: long polling (development, small deployments) or our webhook server behind HTTPS."""

from __future__ import annotations

import asyncio
import signal
from dataclasses import dataclass
from urllib.parse import urlsplit

import uvloop
from telegram import Update

from bot.settings import ConfigError, Settings
from bot.telegram_app.app import build_application
from bot.telegram_app.webhook import WebhookRoute, serve_webhook

# Edits, channel posts and the rest are ignored by design, so Telegram need not send them.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]


@dataclass(frozen=True)
class WebhookOptions:
    """Where the webhook server listens and what it tells Telegram; the same for `coach run` and the tests."""

    listen: str
    port: int
    url_path: str
    webhook_url: str
    secret_token: str

    @property
    def route(self) -> WebhookRoute:
        return WebhookRoute(self.url_path, self.secret_token)


def webhook_options(settings: Settings, url: str) -> WebhookOptions:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise ConfigError("--webhook: must be the public https:// URL Telegram will post updates to")
    if settings.telegram_webhook_secret is None or not settings.telegram_webhook_secret.get_secret_value():
        # Without the secret anyone who finds the URL could post fake updates as any user.
        raise ConfigError("TELEGRAM_WEBHOOK_SECRET: is required in webhook mode")
    return WebhookOptions(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=parts.path.strip("/"),
        webhook_url=url,
        secret_token=settings.telegram_webhook_secret.get_secret_value(),
    )


def run_polling(settings: Settings) -> None:
    build_application(settings).run_polling(allowed_updates=ALLOWED_UPDATES)


def run_webhook(settings: Settings, url: str) -> None:
    options = webhook_options(settings, url)
    # uvloop's event loop does the webhook's and the database's socket work in C: less CPU per update.
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(_serve_until_signalled(settings, options))


async def _serve_until_signalled(settings: Settings, options: WebhookOptions) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)  # graceful: updates in flight are finished first
    await serve_webhook(
        build_application(settings),
        options.route,
        listen=options.listen,
        port=options.port,
        webhook_url=options.webhook_url,
        allowed_updates=ALLOWED_UPDATES,
        stop=stop,
    )
