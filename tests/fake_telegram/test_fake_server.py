"""The fake Bot API server, driven by the real python-telegram-bot Bot and Application."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from tests.fake_telegram import Button, FakeTelegram

TOKEN = "123456789:TEST-fake-telegram-token"


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as server:
        yield server


@pytest.fixture
async def bot(tg: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=tg.base_url, base_file_url=tg.base_file_url) as real_bot:
        yield real_bot


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None and update.effective_message.text is not None
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Again", callback_data="echo:again")]])
    await update.effective_message.reply_text(f"echo: {update.effective_message.text}", reply_markup=keyboard)


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text("<b>Welcome</b> to hip thrusts", parse_mode="HTML")


async def _again(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("Once more")
    await query.edit_message_text(f"pressed {query.data}")


@pytest.fixture
async def echo_app(tg: FakeTelegram) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    app = ApplicationBuilder().token(TOKEN).base_url(tg.base_url).build()
    app.add_handler(CommandHandler("start", _start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    app.add_handler(CallbackQueryHandler(_again))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        yield app
        await app.updater.stop()
        await app.stop()


async def test_get_me_describes_the_bot(tg: FakeTelegram, bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (123456789, "hip_thrust_coach_bot", True)


async def test_wrong_token_is_unauthorized(tg: FakeTelegram) -> None:
    stranger = Bot("999:wrong", base_url=tg.base_url)
    with pytest.raises(InvalidToken, match="rejected by the server"):
        await stranger.initialize()
    await stranger.shutdown()
    assert tg.calls("getMe")[-1].status == 401


async def test_unknown_method_is_not_found(tg: FakeTelegram) -> None:
    async with aiohttp.ClientSession() as session, session.post(f"{tg.base_url}{TOKEN}/sendTeleport") as r:
        body = await r.json()
    assert (r.status, body) == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
    )


async def test_message_reaches_echo_handler_and_reply_is_readable(
    tg: FakeTelegram, echo_app: Application  # type: ignore[type-arg]
) -> None:
    alex = tg.user(42, "Alex")
    await alex.send("hello coach")
    reply = await tg.wait_for_reply(42, timeout=2)
    assert reply.text == "echo: hello coach"
    assert reply.buttons == ((Button("Again", "echo:again"),),)
    assert tg.sent(42)[-1].message_id == reply.message_id


async def test_command_gets_entity_and_html_is_rendered(
    tg: FakeTelegram, echo_app: Application  # type: ignore[type-arg]
) -> None:
    await tg.user(43).send("/start")
    reply = await tg.wait_for_reply(43, timeout=2)
    assert (reply.text, reply.raw_text) == ("Welcome to hip thrusts", "<b>Welcome</b> to hip thrusts")


async def test_button_press_is_answered_and_message_edited(
    tg: FakeTelegram, echo_app: Application  # type: ignore[type-arg]
) -> None:
    sam = tg.user(44, "Sam")
    await sam.send("squat?")
    first = await sam.wait_for_reply(timeout=2)
    await sam.press("echo:again")
    edited = await sam.wait_for_reply(timeout=2)
    assert (edited.message_id, edited.text, edited.edited) == (first.message_id, "pressed echo:again", True)
    # editMessageText without reply_markup drops the keyboard, as on Telegram.
    assert edited.buttons == ()
    await tg.wait_for_call("answerCallbackQuery")
    assert [a.text for a in tg.callback_answers] == ["Once more"]
    assert tg.calls("editMessageText")[-1].ok


async def test_offset_confirms_updates_and_ids_only_grow(tg: FakeTelegram, bot: Bot) -> None:
    alex = tg.user(45)
    first = await alex.send("one")
    second = await alex.send("two")
    assert second.update_id > first.update_id
    updates = await bot.get_updates()
    assert [u.message.text for u in updates if u.message] == ["one", "two"]
    remaining = await bot.get_updates(offset=second.update_id)
    assert [u.update_id for u in remaining] == [second.update_id]
    assert await bot.get_updates(offset=second.update_id + 1) == ()
    assert tg.pending_updates == 0


async def test_long_poll_returns_when_an_update_arrives(tg: FakeTelegram, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    assert not poll.done()
    await tg.user(46).send("wake up")
    updates = await asyncio.wait_for(poll, 1)
    assert [u.message.text for u in updates if u.message] == ["wake up"]


async def test_long_poll_times_out_empty(tg: FakeTelegram, bot: Bot) -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 < loop.time() - started < 1.5


async def test_allowed_updates_filters_kinds(tg: FakeTelegram, bot: Bot) -> None:
    user = tg.user(47)
    await user.send("text")
    await bot.send_message(47, "pick", reply_markup=InlineKeyboardMarkup.from_button(
        InlineKeyboardButton("Yes", callback_data="yes")))
    await user.press("yes")
    updates = await bot.get_updates(allowed_updates=["callback_query"])
    assert [u.callback_query.data for u in updates if u.callback_query] == ["yes"]
    assert all(u.message is None for u in updates)


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_rate_limit_surfaces_as_retry_after(tg: FakeTelegram, bot: Bot) -> None:
    tg.user(48)
    tg.fail("sendMessage", 429, retry_after=3)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(48, "too fast")
    assert caught.value.retry_after == 3
    sent = await bot.send_message(48, "later")
    assert sent.text == "later"
    assert [c.status for c in tg.calls("sendMessage")] == [429, 200]


async def test_blocked_user_is_forbidden(tg: FakeTelegram, bot: Bot) -> None:
    tg.user(49)
    tg.block(49)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(49, "hi")
    assert tg.sent(49) == []


async def test_fault_scoped_to_one_chat(tg: FakeTelegram, bot: Bot) -> None:
    tg.user(50)
    tg.user(51)
    tg.fail("sendMessage", 403, chat_id=50, times=None)
    assert (await bot.send_message(51, "fine")).text == "fine"
    with pytest.raises(Forbidden):
        await bot.send_message(50, "nope")


async def test_server_errors_are_network_errors(tg: FakeTelegram, bot: Bot) -> None:
    tg.user(52)
    tg.fail("sendMessage", 500)
    tg.fail("sendMessage", 502)
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(52, "a")
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(52, "b")


async def test_bad_requests_use_telegram_wording(tg: FakeTelegram, bot: Bot) -> None:
    tg.user(53)
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(777, "who?")
    with pytest.raises(BadRequest, match="Can't parse entities"):
        await bot.send_message(53, "1 < 2", parse_mode="HTML")
    with pytest.raises(BadRequest, match="is reserved and must be escaped"):
        await bot.send_message(53, "Done.", parse_mode="MarkdownV2")
    too_long = InlineKeyboardMarkup.from_button(InlineKeyboardButton("x", callback_data="x" * 65))
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(53, "pick", reply_markup=too_long)
    message = await bot.send_message(53, "same")
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("same", chat_id=53, message_id=message.message_id)


async def test_stalled_call_times_out_then_lands(tg: FakeTelegram) -> None:
    tg.user(54)
    tg.stall("sendMessage", 0.5)
    request = HTTPXRequest(read_timeout=0.2)
    async with Bot(TOKEN, base_url=tg.base_url, request=request) as slow_bot:
        with pytest.raises(TimedOut):
            await slow_bot.send_message(54, "slow")
    reply = await tg.wait_for_reply(54, timeout=1)
    assert reply.text == "slow"


async def test_reply_keyboards_are_recorded(tg: FakeTelegram, bot: Bot) -> None:
    tg.user(55)
    await bot.send_message(55, "How heavy?", reply_markup={"keyboard": [["40 kg", "60 kg"]]})  # type: ignore[arg-type]
    await bot.send_message(55, "Noted", reply_markup=ReplyKeyboardRemove())
    asked, noted = tg.sent(55)
    assert asked.reply_keyboard == (("40 kg", "60 kg"),)
    assert noted.keyboard_removed


async def test_send_document_stores_bytes_and_serves_them(tg: FakeTelegram, bot: Bot) -> None:
    tg.user(56)
    message = await bot.send_document(56, b"week,load\n1,60\n", filename="plan.csv", caption="Your plan")
    assert message.document is not None and message.document.file_name == "plan.csv"
    stored = tg.sent(56)[-1]
    assert stored.document is not None
    assert (stored.document.content, stored.text) == (b"week,load\n1,60\n", "Your plan")
    file = await bot.get_file(message.document.file_id)
    assert bytes(await file.download_as_bytearray()) == b"week,load\n1,60\n"


async def test_commands_round_trip(tg: FakeTelegram, bot: Bot) -> None:
    await bot.set_my_commands([("start", "Begin"), ("pain", "Report back pain")])
    assert [(c.command, c.description) for c in tg.commands] == [("start", "Begin"), ("pain", "Report back pain")]
    assert [c.command for c in await bot.get_my_commands()] == ["start", "pain"]
    await bot.delete_my_commands()
    assert tg.commands == []


async def test_user_side_messages_parse_in_ptb(tg: FakeTelegram, bot: Bot) -> None:
    user = tg.user(57)
    sent = await user.send("first")
    await user.edit(sent, "second")
    await user.send_sticker()
    await user.send_photo(caption="form check")
    group = tg.group(-100500)
    await group.send(user, "/start@hip_thrust_coach_bot")
    await tg.channel(-100600).post("news")
    updates = await bot.get_updates()
    assert updates[1].edited_message is not None and updates[1].edited_message.text == "second"
    assert updates[2].message is not None and updates[2].message.sticker is not None
    assert updates[3].message is not None and updates[3].message.caption == "form check"
    group_message = updates[4].message
    assert group_message is not None and group_message.chat.type == "supergroup"
    assert group_message.entities[0].type == "bot_command"
    assert updates[5].channel_post is not None and updates[5].channel_post.text == "news"


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[str, list[tuple[str | None, dict[str, object]]], list[int]]]:
    """A tiny webhook endpoint; answers with the statuses queued in the third item, then 200."""
    received: list[tuple[str | None, dict[str, object]]] = []
    statuses: list[int] = []

    async def hook(request: web.Request) -> web.Response:
        received.append((request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json()))
        return web.Response(status=statuses.pop(0) if statuses else 200)

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    yield f"http://127.0.0.1:{port}/hook", received, statuses
    await runner.cleanup()


async def test_webhook_delivers_with_secret_and_blocks_polling(
    tg: FakeTelegram,
    bot: Bot,
    receiver: tuple[str, list[tuple[str | None, dict[str, object]]], list[int]],
) -> None:
    url, received, statuses = receiver
    statuses.append(500)
    await bot.set_webhook(url, secret_token="s3cret")
    injected = await tg.user(58).send("via webhook")
    for _ in range(100):
        if len(received) == 2:
            break
        await asyncio.sleep(0.02)
    assert [(secret, body["update_id"]) for secret, body in received] == [("s3cret", injected.update_id)] * 2
    assert [d.status for d in tg.webhook_deliveries] == [500, 200]
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    info = await bot.get_webhook_info()
    assert (info.url, info.pending_update_count) == (url, 0)
    await bot.delete_webhook()
    assert await bot.get_updates() == ()
