"""Heading tree and passages. STUB: owned by the readers helper."""
from __future__ import annotations

from .models import Passage, RawDocument, Section


def split(raw: RawDocument, doc_name: str) -> tuple[list[Section], list[Passage]]:
    sections = [Section(id=0, title="", level=1, path=[], start=0, end=len(raw.text))]
    passages, pos = [], 0
    for i, para in enumerate(raw.text.split("\n")):
        if para.strip():
            passages.append(Passage(id=f"{doc_name}#{len(passages)}", doc=doc_name, section="", page=raw.page_at(pos),
                                    start=pos, end=pos + len(para), text=para.strip()))
        pos += len(para) + 1
    return sections, passages
