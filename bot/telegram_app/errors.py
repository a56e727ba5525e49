"""The error handler: log each failure once (never the token) and tell the affected user we stumbled."""

from __future__ import annotations

import logging
import traceback

from sqlalchemy.exc import SQLAlchemyError
from telegram import Update
from telegram.constants import ChatType
from telegram.error import Forbidden, TelegramError

from bot.engine.coach import StillSending
from bot.error_chain import causes
from bot.observability.logs import user_hash
from bot.storage.db import DatabaseUnavailable
from bot.telegram_app.context import CoachContext

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."


def describe(error: BaseException | None, secret: str) -> str:
    """The error with its traceback, the bot token masked wherever a library put it."""
    if error is None:
        return "unknown error"
    text = "".join(traceback.format_exception(error)).rstrip()
    return text.replace(secret, "<token>") if secret else text


def is_database_error(error: BaseException | None) -> bool:
    """SQLAlchemy's errors, also when a library wrapped one in its own exception."""
    return any(isinstance(cause, SQLAlchemyError) for cause in causes(error))


def _to_deliver_again(error: BaseException | None) -> bool:
    return any(isinstance(cause, (DatabaseUnavailable, StillSending)) for cause in causes(error))


async def on_error(update: object, context: CoachContext) -> None:
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    user = update.effective_user if isinstance(update, Update) else None
    if is_database_error(error):
        context.metrics.database_error()
    redeliver = context.bot_data.redeliver
    if isinstance(update, Update) and redeliver is not None and _to_deliver_again(error):
        # The database was away, or another worker is still sending this update's replies: the webhook answers 503,
        # Telegram delivers it again later, and nobody needs an apology.
        redeliver.add(update.update_id)
        log.warning("update %s to be delivered again: %s", update_id, error, extra={"update_id": update_id})
        return
    log.error(
        "update %s failed: %s",
        update_id,
        describe(error, context.bot.token),
        extra={"update_id": update_id, "user": user_hash(user.id, context.bot.token) if user else None},
    )
    if not isinstance(update, Update) or isinstance(error, Forbidden):
        return  # a job failed, or the user blocked us: there is nobody to tell
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    try:
        await context.bot.send_message(chat.id, APOLOGY)
    except TelegramError as exc:
        log.warning("could not send the apology for update %s: %s", update_id, type(exc).__name__)
