"""Fused search: dense similarity to passages and their example questions, plus BM25, with spelling tolerance."""

from __future__ import annotations

from dataclasses import dataclass

import faiss
import numpy as np

from bot.knowledge import Passage
from bot.retrieval.embedder import Embedder, Vectors
from bot.retrieval.lexical import BM25, SpellingCorrector, words


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

    @property
    def confidence(self) -> float:
        return self.hits[0].score if self.hits else 0.0


@dataclass(frozen=True)
class FusionWeights:
    lexical: float = 0.15  # weight of saturated BM25 next to cosine similarity
    saturation: float = 4.0  # BM25 score at which the lexical part reaches one half


class Searcher:
    """Ranks every passage for a query. The corpus is small, so the exact inner-product index is searched whole."""

    def __init__(
        self,
        passages: list[Passage],
        embedder: Embedder,
        index: faiss.Index,
        vector_passages: list[int],
        known_words: frozenset[str] = frozenset(),
        weights: FusionWeights | None = None,
    ) -> None:
        self.passages = passages
        self.embedder = embedder
        self.index = index
        self.weights = weights or FusionWeights()
        self._owners = np.asarray(vector_passages, dtype=np.int64)
        documents = [" ".join((p.title, p.text, *p.questions)) for p in passages]
        self._bm25 = BM25(documents)
        vocabulary = frozenset(w for doc in documents for w in words(doc))
        self.corrector = SpellingCorrector(vocabulary=vocabulary, known_words=known_words)

    def embed(self, queries: list[str]) -> Vectors:
        return self.embedder.encode(queries)

    def search(self, query: str, limit: int = 5) -> SearchResult:
        corrected = self.corrector.correct(query)
        return self.search_embedded(query, corrected, self.embed([corrected])[0], limit)

    def search_embedded(self, query: str, corrected: str, vector: Vectors, limit: int = 5) -> SearchResult:
        """Search with a query vector computed elsewhere (a batch of queries embedded together)."""
        similarities, rows = self.index.search(vector.reshape(1, -1), self.index.ntotal)
        dense = np.full(len(self.passages), -1.0, dtype=np.float32)
        # Each passage scores its best vector: its own text or whichever example question is closest.
        np.maximum.at(dense, self._owners[rows[0]], similarities[0])
        bm25 = np.asarray(self._bm25.scores(corrected), dtype=np.float32)
        lexical = bm25 / (bm25 + self.weights.saturation)
        fused = dense + self.weights.lexical * lexical
        order = np.argsort(-fused, kind="stable")[:limit]
        hits = tuple(
            Hit(self.passages[i], float(fused[i]), float(dense[i]), float(lexical[i])) for i in order
        )
        return SearchResult(query=query, corrected=corrected, hits=hits)
