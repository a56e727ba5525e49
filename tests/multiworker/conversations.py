"""Scripted users for multi-worker runs: what each sends, what it waits for, and what the bot's sends were."""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bot.engine.flows import SETUP_CHECK, load_flows
from tests.fake_telegram import BotMessage, FakeTelegram
from tests.fake_telegram.records import Injected

SETUP_STEPS = tuple(step.id for step in load_flows()[SETUP_CHECK].steps)
# The answer a careful lifter gives at each step (no fix, so each tap brings exactly the next question).
SETUP_ALL_GOOD = ["Yes", "Yes", "Yes", "Yes", "Yes", "Vertical", "Yes", "Yes"]
QUESTIONS = (
    "how high should the bench be?",
    "where should the bar sit on my hips?",
    "how do I stop my ribs flaring?",
    "how far apart should my feet be?",
    "should I tuck my chin during the thrust?",
    "how do I brace my core for hip thrusts?",
    "what should my shins look like at the top?",
    "do I need a pad for the bar?",
)


class Sent(StrEnum):
    """What a user asked for."""

    START = "/start"
    HELP = "/help"
    QUESTION = "question"
    SETUP = "/setup"
    TAP = "setup tap"


class Said(StrEnum):
    """What a bot message is, as the user sees it."""

    WELCOME = "welcome"
    HELP = "help"
    ANSWER = "answer"
    SETUP_INTRO = "setup intro"
    CHECKLIST = "checklist"
    OTHER = "other"  # an apology, "send that again", anything a clean run never says


@dataclass(frozen=True)
class Heard:
    """One classified bot message; `step` names the setup question it asks, if any."""

    said: Said | str

    @staticmethod
    def of(text: str, callback_data: tuple[str, ...]) -> Heard:
        for data in callback_data:
            if data.startswith(f"flow:{SETUP_CHECK}:"):
                return Heard(f"step {data.split(':')[2]}")
        if any(d.startswith("fb:") for d in callback_data):
            return Heard(Said.ANSWER)
        if text.startswith("Hi! I'm Hip Thrust Coach"):
            return Heard(Said.WELCOME)
        if text.startswith("Here's what I can do"):
            return Heard(Said.HELP)
        if text.startswith("Let's check your setup"):
            return Heard(Said.SETUP_INTRO)
        if text.startswith("Your setup check:"):
            return Heard(Said.CHECKLIST)
        return Heard(Said.OTHER)


def step_said(step_id: str) -> str:
    return f"step {step_id}"


def expected_replies(kind: Sent, tap_index: int = 0) -> list[str]:
    """What one update of this kind brings, when it is answered once."""
    if kind is Sent.START:
        return [Said.WELCOME]
    if kind is Sent.HELP:
        return [Said.HELP]
    if kind is Sent.QUESTION:
        return [Said.ANSWER]
    if kind is Sent.SETUP:
        return [Said.SETUP_INTRO, step_said(SETUP_STEPS[0])]
    following = tap_index + 1
    return [step_said(SETUP_STEPS[following])] if following < len(SETUP_STEPS) else [Said.CHECKLIST]


def heard_of_message(message: BotMessage) -> Heard:
    return Heard.of(message.text, message.callback_data)


def _callback_data(markup: Any) -> tuple[str, ...]:
    if isinstance(markup, str):
        try:
            markup = json.loads(markup)
        except ValueError:
            return ()
    if not isinstance(markup, Mapping):
        return ()
    rows = markup.get("inline_keyboard") or []
    return tuple(b["callback_data"] for row in rows for b in row if isinstance(b, dict) and "callback_data" in b)


def heard_in(tg: FakeTelegram, chat_id: int) -> list[str]:
    """Every message the bot sent this chat (successful sendMessage calls), classified, in order."""
    heard: list[str] = []
    for call in tg.calls("sendMessage"):
        if call.ok and call.chat_id == chat_id:
            text = str(call.params.get("text", ""))
            said = Heard.of(text, _callback_data(call.params.get("reply_markup"))).said
            heard.append(f"{said}: {text[:80]}" if said is Said.OTHER else said)
    return heard


@dataclass
class Update:
    """One update a scripted user sent, and when (monotonic) its reply arrived; None: never."""

    user_id: int
    update_id: int
    kind: Sent
    tap_index: int = 0
    injected_at: float = field(default_factory=time.monotonic)
    answered_at: float | None = None


@dataclass
class Tally:
    """Sent updates, with an observer called after each injection (the test kills a worker from there)."""

    updates: list[Update] = field(default_factory=list)
    on_inject: Callable[[int], Awaitable[None]] | None = None

    async def record(self, user_id: int, injected: Injected, kind: Sent, tap_index: int = 0) -> Update:
        update = Update(user_id, injected.update_id, kind, tap_index)
        self.updates.append(update)
        if self.on_inject is not None:
            await self.on_inject(len(self.updates))
        return update

    def answered(self, user_id: int) -> list[Update]:
        return [u for u in self.updates if u.user_id == user_id and u.answered_at is not None]


def _is(said: str | Said) -> Callable[[BotMessage], bool]:
    return lambda m: not m.edited and heard_of_message(m).said == said


def _button(message: BotMessage, label: str) -> str:
    for row in message.buttons:
        for button in row:
            if button.text == label and button.callback_data:
                return button.callback_data
    raise AssertionError(f"no button {label!r} on {message.text!r}")


async def _exchange(
    tg: FakeTelegram, tally: Tally, user_id: int, kind: Sent, inject: Callable[[], Awaitable[Injected]],
    wait_for: list[str], timeout: float, tap_index: int = 0,
) -> BotMessage | None:
    """Send one update and wait for each reply it brings; None (and the update unanswered) on a timeout."""
    mark = tg.mark()
    update = await tally.record(user_id, await inject(), kind, tap_index)
    last: BotMessage | None = None
    for said in wait_for:
        try:
            last = await tg.wait_for_reply(user_id, after=last or mark, predicate=_is(said), timeout=timeout)
        except TimeoutError:
            return None
    update.answered_at = time.monotonic()
    return last


async def setup_user(tg: FakeTelegram, tally: Tally, user_id: int, timeout: float) -> None:
    """/start, the whole setup check by buttons, then a question; waits for each reply, like a person."""
    user = tg.user(user_id, f"Lifter{user_id % 1000}")
    await _exchange(tg, tally, user_id, Sent.START, lambda: user.send("/start"), [Said.WELCOME], timeout)
    question = await _exchange(
        tg, tally, user_id, Sent.SETUP, lambda: user.send("/setup"), expected_replies(Sent.SETUP), timeout
    )
    for index, label in enumerate(SETUP_ALL_GOOD):
        if question is None:
            return  # a reply was lost: there is no button left to tap
        pressed = question
        question = await _exchange(
            tg, tally, user_id, Sent.TAP,
            lambda pressed=pressed, label=label: user.press(_button(pressed, label), message=pressed),
            expected_replies(Sent.TAP, index), timeout, tap_index=index,
        )
    await _exchange(
        tg, tally, user_id, Sent.QUESTION, lambda: user.send(QUESTIONS[user_id % len(QUESTIONS)]),
        [Said.ANSWER], timeout,
    )


async def question_user(tg: FakeTelegram, tally: Tally, user_id: int, timeout: float) -> None:
    """/start, a question, /help, then two questions sent at once (two updates of one user in flight together)."""
    user = tg.user(user_id, f"Asker{user_id % 1000}")
    first = QUESTIONS[user_id % len(QUESTIONS)]
    await _exchange(tg, tally, user_id, Sent.START, lambda: user.send("/start"), [Said.WELCOME], timeout)
    await _exchange(tg, tally, user_id, Sent.QUESTION, lambda: user.send(first), [Said.ANSWER], timeout)
    await _exchange(tg, tally, user_id, Sent.HELP, lambda: user.send("/help"), [Said.HELP], timeout)
    mark = tg.mark()
    burst = [
        await tally.record(user_id, await user.send(QUESTIONS[(user_id + n) % len(QUESTIONS)]), Sent.QUESTION)
        for n in (1, 2)
    ]
    last: BotMessage | int = mark
    for update in burst:
        try:
            last = await tg.wait_for_reply(user_id, after=last, predicate=_is(Said.ANSWER), timeout=timeout)
        except TimeoutError:
            return
        update.answered_at = time.monotonic()


def reply_counts(tg: FakeTelegram, tally: Tally, user_ids: list[int]) -> tuple[int, int, dict[int, str]]:
    """(lost, doubled, mismatches): every chat's sends against what its updates bring.

    An update counts as lost when its reply never came (part of it may have: a process killed between two
    messages of one reply). A send beyond what the chat's updates bring, each once, counts as doubled.
    `mismatches` shows, per chat, the sends whenever their order or kinds differ from the answered updates'.
    """
    lost = sum(1 for u in tally.updates if u.answered_at is None)
    doubled = 0
    mismatches: dict[int, str] = {}
    for user_id in user_ids:
        mine = [u for u in tally.updates if u.user_id == user_id]
        expected = [s for u in mine if u.answered_at is not None for s in expected_replies(u.kind, u.tap_index)]
        allowed = [s for u in mine for s in expected_replies(u.kind, u.tap_index)]
        heard = heard_in(tg, user_id)
        doubled += sum((Counter(heard) - Counter(allowed)).values())
        if heard != expected:
            mismatches[user_id] = f"expected {expected}, heard {heard}"
    return lost, doubled, mismatches


async def run_users(
    tg: FakeTelegram, tally: Tally, setup_ids: list[int], question_ids: list[int], timeout: float
) -> None:
    await asyncio.gather(
        *(setup_user(tg, tally, u, timeout) for u in setup_ids),
        *(question_user(tg, tally, u, timeout) for u in question_ids),
    )
