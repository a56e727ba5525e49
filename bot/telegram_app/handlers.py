"""Thin handlers: a Telegram update becomes an engine Event; the engine's Outcome becomes Telegram calls."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from telegram import CallbackQuery, Update
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, TypeHandler, filters

from bot.engine.events import Event, EventKind, Outcome
from bot.observability.metrics import UpdateKind
from bot.telegram_app.context import CoachContext
from bot.telegram_app.observed import observed
from bot.telegram_app.render import acknowledged_text, send_reply

log = logging.getLogger(__name__)

TYPING_AFTER = 1.0  # seconds without an answer before "typing…" is shown
TYPING_SHOWN = 4.5  # Telegram shows it for 5 s; renewed while still busy

ONLY_TEXT = "I can only read text messages — ask me a question or try /help"
_COMMAND = re.compile(r"^/(?P<name>[A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+(?P<args>.*))?$", re.S)


@dataclass(frozen=True)
class Command:
    name: str
    description: str


COMMANDS = (
    Command("start", "Welcome and main menu"),
    Command("help", "What I can do"),
    Command("setup", "Check your setup step by step"),
    Command("pain", "Something hurts: what to do"),
    Command("cues", "Your pre-workout cue card"),
    Command("remind", "Cue reminders on workout days"),
    Command("reminders", "See, pause or delete reminders"),
    Command("settings", "Time zone and units"),
    Command("mydata", "Everything I store about you"),
    Command("forget", "Delete your data"),
    Command("cancel", "Leave the current check"),
)

# Only new messages in private chats: edits, groups and channels are ignored by design.
PRIVATE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE


def command_event(user_id: int, chat_id: int, text: str, update_id: int | None = None) -> Event:
    match = _COMMAND.match(text.strip())
    if match is None:  # a bot_command entity not at the start; treat the message as words
        return Event(user_id, EventKind.TEXT, text=text, chat_id=chat_id, update_id=update_id)
    args = (match["args"] or "").strip()
    return Event(
        user_id, EventKind.COMMAND, text=args, command=match["name"].lower(), chat_id=chat_id, update_id=update_id
    )


@observed(UpdateKind.COMMAND)
async def on_command(update: Update, context: CoachContext) -> Outcome | None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or message.text is None:
        return None
    outcome = await context.coach.handle(command_event(user.id, message.chat_id, message.text, update.update_id))
    await deliver(context, message.chat_id, update.update_id, outcome)
    return outcome


@observed(UpdateKind.TEXT)
async def on_text(update: Update, context: CoachContext) -> Outcome | None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or message.text is None:
        return None
    # The whole text, up to Telegram's 4096 characters: nothing is cut here.
    event = Event(user.id, EventKind.TEXT, text=message.text, chat_id=message.chat_id, update_id=update.update_id)
    async with typing_while_slow(context, message.chat_id):
        outcome = await context.coach.handle(event)
    await deliver(context, message.chat_id, update.update_id, outcome)
    return outcome


async def deliver(context: CoachContext, chat_id: int, update_id: int, outcome: Outcome) -> None:
    """Send the replies one by one, confirming each, so a redelivery of this update sends only what is left."""
    replies = outcome.replies
    if not replies:
        return
    async with context.coach.sending(update_id):
        for sent, reply in enumerate(replies, start=1):
            await send_reply(context.bot, chat_id, reply)
            await context.coach.delivered(update_id, replies[sent:])


async def answer_query(query: CallbackQuery) -> None:
    """Stops the button's spinner, best effort: the tap itself must be applied whatever happens to this call.

    A redelivered tap (its worker died) was answered already, which Telegram refuses as "query is too old"; a 5xx
    that outlasted the retries only leaves the spinner turning for a few seconds.
    """
    try:
        await query.answer()
    except BadRequest as exc:
        text = exc.message.lower()
        if "query is too old" not in text and "query id is invalid" not in text:
            log.warning("answerCallbackQuery refused: %s", exc.message)
    except Forbidden:
        raise  # the user blocked the bot: nothing more to send them
    except TelegramError as exc:
        log.warning("answerCallbackQuery failed (%s); applying the tap anyway", type(exc).__name__)


@observed(UpdateKind.CHOICE)
async def on_choice(update: Update, context: CoachContext) -> Outcome | None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return None
    await answer_query(query)
    chat_id = query.message.chat.id if query.message is not None else user.id
    event = Event(user.id, EventKind.CHOICE, data=query.data or "", chat_id=chat_id, update_id=update.update_id)
    outcome = await context.coach.handle(event)
    await tidy_pressed(update, outcome.acknowledged)
    await deliver(context, chat_id, update.update_id, outcome)
    return outcome


@observed(UpdateKind.OTHER)
async def on_other_message(update: Update, context: CoachContext) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text(ONLY_TEXT)


@observed(UpdateKind.OTHER)
async def on_ignored(update: Update, context: CoachContext) -> None:
    """Groups, edits and update kinds we do not handle: counted and logged, never answered."""


async def show_typing(context: CoachContext, chat_id: int) -> None:
    try:
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
    except TelegramError as exc:  # a courtesy only: the answer matters, not the indicator
        log.debug("typing indicator failed: %s", type(exc).__name__)


@asynccontextmanager
async def typing_while_slow(context: CoachContext, chat_id: int) -> AsyncIterator[None]:
    """"typing…" only when the answer is slow to come: most take milliseconds, and the indicator cost as much
    Bot API work as the answer itself (one call per message) for nothing the user could see."""

    async def keep_typing() -> None:
        await asyncio.sleep(TYPING_AFTER)
        while True:
            await show_typing(context, chat_id)
            await asyncio.sleep(TYPING_SHOWN)

    task = asyncio.create_task(keep_typing(), name=f"typing-{chat_id}")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def tidy_pressed(update: Update, acknowledged: str | None) -> None:
    """Keep the pressed message's text, note the choice, drop its keyboard: old buttons cannot be pressed again."""
    query = update.callback_query
    message = query.message if query is not None else None
    if query is None or message is None or not message.is_accessible:
        return
    original = getattr(message, "text", None)
    try:
        if original and acknowledged:
            await query.edit_message_text(acknowledged_text(original, acknowledged), reply_markup=None)
        else:
            await query.edit_message_reply_markup(reply_markup=None)
    except BadRequest as exc:  # e.g. the message is too old to edit, or already has no keyboard
        log.debug("could not tidy the pressed message: %s", exc.message)


def handlers() -> list[BaseHandler[Update, CoachContext, None]]:
    return [
        CommandHandler([c.name for c in COMMANDS], on_command, filters=PRIVATE),
        MessageHandler(PRIVATE & filters.COMMAND, on_command),  # unknown commands: the engine says so
        MessageHandler(PRIVATE & filters.TEXT, on_text),
        CallbackQueryHandler(on_choice),
        MessageHandler(PRIVATE & ~filters.TEXT, on_other_message),
        TypeHandler(Update, on_ignored),  # last: only what nothing above took
    ]
