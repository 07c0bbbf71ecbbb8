"""Embeddings + FAISS + BM25 for a new generation. STUB: owned by the index helper."""
from __future__ import annotations

from pathlib import Path
from typing import Callable


def build_index(gen: Path, documents: list, previous_gen: Path | None, settings, log: Callable = print) -> dict:
    """Write the vector and lexical indexes of ``documents`` into ``gen``; returns stats for the report."""
    return {}
