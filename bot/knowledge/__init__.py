"""The knowledge base: passages written from the guide, loaded from Markdown."""

from bot.knowledge.loader import KnowledgeError, knowledge_hash, load_passages
from bot.knowledge.passages import Kind, Passage
from bot.knowledge.scope import load_out_of_scope

__all__ = ["Kind", "KnowledgeError", "Passage", "knowledge_hash", "load_out_of_scope", "load_passages"]
