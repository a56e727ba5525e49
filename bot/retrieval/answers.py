"""Turns search hits into a chat-sized answer, or an honest fallback when the guide does not cover the question."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.knowledge import Passage
from bot.retrieval.search import Hit, SearchResult

FALLBACK_TEXT = (
    "I can't help with that one. I only know the barbell hip thrust: setup (bench, bar, feet, head), "
    "the movement step by step, cues, common mistakes, progressing safely, why your lower back might hurt "
    'and when to see a professional. Try something like "how high should the bench be?"'
)
FOLLOWUP_MARGIN = 0.12  # a related passage must score within this of the best one to be suggested
MAX_FOLLOWUPS = 2


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    fallback: bool
    hits: tuple[Hit, ...]
    followups: tuple[Passage, ...]

    @property
    def passage(self) -> Passage | None:
        return None if self.fallback or not self.hits else self.hits[0].passage

    def to_json(self) -> dict[str, Any]:
        """The `coach ask --json` contract; passages best first, none for a fallback."""
        hits = () if self.fallback else self.hits
        return {
            "question": self.question,
            "answer": self.text,
            "fallback": self.fallback,
            "passages": [
                {"id": h.passage.id, "title": h.passage.title, "text": h.passage.text, "score": round(h.score, 4)}
                for h in hits
            ],
        }


def source_line(passage: Passage) -> str:
    return f"(from the guide: {passage.section} › {passage.title})"


def passage_reply(passage: Passage) -> str:
    return f"{passage.text}\n\n{source_line(passage)}"


def compose_answer(result: SearchResult, threshold: float) -> Answer:
    if not result.hits or result.confidence < threshold:
        return Answer(result.query, FALLBACK_TEXT, True, result.hits, ())
    best = result.hits[0]
    followups = tuple(
        hit.passage for hit in result.hits[1:] if best.score - hit.score <= FOLLOWUP_MARGIN and hit.score >= threshold
    )[:MAX_FOLLOWUPS]
    return Answer(result.query, passage_reply(best.passage), False, result.hits, followups)
