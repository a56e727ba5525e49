"""Retrieval: embedding, the FAISS index, lexical matching, fused search and chat-sized answers."""
