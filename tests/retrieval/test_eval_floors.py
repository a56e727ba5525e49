"""Retrieval quality floors on the labelled sets: a regression fails CI.

dev.yaml calibrates the off-topic threshold and was used to tune the fusion weights and the example questions;
heldout.yaml and blind2.yaml were written separately, without reading the passages, and are only measured
(heldout.yaml was looked at while choosing the fusion weights; blind2.yaml never was). Floors sit a little under
the measured figures (see the closing note of issue 3) so a model or library upgrade does not flake them, but a real
drop fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.retrieval.evaluation import EvalReport, evaluate, load_eval_set
from bot.retrieval.service import KnowledgeBase


def _report(knowledge_base: KnowledgeBase, knowledge_dir: Path, name: str) -> EvalReport:
    data = load_eval_set(knowledge_dir / "eval" / name, {p.id for p in knowledge_base.passages})
    assert len(data.on_topic) >= 80 and len(data.off_topic) >= 20
    return evaluate(knowledge_base.answer_many, data)


@pytest.mark.parametrize("name", ["dev.yaml", "heldout.yaml", "blind2.yaml"])
def test_retrieval_floors(knowledge_base: KnowledgeBase, knowledge_dir: Path, name: str) -> None:
    report = _report(knowledge_base, knowledge_dir, name)
    assert report.hit_at_1 >= 0.90, report.lines()
    assert report.hit_at_3 >= 0.97, report.lines()
    assert report.mrr >= 0.93, report.lines()
    assert report.fallback_recall >= 0.95, report.lines()
    assert report.false_fallback_rate <= 0.05, report.lines()
    assert report.fallback_precision >= 0.85, report.lines()


def test_every_passage_is_the_answer_to_some_heldout_question(
    knowledge_base: KnowledgeBase, knowledge_dir: Path
) -> None:
    data = load_eval_set(knowledge_dir / "eval" / "heldout.yaml")
    labelled = {pid for q in data.on_topic for pid in q.passage_ids}
    assert labelled == {p.id for p in knowledge_base.passages}
