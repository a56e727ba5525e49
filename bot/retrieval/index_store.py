"""The FAISS index on disk and its manifest: what it was built from, so a stale index is refused."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import faiss

from bot.knowledge import Passage, knowledge_hash
from bot.retrieval.embedder import INT8, Embedder
from bot.retrieval.search import OUT_OF_SCOPE

INDEX_FILE = "vectors.faiss"
MANIFEST_FILE = "manifest.json"
FORMAT_VERSION = 1


class IndexLoadError(RuntimeError):
    """The index is missing, unreadable or does not match the knowledge base or the model."""


class StaleIndexError(IndexLoadError):
    pass


@dataclass(frozen=True)
class Manifest:
    model: str
    model_fingerprint: str
    dimension: int
    knowledge_hash: str
    passage_ids: list[str]
    vector_passages: list[int]  # row i belongs to passage_ids[vector_passages[i]]; -1 for out-of-scope examples
    vector_sources: list[str]  # "passage" (its own text), "question" (an example question) or "out_of_scope"
    built_at: str
    build_seconds: float
    calibration: dict[str, float] = field(default_factory=dict)
    format_version: int = FORMAT_VERSION


def passage_document(passage: Passage) -> str:
    """The text embedded for a passage: section and title give short passages their context."""
    return f"{passage.section}: {passage.title}. {passage.text}"


def embedding_inputs(passages: list[Passage], out_of_scope: list[str]) -> tuple[list[str], list[int], list[str]]:
    texts: list[str] = list(out_of_scope)
    owners: list[int] = [OUT_OF_SCOPE] * len(out_of_scope)
    sources: list[str] = ["out_of_scope"] * len(out_of_scope)
    for number, passage in enumerate(passages):
        texts.append(passage_document(passage))
        owners.append(number)
        sources.append("passage")
        for question in passage.questions:
            texts.append(question)
            owners.append(number)
            sources.append("question")
    return texts, owners, sources


def build_vectors(
    passages: list[Passage],
    out_of_scope: list[str],
    embedder: Embedder,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[faiss.Index, list[int], list[str]]:
    texts, owners, sources = embedding_inputs(passages, out_of_scope)
    index = faiss.IndexFlatIP(embedder.dimension)
    batch = 64
    for start in range(0, len(texts), batch):
        vectors = embedder.encode(texts[start : start + batch])
        index.add(vectors)
        if progress:
            progress(min(start + batch, len(texts)), len(texts))
    return index, owners, sources


def write_index(directory: Path, index: faiss.Index, manifest: Manifest) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    # Write to temporary names and rename, so a crash mid-build never leaves a half-written index behind.
    tmp_index, tmp_manifest = directory / f".{INDEX_FILE}.tmp", directory / f".{MANIFEST_FILE}.tmp"
    faiss.write_index(index, str(tmp_index))
    tmp_manifest.write_text(json.dumps(asdict(manifest), indent=1), encoding="utf-8")
    tmp_index.replace(directory / INDEX_FILE)
    tmp_manifest.replace(directory / MANIFEST_FILE)


def read_manifest(directory: Path) -> Manifest:
    path = directory / MANIFEST_FILE
    if not path.exists() or not (directory / INDEX_FILE).exists():
        raise IndexLoadError(f"no index in {directory}: run `coach index build`")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        manifest = Manifest(**data)
    except (OSError, ValueError, TypeError) as exc:
        raise IndexLoadError(f"index manifest {path} is unreadable ({exc}): run `coach index build`") from None
    if manifest.format_version != FORMAT_VERSION:
        raise StaleIndexError("index was built by another version of the coach: run `coach index build`")
    return manifest


# The suffix of the int8 copy before its weights kept 7 bits (see quantize_onnx).
_INT8_8BIT = "-int8"


def staleness(manifest: Manifest, knowledge_dir: Path, model_name: str, model_fingerprint: str | None) -> str | None:
    """Why the index no longer matches, or None when it does."""
    if manifest.model != model_name:
        return f"index was built with model '{manifest.model}', but EMBEDDING_MODEL is '{model_name}'"
    if model_fingerprint is not None and manifest.model_fingerprint != model_fingerprint:
        built, now = (f.endswith(INT8) for f in (manifest.model_fingerprint, model_fingerprint))
        if built != now and manifest.model_fingerprint.removesuffix(INT8) == model_fingerprint.removesuffix(INT8):
            precision = {True: "int8", False: "full-precision"}
            return f"index was built with {precision[built]} vectors, but the model runs {precision[now]} now"
        if manifest.model_fingerprint.removesuffix(_INT8_8BIT) == model_fingerprint.removesuffix(INT8):
            return "index was built with the earlier int8 copy of the model (8-bit weights, vectors that vary by CPU)"
        return f"the files of model '{model_name}' changed since the index was built"
    if manifest.knowledge_hash != knowledge_hash(knowledge_dir):
        return f"{knowledge_dir} changed since the index was built"
    return None


def read_index(directory: Path, manifest: Manifest) -> faiss.Index:
    try:
        index = faiss.read_index(str(directory / INDEX_FILE))
    except RuntimeError as exc:
        raise IndexLoadError(f"index file in {directory} is unreadable: run `coach index build` ({exc})") from None
    if index.ntotal != len(manifest.vector_passages) or index.d != manifest.dimension:
        raise IndexLoadError(f"index file in {directory} does not match its manifest: run `coach index build`")
    return index


def new_manifest(
    embedder: Embedder,
    knowledge_dir: Path,
    passages: list[Passage],
    owners: list[int],
    sources: list[str],
    started: float,
    calibration: dict[str, float],
) -> Manifest:
    return Manifest(
        model=embedder.name,
        model_fingerprint=embedder.fingerprint,
        dimension=embedder.dimension,
        knowledge_hash=knowledge_hash(knowledge_dir),
        passage_ids=[p.id for p in passages],
        vector_passages=owners,
        vector_sources=sources,
        built_at=datetime.now(UTC).isoformat(timespec="seconds"),
        build_seconds=round(time.perf_counter() - started, 2),
        calibration=calibration,
    )
