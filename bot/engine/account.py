"""The user's account: /settings (time zone, units), /mydata (export everything) and /forget (delete everything)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from bot.engine.events import Button, Reply
from bot.engine.flows.callback import MENU, encode
from bot.engine.reminders import move_reminders
from bot.engine.schedule import TIMEZONE_EXAMPLE, parse_timezone, zone_label
from bot.storage import repo
from bot.storage.enums import Units

if TYPE_CHECKING:
    from bot.engine.coach import Turn

EXPORT_NAME = "hip-thrust-coach-data.json"
FORGET_YES = "forget_yes"
FORGET_NO = "forget_no"
FORGET_QUESTION = (
    "Delete everything I store about you: your setup checks, pain reports, reminders, settings and feedback? "
    "This can't be undone. (/mydata first if you want a copy.)"
)
FORGOTTEN = "Done: I deleted everything I stored about you. If you message me again I'll start fresh."
SETTINGS_HELP = "Change them with /settings tz Europe/Paris (or your city) and /settings units kg (or lb)."


async def settings(turn: Turn, args: str) -> None:
    """/settings shows; /settings tz <zone> and /settings units kg|lb change."""
    what, _, value = args.strip().partition(" ")
    what, value = what.lower(), value.strip()
    if what in {"tz", "timezone", "zone", "time_zone"}:
        await _set_timezone(turn, value)
    elif what in {"units", "unit"}:
        try:
            units = Units(value.lower())
        except ValueError:
            turn.say("Units can be kg or lb, e.g. /settings units lb.")
            return
        await repo.set_units(turn.session, turn.user.id, units)
        turn.say(f"Units set to {units.value}.")
    elif what:
        turn.say(f"I can change tz and units. {SETTINGS_HELP}")
    else:
        zone = zone_label(turn.user.timezone) if turn.user.timezone else "not set yet"
        turn.say(f"Your settings:\n• Time zone: {zone}\n• Units: {turn.user.units.value}\n\n{SETTINGS_HELP}")


async def _set_timezone(turn: Turn, value: str) -> None:
    if not value:
        turn.say(f"Which time zone? Send /settings tz followed by {TIMEZONE_EXAMPLE}.")
        return
    try:
        timezone = parse_timezone(value)
    except ValueError as error:
        turn.say(str(error))
        return
    await repo.set_timezone(turn.session, turn.user.id, timezone)
    moved = await move_reminders(turn.session, turn.user.id, timezone, turn.now)
    note = f" Your {moved} reminder(s) keep their local time in the new zone." if moved else ""
    turn.say(f"Time zone set to {zone_label(timezone)}.{note}")


async def my_data(turn: Turn) -> None:
    """/mydata: everything stored about the user, as a JSON file."""
    export = await repo.export_user_data(turn.session, turn.user.id)
    content = json.dumps(export, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")
    turn.replies.append(Reply("Here is everything I store about you.", document=(EXPORT_NAME, content)))


def forget(turn: Turn) -> None:
    """/forget: ask first; the buttons do the deleting."""
    turn.say(
        FORGET_QUESTION,
        ((Button("Yes, delete everything", encode(MENU, FORGET_YES)), Button("No, keep it", encode(MENU, FORGET_NO))),),
    )


def handles_menu(item: str) -> bool:
    return item in {FORGET_YES, FORGET_NO}


async def menu(turn: Turn, item: str) -> None:
    if item == FORGET_NO:
        turn.acknowledged = "Kept"
        turn.say("OK, I kept everything.")
        return
    await repo.delete_user_data(turn.session, turn.user.id)
    turn.forgotten = True  # the coach must not save the conversation again, which would recreate the user
    turn.acknowledged = "Deleted"
    turn.say(FORGOTTEN)
