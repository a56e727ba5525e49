"""Whole conversations with the engine, as a user would have them, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.engine import texts
from bot.engine.coach import Coach
from bot.engine.flows import encode_choice
from bot.retrieval.service import KnowledgeBase
from bot.storage import repo
from tests.engine.conftest import Chat, Clock

SETUP_ALL_YES = ["Yes", "Yes", "Yes", "Yes", "Yes", "Vertical", "Yes", "Yes"]


def buttons(chat: Chat) -> list[str]:
    assert chat.last is not None
    return [b.label for reply in chat.last.replies for b in reply.choices]


async def test_start_welcomes_with_the_menu(chat: Chat) -> None:
    outcome = await chat.send("/start")
    assert "not a medical service" in outcome.text
    assert buttons(chat) == ["Ask a question", "Check my setup", "I feel pain", "Cue reminders"]


async def test_a_question_is_answered_with_its_section(chat: Chat) -> None:
    outcome = await chat.send("how high should the bench be?")
    assert outcome.fallback is False
    assert "shoulder blade" in outcome.text and "Setup" in outcome.text
    assert "👍" in buttons(chat) and "👎" in buttons(chat)


@pytest.mark.parametrize(
    "text",
    [
        "is it normal to pee a lot after training?",  # answered or refused, the signs are named under it
        "do hip thrusts work the inner thighs too?",
        "what does numbness after a workout mean?",
    ],
)
async def test_a_question_with_a_word_that_may_hide_a_sign_names_the_emergency_signs(chat: Chat, text: str) -> None:
    outcome = await chat.send(text)
    assert texts.SIGN_CHECK in outcome.text
    assert outcome.text.index(texts.SIGN_CHECK) > 0  # under the answer, not instead of it


async def test_an_ordinary_question_gets_no_sign_check(chat: Chat) -> None:
    outcome = await chat.send("how do I keep both feet flat on the floor?")
    assert texts.SIGN_CHECK not in outcome.text


async def test_off_topic_gets_the_fallback(chat: Chat) -> None:
    outcome = await chat.send("what's a good protein powder?")
    assert outcome.fallback is True and "can't help" in outcome.text


async def test_full_setup_check_by_buttons_then_progress_next_time(
    chat: Chat, session_factory: async_sessionmaker[AsyncSession], clock: Clock
) -> None:
    first = await chat.send("/setup")
    assert "bench" in first.text.lower()
    assert buttons(chat) == ["Yes", "No", "Not sure"]
    answers = ["No", *SETUP_ALL_YES[1:5], "Lean forward", "Yes", "Yes"]
    for label in answers:
        outcome = await chat.press(label)
    assert "Your setup check:" in outcome.text
    assert "⚠️ Bench height" in outcome.text and "⚠️ Shin test" in outcome.text and "✅ Feet" in outcome.text
    clock.now += timedelta(days=7)
    await chat.send("/setup")
    for label in SETUP_ALL_YES:
        outcome = await chat.press(label)
    assert "Since your last check (2026-11-24)" in outcome.text
    assert "Bench height: ⚠️ → ✅" in outcome.text
    async with session_factory() as session:
        checks = await repo.latest_setup_checks(session, chat.user_id)
    assert [c.results["bench_height"] for c in checks] == ["yes", "no"]


async def test_shin_test_answers_give_the_matching_fix(chat: Chat) -> None:
    await chat.send("/setup")
    for label in SETUP_ALL_YES[:5]:
        await chat.press(label)
    forward = await chat.press("Lean forward")
    assert "too close" in forward.text.lower()
    assert forward.acknowledged == "Shin test: Lean forward"


async def test_question_mid_flow_keeps_the_place(chat: Chat) -> None:
    await chat.send("/setup")
    await chat.press("Yes")
    outcome = await chat.send("where should the bar sit?")
    assert "hip crease" in outcome.text.lower()
    # The pending question (sturdy bench) is asked again, and answering it moves on.
    assert "wobble" in outcome.replies[-1].text.lower()
    after = await chat.press("Yes")
    assert "bar" in after.text.lower()


async def test_pain_report_mid_flow_is_triaged_first(chat: Chat) -> None:
    await chat.send("/setup")
    outcome = await chat.send("sharp pain shoots down my leg when I thrust")
    assert outcome.level == "professional"
    assert outcome.replies[0].text.startswith("Stop hip thrusts")
    assert "shoulder blades" in outcome.replies[-1].text  # the setup question comes back last


async def test_emergency_free_text_comes_first_and_is_remembered(
    chat: Chat, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    outcome = await chat.send("after thrusting i cant feel my inner thighs and i peed a little")
    assert outcome.level == "emergency"
    assert outcome.replies[0].text.startswith("Seek emergency care now")
    async with session_factory() as session:
        report = await repo.latest_pain_report(session, chat.user_id)
        user = await repo.get_user(session, chat.user_id)
    assert report is not None and report.level == "emergency"
    assert user is not None and user.train_caution_since is not None
    later = await chat.send("how high should the bench be?")
    assert texts.CAUTION in later.text
    cues = await chat.send("/cues")
    assert texts.CAUTION in cues.text


async def test_a_relayed_emergency_is_kept_without_holding_back_the_users_own_training(
    chat: Chat, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    outcome = await chat.send("I'm fine myself, but my lifting partner says he can't feel his groin since the session")
    assert outcome.level == "emergency"
    assert outcome.replies[0].text.startswith("They need emergency care now")
    async with session_factory() as session:
        report = await repo.latest_pain_report(session, chat.user_id)
        user = await repo.get_user(session, chat.user_id)
    assert report is not None and report.level == "emergency"
    assert user is not None and user.train_caution_since is None
    later = await chat.send("how high should the bench be?")
    assert texts.CAUTION not in later.text


async def test_broken_emoji_halves_and_stray_bytes_are_triaged_saved_and_answered(
    chat: Chat, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    # An emoji escaped in two halves, as JSON and YAML can carry it, and a byte that was not UTF-8 (surrogateescape):
    # the tokenizer and the database drivers refuse both as they come.
    outcome = await chat.send("\ud83d\ude2b sharp pain shoots down my leg \udcff when I thrust")
    assert outcome.level == "professional"
    async with session_factory() as session:
        report = await repo.latest_pain_report(session, chat.user_id)
    assert report is not None and report.text == "\U0001f62b sharp pain shoots down my leg \ufffd when I thrust"
    answer = await chat.send("how high should the bench be? \ud83d")
    assert answer.fallback is False and "bench" in answer.text.lower()


async def test_cancel_leaves_the_flow(chat: Chat) -> None:
    assert (await chat.send("/cancel")).text == texts.NOTHING_TO_CANCEL
    await chat.send("/setup")
    outcome = await chat.send("/cancel")
    assert "Stopped the setup check" in outcome.text
    stale = await chat.press_data(encode_choice("setup_check", "bench_height", "yes"))
    assert stale.text == texts.STALE_BUTTON


async def test_stale_and_tampered_buttons_change_nothing(chat: Chat) -> None:
    await chat.send("/setup")
    await chat.press("Yes")
    stale = await chat.press_data(encode_choice("setup_check", "bench_height", "no"))
    assert stale.replies[0].text == texts.STALE_BUTTON
    assert "wobble" in stale.replies[-1].text.lower()  # still on the second step
    tampered = await chat.press_data("flow:setup_check:sturdy_bench:maybe';drop")
    assert tampered.replies[0].text == texts.UNKNOWN_BUTTON
    assert (await chat.press("Yes")).acknowledged == "Sturdy bench: Yes"


async def test_a_restart_resumes_exactly_where_the_user_was(
    chat: Chat, knowledge_base: KnowledgeBase, session_factory: async_sessionmaker[AsyncSession]
) -> None:
    await chat.send("/setup")
    await chat.press("Yes")
    await chat.press("No")
    restarted = Chat(Coach(knowledge_base, session_factory), chat.user_id, chat.last)
    outcome = await restarted.press("Yes")
    assert outcome.acknowledged == "Bar position: Yes"


async def answer_pain_flow(chat: Chat, location: str) -> list[str]:
    """Walks /pain answering No / None where it can; returns the questions asked."""
    await chat.send("/pain")
    await chat.press(location)
    asked = []
    for _ in range(15):
        labels = buttons(chat)
        if not labels:
            return asked
        assert chat.last is not None
        asked.append(chat.last.replies[-1].text.lower())
        choice = "No" if "No" in labels else ("None of these" if "None of these" in labels else labels[0])
        await chat.press(choice)
    raise AssertionError("the pain flow did not end")


async def test_pain_flow_asks_red_flags_for_the_back_but_not_the_neck(chat: Chat) -> None:
    back = await answer_pain_flow(chat, "Lower back")
    assert any("groin" in q or "between your legs" in q or "saddle" in q for q in back)
    assert any("bladder" in q for q in back)
    assert chat.last is not None and chat.last.level is not None
    neck = await answer_pain_flow(chat, "Neck")
    assert not any("bladder" in q for q in neck)


async def test_offered_pain_flow_skips_what_the_text_said(chat: Chat) -> None:
    outcome = await chat.send("my lower back feels a bit tight after hip thrusts")
    assert outcome.level in {"modify", "none"}
    assert "Answer a few questions" in buttons(chat)
    follow = await chat.press("Answer a few questions")
    assert "Where" not in follow.replies[-1].text  # the location is already known from the message


async def test_typed_numbers_answer_the_pending_question(chat: Chat) -> None:
    await chat.send("/setup")
    outcome = await chat.send("2")
    assert outcome.acknowledged == "Bench height: No"
