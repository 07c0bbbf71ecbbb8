"""Consistency checks from the identities of DOMAIN.md. STUB: owned by the figures helper."""
from __future__ import annotations

from .models import Document, Finding


def run(doc: Document) -> list[Finding]:
    return []
