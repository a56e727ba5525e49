"""The conversation engine: one event in, what to say out; state lives in the database between events."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.engine import account, reminders, texts, tips
from bot.engine.events import Button, Event, EventKind, Outcome, Reply
from bot.engine.flood import SLOW_DOWN, FloodGuard, FloodVerdict
from bot.engine.flows import (
    PAIN_REPORT,
    SETUP_CHECK,
    CallbackDataError,
    Flow,
    FlowState,
    FlowStateError,
    InvalidChoice,
    Step,
    answer,
    compare,
    current_step,
    load_flows,
    start,
    summary,
    values,
)
from bot.engine.flows import (
    Outcome as FlowOutcome,
)
from bot.engine.flows.callback import ASK, CHECK_IN, FEEDBACK, FLOW_CHOICE, MENU, REMINDER, encode, parse
from bot.engine.group_commit import GroupCommit
from bot.engine.keyboards import step_reply
from bot.engine.safety_net import SafetyNet, sentences, triage_with_net
from bot.engine.triage import (
    Level,
    TriageResult,
    about_someone_else,
    answers_from_values,
    detect_pain_report,
    mentions_a_sign_word,
    triage_answers,
)
from bot.engine.triage_reply import compose_reply
from bot.retrieval.answers import Answer, passage_reply
from bot.retrieval.service import KnowledgeBase
from bot.storage import repo
from bot.storage.conversations import ConversationConflict, ConversationState
from bot.storage.db import DatabaseUnavailable, is_disconnect
from bot.storage.locks import lock_user
from bot.storage.models import User

log = logging.getLogger(__name__)

SETUP = SETUP_CHECK
PAIN = PAIN_REPORT
_GREETING = re.compile(r"^\s*(hi+|hello|hey+|yo|good (morning|afternoon|evening)|start)\W*$", re.I)
_THANKS = re.compile(r"^\s*(thanks?( you)?|thx|ty|cheers|ok(ay)?|cool|great|got it)\W*$", re.I)

MAX_MESSAGE_CHARS = 4096  # Telegram's own limit; only other front ends can send more
TRUNCATED = "That message was very long, so I read only its first 4096 characters."
BUSY = "Sorry, I got two messages at once. Please send that again."
ATTEMPTS = 5
# A PostgreSQL restart takes a few seconds; Telegram waits for the webhook's answer longer than this.
OUTAGE_PATIENCE = 8.0
# How long a redelivery keeps away from replies another worker is sending; renewed while it sends, so a dead
# worker's replies are free to go again this long after it stopped.
SENDING_LEASE = timedelta(seconds=4)
PROCESSED_UPDATES_KEPT = timedelta(days=2)  # Telegram gives up redelivering after a day
FORGET_UPDATES_CHANCE = 1 / 1000  # cleaning up now and then costs one DELETE, not a scheduler

Answerer = Callable[[str], Awaitable[Answer]]
Hook = Callable[["Turn", TriageResult], Awaitable[None]]
EmbedAhead = Callable[[Sequence[str]], Awaitable[object]]


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Turn:
    """One event being handled: the user, their conversation, and what will be saved at the end."""

    event: Event
    session: AsyncSession
    user: User
    flow_id: str | None
    state: FlowState | None
    data: dict[str, Any]
    now: datetime
    replies: list[Reply] = field(default_factory=list)
    acknowledged: str | None = None
    level: str | None = None
    fallback: bool | None = None
    postscript: list[str] = field(default_factory=list)  # hooks' notes for the end of the pain reply
    forgotten: bool = False  # /forget deleted the user: nothing may be saved for them

    def say(self, text: str, buttons: tuple[tuple[Button, ...], ...] = ()) -> None:
        self.replies.append(Reply(text, buttons))


def _changed_conversation(turn: Turn, loaded: ConversationState) -> repo.ConversationSave | None:
    """What to save of the turn's conversation; None when a question answered outside any flow changed nothing (no
    write, no version bump)."""
    state = {**turn.data, "state": turn.state.to_dict() if turn.state else None}
    step = turn.state.step_id if turn.state else None
    if loaded.version and (loaded.flow, loaded.step, dict(loaded.data)) == (turn.flow_id, step, state):
        return None
    return repo.ConversationSave(turn.flow_id, step, state, expected_version=loaded.version)


class StillSending(RuntimeError):
    """A redelivered update whose replies another worker is sending right now: ask Telegram to come back later."""


class _HandledBefore(Exception):
    """Raised inside the transaction to roll back the turn of an update handled before."""


@dataclass
class DatabaseOutage:
    """Backs off while the database is away; past OUTAGE_PATIENCE the update is given up, unsaved, so the front end
    can answer Telegram "try later" and get it redelivered instead of apologising."""

    patience: float = OUTAGE_PATIENCE
    waited: float = 0.0
    delay: float = 0.1

    async def wait(self, error: Exception) -> None:
        if self.waited >= self.patience:
            raise DatabaseUnavailable(f"database unavailable for {self.waited:.0f}s: {type(error).__name__}") from error
        log.warning("database connection lost (%s); retrying in %.1fs", type(error).__name__, self.delay)
        await asyncio.sleep(self.delay)
        self.waited += self.delay
        self.delay = min(self.delay * 2, 2.0)


class Coach:
    """Drives the setup check, pain triage and question answering for every front end (Telegram, terminal)."""

    def __init__(
        self,
        knowledge: KnowledgeBase,
        sessions: async_sessionmaker[AsyncSession],
        *,
        flows: Mapping[str, Flow] | None = None,
        clock: Callable[[], datetime] = utcnow,
        answerer: Answerer | None = None,
        flood: FloodGuard | None = None,
        forget_updates_chance: float = FORGET_UPDATES_CHANCE,
        safety_net: SafetyNet | None = None,
        embed_ahead: EmbedAhead | None = None,
    ) -> None:
        self.knowledge = knowledge
        self.sessions = sessions
        self.flows = dict(flows or load_flows())
        self.clock = clock
        # Embedding is CPU work: keep it off the event loop so other users' updates keep flowing.
        self.answerer: Answerer = answerer or (lambda q: asyncio.to_thread(knowledge.answer, q))
        self.after_pain_report: list[Hook] = [reminders.schedule_check_in]
        self.flood = flood  # None: no limit (the terminal chat, tests)
        self.forget_updates_chance = forget_updates_chance
        self.safety_net = safety_net  # None: rules only (tests that do not need the model's second opinion)
        # Embeds a message's texts in a batch with other users' before the net and the search read them from the
        # cache; None: each embeds on its own (the terminal chat, tests).
        self.embed_ahead = embed_ahead
        self.sending_lease = SENDING_LEASE
        self.confirmations: GroupCommit[int] = GroupCommit(self._mark_all_delivered)
        self._queue = _UserQueue()

    async def handle(self, event: Event) -> Outcome:
        # The flood guard comes before any database work: a flood must not reach the database at all.
        if self.flood is not None:
            verdict = await self.flood.check(event.user_id)
            if verdict is FloodVerdict.WARN:
                return Outcome((Reply(SLOW_DOWN),))
            if verdict is FloodVerdict.DROP:
                return Outcome(())
        truncated = len(event.text) > MAX_MESSAGE_CHARS
        if truncated:
            event = replace(event, text=event.text[:MAX_MESSAGE_CHARS])
        async with self._queue.turn(event.user_id):
            outcome = await self._handle_retrying(event)
        if event.update_id is not None:
            await self._forget_old_updates()
        if truncated and outcome.replies:
            outcome = replace(outcome, replies=(Reply(TRUNCATED), *outcome.replies))
        return outcome

    async def _handle_retrying(self, event: Event) -> Outcome:
        outage = DatabaseOutage()
        attempt = 0
        while attempt < ATTEMPTS:
            try:
                # After a lost race, take the lock that makes the retry sure to win (see lock_user).
                return await self._handle_once(event, sure=attempt > 0)
            except ConversationConflict:
                # Another process saved this conversation in between (possible on SQLite, which has no user
                # lock across processes): the whole turn is redone on what they saved.
                attempt += 1
            except (SQLAlchemyError, OSError) as exc:  # asyncpg's refused connection is not wrapped by SQLAlchemy
                if is_disconnect(exc):
                    # The server restarted or a connection died: the transaction was rolled back, so the whole
                    # turn is redone once the database answers again (an outage does not use up the attempts).
                    await outage.wait(exc)
                    continue
                if not isinstance(exc, OperationalError) or "database is locked" not in str(exc):
                    raise
                # SQLite's other writer held the file past the busy timeout: the rollback undid this turn.
                attempt += 1
                await asyncio.sleep(random.uniform(0.05, 0.2) * attempt)
        return Outcome((Reply(BUSY),))

    async def _handle_once(self, event: Event, *, sure: bool = False) -> Outcome:
        """One update in one transaction: user lock, the turn, the saved state, the update id with its replies.

        The update id and its replies (the outbox) are recorded in the same transaction as what the update
        changed, so all happen or none. The replies are sent after the commit and then confirmed with
        `delivered`; if the worker dies in between, Telegram's redelivery finds the update handled and sends the
        stored replies instead of handling it again. Each sent reply is confirmed, so only a death between
        Telegram accepting one reply and its confirmation can send that reply twice.
        """
        try:
            async with self.sessions.begin() as session:
                # Held until commit: another worker's update of this user waits here, before loading anything.
                await lock_user(session, event.user_id, whole_sqlite_file=sure)
                user, conversation = await repo.load_turn(session, event.user_id, event.chat)
                turn = self._turn(event, session, user, conversation)
                await self._dispatch(turn)
                # Recorded last, with the conversation: a redelivered update is recognised here and all it did undone.
                if not await repo.finish_update(
                    session,
                    event.user_id,
                    event.update_id,
                    [r.to_dict() for r in turn.replies],
                    utcnow() + self.sending_lease,
                    None if turn.forgotten else _changed_conversation(turn, conversation),
                ):
                    raise _HandledBefore
                if turn.forgotten:
                    return Outcome(tuple(turn.replies), turn.acknowledged)
        except _HandledBefore:
            assert event.update_id is not None
            return await self._redelivered(event.update_id)
        return Outcome(tuple(turn.replies), turn.acknowledged, turn.level, turn.fallback)

    async def _redelivered(self, update_id: int) -> Outcome:
        """Handled before: send what was never confirmed as sent (its worker died), else nothing."""
        async with self.sessions.begin() as session:
            pending = await repo.pending_replies(session, update_id)
        if pending.replies and pending.sending_until is not None and pending.sending_until > utcnow():
            # Its first worker is still sending them (slowed by 429s, say): sending them here too would double them.
            raise StillSending(f"update {update_id} is being delivered by another worker")
        return Outcome(tuple(Reply.from_dict(r) for r in pending.replies))

    @asynccontextmanager
    async def sending(self, update_id: int | None) -> AsyncIterator[None]:
        """Hold this update's sending lease while its replies go out, so a redelivery meanwhile waits its turn."""
        if update_id is None:
            yield
            return
        renewer = asyncio.create_task(self._renew_lease(update_id), name=f"lease-{update_id}")
        try:
            yield
        finally:
            renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewer

    async def _renew_lease(self, update_id: int) -> None:
        renew_every = self.sending_lease.total_seconds() / 3
        while True:
            await asyncio.sleep(renew_every)
            try:
                async with self.sessions.begin() as session:
                    await repo.renew_sending_lease(session, update_id, utcnow() + self.sending_lease)
            except (SQLAlchemyError, OSError) as exc:
                log.warning("renewing the sending lease of update %s failed: %s", update_id, type(exc).__name__)

    async def delivered(self, update_id: int | None, remaining: Sequence[Reply] = ()) -> None:
        """The front end sent replies of this update; `remaining` are those not sent yet (none: all done)."""
        if update_id is None:
            return
        if not remaining:  # the common case, all sent: shares a transaction with other updates finishing now
            await self.confirmations.add(update_id)
            return
        await self._retrying_on_disconnect(
            lambda session: repo.mark_update_delivered(session, update_id, [r.to_dict() for r in remaining])
        )

    async def _mark_all_delivered(self, update_ids: Sequence[int]) -> None:
        await self._retrying_on_disconnect(lambda session: repo.mark_updates_delivered(session, update_ids))

    async def _retrying_on_disconnect(self, write: Callable[[AsyncSession], Awaitable[None]]) -> None:
        outage = DatabaseOutage()
        while True:
            try:
                async with self.sessions.begin() as session:
                    await write(session)
                return
            except (SQLAlchemyError, OSError) as exc:
                if not is_disconnect(exc):
                    raise
                await outage.wait(exc)

    async def _forget_old_updates(self) -> None:
        if random.random() >= self.forget_updates_chance:
            return
        try:
            async with self.sessions.begin() as session:
                # handled_at is stamped with the real time, so compare with the real time, not self.clock.
                await repo.forget_processed_updates(session, utcnow() - PROCESSED_UPDATES_KEPT)
        except SQLAlchemyError as exc:
            log.warning("forgetting old update ids failed (tried again later): %s", type(exc).__name__)

    def _turn(self, event: Event, session: AsyncSession, user: User, conversation: ConversationState) -> Turn:
        data = dict(conversation.data)
        state = None
        flow_id = conversation.flow if conversation.flow in self.flows else None
        if flow_id and data.get("state"):
            try:
                state = FlowState.from_dict(data["state"])
                current_step(self.flows[flow_id], state)
            except FlowStateError:
                # The flow's data changed since this was saved (a step renamed): start that flow afresh.
                flow_id, state = None, None
        data.pop("state", None)
        return Turn(event, session, user, flow_id, state, data, self.clock())

    async def _dispatch(self, turn: Turn) -> None:
        event = turn.event
        if event.kind is EventKind.COMMAND:
            await self.command(turn, event.command, event.text)
        elif event.kind is EventKind.CHOICE:
            await self.choice(turn, event.data)
        else:
            await self.text(turn, event.text)

    # --- commands -------------------------------------------------------------------------------------------

    async def command(self, turn: Turn, command: str, args: str) -> None:
        if command == "start":
            turn.say(texts.WELCOME, texts.menu_buttons())
        elif command == "help":
            turn.say(texts.HELP)
        elif command == "setup":
            await self.start_flow(turn, SETUP)
        elif command == "pain":
            await self.start_flow(turn, PAIN, known=turn.data.pop("pain_known", None) or {})
        elif command == "cancel":
            if reminders.cancel_pending(turn):
                turn.say("OK, no reminder set.")
            else:
                self.cancel(turn)
        elif command == "cues":
            turn.say(texts.cue_card(await self.personal_tip(turn)))
        elif command == "remind":
            await reminders.remind(turn, args)
        elif command == "reminders":
            await reminders.show_reminders(turn)
        elif command == "settings":
            await account.settings(turn, args)
        elif command == "mydata":
            await account.my_data(turn)
        elif command == "forget":
            account.forget(turn)
        else:
            turn.say(texts.unknown_command(command))
            self.reask(turn)

    def cancel(self, turn: Turn) -> None:
        if turn.flow_id is None:
            turn.say(texts.NOTHING_TO_CANCEL)
            return
        title = self.flows[turn.flow_id].title
        turn.flow_id, turn.state = None, None
        turn.say(f"Stopped the {title.lower()}. Ask me anything, or /setup or /pain to start again.")

    # --- free text ------------------------------------------------------------------------------------------

    async def text(self, turn: Turn, text: str) -> None:
        text = text.strip()
        if not text:
            turn.say('Send me a question in words, like "how high should the bench be?"')
            return
        if await reminders.answer_pending(turn, text):
            return
        if await self.is_pain_report(text):
            await self.pain_from_text(turn, text)
            return
        typed = self.typed_choice(turn, text)
        if typed is not None:
            await self.choice(turn, typed)
            return
        if _GREETING.match(text):
            turn.say(texts.GREETING, texts.menu_buttons())
        elif _THANKS.match(text):
            turn.say(texts.THANKS)
        else:
            await self.question(turn, text)
        self.reask(turn)

    def typed_choice(self, turn: Turn, text: str) -> str | None:
        """A typed answer to the pending question: its number (terminal chat) or its label."""
        step = self.pending_step(turn)
        if step is None or turn.flow_id is None:
            return None
        wanted = text.strip().lower().rstrip(".!")
        for number, choice in enumerate(step.choices, start=1):
            if wanted in {str(number), choice.label.lower(), choice.id.replace("_", " ")}:
                return encode(FLOW_CHOICE, turn.flow_id, step.id, choice.id)
        return None

    async def question(self, turn: Turn, text: str) -> None:
        result = await self.answerer(text)
        turn.fallback = result.fallback
        turn.data["last_question"] = text[:500]  # the 👍/👎 feedback is stored with the question it rates
        # Not read as a pain report, but a wording the rules do not know may still hide an emergency sign.
        sign_check = (texts.SIGN_CHECK,) if mentions_a_sign_word(text) else ()
        if result.fallback or result.passage is None:
            turn.say(result.text)
            for line in sign_check:
                turn.say(line)
            return
        buttons: list[tuple[Button, ...]] = [(Button(f"More: {p.title}", encode(ASK, p.id)),) for p in result.followups]
        buttons.append(
            (
                Button("👍", encode(FEEDBACK, result.passage.id, "up")),
                Button("👎", encode(FEEDBACK, result.passage.id, "down")),
            )
        )
        turn.say(result.text, tuple(buttons))
        for line in sign_check:
            turn.say(line)
        if self.caution_active(turn):
            turn.say(texts.CAUTION)

    # --- pain -----------------------------------------------------------------------------------------------

    async def is_pain_report(self, text: str) -> bool:
        """The rules' detection, with the safety net's second opinion for wordings the rules do not know."""
        if detect_pain_report(text):
            return True
        net = self.safety_net
        if net is None:
            return False
        if await self._embedded_ahead(text):
            # The vectors are cached now: what is left is a few microseconds of arithmetic, cheaper here than a
            # hop to a thread.
            return net.escalation(text) is not None
        return await asyncio.to_thread(net.escalation, text) is not None

    async def _embedded_ahead(self, text: str) -> bool:
        """Embed the message and its sentences in a batch with other users' messages; False without a batcher."""
        if self.embed_ahead is None or self.safety_net is None:
            return False
        await self.embed_ahead([text, *sentences(text)])
        return True

    async def pain_from_text(self, turn: Turn, text: str) -> None:
        # A report the rules recognised never reached the net's check above: its vectors are batched here.
        await self._embedded_ahead(text)
        result = await asyncio.to_thread(triage_with_net, text, self.safety_net)
        await self.record_pain(turn, result)
        buttons: tuple[tuple[Button, ...], ...] = ()
        known = _known_fields(result)
        flow = self.flows[PAIN]
        if result.level is not Level.EMERGENCY and turn.flow_id != PAIN and not start(flow, known).finished:
            turn.data["pain_known"] = known
            turn.data["pain_text"] = text
            buttons = ((Button("Answer a few questions", encode(MENU, "pain")),),)
        turn.say("\n\n".join([compose_reply(result), *turn.postscript]), buttons)
        if result.level in (Level.NONE, Level.MODIFY) and turn.flow_id != SETUP:
            turn.say("Want to run through your setup?", ((Button("Check my setup", encode(MENU, "setup")),),))
        if result.level is not Level.EMERGENCY:
            self.reask(turn)

    async def record_pain(self, turn: Turn, result: TriageResult) -> None:
        turn.level = result.level.value
        await repo.add_pain_report(
            turn.session,
            turn.user.id,
            text=result.text,
            level=result.level.value,
            answers=_known_fields(result),
            flags=list(result.flags),
            locations=[loc.value for loc in result.locations],
        )
        # Someone else's signs ("my training partner says he can't feel his groin") send them to care, not the user:
        # the report is kept, but the user's own training is not put on hold.
        if result.level in (Level.PROFESSIONAL, Level.EMERGENCY) and not about_someone_else(result.text):
            await repo.set_train_caution(turn.session, turn.user.id, turn.now)
        for hook in self.after_pain_report:
            await hook(turn, result)

    def caution_active(self, turn: Turn) -> bool:
        return tips.caution_active(turn.user, turn.now)

    # --- buttons --------------------------------------------------------------------------------------------

    async def choice(self, turn: Turn, data: str) -> None:
        try:
            parsed = parse(data)
        except CallbackDataError:
            turn.say(texts.UNKNOWN_BUTTON)
            self.reask(turn)
            return
        kind = parsed.kind
        if kind is FLOW_CHOICE:
            await self.flow_choice(turn, parsed["flow_id"], parsed["step_id"], parsed["choice_id"])
        elif kind is MENU:
            await self.menu(turn, parsed["item"])
        elif kind is ASK:
            passage = self.knowledge.passage(parsed["passage_id"])
            turn.say(passage_reply(passage) if passage else texts.UNKNOWN_BUTTON)
            self.reask(turn)
        elif kind is FEEDBACK:
            question = str(turn.data.get("last_question", ""))
            await repo.add_feedback(
                turn.session,
                turn.user.id,
                question=question,
                passage_id=parsed["passage_id"],
                helpful=parsed["vote"] == "up",
            )
            turn.acknowledged = "👍" if parsed["vote"] == "up" else "👎"
            turn.say("Thanks for the feedback!")
        elif kind is REMINDER:
            await reminders.reminder_button(turn, parsed["action"], int(parsed["reminder_id"]))
        elif kind is CHECK_IN:
            await reminders.check_in_answer(turn, self, int(parsed["followup_id"]), parsed["answer"])
        else:
            turn.say(texts.UNKNOWN_BUTTON)

    async def menu(self, turn: Turn, item: str) -> None:
        if item == "ask":
            turn.say('Type your question, e.g. "where should the bar sit?" or "why does my back hurt?"')
        elif item in {"setup", "pain", "cues", "start", "help"}:
            await self.command(turn, item, "")
        elif reminders.handles_menu(item):
            await reminders.menu(turn, item)
        elif account.handles_menu(item):
            await account.menu(turn, item)
        else:
            turn.say(texts.UNKNOWN_BUTTON)

    # --- flows ----------------------------------------------------------------------------------------------

    def pending_step(self, turn: Turn) -> Step | None:
        if turn.flow_id is None or turn.state is None:
            return None
        return current_step(self.flows[turn.flow_id], turn.state)

    def reask(self, turn: Turn) -> None:
        """After an interruption, ask the pending question again so the flow keeps its place."""
        step = self.pending_step(turn)
        if step is not None and turn.flow_id is not None and turn.state is not None:
            turn.replies.append(step_reply(self.flows[turn.flow_id], step, turn.state))

    async def start_flow(self, turn: Turn, flow_id: str, known: Mapping[str, Any] | None = None) -> None:
        flow = self.flows[flow_id]
        if flow_id != PAIN:
            turn.data.pop("pain_text", None)
        turn.flow_id, turn.state = flow_id, start(flow, known or {})
        turn.say(flow.intro.strip())
        await self.advance(turn)

    async def flow_choice(self, turn: Turn, flow_id: str, step_id: str, choice_id: str) -> None:
        if turn.flow_id != flow_id or turn.state is None:
            turn.say(texts.STALE_BUTTON)
            self.reask(turn)
            return
        flow = self.flows[flow_id]
        try:
            result = answer(flow, turn.state, choice_id, step_id=step_id)
        except InvalidChoice:
            turn.say(texts.STALE_BUTTON)
            self.reask(turn)
            return
        step = flow.step(step_id)
        turn.acknowledged = f"{step.label if step else step_id}: {result.chosen.label}"
        turn.state = result.state
        if result.fix and flow.outcome is FlowOutcome.CHECKLIST:
            turn.say(f"⚠️ {result.fix.strip()}")
        await self.advance(turn)

    async def advance(self, turn: Turn) -> None:
        assert turn.flow_id is not None and turn.state is not None
        flow = self.flows[turn.flow_id]
        step = current_step(flow, turn.state)
        if step is not None:
            turn.replies.append(step_reply(flow, step, turn.state))
            return
        state, turn.flow_id, turn.state = turn.state, None, None
        if flow.outcome is FlowOutcome.CHECKLIST:
            await self.finish_setup(turn, flow, state)
        else:
            await self.finish_pain(turn, flow, state)

    async def finish_setup(self, turn: Turn, flow: Flow, state: FlowState) -> None:
        lines = summary(flow, state)
        previous = await repo.latest_setup_checks(turn.session, turn.user.id, n=1)
        await repo.add_setup_check(
            turn.session, turn.user.id, {k: str(v) for k, v in state.answers.items()}, created_at=turn.now
        )
        text = ["Your setup check:"] + [str(line) for line in lines]
        if previous:
            before = summary(flow, FlowState(flow.id, None, dict(previous[0].results)))
            changes = compare(before, lines)
            when = previous[0].created_at.date().isoformat()
            text += ["", f"Since your last check ({when}):", *changes]
        if flow.closing:
            text += ["", flow.closing.strip()]
        turn.say("\n".join(text))

    async def finish_pain(self, turn: Turn, flow: Flow, state: FlowState) -> None:
        known = answers_from_values(values(flow, state))
        result = triage_answers(known, str(turn.data.pop("pain_text", "")))
        await self.record_pain(turn, result)
        turn.say("\n\n".join([compose_reply(result), *turn.postscript]))
        if result.level in (Level.NONE, Level.MODIFY):
            turn.say("Want to run through your setup?", ((Button("Check my setup", encode(MENU, "setup")),),))

    async def personal_tip(self, turn: Turn) -> str | None:
        return await tips.personal_tip(turn.session, turn.user, turn.now, self.flows[SETUP])


def _known_fields(result: TriageResult) -> dict[str, Any]:
    """What the user's words already told us, as flow fields, so the pain flow does not ask it again."""
    known: dict[str, Any] = {}
    for name, value in vars(result.answers).items():
        if value is not None:
            known[name] = value.value if hasattr(value, "value") else value
    return known


class _UserQueue:
    """One update per user at a time within this process.

    Across processes the database lock does this; here it keeps a burst from one user from holding every
    pooled connection while they wait on that lock, which would stall everybody else.
    """

    def __init__(self) -> None:
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}  # user -> (lock, updates holding or awaiting it)

    @asynccontextmanager
    async def turn(self, user_id: int) -> AsyncIterator[None]:
        lock, count = self._locks.get(user_id) or (asyncio.Lock(), 0)
        self._locks[user_id] = (lock, count + 1)
        try:
            async with lock:
                yield
        finally:
            lock, count = self._locks[user_id]
            if count == 1:
                del self._locks[user_id]  # so memory follows the users being handled, not all users ever seen
            else:
                self._locks[user_id] = (lock, count - 1)
