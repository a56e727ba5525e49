"""Concurrent questions share model calls and get the same answers as one at a time."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from bot.retrieval.answers import Answer
from bot.retrieval.batcher import AnswerBatcher
from bot.retrieval.service import KnowledgeBase

QUESTIONS = [
    "how high should the bench be?",
    "bar hurts my hip bones",
    "what's a good protein powder?",
    "shins leaning forward at the top",
    "ribs down cue",
    "how much weight to add",
] * 3


async def test_concurrent_questions_are_batched_and_answered_alike(knowledge_base: KnowledgeBase) -> None:
    batcher = AnswerBatcher(knowledge_base.answer_many, max_wait=0.05)
    try:
        answers = await asyncio.gather(*(batcher.answer(q) for q in QUESTIONS))
    finally:
        await batcher.close()
    assert [a.text for a in answers] == [knowledge_base.answer(q).text for q in QUESTIONS]
    assert batcher.batches < len(QUESTIONS) / 2  # most questions shared a model call


async def test_a_failing_model_call_reaches_its_callers_and_the_batcher_recovers(knowledge_base: KnowledgeBase) -> None:
    calls = 0

    def flaky(questions: Sequence[str]) -> list[Answer]:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("model fell over")
        return knowledge_base.answer_many(questions)

    batcher = AnswerBatcher(flaky)
    try:
        with pytest.raises(RuntimeError, match="fell over"):
            await batcher.answer("bench height?")
        answer = await batcher.answer("bench height?")
    finally:
        await batcher.close()
    assert answer.passage is not None and answer.passage.id == "setup-bench-height"
