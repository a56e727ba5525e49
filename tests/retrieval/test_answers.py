"""Questions in, chat-sized answers out: what a user sees from the knowledge base."""

from __future__ import annotations

import pytest

from bot.retrieval.answers import FALLBACK_TEXT
from bot.retrieval.service import KnowledgeBase


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how high should the bench be?", "setup-bench-height"),
        ("why would my back hurt at the top of a thrust?", "cause-lumbar-hyperextension"),
        ("bar hurts my hip bones", "setup-bar-pad"),
        ("shins should be vertical?", "setup-shin-test"),
        ("how much weight should i add each week", "progress-weight-increments"),
    ],
)
def test_answers_from_the_right_passage(knowledge_base: KnowledgeBase, question: str, expected: str) -> None:
    answer = knowledge_base.answer(question)
    assert not answer.fallback
    assert answer.passage is not None and answer.passage.id == expected
    # The answer is the passage plus the section it came from, and fits one chat message.
    assert answer.passage.text in answer.text
    assert answer.passage.section in answer.text
    assert len(answer.text) < 1000


@pytest.mark.parametrize(
    "question", ["what's a good protein powder?", "who won the football last night", "fix my wifi"]
)
def test_off_topic_gets_the_honest_fallback(knowledge_base: KnowledgeBase, question: str) -> None:
    answer = knowledge_base.answer(question)
    assert answer.fallback
    assert answer.text == FALLBACK_TEXT
    assert answer.to_json()["passages"] == []


def test_typos_still_find_the_passage(knowledge_base: KnowledgeBase) -> None:
    corrected = knowledge_base.searcher.corrector.correct("lowr bak hurts wen i thurst")
    assert "thrust" in corrected and "lower" in corrected
    answer = knowledge_base.answer("benchh hieght for hip thursts")
    assert answer.passage is not None and answer.passage.id == "setup-bench-height"


def test_real_words_are_not_corrected_into_the_guide(knowledge_base: KnowledgeBase) -> None:
    assert knowledge_base.searcher.corrector.correct("protein powder") == "protein powder"


def test_json_contract(knowledge_base: KnowledgeBase) -> None:
    data = knowledge_base.answer("feet too far forward?").to_json()
    assert set(data) == {"question", "answer", "fallback", "passages"}
    assert data["question"] == "feet too far forward?" and data["fallback"] is False
    assert len(data["passages"]) >= 3
    scores = [p["score"] for p in data["passages"]]
    assert scores == sorted(scores, reverse=True)
    assert all(set(p) == {"id", "title", "text", "score"} for p in data["passages"])


def test_followups_are_other_close_passages(knowledge_base: KnowledgeBase) -> None:
    for question in ("ribs down cue", "neck hurts during hip thrust", "how do i stop arching"):
        answer = knowledge_base.answer(question)
        assert answer.passage is not None
        assert len(answer.followups) <= 2
        assert answer.passage not in answer.followups
        assert len({p.id for p in answer.followups}) == len(answer.followups)


def test_batch_answers_match_single_answers(knowledge_base: KnowledgeBase) -> None:
    questions = ["bench height?", "what is a good protein powder", "squeeze at the top"]
    batch = knowledge_base.answer_many(questions)
    single = [knowledge_base.answer(q) for q in questions]
    assert [a.text for a in batch] == [a.text for a in single]
