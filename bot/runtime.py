"""Opens the long-lived services a process needs (model, knowledge base) from the settings, once."""

from __future__ import annotations

from bot.retrieval.embedder import SentenceTransformerEmbedder, load_embedder
from bot.retrieval.index_store import read_manifest
from bot.retrieval.service import KnowledgeBase, open_knowledge_base
from bot.settings import Settings


def open_knowledge(settings: Settings, embedder: SentenceTransformerEmbedder | None = None) -> KnowledgeBase:
    read_manifest(settings.index_dir)  # a missing index fails before the seconds spent loading the model
    embedder = embedder or load_embedder(settings.embedding_model, settings.embedding_threads)
    return open_knowledge_base(settings.knowledge_dir, settings.index_dir, embedder)
