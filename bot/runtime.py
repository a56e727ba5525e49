"""Opens the long-lived services a process needs (model, knowledge base) from the settings, once."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from bot.retrieval.embedder import (
    INT8,
    Embedder,
    SentenceTransformerEmbedder,
    fingerprint,
    load_embedder,
    resolve_model,
)
from bot.retrieval.index_store import read_manifest
from bot.retrieval.service import KnowledgeBase, open_knowledge_base
from bot.settings import Settings

log = logging.getLogger(__name__)


ONNX_RUNTIMES = ("onnx", "onnx-int8")


def open_model(settings: Settings) -> Embedder:
    """The embedding model as configured: ONNX Runtime when the index directory holds its export (int8 when so
    configured and there), else torch."""
    started = time.perf_counter()
    onnx_dir = settings.index_dir if settings.embedding_runtime in ONNX_RUNTIMES else None
    int8 = settings.embedding_runtime == "onnx-int8"
    model = load_embedder(settings.embedding_model, settings.embedding_threads, onnx_dir=onnx_dir, int8=int8)
    runtime = "torch" if isinstance(model, SentenceTransformerEmbedder) else "ONNX Runtime"
    log.info(
        "embedding model %s loaded on %s%s in %.2f s",
        settings.embedding_model, runtime, " (int8)" if model.fingerprint.endswith(INT8) else "",
        time.perf_counter() - started,
    )
    return model


def export_model(settings: Settings, announce: Callable[[], None] = lambda: None, *, again: bool = False) -> bool:
    """Export the model to ONNX into the index directory unless it is there, or `again` (a file that will not load is
    replaced), and for onnx-int8 its int8 copy too; `announce` runs first, since it takes a while. False when the
    model cannot be exported."""
    from bot.retrieval.onnx_embedder import export_onnx, export_path, exportable, int8_path, quantize_onnx

    location = resolve_model(settings.embedding_model)
    if settings.embedding_runtime not in ONNX_RUNTIMES or not exportable(location):
        return False
    assert not isinstance(location, str)
    weights = fingerprint(location)
    target, quantized = export_path(settings.index_dir, weights), int8_path(settings.index_dir, weights)
    export = again or not target.is_file()
    # The int8 copy is made from the fp32 export: a new export makes it again.
    quantize = settings.embedding_runtime == "onnx-int8" and (export or not quantized.is_file())
    if export or quantize:
        announce()
    if export:
        export_onnx(location, target)
    if quantize:
        quantize_onnx(location, target, quantized)
    return True


def open_knowledge(settings: Settings, embedder: Embedder | None = None) -> KnowledgeBase:
    read_manifest(settings.index_dir)  # a missing index fails before the seconds spent loading the model
    return open_knowledge_base(settings.knowledge_dir, settings.index_dir, embedder or open_model(settings))
