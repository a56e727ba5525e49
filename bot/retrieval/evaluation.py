"""Labelled question sets and the retrieval metrics every change is judged by."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.retrieval.answers import Answer


class EvalSetError(ValueError):
    pass


@dataclass(frozen=True)
class LabelledQuestion:
    question: str
    passage_ids: tuple[str, ...]  # any of these answers it


@dataclass(frozen=True)
class EvalSet:
    on_topic: tuple[LabelledQuestion, ...]
    off_topic: tuple[str, ...]


@dataclass(frozen=True)
class EvalReport:
    questions: int
    off_topic: int
    hit_at_1: float
    hit_at_3: float
    mrr: float
    fallback_precision: float  # of the fallbacks given, the share that were off-topic
    fallback_recall: float  # of the off-topic questions, the share that got the fallback
    false_fallback_rate: float  # of the on-topic questions, the share that wrongly got the fallback
    misses: tuple[tuple[str, str, str], ...]  # (question, expected, got) for hit@1 misses and wrong fallbacks

    def lines(self) -> list[str]:
        return [
            f"on-topic questions: {self.questions}, off-topic: {self.off_topic}",
            f"hit@1 {self.hit_at_1:.3f}  hit@3 {self.hit_at_3:.3f}  MRR {self.mrr:.3f}",
            f"fallback precision {self.fallback_precision:.3f}  recall {self.fallback_recall:.3f}  "
            f"on-topic wrongly refused {self.false_fallback_rate:.3f}",
        ]


def load_eval_set(path: Path, known_ids: set[str] | None = None) -> EvalSet:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise EvalSetError(f"{path}: cannot read evaluation set ({exc})") from None
    if not isinstance(data, dict) or "on_topic" not in data or "off_topic" not in data:
        raise EvalSetError(f"{path}: expected 'on_topic' and 'off_topic' lists")
    on_topic = []
    for number, item in enumerate(data["on_topic"] or [], start=1):
        if not isinstance(item, dict) or not item.get("q") or not item.get("ids"):
            raise EvalSetError(f"{path}: on_topic item {number} needs 'q' and 'ids'")
        ids = tuple(str(i) for i in item["ids"])
        unknown = [i for i in ids if known_ids is not None and i not in known_ids]
        if unknown:
            raise EvalSetError(f"{path}: on_topic item {number} names unknown passage(s) {', '.join(unknown)}")
        on_topic.append(LabelledQuestion(str(item["q"]), ids))
    off_topic = tuple(str(q) for q in data["off_topic"] or [])
    return EvalSet(tuple(on_topic), off_topic)


def evaluate(answer_many: Callable[[Sequence[str]], list[Answer]], data: EvalSet) -> EvalReport:
    on_answers = answer_many([q.question for q in data.on_topic])
    off_answers = answer_many(list(data.off_topic))
    hit1 = hit3 = reciprocal = 0.0
    misses: list[tuple[str, str, str]] = []
    for labelled, answer in zip(data.on_topic, on_answers, strict=True):
        ranked = [h.passage.id for h in answer.hits]
        rank = next((n for n, pid in enumerate(ranked, start=1) if pid in labelled.passage_ids), None)
        if rank is not None:
            reciprocal += 1 / rank
            hit1 += rank == 1
            hit3 += rank <= 3
        if rank != 1 or answer.fallback:
            got = "FALLBACK" if answer.fallback else (ranked[0] if ranked else "-")
            misses.append((labelled.question, "|".join(labelled.passage_ids), got))
    wrongly_refused = sum(a.fallback for a in on_answers)
    caught = sum(a.fallback for a in off_answers)
    given = wrongly_refused + caught
    for question, answer in zip(data.off_topic, off_answers, strict=True):
        if not answer.fallback:
            misses.append((question, "FALLBACK", answer.hits[0].passage.id))
    n, m = max(len(data.on_topic), 1), max(len(data.off_topic), 1)
    return EvalReport(
        questions=len(data.on_topic),
        off_topic=len(data.off_topic),
        hit_at_1=hit1 / n,
        hit_at_3=hit3 / n,
        mrr=reciprocal / n,
        fallback_precision=caught / given if given else 1.0,
        fallback_recall=caught / m,
        false_fallback_rate=wrongly_refused / n,
        misses=tuple(misses),
    )
