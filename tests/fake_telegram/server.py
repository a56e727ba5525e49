"""A fake Telegram Bot API server speaking real HTTP, so end-to-end tests run the real PTB Application.

See the package docstring (tests/fake_telegram/__init__.py) for the test-facing API.
Run standalone for benchmarks: `python -m tests.fake_telegram --port 8081 --token 123:abc`
(`python -m tests.fake_telegram.server` works too, with a harmless runpy warning).
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import contextlib
import json
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from aiohttp import web

from tests.fake_telegram.actors import ChannelHandle, GroupHandle, UserHandle
from tests.fake_telegram.control import control
from tests.fake_telegram.faults import FaultSlot, default_description
from tests.fake_telegram.formatting import EntityParseError, visible_text
from tests.fake_telegram.messages import StoredMessage, unique_id
from tests.fake_telegram.objects import JSON, Chat, ChatType, Keyboard, Person, bot_me, parse_reply_markup
from tests.fake_telegram.records import (
    BotMessage,
    Call,
    CallbackAnswer,
    Command,
    Fault,
    Injected,
    Upload,
    WebhookDelivery,
)
from tests.fake_telegram.webhook import Webhook, post_update
from tests.fake_telegram.wire import DecodedRequest, FilePart, decode_request, error, ok

DEFAULT_TOKEN = "123456789:TEST-fake-telegram-token"

# Update types delivered when allowed_updates is empty, as documented for getUpdates.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
# Methods that put something in a chat; a blocked user makes all of them fail with 403.
_CHAT_SEND_METHODS = frozenset(
    {
        "sendmessage",
        "senddocument",
        "sendphoto",
        "sendchataction",
        "editmessagetext",
        "editmessagereplymarkup",
        "editmessagecaption",
        "copymessage",
        "forwardmessage",
        "sendsticker",
        "sendmediagroup",
    }
)
_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_MAX_TEXT = 4096
_MAX_CAPTION = 1024
_MAX_CALLBACK_DATA = 64


class ApiError(Exception):
    """Raised by a method to answer `{"ok": false, ...}` with this code and description."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after


Handler = Callable[[DecodedRequest], Awaitable[Any]]


class FakeTelegram:
    """The fake server and everything a test needs to drive it and read what the bot did."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        bot_first_name: str = "Hip Thrust Coach",
        bot_username: str = "hip_thrust_coach_bot",
        webhook_retry_delays: tuple[float, ...] = (0.05, 0.1, 0.2),
    ) -> None:
        self.token = token
        self.host = host
        self.port = port
        bot_id = token.split(":", 1)[0]
        self.bot = Person(
            id=int(bot_id) if bot_id.isdigit() else 123456789,
            first_name=bot_first_name,
            username=bot_username,
            is_bot=True,
        )
        self.webhook_retry_delays = webhook_retry_delays
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._closing = asyncio.Event()
        self._pulse = asyncio.Event()
        self._chats: dict[int, Chat] = {}
        self._people: dict[int, Person] = {}
        self._blocked: set[int] = set()
        self._updates: list[JSON] = []
        self._next_update_id = 10_000
        self._allowed_updates: list[str] = []
        self._last_message_id: dict[int, int] = {}
        self._messages: dict[tuple[int, int], StoredMessage] = {}
        self._user_messages: dict[tuple[int, int], JSON] = {}
        self._events: list[BotMessage] = []
        # Per chat, so a waiter wakes and looks only when its own chat changed: with a thousand users waiting,
        # one global wake-up per message made the load generator the machine's busiest process.
        self._chat_events: dict[int, list[BotMessage]] = {}
        self._chat_pulses: dict[int, asyncio.Event] = {}
        self._cursors: dict[int, int] = {}
        self._calls: list[Call] = []
        self._faults: list[FaultSlot] = []
        self._open_queries: set[str] = set()
        self._next_query_id = 1
        self._answers: list[CallbackAnswer] = []
        self._commands: dict[tuple[str, str], tuple[Command, ...]] = {}
        self._files: dict[str, Upload] = {}
        self._next_file_id = 1
        self._webhook: Webhook | None = None
        self._deliveries: list[WebhookDelivery] = []
        self._methods: dict[str, Handler] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "editmessagecaption": self._edit_message_caption,
            "deletemessage": self._delete_message,
            "answercallbackquery": self._answer_callback_query,
            "sendchataction": self._send_chat_action,
            "senddocument": self._send_document,
            "sendphoto": self._send_photo,
            "getfile": self._get_file,
            "getchat": self._get_chat,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "close": self._true,
            "logout": self._true,
        }

    # ---- life cycle -------------------------------------------------------------------------

    @classmethod
    async def start(cls, token: str = DEFAULT_TOKEN, **options: Any) -> FakeTelegram:
        tg = cls(token, **options)
        await tg.serve()
        return tg

    async def serve(self) -> None:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        assert isinstance(server, asyncio.base_events.Server)
        self.port = server.sockets[0].getsockname()[1]
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5))

    async def stop(self) -> None:
        self._closing.set()
        self._notify()
        if self._webhook is not None and self._webhook.task is not None:
            self._webhook.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._webhook.task
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeTelegram:
        await self.serve()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """For `Bot(token, base_url=...)` / `ApplicationBuilder().base_url(...)`."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    # ---- people and chats -------------------------------------------------------------------

    def user(
        self,
        user_id: int,
        first_name: str = "Alex",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> UserHandle:
        """A private-chat user (chat id = user id); calling it again returns the same person."""
        person = self._people.get(user_id)
        if person is None:
            person = Person(user_id, first_name, last_name, username, language_code)
            self._people[user_id] = person
            self._chats[user_id] = Chat.private(person)
        return UserHandle(self, person)

    def group(self, chat_id: int, title: str = "Glute crew", *, supergroup: bool = True) -> GroupHandle:
        chat = Chat(chat_id, ChatType.SUPERGROUP if supergroup else ChatType.GROUP, title=title)
        self._chats[chat_id] = chat
        return GroupHandle(self, chat)

    def channel(self, chat_id: int, title: str = "Hip thrust news") -> ChannelHandle:
        chat = Chat(chat_id, ChatType.CHANNEL, title=title)
        self._chats[chat_id] = chat
        return ChannelHandle(self, chat)

    def block(self, user_id: int) -> None:
        """From now on every send to this chat fails with 403 "Forbidden: bot was blocked by the user"."""
        self._blocked.add(user_id)

    def unblock(self, user_id: int) -> None:
        self._blocked.discard(user_id)

    # ---- injecting updates (used by the handles; raw `inject` for anything else) -------------

    def new_message_id(self, chat_id: int) -> int:
        self._last_message_id[chat_id] = self._last_message_id.get(chat_id, 0) + 1
        return self._last_message_id[chat_id]

    def new_query_id(self) -> str:
        query_id = f"{self.bot.id}{self._next_query_id:08d}"
        self._next_query_id += 1
        self._open_queries.add(query_id)
        return query_id

    def remember_user_message(self, message: JSON) -> None:
        self._user_messages[(message["chat"]["id"], message["message_id"])] = message

    def user_message(self, chat_id: int, message_id: int) -> JSON:
        return self._user_messages[(chat_id, message_id)]

    def store_file(self, file_name: str, content: bytes, mime_type: str) -> Upload:
        file_id = f"FILE{self._next_file_id:06d}-{file_name}"
        self._next_file_id += 1
        upload = Upload(file_id, file_name, content, mime_type)
        self._files[file_id] = upload
        return upload

    async def inject(self, kind: str, payload: JSON) -> Injected:
        """Queue an update of type `kind` (e.g. "message", "callback_query") with the next update_id."""
        update_id = self._next_update_id
        self._next_update_id += 1
        self._updates.append({"update_id": update_id, kind: payload})
        self._notify()
        message = payload.get("message") if kind == "callback_query" else payload
        chat_id = message["chat"]["id"] if isinstance(message, dict) and "chat" in message else None
        message_id = message.get("message_id") if isinstance(message, dict) else None
        query_id = payload["id"] if kind == "callback_query" else None
        # Yield once so a webhook worker or long poll can pick the update up before the test moves on.
        await asyncio.sleep(0)
        return Injected(update_id, chat_id, message_id, query_id)

    @property
    def pending_updates(self) -> int:
        return len(self._updates)

    # ---- what the bot did -------------------------------------------------------------------

    def sent(self, chat_id: int) -> list[BotMessage]:
        """Every message the bot sent to this chat, in order, with later edits applied."""
        stored = sorted(
            (m for (cid, _), m in self._messages.items() if cid == chat_id), key=lambda m: m.message_id
        )
        return [m.snapshot(self._latest_seq(m)) for m in stored]

    def message_json(self, chat_id: int, message_id: int) -> JSON:
        return self._json(self._messages[(chat_id, message_id)])

    def _json(self, stored: StoredMessage) -> JSON:
        return stored.to_json(self.bot)

    def calls(self, method: str | None = None) -> list[Call]:
        """Every request the bot made (failed ones too), optionally only those of one method."""
        if method is None:
            return list(self._calls)
        return [c for c in self._calls if c.method.lower() == method.lower()]

    @property
    def commands(self) -> list[Command]:
        """The command menu for the default scope and no language (what most users see)."""
        return self.commands_for()

    def commands_for(self, scope: JSON | None = None, language_code: str = "") -> list[Command]:
        return list(self._commands.get((_scope_key(scope), language_code), ()))

    @property
    def callback_answers(self) -> list[CallbackAnswer]:
        return list(self._answers)

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        return list(self._deliveries)

    @property
    def webhook_url(self) -> str | None:
        return self._webhook.url if self._webhook else None

    def mark(self) -> int:
        """A point in time for `wait_for_reply(after=...)`: only later sends and edits count."""
        return len(self._events)

    async def wait_for_reply(
        self,
        chat_id: int,
        *,
        after: int | BotMessage | None = None,
        timeout: float = 10.0,
        predicate: Callable[[BotMessage], bool] | None = None,
    ) -> BotMessage:
        """The next message the bot sent or edited in this chat.

        Without `after`, each call continues where the previous call for this chat stopped, so
        consecutive calls read consecutive replies and a reply sent before the call is not missed.
        """
        if isinstance(after, BotMessage):
            start = after.seq
        elif after is not None:
            start = after
        else:
            start = self._cursors.get(chat_id, 0)
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            events = self._chat_events.get(chat_id, [])
            for event in events[bisect.bisect_right(events, start, key=lambda e: e.seq):]:
                start = event.seq
                if predicate is None or predicate(event):
                    self._cursors[chat_id] = event.seq
                    return event
            if not await self._wait_chat(chat_id, deadline):
                seen = [m.text for m in self.sent(chat_id)]
                raise TimeoutError(f"no reply in chat {chat_id} within {timeout}s; bot messages so far: {seen}")

    async def wait_for_call(self, method: str, *, count: int = 1, timeout: float = 10.0) -> Call:
        """Wait until the bot has made `count` calls of `method`; returns the latest."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            calls = self.calls(method)
            if len(calls) >= count:
                return calls[-1]
            if not await self._wait_pulse(deadline):
                raise TimeoutError(f"{method} was called {len(calls)} times, expected {count}")

    # ---- fault injection --------------------------------------------------------------------

    def fail(
        self,
        method: str,
        error_code: int = 429,
        *,
        retry_after: int = 3,
        times: int | None = 1,
        chat_id: int | None = None,
        description: str | None = None,
        delay: float = 0.0,
    ) -> Fault:
        """Make the next `times` calls of `method` ("*" = any; None times = until cleared) fail."""
        if description is None:
            description = default_description(error_code, retry_after)
        fault = Fault(
            method=method,
            error_code=error_code,
            description=description,
            retry_after=retry_after if error_code == 429 else None,
            times=times,
            chat_id=chat_id,
            delay=delay,
        )
        self._faults.append(FaultSlot(fault, times))
        return fault

    def stall(self, method: str, seconds: float, *, times: int | None = 1, chat_id: int | None = None) -> Fault:
        """Hold matching calls for `seconds` before running them normally: a client read timeout.

        Like the real API, the call still takes effect after the client gave up waiting.
        """
        fault = Fault(method, 0, "", None, times, chat_id, seconds)
        self._faults.append(FaultSlot(fault, times))
        return fault

    def clear_faults(self) -> None:
        self._faults.clear()

    # ---- HTTP plumbing ----------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        if path.startswith("/file/bot"):
            return self._download(path.removeprefix("/file/bot"))
        if path.startswith("/_fake/"):
            return await control(self, request)
        token, _, method = path.removeprefix("/bot").partition("/")
        if not path.startswith("/bot") or not method or "/" in method:
            return error(404, "Not Found")
        started = time.time()
        try:
            decoded = await decode_request(request)
        except (ValueError, json.JSONDecodeError):
            return error(400, "Bad Request: can't parse request body")
        if token != self.token:
            return self._record(method, decoded, started, error(401, "Unauthorized"))
        response = await self._dispatch(method, decoded)
        return self._record(method, decoded, started, response)

    async def _dispatch(self, method: str, decoded: DecodedRequest) -> web.Response:
        key = method.lower()
        chat_id = decoded.params.get("chat_id")
        for slot in self._faults:
            if slot.take(key, chat_id):
                fault = slot.fault
                if fault.delay:
                    await self._sleep(fault.delay)
                if fault.error_code:
                    return error(fault.error_code, fault.description, fault.retry_after)
                break
        if key in _CHAT_SEND_METHODS and chat_id in self._blocked:
            return error(403, "Forbidden: bot was blocked by the user")
        handler = self._methods.get(key)
        if handler is None:
            return error(404, "Not Found: method not found")
        try:
            return ok(await handler(decoded))
        except ApiError as exc:
            return error(exc.code, exc.description, exc.retry_after)

    def _record(self, method: str, decoded: DecodedRequest, started: float, response: web.Response) -> web.Response:
        description = None
        if response.status != 200 and isinstance(response.body, bytes):
            description = json.loads(response.body).get("description")
        params = dict(decoded.params)
        params.update({name: part.file_name for name, part in decoded.files.items()})
        self._calls.append(Call(method, params, started, response.status, description))
        self._notify()
        return response

    def _download(self, tail: str) -> web.Response:
        token, _, file_path = tail.partition("/")
        if token != self.token:
            return error(401, "Unauthorized")
        upload = self._files.get(file_path.rpartition("/")[2])
        if upload is None:
            return error(404, "Not Found")
        return web.Response(body=upload.content, content_type=upload.mime_type)

    # ---- waiting ----------------------------------------------------------------------------

    def _notify(self) -> None:
        self._pulse.set()
        self._pulse = asyncio.Event()
        if self._closing.is_set():
            for pulse in self._chat_pulses.values():
                pulse.set()

    async def _wait_chat(self, chat_id: int, deadline: float) -> bool:
        """Wait for a send or edit in this chat; False once the deadline passed (or the server is closing)."""
        remaining = deadline - asyncio.get_running_loop().time()
        if remaining <= 0 or self._closing.is_set():
            return False
        pulse = self._chat_pulses.setdefault(chat_id, asyncio.Event())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(pulse.wait(), remaining)
        return True

    async def _wait_pulse(self, deadline: float) -> bool:
        """Wait for any change; False once the deadline passed (or the server is closing)."""
        remaining = deadline - asyncio.get_running_loop().time()
        if remaining <= 0 or self._closing.is_set():
            return False
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._pulse.wait(), remaining)
        return True

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._closing.wait(), seconds)

    # ---- updates ----------------------------------------------------------------------------

    def _allowed(self, update: JSON, allowed: list[str] | None) -> bool:
        kind = next(k for k in update if k != "update_id")
        return kind in allowed if allowed else kind not in _OPT_IN_UPDATES

    async def _get_updates(self, req: DecodedRequest) -> list[JSON]:
        if self._webhook is not None:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                           "use deleteWebhook to delete the webhook first")
        offset = _int(req.params.get("offset"), 0)
        limit = max(1, min(_int(req.params.get("limit"), 100), 100))
        timeout = max(0, _int(req.params.get("timeout"), 0))
        if "allowed_updates" in req.params:
            self._allowed_updates = list(req.params["allowed_updates"] or [])
        if offset < 0:
            del self._updates[: max(0, len(self._updates) + offset)]
        elif offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        # Updates of types the bot did not ask for are never stored by Telegram, so drop them.
        self._updates = [u for u in self._updates if self._allowed(u, self._allowed_updates)]
        deadline = asyncio.get_running_loop().time() + timeout
        while not self._updates and self._webhook is None and await self._wait_pulse(deadline):
            self._updates = [u for u in self._updates if self._allowed(u, self._allowed_updates)]
        return self._updates[:limit]

    # ---- messages ---------------------------------------------------------------------------

    def _chat(self, req: DecodedRequest) -> Chat:
        chat_id = req.params.get("chat_id")
        chat = self._chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        return chat

    def _keyboard(self, req: DecodedRequest) -> Keyboard:
        try:
            keyboard = parse_reply_markup(req.params.get("reply_markup"))
        except (ValueError, KeyError, TypeError) as exc:
            raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object") from exc
        for row in keyboard.buttons:
            for button in row:
                if button.callback_data is not None and not (
                    0 < len(button.callback_data.encode()) <= _MAX_CALLBACK_DATA
                ):
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return keyboard

    def _checked_text(self, text: Any, parse_mode: str | None, *, caption: bool = False) -> str:
        if not caption and (not isinstance(text, str) or not text.strip()):
            raise ApiError(400, "Bad Request: message text is empty")
        checked = "" if text is None else str(text)
        try:
            shown = visible_text(checked, parse_mode)
        except EntityParseError as exc:
            raise ApiError(400, str(exc)) from exc
        if caption and len(shown) > _MAX_CAPTION:
            raise ApiError(400, "Bad Request: message caption is too long")
        if len(shown) > _MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        return checked

    def _record_event(self, stored: StoredMessage) -> None:
        event = stored.snapshot(len(self._events) + 1)
        self._events.append(event)
        self._chat_events.setdefault(event.chat_id, []).append(event)
        pulse = self._chat_pulses.pop(event.chat_id, None)
        if pulse is not None:
            pulse.set()
        self._notify()

    def _latest_seq(self, stored: StoredMessage) -> int:
        for event in reversed(self._events):
            if event.chat_id == stored.chat.id and event.message_id == stored.message_id:
                return event.seq
        return 0

    def _new_message(
        self, chat: Chat, raw_text: str, parse_mode: str | None, keyboard: Keyboard, upload: Upload | None = None
    ) -> StoredMessage:
        stored = StoredMessage(
            chat=chat,
            message_id=self.new_message_id(chat.id),
            date=int(time.time()),
            raw_text=raw_text,
            parse_mode=parse_mode,
            keyboard=keyboard,
            document=upload,
        )
        self._messages[(chat.id, stored.message_id)] = stored
        return stored

    async def _send_message(self, req: DecodedRequest) -> JSON:
        chat = self._chat(req)
        parse_mode = req.params.get("parse_mode")
        text = self._checked_text(req.params.get("text"), parse_mode)
        stored = self._new_message(chat, text, parse_mode, self._keyboard(req))
        self._record_event(stored)
        return self._json(stored)

    def _target(self, req: DecodedRequest, action: str) -> StoredMessage:
        """The bot message an edit or delete refers to; `action` is "edit" or "delete"."""
        chat_id = req.params.get("chat_id")
        if not isinstance(chat_id, int):
            raise ApiError(400, "Bad Request: chat not found")
        key = (chat_id, _int(req.params.get("message_id"), 0))
        stored = self._messages.get(key)
        if stored is None or stored.deleted:
            if key in self._user_messages and action == "edit":
                raise ApiError(400, "Bad Request: message can't be edited")
            raise ApiError(400, f"Bad Request: message to {action} not found")
        return stored

    def _apply_edit(self, stored: StoredMessage, raw_text: str, parse_mode: str | None, keyboard: Keyboard) -> JSON:
        unchanged = (
            visible_text(raw_text, parse_mode) == visible_text(stored.raw_text, stored.parse_mode)
            and keyboard.inline_json == stored.keyboard.inline_json
        )
        if unchanged:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message",
            )
        stored.raw_text, stored.parse_mode, stored.keyboard = raw_text, parse_mode, keyboard
        stored.edit_count += 1
        stored.edit_date = int(time.time())
        self._record_event(stored)
        return self._json(stored)

    async def _edit_message_text(self, req: DecodedRequest) -> JSON | bool:
        if "inline_message_id" in req.params:
            return True
        stored = self._target(req, "edit")
        if stored.document is not None:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        parse_mode = req.params.get("parse_mode")
        text = self._checked_text(req.params.get("text"), parse_mode)
        # Editing text without reply_markup drops the inline keyboard, as on Telegram.
        return self._apply_edit(stored, text, parse_mode, self._keyboard(req))

    async def _edit_message_caption(self, req: DecodedRequest) -> JSON | bool:
        if "inline_message_id" in req.params:
            return True
        stored = self._target(req, "edit")
        parse_mode = req.params.get("parse_mode")
        caption = self._checked_text(req.params.get("caption"), parse_mode, caption=True)
        return self._apply_edit(stored, caption, parse_mode, self._keyboard(req))

    async def _edit_message_reply_markup(self, req: DecodedRequest) -> JSON | bool:
        if "inline_message_id" in req.params:
            return True
        stored = self._target(req, "edit")
        return self._apply_edit(stored, stored.raw_text, stored.parse_mode, self._keyboard(req))

    async def _delete_message(self, req: DecodedRequest) -> bool:
        stored = self._target(req, "delete")
        stored.deleted = True
        self._record_event(stored)
        return True

    async def _answer_callback_query(self, req: DecodedRequest) -> bool:
        query_id = str(req.params.get("callback_query_id", ""))
        if query_id not in self._open_queries:
            raise ApiError(
                400, "Bad Request: query is too old and response timeout expired or query ID is invalid"
            )
        self._open_queries.discard(query_id)
        text = req.params.get("text")
        url = req.params.get("url")
        self._answers.append(
            CallbackAnswer(
                callback_query_id=query_id,
                text=text if isinstance(text, str) else None,
                show_alert=req.params.get("show_alert") is True,
                url=url if isinstance(url, str) else None,
            )
        )
        return True

    async def _send_chat_action(self, req: DecodedRequest) -> bool:
        self._chat(req)
        return True

    def _upload(self, req: DecodedRequest, field_name: str, default_mime: str) -> Upload:
        value = req.params.get(field_name)
        part: FilePart | None = req.files.get(field_name)
        if part is None and isinstance(value, str) and value.startswith("attach://"):
            part = req.files.get(value.removeprefix("attach://"))
        if part is not None:
            mime = part.mime_type if part.mime_type != "application/octet-stream" else default_mime
            return self.store_file(part.file_name, part.content, mime)
        if isinstance(value, str) and value in self._files:
            return self._files[value]
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return self.store_file(value.rstrip("/").rpartition("/")[2] or "file", b"", default_mime)
        raise ApiError(400, f"Bad Request: there is no {field_name} in the request")

    async def _send_document(self, req: DecodedRequest) -> JSON:
        return self._send_file(req, "document", "application/octet-stream", photo=False)

    async def _send_photo(self, req: DecodedRequest) -> JSON:
        return self._send_file(req, "photo", "image/jpeg", photo=True)

    def _send_file(self, req: DecodedRequest, field_name: str, mime: str, *, photo: bool) -> JSON:
        chat = self._chat(req)
        parse_mode = req.params.get("parse_mode")
        caption = self._checked_text(req.params.get("caption"), parse_mode, caption=True)
        upload = self._upload(req, field_name, mime)
        stored = self._new_message(chat, caption, parse_mode, self._keyboard(req), upload)
        stored.photo = photo
        self._record_event(stored)
        return self._json(stored)

    async def _get_file(self, req: DecodedRequest) -> JSON:
        upload = self._files.get(str(req.params.get("file_id")))
        if upload is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {
            "file_id": upload.file_id,
            "file_unique_id": unique_id(upload),
            "file_size": len(upload.content),
            "file_path": f"documents/{upload.file_id}",
        }

    async def _get_chat(self, req: DecodedRequest) -> JSON:
        return self._chat(req).to_json() | {"accent_color_id": 0, "max_reaction_count": 11}

    # ---- commands ---------------------------------------------------------------------------

    async def _set_my_commands(self, req: DecodedRequest) -> bool:
        raw = req.params.get("commands")
        if not isinstance(raw, list) or len(raw) > 100:
            raise ApiError(400, "Bad Request: commands must be a list of at most 100 commands")
        commands = []
        for item in raw:
            command = str(item.get("command", ""))
            description = str(item.get("description", ""))
            if not _COMMAND_RE.match(command):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
            commands.append(Command(command, description))
        self._commands[self._commands_key(req)] = tuple(commands)
        return True

    async def _get_my_commands(self, req: DecodedRequest) -> list[JSON]:
        found = self._commands.get(self._commands_key(req), ())
        return [{"command": c.command, "description": c.description} for c in found]

    async def _delete_my_commands(self, req: DecodedRequest) -> bool:
        self._commands.pop(self._commands_key(req), None)
        return True

    def _commands_key(self, req: DecodedRequest) -> tuple[str, str]:
        scope = req.params.get("scope")
        language = req.params.get("language_code")
        return _scope_key(scope if isinstance(scope, dict) else None), language if isinstance(language, str) else ""

    # ---- webhook ----------------------------------------------------------------------------

    async def _set_webhook(self, req: DecodedRequest) -> bool:
        url = req.params.get("url")
        if not isinstance(url, str) or not url:
            await self._drop_webhook(drop_pending=req.params.get("drop_pending_updates") is True)
            return True
        if not url.startswith(("http://", "https://")):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        secret = req.params.get("secret_token")
        if secret is not None and not (isinstance(secret, str) and _SECRET_RE.match(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        if req.params.get("drop_pending_updates") is True:
            self._updates.clear()
        allowed = req.params.get("allowed_updates")
        await self._drop_webhook(drop_pending=False)
        self._webhook = Webhook(
            url=url,
            secret_token=secret,
            allowed_updates=list(allowed) if isinstance(allowed, list) else None,
            max_connections=_int(req.params.get("max_connections"), 40),
        )
        self._webhook.task = asyncio.create_task(self._deliver_webhooks(self._webhook))
        self._notify()
        return True

    async def _delete_webhook(self, req: DecodedRequest) -> bool:
        await self._drop_webhook(drop_pending=req.params.get("drop_pending_updates") is True)
        return True

    async def _drop_webhook(self, *, drop_pending: bool) -> None:
        webhook, self._webhook = self._webhook, None
        if drop_pending:
            self._updates.clear()
        if webhook is not None and webhook.task is not None:
            webhook.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await webhook.task
        self._notify()

    async def _get_webhook_info(self, req: DecodedRequest) -> JSON:
        if self._webhook is None:
            return {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._updates)}
        return self._webhook.info(len(self._updates))

    async def _deliver_webhooks(self, webhook: Webhook) -> None:
        while not self._closing.is_set():
            if not self._updates:
                await self._wait_pulse(asyncio.get_running_loop().time() + 60)
                continue
            update = self._updates[0]
            if webhook.allowed_updates is None or self._allowed(update, webhook.allowed_updates):
                assert self._session is not None
                await post_update(self._session, webhook, update, self.webhook_retry_delays, self._delivered)
            if self._updates and self._updates[0] is update:
                self._updates.pop(0)

    def _delivered(self, delivery: WebhookDelivery) -> None:
        self._deliveries.append(delivery)
        self._notify()

    async def _get_me(self, req: DecodedRequest) -> JSON:
        return bot_me(self.bot)

    async def _true(self, req: DecodedRequest) -> bool:
        return True

    def forget_calls(self) -> None:
        """Drop recorded calls (e.g. start-up noise) so a test reads only what follows."""
        self._calls.clear()



def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _scope_key(scope: JSON | None) -> str:
    if not scope or scope.get("type") == "default":
        return "default"
    return json.dumps(scope, sort_keys=True)


async def _serve_forever(token: str, host: str, port: int) -> None:
    async with FakeTelegram(token, host=host, port=port) as tg:
        print(f"fake Telegram listening; base_url={tg.base_url}", flush=True)
        await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Run the fake Telegram Bot API server.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve_forever(args.token, args.host, args.port))


if __name__ == "__main__":
    main()
