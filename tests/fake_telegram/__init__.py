"""A fake Telegram Bot API server for end-to-end tests of the real python-telegram-bot Application.

It speaks real HTTP on 127.0.0.1 (a free port), so PTB runs unmodified with `base_url=tg.base_url`.

Starting it (pytest-asyncio, session loop)::

    async with FakeTelegram(token=TOKEN) as tg:          # or: tg = await FakeTelegram.start(TOKEN) ... await tg.stop()
        app = ApplicationBuilder().token(TOKEN).base_url(tg.base_url).base_file_url(tg.base_file_url).build()

Standalone (benchmarks): `python -m tests.fake_telegram --port 8081 --token 123:abc`; another process
drives it through `POST /_fake/users/{id}/send {"text": ...}`, `POST /_fake/users/{id}/press {"data": ...}`,
`GET /_fake/sent/{chat_id}` and `GET /_fake/calls`.

Playing users (every injection is async and returns an `Injected(update_id, chat_id, message_id, ...)`)::

    alex = tg.user(42, "Alex", language_code="en")       # private chat, chat id = user id
    await alex.send("/start")                            # commands carry a bot_command entity
    await alex.press("flow:pain:yes")                    # on the latest bot message offering that data
    await alex.press("flow:pain:yes", message=reply)     # ... or on a given BotMessage / message_id
    await alex.edit(sent, "new text"); await alex.send_sticker(); await alex.send_photo(caption=...)
    await alex.send_document("log.csv", b"..."); await alex.send_location(52.5, 13.4)
    group = tg.group(-100123, "Glute crew"); await group.send(alex, "hi all")
    channel = tg.channel(-100999); await channel.post("news")
    await tg.inject("my_chat_member", {...})            # any other raw update

Reading what the bot did::

    reply = await tg.wait_for_reply(42, timeout=10, predicate=lambda m: "hip" in m.text)
    # -> BotMessage(text (markup removed), raw_text, parse_mode, buttons ((Button(text, callback_data), ...), ...),
    #               reply_keyboard, keyboard_removed, document (Upload with content bytes), edit_count, deleted,
    #               seq, message_id); consecutive calls return consecutive sends/edits; after=tg.mark() or
    #               after=<BotMessage> starts later.
    tg.sent(42)                 # every bot message in the chat, edits applied
    tg.calls("sendMessage")     # Call(method, params (decoded), time, status, description), failed ones too
    await tg.wait_for_call("answerCallbackQuery")
    tg.commands                 # [Command(command, description)] from setMyCommands (default scope)
    tg.callback_answers         # [CallbackAnswer(callback_query_id, text, show_alert, url)]
    tg.webhook_deliveries       # [WebhookDelivery(update_id, attempt, status, secret_token)]

Faults::

    tg.fail("sendMessage", 429, retry_after=3, times=2)  # -> telegram.error.RetryAfter
    tg.fail("sendMessage", 403, chat_id=42)               # "Forbidden: bot was blocked by the user"
    tg.fail("*", 502, times=None); tg.clear_faults()     # NetworkError until cleared
    tg.stall("sendMessage", 2.0)                         # held past the client's read timeout, then applied
    tg.block(42)                                         # every send to chat 42 -> 403 until tg.unblock(42)

Like Telegram: getUpdates honours offset (confirming older updates), limit, long-poll timeout and
allowed_updates; update ids only grow; setWebhook makes injected updates POST to the URL with
X-Telegram-Bot-Api-Secret-Token (bounded retries on non-200) and getUpdates answer 409; sends to unknown chats
answer 400 "chat not found" (create the user first); bad HTML/MarkdownV2, empty or too long text, callback_data
over 64 bytes and edits that change nothing answer 400 with Telegram's wording; editMessageText without
reply_markup drops the inline keyboard; a callback query can be answered once.
"""

from tests.fake_telegram.actors import ChannelHandle, GroupHandle, UserHandle
from tests.fake_telegram.records import (
    BotMessage,
    Button,
    Call,
    CallbackAnswer,
    Command,
    Fault,
    Injected,
    Upload,
    WebhookDelivery,
)
from tests.fake_telegram.server import DEFAULT_TOKEN, FakeTelegram

__all__ = [
    "DEFAULT_TOKEN",
    "BotMessage",
    "Button",
    "Call",
    "CallbackAnswer",
    "ChannelHandle",
    "Command",
    "FakeTelegram",
    "Fault",
    "GroupHandle",
    "Injected",
    "Upload",
    "UserHandle",
    "WebhookDelivery",
]
