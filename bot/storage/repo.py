"""One import for callers: every repository function, each taking an AsyncSession and never committing."""

from __future__ import annotations

from bot.storage.checks import add_setup_check, latest_setup_checks
from bot.storage.conversations import (
    ConversationConflict,
    ConversationState,
    load_conversation,
    save_conversation,
)
from bot.storage.deliveries import get_delivery, record_delivery
from bot.storage.feedback import add_feedback
from bot.storage.finish import ConversationSave, finish_update
from bot.storage.followups import (
    add_followup,
    cancel_followups,
    claim_due_followups,
    due_followups,
    open_followups,
    set_followup_status,
)
from bot.storage.privacy import delete_user_data, export_user_data
from bot.storage.reminders import (
    add_reminder,
    claim_due_reminders,
    delete_reminder,
    due_reminders,
    list_reminders,
    reschedule_reminder,
    set_reminder_active,
)
from bot.storage.reports import add_pain_report, latest_pain_report
from bot.storage.turns import load_turn
from bot.storage.updates import (
    Pending,
    forget_processed_updates,
    mark_update_delivered,
    mark_updates_delivered,
    pending_replies,
    record_update,
    renew_sending_lease,
)
from bot.storage.users import (
    UnknownUser,
    get_or_create_user,
    get_user,
    mark_blocked,
    set_timezone,
    set_train_caution,
    set_units,
)

__all__ = [
    "ConversationConflict",
    "ConversationSave",
    "ConversationState",
    "Pending",
    "UnknownUser",
    "add_feedback",
    "add_followup",
    "add_pain_report",
    "add_reminder",
    "add_setup_check",
    "cancel_followups",
    "claim_due_followups",
    "claim_due_reminders",
    "delete_reminder",
    "delete_user_data",
    "due_followups",
    "due_reminders",
    "export_user_data",
    "finish_update",
    "forget_processed_updates",
    "get_delivery",
    "get_or_create_user",
    "get_user",
    "latest_pain_report",
    "latest_setup_checks",
    "list_reminders",
    "load_conversation",
    "load_turn",
    "mark_blocked",
    "mark_update_delivered",
    "mark_updates_delivered",
    "open_followups",
    "pending_replies",
    "record_delivery",
    "record_update",
    "renew_sending_lease",
    "reschedule_reminder",
    "save_conversation",
    "set_followup_status",
    "set_reminder_active",
    "set_timezone",
    "set_train_caution",
    "set_units",
]
