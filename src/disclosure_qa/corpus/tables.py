"""RawTable → Table (header, body, declared unit) and table-row passages.
STUB: owned by the readers helper."""
from __future__ import annotations

from .models import Document, Passage, RawDocument, Table


def parse_tables(raw: RawDocument, doc: Document) -> list[Table]:
    return []


def table_passages(tables: list[Table], start_index: int = 0) -> list[Passage]:
    return []
