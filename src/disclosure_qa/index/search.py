"""Hybrid passage search. STUB: owned by the index helper."""
from __future__ import annotations

from dataclasses import dataclass

from ..corpus.models import Passage
from ..settings import Settings


@dataclass
class Hit:
    passage: Passage
    score: float
    unit: str | None = None
    year: int | None = None
    kind: str | None = None

    def to_dict(self) -> dict:
        return {"score": self.score, "unit": self.unit, "year": self.year, "kind": self.kind, **self.passage.__dict__}


class Searcher:
    """Opens the live generation of ``settings.index_dir`` (store + FAISS + BM25) once."""

    def __init__(self, settings: Settings):
        self.settings = settings

    def search(self, query: str, k: int = 5, unit: str | None = None, year: int | None = None,
               kind: str | None = None, doc: str | None = None) -> list[Hit]:
        return []
