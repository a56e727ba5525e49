"""A small JSON API on the fake server so a bot or benchmark in another process can drive it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from tests.fake_telegram.objects import JSON
from tests.fake_telegram.wire import error

if TYPE_CHECKING:
    from tests.fake_telegram.server import FakeTelegram


async def control(tg: FakeTelegram, request: web.Request) -> web.Response:
    """POST /_fake/users/{id}/send {"text"}, POST /_fake/users/{id}/press {"data"},
    GET /_fake/sent/{chat_id}, GET /_fake/calls (counts per method)."""
    parts = request.path.strip("/").split("/")
    body: JSON = await request.json() if request.can_read_body else {}
    match parts:
        case ["_fake", "users", user_id, "send"]:
            injected = await tg.user(int(user_id)).send(str(body["text"]))
            return web.json_response({"update_id": injected.update_id, "message_id": injected.message_id})
        case ["_fake", "users", user_id, "press"]:
            injected = await tg.user(int(user_id)).press(str(body["data"]))
            return web.json_response({"update_id": injected.update_id})
        case ["_fake", "sent", chat_id]:
            sent = [
                {"message_id": m.message_id, "text": m.text, "callback_data": list(m.callback_data)}
                for m in tg.sent(int(chat_id))
            ]
            return web.json_response(sent)
        case ["_fake", "calls"]:
            counts: dict[str, int] = {}
            for call in tg.calls():
                counts[call.method] = counts.get(call.method, 0) + 1
            return web.json_response(counts)
    return error(404, "Not Found")
