"""Random and hostile input against the real Coach on SQLite: nothing escapes, every event gets an answer."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.engine.coach import MAX_MESSAGE_CHARS, TRUNCATED, Coach
from bot.engine.events import Event, EventKind
from bot.engine.flows import FlowState, current_step, encode_choice, load_flows
from bot.engine.flows.callback import KINDS
from bot.retrieval.service import KnowledgeBase
from bot.storage import repo
from bot.storage.db import make_engine, make_sessionmaker

FLOWS = load_flows()
USERS = (7, 8, 9)
COMMANDS = ("start", "help", "setup", "pain", "cancel", "cues", "remind", "reminders", "settings", "mydata", "forget")
ODD_TEXT = (
    "",
    "   ",
    "\x00\x01\x7f",
    "مرحبا، كم يجب أن يكون ارتفاع المقعد؟",
    "\u202eevil\u202c bench height",
    "👍🏽🏋️‍♀️💥" * 50,
    "my lower back hurts when I thrust",
    "sharp pain and my legs are numb",
    "hi",
    "1",
    "Yes",
    "Not sure",
    "tomorrow 7:30",
    "Europe/Berlin",
)
VALID_DATA = (
    encode_choice("setup_check", "bench_height", "yes"),
    encode_choice("pain_report", "location", "lower_back"),
    "menu:setup",
    "menu:pain",
    "menu:ask",
    "ask:setup-bench-height",
    "fb:setup-bench-height:up",
    "rem:delete:1",
    "chk:1:worse",
)

field = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)
texts = st.one_of(
    st.sampled_from(ODD_TEXT),
    st.text(max_size=300),
    st.builds(lambda piece, n: (piece * n)[:MAX_MESSAGE_CHARS], st.text(min_size=1, max_size=8), st.integers(1, 4096)),
)
callback_data = st.one_of(
    st.sampled_from(VALID_DATA),
    st.builds(
        lambda prefix, rest: ":".join([prefix, *rest]), st.sampled_from(sorted(KINDS)), st.lists(field, max_size=5)
    ),
    st.builds(lambda data, cut: data[:cut], st.sampled_from(VALID_DATA), st.integers(0, 40)),
    st.builds(lambda data, tail: data + tail, st.sampled_from(VALID_DATA), st.text(max_size=80)),
    st.text(max_size=200),
)
events = st.one_of(
    st.builds(lambda u, t: Event(u, EventKind.TEXT, text=t), st.sampled_from(USERS), texts),
    st.builds(
        lambda u, c, a: Event(u, EventKind.COMMAND, command=c, text=a),
        st.sampled_from(USERS),
        st.one_of(st.sampled_from(COMMANDS), st.text(min_size=1, max_size=40).map(str.lower)),
        st.one_of(st.just(""), texts),
    ),
    st.builds(lambda u, d: Event(u, EventKind.CHOICE, data=d), st.sampled_from(USERS), callback_data),
)
# Batches run one after another; the events within a batch are handled at the same time.
batches = st.lists(st.lists(events, min_size=1, max_size=4), min_size=1, max_size=4)


@pytest.fixture
async def sessions(sqlite_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = make_engine(sqlite_url)
    yield make_sessionmaker(engine)
    await engine.dispose()


@pytest.fixture
def coach(knowledge_base: KnowledgeBase, sessions: async_sessionmaker[AsyncSession]) -> Coach:
    # One database for all examples on purpose: state left by one example is the next one's starting point.
    return Coach(knowledge_base, sessions)


async def assert_state_loads(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as session:
        for user_id in USERS:
            conversation = await repo.load_conversation(session, user_id)
            assert conversation.flow is None or conversation.flow in FLOWS
            raw = conversation.data.get("state")
            if conversation.flow is not None and raw is not None:
                state = FlowState.from_dict(raw)
                assert state.flow_id == conversation.flow
                current_step(FLOWS[conversation.flow], state)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(batches=batches)
async def test_random_input_is_always_answered_and_state_stays_valid(
    batches: list[list[Event]], coach: Coach, sessions: async_sessionmaker[AsyncSession]
) -> None:
    for batch in batches:
        outcomes = await asyncio.gather(*(coach.handle(event) for event in batch))
        for event, outcome in zip(batch, outcomes, strict=True):
            assert outcome.replies, f"no reply to {event!r}"
            assert all(reply.text or reply.document for reply in outcome.replies)
        await assert_state_loads(sessions)


async def test_a_message_longer_than_telegram_allows_is_cut_with_a_note(coach: Coach) -> None:
    outcome = await coach.handle(Event(7, EventKind.TEXT, text="how high should the bench be? " + "x" * 5000))
    assert outcome.replies[0].text == TRUNCATED
    assert len(outcome.replies) > 1


async def test_a_message_of_exactly_4096_characters_is_read_whole(coach: Coach) -> None:
    outcome = await coach.handle(Event(7, EventKind.TEXT, text=("how high should the bench be? " * 200)[:4096]))
    assert TRUNCATED not in outcome.text and outcome.replies
