"""Telegram misbehaving: flood limits, server errors and failing calls never lose or duplicate a reply."""

from __future__ import annotations

import logging

import pytest

from bot.telegram_app.context import CoachApplication
from bot.telegram_app.errors import APOLOGY
from tests.fake_telegram import FakeTelegram


def help_messages(tg: FakeTelegram) -> list[str]:
    return [m.text for m in tg.sent(42) if m.text.startswith("Here's what I can do")]


async def test_a_429_storm_delays_the_reply_but_delivers_it_once(tg: FakeTelegram, running: CoachApplication) -> None:
    tg.fail("sendMessage", 429, retry_after=1, times=3)
    await tg.user(42).send("/help")
    await tg.wait_for_reply(42, timeout=15)
    assert len(help_messages(tg)) == 1
    assert [c.status for c in tg.calls("sendMessage")] == [429, 429, 429, 200]
    waited = tg.calls("sendMessage")[-1].time - tg.calls("sendMessage")[0].time
    assert waited >= 2.5  # retry_after was honoured each time, not hammered


async def test_a_server_error_is_retried_once_and_no_apology_is_sent(
    tg: FakeTelegram, running: CoachApplication
) -> None:
    tg.fail("sendMessage", 500, times=1)
    await tg.user(42).send("/help")
    await tg.wait_for_reply(42, timeout=10)
    assert len(help_messages(tg)) == 1
    assert [c.status for c in tg.calls("sendMessage")] == [500, 200]
    assert all(m.text != APOLOGY for m in tg.sent(42))


async def test_a_failing_update_gets_an_apology_and_the_log_never_shows_the_token(
    tg: FakeTelegram, running: CoachApplication, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    tg.fail("sendMessage", 400, times=1, description="Bad Request: something odd")
    await tg.user(42).send("/help")
    assert (await tg.wait_for_reply(42)).text == APOLOGY
    failures = [r for r in caplog.records if r.name == "bot.telegram_app.errors"]
    assert len(failures) == 1 and "something odd" in failures[0].getMessage().lower()
    assert tg.token not in caplog.text
    assert tg.token.split(":")[1] not in caplog.text
    # The bot keeps working after the failure.
    await tg.user(42).send("/help")
    assert (await tg.wait_for_reply(42)).text.startswith("Here's what I can do")
