"""Delivering updates to the bot's webhook the way Telegram does: POST, secret header, bounded retries."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import aiohttp

from tests.fake_telegram.objects import JSON
from tests.fake_telegram.records import WebhookDelivery

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@dataclass
class Webhook:
    """The webhook set by setWebhook, with the last error getWebhookInfo reports."""

    url: str
    secret_token: str | None
    allowed_updates: list[str] | None
    max_connections: int
    last_error_date: int | None = None
    last_error_message: str | None = None
    task: asyncio.Task[None] | None = field(default=None, repr=False)

    def info(self, pending_update_count: int) -> JSON:
        info: JSON = {
            "url": self.url,
            "has_custom_certificate": False,
            "pending_update_count": pending_update_count,
            "max_connections": self.max_connections,
        }
        if self.allowed_updates is not None:
            info["allowed_updates"] = self.allowed_updates
        if self.last_error_date is not None:
            info["last_error_date"] = self.last_error_date
            info["last_error_message"] = self.last_error_message
        return info


async def post_update(
    session: aiohttp.ClientSession,
    webhook: Webhook,
    update: JSON,
    retry_delays: tuple[float, ...],
    record: Callable[[WebhookDelivery], None],
) -> None:
    """POST one update; on failure retry after each of `retry_delays`, then give up on it."""
    headers = {SECRET_HEADER: webhook.secret_token} if webhook.secret_token else {}
    for attempt, delay in enumerate((*retry_delays, None), start=1):
        try:
            async with session.post(webhook.url, json=update, headers=headers) as response:
                status = response.status
                problem = f"Wrong response from the webhook: {status} {response.reason}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            status, problem = 0, f"Connection failed: {exc!r}"
        record(WebhookDelivery(update["update_id"], attempt, status, webhook.secret_token))
        if status == 200:
            return
        webhook.last_error_date, webhook.last_error_message = int(time.time()), problem
        if delay is None:
            return
        await asyncio.sleep(delay)
