"""The knowledge base as a service: build the index, open it once per process, answer questions."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.knowledge import Passage, load_out_of_scope, load_passages
from bot.retrieval.answers import Answer, compose_answer
from bot.retrieval.calibration import choose_threshold
from bot.retrieval.embedder import Embedder
from bot.retrieval.evaluation import EvalSet, load_eval_set
from bot.retrieval.index_store import (
    Manifest,
    StaleIndexError,
    build_vectors,
    new_manifest,
    read_index,
    read_manifest,
    staleness,
    write_index,
)
from bot.retrieval.search import Searcher

CALIBRATION_SET = "eval/dev.yaml"  # relative to the knowledge directory; held-out sets are never used here


@dataclass
class KnowledgeBase:
    searcher: Searcher
    manifest: Manifest

    @property
    def threshold(self) -> float:
        return self.manifest.calibration.get("threshold", float("-inf"))

    @property
    def passages(self) -> list[Passage]:
        return self.searcher.passages

    def passage(self, passage_id: str) -> Passage | None:
        return next((p for p in self.searcher.passages if p.id == passage_id), None)

    def answer(self, question: str) -> Answer:
        return compose_answer(self.searcher.search(question), self.threshold)

    def answer_if_embedded(self, question: str) -> Answer | None:
        """The answer without a model call when the question's vector is cached, else None."""
        result = self.searcher.search_if_embedded(question)
        return None if result is None else compose_answer(result, self.threshold)

    def answer_many(self, questions: Sequence[str]) -> list[Answer]:
        return [compose_answer(result, self.threshold) for result in self.searcher.search_many(list(questions))]


def known_words(embedder: Embedder) -> frozenset[str]:
    """Whole words the model's tokenizer knows; they are never 'corrected' into knowledge-base words."""
    # ONNX Runtime's embedder holds the tokenizer itself; sentence-transformers' model holds it on torch.
    tokenizer = getattr(embedder, "tokenizer", None) or getattr(getattr(embedder, "model", None), "tokenizer", None)
    vocab = tokenizer.get_vocab() if tokenizer is not None else {}
    return frozenset(w for w in vocab if w.isalpha() and w.islower())


def build_index(
    knowledge_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    progress: Callable[[int, int], None] | None = None,
) -> Manifest:
    started = time.perf_counter()
    passages = load_passages(knowledge_dir)
    index, owners, sources = build_vectors(passages, load_out_of_scope(knowledge_dir), embedder, progress)
    searcher = Searcher(passages, embedder, index, owners, sources, known_words(embedder))
    calibration: dict[str, float] = {}
    dev_path = knowledge_dir / CALIBRATION_SET
    if dev_path.exists():
        calibration = calibrate(searcher, load_eval_set(dev_path, {p.id for p in passages}))
    manifest = new_manifest(embedder, knowledge_dir, passages, owners, sources, started, calibration)
    write_index(index_dir, index, manifest)
    return manifest


def calibrate(searcher: Searcher, data: EvalSet) -> dict[str, float]:
    on = [r.confidence for r in searcher.search_many([q.question for q in data.on_topic])]
    off = [r.confidence for r in searcher.search_many(list(data.off_topic))]
    return {"threshold": round(choose_threshold(on, off), 4), "on_topic": len(on), "off_topic": len(off)}


def open_knowledge_base(knowledge_dir: Path, index_dir: Path, embedder: Embedder) -> KnowledgeBase:
    """Loads the index built for exactly this knowledge and model, or refuses with how to rebuild."""
    manifest = read_manifest(index_dir)
    reason = staleness(manifest, knowledge_dir, embedder.name, embedder.fingerprint)
    if reason:
        raise StaleIndexError(f"the index is stale: {reason}; run `coach index build` (or `make run`)")
    passages = load_passages(knowledge_dir)
    if [p.id for p in passages] != manifest.passage_ids:
        raise StaleIndexError("the index lists other passages than knowledge/: run `coach index build`")
    index = read_index(index_dir, manifest)
    searcher = Searcher(
        passages, embedder, index, manifest.vector_passages, manifest.vector_sources, known_words(embedder)
    )
    return KnowledgeBase(searcher, manifest)
