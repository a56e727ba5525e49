"""Lexical matching: BM25 over passage text, with light stemming and spelling tolerance."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import get_close_matches

_WORD = re.compile(r"[a-z0-9]+")
STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with from into onto is are was were be been being am do does did "
    "i me my mine you your we our it its this that these those there here what which who whom how why when where "
    "can could should would will shall may might must have has had not no so too very just than then also about "
    "up down out over under again more most some any all each both few such only own same get got im ive dont "
    "cant doesnt isnt whats hows".split()
)


def stem(word: str) -> str:
    """A tiny suffix stripper: enough to match 'thrusts'/'thrusting' or 'hurts'/'hurting'."""
    for suffix in ("ingly", "ing", "edly", "ed", "ies", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "ies":
                return word[: -len(suffix)] + "y"
            if suffix == "s" and word.endswith("ss"):
                return word
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("'", ""))


def terms(text: str) -> list[str]:
    return [stem(w) for w in words(text) if w not in STOPWORDS]


MAX_REMEMBERED_CORRECTIONS = 10_000


@dataclass
class SpellingCorrector:
    """Maps a misspelt word to the closest word of the knowledge base's vocabulary.

    Only words unknown to both the knowledge base and the embedding model's word list are touched, so real words
    the guide does not use ("protein") stay as they are and off-topic questions stay off-topic.
    """

    vocabulary: frozenset[str]
    known_words: frozenset[str] = field(default_factory=frozenset)
    cutoff: float = 0.8

    def __post_init__(self) -> None:
        # difflib compares a word with every candidate (~9 ms per unknown word over the whole vocabulary); a
        # candidate whose length is too different can never reach the cutoff (2 * matches / total length), so only
        # words of a near length are offered to it, with the same result.
        self._by_length: dict[int, list[str]] = {}
        for word in sorted(self.vocabulary):
            self._by_length.setdefault(len(word), []).append(word)
        self._corrected: dict[str, str] = {}  # unknown words recur (slang, one user's typo): remember the answer

    def correct_word(self, word: str) -> str:
        if len(word) < 4 or word in self.vocabulary or word in self.known_words or word.isdigit():
            return word
        found = self._corrected.get(word)
        if found is None:
            if len(self._corrected) >= MAX_REMEMBERED_CORRECTIONS:
                self._corrected.clear()
            match = get_close_matches(word, self._candidates(len(word)), n=1, cutoff=self.cutoff)
            found = self._corrected[word] = match[0] if match else word
        return found

    def _candidates(self, length: int) -> list[str]:
        # Lengths a and b can score at most 2 * min(a, b) / (a + b).
        return [
            w
            for other, group in self._by_length.items()
            if 2 * min(length, other) >= self.cutoff * (length + other)
            for w in group
        ]

    def correct(self, text: str) -> str:
        return re.sub(r"[A-Za-z']+", lambda m: self._keep_case(m.group(0)), text)

    def _keep_case(self, token: str) -> str:
        lowered = token.lower().replace("'", "")
        fixed = self.correct_word(lowered)
        return token if fixed == lowered else fixed


class BM25:
    """Okapi BM25 over a handful of documents; small enough that a plain Python loop is fast."""

    def __init__(self, documents: Iterable[str], k1: float = 1.2, b: float = 0.75) -> None:
        self._docs = [Counter(terms(doc)) for doc in documents]
        self._lengths = [sum(doc.values()) for doc in self._docs]
        self._avg = sum(self._lengths) / max(len(self._docs), 1)
        frequency: Counter[str] = Counter()
        for doc in self._docs:
            frequency.update(doc.keys())
        n = len(self._docs)
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in frequency.items()}
        self.k1, self.b = k1, b

    def scores(self, query: str) -> list[float]:
        query_terms = [t for t in terms(query) if t in self._idf]
        result = []
        for doc, length in zip(self._docs, self._lengths, strict=True):
            score = 0.0
            for term in query_terms:
                tf = doc.get(term, 0)
                if tf:
                    norm = tf + self.k1 * (1 - self.b + self.b * length / self._avg)
                    score += self._idf[term] * tf * (self.k1 + 1) / norm
            result.append(score)
        return result
