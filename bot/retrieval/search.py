"""Fused search: dense similarity to passages and their example questions, plus BM25, with spelling tolerance.

Out-of-scope example questions (knowledge/scope/*.yaml) share the index: a question closer to one of them than to
any passage loses confidence, which is what lets near-domain questions ("how low should I squat") fall back.
"""

from __future__ import annotations

from dataclasses import dataclass

import faiss
import numpy as np

from bot.knowledge import Passage
from bot.retrieval.embedder import Embedder, Vectors
from bot.retrieval.lexical import BM25, SpellingCorrector, words

OUT_OF_SCOPE = -1  # owner of an out-of-scope example's vector


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float  # fused score that ranks the passages
    dense: float  # best cosine similarity of the query to the passage or one of its example questions
    lexical: float  # BM25 score, saturated into [0, 1)


@dataclass(frozen=True)
class SearchResult:
    query: str
    corrected: str  # the query after spelling correction; equal to query when nothing was changed
    hits: tuple[Hit, ...]  # best first
    confidence: float  # compared with the calibrated threshold to decide on the fallback


@dataclass(frozen=True)
class FusionWeights:
    """Chosen by grid search on knowledge/eval/dev.yaml (`coach eval`); the held-out set only reports."""

    lexical: float = 1.5  # weight of saturated BM25 next to cosine similarity
    saturation: float = 6.0  # BM25 score at which the lexical part reaches one half
    passage_text: float = 0.05  # bonus of the passage's own text over its example questions
    out_of_scope_margin: float = 0.05  # an out-of-scope example this close to the best passage already counts
    out_of_scope_weight: float = 3.0  # confidence lost per unit the out-of-scope example is closer


class Searcher:
    """Ranks every passage for a query. The corpus is small, so the exact inner-product index is searched whole."""

    def __init__(
        self,
        passages: list[Passage],
        embedder: Embedder,
        index: faiss.Index,
        vector_passages: list[int],
        vector_sources: list[str],
        known_words: frozenset[str] = frozenset(),
        weights: FusionWeights | None = None,
    ) -> None:
        self.passages = passages
        self.embedder = embedder
        self.index = index
        self.weights = weights or FusionWeights()
        owners = np.asarray(vector_passages, dtype=np.int64)
        bonus = np.where(np.asarray(vector_sources) == "passage", self.weights.passage_text, 0.0).astype(np.float32)
        # Every vector is scored for every query, so the exhaustive scan is one matrix product over the vectors
        # grouped by owner (out-of-scope examples first); a FAISS search would also sort all ~800 scores, which
        # cost more than the product itself.
        grouped = np.argsort(owners, kind="stable")
        self._vectors = np.ascontiguousarray(index.reconstruct_n(0, index.ntotal)[grouped], dtype=np.float32)
        self._bonus = bonus[grouped]
        self._out_of_scope_rows = int((owners == OUT_OF_SCOPE).sum())
        in_scope = owners[grouped][self._out_of_scope_rows :]
        self._scored_passages, self._passage_starts = np.unique(in_scope, return_index=True)
        documents = [" ".join((p.title, p.text, *p.questions)) for p in passages]
        self._bm25 = BM25(documents)
        vocabulary = frozenset(w for doc in documents for w in words(doc))
        self.corrector = SpellingCorrector(vocabulary=vocabulary, known_words=known_words)

    def embed(self, queries: list[str]) -> Vectors:
        return self.embedder.encode(queries)

    def search(self, query: str, limit: int = 5) -> SearchResult:
        corrected = self.corrector.correct(query)
        return self.search_embedded(query, corrected, self.embed([corrected])[0], limit)

    def search_if_embedded(self, query: str, limit: int = 5) -> SearchResult | None:
        """The search when the embedder already has the query's vector (a cache that can `peek`), else None."""
        peek = getattr(self.embedder, "peek", None)
        if peek is None:
            return None
        corrected = self.corrector.correct(query)
        vector = peek(corrected)
        return None if vector is None else self.search_embedded(query, corrected, vector, limit)

    def search_many(self, queries: list[str], limit: int = 5) -> list[SearchResult]:
        """One model call for a batch of queries: what JSON-lines mode, calibration and concurrent chats use."""
        if not queries:
            return []
        corrected = [self.corrector.correct(q) for q in queries]
        vectors = self.embed(corrected)
        return [self.search_embedded(q, c, v, limit) for q, c, v in zip(queries, corrected, vectors, strict=True)]

    def search_embedded(self, query: str, corrected: str, vector: Vectors, limit: int = 5) -> SearchResult:
        """Search with a query vector computed elsewhere (a batch of queries embedded together)."""
        sims = self._vectors @ np.asarray(vector, dtype=np.float32).reshape(-1) + self._bonus
        split = self._out_of_scope_rows
        dense = np.full(len(self.passages), -1.0, dtype=np.float32)
        # Each passage scores its best vector: its own text or whichever example question is closest.
        if len(self._scored_passages):
            dense[self._scored_passages] = np.maximum.reduceat(sims[split:], self._passage_starts)
        out_of_scope = float(sims[:split].max()) if split else -1.0
        bm25 = np.asarray(self._bm25.scores(corrected), dtype=np.float32)
        lexical = bm25 / (bm25 + self.weights.saturation)
        fused = dense + self.weights.lexical * lexical
        order = np.argsort(-fused, kind="stable")[:limit]
        hits = tuple(Hit(self.passages[i], float(fused[i]), float(dense[i]), float(lexical[i])) for i in order)
        closer_out_of_scope = max(0.0, out_of_scope - float(dense.max()) + self.weights.out_of_scope_margin)
        confidence = float(fused[order[0]]) - self.weights.out_of_scope_weight * closer_out_of_scope
        return SearchResult(query=query, corrected=corrected, hits=hits, confidence=confidence)
