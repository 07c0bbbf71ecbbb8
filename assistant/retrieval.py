"""Passages for "why / what for / what is / who" questions, found through the index.

The index (``index.search.Searcher``: BM25 and, when the index has vectors, dense search fused
by RRF) ranks the passages in the question's scope; only the best ``DEPTH`` of each document are
handed to the sentence step (:class:`assistant.passages.SentenceFinder`), which picks the
sentence that answers. No document is read whole for such a question.

- :func:`search_query` — the words the index is asked: the question without the unit it names,
  its years and its question words (which no passage states), the intent's cue word added.
- :class:`PassageRetriever` — ``in_documents(q, names)`` → {document: passage ids} scoped to
  documents; ``across_index(q)`` → the same for an unscoped question, best document first.
"""
from __future__ import annotations

import logging
import re

from .question import Question, questions_lexicon

log = logging.getLogger(__name__)

DEPTH = 8            # passages per document handed to the sentence step (recall@8 measured ≈ 1)
ACROSS = 40          # passages searched over the whole index for an unscoped question
MAX_DOCS = 5         # documents an unscoped question may be answered from or clarified with

_YEAR = re.compile(r"(?:19|20)\d{2}\s*(?:年度|年)?")


def search_query(q: Question, unit_stretch: str = "") -> str:
    """The text searched for ``q``: its words without the unit stretch the question named, the
    years and the question words ([retrieval] question_words in questions.toml), plus the
    intent's first cue word (主要原因 / 主要用于 / 是指 …) so passages stating one rank first.
    Falls back to the question itself when nothing (not even a cue) would be left."""
    lex = questions_lexicon().get("retrieval", {})
    text = q.text
    nature = q.intent == "organisation" and any(w in q.norm for w in questions_lexicon()["passage_cues"].get("nature_asked", []))
    if unit_stretch and not nature:
        # (what kind of body a unit is: documents say it as "<the unit's name>是…的区政府工作部门",
        # so its name stays in the query)
        text = text.replace(unit_stretch, " ")
    text = _YEAR.sub(" ", text)
    for word in sorted(lex.get("question_words", []), key=lambda w: (-len(w), w)):
        text = text.replace(word, " ")
    text = re.sub(r"[？?！!。，,、；;：:\s]+", " ", text).strip()
    cue = lex.get("intent_words", {}).get(q.intent, "")
    units = questions_lexicon()["passage_cues"].get("units_asked", [])
    if q.intent == "organisation" and any(w in q.norm for w in units):
        cue = lex.get("intent_words", {}).get("organisation_units", cue)   # which units, not duties
    elif nature:
        cue = lex.get("intent_words", {}).get("organisation_nature", cue)  # what kind of body: 主管…的工作部门
    query = f"{text} {cue}".strip()
    return query if len(text) >= 2 or cue else (q.text.strip() or query)


class PassageRetriever:
    """Ranks passages through ``searcher`` (an ``index.search.Searcher`` or None: then callers
    read whole documents, as before the index existed)."""

    def __init__(self, searcher):
        self.searcher = searcher

    @property
    def available(self) -> bool:
        return self.searcher is not None

    def in_documents(self, q: Question, names: list[str], unit_stretch: str = "",
                     depth: int = DEPTH) -> dict[str, list[str]] | None:
        """{document name: ids of its ``depth`` best passages, best first} for each of
        ``names``; None when the index cannot be searched (the caller falls back)."""
        if self.searcher is None:
            return None
        query = search_query(q, unit_stretch)
        out: dict[str, list[str]] = {}
        try:
            for name in names:
                out[name] = [h.passage.id for h in self.searcher.search(query, k=depth, doc=name)]
        except Exception as exc:  # a broken index must not stop answers: read the documents
            log.warning("passage search failed: %s", exc)
            return None
        return out

    def across_index(self, q: Question, unit_stretch: str = "",
                     year: int | None = None) -> list[tuple[str, list[str]]]:
        """For a question naming no unit: the documents of the ``ACROSS`` best passages of the
        whole index (of ``year`` when given), best document first (at most MAX_DOCS), each with
        its passage ids. Empty when the index cannot be searched."""
        if self.searcher is None:
            return []
        try:
            # BM25 alone over the whole index: with the dense half, passages of other units that
            # merely sound alike came first (unscoped recall@5 0.75 hybrid vs 1.00 BM25, set J)
            hits = self.searcher.search(search_query(q, unit_stretch), k=ACROSS, year=year,
                                        retrievers=("bm25",))
        except Exception as exc:
            log.warning("passage search failed: %s", exc)
            return []
        grouped: dict[str, list[str]] = {}
        for h in hits:
            if h.passage.doc in grouped or len(grouped) < MAX_DOCS:
                grouped.setdefault(h.passage.doc, []).append(h.passage.id)
        return list(grouped.items())
