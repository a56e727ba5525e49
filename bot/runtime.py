"""Opens the long-lived services a process needs (model, knowledge base) from the settings, once."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from bot.retrieval.embedder import Embedder, SentenceTransformerEmbedder, fingerprint, load_embedder, resolve_model
from bot.retrieval.index_store import read_manifest
from bot.retrieval.service import KnowledgeBase, open_knowledge_base
from bot.settings import Settings

log = logging.getLogger(__name__)


def open_model(settings: Settings) -> Embedder:
    """The embedding model as configured: ONNX Runtime when the index directory holds its export, else torch."""
    started = time.perf_counter()
    onnx_dir = settings.index_dir if settings.embedding_runtime == "onnx" else None
    model = load_embedder(settings.embedding_model, settings.embedding_threads, onnx_dir=onnx_dir)
    log.info(
        "embedding model %s loaded on %s in %.2f s",
        settings.embedding_model, "torch" if isinstance(model, SentenceTransformerEmbedder) else "ONNX Runtime",
        time.perf_counter() - started,
    )
    return model


def export_model(settings: Settings, announce: Callable[[], None] = lambda: None, *, again: bool = False) -> bool:
    """Export the model to ONNX into the index directory unless it is there, or `again` (a file that will not load is
    replaced); `announce` runs first, since it takes a while. False when the model cannot be exported."""
    from bot.retrieval.onnx_embedder import export_onnx, export_path, exportable

    location = resolve_model(settings.embedding_model)
    if settings.embedding_runtime != "onnx" or not exportable(location):
        return False
    assert not isinstance(location, str)
    target = export_path(settings.index_dir, fingerprint(location))
    if again or not target.is_file():
        announce()
        export_onnx(location, target)
    return True


def open_knowledge(settings: Settings, embedder: Embedder | None = None) -> KnowledgeBase:
    read_manifest(settings.index_dir)  # a missing index fails before the seconds spent loading the model
    return open_knowledge_base(settings.knowledge_dir, settings.index_dir, embedder or open_model(settings))
