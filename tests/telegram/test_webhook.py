"""Webhook mode: Telegram posts updates to the bot's own HTTP server, which checks the secret header."""

from __future__ import annotations

import socket

import aiohttp

from bot.telegram_app.run import ALLOWED_UPDATES, webhook_options
from tests.fake_telegram import FakeTelegram
from tests.telegram.conftest import WEBHOOK_SECRET, Bot, bot_settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def test_webhook_delivery_with_the_secret_is_answered_and_a_wrong_secret_is_refused(
    tg: FakeTelegram, bot: Bot
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    options = webhook_options(bot_settings(tg, bot.database_url, webhook_port=port), url)
    app = bot.build()
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        assert app.updater is not None
        await app.start()
        # The same parameters `coach run --webhook URL` hands to Application.run_webhook.
        await app.updater.start_webhook(
            listen=options.listen,
            port=options.port,
            url_path=options.url_path,
            webhook_url=options.webhook_url,
            secret_token=options.secret_token,
            allowed_updates=ALLOWED_UPDATES,
        )
        try:
            assert tg.webhook_url == url
            await tg.user(42).send("/start")
            welcome = await tg.wait_for_reply(42)
            assert "Hip Thrust Coach" in welcome.text
            assert [(d.status, d.secret_token) for d in tg.webhook_deliveries] == [(200, WEBHOOK_SECRET)]

            forged = {
                "update_id": 1,
                "message": {
                    "message_id": 1,
                    "date": 0,
                    "chat": {"id": 42, "type": "private"},
                    "from": {"id": 42, "is_bot": False, "first_name": "Eve"},
                    "text": "/forget",
                },
            }
            async with aiohttp.ClientSession() as session:
                for headers in ({"X-Telegram-Bot-Api-Secret-Token": "wrong"}, {}):
                    async with session.post(url, json=forged, headers=headers) as response:
                        assert response.status == 403
        finally:
            await app.updater.stop()
            await app.stop()
    await app.post_shutdown(app)  # type: ignore[misc]
    assert [m.text for m in tg.sent(42)] == [welcome.text]  # the forged /forget did nothing
