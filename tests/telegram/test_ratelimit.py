"""Per-chat pacing: a short burst to one chat goes out at once, a longer run is spread out, other chats never wait."""

from __future__ import annotations

import time
from typing import Any

from bot.telegram_app.ratelimit import CHAT_BURST, CoachRateLimiter


async def test_one_chat_is_paced_after_a_burst_and_other_chats_are_not_held_up() -> None:
    limiter = CoachRateLimiter()
    sent: list[tuple[int, float]] = []

    async def send(chat_id: int) -> bool:
        async def callback(*args: Any, **kwargs: Any) -> bool:
            sent.append((chat_id, time.monotonic()))
            return True

        result = await limiter.process_request(callback, (), {}, "sendMessage", {"chat_id": chat_id}, None)
        return bool(result)

    started = time.monotonic()
    for _ in range(CHAT_BURST + 1):
        assert await send(1)
    assert await send(2)
    times_1 = [t - started for chat, t in sent if chat == 1]
    assert max(times_1[:CHAT_BURST]) < 0.5  # the burst is not delayed
    assert times_1[CHAT_BURST] >= 0.8  # the next message to the same chat waits about a second
    other = next(t for chat, t in sent if chat == 2)
    assert other - sent[CHAT_BURST][1] < 0.5  # a different chat goes straight out
