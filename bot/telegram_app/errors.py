"""The error handler: log each failure once (never the token) and tell the affected user we stumbled."""

from __future__ import annotations

import logging
import traceback

from telegram import Update
from telegram.constants import ChatType
from telegram.error import Forbidden, TelegramError

from bot.telegram_app.context import CoachContext

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."


def describe(error: BaseException | None, secret: str) -> str:
    """The error with its traceback, the bot token masked wherever a library put it."""
    if error is None:
        return "unknown error"
    text = "".join(traceback.format_exception(error)).rstrip()
    return text.replace(secret, "<token>") if secret else text


async def on_error(update: object, context: CoachContext) -> None:
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("update %s failed: %s", update_id, describe(error, context.bot.token))
    if not isinstance(update, Update) or isinstance(error, Forbidden):
        return  # a job failed, or the user blocked us: there is nobody to tell
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    try:
        await context.bot.send_message(chat.id, APOLOGY)
    except TelegramError as exc:
        log.warning("could not send the apology for update %s: %s", update_id, type(exc).__name__)
