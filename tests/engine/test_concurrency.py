"""Several workers, one truth: two Coaches on one database handle one user's updates one at a time, once each."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.engine.coach import BUSY, Coach, StillSending
from bot.engine.events import Event, EventKind, Outcome
from bot.engine.flows import FlowState, encode_choice, load_flows
from bot.retrieval.answers import Answer
from bot.retrieval.service import KnowledgeBase
from bot.storage import repo
from bot.storage.db import make_engine, make_sessionmaker
from bot.storage.locks import lock_user
from bot.storage.models import ProcessedUpdate

SETUP = load_flows()["setup_check"]
STEPS = [step.id for step in SETUP.steps]
ALICE, BOB = 1001, 1002
QUESTIONS = [
    "how high should the bench be?",
    "where should the bar sit?",
    "what should I look at during the lift?",
    "how far should my feet be from the bench?",
    "should I tuck my chin?",
]


def press(user_id: int, step_id: str, choice_id: str = "yes", update_id: int | None = None) -> Event:
    return Event(user_id, EventKind.CHOICE, data=encode_choice(SETUP.id, step_id, choice_id), update_id=update_id)


def ask(user_id: int, text: str, update_id: int | None = None) -> Event:
    return Event(user_id, EventKind.TEXT, text=text, update_id=update_id)


class Workers:
    """Two workers as two processes would be: a Coach each, each with its own engine and connection pool."""

    def __init__(self, knowledge: KnowledgeBase, url: str) -> None:
        self.engines: list[AsyncEngine] = [make_engine(url), make_engine(url)]
        self.sessions: list[async_sessionmaker[AsyncSession]] = [make_sessionmaker(e) for e in self.engines]
        self.coaches = [Coach(knowledge, sessions) for sessions in self.sessions]

    async def setup_state(self, user_id: int) -> FlowState | None:
        async with self.sessions[0]() as session:
            conversation = await repo.load_conversation(session, user_id)
        raw = conversation.data.get("state")
        assert conversation.flow in (None, SETUP.id)
        return None if raw is None else FlowState.from_dict(raw)

    async def close(self) -> None:
        for engine in self.engines:
            await engine.dispose()


@pytest.fixture
async def workers(knowledge_base: KnowledgeBase, db_url: str) -> AsyncIterator[Workers]:
    """On SQLite and on PostgreSQL (db_url is parametrised)."""
    pair = Workers(knowledge_base, db_url)
    yield pair
    await pair.close()


@pytest.fixture
async def postgres_workers(knowledge_base: KnowledgeBase, postgres_url: str) -> AsyncIterator[Workers]:
    pair = Workers(knowledge_base, postgres_url)
    yield pair
    await pair.close()


async def test_interleaved_presses_and_questions_advance_the_flow_once_per_valid_press(workers: Workers) -> None:
    await workers.coaches[0].handle(Event(ALICE, EventKind.COMMAND, command="setup"))
    # Three taps on each of the first five questions (double- and triple-taps) and five questions, shuffled.
    events = [press(ALICE, step) for step in STEPS[:5] for _ in range(3)] + [ask(ALICE, q) for q in QUESTIONS]
    random.Random(6).shuffle(events)
    outcomes: list[Outcome] = await asyncio.gather(
        *(workers.coaches[i % 2].handle(event) for i, event in enumerate(events))
    )

    assert all(outcome.replies for outcome in outcomes)
    assert not any(BUSY in outcome.text for outcome in outcomes)
    accepted = [outcome.acknowledged for outcome in outcomes if outcome.acknowledged]
    # The first tap handled on the waiting question always counts, so at least the bench height does.
    assert accepted and len(accepted) == len(set(accepted))  # no step taken twice
    state = await workers.setup_state(ALICE)
    assert state is not None
    # Every accepted tap is stored, and they are the flow's first steps. Compared as a set: PostgreSQL's JSONB keeps
    # an object's keys in its own order (shortest first), not in the order they were written.
    assert set(state.answers) == set(STEPS[: len(accepted)])
    assert state.step_id == STEPS[len(accepted)]
    for event, outcome in zip(events, outcomes, strict=True):
        if event.kind is EventKind.TEXT:
            assert outcome.fallback is not None  # every question got its answer, none was lost in a retry


async def test_the_same_update_delivered_to_both_workers_is_applied_once(workers: Workers) -> None:
    await workers.coaches[0].handle(Event(ALICE, EventKind.COMMAND, command="setup", update_id=1))
    redelivered = press(ALICE, "bench_height", update_id=2)
    outcomes = await asyncio.gather(
        workers.coaches[0].handle(redelivered), workers.coaches[1].handle(redelivered), return_exceptions=True
    )
    # One worker applies the tap; the other finds it handled while the first may still be sending its replies, and
    # asks Telegram to come back later rather than send them too.
    applied = [o for o in outcomes if isinstance(o, Outcome)]
    assert len(applied) == 1 and applied[0].acknowledged is not None
    assert sum(isinstance(o, StillSending) for o in outcomes) == 1
    await workers.coaches[0].delivered(2)  # the front end confirms it sent the replies
    again = await workers.coaches[1].handle(redelivered)  # Telegram retrying once more, later
    assert again.replies == ()
    state = await workers.setup_state(ALICE)
    assert state is not None and dict(state.answers) == {"bench_height": "yes"}
    fresh = await workers.coaches[1].handle(press(ALICE, "sturdy_bench", update_id=3))
    assert fresh.acknowledged == "Sturdy bench: Yes"


async def test_a_question_redelivered_after_it_was_delivered_is_not_answered_again(workers: Workers) -> None:
    first = await workers.coaches[0].handle(ask(ALICE, "where should the bar sit?", update_id=10))
    await workers.coaches[0].delivered(10)
    second = await workers.coaches[1].handle(ask(ALICE, "where should the bar sit?", update_id=10))
    assert first.fallback is False and second.replies == ()


async def test_replies_of_a_worker_that_died_before_sending_are_sent_by_the_next(workers: Workers) -> None:
    """The outbox: the first worker committed the turn but never confirmed its replies (it was killed)."""
    first = await workers.coaches[0].handle(Event(ALICE, EventKind.COMMAND, command="setup", update_id=20))
    # While its sending lease lasts, the first worker may still be sending: the redelivery is put off.
    with pytest.raises(StillSending):
        await workers.coaches[1].handle(Event(ALICE, EventKind.COMMAND, command="setup", update_id=20))
    async with workers.sessions[1].begin() as session:  # the dead worker's lease runs out
        await repo.renew_sending_lease(session, 20, datetime.now(UTC) - timedelta(seconds=1))
    resent = await workers.coaches[1].handle(Event(ALICE, EventKind.COMMAND, command="setup", update_id=20))
    assert [r.text for r in resent.replies] == [r.text for r in first.replies]
    assert [r.buttons for r in resent.replies] == [r.buttons for r in first.replies]
    assert resent.acknowledged is None  # nothing was handled twice
    await workers.coaches[1].delivered(20)
    assert (
        await workers.coaches[0].handle(Event(ALICE, EventKind.COMMAND, command="setup", update_id=20))
    ).replies == ()


async def test_update_ids_older_than_two_days_are_forgotten_now_and_then(
    workers: Workers, knowledge_base: KnowledgeBase
) -> None:
    always = Coach(knowledge_base, workers.sessions[0], forget_updates_chance=1.0)
    async with workers.sessions[0].begin() as session:
        await session.execute(
            insert(ProcessedUpdate).values(update_id=5, handled_at=datetime.now(UTC) - timedelta(days=3))
        )
    assert (await always.handle(ask(ALICE, "hi", update_id=6))).replies
    async with workers.sessions[0]() as session:
        remembered = set((await session.scalars(select(ProcessedUpdate.update_id))).all())
    assert remembered == {6}
    await always.delivered(6)
    assert (await always.handle(ask(ALICE, "hi", update_id=6))).replies == ()


@pytest.mark.postgres
async def test_one_users_held_lock_blocks_only_that_user(postgres_workers: Workers) -> None:
    worker = postgres_workers.coaches[0]
    async with postgres_workers.sessions[1].begin() as other_worker:
        await lock_user(other_worker, ALICE)  # another worker is in the middle of one of Alice's updates
        # More of Alice's updates than the pool has connections: they must queue without starving Bob.
        alice = [asyncio.create_task(worker.handle(ask(ALICE, "hi"))) for _ in range(15)]
        bob = await asyncio.wait_for(worker.handle(ask(BOB, "hi")), timeout=5)
        assert bob.replies
        await asyncio.sleep(0.3)
        assert not any(task.done() for task in alice)
    outcomes = await asyncio.wait_for(asyncio.gather(*alice), timeout=15)
    assert all(outcome.replies for outcome in outcomes)


@pytest.mark.postgres
async def test_different_users_are_handled_in_parallel(
    postgres_workers: Workers, knowledge_base: KnowledgeBase
) -> None:
    # Each of 10 users' answers takes 0.3 s longer, inside their turn; one user at a time would take 3 s.
    async def slow_answer(question: str) -> Answer:
        await asyncio.sleep(0.3)
        return await asyncio.to_thread(knowledge_base.answer, question)

    coach = Coach(knowledge_base, postgres_workers.sessions[0], answerer=slow_answer)
    loop = asyncio.get_running_loop()
    started = loop.time()
    outcomes = await asyncio.gather(*(coach.handle(ask(2000 + n, "where should the bar sit?")) for n in range(10)))
    assert loop.time() - started < 2.0
    assert all(outcome.fallback is False for outcome in outcomes)
