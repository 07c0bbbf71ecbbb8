"""Figures from prose and tables. STUB: owned by the figures helper."""
from __future__ import annotations

from .models import Document, Figure


def extract(doc: Document) -> list[Figure]:
    """Every stated amount in ``doc`` (prose and tables), with metric, value, change, reason, span."""
    return []
