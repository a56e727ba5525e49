"""Remembers the vectors of recent texts, so one message is embedded once however many parts of the bot look at it.

A chat message is read by the triage's safety net and then searched in the knowledge base: both need its vector.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from bot.retrieval.embedder import Embedder, Vectors

CACHE_SIZE = 2048  # about 3 MB of 384-float vectors: minutes of traffic at the target load


class CachingEmbedder:
    """An Embedder that encodes only the texts it has not seen recently (least recently used are forgotten)."""

    def __init__(self, inner: Embedder, size: int = CACHE_SIZE) -> None:
        self.inner = inner
        self.name = inner.name
        self.fingerprint = inner.fingerprint
        self.dimension = inner.dimension
        self.size = size
        self.hits = 0
        self.misses = 0
        self._vectors: OrderedDict[str, Vectors] = OrderedDict()
        self._lock = threading.Lock()  # model calls run in worker threads

    def __getattr__(self, name: str) -> object:
        # The rest of the embedder's surface (its model and tokenizer) reads through.
        return getattr(self.inner, name)

    def peek(self, text: str) -> Vectors | None:
        """The vector of a text seen recently, else None (nothing is embedded)."""
        with self._lock:
            vector = self._vectors.get(text)
            if vector is not None:
                self._vectors.move_to_end(text)
                self.hits += 1
        return vector

    def encode(self, texts: list[str]) -> Vectors:
        with self._lock:
            found = {t: self._vectors[t] for t in texts if t in self._vectors}
            for t in found:
                self._vectors.move_to_end(t)
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            fresh = self.inner.encode(missing)
            with self._lock:
                for text, vector in zip(missing, fresh, strict=True):
                    found[text] = vector
                    self._vectors[text] = vector
                    self._vectors.move_to_end(text)
                while len(self._vectors) > self.size:
                    self._vectors.popitem(last=False)
        with self._lock:
            self.hits += len(texts) - len(missing)
            self.misses += len(missing)
        if not texts:
            return self.inner.encode([])
        return np.stack([found[t] for t in texts])
