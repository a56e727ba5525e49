"""The repeating job that sends due reminders and pain check-ins, and tells the engine how each went."""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.error import Forbidden, TelegramError

from bot.engine.coach import Coach
from bot.engine.reminders import ReminderDispatcher
from bot.observability.logs import user_hash
from bot.observability.metrics import ReminderResult
from bot.telegram_app.context import CoachContext
from bot.telegram_app.render import send_reply

log = logging.getLogger(__name__)


def make_dispatcher(
    coach: Coach, sessions: async_sessionmaker[AsyncSession], clock: Callable[[], datetime]
) -> ReminderDispatcher:
    # The owner names this process in the leases, so two bots on one database never send the same reminder.
    owner = f"telegram:{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    return ReminderDispatcher(sessions, coach, clock, owner)


async def dispatch_due(context: CoachContext) -> None:
    dispatcher = context.dispatcher
    for dispatch in await dispatcher.claim_due():
        user = {"user": user_hash(dispatch.user_id, context.bot.token)}
        try:
            await send_reply(context.bot, dispatch.chat_id, dispatch.reply)
        except Forbidden as exc:
            log.info("the user blocked the bot: pausing their reminders", extra=user)
            context.metrics.reminder(ReminderResult.FAILED)
            await dispatcher.failed(dispatch, exc.message, blocked=True)
        except TelegramError as exc:
            log.warning("%s not sent: %s", dispatch.kind, exc.message, extra=user)
            context.metrics.reminder(ReminderResult.FAILED)
            await dispatcher.failed(dispatch, exc.message, blocked=False)
        else:
            context.metrics.reminder(ReminderResult.SENT)
            await dispatcher.sent(dispatch)
