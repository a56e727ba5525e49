"""Cue reminders and next-morning pain check-ins: the user's commands and buttons, and the dispatcher that sends them.

How the dispatcher delivers (for a JobQueue job calling `claim_due`, sending, then `sent` or `failed`):

- **At most once.** `claim_due` leases the due rows and, in the same transaction, inserts the delivery row
  for that occurrence (unique per reminder occurrence / follow-up) with status "claimed". `sent` turns it
  into "sent". If the process dies between sending and `sent`, the lease runs out, the next claim finds
  the row and does not send again: a rare lost message beats a duplicate one. A failure reported through
  `failed` marks the row "failed" and lets the lease expire, so the occurrence is retried, at most
  MAX_ATTEMPTS times (counted in the row's `attempts`).
- **Late delivery.** An occurrence found due less than `grace` ago (the bot was briefly down or busy) is
  sent late, once. Older than that it would arrive at a pointless hour: it is recorded as "skipped" and
  the reminder moves to its next occurrence. A pain check-in stays useful for longer ("how does it feel
  today?" at noon still helps), so it has its own `followup_grace`.
- **Blocked.** A 403 from Telegram (`failed(..., blocked=True)`) marks the user blocked and pauses their
  reminders; /reminders shows them paused so the user can resume them after coming back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.engine import texts, tips
from bot.engine.events import Button, Reply
from bot.engine.flows import SETUP_CHECK, Flow
from bot.engine.flows.callback import CHECK_IN, MENU, REMINDER, encode
from bot.engine.schedule import (
    EVERY_DAY,
    EXAMPLE,
    TIMEZONE_EXAMPLE,
    WORKDAYS,
    describe_days,
    next_occurrence,
    parse_timezone,
    parse_weekdays_and_time,
    zone_label,
)
from bot.engine.triage import Flag, Level, Location, TriageResult, detect_pain_report
from bot.engine.triage_reply import compose_reply
from bot.observability.metrics import METRICS, ReminderResult
from bot.storage import repo
from bot.storage.enums import DeliveryStatus, FollowupStatus, Weekday
from bot.storage.models import Delivery, Followup, Reminder, User

if TYPE_CHECKING:
    from bot.engine.coach import Turn

CHECK_IN_KIND = "pain_check"
CHECK_IN_TIME = "09:00"
CHECK_IN_MIN_DELAY = timedelta(hours=8)  # "next morning": the first 09:00 at least this far away
MAX_ATTEMPTS = 5
AWAITING = "awaiting"  # turn.data key: what typed answer we wait for ("timezone" or "remind_time")
PENDING = "pending_reminder"  # turn.data key: the reminder to create once the time zone is known
DRAFT = "remind_draft"  # turn.data key: days picked with the buttons so far
TIME_CHOICES = ("06:00", "07:00", "08:00", "12:00", "17:00", "18:00", "19:00", "20:00")

ASK_TIMEZONE = (
    "Which time zone are you in? I'll ask only once. Send " + TIMEZONE_EXAMPLE + ". Change it later with /settings."
)
CHECK_IN_QUESTION = "Good morning! Yesterday you told me about pain while training. How does it feel today?"
SETTLED = (
    "Great, pain that has settled by the next morning is OK. You're cleared to train today at a reduced load: "
    "start lighter than last time and only build back up while it stays pain-free. The cues that matter:"
)
NOT_SETTLED = "Thanks for telling me. Pain that is still there the morning after (or getting worse) needs a check."
CHECK_IN_ANSWERS = (("settled", "Settled"), ("still", "Still there"), ("worse", "Worse"))


class Coaching(Protocol):
    """What this module needs from the Coach (it lives in coach.py, which imports this module)."""

    @property
    def flows(self) -> Mapping[str, Flow]: ...

    async def record_pain(self, turn: Turn, result: TriageResult) -> None: ...


# --- /remind --------------------------------------------------------------------------------------------------


async def remind(turn: Turn, args: str) -> None:
    """/remind with days and a time in one line, or with nothing to pick them with buttons."""
    if not args.strip():
        turn.data[DRAFT] = []
        turn.data.pop(AWAITING, None)
        turn.say("Which days do you train? Tap them, then Next.", _day_buttons(frozenset()))
        return
    try:
        days, local_time = parse_weekdays_and_time(args)
    except ValueError as error:
        turn.say(str(error))
        return
    await _create_or_ask_zone(turn, days, local_time)


async def _create_or_ask_zone(turn: Turn, days: frozenset[Weekday], local_time: str) -> None:
    if turn.user.timezone is None:
        turn.data[PENDING] = {"days": [day.short for day in sorted(days)], "time": local_time}
        turn.data[AWAITING] = "timezone"
        turn.say(f"{describe_days(days)} at {local_time}, got it. {ASK_TIMEZONE}")
        return
    await create_reminder(turn, days, local_time, turn.user.timezone)


async def create_reminder(turn: Turn, days: frozenset[Weekday], local_time: str, timezone: str) -> Reminder:
    due = next_occurrence(days, local_time, timezone, turn.now)
    reminder = await repo.add_reminder(
        turn.session, turn.user.id, weekdays=days, local_time=local_time, timezone=timezone, next_due_at=due
    )
    first = due.astimezone(ZoneInfo(timezone)).strftime("%a %d %b")
    turn.say(
        f"Reminder set: {describe_days(days)} at {local_time} ({zone_label(timezone)}). "
        f"The first one comes on {first}, with your cue card. /reminders to see, pause or delete it."
    )
    return reminder


def _day_buttons(chosen: frozenset[Weekday]) -> tuple[tuple[Button, ...], ...]:
    def day(d: Weekday) -> Button:
        label = d.short.capitalize()
        return Button(f"✓ {label}" if d in chosen else label, encode(MENU, f"rem_day_{d.short}"))

    return (
        tuple(day(d) for d in list(Weekday)[:4]),
        tuple(day(d) for d in list(Weekday)[4:]),
        (
            Button("Weekdays", encode(MENU, "rem_days_work")),
            Button("Every day", encode(MENU, "rem_days_all")),
            Button("Next", encode(MENU, "rem_days_done")),
        ),
    )


def _time_buttons() -> tuple[tuple[Button, ...], ...]:
    buttons = [Button(t, encode(MENU, "rem_at_" + t.replace(":", ""))) for t in TIME_CHOICES]
    return (tuple(buttons[:4]), tuple(buttons[4:]))


def handles_menu(item: str) -> bool:
    return item == "remind" or item.startswith("rem_")


async def menu(turn: Turn, item: str) -> None:
    """The /remind buttons: pick days, then a time."""
    if item == "remind":
        await remind(turn, "")
        return
    draft = frozenset(Weekday.parse(d) for d in turn.data.get(DRAFT, []))
    if item.startswith("rem_day_"):
        day = Weekday.parse(item.removeprefix("rem_day_"))
        draft = draft - {day} if day in draft else draft | {day}
    elif item == "rem_days_work":
        draft = WORKDAYS
    elif item == "rem_days_all":
        draft = EVERY_DAY
    elif item == "rem_days_done":
        if not draft:
            turn.say("Pick at least one day first.", _day_buttons(draft))
            return
        turn.data[AWAITING] = "remind_time"
        turn.say(f"{describe_days(draft)}. What time? Tap one or type it, like 18:30 or 6pm.", _time_buttons())
        return
    elif item.startswith("rem_at_") and draft:
        digits = item.removeprefix("rem_at_")
        await _finish_draft(turn, draft, f"{digits[:2]}:{digits[2:]}")
        return
    else:
        turn.say(texts.STALE_BUTTON)
        return
    turn.data[DRAFT] = [d.short for d in sorted(draft)]
    turn.acknowledged = describe_days(draft) if draft else "No days"
    turn.say(f"Days: {describe_days(draft) if draft else 'none yet'}. Tap Next when done.", _day_buttons(draft))


async def _finish_draft(turn: Turn, days: frozenset[Weekday], local_time: str) -> None:
    turn.data.pop(DRAFT, None)
    turn.data.pop(AWAITING, None)
    await _create_or_ask_zone(turn, days, local_time)


async def answer_pending(turn: Turn, text: str) -> bool:
    """A typed answer to our pending question (time zone or reminder time); False if we asked nothing."""
    awaiting = turn.data.get(AWAITING)
    if awaiting is None:
        return False
    # Pain always comes first; a question means they moved on. Either way answer that instead.
    looks_like_an_answer = len(text.split()) <= 4 and "?" not in text and not detect_pain_report(text)
    try:
        if awaiting == "timezone":
            timezone = parse_timezone(text)
        else:
            local_time = parse_weekdays_and_time(f"mon {text}")[1]
    except ValueError as error:
        if not looks_like_an_answer:
            cancel_pending(turn)
            return False
        turn.say(f"{error} Or /cancel.")
        return True
    if awaiting == "timezone":
        turn.data.pop(AWAITING, None)
        await repo.set_timezone(turn.session, turn.user.id, timezone)
        await move_reminders(turn.session, turn.user.id, timezone, turn.now)
        pending = turn.data.pop(PENDING, None)
        turn.say(f"Time zone set to {zone_label(timezone)}.")
        if pending:
            days = frozenset(Weekday.parse(d) for d in pending["days"])
            await create_reminder(turn, days, str(pending["time"]), timezone)
        return True
    days = frozenset(Weekday.parse(d) for d in turn.data.get(DRAFT, []))
    await _finish_draft(turn, days or EVERY_DAY, local_time)
    return True


def cancel_pending(turn: Turn) -> bool:
    """Forget a half-made reminder; True if there was one."""
    had = any(turn.data.pop(key, None) is not None for key in (AWAITING, PENDING, DRAFT))
    return had


async def move_reminders(session: AsyncSession, user_id: int, timezone: str, now: datetime) -> int:
    """After a time-zone change, keep each reminder at the same local time in the new zone."""
    moved = 0
    for reminder in await repo.list_reminders(session, user_id):
        if reminder.timezone == timezone:
            continue
        reminder.timezone = timezone
        if reminder.active:
            due = next_occurrence(reminder.weekdays, reminder.local_time, timezone, now)
            await repo.reschedule_reminder(session, reminder.id, due)
        moved += 1
    return moved


# --- /reminders -----------------------------------------------------------------------------------------------


async def show_reminders(turn: Turn, heading: str = "Your reminders:") -> None:
    reminders = await repo.list_reminders(turn.session, turn.user.id)
    if not reminders:
        turn.say(f"You have no reminders. Set one with {EXAMPLE} or just /remind.")
        return
    lines = [heading]
    rows: list[tuple[Button, ...]] = []
    for number, reminder in enumerate(reminders, start=1):
        state = "active" if reminder.active else "paused"
        lines.append(
            f"{number}. {describe_days(reminder.weekdays)} at {reminder.local_time} "
            f"({zone_label(reminder.timezone)}), {state}"
        )
        toggle = ("Pause", "pause") if reminder.active else ("Resume", "resume")
        rows.append(
            (
                Button(f"{toggle[0]} {number}", encode(REMINDER, toggle[1], str(reminder.id))),
                Button(f"Delete {number}", encode(REMINDER, "delete", str(reminder.id))),
            )
        )
    turn.say("\n".join(lines), tuple(rows))


async def reminder_button(turn: Turn, action: str, reminder_id: int) -> None:
    """rem:pause|resume|delete:<id>; only the owner's reminders change."""
    session, user_id = turn.session, turn.user.id
    if action == "delete":
        done = await repo.delete_reminder(session, user_id, reminder_id)
    else:
        own = {r.id: r for r in await repo.list_reminders(session, user_id)}
        reminder = own.get(reminder_id)
        due = None
        if reminder is not None and action == "resume":
            due = next_occurrence(reminder.weekdays, reminder.local_time, reminder.timezone, turn.now)
        changed = await repo.set_reminder_active(
            session, user_id, reminder_id, active=action == "resume", next_due_at=due
        )
        done = changed is not None
    if not done:
        turn.say("That reminder doesn't exist any more.")
        return
    past = {"pause": "Paused", "resume": "Resumed", "delete": "Deleted"}[action]
    turn.acknowledged = past
    await show_reminders(turn, heading=f"{past}. Your reminders:")


# --- pain check-ins -------------------------------------------------------------------------------------------


async def schedule_check_in(turn: Turn, result: TriageResult) -> None:
    """after_pain_report hook: after a "modify" report, ask next morning at 09:00 local (UTC if unknown)."""
    if result.level is not Level.MODIFY:
        return
    timezone = turn.user.timezone or "UTC"
    due = next_occurrence(EVERY_DAY, CHECK_IN_TIME, timezone, turn.now + CHECK_IN_MIN_DELAY)
    report = await repo.latest_pain_report(turn.session, turn.user.id)
    await repo.cancel_followups(turn.session, turn.user.id)  # one check-in at a time: the latest report's
    await repo.add_followup(
        turn.session, turn.user.id, kind=CHECK_IN_KIND, due_at=due, pain_report_id=report.id if report else None
    )
    zone = ZoneInfo(timezone)
    when = "tomorrow" if due.astimezone(zone).date() > turn.now.astimezone(zone).date() else "this"
    note = f"I'll check in with you {when} morning at {CHECK_IN_TIME} ({zone_label(timezone)}) to see how it feels."
    if turn.user.timezone is None:
        note += " Tell me your time zone with /settings tz Europe/Berlin (your city) so that's 09:00 for you."
    turn.postscript.append(note)


def check_in_reply(followup_id: int) -> Reply:
    buttons = tuple(Button(label, encode(CHECK_IN, str(followup_id), answer)) for answer, label in CHECK_IN_ANSWERS)
    return Reply(CHECK_IN_QUESTION, (buttons,))


async def check_in_answer(turn: Turn, coach: Coaching, followup_id: int, answer: str) -> None:
    """chk:<id>:settled|still|worse: clear to train lighter, or send to a professional and record it."""
    mine = {f.id: f for f in await repo.open_followups(turn.session, turn.user.id)}
    if followup_id not in mine:
        turn.say("I already have your answer to that check-in. Tell me any time if something hurts.")
        return
    await repo.set_followup_status(turn.session, followup_id, FollowupStatus.ANSWERED, answer)
    label = dict(CHECK_IN_ANSWERS)[answer]
    turn.acknowledged = label
    if answer == "settled":
        tip = await tips.personal_tip(turn.session, turn.user, turn.now, coach.flows[SETUP_CHECK])
        turn.say(f"{SETTLED}\n\n{texts.cue_card(tip)}")
        return
    report = await repo.latest_pain_report(turn.session, turn.user.id)
    known = {location.value for location in Location}
    locations = tuple(Location(loc) for loc in (report.locations if report else []) if loc in known)
    result = TriageResult(Level.PROFESSIONAL, (Flag.NOT_SETTLED.value,), locations, f"check-in: {label.lower()}")
    await coach.record_pain(turn, result)
    turn.say(f"{NOT_SETTLED}\n\n{compose_reply(result)}")


# --- the dispatcher -------------------------------------------------------------------------------------------


class DispatchKind(StrEnum):
    REMINDER = "reminder"
    FOLLOWUP = "followup"


@dataclass(frozen=True)
class Dispatch:
    """One message to send now: to `chat_id`, `reply`; then report back with `sent` or `failed`."""

    kind: DispatchKind
    ref_id: int  # the reminder's or follow-up's id
    user_id: int
    chat_id: int
    due_at: datetime  # the occurrence being sent (UTC)
    reply: Reply


class ReminderDispatcher:
    """Claims due reminders and check-ins, builds their messages, and records what was sent; no Telegram here."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        coach: Coaching,
        clock: Callable[[], datetime],
        owner: str,
        grace: timedelta = timedelta(hours=2),
        *,
        followup_grace: timedelta = timedelta(hours=12),
        lease: timedelta = timedelta(minutes=2),
        max_attempts: int = MAX_ATTEMPTS,
    ) -> None:
        self.sessions = sessions
        self.coach = coach
        self.clock = clock
        self.owner = owner
        self.grace = grace
        self.followup_grace = followup_grace
        self.lease = lease
        self.max_attempts = max_attempts

    async def claim_due(self, limit: int = 100) -> list[Dispatch]:
        """What to send now; each is claimed for this owner until sent, failed, or the lease runs out."""
        now = self.clock()
        lease = self.lease.total_seconds()
        dispatches: list[Dispatch] = []
        async with self.sessions.begin() as session:
            for reminder in await repo.claim_due_reminders(session, now, self.owner, lease, limit):
                dispatch = await self._claim_reminder(session, reminder, now)
                if dispatch:
                    dispatches.append(dispatch)
            for followup in await repo.claim_due_followups(session, now, self.owner, lease, limit):
                dispatch = await self._claim_followup(session, followup, now)
                if dispatch:
                    dispatches.append(dispatch)
        return dispatches

    async def _claim_reminder(self, session: AsyncSession, reminder: Reminder, now: datetime) -> Dispatch | None:
        due = reminder.next_due_at
        assert due is not None  # claimed rows are active, so they have a due time
        if now - due > self.grace:
            await _skip(session, DispatchKind.REMINDER, reminder.id, reminder.user_id, due, now)
            await self._reschedule(session, reminder, now)
            return None
        if not await self._claim_delivery(session, DispatchKind.REMINDER, reminder.id, reminder.user_id, due):
            await self._reschedule(session, reminder, now)  # sent (or possibly sent) before: never twice
            return None
        user = await repo.get_user(session, reminder.user_id)
        assert user is not None
        reply = await self._reminder_reply(session, user, reminder.id, now)
        return Dispatch(DispatchKind.REMINDER, reminder.id, user.id, user.chat_id, due, reply)

    async def _claim_followup(self, session: AsyncSession, followup: Followup, now: datetime) -> Dispatch | None:
        due = followup.due_at
        if now - due > self.followup_grace:
            await _skip(session, DispatchKind.FOLLOWUP, followup.id, followup.user_id, due, now)
            await repo.set_followup_status(session, followup.id, FollowupStatus.SKIPPED)
            return None
        if not await self._claim_delivery(session, DispatchKind.FOLLOWUP, followup.id, followup.user_id, due):
            await repo.set_followup_status(session, followup.id, FollowupStatus.SENT)
            return None
        user = await repo.get_user(session, followup.user_id)
        assert user is not None
        return Dispatch(DispatchKind.FOLLOWUP, followup.id, user.id, user.chat_id, due, check_in_reply(followup.id))

    async def _claim_delivery(
        self, session: AsyncSession, kind: DispatchKind, ref_id: int, user_id: int, due: datetime
    ) -> bool:
        """Insert the "being sent" row for this occurrence; True if it may be sent (first time, or a retry)."""
        row = await _delivery(session, kind, ref_id, due)
        if row is None:
            return await repo.record_delivery(
                session,
                user_id=user_id,
                due_at=due,
                status=DeliveryStatus.CLAIMED,
                detail=f"claimed by {self.owner}",
                **_ref(kind, ref_id),
            )
        if row.status is DeliveryStatus.FAILED and row.attempts < self.max_attempts:
            row.status = DeliveryStatus.CLAIMED  # claimed again for a retry
            return True
        return False

    async def _reminder_reply(self, session: AsyncSession, user: User, reminder_id: int, now: datetime) -> Reply:
        pause = ((Button("Pause this reminder", encode(REMINDER, "pause", str(reminder_id))),),)
        if tips.caution_active(user, now):
            return Reply(f"⏰ It's a training day, but:\n\n{texts.CAUTION}", pause)
        tip = await tips.setup_tip(session, user, self.coach.flows[SETUP_CHECK])
        return Reply(f"⏰ Hip thrust day!\n\n{texts.cue_card(tip)}", pause)

    async def _reschedule(self, session: AsyncSession, reminder: Reminder, now: datetime) -> None:
        due = next_occurrence(reminder.weekdays, reminder.local_time, reminder.timezone, now)
        await repo.reschedule_reminder(session, reminder.id, due)

    async def sent(self, dispatch: Dispatch) -> None:
        """Record the message as delivered and move the reminder on; a second call changes nothing."""
        now = self.clock()
        async with self.sessions.begin() as session:
            row = await _delivery(session, dispatch.kind, dispatch.ref_id, dispatch.due_at)
            if row is None:
                await _mark(
                    session,
                    dispatch.kind,
                    dispatch.ref_id,
                    dispatch.user_id,
                    dispatch.due_at,
                    DeliveryStatus.SENT,
                    sent_at=now,
                )
            elif row.status is DeliveryStatus.SENT:
                return
            else:
                row.status, row.sent_at = DeliveryStatus.SENT, now
            if dispatch.kind is DispatchKind.FOLLOWUP:
                await repo.set_followup_status(session, dispatch.ref_id, FollowupStatus.SENT)
                return
            reminder = await session.get(Reminder, dispatch.ref_id)
            if reminder is not None and reminder.active and reminder.next_due_at == dispatch.due_at:
                await self._reschedule(session, reminder, max(now, dispatch.due_at))

    async def failed(self, dispatch: Dispatch, detail: str, blocked: bool) -> None:
        """Sending failed. Blocked: stop writing to this user. Otherwise retry after the lease, a few times."""
        now = self.clock()
        async with self.sessions.begin() as session:
            row = await _delivery(session, dispatch.kind, dispatch.ref_id, dispatch.due_at)
            if row is None:
                await _mark(
                    session, dispatch.kind, dispatch.ref_id, dispatch.user_id, dispatch.due_at, DeliveryStatus.FAILED
                )
                row = await _delivery(session, dispatch.kind, dispatch.ref_id, dispatch.due_at)
                assert row is not None
            row.status = DeliveryStatus.FAILED
            if blocked:
                row.detail = f"blocked: {detail}"[:500]
                await repo.mark_blocked(session, dispatch.user_id)
                for reminder in await repo.list_reminders(session, dispatch.user_id):
                    if reminder.active:
                        await repo.set_reminder_active(session, dispatch.user_id, reminder.id, active=False)
                give_up = True
            else:
                row.attempts += 1
                row.detail = f"attempt {row.attempts} of {self.max_attempts}: {detail}"[:500]
                give_up = row.attempts >= self.max_attempts
            if not give_up:
                return  # the lease expires and the next claim_due retries this occurrence
            if dispatch.kind is DispatchKind.FOLLOWUP:
                await repo.set_followup_status(session, dispatch.ref_id, FollowupStatus.SKIPPED)
                return
            stale = await session.get(Reminder, dispatch.ref_id)
            if stale is not None and stale.active and stale.next_due_at == dispatch.due_at:
                await self._reschedule(session, stale, max(now, dispatch.due_at))


async def _delivery(session: AsyncSession, kind: DispatchKind, ref_id: int, due: datetime) -> Delivery | None:
    if kind is DispatchKind.REMINDER:
        return await repo.get_delivery(session, reminder_id=ref_id, due_at=due)
    return await repo.get_delivery(session, followup_id=ref_id)


async def _mark(
    session: AsyncSession,
    kind: DispatchKind,
    ref_id: int,
    user_id: int,
    due: datetime,
    status: DeliveryStatus,
    detail: str | None = None,
    sent_at: datetime | None = None,
) -> None:
    """Record what became of an occurrence, overwriting a claim row left for it."""
    inserted = await repo.record_delivery(
        session, user_id=user_id, due_at=due, status=status, sent_at=sent_at, detail=detail, **_ref(kind, ref_id)
    )
    if not inserted:
        row = await _delivery(session, kind, ref_id, due)
        if row is not None:
            row.status, row.detail, row.sent_at = status, detail, sent_at


def _ref(kind: DispatchKind, ref_id: int) -> dict[str, Any]:
    return {"reminder_id": ref_id} if kind is DispatchKind.REMINDER else {"followup_id": ref_id}


async def _skip(
    session: AsyncSession, kind: DispatchKind, ref_id: int, user_id: int, due: datetime, now: datetime
) -> None:
    """Records an occurrence found too late to be useful, and counts it in the reminders metric."""
    METRICS.reminder(ReminderResult.SKIPPED)
    await _mark(session, kind, ref_id, user_id, due, DeliveryStatus.SKIPPED, _skipped(now, due))


def _skipped(now: datetime, due: datetime) -> str:
    late = now - due
    hours, minutes = divmod(int(late.total_seconds()) // 60, 60)
    return f"skipped: {hours}h{minutes:02d} late (the bot was down)"


__all__ = [
    "Coaching",
    "Dispatch",
    "DispatchKind",
    "ReminderDispatcher",
    "answer_pending",
    "cancel_pending",
    "check_in_answer",
    "check_in_reply",
    "create_reminder",
    "handles_menu",
    "menu",
    "move_reminders",
    "remind",
    "reminder_button",
    "schedule_check_in",
    "show_reminders",
]
