"""The embedding cache: a text is embedded once, the vectors are the model's own, and the oldest are forgotten."""

from __future__ import annotations

import asyncio

import numpy as np

from bot.retrieval.batcher import EmbedBatcher
from bot.retrieval.embedder import Embedder, Vectors
from bot.retrieval.embedding_cache import CachingEmbedder
from bot.retrieval.service import KnowledgeBase


class Counting:
    """The real model, counting the texts it is asked to embed."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.fingerprint = inner.fingerprint
        self.dimension = inner.dimension
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str]) -> Vectors:
        self.calls.append(list(texts))
        return self.inner.encode(texts)


def test_cached_vectors_equal_the_models_and_repeats_are_not_embedded_again(
    embedder: Embedder,
) -> None:
    counting = Counting(embedder)
    cache = CachingEmbedder(counting)
    texts = ["how high should the bench be?", "my back hurts", "how high should the bench be?"]
    first = cache.encode(texts)
    again = cache.encode(["my back hurts", "new text about foot placement"])
    assert counting.calls == [texts[:2], ["new text about foot placement"]]
    np.testing.assert_allclose(first, embedder.encode(texts), atol=1e-5)
    np.testing.assert_allclose(again[0], first[1])
    assert (cache.hits, cache.misses) == (2, 3)
    assert cache.encode([]).shape[0] == 0


def test_the_least_recently_used_text_is_forgotten(embedder: Embedder) -> None:
    counting = Counting(embedder)
    cache = CachingEmbedder(counting, size=2)
    cache.encode(["a bench", "a bar"])
    cache.encode(["a bench"])  # now the bar is the oldest
    cache.encode(["a pad"])
    cache.encode(["a bench", "a bar"])
    assert counting.calls[-1] == ["a bar"]


async def test_embedding_ahead_batches_concurrent_messages_and_fills_the_cache(
    embedder: Embedder,
) -> None:
    counting = Counting(embedder)
    cache = CachingEmbedder(counting)
    batcher = EmbedBatcher(cache, max_wait=0.05)
    messages = [f"question number {n} about the bench" for n in range(8)]
    try:
        vectors = await asyncio.gather(*(batcher.embed([m]) for m in messages))
    finally:
        await batcher.close()
    assert batcher.batches < len(messages) / 2
    calls = len(counting.calls)
    np.testing.assert_allclose(cache.encode(messages), np.stack([v[0] for v in vectors]))
    assert len(counting.calls) == calls  # all from the cache


async def test_cached_texts_skip_the_batch_and_the_thread(embedder: Embedder) -> None:
    counting = Counting(embedder)
    cache = CachingEmbedder(counting)
    batcher = EmbedBatcher(cache)
    try:
        [fresh] = await batcher.embed(["where does the pad go?"])
        assert (batcher.batches, cache.peek("never seen")) == (1, None)
        [again] = await batcher.embed(["where does the pad go?"])
    finally:
        await batcher.close()
    assert batcher.batches == 1  # served from the cache on the event loop
    np.testing.assert_array_equal(again, fresh)
    assert counting.calls == [["where does the pad go?"]]


async def test_a_question_with_a_cached_vector_is_answered_without_a_model_call(
    knowledge_base: KnowledgeBase, embedder: Embedder
) -> None:
    from bot.retrieval.batcher import AnswerBatcher

    counting = Counting(embedder)
    searcher = knowledge_base.searcher
    original, searcher.embedder = searcher.embedder, CachingEmbedder(counting)
    kb = KnowledgeBase(searcher, knowledge_base.manifest)
    batcher = AnswerBatcher(kb.answer_many, ready=kb.answer_if_embedded)
    question = "how high should the bench be?"
    try:
        assert kb.answer_if_embedded(question) is None  # nothing cached: the batch (and the model) answer
        first = await batcher.answer(question)
        second = await batcher.answer(question)
    finally:
        await batcher.close()
        searcher.embedder = original
    assert batcher.batches == 1 and len(counting.calls) == 1
    assert second == first and not first.fallback
